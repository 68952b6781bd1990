import { createHash } from 'node:crypto';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { ActionIO } from '../io.js';
import { BLOCK_SIZE } from './block-gzip.js';
import { tarBatches } from './tar-stream.js';
import type { ArtifactEntry } from './walk.js';
import { bundledGzipWorker, deflateHere, deflateInWorkers, gzipBlocks, gzipWorkerCount } from './worker-compressor.js';

/** Compressed bytes buffered ahead of the sink. */
const SINK_BUFFER = 1024 * 1024;

export interface TarDigest {
  /** sha256 of the uncompressed tarball: the config's diff_id, and what tells an unchanged tree. */
  diffId: string;
  tarSize: number;
}

export interface PackOptions {
  /** Says on which threads the layer is compressed. */
  io?: Pick<ActionIO, 'debug'>;
  /**
   * The gzip worker entry to run; by default the one built next to this code (bundledGzipWorker),
   * if any. `null`: compress on this thread.
   */
  gzipWorker?: URL | null;
  /** Deflate threads; by default gzipWorkerCount(). The bytes are the same for any number. */
  workers?: number;
}

/**
 * The tarball's digest and size, reading each file once and compressing nothing: what a push
 * compares with the diff_id the tag's manifest records before it packs anything.
 */
export function digestTar(entries: Iterable<ArtifactEntry>): TarDigest {
  const hash = createHash('sha256');
  let tarSize = 0;
  const reused = Buffer.allocUnsafe(BLOCK_SIZE);
  for (const batch of tarBatches(entries, BLOCK_SIZE, () => reused)) {
    hash.update(batch);
    tarSize += batch.length;
  }
  return { diffId: `sha256:${hash.digest('hex')}`, tarSize };
}

/**
 * Streams the gzipped tarball into `sink` (ended when done), reading each file once and holding
 * a few MB at most, and returns the tarball's digest. In the bundles, worker threads deflate
 * while this thread reads and hashes the next blocks; from source (tests, tsx) all runs on this
 * thread. Either way the bytes are block-gzip.ts's, the same.
 */
export async function packLayer(entries: Iterable<ArtifactEntry>, sink: Writable, options: PackOptions = {}): Promise<TarDigest> {
  const hash = createHash('sha256');
  let tarSize = 0;
  // Blocks the deflate threads hand back are filled again, so a pack holds the few blocks in
  // flight rather than every block a worker received and has not garbage-collected yet.
  const spare: Buffer[] = [];
  const recycle = (block: ArrayBuffer) => {
    if (block.byteLength === BLOCK_SIZE) spare.push(Buffer.from(block));
  };
  function* hashedBlocks(): Generator<Buffer> {
    for (const batch of tarBatches(entries, BLOCK_SIZE, () => spare.pop() ?? Buffer.allocUnsafe(BLOCK_SIZE))) {
      hash.update(batch);
      tarSize += batch.length;
      yield batch;
    }
  }
  const worker = options.gzipWorker === undefined ? bundledGzipWorker() : (options.gzipWorker ?? undefined);
  const count = options.workers ?? gzipWorkerCount();
  options.io?.debug(worker ? `Compressing in ${count} worker thread(s) (${fileURLToPath(worker)}).` : 'Compressing on the main thread (no bundled gzip worker next to this code).');
  const compressed = gzipBlocks(hashedBlocks(), worker ? deflateInWorkers(worker, count, recycle) : deflateHere);
  await pipeline(Readable.from(compressed, { objectMode: false, highWaterMark: SINK_BUFFER }), sink);
  return { diffId: `sha256:${hash.digest('hex')}`, tarSize };
}
