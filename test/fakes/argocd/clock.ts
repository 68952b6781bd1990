/**
 * Runs the simulated controller's steps. `auto`: each step fires after its delay on a real timer (keep delays
 * to tens of ms). `manual`: steps wait in a virtual-time queue until the test calls `advance`, and timestamps
 * come from a virtual clock, so a test can move time by whole seconds without waiting.
 */
export type ClockMode = 'auto' | 'manual';

interface Step {
  dueAt: number;
  seq: number;
  label: string;
  run: () => void;
}

export class ControllerClock {
  private readonly queue: Step[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private virtualMs = 0;
  private seq = 0;
  private stopped = false;

  constructor(readonly mode: ClockMode) {}

  now(): number {
    return Date.now() + this.virtualMs;
  }

  schedule(delayMs: number, label: string, run: () => void): void {
    if (this.stopped) return;
    if (this.mode === 'manual') {
      this.queue.push({ dueAt: this.virtualMs + delayMs, seq: this.seq++, label, run });
      this.queue.sort((a, b) => a.dueAt - b.dueAt || a.seq - b.seq);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, delayMs);
    this.timers.add(timer);
  }

  /** Labels of the steps waiting in manual mode (e.g. `sync demo: finish attempt 1`). */
  pending(): string[] {
    return this.queue.map((s) => s.label);
  }

  /**
   * Manual mode only. Without `ms`: runs the next step (moving virtual time to it). With `ms`: moves virtual
   * time forward by `ms`, running every step that falls due (including ones those steps schedule).
   * Returns the labels of the steps run.
   */
  advance(ms?: number): string[] {
    if (this.mode !== 'manual') throw new Error('advance() needs startFakeArgocd({ clock: "manual" })');
    const ran: string[] = [];
    const until = ms === undefined ? undefined : this.virtualMs + ms;
    for (let guard = 0; guard < 10_000; guard++) {
      const next = this.queue[0];
      if (!next || (until !== undefined && next.dueAt > until) || (until === undefined && ran.length === 1)) break;
      this.queue.shift();
      this.virtualMs = Math.max(this.virtualMs, next.dueAt);
      ran.push(next.label);
      next.run();
    }
    if (until !== undefined) this.virtualMs = until;
    return ran;
  }

  /** Manual mode: runs steps until none is left (bounded), i.e. lets every scripted lifecycle finish. */
  runAll(): string[] {
    const ran: string[] = [];
    for (let guard = 0; guard < 1000 && this.queue.length > 0; guard++) ran.push(...this.advance());
    return ran;
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.queue.length = 0;
  }
}
