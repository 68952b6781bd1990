import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PAKO_VERSION } from '../../../src/core/flux-artifact/block-gzip.js';
import { GOLDEN_LAYER, packToBuffer, withTempDir, writeGoldenTree } from './helpers.js';

describe('layer digest pinned across machines', () => {
  it('packs the fixed tree to the pinned tarball and gzip bytes', async () => {
    await withTempDir(async (dir) => {
      writeGoldenTree(dir);
      const packed = await packToBuffer(dir);
      expect({ diffId: packed.diffId, digest: packed.digest, size: packed.gzip.length, tarSize: packed.tarSize }).toEqual(GOLDEN_LAYER);
      // The header Go's compress/gzip writes: no flags, mtime 0, XFL 0 (levels 2-8), OS 255.
      expect([...packed.gzip.subarray(0, 10)]).toEqual([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
      expect(gunzipSync(packed.gzip).equals(packed.tar)).toBe(true);
    });
  });

  it('names the pako that package.json installs, pinned exactly: another version may give other bytes', () => {
    const installed = JSON.parse(readFileSync(path.join(fileURLToPath(new URL('../../../', import.meta.url)), 'node_modules/pako/package.json'), 'utf8')) as { version: string };
    const declared = (JSON.parse(readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.pako;
    expect(installed.version).toBe(PAKO_VERSION);
    expect(declared).toBe(PAKO_VERSION); // exact, not a range: a minor release may compress differently
  });
});
