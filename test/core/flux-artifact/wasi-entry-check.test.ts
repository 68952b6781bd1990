import { lstatSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { millisecondsOf, wasiEntryCheck } from '../../../src/core/flux-artifact/wasi-entry-check.js';
import { withTempDir } from './helpers.js';

/** The numbers a snapshot records for `file`, from lstat (as tree-snapshot.ts records them). */
function recorded(file: string): number[] {
  const stats = lstatSync(file);
  const kind = stats.isFile() ? 1 : stats.isDirectory() ? 2 : 0;
  return [kind, stats.mode & 0o7777, kind === 1 ? stats.size : 0, stats.dev, stats.ino, stats.mtimeMs, stats.ctimeMs];
}

describe('wasiEntryCheck', () => {
  // First in this file: node:wasi warns once per process, on its first load.
  it('loads node:wasi without printing its experimental warning', async () => {
    const warnings: string[] = [];
    const listener = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listener);
    try {
      await withTempDir(async (dir) => {
        wasiEntryCheck(dir, Buffer.from('.'))!.close();
        await nextTurn();
      });
    } finally {
      process.off('warning', listener);
    }
    expect(warnings).toEqual([]);
  });

  it('agrees with lstat on files, directories, links and missing names', async () => {
    await withTempDir(async (root) => {
      mkdirSync(path.join(root, 'dir/sub'), { recursive: true });
      writeFileSync(path.join(root, 'dir/sub/file.yaml'), 'a: 1\n');
      writeFileSync(path.join(root, 'ünï.yaml'), '');
      symlinkSync('dir', path.join(root, 'link'));
      const names = ['.', 'dir', 'dir/sub', 'dir/sub/file.yaml', 'ünï.yaml', 'link'];
      const blob = Buffer.from(`${names.join('\0')}\0missing`);
      const { unchanged: check, close } = wasiEntryCheck(root, blob)!;
      let from = 0;
      for (const name of names) {
        const to = from + Buffer.byteLength(name);
        const numbers = new Float64Array(recorded(path.join(root, name)));
        expect(check(from, to, numbers, 0), name).toBe(true);
        numbers[6] += 1;
        expect(check(from, to, numbers, 0), `${name}, ctime off`).toBe(false);
        from = to + 1;
      }
      expect(check(from, blob.length, new Float64Array(7), 0), 'missing').toBe(false);
      close();
    });
  });

  it('holds no descriptor once closed', async () => {
    await withTempDir(async (root) => {
      const open = () => readdirSync('/proc/self/fd').length;
      const before = open();
      for (let round = 0; round < 50; round++) wasiEntryCheck(root, Buffer.from('.'))!.close();
      expect(open()).toBe(before);
    });
  });
});

describe('millisecondsOf', () => {
  it("gives Stats' milliseconds, to the bit, for nanoseconds since the epoch", () => {
    const seconds = [0, 1, 4, 5, 1_000_000_000, 1_700_000_000, 1_799_999_999, 2 ** 32 - 1, 2 ** 32, 4_000_000_000];
    const nanoseconds = [0, 1, 123_456_789, 500_000_000, 999_999_999];
    for (let draw = 0; draw < 2000; draw++) {
      seconds.push(Math.floor(Math.random() * 4e9));
      nanoseconds.push(Math.floor(Math.random() * 1e9));
    }
    for (const [index, sec] of seconds.entries()) {
      const nsec = nanoseconds[index % nanoseconds.length];
      const total = BigInt(sec) * 1_000_000_000n + BigInt(nsec);
      const statsMs = sec * 1e3 + nsec / 1e6; // Node's msFromTimeSpec
      expect(millisecondsOf(Number(total >> 32n), Number(total & 0xffffffffn)), `${sec}.${nsec}`).toBe(statsMs);
    }
  });
});
