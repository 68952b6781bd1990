import { mkdtemp, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ActionIO } from '../io.js';
import type { ManifestDescriptor, RegistryClient } from '../oci/client.js';
import { writeBlobFile } from '../oci/blob-file.js';
import { moveTags, type TagRegistry } from '../oci/tag-move.js';
import {
  buildAnnotations,
  buildConfigBlob,
  buildManifest,
  CREATED_ANNOTATION,
  descriptorOf,
  FLUX_CONFIG_MEDIA_TYPE,
  FLUX_CONTENT_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  type Descriptor,
} from './flux-format.js';
import { createIgnoreMatcher } from './ignore-rules.js';
import type { CachedLayer, LayerCache, TreeSummary } from './layer-cache.js';
import { treeSignature } from './tree-snapshot.js';
import { packLayer } from './pack.js';
import { walkArtifactLazily, type ArtifactEntry, type WalkResult } from './walk.js';

export type ArtifactRegistry = Pick<RegistryClient, 'checkAccess' | 'blobExists' | 'uploadBlob'> & TagRegistry;

export interface PushArtifactOptions {
  repository: string;
  /** The tag of the `url` input, then the `tags` input. */
  tags: readonly string[];
  /** Real path of the directory (or single file) to pack, already checked to be in the workspace. */
  root: string;
  ignorePaths: readonly string[];
  source: string;
  revision: string;
  /** The created time unless an annotation overrides it. */
  created: string;
  annotations: ReadonlyMap<string, string>;
  /** Where the compressed layer is written before its upload. */
  tempDir: string;
  cache: LayerCache;
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
  /** `cache`: the registry already held the layer this tree packs to, so nothing was compressed. */
  layerSource: 'cache' | 'packed';
  tags: { tag: string; outcome: TagOutcome }[];
}

/**
 * `flux push artifact` without flux: pack, upload the blobs, then put the manifest under each tag
 * last, so a failure anywhere before leaves every tag as it was, and a failure on a later tag
 * puts back the earlier ones. A tag already pointing at the
 * identical manifest is left alone and reported as unchanged.
 */
export async function pushArtifact(options: PushArtifactOptions, registry: ArtifactRegistry, io: ActionIO): Promise<PushArtifactResult> {
  const annotations = buildAnnotations({ source: options.source, revision: options.revision, created: options.created, extra: options.annotations });
  const { artifact, reused, summary } = await obtainArtifact(options, annotations, registry, io);
  for (const link of summary.skippedSymlinks) io.warning(`Skipped the symlink "${link}": Flux artifacts hold only regular files and directories.`);
  for (const special of summary.skippedSpecial) io.warning(`Skipped "${special}": not a regular file or directory.`);
  if (summary.files === 0) io.warning(`No files under ${options.root} after the ignore rules: the artifact is empty.`);

  const { manifest, digest, config, configBlob } = artifact;
  let current = reused?.current;
  if (!current || current.some((head) => head?.digest !== digest)) {
    // The config must be in before any manifest names it; asking where the tags point meanwhile is free.
    [, current] = await Promise.all([
      registry.uploadBlob(options.repository, { digest: config.digest, size: config.size, data: configBlob }),
      current ?? Promise.all(options.tags.map((tag) => registry.headManifest(options.repository, tag))),
    ]);
  }
  // All tags or none: a tag that cannot move puts back those moved before it.
  const moves = await moveTags(registry, options.repository, { digest, body: manifest, mediaType: OCI_MANIFEST_MEDIA_TYPE }, options.tags, io, { current });
  const tags: PushArtifactResult['tags'] = moves.map(({ tag, outcome }) => {
    io.info(outcome === 'unchanged' ? `${options.repository}:${tag} already points to ${digest}: skipped the push.` : `Pushed ${options.repository}:${tag} -> ${digest}`);
    return { tag, outcome: outcome === 'unchanged' ? 'unchanged' : 'pushed' };
  });
  return {
    digest,
    manifest,
    config,
    layer: artifact.layer,
    annotations,
    files: summary.files,
    tarSize: artifact.tarSize,
    layerSource: reused ? 'cache' : 'packed',
    tags,
  };
}

/**
 * The artifact to push: an earlier push's layer when the cache proves the tree unchanged (from
 * its snapshot alone, or else from a fresh walk) and the registry still has it; otherwise a
 * fresh pack and upload.
 */
