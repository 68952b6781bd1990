import { ConfigurationError } from '../errors.js';
import { compileGoPattern, goPatternError } from './go-path-match.js';

/**
 * `flux push artifact`'s default `--ignore-paths` (fluxcd/pkg sourceignore `ExcludeVCS` + `ExcludeExt`).
 * Giving the input replaces this list, as the flag does.
 */
export const DEFAULT_IGNORE_PATHS: readonly string[] = [
  '.git/',
  '.gitignore',
  '.gitmodules',
  '.gitattributes',
  '*.jpg',
  '*.jpeg',
  '*.gif',
  '*.png',
  '*.wmv',
  '*.flv',
  '*.tar.gz',
  '*.zip',
];

export interface IgnoreMatcher {
  /**
   * True when the entry at this root-relative posix path is left out of the tarball. Asked in
   * walk order: an excluded directory's children are only asked about when `hasNegations`.
   */
  excludes(relativePath: string, isDirectory: boolean): boolean;
  /** False when some rule re-includes paths: only then may an excluded directory be skipped whole. */
  readonly hasNegations: boolean;
}

/** One pattern as go-git parses it (fluxcd/pkg sourceignore/gitignore/pattern.go ParsePattern). */
interface Rule {
  /** `!pattern`: an inclusion. */
  negative: boolean;
  /** A trailing `/`: matches directories only (and whatever is below them). */
  directoryOnly: boolean;
  /** The pattern held a `/`: matched component by component from the root, `**` crossing levels. */
  anchored: boolean;
  /** The pattern split at `/`. */
  parts: string[];
  /** Each part as a test of one path component. */
  tests: ((name: string) => boolean)[];
}

const INPUT = 'ignore-paths';
const ANY_DEPTH = '**';

/**
 * Ignore patterns with exactly Flux's semantics, which are go-git's gitignore rules, not git's
 * (fluxcd/pkg oci/build.go joins the patterns with newlines and reads them with sourceignore
 * ReadPatterns; sourceignore/gitignore/{pattern,matcher}.go match them):
 * - lines starting with `#` and blank lines are dropped; trailing spaces are cut unless escaped;
 * - the last rule that matches decides; a rule matches a path when it matches the path or any
 *   directory above it, so `!dir/keep.yaml` re-includes that file even when `dir/` is excluded
 *   (without the directory's own entry, as Flux);
 * - a pattern without `/` matches a name at any depth; with one, it is matched from the root,
 *   component by component, and matching a leading part suffices: `dir/**` matches `dir` itself,
 *   so Flux drops that directory's entry (git would keep it);
 * - each component is matched with Go's filepath.Match (go-path-match.ts): `[^a]` negates a class
 *   and `[!a]` is a class of `!` and `a`. A pattern Go cannot parse never matches in Flux; here it
 *   is an input error, so a typo does not silently pack what was meant to be left out.
 */
export function createIgnoreMatcher(patterns: readonly string[]): IgnoreMatcher {
  const rules = patterns
    .flatMap((pattern) => pattern.split('\n'))
    .map((line) => line.replace(/\r$/, ''))
    .flatMap((line) => (line.startsWith('#') || !line.trim() ? [] : [parseRule(line)]));
  return {
    hasNegations: rules.some((rule) => rule.negative),
    excludes(relativePath, isDirectory) {
      // The root (`.`) is never matched, as in Flux (a path no longer than the domain).
      if (relativePath === '.' || relativePath === '') return false;
      const path = relativePath.split('/');
      for (let index = rules.length - 1; index >= 0; index--) {
        const rule = rules[index];
        if (rule.anchored ? matchAnchored(rule, path, isDirectory) : matchName(rule, path, isDirectory)) return !rule.negative;
      }
      return false;
    },
  };
}

function parseRule(line: string): Rule {
  const negative = line.startsWith('!');
  let pattern = negative ? line.slice(1) : line;
  if (!pattern.endsWith('\\ ')) pattern = pattern.replace(/ +$/, '');
  const directoryOnly = pattern.endsWith('/');
  if (directoryOnly) pattern = pattern.slice(0, -1);
  const parts = pattern.split('/');
  for (const part of parts) {
    const problem = part === ANY_DEPTH ? undefined : goPatternError(part);
    if (problem) throw new ConfigurationError(`"${line}" is not a pattern Go's filepath.Match can parse (${problem})`, INPUT);
  }
  return { negative, directoryOnly, anchored: pattern.includes('/'), parts, tests: parts.map(compileGoPattern) };
}

/** A pattern without `/`: the first component that matches decides, on any level. */
function matchName(rule: Rule, path: string[], isDirectory: boolean): boolean {
  for (const [index, name] of path.entries()) {
    if (!rule.tests[0](name)) continue;
    // A directory-only rule does not match the path's last component unless it is a directory.
    return !(rule.directoryOnly && !isDirectory && index === path.length - 1);
  }
  return false;
}

/** A pattern with `/`, from the root: `**` skips any number of levels; a leading part of the path suffices. */
function matchAnchored(rule: Rule, path: string[], isDirectory: boolean): boolean {
  let rest = path;
  let matched = false;
  let crossing = false;
  for (const [index, part] of rule.parts.entries()) {
    if (part === '') {
      // A leading `/` (or `//`): anchors, and ends any `**` before it.
      crossing = false;
      continue;
    }
    if (part === ANY_DEPTH) {
      // A trailing `**` adds nothing to what matched before it: `dir/**` matches `dir` as well.
      if (index === rule.parts.length - 1) break;
      crossing = true;
      continue;
    }
    // `**` inside a component (`a**`) never matches in go-git.
    if (part.includes(ANY_DEPTH)) return false;
    if (rest.length === 0) return false;
    if (crossing) {
      crossing = false;
      const at = rest.findIndex(rule.tests[index]);
      matched = at >= 0;
      rest = matched ? rest.slice(at + 1) : [];
    } else {
      if (!rule.tests[index](rest[0])) return false;
      matched = true;
      rest = rest.slice(1);
    }
  }
  return matched && !(rule.directoryOnly && !isDirectory && rest.length === 0);
}
