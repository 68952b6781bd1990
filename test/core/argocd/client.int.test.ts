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

describe('ArgocdClient watch errors', () => {
  it('reads a stream 401 that arrives framed as a server-sent event, instead of showing it raw', async () => {
    const token = argo.issueToken({ subject: 'ci' });
    argo.expireToken(token);
    const client = new ArgocdClient({ server: new URL(argo.url), token });
    const failure = await (async () => {
      for await (const event of client.watchApplication({ name: 'web' }, { idleTimeoutMs: 30_000 })) return new Error(`an event: ${event.kind}`);
      return new Error('no error');
    })().catch((error: unknown) => error as Error);
    expect(failure.message).toBe('Watching application web failed: Argo CD rejected the credentials (HTTP 401: invalid session: token has invalid claims: token is expired). The auth-token is invalid, expired or revoked, or the login failed.');
  });
});
