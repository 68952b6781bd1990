import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isInside, resolveInsideRoot, resolveUserPath } from '../../src/core/paths.js';
import { configurationErrorOf } from '../configuration-error.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'paths-test-'));
  mkdirSync(path.join(dir, 'root', 'sub'), { recursive: true });
  mkdirSync(path.join(dir, 'outside'));
  writeFileSync(path.join(dir, 'root', 'sub', 'a.yaml'), 'a: 1\n');
  writeFileSync(path.join(dir, 'outside', 'b.yaml'), 'b: 1\n');
  symlinkSync(path.join(dir, 'outside'), path.join(dir, 'root', 'linkdir'));
  symlinkSync('sub/a.yaml', path.join(dir, 'root', 'inner-link.yaml'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('paths the user names', () => {
  it('may be anywhere; a relative one starts at the workspace', () => {
    expect(resolveUserPath('/work/ws', 'deploy')).toBe('/work/ws/deploy');
    expect(resolveUserPath('/work/ws', '../rendered')).toBe('/work/rendered');
    expect(resolveUserPath('/work/ws', '/tmp/rendered')).toBe('/tmp/rendered');
  });
});

describe('paths found inside data', () => {
  const root = () => path.join(dir, 'root');

  it('resolve to their real path inside the root, through symlinks that stay inside', () => {
    expect(resolveInsideRoot(root(), 'inner-link.yaml', 'file')).toBe(path.join(dir, 'root', 'sub', 'a.yaml'));
  });

  it('are refused when a symlinked directory leads out of the root, or `..` does', () => {
    expect(configurationErrorOf(() => resolveInsideRoot(root(), 'linkdir/b.yaml', '"files" entry', 'files')).message).toBe(
      `Input "files": "files" entry "linkdir/b.yaml" leads outside ${path.join(dir, 'root')}`,
    );
    expect(() => resolveInsideRoot(root(), '../outside/b.yaml', 'file')).toThrow(/leads outside/);
    expect(() => resolveInsideRoot(root(), 'missing.yaml', 'file')).toThrow(/does not exist/);
  });

  it('count a sibling whose name starts like the root as outside', () => {
    expect(isInside('/a/root', '/a/root')).toBe(true);
    expect(isInside('/a/root', '/a/root/x')).toBe(true);
    expect(isInside('/a/root', '/a/root-other/x')).toBe(false);
    expect(isInside('/a/root', '/a/..x')).toBe(false);
    expect(isInside('/a/root', '/a/root/..x')).toBe(true);
  });
});
