import { systemClock, type Clock } from '../runtime.js';
import { DeadlineExceeded } from './deadline.js';
import { ArgocdApiError } from './errors.js';
import type { ArgocdClient } from './client.js';
import { appLabel, type Application, type AppRef } from './types.js';

/**
 * How the wait watches an application. The budget is ≤ 30 requests per app per minute (one every 2 s), so
 * polling alone cannot react in under a second on median (a poll every P ms lands P/2 after a change); the
 * watch stream can, within milliseconds. Hence: the stream when it delivers, with a slow safety poll beside it;
 * a faster poll when it does not (median reaction ≈ fallbackPollMs / 2 + one round trip), and bounded reconnects.
 * Worst case per minute: 60000/2500 = 24 polls + 4 reconnects (5 s, 10 s, 20 s, 30 s backoff) = 28.
 */
export interface ObserveTuning {
  /** Poll interval while the stream delivers: only a safety net against a missed event. */
  streamPollMs: number;
  /** Poll interval while the stream is down, stalled or not yet delivering. */
  fallbackPollMs: number;
  /** A stream silent this long is treated as stalled and reconnected (SSE keepalives come every 15 s). */
  streamIdleMs: number;
  /** A stream that lived at least this long and delivered is healthy: its reconnect is immediate. */
  healthyStreamMs: number;
  reconnectBaseMs: number;
  reconnectMaxMs: number;
  /** After this many short-lived streams in a row the wait polls only. */
  maxFailedStreams: number;
  /** Time-out of one poll. */
  pollTimeoutMs: number;
  /** Time-out of one sync or terminate call; a sync that gets no answer is then looked for (it may have landed). */
  writeTimeoutMs: number;
}

export const DEFAULT_OBSERVE_TUNING: ObserveTuning = {
  streamPollMs: 10_000,
  fallbackPollMs: 2_500,
  streamIdleMs: 30_000,
  healthyStreamMs: 30_000,
  reconnectBaseMs: 5_000,
  reconnectMaxMs: 30_000,
  maxFailedStreams: 6,
  pollTimeoutMs: 15_000,
  writeTimeoutMs: 30_000,
};

/**
 * Not done yet; `recheckInMs` asks for another evaluation of the same state then (a grace period running out),
 * `refresh` for one `?refresh=normal` read, which makes the controller reconcile and write now.
 */
/** Argo CD answers 403 both for a Kubernetes read error (transient) and for an app deleted meanwhile. */
const MAX_FORBIDDEN_IN_A_ROW = 3;

export type Evaluation<T> = { done: true; result: T } | { done: false; waitingFor: string; recheckInMs?: number; refresh?: boolean };

export type ObserveResult<T> =
  | { kind: 'done'; result: T; app: Application }
  | { kind: 'timeout'; waitingFor: string; app?: Application }
  | { kind: 'gone'; message: string; app?: Application };

export interface ObserveOptions<T> {
  /** Epoch milliseconds after which the wait gives up (after one last read). */
  deadline: number;
  /** Start the watch after this resourceVersion (the one the sync answer carried). */
  resourceVersion?: string;
  evaluate(app: Application): Evaluation<T>;
  onProgress?: (message: string) => void;
  onDebug?: (message: string) => void;
  tuning?: Partial<ObserveTuning>;
  /** Stops the wait from outside (another app failed, the job is cancelled). */
  signal?: AbortSignal;
  /** Time of the wait's schedule (polls, reconnect back-off, re-checks, the deadline); the runtime's clock. Request time-outs stay real. */
  clock?: Clock;
}

/**
 * Observes one application through the watch stream and polling at once until `evaluate` says done, the app
 * disappears, or the deadline passes. Every loop and every request is bounded by the deadline: it never hangs.
 */
