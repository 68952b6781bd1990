import { posix } from 'node:path';
import { isSeq } from 'yaml';
import { findUpdate, splitReference, type ResolvedUpdate } from './image-update.js';
import { readInside } from './select-files.js';
import { decodeSource } from './source-text.js';
import { imageScalars } from './targets/workloads.js';
import { mapValue, parseYamlFile, scalarText } from './yaml-nodes.js';

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Bases nested deeper than this are not followed (kustomize itself has no limit, but a cycle would loop). */
const MAX_DEPTH = 16;

/**
 * How the resources a kustomization builds on (resources, bases, components, transitively) spell
 * an image: kustomize matches `images[].name` literally against those strings, so an entry is
 * only read when it is written the same way (`redis`, not `docker.io/library/redis`).
 * Undefined when that cannot be known from the repository: a remote base, a missing file, or a
 * resource outside the root.
 */
export function resourceSpellings(root: string, kustomizationPath: string, update: ResolvedUpdate): Set<string> | undefined {
  const spellings = new Set<string>();
  const seen = new Set<string>();
  const visitKustomization = (path: string, depth: number): boolean => {
    if (seen.has(path) || depth > MAX_DEPTH) return true;
    seen.add(path);
    const text = readText(root, path);
    if (text === undefined) return false;
    const directory = posix.dirname(path);
    for (const document of parseYamlFile(path, text)) {
      for (const field of ['resources', 'bases', 'components']) {
        const list = mapValue(document.contents, field);
        if (!isSeq(list)) continue;
        for (const item of list.items) {
          const entry = scalarText(item);
          if (entry === undefined) continue;
          if (/^[a-z][a-z0-9+.-]*:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(entry)) return false;
          const target = posix.normalize(posix.join(directory, entry));
          if (target.startsWith('../') || target === '..') return false;
          if (!visitResource(target, depth + 1)) return false;
        }
      }
    }
    return true;
  };
  const visitResource = (path: string, depth: number): boolean => {
    for (const name of KUSTOMIZATION_NAMES) {
      const nested = path === '.' ? name : `${path}/${name}`;
      if (readText(root, nested) !== undefined) return visitKustomization(nested, depth);
    }
    const text = readText(root, path);
    if (text === undefined) return false;
    for (const document of parseYamlFile(path, text)) {
      for (const image of imageScalars(document)) {
        const value = scalarText(image);
        if (value !== undefined && findUpdate(value, [update])) spellings.add(splitReference(value).name);
      }
    }
    return true;
  };
  return visitKustomization(kustomizationPath, 0) ? spellings : undefined;
}

function readText(root: string, path: string): string | undefined {
  try {
    const bytes = readInside(root, path, 'files');
    return bytes === undefined ? undefined : decodeSource(bytes).text;
  } catch {
    return undefined;
  }
}
