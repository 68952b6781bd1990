import { mkdir, writeFile } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARGO_TOKEN, hostileServer, leaks, leftIn, PASSWORD, runCli, sandbox, USERNAME, userReadable, type HostileServer, type Sandbox } from './hostile.js';

/**
 * Servers that give the credentials back, in every form a real one has been seen to: in a
 * distribution error's message or detail (CNCF distribution's errcode package JSON-encodes it),
 * past the 300-character cut, URL-encoded, as the Authorization header it received, as a token it
 * issued; Argo CD's login error body (gRPC-gateway `{"error","code","message"}`); git's `ERR`
 * pkt-line, which git prints as `fatal: remote error: …` (git/connect.c, die on "ERR ").
 */

let box: Sandbox;
let server: HostileServer | undefined;
beforeEach(async () => {
  box = await sandbox('echo');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await box.remove();
});

type Reply = { status: number; type?: string; body: string; headers?: Record<string, string> };

function send(response: http.ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, { 'content-type': reply.type ?? 'application/json', ...reply.headers });
  response.end(reply.body);
}

const distributionError = (message: string, detail?: unknown) => JSON.stringify({ errors: [{ code: 'DENIED', message, ...(detail === undefined ? {} : { detail }) }] });
/** Go's encoding/json escapes <, > and & as \u003c, \u003e, \u0026. */
const goJson = (text: string) => JSON.stringify(text).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

async function pushArtifact(): Promise<string[]> {
  await mkdir(path.join(box.workspace, 'manifests'), { recursive: true });
  await writeFile(path.join(box.workspace, 'manifests', 'app.yaml'), 'kind: ConfigMap\n');
  return ['--url', `oci://${server!.host}/team/manifests:v1`, '--path', 'manifests', '--insecure', 'true', '--username', USERNAME];
}

/** A registry that wants Basic auth, then answers each authenticated request with `reply`. */
const basicRegistry = (reply: (authorization: string) => Reply) => (request: http.IncomingMessage, response: http.ServerResponse) => {
  const authorization = request.headers.authorization;
  if (!authorization) send(response, { status: 401, body: distributionError('authentication required'), headers: { 'www-authenticate': 'Basic realm="hostile"' } });
  else send(response, reply(authorization));
};

const REGISTRY_ECHOES: Array<[string, (authorization: string) => Reply]> = [
  ['the password in an error message', () => ({ status: 403, body: distributionError(`denied for password ${PASSWORD}`) })],
  ['the Authorization header it received', (authorization) => ({ status: 403, body: distributionError(`rejected header ${authorization}`) })],
  ['the password in a JSON detail object (escaped again on the way out)', () => ({ status: 403, body: distributionError('denied', { password: PASSWORD }) })],
  ['the password straddling the 300-character cut of a detail', () => ({ status: 403, body: distributionError('denied', `${'d'.repeat(288)}${PASSWORD}`) })],
  ['the password straddling the cut of a plain-text body', () => ({ status: 400, type: 'text/plain', body: `${'t'.repeat(292)}${PASSWORD} and more` })],
  ['the password URL-encoded', () => ({ status: 403, body: distributionError(`see /login?user=${USERNAME}&password=${encodeURIComponent(PASSWORD)}`) })],
  ['the password base64-encoded alone', () => ({ status: 403, body: distributionError(`secret ${Buffer.from(PASSWORD).toString('base64')}`) })],
  ['the password in Go-escaped JSON (\\u003c for <)', () => ({ status: 403, body: `{"errors":[{"code":"DENIED","message":${goJson(`bad ${PASSWORD}`)}}]}` })],
  ['the password on a 500 answer (retried, then quoted)', () => ({ status: 500, body: distributionError(`internal: ${PASSWORD}`) })],
];

