import { createHash } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionFailure } from '../../../src/core/errors.js';
import { HttpConnectionError } from '../../../src/core/http/errors.js';
import { RegistryClient, type RegistryClientOptions } from '../../../src/core/oci/client.js';
import { anonymous, inputCredentials } from '../../../src/core/oci/credentials.js';
import { RegistryError } from '../../../src/core/oci/errors.js';
import { DOCKER_MANIFEST, OCI_INDEX, OCI_MANIFEST, sha256Digest } from '../../../src/core/oci/media-types.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { startFaultProxy, type FaultProxy } from '../../fakes/fault-proxy.js';
import { makeTempDir, removeDir, startRegistry, startTokenAuthRegistry, type Registry, type TokenRegistry } from '../../harness/index.js';
import { FAST_RETRY, makeArtifact, skopeoRawManifest, type TestArtifact } from './helpers.js';

let tmp: string;
let small: TestArtifact;
beforeAll(async () => {
  tmp = await makeTempDir('oci-client');
  small = await makeArtifact(tmp, 4096, 'small');
});
afterAll(async () => {
  if (tmp) await removeDir(tmp);
});

function client(registry: string, io: RecordingIO, options: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({ registry, credentials: anonymous, plainHttp: true, io, retry: FAST_RETRY, ...options });
}

async function pushArtifact(c: RegistryClient, repository: string, artifact: TestArtifact, tag: string): Promise<string> {
  await c.uploadBlob(repository, artifact.config);
  await c.uploadBlob(repository, artifact.layer);
  return c.putManifest(repository, tag, artifact.manifest, OCI_MANIFEST);
}

/** The blob as the registry serves it, hashed while streaming. */
function blobDigest(registryUrl: string, repository: string, digest: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(`${registryUrl}/v2/${repository}/blobs/${digest}`, (res) => {
        const hash = createHash('sha256');
        res.on('data', (chunk: Buffer) => hash.update(chunk));
        res.on('end', () => resolve(`sha256:${hash.digest('hex')}`));
      })
      .on('error', reject);
  });
}

