import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArgocdClient } from '../../../src/core/argocd/client.js';
import { observeUntil, type Evaluation, type ObserveTuning } from '../../../src/core/argocd/observe.js';
import type { Application } from '../../../src/core/argocd/types.js';
import { systemClock, type Clock } from '../../../src/core/runtime.js';
import { startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';

/*
 * Every wait here ends on an event (the state reached, the stream given up, a count of connections seen) with a
 * deadline far beyond it, and the schedule is read from the sleeps the wait asks of its clock: nothing counts
 * requests inside a window of wall time, so a slow or loaded machine changes how long a test takes, not its result.
 */
let argo: FakeArgocd;
let client: ArgocdClient;
/** Far beyond any of these waits on a slow machine; a wait that reaches it is a failure. */
const DEADLINE_MS = 30_000;
const TUNING: Partial<ObserveTuning> = { fallbackPollMs: 100, streamPollMs: 5_000, reconnectBaseMs: 50, reconnectMaxMs: 200, streamIdleMs: 400, healthyStreamMs: 2_000, maxFailedStreams: 3 };
const healthy = (app: Application): Evaluation<string | undefined> =>
  app.status?.health?.status === 'Healthy' && app.status.sync?.status === 'Synced' ? { done: true, result: app.metadata?.resourceVersion } : { done: false, waitingFor: 'Synced+Healthy' };
const streams = (name: string) => argo.requests.filter((request) => request.path.endsWith('/stream/applications') && request.query.name?.[0] === name);
const polls = (name: string) => argo.requests.filter((request) => request.method === 'GET' && request.path.endsWith(`/applications/${name}`)).length;

/** The system clock, noting every sleep the wait asks of it: its schedule, read without timing anything. */
function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, now: systemClock.now, sleep: (ms, signal) => (sleeps.push(ms), systemClock.sleep(ms, signal)) };
}

/** A client that logs each read and watch it starts, in order with what the wait reports through `onDebug`. */
class LoggingClient extends ArgocdClient {
  readonly log: string[] = [];

  override getApplication(...args: Parameters<ArgocdClient['getApplication']>): ReturnType<ArgocdClient['getApplication']> {
    this.log.push('poll');
    return super.getApplication(...args);
  }

  override watchApplication(...args: Parameters<ArgocdClient['watchApplication']>): ReturnType<ArgocdClient['watchApplication']> {
    this.log.push('watch');
    return super.watchApplication(...args);
  }
}

beforeAll(async () => {
  argo = await startFakeArgocd({
    apps: [
      // Long enough in Progressing that polling at the fallback rate beside a delivering stream would show.
      { name: 'live', scenario: { progressingMs: 1_000 } },
      ...['stalled', 'dropped', 'quiet', 'gone', 'refreshed'].map((name) => ({ name })),
    ],
  });
  client = new ArgocdClient({ server: new URL(argo.url), token: argo.token });
});
afterAll(async () => argo?.stop());

async function syncAndObserve(name: string, tuning: Partial<ObserveTuning>) {
  const answer = await client.sync({ name }, {});
  return observeUntil(client, { name }, { deadline: Date.now() + DEADLINE_MS, resourceVersion: answer.metadata?.resourceVersion, evaluate: healthy, tuning });
}

