import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIgnoreMatcher, DEFAULT_IGNORE_PATHS } from '../../../src/core/flux-artifact/ignore-rules.js';
import { resolveArtifactPath, walkArtifact } from '../../../src/core/flux-artifact/walk.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { withTempDir } from './helpers.js';

function names(root: string, patterns: readonly string[]): string[] {
  return walkArtifact(root, createIgnoreMatcher(patterns)).entries.map((entry) => entry.name);
}

function touch(root: string, ...files: string[]): void {
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), file);
  }
}

describe('ignore rules (gitignore syntax, Flux semantics)', () => {
  it('leaves out VCS files and the binary extensions by default, at any depth, but keeps CI directories', () => {
    const matcher = createIgnoreMatcher(DEFAULT_IGNORE_PATHS);
    expect(matcher.excludes('.git', true)).toBe(true);
    expect(matcher.excludes('sub/.gitignore', false)).toBe(true);
    expect(matcher.excludes('docs/img/logo.PNG', false)).toBe(false); // case-sensitive, as go-git
    expect(matcher.excludes('docs/img/logo.png', false)).toBe(true);
    expect(matcher.excludes('charts/app-1.0.tar.gz', false)).toBe(true);
    expect(matcher.excludes('.github/workflows/ci.yml', false)).toBe(false);
    expect(matcher.excludes('.', true)).toBe(false);
  });

  it('anchors patterns with a slash, honours dir/ and **, comments and blank lines', () => {
    const matcher = createIgnoreMatcher(['# secrets', '', 'deploy/secrets/', '**/*.tmp', 'build']);
    expect(matcher.excludes('deploy/secrets', true)).toBe(true);
    expect(matcher.excludes('deploy/secrets/db.yaml', false)).toBe(true);
    expect(matcher.excludes('other/deploy/secrets/db.yaml', false)).toBe(false);
    expect(matcher.excludes('a/b/c.tmp', false)).toBe(true);
    expect(matcher.excludes('x/build/out.yaml', false)).toBe(true);
    expect(matcher.excludes('# secrets', false)).toBe(false);
  });

  it('re-includes a negated child of an excluded directory without the directory entry, as Flux does', async () => {
    await withTempDir(async (root) => {
      touch(root, 'dir/keep.yaml', 'dir/drop.yaml', 'top.yaml');
      expect(names(root, ['dir/', '!dir/keep.yaml'])).toEqual(['.', 'dir/keep.yaml', 'top.yaml']);
      expect(names(root, ['*.yaml', '!top.yaml'])).toEqual(['.', 'dir', 'top.yaml']);
      touch(root, '.git/config', 'sub/.git/HEAD', 'sub/x.png', 'sub/.github/ci.yml');
      expect(names(root, DEFAULT_IGNORE_PATHS)).toEqual(['.', 'dir', 'dir/drop.yaml', 'dir/keep.yaml', 'sub', 'sub/.github', 'sub/.github/ci.yml', 'top.yaml']);
    });
  });
});

/**
 * What Flux packs for each pattern list, worked out from fluxcd/pkg sourceignore/gitignore
 * (pattern.go, matcher.go: go-git's rules) and Go's path/filepath.Match, on one fixed tree.
 * Where git would differ, the comment says how.
 */
const TREE_FILES = ['a.yaml', 'b.yaml', 'app/deploy.yaml', 'app/svc.yaml', 'app/sub/cm.yaml', 'dir/keep.yaml', 'dir/drop.yaml', 'docs/readme.md'];
const EVERYTHING = ['.', 'a.yaml', 'app', 'app/deploy.yaml', 'app/sub', 'app/sub/cm.yaml', 'app/svc.yaml', 'b.yaml', 'dir', 'dir/drop.yaml', 'dir/keep.yaml', 'docs', 'docs/readme.md'];
const without = (...left: string[]) => EVERYTHING.filter((name) => !left.includes(name));