export async function observeUntil<T>(client: ArgocdClient, ref: AppRef, options: ObserveOptions<T>): Promise<ObserveResult<T>> {
  const tuning = { ...DEFAULT_OBSERVE_TUNING, ...options.tuning };
  const clock = options.clock ?? systemClock;
  if (options.signal?.aborted) return { kind: 'gone', message: 'the wait was cancelled' };
  const stop = new AbortController();
  // The caller's deadline signal firing is the timeout, not a cancellation.
  const onOuterAbort = () =>
    finish(options.signal?.reason instanceof DeadlineExceeded ? { kind: 'timeout', waitingFor, app: lastApp } : { kind: 'gone', message: 'the wait was cancelled', app: lastApp });
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const wake = new Wakeup(clock);
  let settled: ObserveResult<T> | undefined;
  let resolveSettled!: (result: ObserveResult<T>) => void;
  const settledPromise = new Promise<ObserveResult<T>>((resolve) => (resolveSettled = resolve));
  let lastApp: Application | undefined;
  let waitingFor = 'the first observation';
  let resourceVersion = options.resourceVersion;
  let streamLive = false;
  let lastTransient: string | undefined;
  let forbiddenInARow = 0;
  let recheck: AbortController | undefined;
  let refreshed = false;

  function finish(result: ObserveResult<T>): void {
    if (settled) return;
    settled = result;
    resolveSettled(result);
    stop.abort();
    wake.wake();
  }

  function observe(app: Application): void {
    if (settled) return;
    lastApp = app;
    resourceVersion = app.metadata?.resourceVersion ?? resourceVersion;
    lastTransient = undefined;
    forbiddenInARow = 0;
    recheck?.abort();
    const evaluation = options.evaluate(app);
    if (evaluation.done) return finish({ kind: 'done', result: evaluation.result, app });
    if (evaluation.recheckInMs !== undefined) recheck = after(evaluation.recheckInMs, () => observe(app));
    if (evaluation.refresh && !refreshed) {
      refreshed = true;
      client.getApplication(ref, { refresh: 'normal', signal: stop.signal, timeoutMs: tuning.pollTimeoutMs, retries: false }).then(observe, (error: unknown) => {
        if (settled) return;
        // Asked for again at the next observation that needs it: without the refresh's write, a reconcile in the
        // operation's last second is confirmed only by the controller's next periodic one (minutes away).
        refreshed = false;
        options.onDebug?.(`${appLabel(ref)}: refresh after the operation failed, will ask again: ${(error as Error).message}`);
      });
    }
    if (evaluation.waitingFor !== waitingFor) {
      waitingFor = evaluation.waitingFor;
      options.onProgress?.(`${appLabel(ref)}: waiting for ${waitingFor}`);
    }
  }

  /**
   * A 401, a 404 or another definite 4xx on a read means the app is gone or we lost access: waiting cannot help.
   * 5xx and a bare 403 (Argo CD's answer to any Kubernetes read error) are read again until the deadline.
   */
  function fatal(error: unknown): boolean {
    if (!(error instanceof ArgocdApiError)) return false;
    // A 403 that persists is what a deleted application looks like: a few in a row end the wait.
    const forbidden = error.status === 403 ? ++forbiddenInARow : 0;
    if (error.isTransientRead && forbidden < MAX_FORBIDDEN_IN_A_ROW) {
      lastTransient = error.message;
      return false;
    }
    if (forbidden >= MAX_FORBIDDEN_IN_A_ROW) {
      finish({ kind: 'gone', message: `the application ${appLabel(ref)} was deleted, or the token may no longer read it (HTTP 403 to ${forbidden} reads in a row)`, app: lastApp });
      return true;
    }
    finish({ kind: 'gone', message: error.message, app: lastApp });
    return true;
  }

  /** On the stream only a 401 is final; anything else (a proxy's 404, a 403, a 5xx) leaves polling to carry on. */
  function fatalOnStream(error: unknown): boolean {
    const status = error instanceof ArgocdApiError ? error.status : error instanceof StreamError ? error.httpCode : undefined;
    if (status !== 401) return false;
    finish({ kind: 'gone', message: (error as Error).message, app: lastApp });
    return true;
  }

  function setLive(live: boolean): void {
    if (streamLive === live) return;
    streamLive = live;
    options.onDebug?.(`${appLabel(ref)}: watch stream ${live ? 'delivering' : 'not delivering; polling every ' + tuning.fallbackPollMs + ' ms'}`);
    wake.wake();
  }

  async function pollLoop(): Promise<void> {
    let lastPollAt = clock.now();
    while (!settled) {
      const due = lastPollAt + (streamLive ? tuning.streamPollMs : tuning.fallbackPollMs);
      const until = Math.min(due, options.deadline);
      if (clock.now() < until) {
        await wake.sleep(until - clock.now());
        continue;
      }
      if (clock.now() >= options.deadline) return;
      lastPollAt = clock.now();
      try {
        observe(await client.getApplication(ref, { signal: stop.signal, timeoutMs: tuning.pollTimeoutMs, retries: false }));
      } catch (error) {
        if (settled || fatal(error)) return;
        options.onDebug?.(`${appLabel(ref)}: poll failed, will retry: ${(error as Error).message}`);
      }
    }
  }

  async function streamLoop(): Promise<void> {
    let failures = 0;
    while (!settled && failures <= tuning.maxFailedStreams) {
      const startedAt = clock.now();
      let delivered = false;
      try {
        const events = client.watchApplication(ref, { resourceVersion, idleTimeoutMs: tuning.streamIdleMs, signal: stop.signal });
        for await (const event of events) {
          if (event.kind === 'error') throw new StreamError(`Watching application ${appLabel(ref)}: ${event.message}`, event.httpCode);
          if (event.kind === 'event' && event.type === 'DELETED') {
            return finish({ kind: 'gone', message: `the application ${appLabel(ref)} was deleted`, app: event.application });
          }
          // Only an application event proves the stream delivers: a keepalive comes through buffering proxies
          // and stalled servers too. The server always sends the current state first (reference §1.3).
          if (event.kind !== 'event') continue;
          delivered = true;
          setLive(true);
          observe(event.application);
          if (settled) return;
        }
        options.onDebug?.(`${appLabel(ref)}: watch stream closed by the server`);
      } catch (error) {
        if (settled || fatalOnStream(error)) return;
        options.onDebug?.(`${appLabel(ref)}: watch stream failed: ${(error as Error).message}`);
        // A path the proxy does not route will not start routing: poll for the rest of the wait.
        if (error instanceof ArgocdApiError && (error.status === 404 || error.status === 405)) {
          setLive(false);
          options.onProgress?.(`${appLabel(ref)}: the watch stream is not reachable (HTTP ${error.status}); polling instead`);
          return;
        }
      }
      setLive(false);
      const healthy = delivered && clock.now() - startedAt >= tuning.healthyStreamMs;
      failures = healthy ? 0 : failures + 1;
      const delay = healthy ? 0 : Math.min(tuning.reconnectBaseMs * 2 ** (failures - 1), tuning.reconnectMaxMs);
      if (delay > 0) await wake.sleep(Math.min(delay, Math.max(0, options.deadline - clock.now())));
      if (clock.now() >= options.deadline) return;
    }
    if (!settled) options.onDebug?.(`${appLabel(ref)}: watch stream given up after ${failures} failed attempts; polling only`);
  }

  /** Runs `fn` after `ms` on the clock unless the returned controller is aborted first (or the wait ends). */
  function after(ms: number, fn: () => void): AbortController {
    const cancel = new AbortController();
    clock.sleep(Math.max(0, ms), AbortSignal.any([cancel.signal, stop.signal])).then(fn, () => undefined);
    return cancel;
  }

  const deadlineTimer = after(options.deadline - clock.now(), () =>
    finish({ kind: 'timeout', waitingFor: lastTransient ? `${waitingFor}; Argo CD kept failing the reads: ${lastTransient}` : waitingFor, app: lastApp }),
  );
  const loops = Promise.allSettled([pollLoop(), streamLoop()]);
  const result = await settledPromise;
  deadlineTimer.abort();
  recheck?.abort();
  options.signal?.removeEventListener('abort', onOuterAbort);
  await loops;
  if (result.kind !== 'timeout') return result;
  return lastLook(client, ref, options, tuning, result);
}

