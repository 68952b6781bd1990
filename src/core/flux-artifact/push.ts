import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ActionIO } from '../io.js';
import type { RegistryClient } from '../oci/client.js';
import { writeBlobFile } from '../oci/blob-file.js';
import { moveTags, type TagRegistry } from '../oci/tag-move.js';
import {
  buildAnnotations,
  buildConfigBlob,
  buildManifest,
  CREATED_ANNOTATION,
  descriptorOf,
  DIFF_ID_ANNOTATION,
  FLUX_CONFIG_MEDIA_TYPE,
  FLUX_CONTENT_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  recordedLayer,
  type Descriptor,
} from './flux-format.js';
import { createIgnoreMatcher } from './ignore-rules.js';
import { digestTar, packLayer, type TarDigest } from './pack.js';
import { walkArtifactLazily, type ArtifactEntry, type WalkResult } from './walk.js';

export type ArtifactRegistry = Pick<RegistryClient, 'checkAccess' | 'expectPush' | 'uploadBlob'> & TagRegistry;

export interface PushArtifactOptions {
  repository: string;
  /** The tag of the `url` input, then the `tags` input. */
  tags: readonly string[];
  /** Real path of the directory (or single file) to pack. */
  root: string;
  ignorePaths: readonly string[];
  /** Pack what in-tree symlinks point to, rather than skip every symlink as Flux does by default. */
  resolveSymlinks?: boolean;
  source: string;
  revision: string;
  /** The created time unless an annotation overrides it. */
  created: string;
  annotations: ReadonlyMap<string, string>;
  /** Where the compressed layer is written before its upload. */
  tempDir: string;
}

export type TagOutcome = 'pushed' | 'unchanged';

export interface PushArtifactResult {
  /** The manifest digest. */
  digest: string;
  manifest: Buffer;
  config: Descriptor;
  layer: Descriptor;
  annotations: Record<string, string>;
  files: number;
  tarSize: number;
  /** `registry`: the tag's manifest already held this very tarball, so nothing was compressed or uploaded. */
  layerSource: 'registry' | 'packed';
  tags: { tag: string; outcome: TagOutcome }[];
}

/** A layer and the tarball inside it. */
interface Layer extends TarDigest {
  descriptor: Descriptor;
}

/**
 * `flux push artifact` without flux: pack, upload the blobs, then put the manifest under each tag
 * last, so a failure anywhere before leaves every tag as it was, and a failure on a later tag
 * puts back the earlier ones. A tag already pointing at the
 * identical manifest is left alone and reported as unchanged.
 *
 * Skipping unchanged trees needs nothing from an earlier job: the tag's manifest is read first,
 * and when its diff_id annotation equals the digest of the tarball this tree makes (read and
 * hashed, not compressed), its layer is reused as it is: nothing is packed or uploaded, and the
 * manifest is rebuilt around it, so new annotations and extra tags still apply.
 */
export async function pushArtifact(options: PushArtifactOptions, registry: ArtifactRegistry, io: ActionIO): Promise<PushArtifactResult> {
  const annotations = buildAnnotations({ source: options.source, revision: options.revision, created: options.created, extra: options.annotations });
  const [firstTag, ...extraTags] = options.tags;
  registry.expectPush(options.repository);
  const current = await registry.getManifest(options.repository, firstTag);
  const recorded = current && recordedLayer(current.body);
  const walk = walkArtifactLazily(options.root, createIgnoreMatcher(options.ignorePaths), { resolveSymlinks: options.resolveSymlinks ?? false });

  let layer: Layer | undefined;
  let entries: Iterable<ArtifactEntry> = walk.entries;
  if (recorded) {
    entries = [...walk.entries];
    const tar = digestTar(entries);
    if (tar.diffId === recorded.diffId) {
      io.info(`${options.repository}:${firstTag} already holds this tree (tar ${tar.diffId}): reusing its layer ${recorded.layer.digest}, nothing packed.`);
      layer = { ...tar, descriptor: recorded.layer };
    }
  }
  // Before any packing work: wrong credentials or a missing permission fail here, in seconds.
  if (!layer) await registry.checkAccess(options.repository, 'push');
  layer ??= await packAndUpload(options, entries, walk.result, registry, io);
  const files = reportWalk(walk.result, options, io);

  const artifact = describeArtifact(layer, annotations);
  const heads = [current && { digest: current.digest, mediaType: current.mediaType, size: current.body.length }, ...(await Promise.all(extraTags.map((tag) => registry.headManifest(options.repository, tag))))];
  // The config must be in before any manifest names it.
  if (heads.some((head) => head?.digest !== artifact.digest)) {
    await registry.uploadBlob(options.repository, { digest: artifact.config.digest, size: artifact.config.size, data: artifact.configBlob });
  }
  // All tags or none: a tag that cannot move puts back those moved before it.
  const { digest, manifest } = artifact;
  const moves = await moveTags(registry, options.repository, { digest, body: manifest, mediaType: OCI_MANIFEST_MEDIA_TYPE }, options.tags, io, { current: heads });
  const tags: PushArtifactResult['tags'] = moves.map(({ tag, outcome }) => {
    io.info(outcome === 'unchanged' ? `${options.repository}:${tag} already points to ${digest}: skipped the push.` : `Pushed ${options.repository}:${tag} -> ${digest}`);
    return { tag, outcome: outcome === 'unchanged' ? 'unchanged' : 'pushed' };
  });
  return {
    digest,
    manifest,
    config: artifact.config,
    layer: layer.descriptor,
    annotations: artifact.annotations,
    files,
    tarSize: layer.tarSize,
    layerSource: recorded?.layer === layer.descriptor ? 'registry' : 'packed',
    tags,
  };
}