const IGNORE_TABLE: { patterns: string[]; packed: string[]; why: string }[] = [
  { patterns: ['[!a]*.yaml'], packed: without('a.yaml'), why: 'Go: [!a] is the class of ! and a (git: every .yaml not starting with a)' },
  { patterns: ['[^a]*.yaml'], packed: without('app/deploy.yaml', 'app/svc.yaml', 'app/sub/cm.yaml', 'b.yaml', 'dir/drop.yaml', 'dir/keep.yaml'), why: '[^a] negates' },
  { patterns: ['dir/**'], packed: without('dir', 'dir/drop.yaml', 'dir/keep.yaml'), why: 'a trailing ** matches dir itself: its entry goes too (git keeps it)' },
  { patterns: ['dir/', '!dir/keep.yaml'], packed: without('dir', 'dir/drop.yaml'), why: 'a re-included child, without its directory entry' },
  { patterns: ['/app/sub'], packed: without('app/sub', 'app/sub/cm.yaml'), why: 'anchored at the root' },
  { patterns: ['sub/'], packed: without('app/sub', 'app/sub/cm.yaml'), why: 'no inner slash: a directory name at any depth' },
  { patterns: ['**/cm.yaml'], packed: without('app/sub/cm.yaml'), why: 'a leading ** crosses levels' },
  { patterns: ['app/**/cm.yaml'], packed: without('app/sub/cm.yaml'), why: 'an inner ** crosses levels' },
  { patterns: ['app/*.yaml'], packed: without('app/deploy.yaml', 'app/svc.yaml'), why: '* stays within one level' },
  { patterns: ['*.yaml', '!a.yaml'], packed: ['.', 'a.yaml', 'app', 'app/sub', 'dir', 'docs', 'docs/readme.md'], why: 'the last matching rule decides' },
  { patterns: ['docs'], packed: without('docs', 'docs/readme.md'), why: 'a name matches directories too' },
  { patterns: ['a.yaml   '], packed: without('a.yaml'), why: 'trailing spaces are cut' },
  { patterns: ['# a.yaml', '', '  '], packed: EVERYTHING, why: 'comments and blank lines' },
  { patterns: ['[a-b].yaml'], packed: without('a.yaml', 'b.yaml'), why: 'ranges' },
  { patterns: ['app/sub/'], packed: without('app/sub', 'app/sub/cm.yaml'), why: 'a directory-only anchored pattern takes what is below' },
  { patterns: ['app/sub/cm.yaml/'], packed: EVERYTHING, why: 'directory-only: not a file' },
  { patterns: ['app**'], packed: EVERYTHING.filter((name) => !name.startsWith('app')), why: 'no slash: ** is two stars of filepath.Match' },
  { patterns: ['app/sub**'], packed: EVERYTHING, why: 'with a slash, ** inside a component never matches in go-git' },
];

