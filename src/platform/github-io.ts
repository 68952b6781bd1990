import * as core from '@actions/core';
import type { ActionIO } from '../core/io.js';
import { processSecrets, secretForms } from '../core/secret-forms.js';

/**
 * The IO on a GitHub runner: workflow commands and file commands through `@actions/core`. The
 * runner masks what `setSecret` told it; text is also masked here against every secret this
 * process made (a `SecretValue` built where no IO was at hand), before the runner sees it.
 */
export class GithubIO implements ActionIO {
  readonly #told = new Set<string>();

  debug(message: string): void {
    core.debug(processSecrets.redact(message));
  }
  info(message: string): void {
    core.info(processSecrets.redact(message));
  }
  warning(message: string): void {
    core.warning(processSecrets.redact(message));
  }
  error(message: string): void {
    core.error(processSecrets.redact(message));
  }
  isDebug(): boolean {
    return core.isDebug();
  }
  mask(secret: string): void {
    processSecrets.add(secret);
    for (const form of secretForms(secret)) {
      if (this.#told.has(form)) continue;
      this.#told.add(form);
      core.setSecret(form);
    }
  }
  setOutput(name: string, value: string): void {
    core.setOutput(name, processSecrets.redact(value));
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(processSecrets.redact(name), fn);
  }
  async writeSummary(markdown: string): Promise<void> {
    const text = processSecrets.redact(markdown);
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.info(text);
      return;
    }
    await core.summary.addRaw(text, true).write();
  }
  fail(message: string): void {
    core.setFailed(processSecrets.redact(message));
  }
}
