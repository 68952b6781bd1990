import { isMap, isScalar, type Scalar, type YAMLMap } from 'yaml';
import { ConfigurationError } from '../../errors.js';
import { findUpdate, PRESERVE, type ResolvedUpdate } from '../image-update.js';
import { insertPair, mapValue, nodeAt, replaceScalar, scalarText, walkMaps, type ParsedDocument } from '../yaml-nodes.js';
import { editImageString, splitKeyPath, type TargetResult } from './common.js';
import { lineNumberAt } from '../text-edits.js';

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
 * How a chart splits the image name: a `registry` key beside the repository (the Bitnami shape),
 * possibly overridden by `global.imageRegistry`, which the chart's templates prefer when set.
 */
export interface RegistrySplit {
  /** Path (from the image's map) of the registry key, when the chart has one. */
  registryPath?: string[];
  /** `global.imageRegistry` when set: it wins over the per-image registry. */
  globalRegistry?: string;
  /** `file:line` of the image, for errors. */
  where: string;
}

/** A registry spelled in a name: the first component when it has a dot or a port, or is localhost (Docker's rule). */
function splitRegistry(name: string): { registry?: string; rest: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) return { registry: first, rest: name.slice(slash + 1) };
  return { rest: name };
}

/**
 * Writes one matched image into its slots. Without an explicit mode the update decides: a tag
 * goes to the tag key, a digest to the digest key, both to both (or `tag@digest` in the tag key
 * when the chart has no digest key). A tag written alone clears a stale digest, as kustomize does.
 * A new name is written in the chart's own split (registry and repository apart when it has a
 * registry key), and refused when the split cannot say it. A digest alone is refused when the
 * chart has no digest key: a key nothing reads would deploy nothing new.
 */
export function writeHelmImage(slots: ValueSlots, paths: KeyPaths, update: ResolvedUpdate, mode: HelmKeys['mode'] | undefined, split: RegistrySplit): void {
  if (update.newName !== undefined && update.newName !== PRESERVE) writeName(slots, paths, update.newName, split);
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
    if (!hasDigestKey) {
      throw new ConfigurationError(
        `${split.where}: ${update.image} has no digest key here (${paths.digest.join('.')}), so a digest written there would be read by nothing; ` +
          'give the tag with the digest (image:tag@sha256:…) to pin both in the tag, or name the key the chart reads with helm-digest-key',
        'image',
      );
    }
    slots.write(paths.digest, need(digest, 'digest'));
  } else if (hasDigestKey) {
    slots.write(paths.tag, need(tag, 'tag'));
    slots.write(paths.digest, need(digest, 'digest'));
  } else {
    slots.write(paths.tag, `${need(tag, 'tag')}@${need(digest, 'digest')}`);
  }
}

function writeName(slots: ValueSlots, paths: KeyPaths, newName: string, split: RegistrySplit): void {
  if (!split.registryPath && !split.globalRegistry) {
    slots.write(paths.repository, newName);
    return;
  }
  const { registry = 'docker.io', rest } = splitRegistry(newName);
  if (split.globalRegistry && split.globalRegistry !== registry) {
    throw new ConfigurationError(
      `${split.where}: global.imageRegistry (${split.globalRegistry}) overrides this image's registry, so ${newName} cannot be written in the chart's split; ` +
        `give a name on ${split.globalRegistry}, or change global.imageRegistry yourself`,
      'image',
    );
  }
  if (split.registryPath) slots.write(split.registryPath, registry);
  slots.write(paths.repository, rest);
}

/**
 * Helm values: every map (at any depth) whose repository key names a requested image (its
 * registry taken from a sibling `registry` key, or `global.imageRegistry` when set), and every
 * `image` key that holds a whole reference (`image: ghcr.io/org/app:1.2`).
 */
export function editHelmValues(
  path: string,
  source: string,
  document: ParsedDocument,
  updates: ResolvedUpdate[],
  keys: HelmKeys | undefined,
  result: TargetResult,
): void {
  const paths = keyPaths(keys);
  const globalRegistry = scalarText(nodeAt(document.contents, ['global', 'imageRegistry'])) || undefined;
  for (const base of walkMaps(document.contents)) {
    const whole = mapValue(base, 'image');
    if (isScalar(whole)) editImageString(source, whole, updates, result);
    const repositoryNode = nodeAt(base, paths.repository);
    const repository = scalarText(repositoryNode);
    if (repository === undefined) continue;
    const registryPath = [...paths.repository.slice(0, -1), 'registry'];
    const registryNode = nodeAt(base, registryPath);
    const registry = globalRegistry ?? scalarText(registryNode);
    const update = findUpdate(registry ? `${registry}/${repository}` : repository, updates);
    if (!update) continue;
    result.referenced.add(update.key);
    const where = `${path}:${lineNumberAt(source, (repositoryNode as Scalar).range![0])}`;
    writeHelmImage(mapSlots(source, base, result), paths, update, keys?.mode, { registryPath: isScalar(registryNode) ? registryPath : undefined, globalRegistry, where });
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
      result.edits.push(insertPair(source, parent, path[path.length - 1], value));
    },
  };
}
