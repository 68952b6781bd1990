import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { BlockDeflater, DICTIONARY_SIZE, GZIP_HEADER, gzipTrailer } from './block-gzip.js';
import type { GzipReply, GzipRequest } from './gzip-worker.js';

/** The name scripts/build.mjs gives the bundled gzip-worker.ts, next to each bundle that packs layers. */
export const GZIP_WORKER_FILE = 'gzip-worker.js';
/** Deflate threads at most: the runners CI offers have 2 to 4 cores. */
const MAX_WORKERS = 4;

/**
 * The bundled gzip worker next to the running code (dist/<bundle>/, where the chunk holding this
 * module lives), or undefined when running from source (tsx, vitest), whose workers cannot load
 * TypeScript: then the caller compresses on its own thread, to the same bytes.
 */
export function bundledGzipWorker(): URL | undefined {
  // The name is a variable on purpose: webpack (ncc) rewrites `new URL('literal', import.meta.url)`
  // into an asset copied raw from src/, which would be the TypeScript source, not the bundle.
  const url = new URL(GZIP_WORKER_FILE, import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * How many deflate threads a pack starts: one per core. Deflate costs about four times the
 * reading and hashing on this thread, so leaving a core to the reader would idle it most of the time.
 */
export function gzipWorkerCount(): number {
  return Math.max(1, Math.min(MAX_WORKERS, os.availableParallelism()));
}

/** A tar block and the history before it, as block-gzip.ts deflates it. */
interface Block {
  input: Buffer;
  dictionary: Buffer | undefined;
  last: boolean;
}

/**
 * The tar `blocks` (each BLOCK_SIZE bytes but the last) as one gzip stream: header, the blocks'
 * deflate bytes in order, trailer. The CRC is computed here, on the way.
 */
export async function* gzipBlocks(blocks: Iterable<Buffer>, deflate: (blocks: Iterable<Block>) => AsyncIterable<Uint8Array[]>): AsyncGenerator<Buffer> {
  let crc = 0;
  let length = 0;
  function* withHistory(): Generator<Block> {
    let previous: Buffer | undefined;
    let dictionary: Buffer | undefined;
    for (const block of blocks) {
      if (previous) {
        const next = Buffer.from(previous.subarray(Math.max(0, previous.length - DICTIONARY_SIZE)));
        yield { input: previous, dictionary, last: false };
        dictionary = next;
      }
      crc = crc32(block, crc);
      length += block.length;
      previous = block;
    }
    // A tar always ends with two zero blocks: there is a last block.
    yield { input: previous!, dictionary, last: true };
  }
  yield GZIP_HEADER;
  for await (const output of deflate(withHistory())) {
    for (const chunk of output) yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
  yield gzipTrailer(crc, length);
}

/** Deflates on this thread, one block at a time, paced by whoever reads the output. */
export async function* deflateHere(blocks: Iterable<Block>): AsyncGenerator<Uint8Array[]> {
  const deflater = new BlockDeflater();
  for (const block of blocks) yield deflater.deflate(block.input, block.dictionary, block.last);
}

/**
 * Deflates in `count` worker threads running `workerUrl`, handing back each block's bytes in
 * order. Pulling the next block (reading files, on this thread) overlaps the workers' deflate;
 * at most two blocks per worker are in flight, so memory stays flat when deflate is the slower
 * side. Each block is transferred, not copied, so the caller must be done with it (hashed)
 * before; the worker hands it back with its reply, to `recycle`. The workers are always
 * terminated, and a failure of one fails the iteration.
 */
export function deflateInWorkers(workerUrl: URL, count: number, recycle?: (input: ArrayBuffer) => void): (blocks: Iterable<Block>) => AsyncGenerator<Uint8Array[]> {
  return async function* (blocks) {
    const workers = Array.from({ length: count }, () => new Worker(workerUrl));
    const replies = new ReplyQueue(workers, recycle);
    let sent = 0;
    let received = 0;
    try {
      for (const block of blocks) {
        const request: GzipRequest = { sequence: sent, input: block.input, last: block.last, ...(block.dictionary ? { dictionary: block.dictionary } : {}) };
        // Only a view over its whole ArrayBuffer is transferred (tarBatches allocates one per
        // block); any other (a pooled slice) is copied, so memory shared with other code is never detached.
        const owned = block.input.byteOffset === 0 && block.input.byteLength === block.input.buffer.byteLength;
        workers[sent % count].postMessage(request, owned ? [block.input.buffer as ArrayBuffer] : []);
        sent++;
        while (sent - received >= 2 * count) yield await replies.take(received++);
      }
      while (received < sent) yield await replies.take(received++);
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
  };
}

/** The workers' replies by sequence number, or the first failure once the one awaited is not there. */
class ReplyQueue {
  readonly #replies = new Map<number, Uint8Array[]>();
  #failure: Error | undefined;
  #wake: (() => void) | undefined;

  constructor(workers: Worker[], recycle?: (input: ArrayBuffer) => void) {
    for (const worker of workers) {
      worker.on('message', (reply: GzipReply) => {
        recycle?.(reply.input);
        this.#replies.set(reply.sequence, reply.output);
        this.#wake?.();
      });
      worker.on('error', (error: Error) => this.#fail(new Error(`The gzip worker thread failed: ${error.message}`, { cause: error })));
      // Node delivers every message a worker posted before its 'exit': an exit with replies still
      // awaited means the worker died (or was stopped) mid-layer.
      worker.on('exit', (code) => this.#fail(new Error(`The gzip worker thread stopped (exit code ${code}) before the layer was compressed`)));
    }
  }

  async take(sequence: number): Promise<Uint8Array[]> {
    for (;;) {
      const output = this.#replies.get(sequence);
      if (output) {
        this.#replies.delete(sequence);
        return output;
      }
      if (this.#failure) throw this.#failure;
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = undefined;
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#wake?.();
  }
}