async function obtainArtifact(
  options: PushArtifactOptions,
  annotations: Record<string, string>,
  registry: ArtifactRegistry,
  io: ActionIO,
): Promise<{ artifact: Artifact; reused?: Reused; summary: TreeSummary }> {
  const startedAtMs = Date.now();
  const recalled = await options.cache.recall(options.root, options.ignorePaths);
  let snapshotHeld = false;
  if (recalled?.snapshot) {
    // Where the tags point is asked meanwhile: needed whenever the snapshot holds, harmless otherwise.
    const current = Promise.all(options.tags.map((tag) => registry.headManifest(options.repository, tag)));
    current.catch(() => {}); // when unused; a registry failure shows again on the way that does not reuse
    snapshotHeld = await options.cache.snapshotHolds(options.root, options.ignorePaths, recalled);
    const reused = snapshotHeld ? await reuse(options, describeArtifact(recalled.layer, annotations), registry, io, current) : undefined;
    if (reused) return { artifact: reused.artifact, reused, summary: recalled.summary };
  }

  const matcher = createIgnoreMatcher(options.ignorePaths);
  const walk = walkArtifactLazily(options.root, matcher);
  let entries: Iterable<ArtifactEntry> = walk.entries;
  if (recalled && !snapshotHeld) {
    // Pushed from here before: walk everything first, to see whether anything packed changed.
    entries = [...walk.entries];
    const reused =
      recalled.signature === treeSignature(walk.result.entries) ? await reuse(options, describeArtifact(recalled.layer, annotations), registry, io) : undefined;
    if (reused) return { artifact: reused.artifact, reused, summary: summarize(walk.result) };
  }
  // Before any packing work: wrong credentials or a missing permission fail here, in seconds.
  await registry.checkAccess(options.repository, 'push');
  // Without a record the walk feeds the packer directly, so reading directories overlaps compressing.
  const snapshot = !matcher.hasNegations && (await isDirectory(options.root));
  const packed = await packAndUpload(options, entries, { walk: walk.result, startedAtMs, snapshot }, registry, io);
  return { artifact: describeArtifact(packed, annotations), summary: summarize(walk.result) };
}

interface Reused {
  artifact: Artifact;
  /** Where each tag points now. */
  current: (ManifestDescriptor | undefined)[];
}

interface Artifact {
  layer: Descriptor;
  tarSize: number;
  configBlob: Buffer;
  config: Descriptor;
  manifest: Buffer;
  digest: string;
}

/** Config and manifest bytes for a layer: a pure function, so a reused layer gives the same manifest as a fresh pack. */
function describeArtifact(layer: CachedLayer, annotations: Record<string, string>): Artifact {
  const configBlob = buildConfigBlob(layer.diffId, annotations[CREATED_ANNOTATION]);
  const config = descriptorOf(FLUX_CONFIG_MEDIA_TYPE, configBlob);
  const layerDescriptor: Descriptor = { mediaType: FLUX_CONTENT_MEDIA_TYPE, size: layer.size, digest: layer.digest };
  const manifest = buildManifest(config, layerDescriptor, annotations);
  return { layer: layerDescriptor, tarSize: layer.tarSize, configBlob, config, manifest, digest: descriptorOf(OCI_MANIFEST_MEDIA_TYPE, manifest).digest };
}

/**
 * An earlier push's layer for this unchanged tree, when the registry still has it. Tags that
 * already name the manifest prove it (a registry only stores a manifest whose blobs it holds),
 * which saves asking about the layer itself.
 */
async function reuse(
  options: PushArtifactOptions,
  artifact: Artifact,
  registry: ArtifactRegistry,
  io: ActionIO,
  asked?: Promise<(ManifestDescriptor | undefined)[]>,
): Promise<Reused | undefined> {
  const current = await (asked ?? Promise.all(options.tags.map((tag) => registry.headManifest(options.repository, tag))));
  const proven = current.some((head) => head?.digest === artifact.digest);
  if (!proven && !(await registry.blobExists(options.repository, artifact.layer.digest))) {
    io.debug(`Cached layer ${artifact.layer.digest} is not in ${options.repository}: packing again.`);
    return undefined;
  }
  io.info(`No file changed since an earlier push: reusing layer ${artifact.layer.digest}, already in the registry.`);
  return { artifact, current };
}

async function packAndUpload(
  options: PushArtifactOptions,
  entries: Iterable<ArtifactEntry>,
  state: { walk: WalkResult; startedAtMs: number; snapshot: boolean },
  registry: ArtifactRegistry,
  io: ActionIO,
): Promise<CachedLayer> {
  const workDir = await mkdtemp(path.join(options.tempDir, 'push-oci-artifact-'));
  try {
    let packed: { diffId: string; tarSize: number } | undefined;
    const blob = await writeBlobFile(workDir, async (sink) => {
      packed = await packLayer(entries, sink, { io });
    });
    const { diffId, tarSize } = packed!;
    io.info(`Packed ${state.walk.entries.length} entries: ${formatBytes(tarSize)} tar, ${formatBytes(blob.size)} gzip, layer ${blob.digest}`);
    const outcome = await registry.uploadBlob(options.repository, { digest: blob.digest, size: blob.size, path: blob.path });
    io.info(outcome === 'exists' ? 'The registry already has this layer.' : `Uploaded the layer (${formatBytes(blob.size)}).`);
    const layer = { diffId, digest: blob.digest, size: blob.size, tarSize };
    const { walk, startedAtMs, snapshot } = state;
    const record = { entries: walk.entries, newestChangeMs: walk.newestChangeMs, startedAtMs, summary: summarize(walk), snapshot };
    await options.cache.store(options.root, options.ignorePaths, record, layer);
    return layer;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function summarize(walk: WalkResult): TreeSummary {
  const files = walk.entries.reduce((count, entry) => count + (entry.type === 'file' ? 1 : 0), 0);
  return { files, entries: walk.entries.length, skippedSymlinks: walk.skippedSymlinks, skippedSpecial: walk.skippedSpecial };
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file)).isDirectory();
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
