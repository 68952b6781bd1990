import { isMap, isSeq } from 'yaml';
import type { ResolvedUpdate } from '../image-update.js';
import { mapValue, walkMaps, type ParsedDocument } from '../yaml-nodes.js';
import { editImageString, type TargetResult } from './common.js';

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];

/**
 * Every container list anywhere in a Kubernetes object: Pod specs, workload templates, CronJob's
 * jobTemplate, and custom resources that embed a pod template (Rollouts, Knative…) alike.
 */
export function editKubernetes(source: string, document: ParsedDocument, updates: ResolvedUpdate[], result: TargetResult): void {
  for (const map of walkMaps(document.contents)) {
    for (const listKey of CONTAINER_LISTS) {
      const list = mapValue(map, listKey);
      if (!isSeq(list)) continue;
      for (const container of list.items) {
        if (isMap(container)) editImageString(source, mapValue(container, 'image'), updates, result);
      }
    }
  }
}

/** docker-compose `services.*.image`; `${VAR}` interpolations are not image references and stay. */
export function editCompose(source: string, document: ParsedDocument, updates: ResolvedUpdate[], result: TargetResult): void {
  const services = mapValue(document.contents, 'services');
  if (!isMap(services)) return;
  for (const pair of services.items) {
    if (isMap(pair.value)) editImageString(source, mapValue(pair.value, 'image'), updates, result);
  }
}