interface Artifact {
  annotations: Record<string, string>;
  configBlob: Buffer;
  config: Descriptor;
  manifest: Buffer;
  digest: string;
}

/** Config and manifest bytes for a layer: a pure function, so a reused layer gives the same manifest as a fresh pack. */
function describeArtifact(layer: Layer, userAnnotations: Record<string, string>): Artifact {
  const annotations: Record<string, string> = { ...userAnnotations, [DIFF_ID_ANNOTATION]: layer.diffId };
  const configBlob = buildConfigBlob(layer.diffId, annotations[CREATED_ANNOTATION]);
  const config = descriptorOf(FLUX_CONFIG_MEDIA_TYPE, configBlob);
  const manifest = buildManifest(config, layer.descriptor, annotations);
  return { annotations, configBlob, config, manifest, digest: descriptorOf(OCI_MANIFEST_MEDIA_TYPE, manifest).digest };
}

async function packAndUpload(options: PushArtifactOptions, entries: Iterable<ArtifactEntry>, walk: WalkResult, registry: ArtifactRegistry, io: ActionIO): Promise<Layer> {
  const workDir = await mkdtemp(path.join(options.tempDir, 'push-oci-artifact-'));
  try {
    let packed: TarDigest | undefined;
    const blob = await writeBlobFile(workDir, async (sink) => {
      packed = await packLayer(entries, sink, { io });
    });
    const { diffId, tarSize } = packed!;
    io.info(`Packed ${walk.entries.length} entries: ${formatBytes(tarSize)} tar, ${formatBytes(blob.size)} gzip, layer ${blob.digest}`);
    const outcome = await registry.uploadBlob(options.repository, { digest: blob.digest, size: blob.size, path: blob.path });
    io.info(outcome === 'exists' ? 'The registry already has this layer.' : `Uploaded the layer (${formatBytes(blob.size)}).`);
    return { diffId, tarSize, descriptor: { mediaType: FLUX_CONTENT_MEDIA_TYPE, digest: blob.digest, size: blob.size } };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Warns about what the walk left out; returns how many files it packed. */
function reportWalk(walk: WalkResult, { root, resolveSymlinks }: PushArtifactOptions, io: ActionIO): number {
  for (const link of walk.skippedSymlinks) {
    io.warning(
      resolveSymlinks
        ? `Skipped the symlink "${link}": it points out of ${root}, nowhere, or up to a directory that holds it.`
        : `Skipped the symlink "${link}": Flux artifacts hold only regular files and directories (resolve-symlinks packs what in-tree links point to).`,
    );
  }
  for (const special of walk.skippedSpecial) io.warning(`Skipped "${special}": not a regular file or directory.`);
  const files = walk.entries.reduce((count, entry) => count + (entry.type === 'file' ? 1 : 0), 0);
  if (files === 0) io.warning(`No files under ${root} after the ignore rules: the artifact is empty.`);
  return files;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
