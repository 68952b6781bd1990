import * as core from '@actions/core';
import type { ActionIO } from '../core/io.js';
import { secretFragments } from '../core/io.js';

/** The IO on a GitHub runner: workflow commands and file commands through `@actions/core`. */
export class GithubIO implements ActionIO {
  debug(message: string): void {
    core.debug(message);
  }
  info(message: string): void {
    core.info(message);
  }
  warning(message: string): void {
    core.warning(message);
  }
  error(message: string): void {
    core.error(message);
  }
  isDebug(): boolean {
    return core.isDebug();
  }
  mask(secret: string): void {
    for (const fragment of secretFragments(secret)) core.setSecret(fragment);
  }
  setOutput(name: string, value: string): void {
    core.setOutput(name, value);
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn);
  }
  async writeSummary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.info(markdown);
      return;
    }
    await core.summary.addRaw(markdown, true).write();
  }
  fail(message: string): void {
    core.setFailed(message);
  }
}
