import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIgnoreMatcher } from '../../../src/core/flux-artifact/ignore-rules.js';
import { LayerCache, PARALLEL_CHECK_FROM, RACY_MARGIN_MS } from '../../../src/core/flux-artifact/layer-cache.js';
import { CHANGED, NEXT_ENTRY, SHARED_SLOTS, startSnapshotCheck, type RunningCheck } from '../../../src/core/flux-artifact/snapshot-check-thread.js';
import { encodeSnapshot, NUMBERS_PER_ENTRY, SNAPSHOT_CHUNK, SNAPSHOT_HEADER_BYTES, snapshotId, snapshotUnchanged } from '../../../src/core/flux-artifact/tree-snapshot.js';
import { walkArtifact } from '../../../src/core/flux-artifact/walk.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { withTempDir } from './helpers.js';

const LAYER = { diffId: `sha256:${'1'.repeat(64)}`, digest: `sha256:${'2'.repeat(64)}`, size: 42, tarSize: 3072 };
const OPTIONS = { minimumEntries: PARALLEL_CHECK_FROM, numbersPerEntry: NUMBERS_PER_ENTRY, chunk: SNAPSHOT_CHUNK, headerBytes: SNAPSHOT_HEADER_BYTES };

const NON_ASCII_NAME = 'd11/ünïcødé-名前.yaml';

/**
 * A tree of `files` files in 40 directories: big enough for the worker thread. One name is not
 * ASCII, and some stamps are set to odd fractions of a second (stamps are compared as Stats'
 * milliseconds, which the WASI check computes from nanoseconds).
 */
function writeTree(root: string, files = PARALLEL_CHECK_FROM + 200): void {
  for (let index = 0; index < files; index++) {
    const dir = path.join(root, `d${index % 40}`);
    if (index < 40) mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `f${index}.yaml`), `n: ${index}\n`);
    if (index % 97 === 0) utimesSync(path.join(dir, `f${index}.yaml`), 1, 1_700_000_000 + index * 1.000123457);
  }
  writeFileSync(path.join(root, NON_ASCII_NAME), 'n: ü\n');
}

const entriesOf = (root: string) => walkArtifact(root, createIgnoreMatcher([])).entries;

/**
 * Checks `snapshot` with a worker that already did its part, as when the main thread joins late:
 * every chunk (it claims past the end) unless it saw a change.
 */
async function checkWithFinishedWorker(
  root: string,
  snapshotFile: string,
  snapshot: Buffer,
  statWith: 'wasi' | 'lstat',
): Promise<{ unchanged: boolean; workerSawChange: boolean }> {
  const helper = startSnapshotCheck(root, snapshotFile, OPTIONS)!;
  expect(await helper.finished).toBe(true);
  expect(await helper.id).toBe(snapshotId(readFileSync(snapshotFile))); // it read the file, and checks over WASI
  const workerSawChange = Atomics.load(helper.shared, CHANGED) === 1;
  // A worker that saw no change went through every entry.
  expect(workerSawChange || Atomics.load(helper.shared, NEXT_ENTRY) >= snapshot.readUInt32LE(0)).toBe(true);
  return { unchanged: await snapshotUnchanged(root, snapshot, helper, statWith), workerSawChange };
}

