import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';
import { runAction } from './helpers.js';

let argo: FakeArgocd;

beforeAll(async () => {
  argo = await startFakeArgocd({
    rootPath: '/argocd',
    apps: [
      { name: 'shop-api', labels: { team: 'shop' } },
      { name: 'shop-web', labels: { team: 'shop' }, scenario: { health: 'Degraded' } },
      { name: 'shop-jobs', labels: { team: 'shop' } },
      { name: 'billing', labels: { team: 'billing' } },
      { name: 'tenant', namespace: 'tenants' },
    ],
  });
});
afterAll(async () => argo?.stop());

describe('argocd-sync with several applications', () => {
  it('syncs the apps a selector picks, in parallel, and reports each with the worst status overall', async () => {
    const run = await runAction({ server: argo.url, 'auth-token': argo.token, selector: 'team=shop', concurrency: '2', 'degraded-grace': '0s' });
    expect(run.error?.message).toMatch(/^1 of 3 application\(s\) failed:\nargocd\/shop-web: The application is Degraded after the sync/);
    const apps = JSON.parse(run.outputs.get('applications')!) as Array<{ name: string; outcome: string }>;
    expect(apps.map((app) => [app.name, app.outcome]).sort()).toEqual([['shop-api', 'succeeded'], ['shop-jobs', 'succeeded'], ['shop-web', 'degraded']]);
    expect(run.outputs.get('health-status')).toBe('Degraded');
    expect(run.outputs.get('sync-status')).toBe('Synced');
    expect(run.io.summary).toContain('| argocd/shop-web | degraded |');
    expect(argo.requests.some((request) => request.path.includes('/billing'))).toBe(false);
    expect(argo.requests.every((request) => request.path.startsWith('/argocd/api/'))).toBe(true);
    expect(argo.specViolations).toEqual([]);
  });

  it('addresses an app in another namespace as namespace/name', async () => {
    const run = await runAction({ server: argo.url, 'auth-token': argo.token, applications: 'tenants/tenant\nbilling' });
    expect(run.error).toBeUndefined();
    const sync = argo.requests.find((request) => request.method === 'POST' && request.path.endsWith('/tenant/sync'));
    expect(sync?.body).toEqual({ appNamespace: 'tenants' });
    expect(run.outputs.get('revision')).toMatch(/^[0-9a-f]{40}$/);
    expect(argo.specViolations).toEqual([]);
  });

  it('says when a selector matches nothing', async () => {
    const run = await runAction({ server: argo.url, 'auth-token': argo.token, selector: 'team=nobody' });
    expect(run.error?.message).toContain('No application matches the selector "team=nobody"');
  });

  it('with wait false, returns once the sync is started', async () => {
    const run = await runAction({ server: argo.url, 'auth-token': argo.token, applications: 'billing', wait: 'false', revision: 'HEAD' });
    expect(run.error).toBeUndefined();
    expect(JSON.parse(run.outputs.get('applications')!)).toMatchObject([{ outcome: 'started' }]);
    expect(run.outputs.get('revision')).toMatch(/^[0-9a-f]{40}$/);
  });
});
