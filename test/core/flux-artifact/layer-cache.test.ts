import { chmodSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIgnoreMatcher } from '../../../src/core/flux-artifact/ignore-rules.js';
import { LayerCache, RACY_MARGIN_MS } from '../../../src/core/flux-artifact/layer-cache.js';
import { walkArtifact } from '../../../src/core/flux-artifact/walk.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { withTempDir } from './helpers.js';

const LAYER = { diffId: `sha256:${'1'.repeat(64)}`, digest: `sha256:${'2'.repeat(64)}`, size: 42, tarSize: 3072 };
const IGNORE = ['.git/'];

const SUMMARY = { files: 2, entries: 4, skippedSymlinks: [], skippedSpecial: [] };

function walkOf(root: string, startedAtMs = Date.now() + RACY_MARGIN_MS + 1000) {
  // By default a walk "later" than the files' last change, so the record is not racy.
  return { ...walkArtifact(root, createIgnoreMatcher(IGNORE)), startedAtMs, summary: SUMMARY, snapshot: true };
}

describe('LayerCache: reuse a layer only for an unchanged tree', () => {
  it('hits for the same files, and misses on any content, mode, name, ignore-rule or file replacement change', async () => {
    await withTempDir(async (dir) => {
      const root = path.join(dir, 'tree');
      mkdirSync(path.join(root, 'sub'), { recursive: true });
      writeFileSync(path.join(root, 'a.yaml'), 'one');
      writeFileSync(path.join(root, 'sub/b.yaml'), 'two');
      const cache = new LayerCache(path.join(dir, 'cache'), new RecordingIO());
      expect(await cache.lookup(root, IGNORE, walkOf(root).entries)).toBeUndefined();
      await cache.store(root, IGNORE, walkOf(root), LAYER);
      expect(await cache.lookup(root, IGNORE, walkOf(root).entries)).toEqual(LAYER);
      expect(await cache.lookup(root, ['other'], walkOf(root).entries)).toBeUndefined();

      writeFileSync(path.join(root, 'a.yaml'), 'ONE'); // same size, same second: the ctime still moves
      expect(await cache.lookup(root, IGNORE, walkOf(root).entries)).toBeUndefined();
      await cache.store(root, IGNORE, walkOf(root), LAYER);
      expect(await cache.lookup(root, IGNORE, walkOf(root).entries)).toEqual(LAYER);

      // An editor's save: a new file renamed over the old one, same size and content length.
      writeFileSync(path.join(root, 'a.new'), 'OnE');
      renameSync(path.join(root, 'a.new'), path.join(root, 'a.yaml'));
      expect(await cache.lookup(root, IGNORE, walkOf(root).entries)).toBeUndefined();
      await cache.store(root, IGNORE, walkOf(root), LAYER);
      writeFileSync(path.join(root, 'sub/c.yaml'), '');
      expect(await cache.lookup(root, IGNORE, walkOf(root).entries)).toBeUndefined();
    });
  });

  it('proves a tree unchanged from its snapshot alone, and not after any change to what is packed', async () => {
    await withTempDir(async (dir) => {
      const root = path.join(dir, 'tree');
      mkdirSync(path.join(root, 'sub'), { recursive: true });
      writeFileSync(path.join(root, 'a.yaml'), 'one');
      writeFileSync(path.join(root, 'sub/b.yaml'), 'two');
      const cache = new LayerCache(path.join(dir, 'cache'), new RecordingIO());
      const holds = async () => cache.snapshotHolds(root, IGNORE, (await cache.recall(root, IGNORE))!);
      const store = () => cache.store(root, IGNORE, walkOf(root), LAYER);
      await store();
      expect(await holds()).toBe(true);

      writeFileSync(path.join(root, 'sub/b.yaml'), 'TWO'); // in place: the directory does not notice
      expect(await holds()).toBe(false);
      await store();
      chmodSync(path.join(root, 'a.yaml'), 0o600);
      expect(await holds()).toBe(false);
      await store();
      writeFileSync(path.join(root, 'sub/new.yaml'), ''); // a new entry: the directory's mtime moves
      expect(await holds()).toBe(false);
      await store();
      expect(await holds()).toBe(true);

      // An ignored newcomer breaks the snapshot (the listing changed) but not the signature of a fresh walk.
      mkdirSync(path.join(root, '.git'));
      expect(await holds()).toBe(false);
      expect(await cache.lookup(root, IGNORE, walkOf(root).entries)).toEqual(LAYER);

      // A snapshot rewritten by another run no longer carries the id its record names.
      await store();
      const snapshotFile = readdirSync(path.join(dir, 'cache')).find((name) => name.endsWith('.tree'))!;
      writeFileSync(path.join(dir, 'cache', snapshotFile), Buffer.alloc(64));
      expect(await holds()).toBe(false);
    });
  });

  it('does not record a tree whose files changed moments before the walk, nor anything when disabled', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.yaml'), 'one');
      const io = new RecordingIO();
      const cache = new LayerCache(path.join(dir, 'cache'), io);
      const justNow = { ...walkArtifact(dir, createIgnoreMatcher(['cache/'])), startedAtMs: Date.now(), summary: SUMMARY, snapshot: true };
      await cache.store(dir, ['cache/'], justNow, LAYER);
      expect(await cache.lookup(dir, ['cache/'], justNow.entries)).toBeUndefined();
      expect(io.text('debug')).toMatch(/changed moments before the walk/);
      const disabled = new LayerCache(undefined, io);
      await disabled.store(dir, ['cache/'], { ...justNow, startedAtMs: Date.now() + 60_000 }, LAYER);
      expect(await disabled.lookup(dir, ['cache/'], justNow.entries)).toBeUndefined();
    });
  });
});
