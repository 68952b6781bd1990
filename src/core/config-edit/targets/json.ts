import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { ConfigurationError } from '../../errors.js';
import { findUpdate, rewriteReference, type ResolvedUpdate } from '../image-update.js';
import { lineNumberAt, type TextEdit } from '../text-edits.js';
import type { TargetResult } from './common.js';

/** Strict JSON (no comments, no trailing commas): a syntax error names the file and line. */
export function parseJsonFile(path: string, source: string): JsonNode | undefined {
  const errors: ParseError[] = [];
  // A byte order mark (Windows editors write one) is read as a space: same length, so every
  // offset still points into the original text, and the mark stays in the file.
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  const error = errors[0];
  if (error) throw new ConfigurationError(`${path}:${lineNumberAt(source, error.offset)}: malformed JSON: ${printParseErrorCode(error.error)}`, 'files');
  return root;
}

/** Every string property named `image` (Pachyderm `transform.image`, ECS `containerDefinitions[].image`, JSON manifests). */
export function editJsonImages(source: string, root: JsonNode | undefined, updates: ResolvedUpdate[], result: TargetResult): void {
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
  if (root) visit(root);
}

/**
 * Generic `a.b.0.c=value` on JSON: numbers and booleans keep their type when the new text is one
 * too. Undefined when the file has no scalar at that path; `edit` undefined when it already holds the value.
 */
export function setJsonPath(source: string, root: JsonNode | undefined, path: string[], value: string): { edit?: TextEdit } | undefined {
  let node = root;
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
