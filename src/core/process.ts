import { spawn } from 'node:child_process';
import { processCleanups } from './cleanup.js';

export interface ProcessRequest {
  program: string;
  args: readonly string[];
  cwd?: string;
  /** The whole environment of the child (default: ours); `INPUT_*` variables are never passed on. */
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed; without it stdin is empty. */
  input?: string;
  /** The whole run time: at this limit the program's process group is killed. */
  timeoutMs: number;
  /** Stops the program's process group (SIGTERM, then SIGKILL) when aborted; the promise rejects. */
  signal?: AbortSignal;
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
  /** Set when the time limit ended the process group (SIGKILL). */
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

/** After SIGTERM, how long a cancelled group gets to exit before SIGKILL. */
const STOP_GRACE_MS = 3_000;
/** After the program exits, how long its leftover children may hold its output pipes open. */
const ORPHAN_GRACE_MS = 5_000;

/**
 * Runs one program to completion within a time limit and never throws for a non-zero exit:
 * callers decide what a failure means (a rejected push is an outcome, not an exception).
 * Rejects only when the program cannot be started.
 *
 * The program leads its own process group, and the group is what gets stopped (at the time
 * limit, on `signal`, on cancellation of the whole run): `git clone` leaves `git-remote-http`
 * children holding the pipes, `buildah` its RUN steps; killing the program alone left them
 * running and this promise pending for ever.
 */
export function runProcess(request: ProcessRequest): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) {
      reject(cancelled(request));
      return;
    }
    const env = withoutActionInputs(request.env ?? process.env);
    const child = spawn(request.program, [...request.args], { cwd: request.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const streams = request.onLine ? [lineSplitter(request.onLine), lineSplitter(request.onLine)] : undefined;
    child.stdout.on('data', (chunk: Buffer) => (streams ? streams[0].push(chunk) : stdout.push(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (streams ? streams[1].push(chunk) : stderr.push(chunk)));
    let timedOut = false;
    let exited = false;
    const timers: NodeJS.Timeout[] = [];
    const group = child.pid;
    const stop = (): Promise<void> => {
      if (group === undefined) return Promise.resolve();
      if (exited) {
        killGroup(group, 'SIGKILL');
        return Promise.resolve();
      }
      killGroup(group, 'SIGTERM');
      return new Promise<void>((done) => {
        const force = setTimeout(() => {
          killGroup(group, 'SIGKILL');
          done();
        }, STOP_GRACE_MS);
        child.once('exit', () => {
          clearTimeout(force);
          // What the program left behind in its group goes with it.
          killGroup(group, 'SIGKILL');
          done();
        });
      });
    };
    const unregister = processCleanups.add(stop);
    const onAbort = (): void => void stop();
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (): void => {
      for (const timer of timers) clearTimeout(timer);
      unregister();
      request.signal?.removeEventListener('abort', onAbort);
    };
    timers.push(
      setTimeout(() => {
        timedOut = true;
        if (group !== undefined) killGroup(group, 'SIGKILL');
      }, request.timeoutMs),
    );
    child.once('exit', () => {
      exited = true;
      // Orphans that keep stdout/stderr open would hold 'close' back for ever.
      if (group !== undefined) timers.push(setTimeout(() => killGroup(group, 'SIGKILL'), ORPHAN_GRACE_MS));
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      finish();
      reject(error.code === 'ENOENT' ? new ProgramNotFoundError(request.program) : error);
    });
    child.once('close', (code, signal) => {
      finish();
      for (const stream of streams ?? []) stream.end();
      if (request.signal?.aborted) {
        reject(cancelled(request));
        return;
      }
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

/**
 * The environment without the action's inputs. On GitHub and in the CLI the inputs, secrets
 * included (`INPUT_TOKEN`, `INPUT_PASSWORD`), are environment variables of this process; git, its
 * hooks and credential helpers, buildah and whatever they start have no use for them, and a child
 * that dumps its environment would show them unmasked. Credentials a child needs are given to it
 * on purpose, in its own variables or files.
 */
export function withoutActionInputs(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^INPUT_/i.test(name)));
}

/** The run was cancelled while (or before) the program ran: not a failure of the program. */
export class ProcessCancelledError extends Error {
  override readonly name = 'ProcessCancelledError';
}

function cancelled(request: ProcessRequest): ProcessCancelledError {
  return new ProcessCancelledError(`${request.program} was stopped: the run was cancelled`);
}

/** Signals every process of a group; a group already gone is what we wanted. */
function killGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // ESRCH: nothing left in the group.
  }
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
