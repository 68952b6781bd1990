import { isMap, isScalar } from 'yaml';
import type { ResolvedUpdate } from './image-update.js';
import { editArgoApplication } from './targets/argocd.js';
import { emptyResult, setKey, splitKeyPath, type TargetKind, type TargetResult } from './targets/common.js';
import { editHelmValues, type HelmKeys } from './targets/helm-values.js';
import { editJsonImages, parseJsonFile, setJsonPath } from './targets/json.js';
import { editKustomization } from './targets/kustomization.js';
import { editCompose, editKubernetes } from './targets/workloads.js';
import { mapValue, nodeAt, parseYamlFile, replaceScalar, scalarText, type ParsedDocument } from './yaml-nodes.js';

export interface FileOptions {
  updates: ResolvedUpdate[];
  /** Undefined: each document's kind is detected from its content and file name. */
  kinds?: TargetKind[];
  helm?: HelmKeys;
  set?: { path: string; value: string }[];
  /** How the resources of a kustomization spell an image (see kustomize-resources); without it no entry is added. */
  spellings?: (kustomizationPath: string, update: ResolvedUpdate) => Set<string> | undefined;
}

const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
const ARGOCD_SOURCE_FILE = /(^|\/)\.argocd-source[^/]*\.ya?ml$/;

export function isJsonPath(path: string): boolean {
  return path.toLowerCase().endsWith('.json');
}

export function isKustomizationPath(path: string): boolean {
  return KUSTOMIZATION_FILE.test(path);
}

/** What a YAML document is, from its `apiVersion`/`kind`, its shape and its file name. */
export function detectKind(path: string, document: ParsedDocument): TargetKind | undefined {
  const root = document.contents;
  if (!isMap(root)) return undefined;
  const kind = scalarText(mapValue(root, 'kind'));
  const apiVersion = scalarText(mapValue(root, 'apiVersion'));
  // A Component (kustomize.config.k8s.io/v1alpha1) carries `images:` like a Kustomization, and
  // runs after the resources: an override there wins over the base.
  if ((kind === 'Kustomization' || kind === 'Component') && (!apiVersion || apiVersion.startsWith('kustomize.config.k8s.io/'))) return 'kustomization';
  if (!apiVersion && KUSTOMIZATION_FILE.test(path)) return 'kustomization';
  if (apiVersion?.startsWith('argoproj.io/') && (kind === 'Application' || kind === 'ApplicationSet')) return 'argocd-application';
  if (ARGOCD_SOURCE_FILE.test(path)) return 'argocd-application';
  if (apiVersion && kind) return 'kubernetes';
  if (isMap(mapValue(root, 'services'))) return 'compose';
  return 'helm-values';
}

/**
 * A Flux Kustomization's `spec` (its `images:` entries are kustomize's) or a HelmRelease's
 * `spec.values` (a values tree), as a document of its own for the editors.
 */
function fluxPart(document: ParsedDocument): { kind: 'kustomization' | 'helm-values'; part: ParsedDocument } | undefined {
  const root = document.contents;
  const apiVersion = scalarText(mapValue(root, 'apiVersion')) ?? '';
  const kind = scalarText(mapValue(root, 'kind'));
  const spec = mapValue(root, 'spec');
  if (apiVersion.startsWith('kustomize.toolkit.fluxcd.io/') && kind === 'Kustomization' && isMap(spec)) {
    return { kind: 'kustomization', part: { contents: spec } as ParsedDocument };
  }
  const values = mapValue(spec, 'values');
  if (apiVersion.startsWith('helm.toolkit.fluxcd.io/') && kind === 'HelmRelease' && isMap(values)) {
    return { kind: 'helm-values', part: { contents: values } as ParsedDocument };
  }
  return undefined;
}

/** Runs the editors that apply to one file and collects their edits. */
export function editFile(path: string, source: string, options: FileOptions): TargetResult {
  const result = emptyResult();
  const setPaths = (options.set ?? []).map((entry) => ({ text: entry.path, path: splitKeyPath(entry.path, 'set'), value: entry.value }));
  if (isJsonPath(path)) {
    for (const root of parseJsonFile(path, source)) {
      if (!options.kinds || options.kinds.includes('json')) editJsonImages(source, root, options.updates, result);
      for (const entry of setPaths) {
        const found = setJsonPath(source, root, entry.path, entry.value);
        if (!found) continue;
        result.referenced.add(setKey(entry.text));
        if (found.edit) result.edits.push(found.edit);
      }
    }
    return result;
  }
  for (const document of parseYamlFile(path, source)) {
    const detected = detectKind(path, document);
    const kinds = options.kinds ?? (detected ? [detected] : []);
    const flux = options.kinds ? undefined : fluxPart(document);
    if (flux) {
      // Flux objects hold the data kustomize or Helm reads one level down: `spec.images`, `spec.values`.
      if (flux.kind === 'kustomization') editKustomization(source, flux.part, options.updates, undefined, result);
      else editHelmValues(path, source, flux.part, options.updates, options.helm, result);
    }
    for (const kind of kinds) {
      if (kind === 'kustomization') {
        // Named outright, the kind adds missing entries as `kustomize edit set image` does.
        const spellings = options.spellings;
        const adding = options.kinds?.includes('kustomization') && detected === 'kustomization' && spellings
          ? { path, spellings: (update: ResolvedUpdate) => spellings(path, update), strict: true }
          : undefined;
        editKustomization(source, document, options.updates, adding, result);
      } else if (kind === 'kubernetes') editKubernetes(source, document, options.updates, result);
      else if (kind === 'compose') editCompose(source, document, options.updates, result);
      else if (kind === 'helm-values') editHelmValues(path, source, document, options.updates, options.helm, result);
      else if (kind === 'argocd-application') editArgoApplication(path, source, document, options.updates, options.helm, result);
    }
    for (const entry of setPaths) {
      const node = nodeAt(document.contents, entry.path);
      if (!isScalar(node)) continue;
      result.referenced.add(setKey(entry.text));
      const edit = replaceScalar(source, node, entry.value, true);
      if (edit) result.edits.push(edit);
    }
  }
  return result;
}