describe('[echo] a registry echoing the password back to push-oci-artifact', () => {
  it.each(REGISTRY_ECHOES)('[echo] %s', async (_, reply) => {
    server = await hostileServer(basicRegistry(reply));
    const run = await runCli(box, 'push-oci-artifact', await pushArtifact(), { INPUT_PASSWORD: PASSWORD });
    expect(run.code, run.stderr).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(server.requests.some((request) => request.authorization?.startsWith('Basic '))).toBe(true);
    // The echo reached the user, masked: the test would pass vacuously if the message were dropped.
    expect(run.stderr).toContain('***');
    expect(leaks(await userReadable(box, run), PASSWORD)).toEqual([]);
    expect(await leftIn(box.runnerTemp)).toEqual([]);
  });

  it('[echo] a token service echoing the identity token it issued, and the registry quoting it', async () => {
    const issued = 'issued"Tok\\en/+&<tk>-9f8e7d6c5b4a';
    server = await hostileServer((request, response) => {
      if (request.url?.startsWith('/token')) return send(response, { status: 200, body: JSON.stringify({ token: issued, access_token: issued }) });
      const authorization = request.headers.authorization;
      if (!authorization?.startsWith('Bearer ')) {
        return send(response, { status: 401, body: distributionError('token required'), headers: { 'www-authenticate': `Bearer realm="${server!.url}/token",service="hostile",scope="repository:team/manifests:pull,push"` } });
      }
      send(response, { status: 403, body: distributionError(`token ${authorization} for ${issued} lacks push`, { token: issued }) });
    });
    const run = await runCli(box, 'push-oci-artifact', await pushArtifact(), { INPUT_PASSWORD: PASSWORD });
    expect(run.code, run.stderr).not.toBe(0);
    const readable = await userReadable(box, run);
    expect(leaks(readable, issued)).toEqual([]);
    expect(leaks(readable, PASSWORD)).toEqual([]);
  });

  it('[echo] a token service refusing the login and quoting the form it was sent', async () => {
    server = await hostileServer((request, response) => {
      if (request.url?.startsWith('/token')) {
        return send(response, { status: 401, type: 'text/plain', body: `bad credentials: ${request.headers.authorization} user=${USERNAME}&password=${encodeURIComponent(PASSWORD)} ${JSON.stringify(PASSWORD)}` });
      }
      send(response, { status: 401, body: distributionError('token required'), headers: { 'www-authenticate': `Bearer realm="${server!.url}/token",service="hostile"` } });
    });
    const run = await runCli(box, 'push-oci-artifact', await pushArtifact(), { INPUT_PASSWORD: PASSWORD });
    expect(run.code, run.stderr).not.toBe(0);
    expect(leaks(await userReadable(box, run), PASSWORD)).toEqual([]);
  });
});

describe('[echo] an Argo CD echoing the credentials back to argocd-sync', () => {
  const argocd = (token: string | undefined) => ['--server', server!.url, '--applications', 'web', ...(token ? [] : ['--username', 'admin'])];

  it('[echo] a login error quoting the password, JSON-escaped', async () => {
    server = await hostileServer((_, response, body) => {
      const sent = body.toString('utf8');
      send(response, { status: 401, body: JSON.stringify({ error: `invalid login: ${sent}`, code: 16, message: `invalid username or password ${sent}` }) });
    });
    const run = await runCli(box, 'argocd-sync', argocd(undefined), { INPUT_PASSWORD: PASSWORD });
    expect(run.code, run.stderr).not.toBe(0);
    expect(server.requests.map((request) => request.path)).toContain('/api/v1/session');
    expect(leaks(await userReadable(box, run), PASSWORD, 'admin')).toEqual([]);
  });

  it('[echo] a non-JSON error whose first line puts the token across the cut', async () => {
    server = await hostileServer((request, response) => {
      send(response, { status: 502, type: 'text/plain', body: `${'g'.repeat(280)}${request.headers.authorization ?? ''}\nsecond line` });
    });
    const run = await runCli(box, 'argocd-sync', argocd(ARGO_TOKEN), { INPUT_AUTH_TOKEN: ARGO_TOKEN });
    expect(run.code, run.stderr).not.toBe(0);
    expect(server.requests.some((request) => request.authorization === `Bearer ${ARGO_TOKEN}`)).toBe(true);
    expect(leaks(await userReadable(box, run), ARGO_TOKEN)).toEqual([]);
  });

  it('[echo] the API quoting the Authorization header in a gRPC error message', async () => {
    server = await hostileServer((request, response) => {
      if (request.url === '/api/version') return send(response, { status: 200, body: JSON.stringify({ Version: 'v3.5.1' }) });
      send(response, { status: 403, body: JSON.stringify({ error: 'denied', code: 7, message: `permission denied: ${request.headers.authorization} ${encodeURIComponent(ARGO_TOKEN)}` }) });
    });
    const run = await runCli(box, 'argocd-sync', argocd(ARGO_TOKEN), { INPUT_AUTH_TOKEN: ARGO_TOKEN });
    expect(run.code, run.stderr).not.toBe(0);
    expect(server.requests.some((request) => request.authorization === `Bearer ${ARGO_TOKEN}`)).toBe(true);
    expect(leaks(await userReadable(box, run), ARGO_TOKEN)).toEqual([]);
  });
});

