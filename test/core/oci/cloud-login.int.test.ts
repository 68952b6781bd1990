import { testParseContext, withTestRuntime } from '../../runtime.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition as buildPush } from '../../../src/actions/build-push/definition.js';
import { parseBuildPushInputs } from '../../../src/actions/build-push/inputs.js';
import { builderLogin } from '../../../src/actions/build-push/registry.js';
import { definition } from '../../../src/actions/push-oci-artifact/definition.js';
import { runPushOciArtifact } from '../../../src/actions/push-oci-artifact/run.js';
import { readCiContext } from '../../../src/core/context.js';
import { InputReader, inputSourceFromObject } from '../../../src/core/inputs.js';
import { signV4 } from '../../../src/core/oci/aws-sigv4.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { closeServer, freePort, makeTempDir, removeDir, run, startRegistry, startTokenAuthRegistry, type Registry, type TokenRegistry } from '../../harness/index.js';

// The provider input against local stand-ins of the clouds' token services, in front of a real
// registry whose htpasswd holds the logins those services hand out.

const ECR_PASSWORD = 'ecr-password-from-token';
const GCP_TOKEN = 'ya29.gcp-access-token';
const KEYS = { AWS_ACCESS_KEY_ID: 'AKIDSTANDIN', AWS_SECRET_ACCESS_KEY: 'stand-in-secret-key', AWS_SESSION_TOKEN: 'stand-in-session' };

let registry: Registry;
let scratch: string;
let workspace: string;
let ecr: { server: http.Server; url: string; calls: string[] };
let metadata: { server: http.Server; host: string; calls: string[] };

/**
 * ECR's GetAuthorizationToken (AWS JSON 1.1 protocol: POST /, X-Amz-Target names the operation),
 * refusing a request whose SigV4 signature does not match what arrived, as AWS does.
 */
