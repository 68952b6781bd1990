import { isMap, isScalar, isSeq, parse, parseAllDocuments, Scalar } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';

type ScalarStyle = Scalar.Type;
import { UnparseableFileError } from './unparseable.js';
import { lineEndOf, lineStartOf, type TextEdit } from './text-edits.js';

export type ParsedDocument = Document.Parsed;

/** All documents of a YAML stream; a syntax error is a ConfigurationError naming file, line and column. */
export function parseYamlFile(path: string, source: string): ParsedDocument[] {
  const documents = parseAllDocuments(source, { prettyErrors: true });
  const list = Array.isArray(documents) ? documents : [];
  for (const document of list) {
    const error = document.errors[0];
    if (error) {
      const position = error.linePos?.[0];
      const where = position ? `${path}:${position.line}:${position.col}` : path;
      throw new UnparseableFileError(`${where}: malformed YAML: ${error.message.split('\n')[0]}`);
    }
  }
  return list;
}

/** The text of a scalar as written (`1.19` stays `1.19`, not the number 1.19); undefined for non-scalars. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return undefined;
  if (node.source !== undefined) return node.source;
  // Under the core schema we parse with, a scalar holds a number or a boolean.
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : JSON.stringify(value);
}

export function mapEntry(map: unknown, key: string): Pair<Scalar, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  return (map as YAMLMap<Scalar, Node | null>).items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

export function mapValue(map: unknown, key: string): Node | null | undefined {
  return mapEntry(map, key)?.value;
}

/** Follows a path of map keys and sequence indices (`0`, `1`…); undefined when any step is missing. */
export function nodeAt(root: unknown, path: string[]): Node | null | undefined {
  let current: unknown = root;
  for (const step of path) {
    if (isSeq(current)) {
      current = /^\d+$/.test(step) ? (current as YAMLSeq<Node>).items[Number(step)] : undefined;
    } else {
      current = mapValue(current, step);
    }
    if (current === undefined) return undefined;
  }
  return current as Node | null;
}

/**
 * Answers of isSafePlain: one bump writes the same few values into hundreds of files, and each
 * answer costs two parses. Bounded, as a long-running caller (tests, a CLI loop) sees new values.
 */
const safePlainAnswers = new Map<string, boolean>();
const SAFE_PLAIN_ANSWERS_KEPT = 1024;

/** A string YAML 1.2 and YAML 1.1 readers (Helm, kubectl's older stacks) both read back as itself. */
export function isSafePlain(value: string): boolean {
  let answer = safePlainAnswers.get(value);
  if (answer === undefined) {
    answer = readsBackAsItself(value);
    if (safePlainAnswers.size >= SAFE_PLAIN_ANSWERS_KEPT) safePlainAnswers.clear();
    safePlainAnswers.set(value, answer);
  }
  return answer;
}

function readsBackAsItself(value: string): boolean {
  if (!value || value !== value.trim() || /[\0-\x1f\x7f]/.test(value)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) || /[,[\]{}]|: | #|:$/.test(value)) return false;
  const asCore = parse(value) as unknown;
  const asOld = parse(value, { version: '1.1' }) as unknown;
  return asCore === value && asOld === value;
}

