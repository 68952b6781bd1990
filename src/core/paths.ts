import { realpathSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from './errors.js';
import type { Env } from './runtime.js';

/**
 * Two kinds of path, two rules:
 * - a path the user names in an input (`context`, `file`, `path`, `ca-file`, `docker-config`…)
 *   may be anywhere, as docker/build-push-action and `flux push artifact` allow; a relative one
 *   starts at the workspace;
 * - a path found inside data (a symlink in an artifact tree, a file or glob inside a config
 *   repository) never leaves the root it was found in, also through a symlinked directory.
 */

/** GITHUB_WORKSPACE, else GitLab's CI_PROJECT_DIR, else the working directory. */
export function workspaceOf(env: Env, cwd: string = process.cwd()): string {
  const workspace = env.GITHUB_WORKSPACE?.trim() || env.CI_PROJECT_DIR?.trim() || cwd;
  return path.resolve(cwd, workspace);
}

/** A path named in an input: absolute as given, relative from the workspace. */
export function resolveUserPath(workspace: string, given: string): string {
  return path.resolve(workspace, given);
}

/** True when `candidate` (absolute, already real) is `root` itself or below it. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * The real path of `relative` below `root`, refused when it (or any symlink on the way) leads out
 * of the real root. `what` names the data in the error, e.g. `"files" entry`.
 */
export function resolveInsideRoot(root: string, relative: string, what: string, input?: string): string {
  const realRoot = realpathSync(root);
  const joined = path.resolve(realRoot, relative);
  let real: string;
  try {
    real = realpathSync(joined);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(`${what} "${relative}" ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`}`, input);
  }
  if (!isInside(realRoot, real)) throw new ConfigurationError(`${what} "${relative}" leads outside ${realRoot}`, input);
  return real;
}
