import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ResolvedUpdate } from '../image-update.js';
import { mapEntry, mapValue, scalarText, walkMaps, type ParsedDocument } from '../yaml-nodes.js';
import { editImageString, type TargetResult } from './common.js';

const OPAQUE_KINDS = new Set(['ConfigMap', 'Secret']);

/**
 * Every `image:` scalar of a Kubernetes object: containers, init and ephemeral containers of pod
 * templates and CronJobs, and the custom resources that name images their own way (Argo
 * Workflows `container`/`script`, Tekton `steps`/`sidecars`/`stepTemplate`, Knative, Rollouts…).
 * Only a value that reads as the requested image is touched.
 */
export function* imageScalars(document: ParsedDocument): Generator<Node> {
  // A ConfigMap's or Secret's data is the application's: no image there is pulled by the cluster.
  if (OPAQUE_KINDS.has(scalarText(mapValue(document.contents, 'kind')) ?? '')) return;
  for (const map of walkMaps(document.contents)) {
    const image = mapValue(map, 'image');
    if (isScalar(image)) yield image;
  }
}

export function editKubernetes(source: string, document: ParsedDocument, updates: ResolvedUpdate[], result: TargetResult): void {
  for (const image of imageScalars(document)) editImageString(source, image, updates, result);
}

/**
 * A compose service's image node, wherever YAML put it: its own `image:` (maybe an alias of an
 * anchored scalar), or one inherited through a merge key (`<<: *common`, `<<: [*a, *b]`).
 * The anchored node is the one edited: every service sharing it moves with it.
 */
export function composeImage(document: ParsedDocument, service: unknown, depth = 0): Node | undefined {
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(document) : node);
  const own = mapEntry(service, 'image');
  if (own) return resolve(own.value) as Node | undefined;
  const merged = resolve(mapValue(service, '<<'));
  if (depth > 8) return undefined;
  for (const source of isSeq(merged) ? merged.items : [merged]) {
    const target = resolve(source);
    if (!isMap(target)) continue;
    const found = composeImage(document, target, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** docker-compose `services.*.image`; `${VAR}` interpolations are not image references and stay. */
export function editCompose(source: string, document: ParsedDocument, updates: ResolvedUpdate[], result: TargetResult): void {
  const services = mapValue(document.contents, 'services');
  if (!isMap(services)) return;
  for (const pair of services.items) editImageString(source, composeImage(document, pair.value), updates, result);
}
