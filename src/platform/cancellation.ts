import { processCleanups, type CleanupRegistry } from '../core/cleanup.js';

/** The shell's convention: 128 + the signal's number. */
const EXIT_CODES: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

/** However slow a cleanup is, a cancelled run is gone by then (the GitHub runner SIGKILLs at 7.5 s). */
const CLEANUP_DEADLINE_MS = 6_000;

export interface CancellationOptions {
  /** Where the one line saying what happened goes (stderr). */
  report: (line: string) => void;
  exit: (code: number) => void;
  cleanups?: CleanupRegistry;
  /** The process to listen on; tests pass an emitter. */
  target?: Pick<NodeJS.Process, 'on' | 'off'>;
}

export interface Cancellation {
  /** Aborted on the first SIGINT or SIGTERM. */
  readonly signal: AbortSignal;
  /** Removes the handlers (a run that ended normally). */
  dispose(): void;
}

/**
 * Cancellation at the edge. Node's default for SIGINT/SIGTERM is to die at once, skipping every
 * `finally`: the build went on in its own process group and the temp dir kept `config.json` and
 * the build secrets. Here the first signal aborts `signal`, stops every child process group and
 * removes every registered file (`processCleanups`), then exits 130/143. A second signal
 * during the cleanup exits at once.
 */
export function installCancellation(options: CancellationOptions): Cancellation {
  const controller = new AbortController();
  const target = options.target ?? process;
  const cleanups = options.cleanups ?? processCleanups;
  const onSignal = (name: 'SIGINT' | 'SIGTERM'): void => {
    const code = EXIT_CODES[name];
    if (controller.signal.aborted) {
      options.exit(code);
      return;
    }
    controller.abort(new Error(`cancelled by ${name}`));
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, CLEANUP_DEADLINE_MS).unref());
    void Promise.race([cleanups.runAll(), deadline]).then(() => {
      options.report(`error: cancelled by ${name}: stopped the running commands and removed temporary files`);
      options.exit(code);
    });
  };
  const onInt = (): void => onSignal('SIGINT');
  const onTerm = (): void => onSignal('SIGTERM');
  target.on('SIGINT', onInt);
  target.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    dispose: () => {
      target.off('SIGINT', onInt);
      target.off('SIGTERM', onTerm);
    },
  };
}