/** A stream's in-band error event (`{"error":{…}}`), with the HTTP status it stands for. */
class StreamError extends Error {
  constructor(
    message: string,
    readonly httpCode: number | undefined,
  ) {
    super(message);
  }
}

/** How long the read at the deadline may take: the wait must end close to its timeout, whatever the server does. */
const LAST_LOOK_MS = 1_000;

/** At the deadline, one fresh read: the state may have been reached between two observations. */
async function lastLook<T>(client: ArgocdClient, ref: AppRef, options: ObserveOptions<T>, tuning: ObserveTuning, timeout: ObserveResult<T> & { kind: 'timeout' }): Promise<ObserveResult<T>> {
  try {
    const limit = Math.min(tuning.pollTimeoutMs, LAST_LOOK_MS);
    const app = await client.getApplication(ref, { timeoutMs: limit, signal: AbortSignal.timeout(limit), retries: false });
    const evaluation = options.evaluate(app);
    return evaluation.done ? { kind: 'done', result: evaluation.result, app } : { kind: 'timeout', waitingFor: evaluation.waitingFor, app };
  } catch {
    return timeout;
  }
}

/** A sleep on the clock that `wake()` cuts short, so loops re-plan at once when the situation changes. */
class Wakeup {
  #wakers = new Set<AbortController>();

  constructor(private readonly clock: Clock) {}

  async sleep(ms: number): Promise<void> {
    const waker = new AbortController();
    this.#wakers.add(waker);
    try {
      await this.clock.sleep(Math.max(0, ms), waker.signal);
    } catch {
      // Woken early: the caller re-plans either way.
    } finally {
      this.#wakers.delete(waker);
    }
  }

  wake(): void {
    for (const waker of [...this.#wakers]) waker.abort();
  }
}
