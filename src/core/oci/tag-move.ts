import { ActionFailure, errorMessage } from '../errors.js';
import type { ActionIO } from '../io.js';
import type { ManifestContent, ManifestDescriptor, RegistryClient } from './client.js';
import { isValidTag } from './reference.js';

/** What moving tags needs from a registry client. */
export type TagRegistry = Pick<RegistryClient, 'registry' | 'headManifest' | 'getManifest' | 'putManifest' | 'deleteTag'>;

export type TagOutcome = 'added' | 'moved' | 'unchanged';

export interface TagMove {
  tag: string;
  outcome: TagOutcome;
  /** The digest the tag named before; undefined for a new tag. */
  previous?: string;
}

export interface MoveTagsOptions {
  /** Where each tag points now, when the caller already asked (same order as `tags`). */
  current?: readonly (ManifestDescriptor | undefined)[];
  /**
   * Tags that something else (a builder's push) already moved to the manifest, with the digest
   * each named before (undefined: it was new): put back too if a later tag fails.
   */
  alreadyMoved?: readonly { tag: string; previous?: string }[];
}

interface Planned {
  tag: string;
  previous?: ManifestContent;
}

/**
 * Points every tag at one manifest, all or nothing. First everything a move needs is checked
 * and fetched: valid names, where each tag points, and the bytes of each manifest a tag will
 * leave (to put it back). Then the tags move in order; when one fails, those already moved
 * are put back (re-put of the old manifest, or deletion of a tag that was new) and the error
 * says exactly which tags, if any, could not be put back.
 */
export async function moveTags(
  registry: TagRegistry,
  repository: string,
  manifest: ManifestContent,
  tags: readonly string[],
  io: Pick<ActionIO, 'info' | 'warning'>,
  options: MoveTagsOptions = {},
): Promise<TagMove[]> {
  const invalid = tags.filter((tag) => !isValidTag(tag));
  if (invalid.length) throw new ActionFailure(`Not valid tags, so no tag was moved: ${invalid.join(', ')}.`);
  const current = options.current ?? (await Promise.all(tags.map((tag) => registry.headManifest(repository, tag))));
  const previousOf = async (digest: string | undefined): Promise<ManifestContent | undefined> => {
    if (!digest || digest === manifest.digest) return undefined;
    const content = await registry.getManifest(repository, digest);
    if (!content) throw new ActionFailure(`${registry.registry}/${repository}@${digest} vanished while checking the tags: no tag was moved.`);
    return content;
  };
  const plan: Planned[] = [];
  const moves: TagMove[] = [];
  for (const [index, tag] of tags.entries()) {
    const before = current[index];
    if (before?.digest === manifest.digest) {
      moves.push({ tag, outcome: 'unchanged', previous: before.digest });
      continue;
    }
    plan.push({ tag, previous: await previousOf(before?.digest) });
    moves.push({ tag, outcome: before ? 'moved' : 'added', ...(before ? { previous: before.digest } : {}) });
  }
  const done: Planned[] = [];
  for (const earlier of options.alreadyMoved ?? []) done.push({ tag: earlier.tag, previous: await previousOf(earlier.previous) });

  for (const step of plan) {
    try {
      await registry.putManifest(repository, step.tag, manifest.body, manifest.mediaType);
    } catch (error) {
      const report = await putBack(registry, repository, done, io);
      throw new ActionFailure(`Cannot point ${registry.registry}/${repository}:${step.tag} at ${manifest.digest}: ${errorMessage(error)} ${report}`, { cause: error });
    }
    done.push(step);
  }
  return moves;
}

/** Undoes the moves in reverse order; returns the sentence saying where the tags stand. */
async function putBack(registry: TagRegistry, repository: string, done: readonly Planned[], io: Pick<ActionIO, 'info' | 'warning'>): Promise<string> {
  if (done.length === 0) return 'No tag was moved.';
  const restored: string[] = [];
  const stillMoved: string[] = [];
  for (const step of [...done].reverse()) {
    try {
      if (step.previous) {
        await registry.putManifest(repository, step.tag, step.previous.body, step.previous.mediaType);
        restored.push(`${step.tag} (back to ${step.previous.digest})`);
      } else if (await registry.deleteTag(repository, step.tag)) {
        restored.push(`${step.tag} (removed again)`);
      } else {
        stillMoved.push(`${step.tag} (new; this registry cannot delete a tag)`);
      }
    } catch (error) {
      stillMoved.push(`${step.tag} (${errorMessage(error)})`);
    }
  }
  if (restored.length) io.info(`Put back: ${restored.join(', ')}.`);
  const back = restored.length ? `Put back: ${restored.join(', ')}.` : '';
  const left = stillMoved.length ? `Still moved: ${stillMoved.join(', ')}.` : 'No tag is left moved.';
  return `${back} ${left}`.trim();
}
