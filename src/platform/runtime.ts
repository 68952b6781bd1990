import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CleanupRegistry, processCleanups } from '../core/cleanup.js';
import type { ActionIO } from '../core/io.js';
import { systemClock, type Clock, type ParseContext, type Runtime } from '../core/runtime.js';
import { installCancellation } from './cancellation.js';

export interface RuntimeOptions {
  io: ActionIO;
  clock?: Clock;
  stdin?: NodeJS.ReadableStream;
  /**
   * Handle SIGINT/SIGTERM (the real edges do; tests that build many runtimes do not): abort the
   * signal, run every cleanup of the process, then exit 130/143 (src/platform/cancellation.ts).
   */
  cancellation?: { report: (line: string) => void; exit: (code: number) => void; target?: Pick<NodeJS.Process, 'on' | 'off'> };
}

export interface ManagedRuntime {
  runtime: Runtime;
  /** Runs this run's cleanups (last registered first) and removes its temp dir; call once, in finally. */
  close: () => Promise<void>;
}

/**
 * Builds the one runtime every action's run takes. The temp dir is the run's own, so one removal
 * takes every credential file and build secret with it. The run's cleanups are also registered
 * with the process's (`processCleanups`), which the cancellation handler runs on a signal.
 */
export function createRuntime(context: ParseContext, options: RuntimeOptions): ManagedRuntime {
  const base = context.env.RUNNER_TEMP?.trim() || os.tmpdir();
  const tempDir = mkdtempSync(path.join(base, 'gitops-actions-'));
  const cleanups = new CleanupRegistry();
  cleanups.add(() => rmSync(tempDir, { recursive: true, force: true }));
  const forget = processCleanups.add(() => cleanups.runAll());
  const cancellation = options.cancellation ? installCancellation({ ...options.cancellation, cleanups: processCleanups }) : undefined;
  let closing: Promise<void> | undefined;

  const runtime: Runtime = {
    ...context,
    io: options.io,
    tempDir,
    clock: options.clock ?? systemClock,
    signal: cancellation?.signal ?? new AbortController().signal,
    stdin: options.stdin ?? process.stdin,
    onCleanup: (cleanup) => {
      if (closing) throw new Error('Bug: onCleanup after the run was closed');
      cleanups.add(cleanup);
    },
  };
  const close = (): Promise<void> => {
    closing ??= (async () => {
      cancellation?.dispose();
      forget();
      await cleanups.runAll();
    })();
    return closing;
  };
  return { runtime, close };
}
