import { closeSync, constants, openSync, readSync } from 'node:fs';
import { ActionFailure } from '../errors.js';
import { BLOCK_SIZE as TAR_BLOCK, paddingLength, TAR_TRAILER, tarHeader, TYPE_DIRECTORY, TYPE_REGULAR, writeUstarHeader } from './tar-header.js';
import type { ArtifactEntry } from './walk.js';

/**
 * The tarball of `entries` as a sequence of buffers of exactly `batchSize` bytes (the last one
 * shorter), headers written and file content read straight into them. Reading is synchronous:
 * for thousands of small manifests one syscall each is much faster than a thread-pool round trip
 * per file. The batch boundaries depend only on the content, so the gzip blocks cut along them are too.
 * `nextBatch` gives each buffer to fill (`batchSize` bytes): by default a new one, but a caller done
 * with a batch once it pulls the next (hashing) may hand the same one back, and one whose batches
 * come back from the deflate threads may reuse those: a new 1 MiB per MiB costs its page faults.
 */
export function* tarBatches(entries: Iterable<ArtifactEntry>, batchSize: number, nextBatch: () => Buffer = () => Buffer.allocUnsafe(batchSize)): Generator<Buffer> {
  let batch = nextBatch();
  let used = 0;
  const full = () => {
    batch = nextBatch();
    used = 0;
  };
  const append = function* (bytes: Buffer): Generator<Buffer> {
    let offset = 0;
    while (offset < bytes.length) {
      const copied = bytes.copy(batch, used, offset);
      offset += copied;
      used += copied;
      if (used === batchSize) {
        yield batch;
        full();
      }
    }
  };

  for (const entry of entries) {
    const fields = { name: entry.name, typeflag: entry.type === 'directory' ? TYPE_DIRECTORY : TYPE_REGULAR, mode: entry.mode, size: entry.size } as const;
    if (used + TAR_BLOCK <= batchSize && writeUstarHeader(batch, used, fields)) {
      used += TAR_BLOCK;
      if (used === batchSize) {
        yield batch;
        full();
      }
    } else {
      yield* append(tarHeader(fields));
    }
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
          full();
        }
      }
    } finally {
      closeSync(fd);
    }
    // The padding is zeroed in place: the batch is allocated unsafe.
    let padding = paddingLength(entry.size);
    while (padding > 0) {
      const zeroed = Math.min(padding, batchSize - used);
      batch.fill(0, used, used + zeroed);
      used += zeroed;
      padding -= zeroed;
      if (used === batchSize) {
        yield batch;
        full();
      }
    }
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
