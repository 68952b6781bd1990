import ignore, { type Ignore } from 'ignore';

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

interface Rule {
  pattern: string;
  /** The rule alone, with its `!` removed: the library then tells whether it matches a path or one of its parents. */
  matcher: Ignore;
  negative: boolean;
}

export interface IgnoreMatcher {
  /**
   * True when the entry at this root-relative posix path is left out of the tarball. Asked in
   * walk order: an excluded directory's children are only asked about when `hasNegations`.
   */
  excludes(relativePath: string, isDirectory: boolean): boolean;
  /** False when some rule re-includes paths: only then may an excluded directory be skipped whole. */
  readonly hasNegations: boolean;
}

/**
 * gitignore patterns with Flux's (go-git's) semantics, which differ from git's in one point: the
 * last rule matching the path *or any parent directory* decides, so `!dir/keep.yaml` re-includes
 * that file even when `dir/` is excluded (git would keep it out). Each rule is one `ignore`
 * instance, so the pattern syntax itself (anchoring, `**`, `dir/`, escapes) is the library's,
 * made case-sensitive as go-git is.
 */
export function createIgnoreMatcher(patterns: readonly string[]): IgnoreMatcher {
  const rules: Rule[] = [];
  for (const raw of patterns) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const negative = line.startsWith('!');
    const pattern = negative ? line.slice(1) : line;
    if (!pattern.trim()) continue;
    rules.push({ pattern, matcher: ignore({ allowRelativePaths: true, ignorecase: false }).add(pattern), negative });
  }
  const hasNegations = rules.some((rule) => rule.negative);
  if (!hasNegations) {
    // Without `!` rules both semantics agree (any rule matching the path or a parent excludes it),
    // and one instance tests all rules in a single pass: much faster on large trees.
    const all = ignore({ allowRelativePaths: true, ignorecase: false }).add(rules.map((rule) => rule.pattern));
    // Patterns without a slash (but a trailing one) match a name at any depth, so when all are
    // such, the last path component decides alone (the parents were tested on the way down).
    const byName = rules.every((rule) => !rule.pattern.replace(/\/\s*$/, '').includes('/'));
    return {
      hasNegations,
      excludes: (relativePath, isDirectory) =>
        !isRoot(relativePath) && all.ignores(subjectOf(byName ? relativePath.slice(relativePath.lastIndexOf('/') + 1) : relativePath, isDirectory)),
    };
  }
  return {
    hasNegations,
    excludes(relativePath, isDirectory) {
      if (isRoot(relativePath)) return false;
      const subject = subjectOf(relativePath, isDirectory);
      for (let index = rules.length - 1; index >= 0; index--) {
        const rule = rules[index];
        if (rule.matcher.ignores(subject)) return !rule.negative;
      }
      return false;
    },
  };
}

/** The root (`.`) is never matched, as in Flux. */
function isRoot(relativePath: string): boolean {
  return relativePath === '.' || relativePath === '';
}

/** `ignore` tells a directory by its trailing slash. */
function subjectOf(relativePath: string, isDirectory: boolean): string {
  return isDirectory ? `${relativePath}/` : relativePath;
}
