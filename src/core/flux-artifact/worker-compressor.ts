import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GzipReply, GzipRequest } from './gzip-worker.js';

/** The name scripts/build.mjs gives the bundled gzip-worker.ts, next to each bundle that packs layers. */
export const GZIP_WORKER_FILE = 'gzip-worker.js';

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
 * Compresses `batches` (in order) in a worker thread running `workerUrl`, yielding the gzip bytes
 * in order. Pulling the next batch (reading files, on this thread) overlaps with the worker's
 * deflate of the previous ones; at most `maxInFlight` batches wait in the worker, so memory stays
 * flat when the worker is the slower side. Each batch is transferred, not copied, so the caller
 * must be done with it (hashed) before handing it over. The worker is always terminated, and its
 * failure fails the iteration.
 */
export async function* compressInWorker(batches: Iterable<Buffer>, workerUrl: URL, maxInFlight: number): AsyncGenerator<Buffer> {
  const worker = new Worker(workerUrl);
  const replies = new ReplyQueue(worker);
  let inFlight = 0;
  const send = (input: Buffer, last: boolean) => {
    // Only a view over its whole ArrayBuffer is transferred (tarBatches allocates one per batch);
    // any other (a pooled slice) is copied, so memory shared with other code is never detached.
    const owned = input.byteOffset === 0 && input.byteLength === input.buffer.byteLength;
    const request: GzipRequest = { input, last };
    worker.postMessage(request, owned ? [input.buffer as ArrayBuffer] : []);
    inFlight++;
  };
  try {
    for (const batch of batches) {
      send(batch, false);
      for (; inFlight >= maxInFlight; inFlight--) yield* await replies.next();
    }
    send(Buffer.alloc(0), true);
    for (; inFlight > 0; inFlight--) yield* await replies.next();
  } finally {
    await worker.terminate();
  }
}

/** The worker's replies in arrival order, or its failure once no reply is left to hand out. */
class ReplyQueue {
  readonly #replies: GzipReply[] = [];
  #failure: Error | undefined;
  #wake: (() => void) | undefined;

  constructor(worker: Worker) {
    worker.on('message', (reply: GzipReply) => {
      this.#replies.push(reply);
      this.#wake?.();
    });
    worker.on('error', (error: Error) => this.#fail(new Error(`The gzip worker thread failed: ${error.message}`, { cause: error })));
    // Node delivers every message a worker posted before its 'exit': an exit with replies still
    // awaited means the worker died (or was stopped) mid-layer.
    worker.on('exit', (code) => this.#fail(new Error(`The gzip worker thread stopped (exit code ${code}) before the layer was compressed`)));
  }

  async next(): Promise<Buffer[]> {
    while (this.#replies.length === 0) {
      if (this.#failure) throw this.#failure;
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = undefined;
    }
    return this.#replies.shift()!.output.map((chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#wake?.();
  }
}