/** The new scalar's source: the old quote style when it had one, quoted when a plain scalar would change type. */
export function renderScalar(value: string, previousType?: ScalarStyle): string {
  if (previousType === Scalar.QUOTE_SINGLE && !/[\0-\x1f\x7f]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (previousType !== Scalar.QUOTE_DOUBLE && isSafePlain(value)) return value;
  return JSON.stringify(value);
}

/**
 * Replaces a scalar's bytes (anchor and tag untouched); nothing when the text already says `value`.
 * With `keepType`, a plain number or boolean replaced by another one stays plain (`replicas: 3`).
 */
export function replaceScalar(source: string, node: Scalar, value: string, keepType = false): TextEdit | undefined {
  if (scalarText(node) === value && typeof node.value === 'string') return undefined;
  const oldType = typeof node.value;
  // A number stays plain only when it reads back as the same text: `1.30` would be the float 1.3.
  const readsBack = (parsed: unknown): boolean => typeof parsed === oldType && String(parsed) === value;
  if (keepType && node.type === Scalar.PLAIN && (oldType === 'number' || oldType === 'boolean') && readsBack(parse(value)) && !/[\s#]/.test(value)) {
    return source.slice(node.range![0], node.range![1]) === value ? undefined : { start: node.range![0], end: node.range![1], text: value };
  }
  const [start, end] = node.range!;
  const isBlock = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
  // A block scalar's range runs past its own line break, which must stay.
  const blockEnd = isBlock ? lineEndOf(source, Math.max(start, end - 1)) : end;
  const rendered = renderScalar(value, isBlock ? undefined : node.type);
  if (source.slice(start, blockEnd) === rendered) return undefined;
  // An empty value (`tag:`) has a zero-width range right after the colon.
  const gap = start === blockEnd && source[start - 1] === ':' ? ' ' : '';
  return { start, end: blockEnd, text: gap + rendered };
}

function columnOf(source: string, offset: number): number {
  return offset - lineStartOf(source, offset);
}

/**
 * Adds `key: value` to an existing map, before the pair named `beforeKey` when given (so sorted
 * maps stay sorted), else after the last pair, in the map's own layout (block or flow).
 */
export function insertPair(source: string, map: YAMLMap, key: string, value: string, beforeKey?: string): TextEdit {
  const pairs = map.items as Pair<Scalar, Node | null>[];
  const rendered = `${key}: ${renderScalar(value)}`;
  const first = pairs[0];
  if (!first) throw new Error('insertPair needs a map with at least one pair');
  const beforeIndex = beforeKey === undefined ? -1 : pairs.findIndex((pair) => String(pair.key.value) === beforeKey);
  if (map.flow) {
    if (beforeIndex >= 0) return { start: pairs[beforeIndex].key.range![0], end: pairs[beforeIndex].key.range![0], text: `${rendered}, ` };
    const last = pairs[pairs.length - 1];
    const end = (last.value ?? last.key).range![1];
    return { start: end, end, text: `, ${rendered}` };
  }
  const indent = ' '.repeat(columnOf(source, first.key.range![0]));
  if (beforeIndex > 0) {
    const at = lineStartOf(source, pairs[beforeIndex].key.range![0]);
    return { start: at, end: at, text: `${indent}${rendered}${lineBreakAt(source, at)}` };
  }
  if (beforeIndex === 0) {
    // The first pair may share its line with a `- ` sequence indicator: the new pair takes that place.
    const at = first.key.range![0];
    return { start: at, end: at, text: `${rendered}${lineBreakAt(source, at)}${indent}` };
  }
  const last = pairs[pairs.length - 1];
  const at = lineEndOf(source, Math.max((last.value ?? last.key).range![1] - 1, last.key.range![0]));
  return { start: at, end: at, text: `${lineBreakAt(source, at)}${indent}${rendered}` };
}

/** Removes a pair with its line (block) or its separator (flow); trailing comments on that line go with it. */
export function deletePair(source: string, map: YAMLMap, key: string): TextEdit | undefined {
  const pairs = map.items as Pair<Scalar, Node | null>[];
  const index = pairs.findIndex((pair) => String(pair.key.value) === key);
  if (index < 0) return undefined;
  const pair = pairs[index];
  const next = pairs[index + 1];
  const valueEnd = (pair.value ?? pair.key).range![1];
  if (map.flow) {
    if (next) return { start: pair.key.range![0], end: next.key.range![0], text: '' };
    const previous = pairs[index - 1];
    return previous ? { start: (previous.value ?? previous.key).range![1], end: valueEnd, text: '' } : { start: pair.key.range![0], end: valueEnd, text: '' };
  }
  if (index === 0 && next) return { start: pair.key.range![0], end: next.key.range![0], text: '' };
  const start = lineStartOf(source, pair.key.range![0]);
  const lineEnd = lineEndOf(source, Math.max(valueEnd - 1, pair.key.range![0]));
  const end = source.indexOf('\n', lineEnd) < 0 ? source.length : source.indexOf('\n', lineEnd) + 1;
  return { start, end, text: '' };
}

function lineBreakAt(source: string, offset: number): string {
  const newline = source.indexOf('\n', offset);
  if (newline > 0 && source[newline - 1] === '\r') return '\r\n';
  if (newline < 0 && source.includes('\r\n')) return '\r\n';
  return '\n';
}

/** Every map in a document, depth first, with whether it sits in a flow collection. */
export function* walkMaps(node: unknown): Generator<YAMLMap> {
  if (isMap(node)) {
    yield node;
    for (const pair of node.items) yield* walkMaps(pair.value);
  } else if (isSeq(node)) {
    for (const item of node.items) yield* walkMaps(item);
  }
}
