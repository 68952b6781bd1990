import { afterEach, describe, expect, it } from 'vitest';
import { parseImageUpdate, planEdits, type EditRequest } from '../../../src/core/config-edit/index.js';
import { renderScalar } from '../../../src/core/config-edit/yaml-nodes.js';
import { tempDir, writeTree } from './helpers.js';

const D = `sha256:${'d'.repeat(64)}`;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Plans `updates` over one file and returns its new text (the old one when nothing changed). */
async function edit(path: string, source: string, updates: string[], extra: Partial<EditRequest> & { extraFiles?: Record<string, string> } = {}): Promise<string> {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const { extraFiles, ...request } = extra;
  writeTree(dir, { ...extraFiles, [path]: source });
  const files = extraFiles ? [path] : [];
  const plan = await planEdits({ root: dir, files, updates: updates.map((text) => parseImageUpdate(text, 'image')), ...request });
  return plan.edits.find((entry) => entry.path === path)?.after ?? source;
}

describe('renderScalar: values YAML would read as something else are quoted', () => {
  it.each([
    ['1.20', '"1.20"'],
    ['1e3', '"1e3"'],
    ['on', '"on"'],
    ['yes', '"yes"'],
    ['n', '"n"'],
    ['null', '"null"'],
    ['12:30', '"12:30"'],
    ['0x1f', '"0x1f"'],
    ['2024-01-02', '"2024-01-02"'],
    ['', '""'],
    ['v1.20', 'v1.20'],
    ['nginx:1.20', 'nginx:1.20'],
    [`nginx@${D}`, `nginx@${D}`],
    ['a: b', '"a: b"'],
  ])('%j -> %s', (value, rendered) => {
    expect(renderScalar(value)).toBe(rendered);
  });

  it('keeps single quotes, escaping inner ones', () => {
    expect(renderScalar("it's", 'QUOTE_SINGLE')).toBe("'it''s'");
  });
});

