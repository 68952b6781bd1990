import { isUtf8 } from 'node:buffer';
import { ConfigurationError } from '../errors.js';
import { applyTextEdits, lineNumberAt, sortedEdits, type TextEdit } from './text-edits.js';

/**
 * A file as read and as the editors see it. Editors work on `text` (UTF-16 offsets); the file is
 * written back from `bytes`, so whatever is outside an edit stays byte for byte, even bytes that
 * are not UTF-8 (a Latin-1 comment, a stray 0xff): decoding them and encoding back would turn
 * them into U+FFFD and change more than the value.
 */
export interface SourceText {
  bytes: Buffer;
  text: string;
  /** Only when the bytes are not valid UTF-8: the byte offset of every UTF-16 offset of `text` (and of its end). */
  byteOffsets?: Uint32Array;
}

const REPLACEMENT = '\ufffd';

export function decodeSource(bytes: Buffer): SourceText {
  if (isUtf8(bytes)) return { bytes, text: bytes.toString('utf8') };
  let text = '';
  const offsets: number[] = [];
  for (let at = 0; at < bytes.length; ) {
    const length = sequenceLength(bytes, at);
    if (length === 0) {
      // One replacement character per stray byte, so every byte keeps an offset of its own.
      text += REPLACEMENT;
      offsets.push(at);
      at += 1;
      continue;
    }
    const decoded = bytes.toString('utf8', at, at + length);
    for (let unit = 0; unit < decoded.length; unit++) offsets.push(at);
    text += decoded;
    at += length;
  }
  offsets.push(bytes.length);
  return { bytes, text, byteOffsets: Uint32Array.from(offsets) };
}

/** The length of the well-formed UTF-8 sequence starting at `at` (Unicode table 3-7), or 0 when there is none. */
function sequenceLength(bytes: Buffer, at: number): number {
  const first = bytes[at];
  if (first < 0x80) return 1;
  const continuation = (offset: number, low = 0x80, high = 0xbf): boolean => {
    const byte = bytes[at + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return continuation(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const low = first === 0xe0 ? 0xa0 : 0x80;
    const high = first === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const low = first === 0xf0 ? 0x90 : 0x80;
    const high = first === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

/**
 * The file's new bytes: each edit's replaced range mapped to bytes, the text around it copied from
 * the original bytes. An edit that would replace bytes that are not UTF-8 is refused: we cannot
 * say what they meant.
 */
export function applyEditsToBytes(path: string, source: SourceText, edits: TextEdit[]): Buffer {
  // Valid UTF-8 encodes back to the very same bytes (a byte order mark included).
  if (!source.byteOffsets) return Buffer.from(applyTextEdits(source.text, edits), 'utf8');
  const offsets = source.byteOffsets;
  const parts: Buffer[] = [];
  let cursor = 0;
  for (const edit of sortedEdits(edits)) {
    const start = offsets[edit.start];
    const end = offsets[edit.end];
    if (!isUtf8(source.bytes.subarray(start, end))) {
      throw new ConfigurationError(`${path}:${lineNumberAt(source.text, edit.start)}: the value to replace holds bytes that are not UTF-8`, 'files');
    }
    parts.push(source.bytes.subarray(cursor, start), Buffer.from(edit.text, 'utf8'));
    cursor = end;
  }
  parts.push(source.bytes.subarray(cursor));
  return Buffer.concat(parts);
}
