import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient, type RegistryClientOptions } from '../../../src/core/oci/client.js';
import { inputCredentials } from '../../../src/core/oci/credentials.js';
import { dockerConfigCredentials } from '../../../src/core/oci/docker-config.js';
import { OCI_MANIFEST } from '../../../src/core/oci/media-types.js';
import { moveTags } from '../../../src/core/oci/tag-move.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { startFaultProxy, type FaultProxy } from '../../fakes/fault-proxy.js';
import { makeTempDir, removeDir, startTokenAuthRegistry, type TokenRegistry } from '../../harness/index.js';
import { FAST_RETRY, makeArtifact, skopeoRawManifest, type TestArtifact } from './helpers.js';

// Credentials against a real distribution registry with token auth: which login goes where, and
// how many token requests a push costs.

let tmp: string;
let small: TestArtifact;
let registry: TokenRegistry;
let proxy: FaultProxy;
beforeAll(async () => {
  tmp = await makeTempDir('oci-auth');
  small = await makeArtifact(tmp, 4096, 'auth');
  registry = await startTokenAuthRegistry({
    users: { 'ci-user': 'ci-password', 'robot-bot': 'robot-password', 'other-bot': 'other-password' },
    // Each robot account may push only under its own namespace, as Harbor robot accounts do.
    grant: (user, scope) => {
      if (user === 'ci-user') return scope.actions;
      const own = user.replace(/-bot$/, '');
      return scope.name === own || scope.name.startsWith(`${own}/`) ? scope.actions : scope.actions.filter((a) => a === 'pull');
    },
  });
  proxy = await startFaultProxy(registry.url);
});
afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
  if (tmp) await removeDir(tmp);
});

function client(io: RecordingIO, options: Partial<RegistryClientOptions>): RegistryClient {
  return new RegistryClient({ registry: proxy.host, credentials: inputCredentials({}, io), plainHttp: true, io, retry: FAST_RETRY, ...options });
}

async function push(c: RegistryClient, repository: string, tags: string[]): Promise<void> {
  await c.checkAccess(repository, 'push');
  await c.uploadBlob(repository, small.config);
  await c.uploadBlob(repository, small.layer);
  const manifest = { digest: small.manifestDigest, body: small.manifest, mediaType: OCI_MANIFEST };
  await moveTags(c, repository, manifest, tags, new RecordingIO());
}

