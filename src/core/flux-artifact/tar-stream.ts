import { closeSync, constants, openSync, readSync } from 'node:fs';
import { ActionFailure } from '../errors.js';
import { paddingFor, TAR_TRAILER, tarHeader, TYPE_DIRECTORY, TYPE_REGULAR } from './tar-header.js';
import type { ArtifactEntry } from './walk.js';

/**
 * The tarball of `entries` as a sequence of buffers of exactly `batchSize` bytes (the last one
 * shorter), file content read straight into them. Reading is synchronous: for thousands of small
 * manifests one syscall each is much faster than a thread-pool round trip per file.
 * The batch boundaries depend only on the content, so the gzip blocks cut along them are too.
 */
export function* tarBatches(entries: Iterable<ArtifactEntry>, batchSize: number): Generator<Buffer> {
  let batch = Buffer.allocUnsafe(batchSize);
  let used = 0;
  const append = function* (bytes: Buffer): Generator<Buffer> {
    let offset = 0;
    while (offset < bytes.length) {
      const copied = bytes.copy(batch, used, offset);
      offset += copied;
      used += copied;
      if (used === batchSize) {
        yield batch;
        batch = Buffer.allocUnsafe(batchSize);
        used = 0;
      }
    }
  };

  for (const entry of entries) {
    const typeflag = entry.type === 'directory' ? TYPE_DIRECTORY : TYPE_REGULAR;
    yield* append(tarHeader({ name: entry.name, typeflag, mode: entry.mode, size: entry.size }));
    if (entry.type !== 'file') continue;
    const fd = openFile(entry);
    try {
      let remaining = entry.size;
      while (remaining > 0) {
        const wanted = Math.min(remaining, batchSize - used);
        const read = readSync(fd, batch, used, wanted, null);
        if (read === 0) throw changedWhilePacking(entry);
        used += read;
        remaining -= read;
        if (used === batchSize) {
          yield batch;
          batch = Buffer.allocUnsafe(batchSize);
          used = 0;
        }
      }
    } finally {
      closeSync(fd);
    }
    yield* append(paddingFor(entry.size));
  }
  yield* append(TAR_TRAILER);
  if (used > 0) yield batch.subarray(0, used);
}

/**
 * O_NOFOLLOW: a file swapped for a symlink after the walk must not be followed out of the root.
 * A file that shrank since the walk fails the read loop; one that grew is packed with its first
 * `size` bytes, a consistent entry (as GNU tar does).
 */
function openFile(entry: ArtifactEntry): number {
  try {
    return openSync(entry.absolutePath, OPEN_FLAGS);
  } catch (error) {
    throw new ActionFailure(`Cannot read "${entry.name}" while packing: ${(error as Error).message}`, { cause: error });
  }
}
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW;

function changedWhilePacking(entry: ArtifactEntry): ActionFailure {
  return new ActionFailure(`"${entry.name}" changed while it was being packed; nothing was pushed. Run again once the files are settled.`);
}
