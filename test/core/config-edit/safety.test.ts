import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.js';
import { applyEdits, parseImageUpdate, planEdits, readImagesFrom } from '../../../src/core/config-edit/index.js';
import { readTree, tempDir, writeTree } from './helpers.js';

const D = `sha256:${'d'.repeat(64)}`;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function repo(files: Record<string, string>): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  writeTree(dir, files);
  return dir;
}

const deployment = (image: string): string => `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: ${image}\n`;
const update = (text: string) => [parseImageUpdate(text, 'image')];

describe('bad input: a clear error, nothing written', () => {
  it('names the malformed YAML file and line', async () => {
    const dir = repo({ 'a.yaml': deployment('nginx:1'), 'b.yaml': 'kind: Pod\nspec:\n  containers: [\n  - image: nginx:1\n' });
    const before = readTree(dir);
    const failure = planEdits({ root: dir, files: [], updates: update('nginx:2') });
    await expect(failure).rejects.toThrow(ConfigurationError);
    await expect(failure).rejects.toThrow(/Input "files": b\.yaml:\d+:\d+: malformed YAML/);
    expect(readTree(dir)).toEqual(before);
  });

  it('names the malformed JSON file and line', async () => {
    const dir = repo({ 'p.json': '{\n  "transform": {\n    "image": "nginx:1",\n  }\n}\n' });
    await expect(planEdits({ root: dir, files: [], updates: update('nginx:2') })).rejects.toThrow(/p\.json:4: malformed JSON/);
  });

  it.each(['../outside/*.yaml', '/etc/*.yaml', 'a/../../x.yaml'])('refuses the escaping pattern %s', async (pattern) => {
    const dir = repo({ 'a.yaml': deployment('nginx:1') });
    await expect(planEdits({ root: dir, files: [pattern], updates: update('nginx:2') })).rejects.toThrow(/Input "files": .* leaves the repository/);
  });

  it('does not follow symbolic links out of the root', async () => {
    const outside = repo({ 'x/d.yaml': deployment('nginx:1'), 'f.yaml': deployment('nginx:1') });
    const dir = repo({ 'in/a.yaml': deployment('nginx:1') });
    symlinkSync(join(outside, 'x'), join(dir, 'linked-dir'));
    symlinkSync(join(outside, 'f.yaml'), join(dir, 'in', 'linked.yaml'));
    await expect(planEdits({ root: dir, files: ['linked-dir'], updates: update('nginx:2') })).rejects.toThrow(/resolves outside the repository/);
    await expect(planEdits({ root: dir, files: ['in/linked.yaml'], updates: update('nginx:2') })).rejects.toThrow(/"in\/linked\.yaml" resolves outside the repository/);
    for (const files of [[], ['in/a.yaml', 'linked-dir/**']]) {
      const plan = await planEdits({ root: dir, files, updates: update('nginx:2') });
      expect(plan.edits.map((edit) => edit.path)).toEqual(['in/a.yaml']);
    }
  });

  it('writes through a named link that stays inside the root', async () => {
    const dir = repo({ 'real.yaml': deployment('nginx:1') });
    symlinkSync(join(dir, 'real.yaml'), join(dir, 'alias.yaml'));
    const plan = await planEdits({ root: dir, files: ['alias.yaml'], updates: update('nginx:2') });
    await applyEdits(dir, plan.edits);
    expect(readTree(dir).get('real.yaml')).toBe(deployment('nginx:2'));
  });

  it('rejects an invalid image reference naming the input', async () => {
    const dir = repo({ 'a.yaml': deployment('nginx:1') });
    await expect(planEdits({ root: dir, files: [], updates: [{ image: 'Bad Name', newTag: '1' }] })).rejects.toThrow(/Input "image": "Bad Name" is not a valid image reference/);
  });

  it('reads files larger than the read buffer whole', async () => {
    const padding = Array.from({ length: 3000 }, (_, index) => `key${index}: ${'x'.repeat(30)}`).join('\n');
    const dir = repo({ 'big.yaml': `${padding}\nimage:\n  repository: nginx\n  tag: "1"\n` });
    const plan = await planEdits({ root: dir, files: [], updates: update('nginx:2') });
    expect(plan.edits[0].before.length).toBeGreaterThan(64 * 1024);
    expect(plan.edits[0].changes).toEqual([{ line: 3003, before: '  tag: "1"', after: '  tag: "2"' }]);
  });

  it('reports images found nowhere instead of silently succeeding', async () => {
    const dir = repo({ 'a.yaml': deployment('nginx:1') });
    const plan = await planEdits({ root: dir, files: [], updates: [...update('redis:7'), ...update('nginx:1')] });
    expect(plan).toMatchObject({ edits: [], referencing: ['a.yaml'], unmatched: ['redis'] });
  });

  it('refuses to apply over a file that changed since planning, writing nothing', async () => {
    const dir = repo({ 'a.yaml': deployment('nginx:1'), 'b.yaml': deployment('nginx:1') });
    const plan = await planEdits({ root: dir, files: [], updates: update('nginx:2') });
    writeFileSync(join(dir, 'b.yaml'), deployment('nginx:9'));
    await expect(applyEdits(dir, plan.edits)).rejects.toThrow(/b\.yaml changed after the edit was planned/);
    expect(readTree(dir)).toEqual(new Map([['a.yaml', deployment('nginx:1')], ['b.yaml', deployment('nginx:9')]]));
  });
});