describe('kustomization images', () => {
  const kustomization = (images: string): string => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nimages:\n${images}`;

  it('turns a tag into a digest on the same line (kustomize drops the tag), the tag\'s comment going with it', async () => {
    const after = await edit('kustomization.yaml', kustomization('- name: app\n  newTag: v1 # old\n'), [`app@${D}`]);
    expect(after).toBe(kustomization(`- name: app\n  digest: ${D}\n`));
  });

  it('drops newName like kustomize when the update has no name (app:v2)', async () => {
    const after = await edit('kustomization.yaml', kustomization('- name: app\n  newName: reg/app\n  newTag: v1\n'), ['app:v2']);
    expect(after).toBe(kustomization('- name: app\n  newTag: v2\n'));
  });

  it('matches by normalised name and through newName, keeping that newName', async () => {
    const source = kustomization('- name: docker.io/library/nginx\n  newTag: "1.19"\n- name: app\n  newName: ghcr.io/org/app\n  newTag: "1"\n');
    const after = await edit('kustomization.yaml', source, ['nginx:1.20', 'ghcr.io/org/app:2']);
    expect(after).toBe(kustomization('- name: docker.io/library/nginx\n  newTag: "1.20"\n- name: app\n  newName: ghcr.io/org/app\n  newTag: "2"\n'));
  });

  it('fills a field written without a value instead of adding the key twice', async () => {
    expect(await edit('kustomization.yaml', kustomization('- name: app\n  newTag:\n  newName: reg/app\n'), ['app=*:v2'])).toBe(
      kustomization('- name: app\n  newTag: v2\n  newName: reg/app\n'),
    );
    expect(await edit('kustomization.yaml', kustomization('- {name: app, newTag: ~}\n'), [`app@${D}`])).toBe(kustomization(`- {name: app, newTag: ~, digest: ${D}}\n`));
  });

  it('edits a flow-style entry in place', async () => {
    const after = await edit('kustomization.yaml', kustomization('- {name: app, newTag: v1}\n'), [`app=*:v2@${D}`]);
    expect(after).toBe(kustomization(`- {name: app, newTag: v2, digest: ${D}}\n`));
  });

  it('adds a sorted entry, spelled as the resources spell the image; in auto mode when no selected file holds it', async () => {
    const source = kustomization('- name: alpha\n  newTag: "1"\n- name: zulu\n  newTag: "2"\n').replace('images:', 'resources:\n- deploy.yaml\nimages:');
    const deploy = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: m\n    image: mid:1\n';
    const expected = source.replace('- name: zulu', '- name: mid\n  newTag: "3"\n- name: zulu');
    expect(await edit('kustomization.yaml', source, ['docker.io/library/mid:3'], { extraFiles: { 'deploy.yaml': deploy } })).toBe(expected);
    expect(await edit('kustomization.yaml', source, ['docker.io/library/mid:3'], { kinds: ['kustomization'], extraFiles: { 'deploy.yaml': deploy } })).toBe(expected);
  });

  it('adds an images list to a kustomization without one', async () => {
    const source = 'resources:\n- deploy.yaml\n';
    const deploy = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: app:0.9\n';
    const after = await edit('kustomization.yaml', source, ['app:1.0'], { kinds: ['kustomization'], extraFiles: { 'deploy.yaml': deploy } });
    expect(after).toBe('resources:\n- deploy.yaml\nimages:\n- name: app\n  newTag: "1.0"\n');
  });
});

describe('byte preservation', () => {
  it('keeps CRLF, a BOM-free header comment and the missing final newline', async () => {
    const source = '# c\r\nimage:\r\n  repository: nginx\r\n  tag: "1.19"   # aligned\r\nother: x';
    const after = await edit('values.yaml', source, ['nginx:1.20']);
    expect(after).toBe(source.replace('"1.19"', '"1.20"'));
  });

  it('adds a digest key next to the tag with CRLF kept', async () => {
    const source = 'image:\r\n  repository: nginx\r\n  tag: "1.19"\r\n';
    const after = await edit('values.yaml', source, ['nginx:1.20'], { helm: { repository: 'image.repository', tag: 'image.tag', digest: 'image.digest', mode: 'tag-digest' } }).catch((error: Error) => error.message);
    expect(after).toMatch(/mode "tag-digest" writes a digest/);
    const withDigest = await edit('values.yaml', source, [`nginx:1.20@${D}`], { helm: { repository: 'image.repository', tag: 'image.tag', digest: 'image.digest', mode: 'tag-digest' } });
    expect(withDigest).toBe(`image:\r\n  repository: nginx\r\n  tag: "1.20"\r\n  digest: ${D}\r\n`);
  });
});

describe('JSON with a byte order mark', () => {
  it('is edited in place, the mark kept', async () => {
    const source = '\ufeff{\r\n  "transform": {"image":   "nginx:1.19"}\r\n}\r\n';
    expect(await edit('pipeline.json', source, ['nginx:1.20'])).toBe(source.replace('1.19', '1.20'));
  });
});

describe('conflicting requests', () => {
  it('name the file, line and input instead of failing with an internal error', async () => {
    const failure = edit('values.yaml', 'image:\n  repository: nginx\n  tag: "1"\n', ['nginx:2'], { set: [{ path: 'image.tag', value: '3' }] });
    await expect(failure).rejects.toThrow(/^Input "set": values\.yaml:3: two requested changes write different values to the same place/);
  });
});

describe('helm values modes', () => {
  const values = 'web:\n  image:\n    registry: docker.io\n    repository: bitnami/nginx\n    tag: 1.25.0\n    digest: ""\n';
  it('puts tag and digest in their keys when the chart has a digest key', async () => {
    expect(await edit('values.yaml', values, [`bitnami/nginx:1.26.0@${D}`])).toBe(values.replace('1.25.0', '1.26.0').replace('""', `"${D}"`));
  });
  it('writes only the digest in digest mode', async () => {
    const after = await edit('values.yaml', values, [`bitnami/nginx:1.26.0@${D}`], { helm: { repository: 'image.repository', tag: 'image.tag', mode: 'digest' } });
    expect(after).toBe(values.replace('""', `"${D}"`));
  });
  it('writes tag@digest into the tag key when there is no digest key', async () => {
    const after = await edit('values.yaml', 'image:\n  repository: nginx\n  tag: 1.25.0\n', [`nginx:1.26.0@${D}`]);
    expect(after).toBe(`image:\n  repository: nginx\n  tag: 1.26.0@${D}\n`);
  });
  it('follows configured key paths', async () => {
    const source = 'app:\n  img: ghcr.io/org/app\n  version: "1"\n';
    const after = await edit('values.yaml', source, ['ghcr.io/org/app:2'], { helm: { repository: 'img', tag: 'version', mode: 'tag' } });
    expect(after).toBe('app:\n  img: ghcr.io/org/app\n  version: "2"\n');
  });
});

describe('Argo CD Applications', () => {
  it('edits helm parameters and kustomize image overrides, adding a missing tag parameter', async () => {
    const source = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'spec:',
      '  sources:',
      '  - helm:',
      '      parameters:',
      '      - name: image.repository',
      '        value: ghcr.io/org/app',
      '  - kustomize:',
      '      images:',
      '      - app=ghcr.io/org/app:1.0 # dev',
      '',
    ].join('\n');
    const after = await edit('app.yaml', source, ['ghcr.io/org/app:1.1']);
    expect(after).toBe(
      source
        .replace('        value: ghcr.io/org/app', '        value: ghcr.io/org/app\n      - name: image.tag\n        value: "1.1"')
        .replace('app=ghcr.io/org/app:1.0', 'app=ghcr.io/org/app:1.1'),
    );
  });
});

describe('generic key.path=value', () => {
  it('sets existing scalars in YAML and JSON, keeping JSON numbers numbers', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeTree(dir, {
      'a.yaml': 'spec:\n  replicas: 2 # two\n  list: [x, y]\n',
      'b.json': '{"spec": {"replicas": 2, "list": ["x", "y"]}}',
      'c.yaml': 'other: 1\n',
    });
    const plan = await planEdits({ root: dir, files: [], updates: [], set: [{ path: 'spec.replicas', value: '3' }, { path: 'spec.list.1', value: 'on' }] });
    expect(Object.fromEntries(plan.edits.map((entry) => [entry.path, entry.after]))).toEqual({
      'a.yaml': 'spec:\n  replicas: 3 # two\n  list: [x, "on"]\n',
      'b.json': '{"spec": {"replicas": 3, "list": ["x", "on"]}}',
    });
    expect(plan.edits[0].changes).toEqual([
      { line: 2, before: '  replicas: 2 # two', after: '  replicas: 3 # two' },
      { line: 3, before: '  list: [x, y]', after: '  list: [x, "on"]' },
    ]);
    expect(plan.unmatched).toEqual([]);
  });

  it('reports a path no file has (a typo must not pass as "nothing to change"), and one already set as found', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeTree(dir, { 'a.yaml': 'spec:\n  replicas: 3\n', 'b.json': '{"spec": {"replicas": 3}}' });
    const set = [{ path: 'spec.replicas', value: '3' }, { path: 'spec.replica', value: '3' }, { path: 'spec', value: 'x' }];
    const plan = await planEdits({ root: dir, files: [], updates: [], set });
    expect(plan).toMatchObject({ edits: [], referencing: ['a.yaml', 'b.json'], unmatched: ['key spec.replica', 'key spec'] });
  });
});
