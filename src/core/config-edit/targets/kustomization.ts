import { isMap, isScalar, isSeq, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { findUpdate, type ResolvedUpdate } from '../image-update.js';
import { ENTRY_FIELDS, setImageEntry, type EntryField, type KustomizeImage } from '../kustomize-entry.js';
import { ConfigurationError } from '../../errors.js';
import { eolOf, lineEndOf, lineStartOf, type TextEdit } from '../text-edits.js';
import { deletePair, insertPair, mapEntry, mapValue, renderScalar, replaceScalar, scalarText, type ParsedDocument } from '../yaml-nodes.js';
import type { TargetResult } from './common.js';

export function readEntry(item: unknown): KustomizeImage | undefined {
  const name = scalarText(mapValue(item, 'name'));
  if (name === undefined) return undefined;
  const entry: KustomizeImage = { name };
  for (const field of ENTRY_FIELDS) {
    const value = scalarText(mapValue(item, field));
    if (value !== undefined) entry[field] = value;
  }
  return entry;
}

/** The update an entry answers to: by its `name`, or else by the `newName` the overlay really runs. */
export function matchEntry(entry: KustomizeImage, updates: ResolvedUpdate[]): { update: ResolvedUpdate; byNewName: boolean } | undefined {
  const byName = findUpdate(entry.name, updates);
  if (byName) return { update: byName, byNewName: false };
  const byNewName = entry.newName === undefined ? undefined : findUpdate(entry.newName, updates);
  return byNewName ? { update: byNewName, byNewName: true } : undefined;
}

/**
 * `kustomize edit set image` on `images:`, with kustomize's data semantics but none of its
 * re-serialisation: only the touched scalars change; a field that goes away takes its line, and
 * a field that appears reuses a dropped field's line when there is one.
 */
export function editKustomization(
  source: string,
  document: ParsedDocument,
  updates: ResolvedUpdate[],
  adding: AddMissing | undefined,
  result: TargetResult,
): void {
  const images = mapValue(document.contents, 'images');
  const found = new Set<string>();
  if (isSeq(images)) {
    for (const item of images.items) {
      const current = readEntry(item);
      const match = current && matchEntry(current, updates);
      if (!match || !isMap(item)) continue;
      found.add(match.update.key);
      result.referenced.add(match.update.key);
      result.edits.push(...rewriteEntry(source, item, current, setImageEntry(current, match.update, match.byNewName)));
    }
  }
  if (!adding) return;
  const entries: KustomizeImage[] = [];
  for (const update of updates) {
    if (found.has(update.key)) continue;
    const spellings = adding.spellings(update);
    if (spellings === undefined) {
      if (!adding.strict) continue;
      throw new ConfigurationError(
        `${adding.path}: cannot tell how the resources of this kustomization spell ${update.image} (a remote, missing or outside base), ` +
          'and kustomize matches images[].name literally: add the entry by hand, or name the file that holds the image',
        'files',
      );
    }
    for (const name of [...spellings].sort()) entries.push(setImageEntry({ name }, update, false));
    if (spellings.size) result.referenced.add(update.key);
  }
  if (entries.length) result.edits.push(...addEntries(source, document, entries));
}

/**
 * Adding entries for images the kustomization does not list yet, as `kustomize edit set image`
 * does, but named the way its resources spell the image (`spellings`, from kustomize-resources):
 * an entry named otherwise would be read by nothing. `strict`: a kustomization whose resources
 * cannot be read is an error (the kind was named), else it is left alone.
 */
export interface AddMissing {
  path: string;
  spellings: (update: ResolvedUpdate) => Set<string> | undefined;
  strict: boolean;
}

function rewriteEntry(source: string, item: YAMLMap, current: KustomizeImage, next: KustomizeImage): TextEdit[] {
  const edits: TextEdit[] = [];
  const added: EntryField[] = [];
  const dropped: EntryField[] = [];
  for (const field of ENTRY_FIELDS) {
    const value = next[field];
    // A field written with no value (`newTag:` or `newTag: ~`) reads as absent but its key is
    // there: it is filled in place, since adding the key again would make a duplicate key.
    const existing = mapValue(item, field);
    if (value !== undefined && isScalar(existing)) {
      const edit = replaceScalar(source, existing, value);
      if (edit) edits.push(edit);
    } else if (value !== undefined) {
      added.push(field);
    } else if (current[field] !== undefined) {
      dropped.push(field);
    }
  }
  while (added.length && dropped.length) {
    // `newTag: v1` becoming `digest: sha256:…` is one changed line, not a deletion plus an insertion.
    const field = added.shift()!;
    const pair = mapEntry(item, dropped.shift()!)!;
    // A trailing comment described the field that goes: it goes with it.
    const valueEnd = pair.value!.range![1];
    const lineEnd = lineEndOf(source, valueEnd);
    const end = /^[ \t]*#/.test(source.slice(valueEnd, lineEnd)) && !item.flow ? lineEnd : valueEnd;
    edits.push({ start: pair.key.range![0], end, text: `${field}: ${renderScalar(next[field]!)}` });
  }
  for (const field of dropped) edits.push(deletePair(source, item, field)!);
  for (const field of added) {
    const later = ENTRY_FIELDS.slice(ENTRY_FIELDS.indexOf(field) + 1).find((other) => mapEntry(item, other));
    edits.push(insertPair(source, item, field, next[field]!, later));
  }
  return edits;
}

function entryPairs(entry: KustomizeImage): [string, string][] {
  return [['name', entry.name], ...ENTRY_FIELDS.filter((field) => entry[field] !== undefined).map((field): [string, string] => [field, entry[field]!])];
}

/** New entries, each at its sorted place (kustomize keeps the list sorted by name), in the list's own layout. */
function addEntries(source: string, document: ParsedDocument, entries: KustomizeImage[]): TextEdit[] {
  const images = mapValue(document.contents, 'images');
  if (isSeq(images) && images.items.length > 0 && !images.flow) return entries.map((entry) => addEntry(source, document, entry));
  // A flow list, or no list yet: one edit holding every new entry.
  return [addEntry(source, document, entries[0], entries.slice(1))];
}

/** A new `images:` entry at its sorted place (kustomize keeps the list sorted by name), in the list's own layout. */
function addEntry(source: string, document: ParsedDocument, entry: KustomizeImage, more: KustomizeImage[] = []): TextEdit {
  const eol = eolOf(source);
  const images = mapValue(document.contents, 'images') as YAMLSeq | null | undefined;
  const pairs = entryPairs(entry);
  if (!images || !isSeq(images) || images.items.length === 0 || images.flow) {
    const flowItem = [pairs, ...more.map(entryPairs)].map((each) => `{${each.map(([key, value]) => `${key}: ${renderScalar(value)}`).join(', ')}}`).join(', ');
    if (isSeq(images) && images.flow) {
      const close = images.range![1] - 1;
      return { start: close, end: close, text: images.items.length ? `, ${flowItem}` : flowItem };
    }
    const items = [pairs, ...more.map(entryPairs)].map((each) => each.map(([key, value], index) => `${index ? '  ' : '- '}${key}: ${renderScalar(value)}`).join(eol));
    const block = `images:${eol}${items.join(eol)}${eol}`;
    const existing = mapEntry(document.contents, 'images');
    if (existing) {
      // `images:` with no value: the list goes after the key's line.
      const at = lineEndOf(source, existing.key.range![0]);
      return { start: lineStartOf(source, existing.key.range![0]), end: source.indexOf('\n', at) < 0 ? source.length : source.indexOf('\n', at) + 1, text: block };
    }
    return { start: source.length, end: source.length, text: `${source.length && !source.endsWith('\n') ? eol : ''}${block}` };
  }
  const items = images.items.filter(isMap) as YAMLMap<Scalar>[];
  const first = items[0];
  const keyStart = first.items[0].key.range![0];
  const dashAt = source.lastIndexOf('-', keyStart);
  const dashIndent = ' '.repeat(dashAt - lineStartOf(source, dashAt));
  const keyIndent = ' '.repeat(keyStart - lineStartOf(source, keyStart));
  const lines = pairs.map(([key, value], index) =>
    index ? `${keyIndent}${key}: ${renderScalar(value)}` : `${dashIndent}-${' '.repeat(keyStart - dashAt - 1)}${key}: ${renderScalar(value)}`,
  );
  const later = items.find((item) => (scalarText(mapValue(item, 'name')) ?? '') > entry.name);
  if (later) {
    const at = lineStartOf(source, later.items[0].key.range![0]);
    return { start: at, end: at, text: lines.join(eol) + eol };
  }
  const last = items[items.length - 1];
  const lastPair = last.items[last.items.length - 1];
  const at = lineEndOf(source, Math.max((lastPair.value as Scalar | null)?.range?.[1] ?? lastPair.key.range![1], 1) - 1);
  return { start: at, end: at, text: eol + lines.join(eol) };
}