describe('plain registry', () => {
  let registry: Registry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => registry?.stop());

  it('pushes blobs and a manifest that skopeo reads back byte for byte, then skips what exists', async () => {
    const io = new RecordingIO();
    const c = client(registry.host, io);
    await c.checkAccess('org/app', 'push');
    expect(await c.uploadBlob('org/app', small.config)).toBe('uploaded');
    expect(await c.uploadBlob('org/app', small.layer)).toBe('uploaded');
    expect(await c.uploadBlob('org/app', small.layer)).toBe('exists');
    expect(await c.putManifest('org/app', 'v1', small.manifest, OCI_MANIFEST)).toBe(small.manifestDigest);
    expect(await skopeoRawManifest(registry, `${registry.host}/org/app:v1`)).toBe(small.manifest.toString('utf8'));

    expect(await c.getManifest('org/app', 'v1')).toEqual({ digest: small.manifestDigest, mediaType: OCI_MANIFEST, body: small.manifest });
    expect(await c.getManifest('org/app', small.manifestDigest)).toMatchObject({ digest: small.manifestDigest });
    expect(await c.headManifest('org/app', 'v1')).toEqual({ digest: small.manifestDigest, mediaType: OCI_MANIFEST, size: small.manifest.length });
    expect(await c.getManifest('org/app', 'missing')).toBeUndefined();
    expect(await c.headManifest('org/app', 'missing')).toBeUndefined();
    expect(await c.blobExists('org/app', sha256Digest('nothing'))).toBe(false);
  });

  it('copies a tag by re-putting the manifest, mounts across repositories, lists tags', async () => {
    const io = new RecordingIO();
    const c = client(registry.host, io);
    const artifact = await makeArtifact(tmp, 2048, 'copy');
    await pushArtifact(c, 'team/source', artifact, 'build-1');
    expect(await c.copyTag('team/source', 'build-1', 'stable')).toBe(artifact.manifestDigest);
    expect(await skopeoRawManifest(registry, `${registry.host}/team/source:stable`)).toBe(artifact.manifest.toString('utf8'));
    expect((await c.listTags('team/source')).sort()).toEqual(['build-1', 'stable']);
    expect(await c.listTags('team/never-pushed')).toEqual([]);
    await expect(c.copyTag('team/source', 'nope', 'x')).rejects.toThrow(/no such manifest/);

    expect(await c.uploadBlob('team/target', artifact.layer, { mountFrom: 'team/source' })).toBe('mounted');
    expect(await c.blobExists('team/target', artifact.layer.digest)).toBe(true);
  });

  it('keeps Docker and index media types when copying', async () => {
    const c = client(registry.host, new RecordingIO());
    const artifact = await makeArtifact(tmp, 100, 'docker');
    await c.uploadBlob('org/docker', artifact.config);
    await c.uploadBlob('org/docker', artifact.layer);
    const docker = Buffer.from(
      artifact.manifest
        .toString()
        .replace(OCI_MANIFEST, DOCKER_MANIFEST)
        .replace('application/vnd.cncf.flux.config.v1+json', 'application/vnd.docker.container.image.v1+json'),
    );
    const dockerDigest = await c.putManifest('org/docker', 'docker', docker, DOCKER_MANIFEST);
    const index = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [{ mediaType: DOCKER_MANIFEST, digest: dockerDigest, size: docker.length }] }),
    );
    await c.putManifest('org/docker', 'index', index, OCI_INDEX);
    await c.copyTag('org/docker', 'index', 'index-copy');
    await c.copyTag('org/docker', 'docker', 'docker-copy');
    expect(await c.headManifest('org/docker', 'index-copy')).toMatchObject({ mediaType: OCI_INDEX, digest: sha256Digest(index) });
    expect(await c.headManifest('org/docker', 'docker-copy')).toMatchObject({ mediaType: DOCKER_MANIFEST, digest: dockerDigest });
  });

  it('uploads a large blob in chunks from disk and the registry serves the same bytes', async () => {
    const io = new RecordingIO();
    const c = client(registry.host, io, { chunkedUploadThreshold: 1 << 20, chunkSize: 256 * 1024 });
    const big = await makeArtifact(tmp, 1_300_000, 'chunked');
    await pushArtifact(c, 'org/big', big, 'v1');
    expect(await blobDigest(registry.url, 'org/big', big.layer.digest)).toBe(big.layer.digest);
    expect(await skopeoRawManifest(registry, `${registry.host}/org/big:v1`)).toBe(big.manifest.toString('utf8'));
  });

  it('turns a registry error body into a message naming registry, repository and operation', async () => {
    const c = client(registry.host, new RecordingIO());
    const orphan = await makeArtifact(tmp, 10, 'orphan');
    const error = await c.putManifest('org/orphan', 'v1', orphan.manifest, OCI_MANIFEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).code).toBe('MANIFEST_BLOB_UNKNOWN');
    expect((error as Error).message).toMatch(new RegExp(`^Cannot push manifest v1 to ${registry.host}/org/orphan: .*HTTP 400 MANIFEST_BLOB_UNKNOWN`));
  });

  it('refuses plain HTTP unless asked: HTTPS is tried and fails against a plain registry', async () => {
    const c = client(registry.host, new RecordingIO(), { plainHttp: false });
    await expect(c.checkAccess('org/app', 'pull')).rejects.toBeInstanceOf(HttpConnectionError);
  });
});

