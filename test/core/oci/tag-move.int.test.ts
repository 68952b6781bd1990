import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyTags, type RegistryOperations } from '../../../src/core/build/registry-tags.js';
import { ActionFailure } from '../../../src/core/errors.js';
import { RegistryClient } from '../../../src/core/oci/client.js';
import { anonymous } from '../../../src/core/oci/credentials.js';
import { OCI_MANIFEST } from '../../../src/core/oci/media-types.js';
import { moveTags } from '../../../src/core/oci/tag-move.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { startFaultProxy, type FaultProxy } from '../../fakes/fault-proxy.js';
import { makeTempDir, removeDir, startRegistry, type Registry } from '../../harness/index.js';
import { FAST_RETRY, makeArtifact, skopeoRawManifest, type TestArtifact } from './helpers.js';

// All tags or none, against a real registry behind a proxy that refuses one tag's manifest PUT.

let tmp: string;
let registry: Registry;
let proxy: FaultProxy;
let old: TestArtifact;
let fresh: TestArtifact;
beforeAll(async () => {
  tmp = await makeTempDir('oci-tags');
  registry = await startRegistry();
  proxy = await startFaultProxy(registry.url);
  [old, fresh] = await Promise.all([makeArtifact(tmp, 256, 'old'), makeArtifact(tmp, 256, 'fresh')]);
});
afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
  if (tmp) await removeDir(tmp);
});

function client(io: RecordingIO): RegistryClient {
  return new RegistryClient({ registry: proxy.host, credentials: anonymous, plainHttp: true, io, retry: FAST_RETRY });
}

async function seed(c: RegistryClient, repository: string, artifact: TestArtifact, tags: string[]): Promise<void> {
  await c.uploadBlob(repository, artifact.config);
  await c.uploadBlob(repository, artifact.layer);
  for (const tag of tags) await c.putManifest(repository, tag, artifact.manifest, OCI_MANIFEST);
}

const digestOf = async (repository: string, tag: string): Promise<string | undefined> => (await client(new RecordingIO()).headManifest(repository, tag))?.digest;
const refuse = (tag: string): void => proxy.inject({ method: 'PUT', path: new RegExp(`/manifests/${tag}$`), times: 1, fault: { kind: 'status', status: 403 } });

describe('moveTags', () => {
  it('moves every tag, and leaves alone one already there', async () => {
    const io = new RecordingIO();
    const c = client(io);
    await seed(c, 'org/all', old, ['v1']);
    await seed(c, 'org/all', fresh, ['same']);
    const moves = await moveTags(c, 'org/all', { digest: fresh.manifestDigest, body: fresh.manifest, mediaType: OCI_MANIFEST }, ['v1', 'same', 'new'], io);
    expect(moves).toEqual([
      { tag: 'v1', outcome: 'moved', previous: old.manifestDigest },
      { tag: 'same', outcome: 'unchanged', previous: fresh.manifestDigest },
      { tag: 'new', outcome: 'added' },
    ]);
    for (const tag of ['v1', 'same', 'new']) expect(await skopeoRawManifest(registry, `${registry.host}/org/all:${tag}`)).toBe(fresh.manifest.toString());
  });

  it('puts back the tags moved before one that fails, and names the one the registry could not delete', async () => {
    const io = new RecordingIO();
    const c = client(io);
    await seed(c, 'org/half', old, ['v1', 'v2']);
    await seed(c, 'org/half', fresh, []);
    refuse('v2');
    const error = await moveTags(c, 'org/half', { digest: fresh.manifestDigest, body: fresh.manifest, mediaType: OCI_MANIFEST }, ['v1', 'added', 'v2'], io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionFailure);
    const message = (error as Error).message;
    expect(message).toContain(`Cannot point ${proxy.host}/org/half:v2 at ${fresh.manifestDigest}`);
    expect(message).toContain(`Put back: v1 (back to ${old.manifestDigest}).`);
    // distribution 2.8 cannot delete a tag: the new one is named as still moved.
    expect(message).toContain('Still moved: added (new; this registry cannot delete a tag).');
    expect(await skopeoRawManifest(registry, `${registry.host}/org/half:v1`)).toBe(old.manifest.toString());
    expect(await digestOf('org/half', 'v2')).toBe(old.manifestDigest);
  });

  it('moves nothing when a tag is not valid', async () => {
    const io = new RecordingIO();
    const c = client(io);
    await seed(c, 'org/invalid', old, ['v1']);
    const put = proxy.requests.filter((r) => r.method === 'PUT').length;
    await expect(moveTags(c, 'org/invalid', { digest: fresh.manifestDigest, body: fresh.manifest, mediaType: OCI_MANIFEST }, ['v1', '-bad'], io)).rejects.toThrow(
      'Not valid tags, so no tag was moved: -bad.',
    );
    expect(proxy.requests.filter((r) => r.method === 'PUT').length).toBe(put);
    expect(await digestOf('org/invalid', 'v1')).toBe(old.manifestDigest);
  });
});

describe("build-push's applyTags", () => {
  it('puts back the tag the builder pushed when a later tag fails', async () => {
    const io = new RecordingIO();
    const c = client(io);
    await seed(c, 'org/build', old, ['sha-abc', 'latest']);
    // The builder pushed the new image under the commit's tag, as buildah does for the first tag.
    await seed(c, 'org/build', fresh, ['sha-abc']);
    const operations: RegistryOperations = {
      registry: c.registry,
      checkAccess: (repository, access) => c.checkAccess(repository, access),
      headManifest: (repository, reference) => c.headManifest(repository, reference),
      getManifest: (repository, reference) => c.getManifest(repository, reference),
      putManifest: (repository, reference, body, mediaType) => c.putManifest(repository, reference, body, mediaType),
      deleteTag: (repository, tag) => c.deleteTag(repository, tag),
      getBlob: () => Promise.reject(new Error('not needed here')),
    };
    refuse('latest');
    await expect(applyTags(operations, 'org/build', fresh.manifestDigest, ['latest'], io, [{ tag: 'sha-abc', previous: old.manifestDigest }])).rejects.toThrow(
      `Put back: sha-abc (back to ${old.manifestDigest}). No tag is left moved.`,
    );
    expect(await digestOf('org/build', 'sha-abc')).toBe(old.manifestDigest);
    expect(await digestOf('org/build', 'latest')).toBe(old.manifestDigest);
  });
});
