import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSelfSignedCert, createTestCa, type TestCa } from '../../harness/tls.js';
import { startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';
import { runAction } from './helpers.js';

/** Issue 15 case 12: what users of the argocd CLI expect of the transport (ARGOCD_SERVER, host:port, --header, client certificates). */
let dir: string;
let ca: TestCa;
let client: { cert: string; key: string };
let argo: FakeArgocd;
let mutual: FakeArgocd;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'argocd-transport-'));
  ca = await createTestCa(dir);
  client = await createSelfSignedCert(dir, 'ci-client', 'ci.example.test');
  argo = await startFakeArgocd({ apps: [{ name: 'web' }], tls: { cert: ca.serverCert, key: ca.serverKey } });
  mutual = await startFakeArgocd({ apps: [{ name: 'web' }], tls: { cert: ca.serverCert, key: ca.serverKey, clientCa: client.cert } });
});
afterAll(async () => {
  await argo?.stop();
  await mutual?.stop();
  await rm(dir, { recursive: true, force: true });
});

const hostPort = (fake: FakeArgocd) => new URL(fake.url).host;

describe('issue 15 case 12: transport as the argocd CLI takes it', () => {
  it('takes the server from ARGOCD_SERVER as host:port, over https', async () => {
    const run = await runAction({ 'auth-token': argo.token, applications: 'web', 'ca-file': ca.caCert, timeout: '20s' }, undefined, { ARGOCD_SERVER: hostPort(argo) });
    expect(run.error).toBeUndefined();
    expect(run.io.text()).toContain(`at https://${hostPort(argo)}/`);
    const given = await runAction({ server: hostPort(argo), 'auth-token': argo.token, applications: 'web', 'ca-file': ca.caCert, timeout: '20s' });
    expect(given.error).toBeUndefined();
    const none = await runAction({ 'auth-token': argo.token, applications: 'web' });
    expect(none.error?.message).toBe('Input "server": is required (or the ARGOCD_SERVER environment variable)');
  });

  it('sends header lines on every request and masks their values', async () => {
    const before = argo.requests.length;
    const run = await runAction({
      server: argo.url, 'auth-token': argo.token, applications: 'web', 'ca-file': ca.caCert, timeout: '20s',
      header: 'CF-Access-Client-Id: ci.access\nCF-Access-Client-Secret: s3cret-value-of-the-proxy',
    });
    expect(run.error).toBeUndefined();
    const sent = argo.requests.slice(before);
    expect(sent.length).toBeGreaterThan(3);
    expect(sent.every((request) => request.headers['cf-access-client-secret'] === 's3cret-value-of-the-proxy' && request.headers['cf-access-client-id'] === 'ci.access')).toBe(true);
    expect(run.io.everything).not.toContain('s3cret-value-of-the-proxy');
  });

  it('refuses a header line without ":" naming the input, before any request', async () => {
    const before = argo.requests.length;
    const run = await runAction({ server: argo.url, 'auth-token': argo.token, applications: 'web', header: 'X-Good: 1\nBearer abc' });
    expect(run.error?.name).toBe('ConfigurationError');
    expect(run.error?.message).toBe('Input "header": line 2 has no ":"; expected "Name: value" per line');
    expect(argo.requests.length).toBe(before);
  });

  it('presents a client certificate to a server that requires one', async () => {
    const base = { server: mutual.url, 'auth-token': mutual.token, applications: 'web', 'ca-file': ca.caCert, timeout: '20s' };
    const without = await runAction(base);
    expect(without.error?.message).toMatch(/^Cannot reach Argo CD at https:\/\/127\.0\.0\.1:\d+: /);
    const withCert = await runAction({ ...base, 'client-cert': client.cert, 'client-key': client.key });
    expect(withCert.error).toBeUndefined();
    expect((await runAction({ ...base, 'client-cert': client.cert })).error?.message).toBe('Input "client-key": is required with client-cert');
  });
});
