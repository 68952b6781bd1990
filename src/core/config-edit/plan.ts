import { ConfigurationError } from '../errors.js';
import { editFile, isKustomizationPath } from './edit-file.js';
import { resolveUpdates, type ImageUpdate } from './image-update.js';
import { PARALLEL_READ_FROM, ReaderThread, scanFiles } from './scan-files.js';
import { realRoot, selectFiles } from './select-files.js';
import { setKey, splitKeyPath, type TargetKind } from './targets/common.js';
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
  before: string;
  after: string;
  changes: LineChange[];
}

export interface EditPlan {
  edits: FileEdit[];
  /** Files that reference any requested image or have a `set` path, changed or not. */
  referencing: string[];
  /** Requested images (as given), and `set` paths (as `key <path>`), found in no selected file. */
  unmatched: string[];
}

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
  const options = { updates, kinds: request.kinds, helm: request.helm, set };
  const alwaysRead = addsEntries ? isKustomizationPath : undefined;
  // A big tree gets its reader thread while it is still being listed, so it is ready sooner.
  let early: ReaderThread | undefined;
  let outcomes;
  try {
    const files = await selectFiles(root, request.files, 'files', { atLeast: PARALLEL_READ_FROM, reached: () => (early = new ReaderThread()) });
    outcomes = await scanFiles(files, { root, inputName: 'files', needles, alwaysRead }, (path, source) => ({ path, source, result: editFile(path, source, options) }), early);
  } finally {
    early?.release();
  }
  const edits: FileEdit[] = [];
  const referencing: string[] = [];
  const seen = new Set<string>();
  for (const outcome of outcomes) {
    if (!outcome) continue;
    const { path, source, result } = outcome;
    if (result.referenced.size) referencing.push(path);
    for (const key of result.referenced) seen.add(key);
    const unique = dedupe(result.edits);
    const after = applyOrExplain(path, source, unique, set.length > 0);
    if (after !== source) edits.push({ path, before: source, after, changes: describeChanges(source, unique) });
  }
  const unmatched = [
    ...updates.filter((update) => !seen.has(update.key)).map((update) => update.image),
    // A mistyped path would otherwise "succeed" without changing anything.
    ...set.filter((entry) => !seen.has(setKey(entry.path))).map((entry) => `key ${entry.path}`),
  ];
  return { edits, referencing, unmatched };
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
