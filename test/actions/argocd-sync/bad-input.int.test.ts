import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa, type TestCa } from '../../harness/tls.js';
import { startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';
import { runAction } from './helpers.js';

let argo: FakeArgocd;
let secure: FakeArgocd;
let ca: TestCa;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'argocd-sync-'));
  ca = await createTestCa(dir);
  argo = await startFakeArgocd({ apps: [{ name: 'web' }, { name: 'team-a', project: 'team-a' }], users: { ci: 'hunter2-long-password' } });
  secure = await startFakeArgocd({ apps: [{ name: 'web' }], tls: { cert: ca.serverCert, key: ca.serverKey }, rootPath: '/argocd' });
});
afterAll(async () => {
  await argo?.stop();
  await secure?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('argocd-sync bad input and failures', () => {
  it('says the server cannot be reached, and which', async () => {
    const run = await runAction({ server: 'http://127.0.0.1:9', 'auth-token': argo.token, applications: 'web' });
    expect(run.error?.message).toBe('Cannot reach Argo CD at http://127.0.0.1:9: Connection refused by http://127.0.0.1:9: nothing listens there.');
  });

  it('rejects a malformed URL or token before any request, naming the input', async () => {
    const before = argo.requests.length;
    expect((await runAction({ server: 'ftp://argocd.example.com', 'auth-token': argo.token, applications: 'web' })).error?.message).toContain('Input "server": expected an http:// or https:// URL');
    expect((await runAction({ server: 'argo cd', 'auth-token': argo.token, applications: 'web' })).error?.message).toContain('Input "server": expected a URL such as');
    expect((await runAction({ server: `${argo.url}/api/v1`, 'auth-token': argo.token, applications: 'web' })).error?.message).toContain('without /api');
    const notJwt = await runAction({ server: argo.url, 'auth-token': 'plain-secret-value', applications: 'web' });
    expect(notJwt.error?.message).toContain('Input "auth-token": is not an Argo CD token');
    expect(notJwt.io.everything).not.toContain('plain-secret-value');
    expect((await runAction({ server: argo.url, 'auth-token': argo.token })).error?.message).toContain('Input "applications"');
    expect(argo.requests.length).toBe(before);
  });

  it('says the token is invalid or expired, without showing it', async () => {
    const token = argo.issueToken({ subject: 'ci' });
    argo.expireToken(token);
    const expired = await runAction({ server: argo.url, 'auth-token': token, applications: 'web' });
    expect(expired.error?.message).toContain('does not accept the auth-token: it is invalid, expired or revoked');
    expect(expired.io.everything).not.toContain(token);
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJldmUifQ.c2lnbmF0dXJl';
    const invalid = await runAction({ server: argo.url, 'auth-token': forged, applications: 'web' });
    expect(invalid.error?.message).toContain('invalid, expired or revoked');
    expect(invalid.io.everything).not.toContain(forged);
  });

  it('logs in with username and password and masks the session token', async () => {
    const run = await runAction({ server: argo.url, username: 'ci', password: 'hunter2-long-password', applications: 'web' });
    expect(run.error).toBeUndefined();
    expect(run.io.everything).not.toContain('hunter2-long-password');
    expect(run.io.secrets.size).toBeGreaterThanOrEqual(3); // password, session token, its Authorization header
    const wrong = await runAction({ server: argo.url, username: 'ci', password: 'not-the-password', applications: 'web' });
    expect(wrong.error?.message).toContain('Logging in to Argo CD failed: Argo CD rejected the credentials (HTTP 401: Invalid username or password)');
    expect(wrong.io.everything).not.toContain('not-the-password');
  });

  it('says a missing application is missing or forbidden (403), or missing in the project (404)', async () => {
    const unknown = await runAction({ server: argo.url, 'auth-token': argo.token, applications: 'nope' });
    expect(unknown.error?.message).toContain('Reading application nope failed: the application does not exist or the token may not read it');
    const inProject = await runAction({ server: argo.url, 'auth-token': argo.token, applications: 'nope', project: 'team-a' });
    expect(inProject.error?.message).toContain('Reading application nope failed: not found (HTTP 404: applications.argoproj.io "nope" not found)');
    expect(JSON.parse(inProject.outputs.get('applications')!)).toMatchObject([{ name: 'nope', outcome: 'error' }]);
  });

  it('ties a revision Argo CD cannot resolve to the revision input (exit 2), and an unknown app to applications', async () => {
    const before = argo.requests.length;
    const run = await runAction({ server: argo.url, 'auth-token': argo.token, applications: 'web', revision: 'no-such-branch' });
    expect(run.error?.name).toBe('ConfigurationError');
    expect(run.error?.message).toBe(
      `Input "revision": Argo CD cannot resolve "no-such-branch" in the application's repository: error resolving repo revision: rpc error: code = Unknown desc = unable to resolve 'no-such-branch' to a commit SHA`,
    );
    expect(argo.requests.slice(before).filter((request) => request.method === 'POST').map((request) => request.status)).toEqual([400]);
    const unknown = await runAction({ server: argo.url, 'auth-token': argo.token, applications: 'nope' });
    expect(unknown.error?.message).toContain('Check the applications input, and set the project input to tell the two apart.');
  });

  it('says when the token may read but not sync', async () => {
    const readOnly = argo.issueToken({ subject: 'proj:team-a:viewer', projects: ['team-a'], canSync: false });
    const run = await runAction({ server: argo.url, 'auth-token': readOnly, applications: 'team-a', project: 'team-a' });
    expect(run.error?.message).toMatch(/Syncing application team-a failed: permission denied \(HTTP 403: permission denied: applications, sync, team-a\/team-a/);
    expect(run.io.everything).not.toContain(readOnly);
    // Without project too: the app was just read, so the denial must not be explained as "does not exist".
    const unscoped = await runAction({ server: argo.url, 'auth-token': readOnly, applications: 'team-a' });
    expect(unscoped.error?.message).toMatch(/Syncing application team-a failed: permission denied \(HTTP 403: permission denied: applications, sync, team-a\/team-a, sub: proj:team-a:viewer, iat: [^)]*\)\. The token's role lacks this permission/);
  });

  it('fails TLS verification clearly, and passes with ca-file or with insecure', async () => {
    const base = { server: secure.url, 'auth-token': secure.token, applications: 'web' };
    const unverified = await runAction(base);
    expect(unverified.error?.message).toMatch(/^Cannot reach Argo CD at https:\/\/127\.0\.0\.1:\d+\/argocd: TLS verification failed .*ca-file/);
    expect((await runAction({ ...base, 'ca-file': ca.caCert })).error).toBeUndefined();
    const insecure = await runAction({ ...base, insecure: 'true' });
    expect(insecure.error).toBeUndefined();
    expect(insecure.io.text('warning')).toContain('TLS certificate verification is off');
    expect((await runAction({ ...base, 'ca-file': path.join(dir, 'missing.pem') })).error?.message).toBe(`Input "ca-file": "${path.join(dir, 'missing.pem')}" does not exist`);
  });

  it('says when the URL reaches something that is not the API (a wrong path prefix)', async () => {
    const run = await runAction({ server: secure.url.replace('/argocd', '/wrong'), 'auth-token': secure.token, applications: 'web', 'ca-file': ca.caCert });
    expect(run.error?.message).toContain('not found (HTTP 404: 404 page not found)');
  });

  it('retries a transient 503 on reads', async () => {
    argo.setBehaviour({ failures: [{ count: 1, status: 503, operationId: 'ApplicationService_Get' }] });
    const run = await runAction({ server: argo.url, 'auth-token': argo.token, applications: 'web' });
    expect(run.error).toBeUndefined();
    expect(run.io.text()).toContain('Reading application web: attempt 1 failed (HTTP 503)');
  });

  it('bounds the refresh by refresh-timeout', async () => {
    argo.setBehaviour({ hardRefreshDelayMs: 5_000 });
    const run = await runAction({ server: argo.url, 'auth-token': argo.token, applications: 'web', refresh: 'hard', 'refresh-timeout': '300ms' });
    argo.setBehaviour({ hardRefreshDelayMs: 30 });
    expect(run.error?.message).toContain('The hard refresh of web did not finish within refresh-timeout (300ms)');
    const normal = await runAction({ server: argo.url, 'auth-token': argo.token, applications: 'web', refresh: 'normal' });
    expect(normal.error).toBeUndefined();
    expect(argo.requests.some((request) => request.query.refresh?.[0] === 'normal')).toBe(true);
  });
});
