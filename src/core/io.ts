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
  /** Registers a value that must never be shown; call it where a secret or a derived form is made. */
  mask(secret: string): void;
  setOutput(name: string, value: string): void;
  /** Markdown for the step summary; called at most once per run. */
  writeSummary(markdown: string): Promise<void>;
}

/** Values shorter than this are not masked: masking "a" or "1" would shred every log line. */
export const MIN_MASKED_LENGTH = 3;

/** Replaces every registered secret in `text` by `***`, longest first so overlaps go whole. */
export function redact(text: string, secrets: Iterable<string>): string {
  const ordered = [...secrets].filter((s) => s.length >= MIN_MASKED_LENGTH).sort((a, b) => b.length - a.length);
  let result = text;
  for (const secret of ordered) {
    if (result.includes(secret)) result = result.split(secret).join('***');
  }
  return result;
}

/** A secret is masked line by line too, as the GitHub runner does with multiline secrets. */
export function secretFragments(secret: string): string[] {
  const lines = secret.split(/\r?\n/).map((line) => line.trim());
  return [secret, ...lines.filter((line) => line !== secret && line.length >= MIN_MASKED_LENGTH)];
}
