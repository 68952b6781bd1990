import type { Scalar } from 'yaml';
import { ConfigurationError } from '../../errors.js';
import { findUpdate, rewriteReference, type ResolvedUpdate } from '../image-update.js';
import type { TextEdit } from '../text-edits.js';
import { replaceScalar, scalarText } from '../yaml-nodes.js';

export type TargetKind = 'kustomization' | 'kubernetes' | 'helm-values' | 'argocd-application' | 'compose' | 'json';

/** What one editor found in one document: the edits, and which requested images it saw (changed or not). */
export interface TargetResult {
  edits: TextEdit[];
  /** Keys (normalised names) of the updates this document references, and `setKey(path)` of the `set` paths it has. */
  referenced: Set<string>;
}

/** How a `set` path found in a file is recorded in TargetResult.referenced (apart from image keys). */
export function setKey(path: string): string {
  return `set:${path}`;
}

export function emptyResult(): TargetResult {
  return { edits: [], referenced: new Set() };
}

/** A scalar holding a whole image reference (`image: nginx:1.19`): rewritten when it names a requested image. */
export function editImageString(source: string, node: unknown, updates: ResolvedUpdate[], result: TargetResult): void {
  const text = scalarText(node);
  if (text === undefined) return;
  const update = findUpdate(text, updates);
  if (!update) return;
  result.referenced.add(update.key);
  const edit = replaceScalar(source, node as Scalar, rewriteReference(text, update));
  if (edit) result.edits.push(edit);
}

/**
 * Splits `image.tag`, `containers.0.image`, `metadata.annotations.example\.com/v`: dots separate
 * keys unless escaped, numbers index sequences (the sjson syntax Kargo's yaml-update uses).
 */
export function splitKeyPath(path: string, inputName: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let index = 0; index < path.length; index++) {
    const char = path[index];
    if (char === '\\' && path[index + 1] === '.') {
      current += '.';
      index++;
    } else if (char === '.') {
      segments.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  segments.push(current);
  if (segments.some((segment) => segment === '')) throw new ConfigurationError(`"${path}" is not a key path like image.tag`, inputName);
  return segments;
}
