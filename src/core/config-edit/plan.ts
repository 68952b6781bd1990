import { ConfigurationError } from '../errors.js';
import { detectKind, editFile, isKustomizationPath } from './edit-file.js';
import { resourceSpellings } from './kustomize-resources.js';
import { editKustomization } from './targets/kustomization.js';
import { parseYamlFile } from './yaml-nodes.js';
import { findUpdate, resolveUpdates, type ImageUpdate, type ResolvedUpdate } from './image-update.js';
import { UnparseableFileError } from './unparseable.js';
import { scanFiles } from './scan-files.js';
import { readWhole, realRoot, selectFiles } from './select-files.js';
import { applyEditsToBytes, decodeSource, type SourceText } from './source-text.js';
import { emptyResult, setKey, splitKeyPath, type TargetKind, type TargetResult } from './targets/common.js';
import type { HelmKeys } from './targets/helm-values.js';
import { applyTextEdits, describeChanges, lineNumberAt, OverlappingEditsError, type LineChange, type TextEdit } from './text-edits.js';

export interface EditRequest {
  /** Absolute directory; nothing outside it is read or written. */
  root: string;
  /** Globs or paths relative to root; empty = every *.yaml, *.yml, *.json (not under .git or node_modules). */
  files: string[];
  updates: ImageUpdate[];
  /** Undefined = detect each document's kind from its content. */
  kinds?: TargetKind[];
  helm?: HelmKeys;
  /** Generic `key.path=value` edits on every selected file that has that path (scalars only). */
  set?: { path: string; value: string }[];
}

export interface FileEdit {
  /** Relative to the root, POSIX separators. */
  path: string;
  /** The file's bytes as read, and as they are to be written: identical outside the changed values. */
  beforeBytes: Buffer;
  afterBytes: Buffer;
  /** The same as text, for diffs and logs (bytes that are not UTF-8 shown as U+FFFD). */
  before: string;
  after: string;
  changes: LineChange[];
}

/** A selected file that was left alone: it does not parse, and does not hold a requested image. */
export interface SkippedFile {
  path: string;
  reason: string;
}

export interface EditPlan {
  edits: FileEdit[];
  /** Files that reference any requested image or have a `set` path, changed or not. */
  referencing: string[];
  /** Requested images (as given), and `set` paths (as `key <path>`), found in no selected file. */
  unmatched: string[];
  /** Files skipped because they do not parse; the caller warns about each. */
  skipped: SkippedFile[];
}

/** What reading one file gave: its edits, or why it was skipped. */
type Outcome = { path: string; source: SourceText; result: TargetResult } | { path: string; skipped: string };

