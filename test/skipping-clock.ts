import type { Clock } from '../src/core/runtime.js';

interface Sleeper {
  until: number;
  timer: NodeJS.Timeout;
  wake: () => void;
}

/**
 * Real time that a test can move forward at once. A test that checks what a run reports when its timeout
 * runs out gives a long timeout, waits until the servers show the state it wants reported, then skips past
 * the timeout: the run times out at that state however slow the machine, where a short real timeout would
 * race the machine's speed. Every sleep due by the new time ends at the skip; the others keep their due time.
 */
export class SkippingClock implements Clock {
  #offset = 0;
  readonly #sleepers = new Set<Sleeper>();

  readonly now = (): number => Date.now() + this.#offset;

  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      const sleeper: Sleeper = {
        until: this.now() + Math.max(0, ms),
        timer: setTimeout(() => sleeper.wake(), Math.max(0, ms)),
        wake: () => {
          end();
          resolve();
        },
      };
      const onAbort = () => {
        end();
        reject(signal?.reason as Error);
      };
      const end = () => {
        clearTimeout(sleeper.timer);
        this.#sleepers.delete(sleeper);
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#sleepers.add(sleeper);
    });

  /** Moves the clock `ms` forward: sleeps due by then end now; the rest are re-armed for what is left of them. */
  skip(ms: number): void {
    this.#offset += ms;
    for (const sleeper of [...this.#sleepers]) {
      const left = sleeper.until - this.now();
      if (left <= 0) {
        sleeper.wake();
        continue;
      }
      clearTimeout(sleeper.timer);
      sleeper.timer = setTimeout(() => sleeper.wake(), left);
    }
  }
}