describe('promotion: readImagesFrom', () => {
  const overlay = (images: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../../base]\nimages:\n${images}`;

  it('copies exactly what dev runs into stage', async () => {
    const dir = repo({
      'base/deploy.yaml': deployment('app'),
      'overlays/dev/kustomization.yaml': overlay(`- name: app\n  newName: ghcr.io/org/app\n  newTag: "1.4"\n  digest: ${D}\n`),
      'overlays/stage/kustomization.yaml': overlay('- name: app\n  newName: ghcr.io/org/app\n  newTag: "1.3"   # stage\n'),
    });
    const updates = await readImagesFrom(dir, 'overlays/dev', ['app']);
    expect(updates).toEqual([{ image: 'app', newName: 'ghcr.io/org/app', newTag: '1.4', newDigest: D }]);
    const plan = await planEdits({ root: dir, files: ['overlays/stage'], updates });
    await applyEdits(dir, plan.edits);
    expect(readTree(dir).get('overlays/stage/kustomization.yaml')).toBe(overlay(`- name: app\n  newName: ghcr.io/org/app\n  newTag: "1.4"   # stage\n  digest: ${D}\n`));
  });

  it('reads plain manifests and Helm values, and rejects disagreeing sources', async () => {
    const dir = repo({
      'dev/a.yaml': deployment(`ghcr.io/org/app:2.0@${D}`),
      'dev/values.yaml': 'image:\n  repository: nginx\n  tag: "1.27"\n',
      'mixed/a.yaml': deployment('ghcr.io/org/app:2.0'),
      'mixed/b.yaml': deployment('ghcr.io/org/app:2.1'),
    });
    expect(await readImagesFrom(dir, 'dev', ['ghcr.io/org/app', 'nginx'])).toEqual([
      { image: 'ghcr.io/org/app', newTag: '2.0', newDigest: D },
      { image: 'nginx', newTag: '1.27' },
    ]);
    await expect(readImagesFrom(dir, 'mixed', ['ghcr.io/org/app'])).rejects.toThrow(/Input "from": "mixed" runs ghcr.io\/org\/app in more than one version/);
    await expect(readImagesFrom(dir, 'dev', ['redis'])).rejects.toThrow(/Input "from": no file under "dev" references redis/);
    await expect(readImagesFrom(dir, '../dev', ['nginx'])).rejects.toThrow(/Input "from"/);
    mkdirSync(join(dir, 'empty'));
    await expect(readImagesFrom(dir, 'empty', ['nginx'])).rejects.toThrow(/selects no YAML or JSON file/);
  });
});
