import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArgocdClient } from '../../../src/core/argocd/client.js';
import { observeUntil, type ObserveTuning } from '../../../src/core/argocd/observe.js';
import type { Application } from '../../../src/core/argocd/types.js';
import { startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';

let argo: FakeArgocd;
let client: ArgocdClient;
const TUNING: Partial<ObserveTuning> = { fallbackPollMs: 100, streamPollMs: 5_000, reconnectBaseMs: 50, reconnectMaxMs: 200, streamIdleMs: 400, healthyStreamMs: 2_000, maxFailedStreams: 3 };
const healthy = (app: Application) =>
  app.status?.health?.status === 'Healthy' && app.status.sync?.status === 'Synced' ? { done: true as const, result: app.metadata?.resourceVersion } : { done: false as const, waitingFor: 'Synced+Healthy' };
const streams = () => argo.requests.filter((request) => request.path.endsWith('/stream/applications')).length;
const polls = (name: string) => argo.requests.filter((request) => request.method === 'GET' && request.path.endsWith(`/applications/${name}`)).length;

beforeAll(async () => {
  argo = await startFakeArgocd({ apps: ['live', 'stalled', 'dropped', 'quiet', 'gone'].map((name) => ({ name })) });
  client = new ArgocdClient({ server: new URL(argo.url), token: argo.token });
});
afterAll(async () => argo?.stop());

async function syncAndObserve(name: string, tuning: Partial<ObserveTuning>, deadlineMs = 10_000) {
  const answer = await client.sync({ name }, {});
  return observeUntil(client, { name }, { deadline: Date.now() + deadlineMs, resourceVersion: answer.metadata?.resourceVersion, evaluate: healthy, tuning });
}

describe('observeUntil', () => {
  it('follows the watch stream, polling only as a slow safety net', async () => {
    const result = await syncAndObserve('live', TUNING);
    expect(result.kind).toBe('done');
    expect(streams()).toBe(1);
    expect(polls('live')).toBe(0);
  });

  it('falls back to polling when the stream stalls (open, silent)', async () => {
    argo.setBehaviour({ stream: { mode: 'stall', afterEvents: 0 } });
    const before = streams();
    const result = await syncAndObserve('stalled', TUNING);
    expect(result.kind).toBe('done');
    expect(polls('stalled')).toBeGreaterThan(0);
    expect(streams() - before).toBeLessThanOrEqual(1 + 3);
  });

  it('reconnects a dropped stream a bounded number of times, then polls only', async () => {
    argo.setBehaviour({ stream: { mode: 'drop', afterEvents: 0 } });
    const before = streams();
    // The app never gets healthy without a sync: the wait ends at the deadline, having polled throughout.
    const result = await observeUntil(client, { name: 'dropped' }, { deadline: Date.now() + 1_500, evaluate: healthy, tuning: TUNING });
    expect(result).toMatchObject({ kind: 'timeout', waitingFor: 'Synced+Healthy' });
    expect(streams() - before).toBe(1 + 3);
    expect(polls('dropped')).toBeGreaterThanOrEqual(8);
    argo.setBehaviour({ stream: undefined });
  });

  it('reconnects a stream that delivered and then went silent, from the last resourceVersion seen', async () => {
    // Each connection sends the current state, then stalls: only the idle time-out can notice it.
    argo.setBehaviour({ stream: { mode: 'stall', afterEvents: 1 } });
    const before = argo.requests.length;
    const result = await observeUntil(client, { name: 'quiet' }, { deadline: Date.now() + 1_500, evaluate: () => ({ done: false, waitingFor: 'never' }), tuning: { ...TUNING, streamIdleMs: 300, healthyStreamMs: 100 } });
    argo.setBehaviour({ stream: undefined });
    expect(result.kind).toBe('timeout');
    const watches = argo.requests.slice(before).filter((request) => request.path.endsWith('/stream/applications'));
    expect(watches.length).toBeGreaterThanOrEqual(3);
    expect(watches.length).toBeLessThanOrEqual(6);
    const current = argo.app('quiet').get().metadata.resourceVersion;
    expect(watches.slice(1).every((request) => request.query.resourceVersion?.[0] === current)).toBe(true);
  });

  it('returns at once when the state is already reached, from the stream\'s first event', async () => {
    await syncAndObserve('quiet', TUNING);
    const started = Date.now();
    const result = await observeUntil(client, { name: 'quiet' }, { deadline: Date.now() + 5_000, evaluate: healthy, tuning: TUNING });
    expect(result.kind).toBe('done');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('ends when the application is deleted, and when the caller cancels', async () => {
    const controller = new AbortController();
    const waiting = observeUntil(client, { name: 'gone' }, { deadline: Date.now() + 5_000, evaluate: () => ({ done: false, waitingFor: 'never' }), tuning: TUNING, signal: controller.signal });
    setTimeout(() => argo.app('gone').delete(), 100);
    // From the stream's DELETED event, or (when the stream missed it) from the 403s that follow: the same words.
    expect(await waiting).toMatchObject({ kind: 'gone', message: expect.stringMatching(/^the application gone was deleted/) });
    controller.abort();
    const cancelled = await observeUntil(client, { name: 'live' }, { deadline: Date.now() + 5_000, evaluate: () => ({ done: false, waitingFor: 'never' }), signal: controller.signal });
    expect(cancelled.kind).toBe('gone');
  });
});
