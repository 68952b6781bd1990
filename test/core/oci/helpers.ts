import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run, type Registry } from '../../harness/index.js';
import { OCI_MANIFEST, sha256Digest } from '../../../src/core/oci/media-types.js';

export const FAST_RETRY = { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 };

export interface TestArtifact {
  config: { digest: string; size: number; data: Buffer };
  layer: { digest: string; size: number; path: string };
  manifest: Buffer;
  manifestDigest: string;
}

/** A Flux-shaped artifact: a small JSON config, one layer file of `layerBytes` bytes, a manifest. */
export async function makeArtifact(dir: string, layerBytes: number, seed = 'seed'): Promise<TestArtifact> {
  const data = Buffer.from(JSON.stringify({ created: new Date(0).toISOString(), seed }));
  const layerPath = path.join(dir, `layer-${seed}-${layerBytes}.bin`);
  // Deterministic pseudo-random bytes, so chunk boundaries carry distinct data.
  const layer = Buffer.alloc(layerBytes);
  let block = createHash('sha256').update(seed).digest();
  for (let offset = 0; offset < layerBytes; offset += block.length) {
    block.copy(layer, offset);
    block = createHash('sha256').update(block).digest();
  }
  await writeFile(layerPath, layer);
  const config = { digest: sha256Digest(data), size: data.length, data };
  const layerDescriptor = { digest: sha256Digest(layer), size: layerBytes, path: layerPath };
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.cncf.flux.config.v1+json', size: config.size, digest: config.digest },
      layers: [{ mediaType: 'application/vnd.cncf.flux.content.v1.tar+gzip', size: layerBytes, digest: layerDescriptor.digest }],
      annotations: { 'org.opencontainers.image.source': 'test', seed },
    }),
  );
  return { config, layer: layerDescriptor, manifest, manifestDigest: sha256Digest(manifest) };
}

/** skopeo reads the manifest back: an independent client confirms what we stored. */
export async function skopeoRawManifest(registry: Pick<Registry, 'certDir'>, ref: string, creds?: string): Promise<string> {
  const tls = registry.certDir ? ['--cert-dir', registry.certDir] : ['--tls-verify=false'];
  const args = ['inspect', '--raw', ...tls, ...(creds ? ['--creds', creds] : []), `docker://${ref}`];
  return (await run('skopeo', args)).stdout;
}
