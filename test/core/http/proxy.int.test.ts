import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitRunner } from '../../../src/core/git/runner.js';
import { HttpConnectionError } from '../../../src/core/http/errors.js';
import { curlProxyEnv, proxySettings } from '../../../src/core/http/proxy.js';
import { send } from '../../../src/core/http/request.js';
import { configurationErrorOf } from '../../configuration-error.js';
import { startForwardProxy, type ForwardProxy } from '../../fakes/forward-proxy.js';
import { createTestCa, isolatedGitEnv, makeTempDir, removeDir, startGitServer, type GitServer, type TestCa } from '../../harness/index.js';

const PROXY_VARIABLES = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'];

/** Sets the proxy variables for one test, as a runner's environment would; the rest are unset. */
function useProxyEnv(values: Partial<Record<string, string>>): void {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  Object.assign(process.env, values);
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', () => ready()));
  return (server.address() as AddressInfo).port;
}

const answer: http.RequestListener = (request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => response.end(`${request.method} ${request.url} ${Buffer.concat(chunks).toString()}`));
};

describe('requests through a forward proxy', () => {
  const saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
  let dir: string;
  let ca: TestCa;
  let origin: https.Server;
  let plain: http.Server;
  let securePort: number;
  let plainPort: number;
  let proxy: ForwardProxy;
  let guarded: ForwardProxy;

  beforeAll(async () => {
    dir = await makeTempDir('http-proxy');
    ca = await createTestCa(dir);
    origin = https.createServer({ cert: await readFile(ca.serverCert), key: await readFile(ca.serverKey) }, answer);
    securePort = await listen(origin);
    plain = http.createServer(answer);
    plainPort = await listen(plain);
    // `registry.internal` resolves only at the proxy: an answer proves the request went through it.
    proxy = await startForwardProxy({ hosts: { 'registry.internal': '127.0.0.1' } });
    guarded = await startForwardProxy({ credentials: { username: 'runner', password: 'p@ss:word' } });
  });
  afterEach(() => useProxyEnv(Object.fromEntries(Object.entries(saved).filter(([, value]) => value !== undefined)) as Record<string, string>));
  afterAll(async () => {
    for (const server of [origin, plain]) {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
    await proxy.stop();
    await guarded.stop();
    await removeDir(dir);
  });

  it('tunnels HTTPS with CONNECT and verifies the origin against the CA file end to end', async () => {
    useProxyEnv({ HTTPS_PROXY: proxy.url });
    const before = proxy.exchanges.length;
    const response = await send({ method: 'PUT', url: new URL(`https://127.0.0.1:${securePort}/v2/x`), body: 'layer', tls: { caFile: ca.caCert } });
    expect(response.body.toString()).toBe('PUT /v2/x layer');
    expect(proxy.exchanges.slice(before)).toEqual([{ kind: 'connect', target: `127.0.0.1:${securePort}` }]);
    // The tunnel is blind: without the CA file the origin's certificate is refused, proxy or not.
    await expect(send({ method: 'GET', url: new URL(`https://127.0.0.1:${securePort}/`) })).rejects.toThrow(/^TLS verification failed/);
  });

  it('forwards plain HTTP in absolute form, to a name only the proxy resolves', async () => {
    useProxyEnv({ http_proxy: proxy.url });
    const before = proxy.exchanges.length;
    const response = await send({ method: 'GET', url: new URL(`http://registry.internal:${plainPort}/v2/?n=1`) });
    expect(response.body.toString()).toBe('GET /v2/?n=1 ');
    expect(proxy.exchanges.slice(before)).toEqual([{ kind: 'forward', target: `registry.internal:${plainPort}` }]);
  });

  it('goes direct to hosts NO_PROXY names, by name, subdomain or host:port', async () => {
    for (const noProxy of ['127.0.0.1', `example.com, 127.0.0.1:${securePort}`, '*']) {
      useProxyEnv({ HTTPS_PROXY: proxy.url, NO_PROXY: noProxy });
      const before = proxy.exchanges.length;
      expect((await send({ method: 'GET', url: new URL(`https://127.0.0.1:${securePort}/`), tls: { caFile: ca.caCert } })).status).toBe(200);
      expect(proxy.exchanges.length).toBe(before);
    }
    // A subdomain of a listed domain goes direct too, so this name is looked up here, where it does not resolve.
    useProxyEnv({ http_proxy: proxy.url, no_proxy: '.internal' });
    await expect(send({ method: 'GET', url: new URL(`http://registry.internal:${plainPort}/`) })).rejects.toThrow(/Cannot resolve the host/);
    useProxyEnv({ http_proxy: proxy.url, no_proxy: `127.0.0.1:${securePort}` });
    const before = proxy.exchanges.length;
    await send({ method: 'GET', url: new URL(`http://127.0.0.1:${plainPort}/`) });
    expect(proxy.exchanges.length).toBe(before + 1);
  });

  it('uses only the HTTPS proxy for https: URLs, and the lower-case variable first', async () => {
    useProxyEnv({ HTTP_PROXY: proxy.url });
    const before = proxy.exchanges.length;
    await send({ method: 'GET', url: new URL(`https://127.0.0.1:${securePort}/`), tls: { caFile: ca.caCert } });
    expect(proxy.exchanges.length).toBe(before);
    // Nothing listens on port 1: an answer means the lower-case variable was the one used.
    useProxyEnv({ https_proxy: proxy.url, HTTPS_PROXY: 'http://127.0.0.1:1' });
    expect((await send({ method: 'GET', url: new URL(`https://127.0.0.1:${securePort}/`), tls: { caFile: ca.caCert } })).status).toBe(200);
    useProxyEnv({ HTTPS_PROXY: 'http://127.0.0.1:1' });
    await expect(send({ method: 'GET', url: new URL(`https://127.0.0.1:${securePort}/`), tls: { caFile: ca.caCert } })).rejects.toThrow(/Connection refused/);
  });

  it('sends the credentials in the proxy URL, and says when the proxy refuses the tunnel', async () => {
    const address = new URL(guarded.url);
    useProxyEnv({ HTTPS_PROXY: `http://runner:${encodeURIComponent('p@ss:word')}@${address.host}` });
    expect((await send({ method: 'GET', url: new URL(`https://127.0.0.1:${securePort}/`), tls: { caFile: ca.caCert } })).status).toBe(200);
    useProxyEnv({ HTTPS_PROXY: `http://runner:wrong@${address.host}` });
    const refused = await send({ method: 'GET', url: new URL(`https://127.0.0.1:${securePort}/`), tls: { caFile: ca.caCert } }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpConnectionError);
    expect(refused).toMatchObject({ transient: false, message: `The proxy refused to connect to https://127.0.0.1:${securePort} (HTTP 407).` });
    expect(guarded.exchanges.map((exchange) => exchange.authorized)).toEqual([true, false]);
  });

  it('refuses a malformed proxy variable by name, without printing its value', () => {
    const malformed = configurationErrorOf(() => proxySettings({ HTTPS_PROXY: 'http://user:secret@[bad' }));
    expect(malformed.message).toBe('the environment variable HTTPS_PROXY is not a valid proxy URL: expected http://host:port.');
    expect(configurationErrorOf(() => proxySettings({ http_proxy: 'socks5://127.0.0.1:1080' })).message).toMatch(/http_proxy names a socks5 proxy/);
    expect(proxySettings({ HTTPS_PROXY: 'proxy.corp:3128', no_proxy: '.corp' })).toEqual({ https: 'http://proxy.corp:3128/', noProxy: '.corp' });
  });

  describe('git', () => {
    let git: GitServer;
    beforeAll(async () => {
      git = await startGitServer({ username: 'bot', password: 'token', repos: ['app'] });
    });
    afterAll(async () => git.stop());

    it('reaches an HTTP remote through the proxy the upper-case variable names', async () => {
      const baseEnv = { ...process.env, ...isolatedGitEnv(), HTTP_PROXY: proxy.url };
      expect(curlProxyEnv(baseEnv)).toEqual({ http_proxy: proxy.url });
      const before = proxy.exchanges.length;
      const result = await createGitRunner({ baseEnv, timeoutMs: 30_000 })(['ls-remote', git.authUrl('app')], { cwd: dir });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(proxy.exchanges.slice(before).map((exchange) => exchange.kind)).toContain('forward');
    });
  });
});
