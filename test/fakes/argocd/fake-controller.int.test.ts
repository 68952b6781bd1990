import { afterEach, describe, expect, it } from 'vitest';
import { fakeSha, startFakeArgocd, type Application, type FakeArgocd, type FakeArgocdOptions } from './index.js';
import { waitFor } from '../../harness/tools.js';
import { call, openStream } from './test-client.js';

const MAIN = fakeSha('main@1');

describe('fake Argo CD: simulated controller and watch stream', () => {
  let argo: FakeArgocd;
  const start = async (options: FakeArgocdOptions) => (argo = await startFakeArgocd({ revisions: { main: MAIN }, ...options }));
  afterEach(() => argo.stop());
  const app = (suffix = '') => call(`${argo.url}/api/v1/applications/demo${suffix}`, { token: argo.token }).then((r) => r.json as unknown as Application);
  const sync = (body: unknown = {}) => call(`${argo.url}/api/v1/applications/demo/sync`, { token: argo.token, method: 'POST', body });
  const seed = { name: 'demo', source: { repoURL: 'https://git.example.test/d.git', path: 'demo', targetRevision: 'main' } };

  it('plays Running → Succeeded → reconciled Synced → Progressing → Healthy, step by step', async () => {
    await start({ clock: 'manual', apps: [seed] });
    const accepted = await sync({ prune: true });
    const requested = accepted.json as unknown as Application;
    expect(requested.operation).toMatchObject({ sync: { revision: MAIN, prune: true }, initiatedBy: { username: 'admin' } });
    expect(requested.status.operationState).toBeUndefined();
    expect(argo.advance()).toEqual(['demo: operation Running']);
    expect((await app()).status.operationState).toMatchObject({ phase: 'Running' });
    argo.advance();
    const done = await app();
    expect(done.operation).toBeUndefined();
    expect(done.status.operationState).toMatchObject({ phase: 'Succeeded', syncResult: { revision: MAIN }, finishedAt: expect.any(String) });
    expect(argo.advance()).toEqual(['demo: reconcile']);
    const reconciled = await app();
    expect(reconciled.status.sync).toEqual({ status: 'Synced', revision: MAIN });
    expect(reconciled.status.health.status).toBe('Progressing');
    expect(reconciled.status.reconciledAt! >= done.status.operationState!.finishedAt!).toBe(true);
    expect(argo.runAll()).toEqual(['demo: health Healthy']);
    expect((await app()).status.health).toEqual({ status: 'Healthy' });
  });

  it('runs on real short timers in auto mode', async () => {
    await start({ apps: [seed] });
    // The sync's own answer: a read after it may already see the end, the steps take 200 ms in all.
    expect(((await sync()).json as unknown as Application).status.sync.status).toBe('OutOfSync');
    let current = await app();
    await waitFor('the app Synced and Healthy', async () => {
      current = await app();
      return current.status.sync.status === 'Synced' && current.status.health.status === 'Healthy';
    }, { timeoutMs: 30_000, intervalMs: 20 });
    expect([current.status.operationState?.phase, current.status.sync.status, current.status.health.status]).toEqual(['Succeeded', 'Synced', 'Healthy']);
  });

  it('refuses a second sync with 400 code 9 while another operation (auto-sync) runs, then accepts', async () => {
    await start({ clock: 'manual', apps: [{ ...seed, automated: true }] });
    argo.app('demo').startForeignOperation({ scenario: { runningMs: 5000 } });
    expect((await app()).status.operationState).toMatchObject({ phase: 'Running', operation: { initiatedBy: { automated: true } } });
    const busy = await sync();
    expect([busy.status, busy.json]).toEqual([400, { error: 'another operation is already in progress', code: 9, message: 'another operation is already in progress' }]);
    argo.advance(5000);
    expect((await app()).operation).toBeUndefined();
    expect((await sync()).status).toBe(200);
    const pinned = await sync({ revision: 'v9' });
    expect(pinned.json.message).toBe('Cannot sync to v9: auto-sync currently set to main');
  });

  it('fails a sync with a message and per-resource results; retries keep Running with finishedAt and retryCount', async () => {
    await start({ clock: 'manual', apps: [{ ...seed, scenario: { phase: 'Failed', failedResources: [{ kind: 'Deployment', name: 'demo', message: 'admission webhook denied' }] } }] });
    await sync({ retryStrategy: { limit: 1, backoff: { duration: '5s', factor: 2, maxDuration: '3m0s' } } });
    argo.advance();
    argo.advance();
    const retrying = (await app()).status.operationState!;
    expect(retrying).toMatchObject({ phase: 'Running', retryCount: 1, finishedAt: expect.any(String) });
    expect(retrying.message).toMatch(/^one or more objects failed to apply, reason: admission webhook denied\. Retrying attempt #1 at \d+:\d\d[AP]M\.$/);
    argo.runAll();
    const failed = await app();
    expect(failed.operation).toBeUndefined();
    expect(failed.status.operationState).toMatchObject({ phase: 'Failed', message: 'one or more objects failed to apply, reason: admission webhook denied' });
    expect(failed.status.operationState!.syncResult!.resources!.map((r) => [r.kind, r.status])).toEqual([['Deployment', 'SyncFailed'], ['Service', 'Synced']]);
    expect(failed.status.sync.status).toBe('OutOfSync');
  });

  it('ends Degraded when the scenario says so, with the failing resource in the tree', async () => {
    await start({ clock: 'manual', apps: [{ ...seed, scenario: { health: 'Degraded' } }] });
    await sync();
    argo.runAll();
    expect((await app()).status.health.status).toBe('Degraded');
    const tree = await call(`${argo.url}/api/v1/applications/demo/resource-tree`, { token: argo.token });
    expect((tree.json.nodes as { kind: string; health?: { status: string; message?: string } }[]).find((n) => n.kind === 'Deployment')?.health).toEqual({
      status: 'Degraded', message: 'Deployment "demo" exceeded its progress deadline',
    });
  });

  it('terminates a running operation (Terminating → Failed "Operation terminated"); 400 when there is none', async () => {
    await start({ clock: 'manual', apps: [seed] });
    const del = () => call(`${argo.url}/api/v1/applications/demo/operation`, { token: argo.token, method: 'DELETE' });
    const none = await del();
    expect([none.status, none.json.code, none.json.message]).toEqual([400, 3, 'Unable to terminate operation. No operation is in progress']);
    await sync();
    argo.advance();
    expect([(await del()).status, (await app()).status.operationState?.phase]).toEqual([200, 'Terminating']);
    argo.runAll();
    expect((await app()).status.operationState).toMatchObject({ phase: 'Failed', message: 'Operation terminated' });
  });

  it('blocks GET ?refresh=hard until the (slow) controller reconciles, and re-resolves the branch', async () => {
    await start({ clock: 'manual', apps: [{ ...seed, syncStatus: 'Synced' }], behaviour: { hardRefreshDelayMs: 30_000 } });
    expect((await app()).status.sync).toEqual({ status: 'Synced', revision: MAIN });
    const pushed = fakeSha('main@2');
    argo.setRevision('main', pushed);
    let settled = false;
    const refreshing = app('?refresh=hard').then((a) => ((settled = true), a));
    // Until the request reaches the fake nothing is pending; from then on the manual clock holds it.
    await waitFor('the hard refresh to reach the controller', async () => argo.pendingSteps().length > 0, { timeoutMs: 30_000, intervalMs: 5 });
    expect([settled, argo.pendingSteps()]).toEqual([false, ['demo: hard refresh']]);
    argo.advance(30_000);
    const refreshed = await refreshing;
    expect(refreshed.status.sync).toEqual({ status: 'OutOfSync', revision: pushed });
    expect(refreshed.metadata.annotations).toBeUndefined();
  });

  it('streams ADDED then MODIFIED lines; a missing app stays silent; stall and drop faults', async () => {
    await start({ clock: 'manual', apps: [seed] });
    const auth = { Authorization: `Bearer ${argo.token}` };
    const watchUrl = (name: string) => `${argo.url}/api/v1/stream/applications?name=${name}&appNamespace=argocd`;
    const healthy = openStream(watchUrl('demo'), auth);
    const ghost = openStream(watchUrl('ghost'), auth);
    expect(await Promise.all([healthy.status, ghost.status])).toEqual([200, 200]);
    // A fault applies to the next stream connections, so each stream is connected before the next fault is set.
    argo.setBehaviour({ stream: { mode: 'stall', afterEvents: 0, connections: 1 } });
    const stalled = openStream(watchUrl('demo'), auth);
    expect(await stalled.status).toBe(200);
    argo.setBehaviour({ stream: { mode: 'drop', afterEvents: 2, connections: 1 } });
    const dropped = openStream(watchUrl('demo'), auth);
    expect(await dropped.status).toBe(200);
    const sse = openStream(watchUrl('demo'), { ...auth, Accept: 'text/event-stream' });
    expect(await sse.status).toBe(200);
    expect((await healthy.headers)['content-type']).toBe('application/json');
    await sync();
    argo.runAll();
    const lines = await healthy.waitForLines(6);
    const events = lines.map((l) => JSON.parse(l) as { result: { type: string; application: Application } });
    expect(events[0]?.result.type).toBe('ADDED');
    expect(events.slice(1).every((e) => e.result.type === 'MODIFIED')).toBe(true);
    expect(events.map((e) => e.result.application.status.operationState?.phase ?? '-')).toContain('Running');
    expect(await dropped.ended).toBe('aborted');
    expect(dropped.lines()).toHaveLength(2);
    expect((await sse.waitForLines(1))[0]).toMatch(/^data: \{"result":\{"type":"ADDED"/);
    // Exact SSE framing: `data: <json> ` + blank line + the gateway's delimiter newline.
    expect(sse.raw()).toMatch(/^data: \{"result":\{"type":"ADDED".*\}\} \n\n\n/);
    expect((await sse.headers)['content-type']).toBe('text/event-stream');
    // Any other Accept, even one listing text/event-stream, gets newline-delimited JSON.
    const mixed = openStream(watchUrl('demo'), { ...auth, Accept: 'text/event-stream, application/json' });
    expect((await mixed.waitForLines(1))[0]).toMatch(/^\{"result":\{"type":"ADDED"/);
    mixed.close();
    // Everything was written in the same synchronous writes that reached `healthy`: the others got nothing.
    expect([ghost.raw(), stalled.raw()]).toEqual(['', '']);
    for (const s of [healthy, ghost, stalled, sse]) s.close();
  });

  it('answers a watch without a token with the stream error envelope', async () => {
    await start({ apps: [seed] });
    const res = await call(`${argo.url}/api/v1/stream/applications?name=demo`);
    expect([res.status, res.json]).toEqual([401, { error: { grpc_code: 16, http_code: 401, message: 'no session information', http_status: 'Unauthorized' } }]);
  });
});
