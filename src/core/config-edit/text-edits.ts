/** A replacement of `source.slice(start, end)` by `text`: the only way files are changed, so untouched bytes stay. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface LineChange {
  /** 1-based line in the original file where the change starts. */
  line: number;
  before: string;
  after: string;
}

export function eolOf(source: string): string {
  const newline = source.indexOf('\n');
  return newline > 0 && source[newline - 1] === '\r' ? '\r\n' : '\n';
}

export function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the line break (or end of text) ending the line that holds `offset`; a `\r` before `\n` belongs to the break. */
export function lineEndOf(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  if (newline < 0) return source.length;
  return newline > 0 && source[newline - 1] === '\r' ? newline - 1 : newline;
}

export function lineNumberAt(source: string, offset: number): number {
  let line = 1;
  for (let index = source.indexOf('\n'); index >= 0 && index < offset; index = source.indexOf('\n', index + 1)) line++;
  return line;
}

/** Two requested changes want different text at the same place (e.g. an image update and a `set` on its tag key). */
export class OverlappingEditsError extends Error {
  constructor(readonly offset: number) {
    super(`overlapping edits at offset ${offset}`);
  }
}

/** The edits in file order; overlapping ones are an OverlappingEditsError. */
export function sortedEdits(edits: TextEdit[]): TextEdit[] {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let index = 1; index < ordered.length; index++) {
    const previous = ordered[index - 1];
    const current = ordered[index];
    if (current.start < previous.end) throw new OverlappingEditsError(current.start);
  }
  return ordered;
}

export function applyTextEdits(source: string, edits: TextEdit[]): string {
  let result = '';
  let cursor = 0;
  for (const edit of sortedEdits(edits)) {
    result += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + source.slice(cursor);
}

/** The whole lines each edit touches, before and after, for logs and PR bodies (line breaks shown as `\n`). */
export function describeChanges(source: string, edits: TextEdit[]): LineChange[] {
  return sortedEdits(edits).map((edit) => {
    const start = lineStartOf(source, edit.start);
    const end = lineEndOf(source, Math.max(edit.end, edit.start));
    const before = source.slice(start, end);
    const after = source.slice(start, edit.start) + edit.text + source.slice(edit.end, end);
    return { line: lineNumberAt(source, edit.start), before: stripCarriageReturns(before), after: stripCarriageReturns(after) };
  });
}

function stripCarriageReturns(text: string): string {
  return text.replace(/\r\n/g, '\n');
}
