import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';
import { runAction, runToTimeoutAt, until } from './helpers.js';

let argo: FakeArgocd;
const inputs = (applications: string, extra: Record<string, string> = {}) => ({ server: argo.url, 'auth-token': argo.token, applications, ...extra });

beforeAll(async () => {
  argo = await startFakeArgocd({
    apps: [
      { name: 'ok' },
      { name: 'broken', scenario: { phase: 'Failed', failedResources: [{ kind: 'Deployment', name: 'broken', message: 'spec.replicas: Invalid value: -1' }] } },
      { name: 'sick', scenario: { health: 'Degraded' } },
      { name: 'leftovers', scenario: { pruneSkipped: [{ kind: 'ConfigMap', name: 'old-config' }] } },
      { name: 'slow', scenario: { progressingMs: 60_000 } },
      { name: 'paused', scenario: { health: 'Suspended' } },
      { name: 'doomed', scenario: { runningMs: 60_000 } },
      { name: 'preview' },
      { name: 'multi', sources: [{ repoURL: 'https://git.example.test/a.git', targetRevision: 'HEAD' }, { repoURL: 'https://git.example.test/b.git', targetRevision: 'HEAD' }] },
    ],
  });
});
afterAll(async () => argo?.stop());

describe('argocd-sync wait outcomes', () => {
  it('succeeds once our operation succeeded and the app is Synced at our revision and Healthy', async () => {
    const run = await runAction(inputs('ok'));
    expect(run.error).toBeUndefined();
    const sha = argo.app('ok').get().status.sync.revision;
    expect(run.outputs.get('revision')).toBe(sha);
    expect(Object.fromEntries(run.outputs)).toMatchObject({ 'sync-status': 'Synced', 'health-status': 'Healthy', 'operation-phase': 'Succeeded' });
    expect(JSON.parse(run.outputs.get('applications')!)).toMatchObject([{ name: 'ok', outcome: 'succeeded', revision: sha }]);
    expect(run.io.summary).toContain('| ok | succeeded |');
    const sync = argo.requests.find((request) => request.method === 'POST' && request.path.endsWith('/ok/sync'));
    expect(sync?.headers['content-type']).toBe('application/json');
    expect(sync?.body).toEqual({});
    expect(argo.specViolations).toEqual([]);
    expect(run.io.everything).not.toContain(argo.token);
  });

  it('fails on a failed operation, naming the failed resource and the operation message', async () => {
    const run = await runAction(inputs('broken'));
    expect(run.error?.message).toContain('The sync operation ended with phase Failed');
    expect(run.error?.message).toMatch(/Deployment broken \(namespace [a-z-]+\): SyncFailed.*spec\.replicas: Invalid value: -1/);
    expect(run.outputs.get('operation-phase')).toBe('Failed');
    expect(run.io.summary).toContain('#### Failures');
  });

  it('fails fast when the app turns Degraded after the sync', async () => {
    const run = await runAction(inputs('sick', { timeout: '1m', 'degraded-grace': '0s' }));
    expect(run.error?.message).toContain('Degraded after the sync');
    expect(run.error?.message).toMatch(/Deployment sick .*Degraded: Deployment "sick" exceeded its progress deadline/);
    expect(run.outputs.get('health-status')).toBe('Degraded');
    expect(JSON.parse(run.outputs.get('applications')!)[0].durationMs).toBeLessThan(60_000);
  });

  it('fails when resources need pruning and prune is off', async () => {
    const run = await runAction(inputs('leftovers'));
    expect(run.error?.message).toContain('1 resource(s) require pruning');
  });

  it('times out with what it was waiting for and which resources are not Healthy', async () => {
    const run = await runToTimeoutAt(inputs('slow'), 'slow: waiting for health Healthy (it is Progressing)');
    expect(run.error?.message).toContain('Timed out after 10m waiting for slow: still waiting for health Healthy (it is Progressing)');
    expect(run.error?.message).toMatch(/Deployment slow .*Progressing/);
    expect(run.outputs.get('health-status')).toBe('Progressing');
  });

  it('waits for Suspended to count only with accept-suspended, and skips health with health-check false', async () => {
    const accepted = await runAction(inputs('paused', { 'accept-suspended': 'true' }));
    expect(accepted.error).toBeUndefined();
    expect(accepted.outputs.get('health-status')).toBe('Suspended');
    const noHealth = await runAction(inputs('slow', { 'health-check': 'false' }));
    expect(noHealth.error).toBeUndefined();
    expect(noHealth.outputs.get('health-status')).toBe('Progressing');
  });

  it('reports an application deleted during the wait', async () => {
    const running = runAction(inputs('doomed'));
    await until(() => argo.app('doomed').get().operation !== undefined, 'the operation');
    argo.app('doomed').delete();
    const run = await running;
    expect(run.error?.message).toContain('the application doomed was deleted');
  });

  it('ends a dry run when its operation succeeds, and sends only the fields asked for', async () => {
    const run = await runAction(inputs('preview', { 'dry-run': 'true', prune: 'true', force: 'true', 'apply-out-of-sync-only': 'true' }));
    expect(run.error).toBeUndefined();
    expect(run.io.summary).toContain('(dry run)');
    const sync = argo.requests.find((request) => request.method === 'POST' && request.path.endsWith('/preview/sync'));
    expect(sync?.body).toEqual({ dryRun: true, prune: true, strategy: { hook: { force: true } }, syncOptions: { items: ['ApplyOutOfSyncOnly=true'] } });
    expect(argo.specViolations).toEqual([]);
  });

  it('matches a multi-source application by its per-source revisions', async () => {
    const run = await runAction(inputs('multi'));
    expect(run.error).toBeUndefined();
    expect(run.outputs.get('sync-status')).toBe('Synced');
  });
});
