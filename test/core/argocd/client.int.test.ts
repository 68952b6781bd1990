import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArgocdClient } from '../../../src/core/argocd/client.js';
import { startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';

let argo: FakeArgocd;

beforeAll(async () => {
  argo = await startFakeArgocd({ apps: [{ name: 'web' }], behaviour: { refreshDelayMs: 5_000 } });
});
afterAll(async () => argo?.stop());

describe('ArgocdClient', () => {
  it('names the step a time-out hit, keeping the connection error\'s code', async () => {
    const client = new ArgocdClient({ server: new URL(argo.url), token: argo.token, requestTimeoutMs: 200 });
    const failure: Error & { code?: string } = await client.getApplication({ name: 'web' }, { refresh: 'normal', retries: false }).then(
      () => new Error('no time-out'),
      (error: unknown) => error as Error & { code?: string },
    );
    expect(failure.message).toMatch(/^Reading application web: Timed out waiting for http:\/\/127\.0\.0\.1:\d+\.$/);
    expect(failure.code).toBe('REQUEST_TIMEOUT');
    expect(failure.message).not.toContain(argo.token);
  });
});
