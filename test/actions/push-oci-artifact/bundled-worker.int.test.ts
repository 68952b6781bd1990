import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, startRegistry, type Registry } from '../../harness/index.js';
import { GOLDEN_LAYER, writeGoldenTree } from '../../core/flux-artifact/helpers.js';
import { GOLDEN_MANIFEST_DIGEST } from './golden.js';

/**
 * The shipped CLI bundle compresses in its gzip worker threads (dist/cli/gzip-worker.js, which
 * tests from source never run): it must give the very bytes the in-thread path gives, pinned by
 * the golden digests. Reads dist/ as built: run `npm run build` after changing src/.
 */
const cli = path.join(import.meta.dirname, '../../../dist/cli/index.js');
const runFile = promisify(execFile);

let registry: Registry;
let scratch: string;

beforeAll(async () => {
  registry = await startRegistry();
  scratch = await makeTempDir('push-oci-bundled');
  writeGoldenTree(path.join(scratch, 'workspace', 'golden'));
});

afterAll(async () => {
  await registry?.stop();
  if (scratch) await removeDir(scratch);
});

describe('push-oci-artifact from the built CLI bundle', () => {
  it('compresses in the worker thread to the golden layer and manifest', async () => {
    expect(existsSync(path.join(path.dirname(cli), 'gzip-worker.js'))).toBe(true);
    const env = {
      PATH: process.env.PATH,
      HOME: scratch,
      GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'org/app',
      GITHUB_WORKSPACE: path.join(scratch, 'workspace'),
      RUNNER_TEMP: scratch,
    };
    const args = ['push-oci-artifact', '--url', `oci://${registry.host}/org/golden:v1`, '--path', 'golden', '--reproducible', '--insecure', '--json', '--debug'];
    const { stdout, stderr } = await runFile(process.execPath, [cli, ...args], { env, maxBuffer: 16 * 1024 * 1024 });
    const everything = `${stdout}\n${stderr}`;
    expect(everything).toMatch(/Compressing in \d worker thread\(s\) \(/);
    expect(everything).toContain(`(${path.join(path.dirname(cli), 'gzip-worker.js')})`);
    expect(everything).toContain(GOLDEN_LAYER.digest);
    const outputs = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, string>;
    expect(outputs.digest).toBe(GOLDEN_MANIFEST_DIGEST);

    const response = await fetch(`http://${registry.host}/v2/org/golden/manifests/v1`, { headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } });
    const manifest = (await response.json()) as { layers: { digest: string; size: number }[] };
    expect(manifest.layers).toEqual([expect.objectContaining({ digest: GOLDEN_LAYER.digest, size: GOLDEN_LAYER.size })]);
  });
});
