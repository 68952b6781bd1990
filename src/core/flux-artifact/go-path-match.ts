/**
 * Go's path/filepath.Match on Unix, which Flux's ignore rules use for each path component
 * (fluxcd/pkg sourceignore/gitignore/pattern.go): written from its documented grammar and
 * behaviour (golang/go src/path/filepath/match.go), on code points rather than UTF-8 bytes:
 * - `*` any run of characters but `/`, `?` one character but `/`;
 * - `[…]` a non-empty class of characters and `lo-hi` ranges, negated by a leading `^` only
 *   (`[!a]` is the class of `!` and `a`, unlike in git or a shell);
 * - `\` escapes the next character, inside a class too;
 * - the whole name must match; a malformed pattern is an error wherever it is malformed, even
 *   past the point where matching failed (Go ≥ 1.16 checks the rest of the pattern).
 */

const STAR = 0x2a; // *
const QUESTION = 0x3f; // ?
const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const CARET = 0x5e; // ^
const DASH = 0x2d; // -
const BACKSLASH = 0x5c; // \
const SLASH = 0x2f; // /

class BadPattern extends Error {}

/**
 * `pattern` as a test of names: true when a name matches; false too for a malformed pattern, as
 * Flux's matcher treats it. The common shapes (a plain name, `*.ext`) skip the general matcher:
 * the walk asks every rule about every path component.
 */
export function compileGoPattern(pattern: string): (name: string) => boolean {
  if (!/[*?[\\]/.test(pattern)) return (name) => name === pattern;
  const suffix = pattern.slice(1);
  if (pattern.startsWith('*') && !/[*?[\\]/.test(suffix)) return (name) => name.endsWith(suffix) && !name.includes('/');
  const compiled = codePoints(pattern);
  return (name) => {
    try {
      return match(compiled, codePoints(name));
    } catch (error) {
      if (error instanceof BadPattern) return false;
      throw error;
    }
  };
}

/** Why Go refuses `pattern` (its ErrBadPattern), or undefined when it is well formed. */
export function goPatternError(pattern: string): string | undefined {
  try {
    match(codePoints(pattern), []);
    return undefined;
  } catch (error) {
    if (error instanceof BadPattern) return error.message;
    throw error;
  }
}

function codePoints(text: string): number[] {
  return Array.from(text, (character) => character.codePointAt(0)!);
}

function match(pattern: number[], name: number[]): boolean {
  let rest = pattern;
  let subject = name;
  next: while (rest.length > 0) {
    const { star, chunk, after } = scanChunk(rest);
    rest = after;
    // A trailing star takes whatever is left, if it holds no separator.
    if (star && chunk.length === 0) return !subject.includes(SLASH);
    const here = matchChunk(chunk, subject);
    if (here && (here.length === 0 || rest.length > 0)) {
      subject = here;
      continue;
    }
    if (star) {
      // Let the star take one more character at a time, never a separator.
      for (let skip = 0; skip < subject.length && subject[skip] !== SLASH; skip++) {
        const later = matchChunk(chunk, subject.slice(skip + 1));
        if (!later || (rest.length === 0 && later.length > 0)) continue;
        subject = later;
        continue next;
      }
    }
    // No match: the rest of the pattern must still be well formed.
    while (rest.length > 0) {
      const scanned = scanChunk(rest);
      rest = scanned.after;
      matchChunk(scanned.chunk, []);
    }
    return false;
  }
  return subject.length === 0;
}

/** Leading stars, then everything up to the next star outside a class. */
function scanChunk(pattern: number[]): { star: boolean; chunk: number[]; after: number[] } {
  let start = 0;
  while (start < pattern.length && pattern[start] === STAR) start++;
  let inClass = false;
  let end = start;
  for (; end < pattern.length; end++) {
    const character = pattern[end];
    if (character === BACKSLASH) {
      if (end + 1 < pattern.length) end++;
    } else if (character === OPEN) {
      inClass = true;
    } else if (character === CLOSE) {
      inClass = false;
    } else if (character === STAR && !inClass) {
      break;
    }
  }
  return { star: start > 0, chunk: pattern.slice(start, end), after: pattern.slice(end) };
}

/**
 * Matches a star-free chunk against the start of `subject`: what is left of it, or undefined.
 * The chunk is parsed to its end even after a mismatch, so a malformed one always throws.
 */
function matchChunk(chunk: number[], subject: number[]): number[] | undefined {
  let at = 0;
  let position = 0;
  let failed = false;
  while (at < chunk.length) {
    if (position >= subject.length) failed = true;
    const character = chunk[at];
    if (character === OPEN) {
      const candidate = failed ? -1 : subject[position++];
      at++;
      const negated = chunk[at] === CARET;
      if (negated) at++;
      let matched = false;
      for (let ranges = 0; ; ranges++) {
        if (chunk[at] === CLOSE && ranges > 0) {
          at++;
          break;
        }
        const low = classCharacter(chunk, at);
        at = low.next;
        let high = low;
        if (chunk[at] === DASH) {
          high = classCharacter(chunk, at + 1);
          at = high.next;
        }
        if (low.value <= candidate && candidate <= high.value) matched = true;
      }
      if (matched === negated) failed = true;
    } else if (character === QUESTION) {
      if (!failed && subject[position++] === SLASH) failed = true;
      at++;
    } else {
      if (character === BACKSLASH) {
        at++;
        if (at >= chunk.length) throw new BadPattern('a trailing \\ escapes nothing');
      }
      if (!failed && chunk[at] !== subject[position++]) failed = true;
      at++;
    }
  }
  return failed ? undefined : subject.slice(position);
}

/** One character of a class (possibly escaped); a class must go on after it, to its `]`. */
function classCharacter(chunk: number[], at: number): { value: number; next: number } {
  let index = at;
  const first = chunk[index];
  if (first === undefined) throw new BadPattern('a [ class is not closed with ]');
  if (first === DASH || first === CLOSE) throw new BadPattern(`a [ class holds a bare ${String.fromCodePoint(first)} (escape it with \\)`);
  if (first === BACKSLASH) index++;
  const value = chunk[index];
  if (value === undefined || index + 1 >= chunk.length) throw new BadPattern('a [ class is not closed with ]');
  return { value, next: index + 1 };
}