describe('observeUntil', () => {
  it('follows the watch stream, polling only as a slow safety net', async () => {
    const logging = new LoggingClient({ server: new URL(argo.url), token: argo.token });
    const answer = await logging.sync({ name: 'live' }, {});
    const tuning = { ...TUNING, streamPollMs: 60_000, streamIdleMs: DEADLINE_MS };
    const onDebug = (message: string) => logging.log.push(message);
    const result = await observeUntil(logging, { name: 'live' }, { deadline: Date.now() + DEADLINE_MS, resourceVersion: answer.metadata?.resourceVersion, evaluate: healthy, tuning, onDebug });
    expect(result.kind).toBe('done');
    expect(logging.log.filter((entry) => entry === 'watch')).toHaveLength(1);
    // Before the stream delivers, the wait polls at the fallback rate (as often as the machine is slow); once it
    // delivers, not again: the rest of the wait (over a second in Progressing, ten fallback periods) has no poll.
    const delivering = logging.log.indexOf('live: watch stream delivering');
    expect(delivering).toBeGreaterThanOrEqual(0);
    expect(logging.log.slice(delivering)).not.toContain('poll');
  });

  it('falls back to polling when the stream stalls (open, silent)', async () => {
    argo.setBehaviour({ stream: { mode: 'stall', afterEvents: 0 } });
    const result = await syncAndObserve('stalled', TUNING);
    argo.setBehaviour({ stream: undefined });
    expect(result.kind).toBe('done');
    expect(polls('stalled')).toBeGreaterThan(0);
    expect(streams('stalled').length).toBeLessThanOrEqual(1 + 3);
  });

  it('reconnects a dropped stream a bounded number of times with back-off, then polls only', async () => {
    argo.setBehaviour({ stream: { mode: 'drop', afterEvents: 0 } });
    // Back-off delays above the poll interval, so the clock's sleeps tell the two loops apart.
    const tuning = { ...TUNING, fallbackPollMs: 100, reconnectBaseMs: 120, reconnectMaxMs: 400 };
    const clock = recordingClock();
    const debug: string[] = [];
    let pollsAfterGivingUp = 0;
    // The app never gets healthy (no sync): the wait ends on the third poll after the stream was given up.
    const evaluate = (): Evaluation<number> =>
      debug.some((message) => message.includes('given up')) && ++pollsAfterGivingUp >= 3 ? { done: true, result: pollsAfterGivingUp } : { done: false, waitingFor: 'three polls after giving up' };
    const result = await observeUntil(client, { name: 'dropped' }, { deadline: Date.now() + DEADLINE_MS, evaluate, tuning, clock, onDebug: (message) => debug.push(message) });
    argo.setBehaviour({ stream: undefined });
    expect(result).toMatchObject({ kind: 'done', result: 3 });
    expect(streams('dropped')).toHaveLength(1 + 3);
    expect(debug).toContain('dropped: watch stream given up after 4 failed attempts; polling only');
    // 120 ms, doubling, capped at 400 ms: one pause after each failed connection.
    expect(clock.sleeps.filter((ms) => ms > tuning.fallbackPollMs && ms <= tuning.reconnectMaxMs)).toEqual([120, 240, 400, 400]);
  });

  it('reconnects a stream that delivered and then went silent, from the last resourceVersion seen', async () => {
    // Each connection sends the current state, then stalls: only the idle time-out can notice it.
    argo.setBehaviour({ stream: { mode: 'stall', afterEvents: 1 } });
    const before = streams('quiet').length;
    // More connections than 1 + maxFailedStreams: a stream that lived and delivered is not a failure. Were it
    // counted as one, the wait would give the stream up and poll until the deadline, and end in a timeout.
    const wanted = before + 1 + 3 + 1;
    const evaluate = (): Evaluation<void> => (streams('quiet').length >= wanted ? { done: true, result: undefined } : { done: false, waitingFor: `${wanted} connections` });
    const result = await observeUntil(client, { name: 'quiet' }, { deadline: Date.now() + DEADLINE_MS, evaluate, tuning: { ...TUNING, streamIdleMs: 300, healthyStreamMs: 100 } });
    argo.setBehaviour({ stream: undefined });
    expect(result.kind).toBe('done');
    const watches = streams('quiet').slice(before);
    expect(watches.length).toBeGreaterThanOrEqual(1 + 3 + 1);
    const current = argo.app('quiet').get().metadata.resourceVersion;
    expect(watches.slice(1).every((request) => request.query.resourceVersion?.[0] === current)).toBe(true);
  });

  it("returns at once when the state is already reached, from the stream's first event", async () => {
    await syncAndObserve('quiet', TUNING);
    // No poll before the deadline: only the stream's first event can end this wait before it. Counted by the
    // client: a poll of the wait above may still reach the fake after it ended.
    const logging = new LoggingClient({ server: new URL(argo.url), token: argo.token });
    const result = await observeUntil(logging, { name: 'quiet' }, { deadline: Date.now() + DEADLINE_MS, evaluate: healthy, tuning: { ...TUNING, fallbackPollMs: DEADLINE_MS } });
    expect(result.kind).toBe('done');
    expect(logging.log).toEqual(['watch']);
  });

  it('asks for the refresh again when it failed, at the next observation', async () => {
    // The first refresh fails (503 before Argo CD sees it): the failure is set as the fake records the request,
    // before it handles it. Nothing else writes the app, so only a refresh that got through can end the wait.
    const push = argo.requests.push.bind(argo.requests);
    let failed = false;
    argo.requests.push = (...records) => {
      if (!failed && records.some((record) => record.query.refresh?.[0] === 'normal')) {
        failed = true;
        argo.setBehaviour({ failures: [{ count: 1, status: 503, operationId: 'ApplicationService_Get' }] });
      }
      return push(...records);
    };
    const start = argo.app('refreshed').get().metadata.resourceVersion;
    const evaluate = (app: Application): Evaluation<void> =>
      app.metadata?.resourceVersion !== start ? { done: true, result: undefined } : { done: false, waitingFor: 'a refresh', refresh: true };
    const result = await observeUntil(client, { name: 'refreshed' }, { deadline: Date.now() + DEADLINE_MS, evaluate, tuning: { ...TUNING, streamPollMs: 200 } });
    argo.requests.push = push;
    expect(result.kind).toBe('done');
    const refreshes = argo.requests.filter((request) => request.path.endsWith('/applications/refreshed') && request.query.refresh?.[0] === 'normal');
    // The second one's write ends the wait, maybe before its own answer is written: its status is not asserted.
    expect(refreshes).toHaveLength(2);
    expect(refreshes[0].status).toBe(503);
  });

  it('ends when the application is deleted, and when the caller cancels', async () => {
    const controller = new AbortController();
    const waiting = observeUntil(client, { name: 'gone' }, { deadline: Date.now() + DEADLINE_MS, evaluate: () => ({ done: false, waitingFor: 'never' }), tuning: TUNING, signal: controller.signal });
    setTimeout(() => argo.app('gone').delete(), 100);
    // From the stream's DELETED event, or (when the stream missed it) from the 403s that follow: the same words.
    expect(await waiting).toMatchObject({ kind: 'gone', message: expect.stringMatching(/^the application gone was deleted/) });
    controller.abort();
    const cancelled = await observeUntil(client, { name: 'live' }, { deadline: Date.now() + DEADLINE_MS, evaluate: () => ({ done: false, waitingFor: 'never' }), signal: controller.signal });
    expect(cancelled.kind).toBe('gone');
  });
});
