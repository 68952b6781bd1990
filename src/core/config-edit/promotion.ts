import { isMap, isSeq } from 'yaml';
import { ConfigurationError } from '../errors.js';
import { detectKind, isJsonPath } from './edit-file.js';
import { findUpdate, resolveUpdates, splitReference, type ImageUpdate, type ResolvedUpdate } from './image-update.js';
import { scanFiles } from './scan-files.js';
import { decodeSource } from './source-text.js';
import { realRoot, selectFiles } from './select-files.js';
import { matchEntry, readEntry } from './targets/kustomization.js';
import { parseJsonFile } from './targets/json.js';
import { keyPaths } from './targets/helm-values.js';
import { composeImage, imageScalars } from './targets/workloads.js';
import { mapValue, nodeAt, parseYamlFile, scalarText, walkMaps, type ParsedDocument } from './yaml-nodes.js';

/** One place the source environment pins an image: a kustomize override wins over a plain reference. */
interface Sighting {
  key: string;
  override: boolean;
  update: Omit<ImageUpdate, 'image'>;
  file: string;
}

/**
 * Promotion: the reference each requested image runs with under `from` (a directory, file or
 * glob), as an ImageUpdate that writes exactly that name, tag and digest into another environment.
 * Sources that disagree, or that pin neither tag nor digest, are an error naming `from`.
 */
export async function readImagesFrom(root: string, from: string, images: string[]): Promise<ImageUpdate[]> {
  const base = await realRoot(root, 'from');
  const wanted = resolveUpdates(images.map((image) => ({ image })), 'image');
  const files = await selectFiles(base, [from], 'from');
  const needles = wanted.map((update) => Buffer.from(update.shortName));
  if (!files.length) throw new ConfigurationError(`"${from}" selects no YAML or JSON file`, 'from');
  const perFile = await scanFiles(files, { root: base, inputName: 'from', needles }, (path, bytes) => sightings(path, decodeSource(bytes).text, wanted));
  const all = perFile.flatMap((found) => found ?? []);
  return wanted.map((update) => {
    const mine = all.filter((sighting) => sighting.key === update.key);
    const chosen = mine.some((sighting) => sighting.override) ? mine.filter((sighting) => sighting.override) : mine;
    if (!chosen.length) throw new ConfigurationError(`no file under "${from}" references ${update.image}`, 'from');
    const distinct = new Map(chosen.map((sighting) => [JSON.stringify(sighting.update), sighting]));
    if (distinct.size > 1) {
      const list = [...distinct.values()].map((sighting) => `${describe(sighting.update)} in ${sighting.file}`).join(', ');
      throw new ConfigurationError(`"${from}" runs ${update.image} in more than one version: ${list}`, 'from');
    }
    const found = chosen[0];
    if (!found.update.newTag && !found.update.newDigest) {
      throw new ConfigurationError(`${found.file} does not pin a tag or digest for ${update.image}; there is nothing exact to promote`, 'from');
    }
    return { image: update.image, ...found.update };
  });
}

function describe(update: Omit<ImageUpdate, 'image'>): string {
  return `${update.newName ?? ''}${update.newTag ? `:${update.newTag}` : ''}${update.newDigest ? `@${update.newDigest}` : ''}`;
}

function fromReference(text: string, update: ResolvedUpdate, file: string): Sighting {
  const { tag, digest } = splitReference(text);
  const found: Sighting = { key: update.key, override: false, update: {}, file };
  if (tag !== undefined) found.update.newTag = tag;
  if (digest !== undefined) found.update.newDigest = digest;
  return found;
}

function sightings(path: string, source: string, wanted: ResolvedUpdate[]): Sighting[] {
  const found: Sighting[] = [];
  const reference = (text: string | undefined): void => {
    const update = text === undefined ? undefined : findUpdate(text, wanted);
    if (update) found.push(fromReference(text!, update, path));
  };
  if (isJsonPath(path)) {
    const visit = (node: ReturnType<typeof parseJsonFile>[number]): void => {
      const [key, value] = node.children ?? [];
      if (node.type === 'property' && key?.value === 'image' && value?.type === 'string') reference(value.value as string);
      for (const child of node.children ?? []) visit(child);
    };
    for (const root of parseJsonFile(path, source)) visit(root);
    return found;
  }
  for (const document of parseYamlFile(path, source)) {
    const kind = detectKind(path, document);
    if (kind === 'kustomization') found.push(...kustomizeSightings(path, document, wanted));
    else if (kind === 'compose') {
      const services = mapValue(document.contents, 'services');
      if (isMap(services)) for (const pair of services.items) reference(scalarText(composeImage(document, pair.value)));
    }
    else if (kind === 'helm-values') found.push(...helmSightings(path, document, wanted));
    else {
      for (const image of imageScalars(document)) reference(scalarText(image));
    }
  }
  return found;
}

function kustomizeSightings(path: string, document: ParsedDocument, wanted: ResolvedUpdate[]): Sighting[] {
  const images = mapValue(document.contents, 'images');
  if (!isSeq(images)) return [];
  return images.items.flatMap((item) => {
    const entry = readEntry(item);
    const match = entry && matchEntry(entry, wanted);
    if (!match) return [];
    const update: Sighting['update'] = {};
    // The entry's newName is what the environment runs; repeat it unless it is the requested name itself.
    if (entry.newName !== undefined && !match.byNewName) update.newName = entry.newName;
    if (entry.newTag !== undefined) update.newTag = entry.newTag;
    if (entry.digest !== undefined) update.newDigest = entry.digest;
    return [{ key: match.update.key, override: true, update, file: path }];
  });
}

function helmSightings(path: string, document: ParsedDocument, wanted: ResolvedUpdate[]): Sighting[] {
  const paths = keyPaths(undefined);
  const found: Sighting[] = [];
  for (const base of walkMaps(document.contents)) {
    const repository = scalarText(nodeAt(base, paths.repository));
    if (repository === undefined) continue;
    const registry = scalarText(mapValue(nodeAt(base, paths.repository.slice(0, -1)), 'registry'));
    const update = findUpdate(registry ? `${registry}/${repository}` : repository, wanted);
    if (!update) continue;
    const tag = scalarText(nodeAt(base, paths.tag));
    const digest = scalarText(nodeAt(base, paths.digest));
    const sighting = fromReference(`${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`, update, path);
    found.push(sighting);
  }
  return found;
}
