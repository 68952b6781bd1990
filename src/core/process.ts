import { spawn } from 'node:child_process';

export interface ProcessRequest {
  program: string;
  args: readonly string[];
  cwd?: string;
  /** The whole environment of the child. */
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed; without it stdin is empty. */
  input?: string;
  timeoutMs: number;
  /**
   * Streams each output line (stdout and stderr interleaved; of a line a progress bar rewrote
   * with \r, only its final state) instead of collecting the output.
   */
  onLine?: (line: string) => void;
}

export interface ProcessResult {
  /** The exit code; 128 when a signal ended the process. */
  code: number;
  /** Collected output; empty when lines were streamed. */
  stdout: string;
  stderr: string;
  /** Set when the time limit ended the process (SIGKILL). */
  timedOut: boolean;
  signal?: NodeJS.Signals;
}

/** The program is not installed (or not on PATH). */
export class ProgramNotFoundError extends Error {
  override readonly name = 'ProgramNotFoundError';
  constructor(readonly program: string) {
    super(`"${program}" was not found on this machine`);
  }
}

/**
 * Runs one program to completion within a time limit and never throws for a non-zero exit:
 * callers decide what a failure means (a rejected push is an outcome, not an exception).
 * Rejects only when the program cannot be started.
 */
export function runProcess(request: ProcessRequest): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(request.program, [...request.args], { cwd: request.cwd, env: request.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const streams = request.onLine ? [lineSplitter(request.onLine), lineSplitter(request.onLine)] : undefined;
    child.stdout.on('data', (chunk: Buffer) => (streams ? streams[0]!.push(chunk) : stdout.push(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (streams ? streams[1]!.push(chunk) : stderr.push(chunk)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, request.timeoutMs);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' ? new ProgramNotFoundError(request.program) : error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      for (const stream of streams ?? []) stream.end();
      resolve({
        code: code ?? 128,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
        ...(signal ? { signal } : {}),
      });
    });
    // A program that exits without reading its input must not crash us with EPIPE.
    child.stdin.on('error', () => {});
    child.stdin.end(request.input ?? '');
  });
}

/** Progress bars rewrite a line with \r: keep only its final state. */
function lineSplitter(emit: (line: string) => void): { push: (chunk: Buffer) => void; end: () => void } {
  let pending = '';
  const flush = (line: string) => {
    const visible = line.split('\r').filter(Boolean).pop() ?? '';
    if (visible.trim()) emit(visible.trimEnd());
  };
  return {
    push: (chunk) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) flush(line);
    },
    end: () => {
      if (pending) flush(pending);
      pending = '';
    },
  };
}