describe('token requests', () => {
  it('costs one token request for a whole push with its access check and several tags', async () => {
    const before = registry.token.requests.length;
    const io = new RecordingIO();
    await push(client(io, { credentials: inputCredentials({ username: 'ci-user', password: 'ci-password' }, io) }), 'org/counted', ['v1', 'v2', 'v3']);
    const asked = registry.token.requests.slice(before);
    expect(asked.map((r) => `${r.status} ${r.scopes.join(' ')}`)).toEqual(['200 repository:org/counted:pull,push']);
    // The access check's upload session is the one the first blob went up in: no DELETE, no extra token.
    expect(proxy.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    expect(await skopeoRawManifest(registry, `${registry.host}/org/counted:v3`, 'ci-user:ci-password')).toBe(small.manifest.toString());
  });
});

describe('repository-scoped logins', () => {
  it('pushes to host/robot/app with the host/robot entry of an auth file that lists host/other first', async () => {
    const dir = path.join(tmp, 'scoped');
    await mkdir(dir);
    const file = path.join(dir, 'auth.json');
    const auth = (user: string, password: string) => ({ auth: Buffer.from(`${user}:${password}`).toString('base64') });
    await writeFile(file, JSON.stringify({ auths: { [`${proxy.host}/other`]: auth('other-bot', 'other-password'), [`${proxy.host}/robot`]: auth('robot-bot', 'robot-password') } }));
    const before = registry.token.requests.length;
    const io = new RecordingIO();
    const credentials = dockerConfigCredentials({ env: {}, io, file });
    await push(client(io, { credentials }), 'robot/app', ['v1']);
    await push(client(io, { credentials }), 'other/app', ['v1']);
    expect(registry.token.requests.slice(before).map((r) => `${r.username} ${r.status} ${r.scopes.join(' ')}`)).toEqual([
      'robot-bot 200 repository:robot/app:pull,push',
      'other-bot 200 repository:other/app:pull,push',
    ]);
    expect(await skopeoRawManifest(registry, `${registry.host}/robot/app:v1`, 'robot-bot:robot-password')).toBe(small.manifest.toString());
    // No entry for this repository: a clear error naming the input, and nothing pushed.
    await expect(push(client(io, { credentials }), 'third/app', ['v1'])).rejects.toMatchObject({ input: 'docker-config' });
    expect(proxy.requests.some((r) => r.path.startsWith('/v2/third/'))).toBe(false);
  });
});

describe('a bare token', () => {
  it('is sent as the bearer token itself, with no token request of ours', async () => {
    const realm = new URL(registry.token.realm);
    realm.searchParams.set('service', registry.token.service);
    realm.searchParams.set('scope', 'repository:org/bare:pull,push');
    const answer = await fetch(realm, { headers: { Authorization: `Basic ${Buffer.from('ci-user:ci-password').toString('base64')}` } });
    const { token } = (await answer.json()) as { token: string };
    const before = registry.token.requests.length;
    const io = new RecordingIO();
    await push(client(io, { credentials: inputCredentials({ password: token }, io) }), 'org/bare', ['v1']);
    expect(registry.token.requests.length).toBe(before);
    expect(await skopeoRawManifest(registry, `${registry.host}/org/bare:v1`, 'ci-user:ci-password')).toBe(small.manifest.toString());
    expect(io.secrets.has(token)).toBe(true);
  });
});

describe('an identity token from a docker config', () => {
  it('is exchanged at the realm with the OAuth2 refresh-token POST, once per scope', async () => {
    const oauth = await startTokenAuthRegistry({ refreshTokens: { 'refresh-token-value': 'ci-user' } });
    try {
      const dir = path.join(tmp, 'refresh');
      await mkdir(dir);
      await writeFile(path.join(dir, 'config.json'), JSON.stringify({ auths: { [oauth.host]: { identitytoken: 'refresh-token-value' } } }));
      const io = new RecordingIO();
      const c = new RegistryClient({ registry: oauth.host, credentials: dockerConfigCredentials({ env: { DOCKER_CONFIG: dir }, io }), plainHttp: true, io, retry: FAST_RETRY });
      await push(c, 'org/one', ['v1']);
      await push(c, 'org/two', ['v1']);
      expect(oauth.token.requests.map((r) => `${r.method} ${r.status} ${r.scopes.join(' ')}`)).toEqual([
        'POST 200 repository:org/one:pull,push',
        'POST 200 repository:org/two:pull,push',
      ]);
      expect(await skopeoRawManifest(oauth, `${oauth.host}/org/two:v1`, `${oauth.username}:${oauth.password}`)).toBe(small.manifest.toString());
    } finally {
      await oauth.stop();
    }
  });

  it('tries the OAuth2 POST once per realm, then asks with GET for every other scope', async () => {
    const identity = await startTokenAuthRegistry({ users: { '<token>': 'identity-token-value' } });
    try {
      const dir = path.join(tmp, 'identity');
      await mkdir(dir);
      await writeFile(path.join(dir, 'config.json'), JSON.stringify({ auths: { [identity.host]: { identitytoken: 'identity-token-value' } } }));
      const io = new RecordingIO();
      const c = new RegistryClient({ registry: identity.host, credentials: dockerConfigCredentials({ env: { DOCKER_CONFIG: dir }, io }), plainHttp: true, io, retry: FAST_RETRY });
      await push(c, 'org/one', ['v1']);
      await push(c, 'org/two', ['v1']);
      expect(identity.token.requests.map((r) => `${r.method} ${r.status} ${r.scopes.join(' ')}`)).toEqual([
        'POST 404 repository:org/one:pull,push',
        'GET 200 repository:org/one:pull,push',
        'GET 200 repository:org/two:pull,push',
      ]);
    } finally {
      await identity.stop();
    }
  });
});
