import { afterEach, describe, expect, it } from 'vitest';
import { fakeSha, startFakeArgocd, type Application, type FakeArgocd, type FakeArgocdOptions } from './index.js';
import { waitFor } from '../../harness/tools.js';
import { call, openStream } from './test-client.js';

const MAIN = fakeSha('main@1');

describe('fake Argo CD: the real controller\'s model', () => {
  let argo: FakeArgocd;
  const start = async (options: FakeArgocdOptions) => (argo = await startFakeArgocd({ revisions: { main: MAIN }, clock: 'manual', ...options }));
  afterEach(() => argo.stop());
  const app = () => call(`${argo.url}/api/v1/applications/demo`, { token: argo.token }).then((r) => r.json as unknown as Application);
  const sync = (body: unknown = {}) => call(`${argo.url}/api/v1/applications/demo/sync`, { token: argo.token, method: 'POST', body });
  const seed = { name: 'demo', source: { repoURL: 'https://git.example.test/d.git', path: 'demo', targetRevision: 'main' } };

  it('keeps Synced when the branch moves to a commit with the same manifests, and reports the new head', async () => {
    await start({ apps: [seed] });
    await sync();
    argo.advance();
    const unrelated = fakeSha('main@2');
    argo.setRevision('main', unrelated, { sameManifestsAs: MAIN });
    argo.runAll();
    expect((await app()).status.sync).toEqual({ status: 'Synced', revision: unrelated });
    // A commit that changes the app's manifests: the next reconcile (here a refresh) finds it OutOfSync.
    const related = fakeSha('main@3');
    argo.setRevision('main', related);
    const refreshing = call(`${argo.url}/api/v1/applications/demo?refresh=normal`, { token: argo.token });
    await waitFor('the refresh to reach the controller', async () => argo.pendingSteps().length > 0, { timeoutMs: 30_000, intervalMs: 5 });
    argo.advance();
    expect(((await refreshing).json as unknown as Application).status.sync).toEqual({ status: 'OutOfSync', revision: related });
  });

  it('takes a truncated SHA as given, and reports the full SHA in the result', async () => {
    await start({ apps: [seed] });
    const accepted = (await sync({ revision: MAIN.slice(0, 7) })).json as unknown as Application;
    expect(accepted.operation?.sync.revision).toBe(MAIN.slice(0, 7));
    argo.runAll();
    expect((await app()).status.operationState).toMatchObject({ phase: 'Succeeded', syncResult: { revision: MAIN } });
    const unknown = (await sync({ revision: 'deadbee' })).json as unknown as Application;
    expect(unknown.operation?.sync.revision).toBe('deadbee');
    argo.runAll();
    expect((await app()).status.operationState).toMatchObject({ phase: 'Error' });
  });

  it('inherits the app\'s retry policy; retry.refresh clears the revision and the retry syncs the head', async () => {
    await start({ apps: [{ ...seed, retry: { limit: 1, refresh: true }, scenario: { failedAttempts: 1 } }] });
    await sync();
    argo.advance();
    argo.advance();
    expect((await app()).status.operationState).toMatchObject({ phase: 'Running', retryCount: 1, operation: { retry: { limit: 1, refresh: true } } });
    const pushed = fakeSha('main@2');
    argo.setRevision('main', pushed);
    argo.advance();
    const retrying = (await app()).status.operationState!;
    expect([retrying.operation.sync.revision, retrying.message]).toEqual([undefined, 'Retrying operation with latest revisions. Attempt #1']);
    argo.runAll();
    expect((await app()).status.operationState).toMatchObject({ phase: 'Succeeded', syncResult: { revision: pushed } });
  });

  it('keeps the operation Running through a hook while the app already shows Synced and Healthy', async () => {
    await start({ apps: [{ ...seed, scenario: { hookMs: 1_000 } }] });
    await sync();
    argo.advance();
    argo.advance();
    const hooked = await app();
    expect([hooked.status.operationState?.phase, hooked.status.sync.status, hooked.status.health.status]).toEqual(['Running', 'Synced', 'Healthy']);
    expect(hooked.status.operationState?.message).toBe('waiting for completion of hook batch/Job/demo-post-sync');
    argo.runAll();
    expect((await app()).status.operationState?.phase).toBe('Succeeded');
  });

  it('passes health through Degraded during a rollout', async () => {
    await start({ apps: [{ ...seed, scenario: { degradedBlipMs: 500 } }] });
    await sync();
    expect(argo.runAll()).toEqual(['demo: operation Running', 'demo: finish attempt 1', 'demo: reconcile', 'demo: health Degraded (brief)', 'demo: health Healthy']);
  });

  it('answers a sync 400 code 9 wrapping Unavailable while the repo-server is down, a bad selector 500', async () => {
    await start({ apps: [seed], behaviour: { repoServerDownSyncs: 1 } });
    const down = await sync();
    expect([down.status, down.json.code]).toEqual([400, 9]);
    expect(down.json.message).toMatch(/^error resolving repo revision: rpc error: code = Unavailable desc = /);
    expect((await sync()).status).toBe(200);
    const bad = await call(`${argo.url}/api/v1/applications?selector=${encodeURIComponent('team in (a')}`, { token: argo.token });
    expect([bad.status, bad.json.code]).toEqual([500, 2]);
    expect((await call(`${argo.url}/api/v1/applications?selector=team%3Da`, { token: argo.token })).status).toBe(200);
  });

  it('answers 403 for a Kubernetes read error, can lose an answer after applying', async () => {
    await start({ apps: [seed], behaviour: { failures: [{ count: 1, status: 403, operationId: 'ApplicationService_Get' }] } });
    expect((await call(`${argo.url}/api/v1/applications/demo`, { token: argo.token })).json).toEqual({ error: 'permission denied', code: 7, message: 'permission denied' });
    argo.setBehaviour({ failures: [{ count: 1, status: 504, when: 'after', operationId: 'ApplicationService_Sync' }] });
    expect((await sync()).status).toBe(504);
    expect((await app()).operation?.initiatedBy).toEqual({ username: 'admin' });
  });

  it('frames a stream 401 as an event for an SSE client; a not-found fault is a proxy 404', async () => {
    await start({ apps: [seed] });
    const sse = openStream(`${argo.url}/api/v1/stream/applications?name=demo`, { Accept: 'text/event-stream' });
    expect([await sse.status, (await sse.headers)['content-type']]).toEqual([401, 'text/event-stream']);
    await sse.ended;
    expect(sse.raw()).toBe('data: {"error":{"grpc_code":16,"http_code":401,"message":"no session information","http_status":"Unauthorized"}} \n\n');
    argo.setBehaviour({ stream: { mode: 'not-found' } });
    const routed = await call(`${argo.url}/api/v1/stream/applications?name=demo`, { token: argo.token });
    expect([routed.status, routed.text]).toEqual([404, '404 page not found\n']);
  });
});
