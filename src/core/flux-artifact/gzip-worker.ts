import { parentPort } from 'node:worker_threads';
import { GoGzip } from './go-gzip.js';

/**
 * The entry of the gzip worker thread (bundled on its own as dist/<bundle>/gzip-worker.js by
 * scripts/build.mjs; see worker-compressor.ts). Each message is one tar batch in order; each gets
 * exactly one reply with the compressed bytes it produced, so the caller can count what is in
 * flight. A failure is thrown: it reaches the caller as the Worker's 'error' event.
 */
export interface GzipRequest {
  input: Uint8Array;
  last: boolean;
}
export interface GzipReply {
  output: Uint8Array[];
}

if (!parentPort) throw new Error('gzip-worker.js is a worker thread entry, not a program');
const port = parentPort;
const gzip = new GoGzip();
port.on('message', ({ input, last }: GzipRequest) => {
  // Copied (structured clone) on the way back, not transferred: the compressed bytes are a
  // fraction of the tar, and a copy can never detach memory that pako still owns.
  const reply: GzipReply = { output: gzip.push(input, last) };
  port.postMessage(reply);
  if (last) port.close();
});
