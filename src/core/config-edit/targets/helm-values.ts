import { isMap, type Scalar, type YAMLMap } from 'yaml';
import { ConfigurationError } from '../../errors.js';
import { findUpdate, PRESERVE, type ResolvedUpdate } from '../image-update.js';
import { insertPair, mapValue, nodeAt, replaceScalar, scalarText, walkMaps, type ParsedDocument } from '../yaml-nodes.js';
import { splitKeyPath, type TargetResult } from './common.js';

/** Key paths (dotted, relative to the map that holds the image) and which values to write. */
export interface HelmKeys {
  repository: string;
  tag: string;
  digest?: string;
  /** Undefined: the update decides (tag only, digest only, or both). */
  mode?: 'tag' | 'digest' | 'tag-digest';
}

export const DEFAULT_HELM_KEYS = { repository: 'image.repository', tag: 'image.tag' } as const;

/** Where the values of one image live: Helm values keys, or Argo CD `helm.parameters` entries. */
export interface ValueSlots {
  read(path: string[]): string | undefined;
  /** Writes the value, adding the key or parameter when it is missing. */
  write(path: string[], value: string): void;
}

interface KeyPaths {
  repository: string[];
  tag: string[];
  digest: string[];
  digestConfigured: boolean;
}

export function keyPaths(keys: Partial<HelmKeys> | undefined): KeyPaths {
  const tag = splitKeyPath(keys?.tag ?? DEFAULT_HELM_KEYS.tag, 'helm-tag-key');
  return {
    repository: splitKeyPath(keys?.repository ?? DEFAULT_HELM_KEYS.repository, 'helm-repository-key'),
    tag,
    digest: keys?.digest ? splitKeyPath(keys.digest, 'helm-digest-key') : [...tag.slice(0, -1), 'digest'],
    digestConfigured: Boolean(keys?.digest),
  };
}

/**
 * Writes one matched image into its slots. Without an explicit mode the update decides: a tag
 * goes to the tag key, a digest to the digest key, both to both (or `tag@digest` in the tag key
 * when the chart has no digest key). A tag written alone clears a stale digest, as kustomize does.
 */
export function writeHelmImage(slots: ValueSlots, paths: KeyPaths, update: ResolvedUpdate, mode: HelmKeys['mode'] | undefined, repositoryPrefix: string): void {
  if (update.newName !== undefined && update.newName !== PRESERVE) {
    const name = repositoryPrefix && update.newName.startsWith(repositoryPrefix) ? update.newName.slice(repositoryPrefix.length) : update.newName;
    slots.write(paths.repository, name);
  }
  const tag = update.newTag === PRESERVE ? slots.read(paths.tag) : update.newTag;
  const digest = update.newDigest === PRESERVE ? slots.read(paths.digest) : update.newDigest;
  const effective = mode ?? (tag && digest ? 'tag-digest' : digest ? 'digest' : 'tag');
  const need = (value: string | undefined, what: string): string => {
    if (value) return value;
    throw new ConfigurationError(`Helm mode "${effective}" writes a ${what}, and the update for ${update.image} has none`, 'image');
  };
  if (update.newTag === undefined && update.newDigest === undefined) return;
  const hasDigestKey = paths.digestConfigured || slots.read(paths.digest) !== undefined;
  if (effective === 'tag') {
    slots.write(paths.tag, need(tag, 'tag'));
    if (slots.read(paths.digest)) slots.write(paths.digest, '');
  } else if (effective === 'digest') {
    slots.write(paths.digest, need(digest, 'digest'));
  } else if (hasDigestKey) {
    slots.write(paths.tag, need(tag, 'tag'));
    slots.write(paths.digest, need(digest, 'digest'));
  } else {
    slots.write(paths.tag, `${need(tag, 'tag')}@${need(digest, 'digest')}`);
  }
}

/** Helm values: every map (at any depth) whose repository key names a requested image; a sibling `registry` key counts. */
export function editHelmValues(
  source: string,
  document: ParsedDocument,
  updates: ResolvedUpdate[],
  keys: HelmKeys | undefined,
  result: TargetResult,
): void {
  const paths = keyPaths(keys);
  for (const base of walkMaps(document.contents)) {
    const repository = scalarText(nodeAt(base, paths.repository));
    if (repository === undefined) continue;
    const registry = scalarText(mapValue(nodeAt(base, paths.repository.slice(0, -1)), 'registry'));
    const prefix = registry ? `${registry}/` : '';
    const update = findUpdate(prefix + repository, updates);
    if (!update) continue;
    result.referenced.add(update.key);
    writeHelmImage(mapSlots(source, base, result), paths, update, keys?.mode, prefix);
  }
}

function mapSlots(source: string, base: YAMLMap, result: TargetResult): ValueSlots {
  return {
    read: (path) => scalarText(nodeAt(base, path)),
    write(path, value) {
      const node = nodeAt(base, path);
      if (node !== undefined && node !== null) {
        const edit = replaceScalar(source, node as Scalar, value);
        if (edit) result.edits.push(edit);
        return;
      }
      const parent = nodeAt(base, path.slice(0, -1));
      if (!isMap(parent) || parent.items.length === 0) {
        throw new ConfigurationError(`cannot add "${path.join('.')}": its parent is not a map in the values file`, 'helm-tag-key');
      }
      result.edits.push(insertPair(source, parent, path[path.length - 1]!, value));
    },
  };
}
