import { createHash } from 'node:crypto';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { ActionIO } from '../io.js';
import { tarBatches } from './tar-stream.js';
import type { ArtifactEntry } from './walk.js';
import { bundledGzipWorker, compressInWorker } from './worker-compressor.js';

/** The compressor's identity and settings live with it, shared by both compressing paths. */
export { COMPRESSOR_ID, PAKO_VERSION } from './compressor.js';

/** Tar handed to the compressor at a time; the compressor's output is the same whatever the split. */
const BATCH_SIZE = 1024 * 1024;
/** Tar batches waiting in the gzip worker at most: enough to keep it busy while files are read. */
const MAX_BATCHES_IN_FLIGHT = 4;
/** Compressed bytes buffered ahead of the sink. */
const SINK_BUFFER = 1024 * 1024;

export interface PackedLayer {
  /** sha256 of the uncompressed tarball: the config's diff_id and the cache key. */
  diffId: string;
  tarSize: number;
}

export interface PackOptions {
  /** Says on which thread the layer is compressed. */
  io?: Pick<ActionIO, 'debug'>;
  /**
   * The gzip worker entry to run; by default the one built next to this code (bundledGzipWorker),
   * if any. `null`: compress on this thread.
   */
  gzipWorker?: URL | null;
}

/**
 * Streams the gzipped tarball into `sink` (ended when done), reading each file once and holding
 * a few MB at most, and returns the tarball's digest. In the bundles, a worker thread deflates
 * while this thread reads and hashes the next batches (deflate costs about twice the reading);
 * from source (tests, tsx), both run on this thread. Either way the bytes are GoGzip's, the same.
 */
export async function packLayer(entries: Iterable<ArtifactEntry>, sink: Writable, options: PackOptions = {}): Promise<PackedLayer> {
  const hash = createHash('sha256');
  let tarSize = 0;
  function* hashedBatches(): Generator<Buffer> {
    for (const batch of tarBatches(entries, BATCH_SIZE)) {
      hash.update(batch);
      tarSize += batch.length;
      yield batch;
    }
  }
  const worker = options.gzipWorker === undefined ? bundledGzipWorker() : (options.gzipWorker ?? undefined);
  options.io?.debug(worker ? `Compressing in a worker thread (${fileURLToPath(worker)}).` : 'Compressing on the main thread (no bundled gzip worker next to this code).');
  const compressed = worker ? compressInWorker(hashedBatches(), worker, MAX_BATCHES_IN_FLIGHT) : compressHere(hashedBatches());
  await pipeline(Readable.from(compressed, { objectMode: false, highWaterMark: SINK_BUFFER }), sink);
  return { diffId: `sha256:${hash.digest('hex')}`, tarSize };
}

/** Deflate on this thread, paced by the sink's backpressure; pako loads only when a layer is packed here. */
async function* compressHere(batches: Iterable<Buffer>): AsyncGenerator<Buffer> {
  const { GoGzip } = await import('./go-gzip.js');
  const gzip = new GoGzip();
  for (const batch of batches) yield* gzip.push(batch, false);
  yield* gzip.push(new Uint8Array(0), true);
}
