import { createHash } from 'node:crypto';
import { RegistryClient } from '../../../src/core/oci/client.js';
import { anonymous } from '../../../src/core/oci/credentials.js';
import { OCI_INDEX, OCI_MANIFEST, sha256Digest } from '../../../src/core/oci/media-types.js';
import { referrersTag } from '../../../src/core/oci/referrers.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { run } from '../../harness/index.js';

export const FAST_RETRY = { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 };

/** A client for a plain-HTTP test registry without auth. */
export function testClient(host: string): RegistryClient {
  return new RegistryClient({ registry: host, credentials: anonymous, io: new RecordingIO(), plainHttp: true, retry: FAST_RETRY });
}

export interface PushedImageSet {
  /** The multi-platform index, and its two platform manifests. */
  index: string;
  platforms: string[];
  /** An SBOM-like artifact whose subject is the index, listed under the tag schema. */
  referrer: string;
  layerBytes: number;
}

/** Bytes that differ per seed, so every layer is a distinct blob. */
function bytes(seed: string, size: number): Buffer {
  const out = Buffer.alloc(size);
  let block = createHash('sha256').update(seed).digest();
  for (let offset = 0; offset < size; offset += block.length) {
    block.copy(out, offset);
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

async function pushBlob(client: RegistryClient, repository: string, data: Buffer): Promise<{ digest: string; size: number }> {
  const digest = sha256Digest(data);
  await client.uploadBlob(repository, { digest, size: data.length, data });
  return { digest, size: data.length };
}

async function pushManifest(client: RegistryClient, repository: string, document: object, mediaType: string, tag?: string): Promise<{ digest: string; size: number; body: Buffer }> {
  const body = Buffer.from(JSON.stringify(document));
  const digest = await client.putManifest(repository, tag ?? sha256Digest(body), body, mediaType);
  return { digest, size: body.length, body };
}

/**
 * What a multi-platform build leaves in a registry, pushed as buildx would: two platform images
 * (config + one layer each), the index naming both under `tag`, and a referrer of the index as
 * `oras attach` leaves it on a registry without the referrers API (distribution 2.8): the artifact
 * manifest by digest, and the `sha256-<hex>` tag listing it.
 */
export async function pushImageSet(client: RegistryClient, repository: string, tag: string, seed = 'app', layerBytes = 256 * 1024): Promise<PushedImageSet> {
  const platforms: { digest: string; size: number; platform: { architecture: string; os: string } }[] = [];
  for (const architecture of ['amd64', 'arm64']) {
    const config = await pushBlob(client, repository, Buffer.from(JSON.stringify({ architecture, os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, seed })));
    const layer = await pushBlob(client, repository, bytes(`${seed}-${architecture}`, layerBytes));
    const manifest = await pushManifest(
      client,
      repository,
      {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }],
      },
      OCI_MANIFEST,
    );
    platforms.push({ digest: manifest.digest, size: manifest.size, platform: { architecture, os: 'linux' } });
  }
  const index = await pushManifest(
    client,
    repository,
    { schemaVersion: 2, mediaType: OCI_INDEX, manifests: platforms.map((entry) => ({ mediaType: OCI_MANIFEST, ...entry })) },
    OCI_INDEX,
    tag,
  );
  const referrer = await pushReferrer(client, repository, index, seed);
  return { index: index.digest, platforms: platforms.map((entry) => entry.digest), referrer, layerBytes };
}

const SBOM_TYPE = 'application/vnd.example.sbom.v1+json';
const EMPTY_CONFIG = Buffer.from('{}');

async function pushReferrer(client: RegistryClient, repository: string, subject: { digest: string; size: number }, seed: string): Promise<string> {
  const config = await pushBlob(client, repository, EMPTY_CONFIG);
  const sbom = await pushBlob(client, repository, Buffer.from(JSON.stringify({ packages: [seed] })));
  const manifest = await pushManifest(
    client,
    repository,
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: SBOM_TYPE,
      config: { mediaType: 'application/vnd.oci.empty.v1+json', ...config },
      layers: [{ mediaType: SBOM_TYPE, ...sbom }],
      subject: { mediaType: OCI_INDEX, ...subject },
    },
    OCI_MANIFEST,
  );
  await pushManifest(
    client,
    repository,
    { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [{ mediaType: OCI_MANIFEST, digest: manifest.digest, size: manifest.size, artifactType: SBOM_TYPE }] },
    OCI_INDEX,
    referrersTag(subject.digest),
  );
  return manifest.digest;
}

/** skopeo, an independent client, reads what a reference names: the raw manifest and its digest. */
export async function skopeoInspect(reference: string): Promise<{ digest: string; raw: { mediaType?: string; manifests?: { digest: string }[] } }> {
  const { stdout } = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`]);
  return { digest: sha256Digest(stdout), raw: JSON.parse(stdout) as { mediaType?: string; manifests?: { digest: string }[] } };
}

export async function skopeoTags(repository: string): Promise<string[]> {
  const result = await run('skopeo', ['list-tags', '--tls-verify=false', `docker://${repository}`], { allowFailure: true });
  if (result.code !== 0) return [];
  return (JSON.parse(result.stdout) as { Tags?: string[] }).Tags ?? [];
}
