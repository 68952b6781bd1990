import { spawn } from 'node:child_process';

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
  return (args, runOptions) =>
    new Promise((resolve, reject) => {
      const child = spawn(binary, args, {
        cwd: runOptions.cwd,
        env: { ...baseEnv, ...NON_INTERACTIVE_ENV, ...runOptions.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(
          error.code === 'ENOENT'
            ? new Error(`git was not found (looked for "${binary}" on PATH); install git on the runner`)
            : error,
        );
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        const killed = signal ? `git ${args[0] ?? ''} was killed by ${signal} (time limit ${timeoutMs} ms)\n` : '';
        resolve({
          code: code ?? 128,
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: killed + Buffer.concat(stderr).toString('utf8'),
        });
      });
      child.stdin.on('error', () => {});
      child.stdin.end(runOptions.input ?? '');
    });
}