describe('htpasswd registry', () => {
  let registry: Registry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'htpasswd' });
  });
  afterAll(async () => registry?.stop());

  it('sends basic credentials after the challenge and masks them', async () => {
    const io = new RecordingIO();
    const credentials = inputCredentials({ username: registry.username, password: registry.password }, io);
    const c = client(registry.host, io, { credentials });
    await c.checkAccess('org/app', 'push');
    await pushArtifact(c, 'org/app', small, 'v1');
    expect(await skopeoRawManifest(registry, `${registry.host}/org/app:v1`, `${registry.username}:${registry.password}`)).toBe(small.manifest.toString());
    const basic = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`;
    expect(io.secrets).toContain(basic);
    expect(io.secrets).toContain(registry.password);
  });

  it('names the username and password inputs when the login is refused, without the password', async () => {
    const io = new RecordingIO();
    const credentials = inputCredentials({ username: 'ci-user', password: 'wrong-password' }, io);
    const error = await client(registry.host, io, { credentials }).checkAccess('org/app', 'push').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    const message = (error as Error).message;
    expect(message).toContain(registry.host);
    expect(message).toMatch(/username and password inputs/);
    expect(message).not.toContain('wrong-password');

    const anonymousError = await client(registry.host, new RecordingIO()).checkAccess('org/app', 'pull').catch((e: unknown) => e);
    expect((anonymousError as Error).message).toMatch(/No credentials were found for .*set the username and password inputs/);
  });
});

describe('TLS registry', () => {
  let registry: Registry;
  beforeAll(async () => {
    registry = await startRegistry({ tls: true });
  });
  afterAll(async () => registry?.stop());

  it('verifies with the CA file, fails without it, and skips verification only when asked', async () => {
    const io = new RecordingIO();
    const verified = client(registry.host, io, { plainHttp: false, tls: { caFile: registry.caCert } });
    await pushArtifact(verified, 'org/tls', small, 'v1');
    expect(await skopeoRawManifest(registry, `${registry.host}/org/tls:v1`)).toBe(small.manifest.toString());

    const untrusted = await client(registry.host, io, { plainHttp: false }).checkAccess('org/tls', 'pull').catch((e: unknown) => e);
    expect(untrusted).toBeInstanceOf(HttpConnectionError);
    expect((untrusted as Error).message).toMatch(/TLS verification failed .*ca-file/);

    const insecure = client(registry.host, io, { plainHttp: false, tls: { insecureSkipVerify: true } });
    expect(await insecure.headManifest('org/tls', 'v1')).toMatchObject({ digest: small.manifestDigest });
  });
});

describe('token auth registry', () => {
  let registry: TokenRegistry;
  let proxy: FaultProxy;
  beforeAll(async () => {
    registry = await startTokenAuthRegistry({
      // Read-only account: pull everywhere, push nowhere.
      users: { 'ci-user': 'ci-password', reader: 'reader-password' },
      grant: (user, scope) => (user === 'reader' ? scope.actions.filter((a) => a === 'pull') : scope.actions),
    });
    proxy = await startFaultProxy(registry.url);
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  it('gets scoped tokens from the realm, sends credentials only there, and re-challenges for a new scope', async () => {
    const io = new RecordingIO();
    const credentials = inputCredentials({ username: 'ci-user', password: 'ci-password' }, io);
    const c = client(proxy.host, io, { credentials });
    await pushArtifact(c, 'org/source', small, 'v1');
    expect(await c.uploadBlob('org/target', small.layer, { mountFrom: 'org/source' })).toBe('mounted');
    // A token that lacks the scope the registry wants: the 401 names it, and a new token is fetched.
    const narrow = await c.request({ method: 'GET', url: '/v2/org/target/tags/list', scopes: ['repository:org/source:pull'] });
    expect(narrow.status).toBe(404); // authorised; the repository simply has no tags

    const requests = registry.token.requests;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.username === 'ci-user' && r.status === 200 && r.service === registry.token.service)).toBe(true);
    const scopeSets = requests.map((r) => [...r.scopes].sort().join(' '));
    expect(scopeSets).toContain('repository:org/source:pull,push');
    expect(scopeSets).toContain('repository:org/source:pull repository:org/target:pull,push');
    expect(scopeSets.at(-1)).toBe('repository:org/source:pull repository:org/target:pull');
    // The registry itself only ever saw bearer tokens, never the password.
    expect(proxy.requests.some((r) => r.authScheme === 'Bearer')).toBe(true);
    expect(proxy.requests.every((r) => r.authScheme === undefined || r.authScheme === 'Bearer')).toBe(true);
    expect(io.everything).not.toContain('ci-password');
    expect([...io.secrets].some((s) => s.startsWith('Bearer '))).toBe(true);
  });

  it('fails a push with a read-only token with a message naming the inputs', async () => {
    const io = new RecordingIO();
    const credentials = inputCredentials({ username: 'reader', password: 'reader-password' }, io);
    const c = client(proxy.host, io, { credentials });
    const error = await c.checkAccess('org/source', 'push').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionFailure);
    expect((error as Error).message).toMatch(/refused access .*push access to org\/source: check the username and password inputs/);
    await c.checkAccess('org/source', 'pull');
  });

  it('reports a refused login at the realm', async () => {
    const io = new RecordingIO();
    const credentials = inputCredentials({ username: 'ci-user', password: 'not-it' }, io);
    const error = await client(proxy.host, io, { credentials }).checkAccess('org/source', 'pull').catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/token service .* refused the credentials from the username and password inputs/);
    expect((error as Error).message).not.toContain('not-it');
  });
});
