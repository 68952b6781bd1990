import type { ActionIO } from '../io.js';

/** What build-push needs from a registry client (src/core/oci's RegistryClient provides it). */
export interface RegistryOperations {
  checkAccess(repository: string, action: 'pull' | 'push'): Promise<unknown>;
  headManifest(repository: string, reference: string): Promise<{ digest: string; mediaType: string; size: number } | undefined>;
  getManifest(repository: string, reference: string): Promise<{ digest: string; mediaType: string; body: Buffer } | undefined>;
  copyTag(repository: string, fromReference: string, toTag: string): Promise<unknown>;
}

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

export async function findExisting(
  registry: RegistryOperations,
  repository: string,
  tag: string,
): Promise<{ digest: string } | undefined> {
  return registry.headManifest(repository, tag);
}

/**
 * Points each tag at `digest` by copying the manifest inside the registry (no pull, no push of
 * layers, same digest). A tag already there is left alone; one pointing elsewhere is moved, as a
 * build would have moved it (e.g. `latest` on a release of an already-built commit).
 */
export async function applyTags(
  registry: RegistryOperations,
  repository: string,
  digest: string,
  tags: readonly string[],
  io: ActionIO,
): Promise<void> {
  for (const tag of tags) {
    const current = await registry.headManifest(repository, tag);
    if (current?.digest === digest) {
      io.info(`${tag}: already ${digest}`);
      continue;
    }
    await registry.copyTag(repository, digest, tag);
    io.info(`${tag}: ${current ? `moved from ${current.digest}` : 'added'} → ${digest}`);
  }
}
