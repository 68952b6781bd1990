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

  it('refuses a symlink pointing out of the root, naming the path input, unless it is ignored', async () => {
    await withTempDir(async (dir) => {
      const root = path.join(dir, 'root');
      touch(dir, 'outside.txt', 'root/a.yaml');
      symlinkSync('../outside.txt', path.join(root, 'escape.yaml'));
      const attempt = () => walkArtifact(root, createIgnoreMatcher([]));
      expect(attempt).toThrow(ConfigurationError);
      expect(attempt).toThrow(/Input "path": the symlink "escape.yaml" points to "..\/outside.txt", outside/);
      symlinkSync('/etc/passwd', path.join(root, 'abs.yaml'));
      expect(() => walkArtifact(root, createIgnoreMatcher(['escape.yaml']))).toThrow(/"abs.yaml"/);
      expect(names(root, ['escape.yaml', 'abs.yaml'])).toEqual(['.', 'a.yaml']);
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
