import { ActionFailure } from '../errors.js';
import type { GitResult } from './runner.js';

const AUTH_FAILURE =
  /Authentication failed|could not read (Username|Password)|terminal prompts disabled|HTTP Basic: Access denied|returned error: 40[13]|Invalid username or password|Write access to repository not granted|Permission to \S+ denied/i;

export function isAuthenticationFailure(result: GitResult): boolean {
  return AUTH_FAILURE.test(result.stderr);
}

/** The last few meaningful lines of git's stderr: enough to act on, without a wall of progress. */
export function gitMessage(result: GitResult, maxLines = 6): string {
  const lines = result.stderr
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line && !/^(remote: )?(Counting|Compressing|Writing|Receiving|Resolving|Enumerating|Total)\b/.test(line))
    // A checkout we did not clone may have credentials in its remote URL; git quotes that URL.
    .map((line) => line.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1'));
  return lines.slice(-maxLines).join('\n') || `exit code ${result.code}`;
}

/** The one error for a failed git command: authentication is named as such, the rest quoted. */
export function gitFailure(result: GitResult, doing: string, remoteDisplay?: string): ActionFailure {
  if (remoteDisplay && isAuthenticationFailure(result)) {
    return new ActionFailure(
      `authentication failed for ${remoteDisplay} while trying to ${doing}: check that the "token" input holds a ` +
        `valid token with write access to that repository (and "token-username" if the host is not GitHub)`,
    );
  }
  return new ActionFailure(`git could not ${doing}${remoteDisplay ? ` (${remoteDisplay})` : ''}:\n${gitMessage(result)}`);
}
