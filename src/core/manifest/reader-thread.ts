import { Worker } from 'node:worker_threads';

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
 * a needle, and the files it could not read plainly (left to the main thread). Then `{ done: true }`.
 */
export interface ChunkReport {
  start: number;
  end: number;
  found: (number | string)[];
  unread: number[];
}

/**
 * A worker thread that reads files for scanFiles. It can be started before the file list is
 * known (it takes ~20 ms to boot): until given a job it does not keep the process alive, and
 * `release` stops it unused.
 */
export class ReaderThread {
  // Plain JavaScript evaluated in the worker: it runs alike from the bundles, tsx and vitest (a
  // worker cannot load TypeScript); execArgv is emptied so tsx is not loaded there either.
  readonly #worker = new Worker(READER_SOURCE, { eval: true, execArgv: [] });
  #taken = false;

  constructor() {
    this.#worker.unref();
  }

  release(): void {
    if (this.#taken) return;
    this.#taken = true;
    void this.#worker.terminate();
  }

  /** Resolves when the worker is done or gone, never rejects: whatever it did not report, the caller reads. */
  read(job: ReadJob, onChunk: (report: ChunkReport) => void): Promise<void> {
    if (this.#taken) throw new Error('a ReaderThread reads one list of files');
    this.#taken = true;
    const worker = this.#worker;
    worker.ref();
    worker.postMessage({ ...job, needles: job.needles.map((needle) => new Uint8Array(needle)) });
    return new Promise<void>((resolve) => {
      worker.on('message', (report: ChunkReport | { done: true }) => ('done' in report ? resolve() : onChunk(report)));
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
    });
  }
}

/** The worker: claims chunks and reads them as readInside does (O_NOFOLLOW, a 64 KiB first read, the needle filter). */
const READER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { closeSync, constants, openSync, readFileSync, readSync } = require('node:fs');
parentPort.once('message', ({ root, files, alwaysRead, needles, claim, chunk }) => {
  const patterns = needles.map((needle) => Buffer.from(needle.buffer, needle.byteOffset, needle.byteLength));
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
  parentPort.postMessage({ done: true });
  parentPort.close();
});
`;