/** Reads the selected files and computes every edit; writes nothing. */
export async function planEdits(request: EditRequest): Promise<EditPlan> {
  const root = await realRoot(request.root, 'files');
  const updates = resolveUpdates(request.updates, 'image');
  const set = request.set ?? [];
  if (!updates.length && !set.length) throw new ConfigurationError('nothing to change: give an image update or a key.path=value', 'image');
  // Cheap text filter before any parsing: a file that never mentions the image's last name
  // component (or the last key of a `set` path) cannot reference it.
  const needles = [...updates.map((update) => update.shortName), ...set.map((entry) => splitKeyPath(entry.path, 'set').at(-1)!)].map((needle) => Buffer.from(needle));
  const addsEntries = Boolean(request.kinds?.includes('kustomization'));
  const spellings = (path: string, update: ResolvedUpdate) => resourceSpellings(root, path, update);
  const options = { updates, kinds: request.kinds, helm: request.helm, set, spellings };
  const alwaysRead = addsEntries ? isKustomizationPath : undefined;
  const files = await selectFiles(root, request.files, 'files');
  const outcomes = await scanFiles(files, { root, inputName: 'files', needles, alwaysRead }, (path, bytes): Outcome => {
    const source = decodeSource(bytes);
    try {
      return { path, source, result: editFile(path, source.text, options) };
    } catch (error) {
      if (!(error instanceof UnparseableFileError) || holdsRequested(source.text, updates, set)) throw error;
      return { path, skipped: error.detail };
    }
  });
  const read = new Map<string, { source: SourceText; result: TargetResult }>();
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  for (const outcome of outcomes) {
    if (!outcome) continue;
    if ('skipped' in outcome) skipped.push({ path: outcome.path, reason: outcome.skipped });
    else read.set(outcome.path, outcome);
  }
  for (const { result } of read.values()) for (const key of result.referenced) seen.add(key);
  const missing = updates.filter((update) => !seen.has(update.key));
  if (!request.kinds && missing.length) addToKustomizations(root, files.filter(isKustomizationPath), missing, read);

  const edits: FileEdit[] = [];
  const referencing: string[] = [];
  for (const [path, { source, result }] of [...read.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (result.referenced.size) referencing.push(path);
    for (const key of result.referenced) seen.add(key);
    const unique = dedupe(result.edits);
    const after = applyOrExplain(path, source.text, unique, set.length > 0);
    if (after !== source.text) edits.push(fileEdit(path, source, unique, after));
  }
  const unmatched = [
    ...updates.filter((update) => !seen.has(update.key)).map((update) => update.image),
    // A mistyped path would otherwise "succeed" without changing anything.
    ...set.filter((entry) => !seen.has(setKey(entry.path))).map((entry) => `key ${entry.path}`),
  ];
  return { edits, referencing, unmatched, skipped };
}

/**
 * Auto mode, for images no selected file names: a selected kustomization whose resources (a base
 * outside the selection) run the image gets an `images:` entry, as `kustomize edit set image`
 * would add, spelled the way those resources spell it. One whose resources cannot be read, or do
 * not run the image, is left alone; if none can take it, the image stays unmatched (an error).
 */
function addToKustomizations(
  root: string,
  paths: string[],
  missing: ResolvedUpdate[],
  read: Map<string, { source: SourceText; result: TargetResult }>,
): void {
  for (const path of paths) {
    const known = read.get(path);
    const source = known?.source ?? decodeSource(readWhole(root, path, 'files'));
    const result = emptyResult();
    let documents;
    try {
      documents = parseYamlFile(path, source.text);
    } catch {
      continue; // Reported in the first pass when it mattered; this one cannot hold an entry.
    }
    for (const document of documents) {
      if (detectKind(path, document) !== 'kustomization') continue;
      editKustomization(source.text, document, missing, { path, spellings: (update) => resourceSpellings(root, path, update), strict: false }, result);
    }
    if (!result.edits.length) continue;
    const target = known?.result ?? emptyResult();
    target.edits.push(...result.edits);
    for (const key of result.referenced) target.referenced.add(key);
    read.set(path, { source, result: target });
  }
}

function fileEdit(path: string, source: SourceText, edits: TextEdit[], after: string): FileEdit {
  const afterBytes = applyEditsToBytes(path, source, edits);
  return { path, beforeBytes: source.bytes, afterBytes, before: source.text, after, changes: describeChanges(source.text, edits) };
}

/**
 * Whether a file that does not parse still names a requested image (a word that reads as that
 * image) or a `set` key: then it cannot be skipped, since the bump would silently miss it.
 */
function holdsRequested(text: string, updates: ResolvedUpdate[], set: { path: string }[]): boolean {
  for (const word of text.match(/[A-Za-z0-9][\w.\-/:@]*/g) ?? []) {
    if (updates.some((update) => word.includes(update.shortName)) && findUpdate(word, updates)) return true;
  }
  return set.some((entry) => text.includes(`${splitKeyPath(entry.path, 'set').at(-1)!}:`));
}

function applyOrExplain(path: string, source: string, edits: TextEdit[], hasSet: boolean): string {
  try {
    return applyTextEdits(source, edits);
  } catch (error) {
    if (!(error instanceof OverlappingEditsError)) throw error;
    throw new ConfigurationError(
      `${path}:${lineNumberAt(source, error.offset)}: two requested changes write different values to the same place; ` +
        'give each value once (an image update and a "set" line, or two image lines, name the same key)',
      hasSet ? 'set' : 'image',
    );
  }
}

/** Two editors may reach the same scalar (explicit kinds, a `set` path on an image key): one edit is enough. */
function dedupe(edits: TextEdit[]): TextEdit[] {
  const byKey = new Map<string, TextEdit>();
  for (const edit of edits) byKey.set(`${edit.start}:${edit.end}:${edit.text}`, edit);
  return [...byKey.values()];
}
