import { mkdtemp, rm } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa } from '../../harness/tls.js';
import { ARGOCD_VERSION, startFakeArgocd, type FakeArgocd } from './index.js';
import { call } from './test-client.js';

describe('fake Argo CD: wire, auth, spec validation, RBAC, faults', () => {
  let argo: FakeArgocd;
  let viewer: string;
  let noSync: string;
  const api = (p: string) => `${argo.url}/api/v1${p}`;

  beforeAll(async () => {
    argo = await startFakeArgocd({
      apps: [
        { name: 'demo', labels: { team: 'a' } },
        { name: 'other', project: 'secret', labels: { team: 'b' } },
      ],
      tokens: [{ subject: 'proj:default:viewer', projects: ['default'] }, { subject: 'ci', canSync: false }],
    });
    [viewer, noSync] = argo.extraTokens as [string, string];
  });
  afterAll(() => argo.stop());

  it('serves /api/version anonymously (Version only) and fully with a token', async () => {
    expect((await call(`${argo.url}/api/version`)).json).toEqual({ Version: ARGOCD_VERSION });
    const full = await call(`${argo.url}/api/version`, { token: argo.token });
    expect(full.json).toMatchObject({ Version: ARGOCD_VERSION, GitTag: 'v3.5.1' });
  });

  it('rejects missing, unknown and expired tokens with 401 code 16', async () => {
    const none = await call(api('/applications/demo'));
    expect([none.status, none.json]).toEqual([401, { error: 'no session information', code: 16, message: 'no session information' }]);
    // Argo CD ignores a bearer value that is not a 3-part JWT, so it is "no session", not "invalid".
    expect((await call(api('/applications/demo'), { headers: { Authorization: 'Bearer opaque' } })).json.error).toBe('no session information');
    const forged = await call(api('/applications/demo'), { token: 'a.b.c' });
    expect([forged.status, forged.json.code]).toEqual([401, 16]);
    expect(forged.json.message).toMatch(/^invalid session: /);
    const shortLived = argo.issueToken({ subject: 'temp' });
    expect((await call(api('/applications/demo'), { token: shortLived })).status).toBe(200);
    argo.expireToken(shortLived);
    const expired = await call(api('/applications/demo'), { token: shortLived });
    expect([expired.status, expired.json.message]).toEqual([401, 'invalid session: token has invalid claims: token is expired']);
  });

  it('logs in with username/password; the token works as bearer and as argocd.token cookie; userinfo never 401s', async () => {
    const bad = await call(api('/session'), { method: 'POST', body: { username: 'admin', password: 'nope' } });
    expect([bad.status, bad.json.message]).toEqual([401, 'Invalid username or password']);
    const login = await call(api('/session'), { method: 'POST', body: { username: 'admin', password: 'password' } });
    const token = String(login.json.token);
    expect(token.split('.')).toHaveLength(3);
    expect(login.headers.get('set-cookie')).toContain(`argocd.token=${token}`);
    expect((await call(api('/applications/demo'), { headers: { Cookie: `argocd.token=${token}` } })).status).toBe(200);
    expect((await call(api('/session/userinfo'), { token })).json).toEqual({ loggedIn: true, username: 'admin', iss: 'argocd' });
    const anonymous = await call(api('/session/userinfo'), { token: 'x.y.z' });
    expect([anonymous.status, anonymous.json]).toEqual([200, {}]);
  });

  it('rejects what the swagger does not have: unknown path 404, wrong method 405, unknown query 400, unknown body field 400', async () => {
    const before = argo.specViolations.length;
    const unknownPath = await call(api('/applications/demo/synchronise'), { token: argo.token, method: 'POST', body: {} });
    expect([unknownPath.status, unknownPath.contentType, unknownPath.text]).toEqual([404, 'text/plain; charset=utf-8', 'Not Found\n']);
    const wrongMethod = await call(api('/applications/demo/sync'), { token: argo.token });
    expect([wrongMethod.status, wrongMethod.text]).toEqual([405, 'Method Not Allowed\n']);
    const query = await call(api('/applications/demo?fields=status'), { token: argo.token });
    expect([query.status, query.json.code]).toEqual([400, 3]);
    // Sync's body is "*": appNamespace in the query is not part of the operation.
    const syncQuery = await call(api('/applications/demo/sync?appNamespace=argocd'), { token: argo.token, method: 'POST', body: {} });
    expect(syncQuery.status).toBe(400);
    const field = await call(api('/applications/demo/sync'), { token: argo.token, method: 'POST', body: { revision: 'HEAD', wait: true } });
    expect([field.status, field.json]).toEqual([400, { error: 'json: unknown field "wait"', code: 3, message: 'json: unknown field "wait"' }]);
    const swaggerOnlyShape = await call(api('/applications/demo/sync'), { token: argo.token, method: 'POST', body: { strategy: { hook: { syncStrategyApply: { force: true } } } } });
    expect(swaggerOnlyShape.json.message).toBe('json: unknown field "strategy.hook.syncStrategyApply"');
    const int64AsString = await call(api('/applications/demo/sync'), { token: argo.token, method: 'POST', body: { retryStrategy: { limit: '2' } } });
    expect(int64AsString.json.message).toMatch(/cannot unmarshal string .* of type int64/);
    expect(argo.specViolations.slice(before).map((v) => v.kind)).toEqual(['unknown-path', 'method-not-allowed', 'query-parameter', 'query-parameter', 'body', 'body', 'body']);
    expect(argo.app('demo').get().operation).toBeUndefined();
  });

  it('can ignore unknown fields like real Argo CD while still recording them', async () => {
    argo.setBehaviour({ rejectSpecViolations: false });
    try {
      const before = argo.specViolations.length;
      const res = await call(api('/applications/demo/sync'), { token: argo.token, method: 'POST', body: { dryRun: true, wait: true } });
      expect([res.status, argo.specViolations.slice(before).map((v) => v.detail)]).toEqual([200, ['json: unknown field "wait"']]);
    } finally {
      argo.setBehaviour({ rejectSpecViolations: true });
    }
  });

  it('enforces Content-Type exactly application/json on non-GET requests (415 text/plain)', async () => {
    const res = await call(api('/applications/demo/operation'), { token: argo.token, method: 'DELETE', headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    expect([res.status, res.text]).toEqual([415, 'Invalid content type\n']);
  });

  it('answers 403 for a missing or forbidden app without project, 404 with project', async () => {
    const denied = { error: 'permission denied', code: 7, message: 'permission denied' };
    expect((await call(api('/applications/ghost'), { token: argo.token })).json).toEqual(denied);
    expect((await call(api('/applications/other'), { token: viewer })).json).toEqual(denied);
    const missing = await call(api('/applications/ghost?project=default'), { token: argo.token });
    expect([missing.status, missing.json]).toEqual([404, { error: 'applications.argoproj.io "ghost" not found', code: 5, message: 'applications.argoproj.io "ghost" not found' }]);
    expect((await call(api('/applications/demo?project=secret'), { token: argo.token })).status).toBe(404);
    expect((await call(api('/applications/other?project=secret'), { token: viewer })).status).toBe(403);
    const syncMissing = await call(api('/applications/ghost/sync'), { token: argo.token, method: 'POST', body: { project: 'default' } });
    expect(syncMissing.status).toBe(404);
    const noSyncRight = await call(api('/applications/demo/sync'), { token: noSync, method: 'POST', body: {} });
    expect([noSyncRight.status, noSyncRight.json.code]).toEqual([403, 7]);
    expect(noSyncRight.json.message).toMatch(/^permission denied: applications, sync, default\/demo, sub: ci, iat: \d{4}-/);
  });

  it('lists apps filtered by selector and RBAC', async () => {
    const list = await call(api('/applications?selector=team%3Da'), { token: argo.token });
    expect((list.json.items as { metadata: { name: string } }[]).map((a) => a.metadata.name)).toEqual(['demo']);
    const visible = await call(api('/applications'), { token: viewer });
    expect((visible.json.items as { metadata: { name: string } }[]).map((a) => a.metadata.name)).toEqual(['demo']);
  });

  it('fails a burst of N requests with 503, optionally only one operation', async () => {
    argo.setBehaviour({ failures: [{ count: 2, operationId: 'ApplicationService_Get' }] });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(api('/applications/demo'), { token: argo.token })).status);
    expect(statuses).toEqual([503, 503, 200]);
    argo.setBehaviour({ failures: [{ count: 1, status: 502, format: 'proxy' }] });
    const proxy = await call(`${argo.url}/api/version`);
    expect([proxy.status, proxy.contentType]).toEqual([502, 'text/html']);
    expect((await call(`${argo.url}/api/version`)).status).toBe(200);
  });

  it('records requests with the authorization value redacted', async () => {
    await call(api('/applications/demo?appNamespace=argocd'), { token: argo.token });
    const last = argo.requests.at(-1);
    expect(last).toMatchObject({ method: 'GET', path: '/api/v1/applications/demo', operationId: 'ApplicationService_Get', query: { appNamespace: ['argocd'] }, status: 200 });
    expect(last?.headers.authorization).toBe('Bearer [redacted]');
    expect(JSON.stringify(argo.requests)).not.toContain(argo.token);
  });
});

describe('fake Argo CD over TLS under a root path', () => {
  let dir: string;
  let argo: FakeArgocd;
  let ca: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fake-argocd-tls-'));
    const testCa = await createTestCa(dir);
    ca = testCa.caCert;
    argo = await startFakeArgocd({ tls: { cert: testCa.serverCert, key: testCa.serverKey }, rootPath: '/argocd' });
  });
  afterAll(async () => {
    await argo.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the API under the prefix over verified TLS; without the prefix it is a Go 404, elsewhere the UI', async () => {
    const { readFile } = await import('node:fs/promises');
    const caPem = await readFile(ca);
    const get = (p: string) =>
      new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
        https.get(new URL(p, argo.url), { ca: caPem }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
        }).on('error', reject);
      });
    expect(argo.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/argocd$/);
    expect(JSON.parse((await get('/argocd/api/version')).body)).toEqual({ Version: ARGOCD_VERSION });
    expect(await get('/api/version')).toMatchObject({ status: 404, body: '404 page not found\n' });
    expect(await get('/argocd/applications')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  });
});
