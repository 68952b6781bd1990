import { randomUUID } from 'node:crypto';

/**
 * The `name<<delimiter` block that `$GITHUB_OUTPUT` expects, as `@actions/core` writes it:
 * a random delimiter that the value must not contain, so a value cannot inject more outputs.
 */
export function githubOutputBlock(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Output "${name}" contains its own delimiter; refusing to write it`);
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** GitLab and shells accept only letters, digits and underscores in variable names. */
export function dotenvKey(outputName: string): string {
  return outputName.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}

const PLAIN_DOTENV_VALUE = /^[^\s"'`#\\][^\n\r"\\]*$/;

/**
 * One `KEY=value` line. Single-line plain values stay bare (GitLab reads them as they are);
 * anything with a newline, quote, backslash or edge whitespace is double-quoted with `\n`,
 * `\r`, `\"` and `\\` escapes, the dotenv convention, and still one line.
 */
export function dotenvLine(outputName: string, value: string): string {
  const key = dotenvKey(outputName);
  if (value === '' || (PLAIN_DOTENV_VALUE.test(value) && value.trimEnd() === value)) return `${key}=${value}\n`;
  const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return `${key}="${escaped}"\n`;
}

/** A Tekton result file holds the raw value: no quoting, no trailing newline added. */
export function tektonResultFileName(outputName: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(outputName)) throw new Error(`Output name "${outputName}" is not a valid result name`);
  return outputName;
}
