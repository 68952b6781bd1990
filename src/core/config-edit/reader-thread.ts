import { HelperThread } from '../helper-thread.js';

/** One list of files for the worker; it and this thread take chunks of it through `claim`. */
export interface ReadJob {
  root: string;
  files: string[];
  /** 1 = hand the file over even without a needle. */
  alwaysRead: Uint8Array;
  needles: Buffer[];
  /** The next unclaimed index, shared (Atomics.add) by both threads. */
  claim: Int32Array;
  chunk: number;
}

/**
 * What the worker posts for each chunk [start, end) it claimed: index/text pairs of the files with
 * a needle, and the files it could not read plainly (left to the main thread).
 */
export interface ChunkReport {
  start: number;
  end: number;
  found: (number | string)[];
  unread: number[];
}

/** A thread that reads files for scanFiles (see HelperThread): start it early, give it one ReadJob. */
export class ReaderThread extends HelperThread<ReadJob, ChunkReport> {
  constructor() {
    super(READER_PROGRAM);
  }
}

/** The worker: claims chunks and reads them as readInside does (O_NOFOLLOW, a 64 KiB first read, the needle filter). */
const READER_PROGRAM = `
const { parentPort } = require('node:worker_threads');
const { closeSync, constants, openSync, readFileSync, readSync } = require('node:fs');
parentPort.once('message', ({ root, files, alwaysRead, needles, claim, chunk }) => {
  const patterns = needles.map((needle) => Buffer.from(needle));
  const scratch = Buffer.allocUnsafe(64 * 1024);
  for (let start; (start = Atomics.add(claim, 0, chunk)) < files.length; ) {
    const end = Math.min(start + chunk, files.length);
    const found = [];
    const unread = [];
    for (let index = start; index < end; index++) {
      let descriptor;
      try {
        descriptor = openSync(root + '/' + files[index], constants.O_RDONLY | constants.O_NOFOLLOW);
        const length = readSync(descriptor, scratch, 0, scratch.length, 0);
        const whole = length < scratch.length ? scratch.subarray(0, length) : readFileSync(descriptor);
        if (alwaysRead[index] || patterns.some((pattern) => whole.includes(pattern))) found.push(index, whole.toString('utf8'));
      } catch {
        unread.push(index);
      } finally {
        if (descriptor !== undefined) closeSync(descriptor);
      }
    }
    parentPort.postMessage({ start, end, found, unread });
  }
  parentPort.postMessage(null);
  parentPort.close();
});
`;
