import { isMap, isSeq, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { findUpdate, splitReference, type ResolvedUpdate } from '../image-update.js';
import { formatImageOverride, setImageEntry, type KustomizeImage } from '../kustomize-entry.js';
import { lineNumberAt, lineStartOf } from '../text-edits.js';
import { mapValue, nodeAt, renderScalar, replaceScalar, scalarText, type ParsedDocument } from '../yaml-nodes.js';
import type { TargetResult } from './common.js';
import { keyPaths, writeHelmImage, type HelmKeys, type ValueSlots } from './helm-values.js';

/** The `source` blocks of an Application (`spec.source`, `spec.sources[]`) or of an `.argocd-source*.yaml` override file (the root). */
function sources(document: ParsedDocument): unknown[] {
  const root = document.contents;
  const spec = mapValue(root, 'spec');
  const template = nodeAt(root, ['spec', 'template', 'spec']);
  const found: unknown[] = [root, mapValue(spec, 'source'), mapValue(template, 'source')];
  for (const list of [mapValue(spec, 'sources'), mapValue(template, 'sources')]) if (isSeq(list)) found.push(...list.items);
  return found.filter(isMap);
}

/** Argo CD Applications: `helm.parameters` ({name, value}) and `kustomize.images` override strings. */
export function editArgoApplication(
  path: string,
  source: string,
  document: ParsedDocument,
  updates: ResolvedUpdate[],
  keys: HelmKeys | undefined,
  result: TargetResult,
): void {
  const paths = keyPaths(keys);
  for (const block of sources(document)) {
    const parameters = nodeAt(block, ['helm', 'parameters']);
    if (isSeq(parameters)) {
      const slots = parameterSlots(source, parameters, result);
      const repository = slots.read(paths.repository);
      // An `image.registry` parameter is part of the name the chart deploys (the Bitnami split).
      const registryPath = [...paths.repository.slice(0, -1), 'registry'];
      const registry = slots.read(registryPath);
      const update = repository === undefined ? undefined : findUpdate(registry ? `${registry}/${repository}` : repository, updates);
      if (update) {
        result.referenced.add(update.key);
        const where = `${path}:${lineNumberAt(source, parameters.range![0])}`;
        writeHelmImage(slots, paths, update, keys?.mode, { registryPath: registry !== undefined ? registryPath : undefined, where });
      }
    }
    const images = nodeAt(block, ['kustomize', 'images']);
    if (isSeq(images)) for (const item of images.items) editOverride(source, item, updates, result);
  }
}

function editOverride(source: string, item: unknown, updates: ResolvedUpdate[], result: TargetResult): void {
  const text = scalarText(item);
  if (text === undefined) return;
  const equals = text.indexOf('=');
  const right = splitReference(equals >= 0 ? text.slice(equals + 1) : text);
  const current: KustomizeImage = { name: equals >= 0 ? text.slice(0, equals) : right.name };
  if (equals >= 0) current.newName = right.name;
  if (right.tag !== undefined) current.newTag = right.tag;
  if (right.digest !== undefined) current.digest = right.digest;
  const byName = findUpdate(current.name, updates);
  const byNewName = !byName && current.newName !== undefined ? findUpdate(current.newName, updates) : undefined;
  const update = byName ?? byNewName;
  if (!update) return;
  result.referenced.add(update.key);
  const edit = replaceScalar(source, item as Scalar, formatImageOverride(setImageEntry(current, update, Boolean(byNewName))));
  if (edit) result.edits.push(edit);
}

function parameterSlots(source: string, parameters: YAMLSeq, result: TargetResult): ValueSlots {
  const find = (name: string): YAMLMap | undefined =>
    parameters.items.find((item): item is YAMLMap => isMap(item) && scalarText(mapValue(item, 'name')) === name);
  return {
    read: (path) => scalarText(mapValue(find(path.join('.')), 'value')),
    write(path, value) {
      const name = path.join('.');
      const parameter = find(name);
      const node = mapValue(parameter, 'value');
      if (parameter && node) {
        const edit = replaceScalar(source, node as Scalar, value);
        if (edit) result.edits.push(edit);
        return;
      }
      result.edits.push(appendParameter(source, parameters, name, value));
    },
  };
}

/** A new `{name, value}` parameter after the last one, laid out like the first. */
function appendParameter(source: string, parameters: YAMLSeq, name: string, value: string) {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const items = parameters.items.filter(isMap) as YAMLMap<Scalar>[];
  const last = items[items.length - 1];
  if (parameters.flow || !last) {
    const close = parameters.range![1] - 1;
    const text = `{name: ${renderScalar(name)}, value: ${renderScalar(value)}}`;
    return { start: close, end: close, text: items.length ? `, ${text}` : text };
  }
  const keyStart = items[0].items[0].key.range![0];
  const dashAt = source.lastIndexOf('-', keyStart);
  const dashIndent = ' '.repeat(dashAt - lineStartOf(source, dashAt));
  const keyIndent = ' '.repeat(keyStart - lineStartOf(source, keyStart));
  const lastPair = last.items[last.items.length - 1];
  const end = (lastPair.value as Scalar | null)?.range?.[1] ?? lastPair.key.range![1];
  const lineEnd = source.slice(end).search(/\r?\n|$/) + end;
  const text = `${eol}${dashIndent}-${' '.repeat(keyStart - dashAt - 1)}name: ${renderScalar(name)}${eol}${keyIndent}value: ${renderScalar(value)}`;
  return { start: lineEnd, end: lineEnd, text };
}
