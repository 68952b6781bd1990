import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeSha, startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';
import { runAction } from './helpers.js';

let argo: FakeArgocd;
const inputs = (applications: string, extra: Record<string, string> = {}) => ({ server: argo.url, 'auth-token': argo.token, applications, ...extra });
const syncs = (name: string) => argo.requests.filter((request) => request.method === 'POST' && request.path.endsWith(`/${name}/sync`));

beforeAll(async () => {
  argo = await startFakeArgocd({
    revisions: { main: fakeSha('main'), release: fakeSha('release') },
    apps: [
      { name: 'own-options' },
      { name: 'flaky' },
      { name: 'proxied' },
      { name: 'partial' },
      { name: 'multi', sources: [{ repoURL: 'https://git.example.test/a.git', targetRevision: 'main' }, { repoURL: 'https://git.example.test/b.git', targetRevision: 'release' }] },
    ],
  });
  argo.app('own-options').update((app) => (app.spec.syncPolicy = { syncOptions: ['CreateNamespace=true', 'ServerSideApply=true'] }));
});
afterAll(async () => argo?.stop());

describe('argocd-sync request details', () => {
  it('apply-out-of-sync-only keeps the application\'s own sync options (a present list replaces them)', async () => {
    const run = await runAction(inputs('own-options', { 'apply-out-of-sync-only': 'true' }));
    expect(run.error).toBeUndefined();
    expect(syncs('own-options')[0]?.body).toEqual({ syncOptions: { items: ['CreateNamespace=true', 'ServerSideApply=true', 'ApplyOutOfSyncOnly=true'] } });
    // Given sync-options replace the app's own, as documented.
    await runAction(inputs('own-options', { 'apply-out-of-sync-only': 'true', 'sync-options': 'Replace=true' }));
    expect(syncs('own-options')[1]?.body).toEqual({ syncOptions: { items: ['Replace=true', 'ApplyOutOfSyncOnly=true'] } });
    expect(argo.specViolations).toEqual([]);
  });

  it('retries a sync answered 503 Unavailable by Argo CD; after a proxy 502 it first looks for its operation', async () => {
    argo.setBehaviour({ failures: [{ count: 1, status: 503, operationId: 'ApplicationService_Sync' }] });
    const run = await runAction(inputs('flaky'));
    expect(run.error).toBeUndefined();
    expect(syncs('flaky').map((request) => request.status)).toEqual([503, 200]);
    expect(run.io.text()).toContain('flaky: Argo CD is unavailable for now');

    // The 502 came before Argo CD saw the request: no operation of ours, so the sync is sent again.
    argo.setBehaviour({ failures: [{ count: 1, status: 502, format: 'proxy', operationId: 'ApplicationService_Sync' }] });
    const proxied = await runAction(inputs('proxied'));
    expect(proxied.error).toBeUndefined();
    expect(syncs('proxied').map((request) => request.status)).toEqual([502, 200]);
    expect(proxied.io.text()).toContain('proxied: the sync got no answer (Syncing application proxied failed: HTTP 502');
  });

  it('waits for the selected resources of a partial sync, a selection without namespace matching any (as Argo CD)', async () => {
    const run = await runAction(inputs('partial', { resources: 'apps:Deployment:partial', timeout: '10s' }), { fallbackPollMs: 100 });
    expect(run.error).toBeUndefined();
    expect(syncs('partial')[0]?.body).toEqual({ resources: [{ group: 'apps', kind: 'Deployment', name: 'partial', namespace: '' }] });
    expect(argo.specViolations).toEqual([]);
  });

  it('reports a multi-source application\'s revisions, pins one source by position, and refuses a bare revision', async () => {
    const run = await runAction(inputs('multi'));
    expect(run.error).toBeUndefined();
    expect(run.outputs.get('revision')).toBe(`${fakeSha('main')} ${fakeSha('release')}`);
    expect(JSON.parse(run.outputs.get('applications')!)).toMatchObject([{ name: 'multi', revisions: [fakeSha('main'), fakeSha('release')] }]);

    const before = syncs('multi').length;
    const bare = await runAction(inputs('multi', { revision: 'main' }));
    expect(bare.error?.message).toBe('Input "revision": a multi-source application takes POSITION=REVISION items, POSITION from 1 to 2 (its sources in order), e.g. 1=v1.2.3; got "main"');
    expect(syncs('multi')).toHaveLength(before);

    // `argocd app sync --revisions <older> --source-positions 2`: the second source pinned, the first at its target.
    const older = fakeSha('release@older');
    const pinned = await runAction(inputs('multi', { revision: `2=${older}`, timeout: '20s' }));
    expect(pinned.error).toBeUndefined();
    expect(syncs('multi').at(-1)?.body).toEqual({ revisions: [older], sourcePositions: [2] });
    expect(JSON.parse(pinned.outputs.get('applications')!)).toMatchObject([{ revisions: [fakeSha('main'), older], syncStatus: 'OutOfSync', notes: [expect.stringContaining('this sync deployed')] }]);
    expect(argo.specViolations).toEqual([]);
    const before2 = syncs('multi').length;
    expect((await runAction(inputs('multi', { revision: '3=v1' }))).error?.message).toContain('POSITION from 1 to 2');
    expect(syncs('multi')).toHaveLength(before2);
  });
});
