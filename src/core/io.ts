/**
 * Everything an action says to the world goes through this interface, so the same core code
 * runs on GitHub (workflow commands), in the CLI (GitLab, Tekton, a terminal) and in tests.
 */
export interface ActionIO {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a collapsible log group that is closed even when `fn` throws. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  isDebug(): boolean;
  /**
   * Registers a value that must never be shown, with every form of it (`secretForms`): call it
   * where a secret is read or a derived one (a token a service issued) is made.
   */
  mask(secret: string): void;
  setOutput(name: string, value: string): void;
  /** Markdown for the step summary; called at most once per run. */
  writeSummary(markdown: string): Promise<void>;
}
