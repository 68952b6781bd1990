import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface BlobFile {
  path: string;
  /** `sha256:<hex>` of the bytes written. */
  digest: string;
  size: number;
}

/**
 * Lets `producer` write a blob once into a new file in `dir` while its sha256 and size are
 * computed on the way, so the upload can stream it from disk: memory stays flat whatever the
 * size. The producer may end the sink; it is ended for it otherwise. On failure the file is removed.
 */
export async function writeBlobFile(dir: string, producer: (sink: Writable) => Promise<void>): Promise<BlobFile> {
  const file = path.join(dir, `blob-${randomBytes(8).toString('hex')}.tmp`);
  const hash = createHash('sha256');
  let size = 0;
  const sink = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  // `wx`: never write through a file (or link) someone else put there.
  const written = pipeline(sink, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
  // Awaited below; this only keeps an early failure (disk full) from counting as unhandled meanwhile.
  written.catch(() => undefined);
  try {
    await producer(sink);
    if (!sink.writableEnded) sink.end();
    await written;
  } catch (error) {
    sink.destroy();
    await written.catch(() => undefined);
    await rm(file, { force: true });
    throw error;
  }
  return { path: file, digest: `sha256:${hash.digest('hex')}`, size };
}
