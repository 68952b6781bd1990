import { createHash } from 'node:crypto';
import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient, type RegistryClientOptions } from '../../../src/core/oci/client.js';
import { anonymous } from '../../../src/core/oci/credentials.js';
import { OCI_MANIFEST } from '../../../src/core/oci/media-types.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { startFaultProxy, type FaultProxy } from '../../fakes/fault-proxy.js';
import { makeTempDir, removeDir, startRegistry, type Registry } from '../../harness/index.js';
import { FAST_RETRY, makeArtifact, skopeoRawManifest, type TestArtifact } from './helpers.js';

let tmp: string;
let registry: Registry;
let proxy: FaultProxy;
beforeAll(async () => {
  tmp = await makeTempDir('oci-retries');
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
  if (tmp) await removeDir(tmp);
});
beforeAll(async () => {
  proxy = await startFaultProxy(registry.url);
});
afterAll(async () => proxy?.stop());
afterEach(() => {
  expect(proxy.pendingFaults()).toBe(0);
});

function client(io: RecordingIO, options: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({ registry: proxy.host, credentials: anonymous, plainHttp: true, io, retry: FAST_RETRY, ...options });
}

async function push(c: RegistryClient, repository: string, artifact: TestArtifact, tag: string): Promise<string> {
  await c.uploadBlob(repository, artifact.config);
  await c.uploadBlob(repository, artifact.layer);
  return c.putManifest(repository, tag, artifact.manifest, OCI_MANIFEST);
}

function servedDigest(repository: string, digest: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(`${registry.url}/v2/${repository}/blobs/${digest}`, (res) => {
        const hash = createHash('sha256');
        res.on('data', (chunk: Buffer) => hash.update(chunk));
        res.on('end', () => resolve(`sha256:${hash.digest('hex')}`));
      })
      .on('error', reject);
  });
}

const injectedCount = (): number => proxy.requests.filter((r) => r.injected).length;

