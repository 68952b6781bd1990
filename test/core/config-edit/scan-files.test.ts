import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.js';
import { planEdits, readImagesFrom } from '../../../src/core/config-edit/index.js';
import { scanFiles } from '../../../src/core/config-edit/scan-files.js';
import { MAX_EDITED_FILE_BYTES, readInside, selectFiles } from '../../../src/core/config-edit/select-files.js';
import { tempDir, writeTree } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const NEEDLE = 'acme/checkout';

function scratch(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return dir;
}

/** `count` Pods in 20 directories; every 7th runs the needle's image, every 100th is over 64 KiB. */
function tree(count: number): { dir: string; files: string[] } {
  const dir = scratch();
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const path = `team-${index % 20}/file-${index}.yaml`;
    const image = index % 7 === 0 ? `ghcr.io/${NEEDLE}:1.${index}` : `ghcr.io/acme/other:1.${index}`;
    const padding = index % 100 === 0 ? `# ${'x'.repeat(70 * 1024)}\n` : '';
    mkdirSync(join(dir, `team-${index % 20}`), { recursive: true });
    writeFileSync(join(dir, path), `${padding}apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: app\n    image: ${image}\n`);
    files.push(path);
  }
  return { dir, files: files.sort() };
}

const options = (root: string) => ({ root, inputName: 'files', needles: [Buffer.from(NEEDLE)] });

describe('scanFiles', () => {
  it('visits, in file order, exactly the files that mention a needle, big ones included', async () => {
    const { dir, files } = tree(450);
    const results = await scanFiles(files, options(dir), (path, bytes) => ({ path, text: bytes.toString('utf8') }));
    const visited = results.filter(Boolean).map((result) => result!.path);
    expect(visited).toEqual(files.filter((path) => Number(/file-(\d+)/.exec(path)![1]) % 7 === 0));
    expect(results.filter(Boolean).every((result) => result!.text.includes(NEEDLE))).toBe(true);
    expect(results.find((result) => result?.path === 'team-0/file-0.yaml')!.text.length).toBeGreaterThan(70 * 1024);
  });

  it('reads a link that stays inside the root, and refuses one that leaves it', async () => {
    const { dir, files } = tree(30);
    const outside = scratch();
    writeFileSync(join(outside, 'secret.yaml'), `image: ghcr.io/${NEEDLE}:outside\n`);
    symlinkSync(join(dir, 'team-0/file-0.yaml'), join(dir, 'inside-link.yaml'));
    const results = await scanFiles([...files, 'inside-link.yaml'], options(dir), (_, bytes) => bytes.toString('utf8'));
    expect(results.at(-1)).toBe(readInside(dir, 'team-0/file-0.yaml', 'files')!.toString('utf8'));
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'outside-link.yaml'));
    const escaping = scanFiles(['outside-link.yaml'], options(dir), (_, bytes) => bytes);
    await expect(escaping).rejects.toThrow(ConfigurationError);
    await expect(escaping).rejects.toThrow(/"outside-link\.yaml" is a symbolic link that leads outside the repository/);
  });

  it('reads every file whole when told to, needle or not', async () => {
    const { dir, files } = tree(30);
    const results = await scanFiles(files, { ...options(dir), alwaysRead: (path) => path.endsWith('-1.yaml') }, (path) => path);
    expect(results.filter(Boolean)).toHaveLength(Math.ceil(30 / 7) + 1);
    expect(results).toContain('team-1/file-1.yaml');
  });
});

describe('selectFiles', () => {
  it('selects YAML and JSON from a glob, and a file named outright whatever its name', async () => {
    const dir = scratch();
    writeTree(dir, {
      'chart/values.yaml': 'a: 1\n',
      'chart/templates/deployment.yaml': 'a: 1\n',
      'chart/templates/NOTES.txt': 'x\n',
      'chart/templates/_helpers.tpl': 'x\n',
      'chart/README.md': 'x\n',
      'chart/CHANGELOG': 'x\n',
      'chart/spec.json': '{}\n',
      'chart/base/Kustomization': 'resources: []\n',
    });
    expect(await selectFiles(dir, ['chart/**'], 'files')).toEqual([
      'chart/base/Kustomization',
      'chart/spec.json',
      'chart/templates/deployment.yaml',
      'chart/values.yaml',
    ]);
    expect(await selectFiles(dir, ['chart/README.md'], 'files')).toEqual(['chart/README.md']);
  });

  it('refuses a file whose directory is a link leading outside the root, for "files" and "from" alike', async () => {
    const dir = scratch();
    const outside = scratch();
    writeTree(outside, { 'app.yaml': `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: ghcr.io/${NEEDLE}:outside\n` });
    writeTree(dir, { 'env/app.yaml': `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: ghcr.io/${NEEDLE}:1\n` });
    symlinkSync(outside, join(dir, 'linkdir'));
    const update = [{ image: `ghcr.io/${NEEDLE}`, newTag: '2' }];
    // Globs that name the link's directory walk through it: refused.
    for (const files of [['linkdir/*.yaml'], ['linkdir/**/*.yaml']]) {
      await expect(selectFiles(dir, files, 'files')).rejects.toThrow(
        /"linkdir\/app\.yaml" lies under "linkdir", which leads outside the repository through a symbolic link/,
      );
      await expect(planEdits({ root: dir, files, updates: update })).rejects.toThrow(ConfigurationError);
    }
    // Globs that only meet the link while walking never enter it.
    for (const files of [['linkdir/**'], ['**/*.yaml']]) {
      expect((await selectFiles(dir, files, 'files')).filter((path) => path.startsWith('linkdir'))).toEqual([]);
    }
    await expect(readImagesFrom(dir, 'linkdir/*.yaml', [`ghcr.io/${NEEDLE}`])).rejects.toThrow(/Input "from": .*leads outside the repository/);
    await expect(readImagesFrom(dir, 'linkdir', [`ghcr.io/${NEEDLE}`])).rejects.toThrow(/Input "from": "linkdir" resolves outside the repository/);
  });
});

describe('readInside on a huge file', () => {
  it('refuses a file over the limit that holds the image, naming it, and skips one that does not', () => {
    const dir = scratch();
    const big = `# ${'y'.repeat(MAX_EDITED_FILE_BYTES)}\n`;
    writeFileSync(join(dir, 'huge.yaml'), `${big}image: ghcr.io/${NEEDLE}:1.0\n`);
    writeFileSync(join(dir, 'unrelated.yaml'), big);
    expect(() => readInside(dir, 'huge.yaml', 'files', [Buffer.from(NEEDLE)])).toThrow(ConfigurationError);
    expect(() => readInside(dir, 'huge.yaml', 'files', [Buffer.from(NEEDLE)])).toThrow(/"huge\.yaml" is 8\.0 MiB; files over 8 MiB are not edited/);
    expect(readInside(dir, 'unrelated.yaml', 'files', [Buffer.from(NEEDLE)])).toBeUndefined();
  });
});
