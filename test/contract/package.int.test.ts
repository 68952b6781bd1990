import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions } from '../../src/actions/index.js';
import { makeTempDir, removeDir } from '../harness/index.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

/** The tarball `npm pack` makes of this checkout, installed globally into a fresh prefix, offline. */
describe('the npm package', () => {
  let dir: string;
  let packed: PackResult;
  let bin: string;

  beforeAll(async () => {
    dir = await makeTempDir('npm-pack');
    const env = { ...process.env, npm_config_cache: join(dir, 'cache'), npm_config_update_notifier: 'false' };
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, env });
    packed = (JSON.parse(stdout) as PackResult[])[0]!;
    // --offline: the bundles carry everything, so installing needs nothing from a registry.
    await run('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', join(dir, 'prefix'), join(dir, packed.filename)], { env });
    bin = join(dir, 'prefix', 'bin', 'gitops-actions');
  }, 120_000);
  afterAll(async () => removeDir(dir));

  it('holds what runs and nothing else: the bundles, the action.yml files, README, LICENSE', () => {
    const paths = packed.files.map((file) => file.path);
    const outsideDist = paths.filter((path) => !path.startsWith('dist/')).sort();
    const actionFiles = readdirSync(join(root, 'actions')).map((name) => `actions/${name}/action.yml`);
    expect(outsideDist).toEqual(['LICENSE', 'README.md', 'action.yml', ...actionFiles, 'package.json'].sort());
    expect(paths).toContain('dist/cli/index.js');
    expect(paths.filter((path) => /\.ts$|^src\/|^test\//.test(path))).toEqual([]);
  });

  it('gives a working gitops-actions command once installed globally', async () => {
    const env = { PATH: process.env.PATH };
    const help = await run(bin, ['--help'], { env });
    for (const action of actions) expect(help.stdout).toContain(`  ${action.name}`);
    const missing = await run(bin, ['push-oci-artifact'], { env }).then(
      () => ({ code: 0, stderr: '' }),
      (failed: { code: number; stderr: string }) => failed,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Input "[a-z-]+": is required/);
  });
});