describe('through a fault-injecting proxy', () => {
  it('rides out bursts of 503 on every kind of call', async () => {
    const before = injectedCount();
    for (const [method, path] of [['GET', /^\/v2\/$/], ['HEAD', /\/blobs\//], ['POST', /\/blobs\/uploads\//], ['PUT', /\/manifests\//]] as const) {
      proxy.inject({ method, path, times: 2, fault: { kind: 'status', status: 503 } });
    }
    const artifact = await makeArtifact(tmp, 5000, 'burst');
    const io = new RecordingIO();
    expect(await push(client(io), 'org/burst', artifact, 'v1')).toBe(artifact.manifestDigest);
    expect(injectedCount() - before).toBe(8);
    expect(await skopeoRawManifest(registry, `${registry.host}/org/burst:v1`)).toBe(artifact.manifest.toString());
    expect(io.text('info')).toMatch(/Retrying PUT \/v2\/org\/burst\/manifests\/v1 .* after HTTP 503/);
  });

  it('waits as long as a 429 Retry-After says, within the policy cap', async () => {
    proxy.inject({ method: 'PUT', path: /\/manifests\//, times: 1, fault: { kind: 'status', status: 429, headers: { 'retry-after': '2' } } });
    proxy.inject({ method: 'PUT', path: /\/blobs\/uploads\//, times: 1, fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } } });
    const waits: number[] = [];
    const c = client(new RecordingIO(), { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 10_000 }, sleep: async (ms) => void waits.push(ms) });
    const artifact = await makeArtifact(tmp, 3000, 'throttled');
    expect(await push(c, 'org/throttled', artifact, 'v1')).toBe(artifact.manifestDigest);
    expect(waits).toEqual([1000, 2000]);
  });

  it('restarts a monolithic upload whose connection was cut mid-body', async () => {
    const artifact = await makeArtifact(tmp, 40_000, 'cut-put');
    const layerHex = artifact.layer.digest.slice('sha256:'.length);
    proxy.inject({ method: 'PUT', path: new RegExp(`/blobs/uploads/.*digest=sha256%3A${layerHex}`), times: 1, fault: { kind: 'cut', afterBodyBytes: 1000 } });
    const io = new RecordingIO();
    await push(client(io), 'org/cut-put', artifact, 'v1');
    expect(await servedDigest('org/cut-put', artifact.layer.digest)).toBe(artifact.layer.digest);
    expect(io.text('info')).toMatch(/Retrying the upload of sha256:\w+ .*dropped|hang up/);
  });

  it('resumes a chunked upload from the Range the registry reports after a chunk was dropped', async () => {
    // The second chunk is cut before any of it reaches the registry, which still holds the first.
    proxy.inject({ method: 'PATCH', skip: 1, times: 1, fault: { kind: 'cut', afterBodyBytes: 0 } });
    const artifact = await makeArtifact(tmp, 300_000, 'resume');
    const c = client(new RecordingIO(), { chunkedUploadThreshold: 64 * 1024, chunkSize: 64 * 1024 });
    const start = proxy.requests.length;
    await push(c, 'org/resume', artifact, 'v1');
    const seen = proxy.requests.slice(start).filter((r) => r.path.includes('/blobs/uploads/'));
    expect(seen.filter((r) => r.method === 'POST')).toHaveLength(2); // config + layer: no new session
    expect(seen.find((r) => r.method === 'GET')?.outcome).toBe(204);
    expect(seen.filter((r) => r.method === 'PATCH').map((r) => r.contentRange)).toEqual([
      '0-65535', '65536-131071', '65536-131071', '131072-196607', '196608-262143', '262144-299999',
    ]);
    expect(await servedDigest('org/resume', artifact.layer.digest)).toBe(artifact.layer.digest);
  });

  it('starts a new session when the registry drops one after a partial chunk', async () => {
    proxy.inject({ method: 'PATCH', skip: 1, times: 1, fault: { kind: 'cut', afterBodyBytes: 30_000 } });
    const artifact = await makeArtifact(tmp, 300_000, 'restart');
    const c = client(new RecordingIO(), { chunkedUploadThreshold: 64 * 1024, chunkSize: 64 * 1024 });
    await push(c, 'org/restart', artifact, 'v1');
    expect(await servedDigest('org/restart', artifact.layer.digest)).toBe(artifact.layer.digest);
    expect(await skopeoRawManifest(registry, `${registry.host}/org/restart:v1`)).toBe(artifact.manifest.toString());
  });

  it('spends its budget on a chunked upload that the registry reports as not progressing, instead of resending forever', async () => {
    // After the first chunk, every PATCH is answered 202 with the Range the registry already had.
    proxy.inject({ method: 'PATCH', skip: 1, times: 50, fault: { kind: 'status', status: 202, headers: { range: '0-65535' } } });
    const artifact = await makeArtifact(tmp, 200_000, 'stuck');
    const c = client(new RecordingIO(), { chunkedUploadThreshold: 64 * 1024, chunkSize: 64 * 1024 });
    const start = proxy.requests.length;
    await expect(c.uploadBlob('org/stuck', artifact.layer)).rejects.toThrow(
      new RegExp(`^Cannot upload blob ${artifact.layer.digest} to org/stuck: gave up after ${FAST_RETRY.attempts} attempts; .*kept only 65536 bytes`),
    );
    expect(proxy.requests.slice(start).filter((r) => r.method === 'PATCH')).toHaveLength(1 + FAST_RETRY.attempts);
    proxy.clearFaults();
  });

  it('gives up past the retry budget with a clear error, and the tag is not moved', async () => {
    const io = new RecordingIO();
    const first = await makeArtifact(tmp, 2000, 'budget-old');
    await push(client(io), 'org/budget', first, 'v1');

    const second = await makeArtifact(tmp, 200_000, 'budget-new');
    const c = client(io, { chunkedUploadThreshold: 64 * 1024, chunkSize: 64 * 1024 });
    // Every chunk is cut: whether the client resumes or restarts, its budget runs out.
    proxy.inject({ method: 'PATCH', times: 100, fault: { kind: 'cut', afterBodyBytes: 100 } });
    await expect(push(c, 'org/budget', second, 'v1')).rejects.toThrow(
      new RegExp(`^Cannot upload blob ${second.layer.digest} to org/budget: gave up after ${FAST_RETRY.attempts} attempts`),
    );
    proxy.clearFaults();
    proxy.inject({ method: 'PUT', path: /\/manifests\//, times: FAST_RETRY.attempts, fault: { kind: 'status', status: 503 } });
    await c.uploadBlob('org/budget', second.layer);
    await expect(c.putManifest('org/budget', 'v1', second.manifest, OCI_MANIFEST)).rejects.toThrow(
      `Cannot push manifest v1 to ${proxy.host}/org/budget: ${proxy.host} answered HTTP 503`,
    );
    const manifestPuts = proxy.requests.filter((r) => r.method === 'PUT' && r.path === '/v2/org/budget/manifests/v1');
    expect(manifestPuts.map((r) => r.outcome)).toEqual([201, 503, 503, 503, 503]);
    expect(await skopeoRawManifest(registry, `${registry.host}/org/budget:v1`)).toBe(first.manifest.toString());
  });
});