async function startEcrStandIn(): Promise<typeof ecr> {
  const calls: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const target = req.headers['x-amz-target'];
      const date = String(req.headers['x-amz-date']);
      const signedNames = /SignedHeaders=([^,]+)/.exec(req.headers.authorization ?? '')?.[1]?.split(';') ?? [];
      const signed = Object.fromEntries(signedNames.filter((n) => !['host', 'x-amz-date', 'x-amz-security-token'].includes(n)).map((n) => [n, String(req.headers[n])]));
      const when = new Date(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`);
      const expected = signV4(
        { method: req.method ?? '', url: new URL(req.url ?? '/', `http://${req.headers.host}`), headers: signed, body },
        { accessKeyId: KEYS.AWS_ACCESS_KEY_ID, secretAccessKey: KEYS.AWS_SECRET_ACCESS_KEY, sessionToken: String(req.headers['x-amz-security-token']) },
        'us-east-1',
        'ecr',
        when,
      ).Authorization;
      const ok = target === 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken' && req.headers.authorization === expected && req.headers['x-amz-security-token'] === KEYS.AWS_SESSION_TOKEN;
      calls.push(ok ? 'signed' : 'refused');
      res.writeHead(ok ? 200 : 403, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify(ok ? { authorizationData: [{ authorizationToken: Buffer.from(`AWS:${ECR_PASSWORD}`).toString('base64'), expiresAt: 1e10, proxyEndpoint: `https://${registry.host}` }] } : { __type: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls };
}

/** The GCE metadata server's token endpoint, which answers only with the Metadata-Flavor header. */
async function startMetadataStandIn(): Promise<typeof metadata> {
  const calls: string[] = [];
  const server = http.createServer((req, res) => {
    const ok = req.url === '/computeMetadata/v1/instance/service-accounts/default/token' && req.headers['metadata-flavor'] === 'Google';
    calls.push(ok ? 'token' : `refused ${req.url}`);
    res.writeHead(ok ? 200 : 403, { 'content-type': 'application/json', 'metadata-flavor': 'Google' });
    res.end(ok ? JSON.stringify({ access_token: GCP_TOKEN, expires_in: 3599, token_type: 'Bearer' }) : 'Missing Metadata-Flavor');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, host: `127.0.0.1:${(server.address() as AddressInfo).port}`, calls };
}

beforeAll(async () => {
  registry = await startRegistry({ auth: 'htpasswd', users: { AWS: ECR_PASSWORD, oauth2accesstoken: GCP_TOKEN } });
  [ecr, metadata] = await Promise.all([startEcrStandIn(), startMetadataStandIn()]);
  scratch = await makeTempDir('cloud-login');
  workspace = path.join(scratch, 'workspace');
  mkdirSync(path.join(workspace, 'deploy'), { recursive: true });
  writeFileSync(path.join(workspace, 'deploy', 'app.yaml'), 'kind: ConfigMap\n');
});
afterAll(async () => {
  await Promise.all([registry?.stop(), ecr && closeServer(ecr.server), metadata && closeServer(metadata.server)]);
  if (scratch) await removeDir(scratch);
});

async function push(repository: string, values: Record<string, string>, extraEnv: Record<string, string>, host = registry.host) {
  const env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: scratch, HOME: scratch, ...extraEnv };
  const context = readCiContext({ GITHUB_SHA: 'c0ffee'.padEnd(40, '0'), GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'org/app' });
  const io = new RecordingIO();
  const inputs = definition.parse(new InputReader(definition.inputs, inputSourceFromObject({ url: `oci://${host}/${repository}:v1`, path: 'deploy', ...values })), testParseContext({ env, ci: context }));
  return { ...(await withTestRuntime({ env, ci: context, io }, (runtime) => runPushOciArtifact(inputs, runtime))), io };
}

const inspect = async (reference: string, creds: string): Promise<string> =>
  (await run('skopeo', ['inspect', '--raw', '--tls-verify=false', '--creds', creds, `docker://${registry.host}/${reference}`])).stdout;

describe('provider: aws', () => {
  it('logs in with the token of a signed GetAuthorizationToken, and masks it', async () => {
    const result = await push('ecr/app', { provider: 'aws' }, { ...KEYS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_ECR: ecr.url });
    expect(ecr.calls).toEqual(['signed']);
    expect(JSON.parse(await inspect('ecr/app:v1', `AWS:${ECR_PASSWORD}`))).toMatchObject({ schemaVersion: 2 });
    expect(result.io.secrets.has(ECR_PASSWORD)).toBe(true);
    expect(result.io.everything).not.toContain(KEYS.AWS_SECRET_ACCESS_KEY);
  });

  it('without AWS keys: a clear error naming the input, nothing asked, nothing pushed', async () => {
    const calls = ecr.calls.length;
    await expect(push('ecr/none', { provider: 'aws' }, { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_ECR: ecr.url })).rejects.toMatchObject({
      input: 'provider',
      message: expect.stringContaining('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set'),
    });
    expect(ecr.calls.length).toBe(calls);
    await expect(inspect('ecr/none:v1', `AWS:${ECR_PASSWORD}`)).rejects.toThrow();
  });

  it("hands build-push's builder the same ECR login", async () => {
    const env = { ...KEYS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_ECR: ecr.url, GITHUB_WORKSPACE: workspace };
    const inputs = parseBuildPushInputs(new InputReader(buildPush.inputs, inputSourceFromObject({ image: `${registry.host}/ecr/built`, provider: 'aws' })), testParseContext({ env }));
    expect(await builderLogin(inputs, new RecordingIO(), env)).toEqual({ registry: registry.host, username: 'AWS', password: ECR_PASSWORD });
  });

  it('refuses username and password along with a provider', () => {
    const context = readCiContext({ GITHUB_SHA: 'c0ffee'.padEnd(40, '0'), GITHUB_REPOSITORY: 'org/app' });
    const values = { url: `oci://${registry.host}/x/y`, path: 'deploy', provider: 'aws', username: 'u', password: 'p' };
    expect(() => definition.parse(new InputReader(definition.inputs, inputSourceFromObject(values)), testParseContext({ env: { GITHUB_WORKSPACE: workspace }, ci: context }))).toThrow(/Input "provider": is aws/);
  });
});

describe('provider: gcp', () => {
  it('logs in as oauth2accesstoken with the metadata server token', async () => {
    await push('gar/app', { provider: 'gcp' }, { GCE_METADATA_HOST: metadata.host });
    expect(metadata.calls).toEqual(['token']);
    expect(JSON.parse(await inspect('gar/app:v1', `oauth2accesstoken:${GCP_TOKEN}`))).toMatchObject({ schemaVersion: 2 });
  });

  it('takes GOOGLE_OAUTH_ACCESS_TOKEN first, and without any token names the input', async () => {
    const calls = metadata.calls.length;
    await push('gar/env', { provider: 'gcp' }, { GOOGLE_OAUTH_ACCESS_TOKEN: GCP_TOKEN, GCE_METADATA_HOST: metadata.host });
    expect(metadata.calls.length).toBe(calls);
    const nobody = `127.0.0.1:${await freePort()}`;
    await expect(push('gar/none', { provider: 'gcp' }, { GCE_METADATA_HOST: nobody })).rejects.toMatchObject({ input: 'provider', message: expect.stringContaining('no Google access token') });
    await expect(inspect('gar/none:v1', `oauth2accesstoken:${GCP_TOKEN}`)).rejects.toThrow();
  });
});

describe('provider: azure', () => {
  const AZURE = { AZURE_TENANT_ID: 'tenant-1', AZURE_CLIENT_ID: 'client-1', AZURE_CLIENT_SECRET: 'client-secret-value' };
  const AAD_TOKEN = 'aad-access-token';
  const REFRESH = 'acr-refresh-token';
  let acr: TokenRegistry;
  let entra: { server: http.Server; url: string; calls: string[] };
  let front: { server: http.Server; host: string; calls: string[] };

  beforeAll(async () => {
    // ACR's realm takes its refresh tokens in the OAuth2 POST, for the fixed user of `az acr login`.
    acr = await startTokenAuthRegistry({ refreshTokens: { [REFRESH]: '00000000-0000-0000-0000-000000000000' } });
    entra = await startFormServer((url, form) => {
      const ok = url === '/tenant-1/oauth2/v2.0/token' && form.get('grant_type') === 'client_credentials' && form.get('client_id') === 'client-1' && form.get('client_secret') === 'client-secret-value';
      return ok ? { access_token: AAD_TOKEN, token_type: 'Bearer', expires_in: 3599 } : undefined;
    });
    // The registry host: ACR's /oauth2/exchange, everything else forwarded to the real registry.
    front = await startFormServer(
      (url, form) =>
        url === '/oauth2/exchange' && form.get('grant_type') === 'access_token' && form.get('access_token') === AAD_TOKEN && form.get('tenant') === 'tenant-1' && form.get('service') === front.host
          ? { refresh_token: REFRESH }
          : undefined,
      acr.url,
    );
  });
  afterAll(async () => {
    await Promise.all([acr?.stop(), entra && closeServer(entra.server), front && closeServer(front.server)]);
  });

  it('exchanges the service principal token for an ACR refresh token, and pushes with it', async () => {
    const { io } = await push('acr/app', { provider: 'azure' }, { ...AZURE, AZURE_AUTHORITY_HOST: entra.url }, front.host);
    expect(entra.calls).toEqual(['ok /tenant-1/oauth2/v2.0/token']);
    expect(front.calls).toEqual(['ok /oauth2/exchange']);
    expect(acr.token.requests.map((r) => `${r.method} ${r.status} ${r.scopes.join(' ')}`)).toEqual(['POST 200 repository:acr/app:pull,push']);
    const manifest = (await run('skopeo', ['inspect', '--raw', '--tls-verify=false', '--creds', `${acr.username}:${acr.password}`, `docker://${acr.host}/acr/app:v1`])).stdout;
    expect(JSON.parse(manifest)).toMatchObject({ schemaVersion: 2 });
    for (const secret of [AAD_TOKEN, REFRESH, AZURE.AZURE_CLIENT_SECRET]) expect(io.secrets.has(secret)).toBe(true);
  });

  it('without the service principal: a clear error naming the input, nothing asked', async () => {
    const calls = entra.calls.length;
    await expect(push('acr/none', { provider: 'azure' }, { AZURE_AUTHORITY_HOST: entra.url }, front.host)).rejects.toMatchObject({
      input: 'provider',
      message: expect.stringContaining('AZURE_TENANT_ID'),
    });
    expect(entra.calls.length).toBe(calls);
  });
});

/**
 * A server answering form POSTs with `answer(path, form)` (401 when it gives nothing), and
 * forwarding anything else to `upstream` when given, Host header kept so Locations point back here.
 */
async function startFormServer(answer: (url: string, form: URLSearchParams) => object | undefined, upstream?: string): Promise<{ server: http.Server; url: string; host: string; calls: string[] }> {
  const calls: string[] = [];
  const target = upstream ? new URL(upstream) : undefined;
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || !req.url?.includes('oauth2')) {
      if (!target) return void res.writeHead(404).end();
      const forward = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      });
      forward.once('error', () => req.socket.destroy());
      return void req.pipe(forward);
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const result = answer(req.url ?? '', new URLSearchParams(body));
      calls.push(`${result ? 'ok' : 'refused'} ${req.url}`);
      res.writeHead(result ? 200 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result ?? { error: 'invalid_request' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url: `http://${host}`, host, calls };
}