describe('the snapshot check on a worker thread', () => {
  // The worker stats over WASI; the main thread over WASI, or lstat where node:wasi is missing.
  it.each(['wasi', 'lstat'] as const)('sees every kind of change the main thread sees (there via %s), alone or sharing the chunks', async (statWith) => {
    await withTempDir(async (dir) => {
      const root = path.join(dir, 'tree');
      const snapshotFile = path.join(dir, 'tree.snapshot');
      writeTree(root);
      const changes: [string, () => void][] = [
        ['nothing', () => undefined],
        ['content, same size', () => writeFileSync(path.join(root, 'd3/f4003.yaml'), 'n: 4004\n')],
        ['mode', () => chmodSync(path.join(root, 'd7/f7.yaml'), 0o600)],
        ['size', () => writeFileSync(path.join(root, 'd39/f4199.yaml'), 'longer\n')],
        ['mtime set back', () => utimesSync(path.join(root, 'd1/f1.yaml'), 1, 1)],
        ['mtime moved by 1 µs', () => utimesSync(path.join(root, 'd17/f97.yaml'), 1, 1_700_000_000 + 97 * 1.000123457 + 1e-6)],
        ['content of a name not in ASCII', () => writeFileSync(path.join(root, NON_ASCII_NAME), 'n: ö\n')],
        ['replaced (inode)', () => (writeFileSync(path.join(root, 'd2/new'), 'n: 2\n'), renameSync(path.join(root, 'd2/new'), path.join(root, 'd2/f2.yaml')))],
        ['removed', () => rmSync(path.join(root, 'd5/f2005.yaml'))],
        ['added (the directory moves)', () => writeFileSync(path.join(root, 'd6/extra.yaml'), '')],
        ['file turned link', () => (rmSync(path.join(root, 'd8/f8.yaml')), symlinkSync('f48.yaml', path.join(root, 'd8/f8.yaml')))],
      ];
      for (const [change, apply] of changes) {
        const snapshot = encodeSnapshot(entriesOf(root)).bytes;
        writeFileSync(snapshotFile, snapshot);
        apply();
        const expected = change === 'nothing';
        expect(await snapshotUnchanged(root, snapshot, undefined, statWith), `main thread alone, ${change}`).toBe(expected);
        const late = await checkWithFinishedWorker(root, snapshotFile, snapshot, statWith);
        expect(late, `worker alone, ${change}`).toEqual({ unchanged: expected, workerSawChange: !expected });
        expect(await snapshotUnchanged(root, snapshot, startSnapshotCheck(root, snapshotFile, OPTIONS), statWith), `both, ${change}`).toBe(expected);
      }
    });
  });

  it('trusts the worker only for the snapshot it was given: another one is checked again here', async () => {
    await withTempDir(async (dir) => {
      const root = path.join(dir, 'tree');
      const snapshotFile = path.join(dir, 'tree.snapshot');
      writeTree(root);
      const entries = entriesOf(root);
      writeFileSync(snapshotFile, encodeSnapshot(entries).bytes); // what the worker reads: accurate
      const other = encodeSnapshot(entries).bytes; // same entries, another id (another run's file)...
      other.writeDoubleLE(other.readDoubleLE(other.length - 8) + 1, other.length - 8); // ...with one stale stamp
      const { unchanged, workerSawChange } = await checkWithFinishedWorker(root, snapshotFile, other, 'wasi');
      expect(workerSawChange).toBe(false);
      expect(unchanged).toBe(false);
    });
  });

  it('checks again alone what a failed worker claimed', async () => {
    await withTempDir(async (dir) => {
      const root = path.join(dir, 'tree');
      writeTree(root, 100);
      const snapshot = encodeSnapshot(entriesOf(root)).bytes;
      const claimedAll = new Int32Array(new SharedArrayBuffer(SHARED_SLOTS * 4));
      Atomics.store(claimedAll, NEXT_ENTRY, 1 << 30);
      const failed: RunningCheck = { shared: claimedAll, id: Promise.resolve(undefined), finished: Promise.resolve(false) };
      expect(await snapshotUnchanged(root, snapshot, failed)).toBe(true);
      writeFileSync(path.join(root, 'd0/f0.yaml'), 'n: 9\n');
      const failedAgain: RunningCheck = { ...failed, shared: new Int32Array(claimedAll) };
      expect(await snapshotUnchanged(root, snapshot, failedAgain)).toBe(false);
    });
  });

  it('leaves no descriptor open, on either thread', async () => {
    await withTempDir(async (dir) => {
      const root = path.join(dir, 'tree');
      const snapshotFile = path.join(dir, 'tree.snapshot');
      writeTree(root);
      writeFileSync(snapshotFile, encodeSnapshot(entriesOf(root)).bytes);
      const open = () => readdirSync('/proc/self/fd').length;
      const before = open();
      const helper = startSnapshotCheck(root, snapshotFile, OPTIONS);
      expect(await snapshotUnchanged(root, readFileSync(snapshotFile), helper)).toBe(true);
      expect(await helper!.finished).toBe(true);
      // The thread's own descriptors (its event loop) go when it exits, a moment after it finished.
      for (let wait = 0; wait < 100 && open() !== before; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(open()).toBe(before);
    });
  });

  it('is not started for a small snapshot, nor a missing one', async () => {
    await withTempDir(async (dir) => {
      const root = path.join(dir, 'tree');
      writeTree(root, 50);
      writeFileSync(path.join(dir, 'small'), encodeSnapshot(entriesOf(root)).bytes);
      expect(startSnapshotCheck(root, path.join(dir, 'small'), OPTIONS)).toBeUndefined();
      expect(startSnapshotCheck(root, path.join(dir, 'missing'), OPTIONS)).toBeUndefined();
    });
  });
});

describe('LayerCache.prefetch', () => {
  it('hands the push an answer checked on two threads, true only for an unchanged tree', async () => {
    await withTempDir(async (dir) => {
      const root = path.join(dir, 'tree');
      writeTree(root);
      const summary = { files: PARALLEL_CHECK_FROM + 201, entries: PARALLEL_CHECK_FROM + 242, skippedSymlinks: [], skippedSpecial: [] };
      const walk = { ...walkArtifact(root, createIgnoreMatcher([])), startedAtMs: Date.now() + RACY_MARGIN_MS + 1000, summary, snapshot: true };
      await new LayerCache(path.join(dir, 'cache'), new RecordingIO()).store(root, [], walk, LAYER);
      const holds = async () => {
        const cache = new LayerCache(path.join(dir, 'cache'), new RecordingIO());
        cache.prefetch(root, []);
        const recalled = await cache.recall(root, []);
        expect(recalled?.layer).toEqual(LAYER);
        return cache.snapshotHolds(root, [], recalled!);
      };
      expect(await holds()).toBe(true);
      writeFileSync(path.join(root, 'd9/f9.yaml'), 'n: 0\n');
      expect(await holds()).toBe(false);
    });
  });
});
