import { readInside } from './select-files.js';

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

/** Files read between two yields to the event loop, so timers and signals are not held up. */
const BATCH = 256;

/**
 * Calls `visit` on every selected file that mentions a needle, and returns its results in the order
 * of `files` (undefined for a skipped file). One thread reads and parses: a second one that read
 * alongside measured no faster on 10,000 files (docs/decisions/bump-manifest-reading.md).
 */
export async function scanFiles<R>(files: string[], options: ScanOptions, visit: (path: string, bytes: Buffer) => R): Promise<(R | undefined)[]> {
  const results = new Array<R | undefined>(files.length);
  for (let index = 0; index < files.length; index++) {
    const path = files[index];
    const bytes = readInside(options.root, path, options.inputName, options.alwaysRead?.(path) ? undefined : options.needles);
    if (bytes !== undefined) results[index] = visit(path, bytes);
    if (index % BATCH === BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  return results;
}
