import { readInside } from './select-files.js';
import { ReaderThread, type ChunkReport } from './reader-thread.js';

export { ReaderThread } from './reader-thread.js';

export interface ScanOptions {
  /** The real root every path is relative to. */
  root: string;
  /** The input named by a read error (a link leading outside the root). */
  inputName: string;
  /** A file containing none of these is skipped: `visit` never sees it. */
  needles: Buffer[];
  /** Files read whole even without a needle (a kustomization that may gain an entry). */
  alwaysRead?: (path: string) => boolean;
}

/**
 * From this many files on, a second thread reads files too. It takes ~20 ms to start (measured on
 * a 2-core runner), the time this thread needs to read a few thousand small files itself.
 */
export const PARALLEL_READ_FROM = 2000;
/** Files claimed at a time by either thread: small enough to share the tail evenly. */
const CHUNK = 64;

/**
 * Calls `visit` on every selected file that mentions a needle, and returns its results in the order
 * of `files` (undefined for a skipped file). An error (reading, or thrown by `visit`) is kept per
 * file, and the earliest file's is thrown once all are done: the outcome never depends on which
 * thread read what.
 *
 * With PARALLEL_READ_FROM files or more, a worker thread reads alongside this one, which alone
 * parses (`visit`): on a big config repository reading is half the work (bench/bump-manifest).
 * Pass `early` (started while the files were being listed) to have it ready sooner. A file the
 * worker could not read plainly (a link, an error) or never reported (it failed) is read here, by
 * readInside itself, so both ways give the same texts and the same errors.
 */
export async function scanFiles<R>(files: string[], options: ScanOptions, visit: (path: string, source: string) => R, early?: ReaderThread): Promise<(R | undefined)[]> {
  const results: (R | undefined)[] = new Array(files.length);
  const settled = new Uint8Array(files.length);
  let firstFailure: { index: number; error: unknown } | undefined;
  const settle = (index: number, produce: () => R | undefined): void => {
    if (settled[index]) return;
    settled[index] = 1;
    try {
      results[index] = produce();
    } catch (error) {
      if (!firstFailure || index < firstFailure.index) firstFailure = { index, error };
    }
  };
  const readHere = (index: number): void =>
    settle(index, () => {
      const path = files[index]!;
      const source = readInside(options.root, path, options.inputName, options.alwaysRead?.(path) ? undefined : options.needles);
      return source === undefined ? undefined : visit(path, source);
    });
  const takeReport = ({ start, end, found, unread }: ChunkReport): void => {
    for (let at = 0; at < found.length; at += 2) {
      const index = found[at] as number;
      settle(index, () => visit(files[index]!, found[at + 1] as string));
    }
    for (let index = start; index < end; index++) if (!unread.includes(index)) settle(index, () => undefined);
  };

  const claim = new Int32Array(new SharedArrayBuffer(4));
  let helper: Promise<boolean> | undefined;
  if (files.length >= PARALLEL_READ_FROM) {
    const thread = early ?? new ReaderThread();
    const alwaysRead = Uint8Array.from(files, (path) => (options.alwaysRead?.(path) ? 1 : 0));
    helper = thread.run({ root: options.root, files, alwaysRead, needles: options.needles, claim, chunk: CHUNK }, takeReport);
  } else {
    early?.release();
  }
  for (let start: number; (start = Atomics.add(claim, 0, CHUNK)) < files.length; ) {
    for (let index = start; index < Math.min(start + CHUNK, files.length); index++) readHere(index);
    // Lets the worker's reports (and any timer or I/O) in between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (helper) {
    await helper;
    for (let index = 0; index < files.length; index++) if (!settled[index]) readHere(index);
  }
  if (firstFailure) throw firstFailure.error;
  return results;
}
