import { ActionFailure } from '../errors.js';
import type { ActionIO } from '../io.js';
import { moveTags, type TagRegistry } from '../oci/tag-move.js';

/**
 * `flux tag artifact`: point more tags at the manifest a tag names, by re-putting its exact bytes
 * (no blob moves, nothing packed), all or nothing as every tag move here (oci/tag-move.ts).
 */
export async function tagArtifact(
  registry: TagRegistry,
  repository: string,
  from: string,
  tags: readonly string[],
  io: Pick<ActionIO, 'info' | 'warning'>,
): Promise<{ digest: string; tags: string[]; changed: boolean }> {
  const manifest = await registry.getManifest(repository, from);
  if (!manifest) throw new ActionFailure(`${registry.registry}/${repository}:${from} does not exist: nothing to tag.`);
  const moves = await moveTags(registry, repository, manifest, tags, io);
  for (const move of moves) {
    io.info(move.outcome === 'unchanged' ? `${repository}:${move.tag} already points to ${manifest.digest}.` : `Tagged ${repository}:${move.tag} -> ${manifest.digest}`);
  }
  return { digest: manifest.digest, tags: [from, ...tags], changed: moves.some((move) => move.outcome !== 'unchanged') };
}