describe('ignore rules: the files Flux packs, pattern by pattern', () => {
  it.each(IGNORE_TABLE)('$patterns: $why', async ({ patterns, packed }) => {
    await withTempDir(async (root) => {
      touch(root, ...TREE_FILES);
      expect(names(root, patterns)).toEqual(packed);
    });
  });

  it.each(['[a', 'a\\', '[]a]', '[a-]', '[-a]', 'ok/[z'])('refuses %s, a pattern Go cannot parse, naming ignore-paths', (pattern) => {
    expect(() => createIgnoreMatcher([pattern])).toThrow(ConfigurationError);
    expect(() => createIgnoreMatcher([pattern])).toThrow(/Input "ignore-paths": ".*" is not a pattern Go's filepath.Match can parse/);
  });
});

describe('walk: what may be packed', () => {
  it('skips symlinks that stay inside the root, as Flux does, and reports them', async () => {
    await withTempDir(async (root) => {
      touch(root, 'a.yaml', 'sub/b.yaml');
      symlinkSync('a.yaml', path.join(root, 'link.yaml'));
      symlinkSync('sub', path.join(root, 'sublink'));
      const walk = walkArtifact(root, createIgnoreMatcher([]));
      expect(walk.entries.map((entry) => entry.name)).toEqual(['.', 'a.yaml', 'sub', 'sub/b.yaml']);
      expect(walk.skippedSymlinks).toEqual(['link.yaml', 'sublink']);
    });
  });

  it('skips a symlink pointing out of the root too, as Flux skips every symlink', async () => {
    await withTempDir(async (dir) => {
      const root = path.join(dir, 'root');
      touch(dir, 'outside.txt', 'root/a.yaml');
      symlinkSync('../outside.txt', path.join(root, 'escape.yaml'));
      symlinkSync('/etc/passwd', path.join(root, 'abs.yaml'));
      const walk = walkArtifact(root, createIgnoreMatcher([]));
      expect(walk.entries.map((entry) => entry.name)).toEqual(['.', 'a.yaml']);
      expect(walk.skippedSymlinks).toEqual(['abs.yaml', 'escape.yaml']);
    });
  });

  it('with resolveSymlinks, packs what in-tree links point to under the link name, and skips the rest', async () => {
    await withTempDir(async (dir) => {
      const root = path.join(dir, 'root');
      touch(dir, 'outside.txt', 'root/a.yaml', 'root/sub/b.yaml');
      symlinkSync('a.yaml', path.join(root, 'link.yaml'));
      symlinkSync('sub', path.join(root, 'sublink'));
      symlinkSync('../outside.txt', path.join(root, 'escape.yaml'));
      symlinkSync('missing.yaml', path.join(root, 'dangling.yaml'));
      symlinkSync('..', path.join(root, 'sub', 'up'));
      const walk = walkArtifact(root, createIgnoreMatcher([]), { resolveSymlinks: true });
      expect(walk.entries.map((entry) => [entry.name, entry.type])).toEqual([
        ['.', 'directory'],
        ['a.yaml', 'file'],
        ['link.yaml', 'file'],
        ['sub', 'directory'],
        ['sub/b.yaml', 'file'],
        ['sublink', 'directory'],
        ['sublink/b.yaml', 'file'],
      ]);
      expect(walk.entries.find((entry) => entry.name === 'sublink/b.yaml')?.absolutePath).toBe(path.join(root, 'sub', 'b.yaml'));
      // Out of the root, nowhere, and up to a directory being walked (a loop).
      expect(walk.skippedSymlinks).toEqual(['dangling.yaml', 'escape.yaml', 'sub/up', 'sublink/up']);
    });
  });

  it.each([
    ['back\\slash.yaml', /"back\\slash.yaml" holds a \\/],
    ['v1../deploy.yaml', /"v1..\/deploy.yaml" holds a name ending in ".." above it/],
  ])('refuses %s, a name source-controller cannot extract, naming path, unless it is ignored', async (name, message) => {
    await withTempDir(async (root) => {
      touch(root, 'a.yaml', name);
      expect(() => walkArtifact(root, createIgnoreMatcher([]))).toThrow(ConfigurationError);
      expect(() => walkArtifact(root, createIgnoreMatcher([]))).toThrow(message);
      // A backslash in a pattern escapes the next character (Go's filepath.Match): two stand for one.
      expect(names(root, [name.split('/')[0].replace(/\\/g, '\\\\')])).toEqual(['.', 'a.yaml']);
    });
  });

  it('takes the path input from anywhere: relative to the workspace, through .. and symlinks', async () => {
    await withTempDir(async (dir) => {
      const workspace = path.join(dir, 'ws');
      touch(dir, 'ws/deploy/app.yaml', 'elsewhere/app.yaml');
      symlinkSync(path.join(dir, 'elsewhere'), path.join(workspace, 'outlink'));
      expect(resolveArtifactPath('deploy', workspace)).toBe(path.join(workspace, 'deploy'));
      expect(resolveArtifactPath('deploy/app.yaml', workspace)).toBe(path.join(workspace, 'deploy/app.yaml'));
      // Manifests rendered into $RUNNER_TEMP or /tmp, as `flux push artifact` takes them.
      expect(resolveArtifactPath('../elsewhere', workspace)).toBe(path.join(dir, 'elsewhere'));
      expect(resolveArtifactPath('outlink', workspace)).toBe(path.join(dir, 'elsewhere'));
      expect(resolveArtifactPath(path.join(dir, 'elsewhere'), workspace)).toBe(path.join(dir, 'elsewhere'));
      expect(() => resolveArtifactPath('missing', workspace)).toThrow(/Input "path": "missing" does not exist/);
    });
  });
});
