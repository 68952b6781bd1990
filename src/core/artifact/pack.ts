import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { tarBatches } from './tar-stream.js';
import type { ArtifactEntry } from './walk.js';

/** Go's compress/gzip default, which Flux uses. */
export const GZIP_LEVEL = 6;
/** Each batch is one hand-over to zlib's thread: big enough that its work outweighs the hop. */
const BATCH_SIZE = 1024 * 1024;
/** Tar waiting for zlib: enough to keep it busy, little enough to keep memory flat. */
const MAX_BATCHES_IN_FLIGHT = 4;

/**
 * What identifies the compressed bytes we produce for a given tarball: gzip output depends on
 * the zlib build (Node bundles Chromium's zlib, whose match finder differs by version and CPU
 * family), so two machines agree on a layer digest only when these agree too.
 */
export const COMPRESSOR_ID = `node-zlib ${process.versions.zlib} level ${GZIP_LEVEL} batch ${BATCH_SIZE} ${process.platform}-${process.arch}`;

export interface PackedLayer {
  /** sha256 of the uncompressed tarball: the config's diff_id and the cache key. */
  diffId: string;
  tarSize: number;
}

/**
 * Streams the gzipped tarball into `sink` (ended when done), reading each file once and holding
 * a few MB at most, and returns the tarball's digest.
 *
 * zlib compresses on the thread pool while this thread reads the next files, and each batch is
 * handed over as soon as one in flight is done (its write callback), not when the queue runs dry
 * ('drain'), so neither side waits for the other in steady state.
 */
export async function packLayer(entries: Iterable<ArtifactEntry>, sink: Writable): Promise<PackedLayer> {
  const gzip = createGzip({ level: GZIP_LEVEL, chunkSize: 256 * 1024 });
  const piping = pipeline(gzip, sink);
  piping.catch(() => {}); // awaited below; this only keeps an early failure from being "unhandled"
  const hash = createHash('sha256');
  let tarSize = 0;
  const inFlight: Promise<void>[] = [];
  try {
    for (const batch of tarBatches(entries, BATCH_SIZE)) {
      hash.update(batch);
      tarSize += batch.length;
      const written = new Promise<void>((resolve, reject) => gzip.write(batch, (error) => (error ? reject(error) : resolve())));
      written.catch(() => {}); // a failed write also fails `piping`, which is what gets reported
      inFlight.push(written);
      if (inFlight.length >= MAX_BATCHES_IN_FLIGHT) await Promise.race([inFlight.shift()!, piping]);
    }
    gzip.end();
    await piping;
  } catch (error) {
    gzip.destroy(error as Error);
    await piping.catch(() => {});
    throw error;
  }
  return { diffId: `sha256:${hash.digest('hex')}`, tarSize };
}
