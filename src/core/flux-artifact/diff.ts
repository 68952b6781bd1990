import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ActionFailure } from '../errors.js';
import type { RegistryClient } from '../oci/client.js';
import { FLUX_CONTENT_MEDIA_TYPE, recordedLayer } from './flux-format.js';
import { createIgnoreMatcher } from './ignore-rules.js';
import { digestTar } from './pack.js';
import { walkArtifact } from './walk.js';

export type DiffRegistry = Pick<RegistryClient, 'getManifest' | 'blobStream'>;

export interface ArtifactDiff {
  /** True when the tree's tarball is not the one the tag holds (or the tag does not exist). */
  changed: boolean;
  /** The manifest the tag names; undefined when there is no such tag. */
  digest?: string;
  /** sha256 of the tarball this tree makes. */
  localDiffId: string;
  /** sha256 of the tarball in the tag's layer. */
  remoteDiffId?: string;
}

/**
 * `flux diff artifact` compares the sha256 and size of a freshly gzipped layer with the tag's
 * (fluxcd/pkg oci/diff.go), which can only match bytes from the same deflate. This compares the
 * uncompressed tarballs instead: the tag's from our diff_id annotation, or, for an artifact
 * another tool pushed, by reading its layer through gunzip; so it answers for any Flux artifact.
 */
export async function diffArtifact(
  options: { repository: string; tag: string; root: string; ignorePaths: readonly string[]; resolveSymlinks: boolean },
  registry: DiffRegistry,
): Promise<ArtifactDiff> {
  const manifest = await registry.getManifest(options.repository, options.tag);
  const local = digestTar(walkArtifact(options.root, createIgnoreMatcher(options.ignorePaths), { resolveSymlinks: options.resolveSymlinks }).entries);
  if (!manifest) return { changed: true, localDiffId: local.diffId };
  const remoteDiffId = recordedLayer(manifest.body)?.diffId ?? (await layerDiffId(registry, options.repository, options.tag, manifest.body));
  return { changed: remoteDiffId !== local.diffId, digest: manifest.digest, localDiffId: local.diffId, remoteDiffId };
}

/** sha256 of the tarball inside a Flux artifact's one layer, read through gunzip. */
async function layerDiffId(registry: DiffRegistry, repository: string, tag: string, body: Buffer): Promise<string> {
  const manifest = JSON.parse(body.toString('utf8')) as { layers?: { mediaType?: string; digest?: string; size?: number }[] };
  const layer = manifest.layers?.length === 1 ? manifest.layers[0] : undefined;
  if (layer?.mediaType !== FLUX_CONTENT_MEDIA_TYPE || typeof layer.digest !== 'string' || typeof layer.size !== 'number') {
    throw new ActionFailure(`${repository}:${tag} is not a Flux artifact (one ${FLUX_CONTENT_MEDIA_TYPE} layer): nothing to compare the tree with.`);
  }
  const { stream } = await registry.blobStream(repository, layer.digest, { start: 0, end: layer.size, size: layer.size });
  const hash = createHash('sha256');
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback();
    },
  });
  await pipeline(stream, createGunzip(), sink);
  return `sha256:${hash.digest('hex')}`;
}
