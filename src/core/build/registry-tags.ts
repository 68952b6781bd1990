import { ActionFailure } from '../errors.js';
import type { ActionIO } from '../io.js';
import { moveTags, type TagRegistry } from '../oci/tag-move.js';

/** What build-push needs from a registry client (src/core/oci's RegistryClient provides it). */
export interface RegistryOperations extends TagRegistry {
  checkAccess(repository: string, action: 'pull' | 'push'): Promise<unknown>;
  /** A blob's bytes, verified against `digest` (here: an image config, for its labels). */
  getBlob(repository: string, digest: string): Promise<Buffer>;
}

export const REVISION_LABEL = 'org.opencontainers.image.revision';

/**
 * The image ID of a pushed single-platform image: its config digest, which is what buildah and
 * docker report as the ID. An index has no single config, so it has no ID.
 */
export async function imageIdInRegistry(registry: RegistryOperations, repository: string, digest: string): Promise<string> {
  const manifest = await registry.getManifest(repository, digest);
  if (!manifest) return '';
  try {
    const config = (JSON.parse(manifest.body.toString('utf8')) as { config?: { digest?: unknown } }).config;
    return typeof config?.digest === 'string' ? config.digest : '';
  } catch {
    return '';
  }
}

/**
 * The image `tag` names, when it was built from `revision`. A `sha-<7>` tag can name another
 * commit whose SHA starts alike, so the image's revision label, when it has one, must agree:
 * otherwise reusing it would ship another commit's code under this commit's name.
 */
export async function findExisting(
  registry: RegistryOperations,
  repository: string,
  tag: string,
  revision: string | undefined,
  io: ActionIO,
): Promise<{ digest: string } | undefined> {
  const existing = await registry.headManifest(repository, tag);
  if (!existing || !revision) return existing;
  const built = await revisionInRegistry(registry, repository, existing.digest);
  if (built !== undefined && built !== revision) {
    io.warning(`${tag} exists but was built from commit ${built}, not ${revision}: building`);
    return undefined;
  }
  return existing;
}

/** The revision label of an image (of an index's first image), undefined when it has none. */
async function revisionInRegistry(registry: RegistryOperations, repository: string, digest: string): Promise<string | undefined> {
  let manifest = parseJson(await registry.getManifest(repository, digest)) as { config?: { digest?: unknown }; manifests?: { digest?: unknown }[] };
  const child = manifest.manifests?.[0]?.digest;
  if (typeof child === 'string') manifest = parseJson(await registry.getManifest(repository, child)) as typeof manifest;
  const configDigest = manifest.config?.digest;
  if (typeof configDigest !== 'string') return undefined;
  const config = parseJson({ body: await registry.getBlob(repository, configDigest) }) as { config?: { Labels?: Record<string, unknown> | null } };
  const revision = config.config?.Labels?.[REVISION_LABEL];
  return typeof revision === 'string' ? revision : undefined;
}

function parseJson(content: { body: Buffer } | undefined): unknown {
  try {
    return content ? (JSON.parse(content.body.toString('utf8')) as unknown) ?? {} : {};
  } catch {
    return {};
  }
}

/**
 * Points each tag at `digest` by copying the manifest inside the registry (no pull, no push of
 * layers, same digest), all or nothing (see moveTags): a tag already there is left alone; one
 * pointing elsewhere is moved, as a build would have moved it (e.g. `latest` on a release of an
 * already-built commit). `alreadyMoved` names a tag the builder pushed itself, put back too when
 * a later tag fails.
 */
export async function applyTags(
  registry: RegistryOperations,
  repository: string,
  digest: string,
  tags: readonly string[],
  io: ActionIO,
  alreadyMoved: readonly { tag: string; previous?: string }[] = [],
): Promise<void> {
  const manifest = await registry.getManifest(repository, digest);
  if (!manifest) throw new ActionFailure(`${registry.registry}/${repository}@${digest} is not in the registry: no tag was moved.`);
  const moves = await moveTags(registry, repository, manifest, tags, io, { alreadyMoved });
  for (const move of moves) {
    const how = move.outcome === 'unchanged' ? `already ${digest}` : move.outcome === 'moved' ? `moved from ${move.previous} → ${digest}` : `added → ${digest}`;
    io.info(`${move.tag}: ${how}`);
  }
}