/** One pkt-line (git's Documentation/gitprotocol-common.txt): 4 hex digits of length, then the data. */
const pktLine = (data: string) => `${(Buffer.byteLength(data) + 4).toString(16).padStart(4, '0')}${data}`;

describe('[echo] a git server echoing the token back to bump-manifest', () => {
  const GIT_USER = 'x-access-token';
  const bump = () => ['--repository', `${server!.url}/org/config.git`, '--image', 'ghcr.io/org/app:1.2.3', '--files', '**/*.yaml'];
  const ERRORS: Array<[string, (authorization: string) => string]> = [
    ['the Authorization header it received, in an ERR line', (authorization) => `ERR access denied for ${authorization}`],
    ['the token URL-encoded and JSON-escaped', () => `ERR {"token":${JSON.stringify(PASSWORD)},"url":"?t=${encodeURIComponent(PASSWORD)}"}`],
    ['the decoded user:token pair', (authorization) => `ERR bad pair ${Buffer.from(authorization.replace(/^Basic /, ''), 'base64').toString('utf8')}`],
  ];

  it.each(ERRORS)('[echo] %s', async (_, message) => {
    server = await hostileServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/x-git-upload-pack-advertisement', 'cache-control': 'no-cache' });
      response.end(`${pktLine('# service=git-upload-pack\n')}0000${pktLine(`${message(request.headers.authorization ?? 'none')}\n`)}`);
    });
    const run = await runCli(box, 'bump-manifest', bump(), { INPUT_TOKEN: PASSWORD });
    expect(run.code, run.stderr).not.toBe(0);
    expect(server.requests[0]?.authorization).toMatch(/^Basic /);
    // git said something: the error is quoted, only masked.
    expect(run.stderr).toContain('remote error');
    expect(run.stderr).toContain('***');
    expect(leaks(await userReadable(box, run), PASSWORD, GIT_USER)).toEqual([]);
    expect(await leftIn(box.runnerTemp)).toEqual([]);
  });

  it('[echo] a malformed repository URL holding a token is refused without echoing the token', async () => {
    const run = await runCli(box, 'bump-manifest', ['--repository', `https://user:${PASSWORD}@git.example.com/org/config.git`, '--image', 'ghcr.io/org/app:1.2.3', '--files', 'a.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('repository');
    expect(leaks(await userReadable(box, run), PASSWORD, 'user')).toEqual([]);
  });
});

describe('[cleartext] argocd-sync over plain http://', () => {
  const refusing = () => hostileServer((_, response) => send(response, { status: 401, body: JSON.stringify({ error: 'no', code: 16, message: 'invalid token' }) }));

  it('[cleartext] warns before a token goes to a host that is not loopback, and shows none of it', async () => {
    server = await refusing();
    // 0.0.0.0 reaches this machine's listeners on Linux, yet is not a loopback address by name.
    const run = await runCli(box, 'argocd-sync', ['--server', server.url.replace('127.0.0.1', '0.0.0.0'), '--applications', 'web'], { INPUT_AUTH_TOKEN: ARGO_TOKEN });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/warning: .*plain http:\/\/.*auth-token goes over the network unencrypted/);
    expect(leaks(await userReadable(box, run), ARGO_TOKEN)).toEqual([]);
  });

  it('[cleartext] says nothing over loopback, where nothing leaves the machine', async () => {
    server = await refusing();
    const run = await runCli(box, 'argocd-sync', ['--server', server.url, '--applications', 'web'], { INPUT_AUTH_TOKEN: ARGO_TOKEN });
    expect(run.code).not.toBe(0);
    expect(server.requests.length).toBeGreaterThan(0);
    expect(run.stderr).not.toContain('unencrypted');
  });
});
