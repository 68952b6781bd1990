import { curlProxyEnv } from '../http/proxy.js';
import { ProgramNotFoundError, runProcess } from '../process.js';

export interface GitRunOptions {
  /** Working directory; the repository for most commands. */
  cwd: string;
  /** Added to the runner's base environment (credentials travel here, never in argv). */
  env?: Record<string, string>;
  /** Written to git's stdin, e.g. a commit message for `commit -F -`. */
  input?: string;
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one git command to completion and never throws for a non-zero exit: callers classify
 * failures (a rejected push is an expected outcome, not an exception). Injectable so tests can
 * watch every argv and environment git is given.
 */
export type GitRunner = (args: readonly string[], options: GitRunOptions) => Promise<GitResult>;

/**
 * What every git command we run needs whatever the runner's own settings: no prompt that would
 * hang a CI job, and English messages because rejections are recognised by their text.
 */
export const NON_INTERACTIVE_ENV: Readonly<Record<string, string>> = {
  GIT_TERMINAL_PROMPT: '0',
  GCM_INTERACTIVE: 'never',
  // Empty, not unset: git skips an empty askpass program, so a helper left on the runner
  // cannot be asked for (or invent) credentials we did not give.
  GIT_ASKPASS: '',
  SSH_ASKPASS: '',
  LC_ALL: 'C',
  LANGUAGE: 'C',
};

/** The real `git` binary on PATH (or `gitBinary`), with a bounded run time. */
export function createGitRunner(
  options: { gitBinary?: string; baseEnv?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): GitRunner {
  const binary = options.gitBinary ?? 'git';
  const baseEnv = options.baseEnv ?? process.env;
  const timeoutMs = options.timeoutMs ?? 300_000;
  return async (args, runOptions) => {
    let result;
    try {
      result = await runProcess({
        program: binary,
        args,
        cwd: runOptions.cwd,
        env: { ...baseEnv, ...curlProxyEnv(baseEnv), ...NON_INTERACTIVE_ENV, ...runOptions.env },
        input: runOptions.input,
        timeoutMs,
      });
    } catch (error) {
      if (error instanceof ProgramNotFoundError) throw new Error(`git was not found (looked for "${binary}" on PATH); install git on the runner`, { cause: error });
      throw error;
    }
    const killed = result.signal ? `git ${args[0] ?? ''} was killed by ${result.signal} (time limit ${timeoutMs} ms)\n` : '';
    return { code: result.code, stdout: result.stdout, stderr: killed + result.stderr };
  };
}
