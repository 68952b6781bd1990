import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { UnparseableFileError } from '../unparseable.js';
import { findUpdate, rewriteReference, type ResolvedUpdate } from '../image-update.js';
import { lineNumberAt, type TextEdit } from '../text-edits.js';
import type { TargetResult } from './common.js';

/**
 * Strict JSON (no comments, no trailing commas), one document or several separated by `---`
 * lines (a Pachyderm spec file, as `pachctl create pipeline -f` reads it). Offsets of every node
 * are offsets in the whole file. A syntax error names the file and line.
 */
export function parseJsonFile(path: string, source: string): JsonNode[] {
  // A byte order mark (Windows editors write one) is read as a space: same length, so every
  // offset still points into the original text, and the mark stays in the file.
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  const whole = parseStrict(text);
  if (!whole.error) return whole.root ? [whole.root] : [];
  const separators = [...text.matchAll(/^---[ \t]*\r?$/gm)];
  if (!separators.length) throw malformed(path, source, whole.error);
  const roots: JsonNode[] = [];
  let start = 0;
  for (const end of [...separators.map((match) => match.index), text.length]) {
    // Everything outside this document blanked (line breaks kept): offsets stay the file's.
    const blanked = blank(text, 0, start) + text.slice(start, end) + blank(text, end, text.length);
    const part = parseStrict(blanked);
    if (part.error) throw malformed(path, source, part.error);
    if (part.root) roots.push(part.root);
    start = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end) + 1;
  }
  return roots;
}

function parseStrict(text: string): { root: JsonNode | undefined; error?: ParseError } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  return { root, error: errors[0] };
}

function blank(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[^\r\n]/g, ' ');
}

function malformed(path: string, source: string, error: ParseError): UnparseableFileError {
  return new UnparseableFileError(`${path}:${lineNumberAt(source, error.offset)}: malformed JSON: ${printParseErrorCode(error.error)}`);
}

/** Every string property named `image` (Pachyderm `transform.image`, ECS `containerDefinitions[].image`, JSON manifests). */
export function editJsonImages(source: string, root: JsonNode, updates: ResolvedUpdate[], result: TargetResult): void {
  const visit = (node: JsonNode): void => {
    if (node.type === 'property') {
      const [key, value] = node.children ?? [];
      if (key?.value === 'image' && value?.type === 'string') {
        const update = findUpdate(value.value as string, updates);
        if (update) {
          result.referenced.add(update.key);
          const edit = replaceJsonValue(source, value, rewriteReference(value.value as string, update));
          if (edit) result.edits.push(edit);
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
}

/**
 * Generic `a.b.0.c=value` on JSON: numbers and booleans keep their type when the new text is one
 * too. Undefined when the file has no scalar at that path; `edit` undefined when it already holds the value.
 */
export function setJsonPath(source: string, root: JsonNode, path: string[], value: string): { edit?: TextEdit } | undefined {
  let node: JsonNode | undefined = root;
  for (const step of path) {
    if (node?.type === 'array' && /^\d+$/.test(step)) node = node.children?.[Number(step)];
    else if (node?.type === 'object') node = node.children?.find((property) => property.children?.[0]?.value === step)?.children?.[1];
    else return undefined;
  }
  if (!node || node.type === 'object' || node.type === 'array') return undefined;
  return { edit: replaceJsonValue(source, node, value) };
}

function replaceJsonValue(source: string, node: JsonNode, value: string): TextEdit | undefined {
  const keepsType =
    (node.type === 'number' && /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(value)) ||
    (node.type === 'boolean' && (value === 'true' || value === 'false'));
  const text = keepsType ? value : JSON.stringify(value);
  const current = source.slice(node.offset, node.offset + node.length);
  if (current === text || (node.type === 'string' && node.value === value)) return undefined;
  return { start: node.offset, end: node.offset + node.length, text };
}
