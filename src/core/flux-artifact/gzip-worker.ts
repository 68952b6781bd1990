import { parentPort } from 'node:worker_threads';
import { BlockDeflater } from './block-gzip.js';

/**
 * The entry of a gzip worker thread (bundled on its own as dist/<bundle>/gzip-worker.js by
 * scripts/build.mjs; see worker-compressor.ts). Each message is one tar block; each gets exactly
 * one reply with its deflated bytes and its sequence number, so the caller puts them in order.
 * A failure is thrown: it reaches the caller as the Worker's 'error' event.
 */
export interface GzipRequest {
  sequence: number;
  input: Uint8Array;
  dictionary?: Uint8Array;
  last: boolean;
}
export interface GzipReply {
  sequence: number;
  output: Uint8Array[];
  /** The request's input buffer, handed back for the next block. */
  input: ArrayBuffer;
}

if (!parentPort) throw new Error('gzip-worker.js is a worker thread entry, not a program');
const port = parentPort;
const deflater = new BlockDeflater();
port.on('message', ({ sequence, input, dictionary, last }: GzipRequest) => {
  const output = deflater.deflate(input, dictionary, last);
  // Transferred, not copied: the arrays are pako's for this block alone, dropped with it. The
  // input goes back too: kept here, the received blocks pile up until this thread's next GC.
  const reply: GzipReply = { sequence, output, input: input.buffer as ArrayBuffer };
  port.postMessage(reply, [...new Set([...output.map((chunk) => chunk.buffer as ArrayBuffer), reply.input])]);
});
