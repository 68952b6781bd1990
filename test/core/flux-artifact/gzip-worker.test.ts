import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createIgnoreMatcher, DEFAULT_IGNORE_PATHS } from '../../../src/core/flux-artifact/ignore-rules.js';
import { packLayer } from '../../../src/core/flux-artifact/pack.js';
import { walkArtifact } from '../../../src/core/flux-artifact/walk.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { GOLDEN_LAYER, packToBuffer, withTempDir, writeGoldenTree } from './helpers.js';

/**
 * The worker-thread path of packLayer (the tar's blocks deflated by one or more threads), with the gzip worker as scripts/build.mjs bundles it (a
 * worker cannot load TypeScript, so it is the one in dist/: run `npm run build` after changing
 * src/core/flux-artifact). The in-thread path is what the other tests of this folder run.
 */
const bundledWorker = pathToFileURL(path.join(import.meta.dirname, '../../../dist/cli/gzip-worker.js'));

describe('packLayer with the gzip worker thread', () => {
  it('gives the golden bytes with one worker or three, and says where it compressed', async () => {
    await withTempDir(async (dir) => {
      writeGoldenTree(dir);
      for (const workers of [1, 3]) {
        const io = new RecordingIO(true);
        const packed = await packToBuffer(dir, undefined, { gzipWorker: bundledWorker, io, workers });
        expect({ diffId: packed.diffId, digest: packed.digest, size: packed.gzip.length, tarSize: packed.tarSize }).toEqual(GOLDEN_LAYER);
        expect(io.text('debug')).toContain(`Compressing in ${workers} worker thread(s)`);
      }
      const inThread = new RecordingIO(true);
      await packToBuffer(dir, undefined, { gzipWorker: null, io: inThread });
      expect(inThread.text('debug')).toContain('Compressing on the main thread');
    });
  });

  it('gives the in-thread bytes for a tree of many blocks, whose buffers the workers hand back to be filled again', async () => {
    await withTempDir(async (dir) => {
      // 40 files of 150 kB: about 6 MiB of tar, so most blocks are filled in a buffer a worker returned.
      for (let file = 0; file < 40; file++) {
        mkdirSync(path.join(dir, `team-${file % 4}`), { recursive: true });
        const lines = Array.from({ length: 3000 }, (_, line) => `key-${file}-${line}: ${((file + 1) * (line + 7) * 2654435761) % 4294967296}`);
        writeFileSync(path.join(dir, `team-${file % 4}`, `values-${file}.yaml`), `${lines.join('\n')}\n`.padEnd(150_000, '#'));
      }
      const inThread = await packToBuffer(dir, undefined, { gzipWorker: null });
      expect(inThread.tarSize).toBeGreaterThan(5 * 1024 * 1024);
      for (const workers of [1, 3]) {
        const packed = await packToBuffer(dir, undefined, { gzipWorker: bundledWorker, workers });
        expect({ diffId: packed.diffId, digest: packed.digest }).toEqual({ diffId: inThread.diffId, digest: inThread.digest });
      }
    });
  });

  it('fails the pack with the error the worker threw', async () => {
    await withTempDir(async (dir) => {
      const worker = path.join(dir, 'throwing-worker.mjs');
      writeFileSync(worker, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('deflate exploded'); });\n");
      writeGoldenTree(path.join(dir, 'tree'));
      await expect(packToBuffer(path.join(dir, 'tree'), undefined, { gzipWorker: pathToFileURL(worker) })).rejects.toThrow('The gzip worker thread failed: deflate exploded');
    });
  });

  it('fails the pack when the worker stops before the layer is done', async () => {
    await withTempDir(async (dir) => {
      const worker = path.join(dir, 'exiting-worker.mjs');
      writeFileSync(worker, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
      writeGoldenTree(path.join(dir, 'tree'));
      await expect(packToBuffer(path.join(dir, 'tree'), undefined, { gzipWorker: pathToFileURL(worker) })).rejects.toThrow('The gzip worker thread stopped (exit code 3)');
    });
  });

  it('fails the pack with the reading error, a file gone since the walk', async () => {
    await withTempDir(async (dir) => {
      writeGoldenTree(dir);
      const walk = walkArtifact(dir, createIgnoreMatcher(DEFAULT_IGNORE_PATHS));
      rmSync(path.join(dir, 'generated.yaml'));
      const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
      await expect(packLayer(walk.entries, sink, { gzipWorker: bundledWorker })).rejects.toThrow('Cannot read "generated.yaml" while packing');
    });
  });
});
