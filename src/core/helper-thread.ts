import { Worker } from 'node:worker_threads';

/**
 * A worker thread running a small plain-JavaScript program, for file-system work that two cores
 * do in about half the time (lstat, open/read of thousands of small files). It boots in ~20 ms,
 * so it is started before its job is known; until given one it does not keep the process alive,
 * and `release` stops it unused.
 *
 * The program gets one job (`parentPort.once('message', …)`), may post reports, and posts `null`
 * when done. It is JavaScript in a string because it must run alike from the bundles, tsx and
 * vitest (a worker cannot load TypeScript); execArgv is emptied so tsx is not loaded there either.
 */
export class HelperThread<Job, Report> {
  readonly #worker: Worker;
  #taken = false;

  constructor(program: string) {
    this.#worker = new Worker(program, { eval: true, execArgv: [] });
    this.#worker.unref();
  }

  release(): void {
    if (this.#taken) return;
    this.#taken = true;
    void this.#worker.terminate();
  }

  /**
   * Hands the job over. Resolves true when the program said it was done, false when the thread
   * failed or stopped first; never rejects: the caller does what the helper left undone.
   */
  run(job: Job, onReport: (report: Report) => void = () => undefined): Promise<boolean> {
    if (this.#taken) throw new Error('a HelperThread runs one job');
    this.#taken = true;
    const worker = this.#worker;
    worker.ref();
    const finished = new Promise<boolean>((resolve) => {
      worker.on('message', (report: Report | null) => (report === null ? resolve(true) : onReport(report)));
      worker.on('error', () => resolve(false));
      worker.on('exit', () => resolve(false));
    });
    worker.postMessage(job);
    return finished;
  }
}
