import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.js';
import { parseImageUpdate, planEdits, type EditPlan, type EditRequest } from '../../../src/core/config-edit/index.js';
import { tempDir, writeTree } from './helpers.js';

const D = `sha256:${'e'.repeat(64)}`;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Plans `updates` over a tree; `files` defaults to everything. */
async function plan(tree: Record<string, string>, updates: string[], extra: Partial<EditRequest> = {}): Promise<EditPlan> {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  writeTree(dir, tree);
  return planEdits({ root: dir, files: [], updates: updates.map((text) => parseImageUpdate(text, 'image')), ...extra });
}
const after = (result: EditPlan, path: string) => result.edits.find((edit) => edit.path === path)?.after;

const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: ${image}\n`;

describe('kustomize: what kustomize reads', () => {
  it('edits a Component, which overrides the base it runs after', async () => {
    const component = 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nimages:\n- name: ghcr.io/org/app\n  newTag: v1\n';
    const result = await plan({ 'components/tag/kustomization.yaml': component, 'base/pod.yaml': pod('ghcr.io/org/app:v0') }, ['ghcr.io/org/app:v2']);
    expect(after(result, 'components/tag/kustomization.yaml')).toBe(component.replace('newTag: v1', 'newTag: v2'));
  });

  it('adds an overlay entry named as the base spells the image (redis, not docker.io/library/redis)', async () => {
    const overlay = 'resources:\n- ../../base\n';
    const tree = { 'overlays/prod/kustomization.yaml': overlay, 'base/kustomization.yaml': 'resources:\n- pod.yaml\n', 'base/pod.yaml': pod('redis:alpine') };
    const result = await plan(tree, ['docker.io/library/redis:7.2-alpine'], { files: ['overlays/prod/**'] });
    expect(after(result, 'overlays/prod/kustomization.yaml')).toBe(`${overlay}images:\n- name: redis\n  newTag: 7.2-alpine\n`);
  });

  it('leaves an overlay whose base it cannot read, and says the image is found nowhere', async () => {
    const result = await plan({ 'overlays/prod/kustomization.yaml': 'resources:\n- github.com/org/base?ref=v1\n' }, ['redis:7'], { files: ['overlays/prod/**'] });
    expect(result.edits).toEqual([]);
    expect(result.unmatched).toEqual(['redis']);
  });

  it('refuses, when the kind is named, to add an entry it cannot spell', async () => {
    const failure = plan({ 'kustomization.yaml': 'resources:\n- https://example.com/base.yaml\n' }, ['redis:7'], { kinds: ['kustomization'] });
    await expect(failure).rejects.toThrow(ConfigurationError);
    await expect(failure).rejects.toThrow(/kustomization\.yaml: cannot tell how the resources of this kustomization spell redis .*kustomize matches images\[\]\.name literally/);
  });

  it('drops the trailing comment of a field whose line another field takes', async () => {
    const source = 'images:\n- name: app\n  newName: reg/app # mirror\n  newTag: v1\n';
    const result = await plan({ 'kustomization.yaml': source }, [`app@${D}`]);
    expect(after(result, 'kustomization.yaml')).toBe(`images:\n- name: app\n  digest: ${D}\n`);
  });

  it('edits a Flux Kustomization\'s spec.images', async () => {
    const flux = 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\nspec:\n  path: ./apps\n  images:\n  - name: ghcr.io/org/app\n    newTag: 1.0.0\n';
    expect(after(await plan({ 'apps.yaml': flux }, ['ghcr.io/org/app:1.1.0']), 'apps.yaml')).toBe(flux.replace('1.0.0', '1.1.0'));
  });
});

describe('Helm values: the chart\'s own split', () => {
  const bitnami = 'global:\n  imageRegistry: ""\nimage:\n  registry: docker.io\n  repository: bitnami/nginx\n  tag: 1.25.4\n  digest: ""\n';

  it('writes a new registry and repository apart', async () => {
    const result = await plan({ 'values.yaml': bitnami }, ['docker.io/bitnami/nginx=registry.example.com/mirror/nginx:1.27.0']);
    expect(after(result, 'values.yaml')).toBe(bitnami.replace('docker.io', 'registry.example.com').replace('bitnami/nginx', 'mirror/nginx').replace('1.25.4', '1.27.0'));
  });

  it('matches through global.imageRegistry, and refuses a new name the global registry would override', async () => {
    const mirrored = bitnami.replace('imageRegistry: ""', 'imageRegistry: mirror.example.com');
    const result = await plan({ 'values.yaml': mirrored }, ['mirror.example.com/bitnami/nginx:1.27.0']);
    expect(after(result, 'values.yaml')).toBe(mirrored.replace('1.25.4', '1.27.0'));
    await expect(plan({ 'values.yaml': mirrored }, ['mirror.example.com/bitnami/nginx=ghcr.io/org/nginx:1.27.0'])).rejects.toThrow(
      /Input "image": values\.yaml:5: global\.imageRegistry \(mirror\.example\.com\) overrides this image's registry/,
    );
  });

  it('writes a digest where the chart reads one, and refuses one where it does not', async () => {
    expect(after(await plan({ 'values.yaml': bitnami }, [`docker.io/bitnami/nginx@${D}`]), 'values.yaml')).toBe(bitnami.replace('digest: ""', `digest: "${D}"`));
    const plain = 'image:\n  repository: ghcr.io/org/app\n  tag: 1.0.0\n';
    await expect(plan({ 'values.yaml': plain }, [`ghcr.io/org/app@${D}`])).rejects.toThrow(
      /Input "image": values\.yaml:2: ghcr\.io\/org\/app has no digest key here \(image\.digest\).*give the tag with the digest/,
    );
  });

  it('edits a values key that holds a whole image, and a HelmRelease\'s values', async () => {
    const values = 'worker:\n  image: ghcr.io/org/worker:1.0\n';
    expect(after(await plan({ 'values.yaml': values }, ['ghcr.io/org/worker:1.1']), 'values.yaml')).toBe(values.replace('1.0', '1.1'));
    const release = 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: app\nspec:\n  values:\n    image:\n      repository: ghcr.io/org/app\n      tag: 1.0.0\n';
    expect(after(await plan({ 'release.yaml': release }, ['ghcr.io/org/app:1.1.0']), 'release.yaml')).toBe(release.replace('1.0.0', '1.1.0'));
  });

  it('matches Argo CD helm parameters through their image.registry, writing the split', async () => {
    const app = [
      'apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata:', '  name: web', 'spec:', '  source:', '    helm:', '      parameters:',
      '      - name: image.registry', '        value: mirror.example.com', '      - name: image.repository', '        value: bitnami/nginx',
      '      - name: image.tag', '        value: 1.25.4', '',
    ].join('\n');
    const result = await plan({ 'app.yaml': app }, ['mirror.example.com/bitnami/nginx=ghcr.io/org/nginx:1.27.0']);
    expect(after(result, 'app.yaml')).toBe(app.replace('mirror.example.com', 'ghcr.io').replace('bitnami/nginx', 'org/nginx').replace('1.25.4', '1.27.0'));
    // The Docker Hub image of the same repository is another image: not this one.
    expect((await plan({ 'app.yaml': app }, ['bitnami/nginx:9'], { files: ['app.yaml'] })).unmatched).toEqual(['bitnami/nginx']);
  });

  it('quotes a set value that would read back as another number', async () => {
    const result = await plan({ 'values.yaml': 'image:\n  tag: 1.21\nreplicas: 2\n' }, [], { set: [{ path: 'image.tag', value: '1.30' }, { path: 'replicas', value: '3' }] });
    expect(after(result, 'values.yaml')).toBe('image:\n  tag: "1.30"\nreplicas: 3\n');
  });
});

describe('other shapes', () => {
  it('follows compose anchors and merge keys to the one scalar they share', async () => {
    const compose = 'x-app: &app\n  image: ghcr.io/org/app:1.0\n  restart: always\nservices:\n  web:\n    <<: *app\n  worker:\n    <<: [*app]\n  cron:\n    image: &cron ghcr.io/org/app:1.0\n  cron2:\n    image: *cron\n';
    const result = await plan({ 'compose.yaml': compose }, ['ghcr.io/org/app:1.1']);
    expect(after(result, 'compose.yaml')).toBe(compose.replaceAll('1.0', '1.1'));
  });

  it('edits Argo Workflows container and script templates, and Tekton steps, sidecars and stepTemplate', async () => {
    const workflow = 'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nspec:\n  templates:\n  - name: a\n    container:\n      image: ghcr.io/org/tool:1\n  - name: b\n    script:\n      image: ghcr.io/org/tool:1\n      source: echo\n';
    const task = 'apiVersion: tekton.dev/v1\nkind: Task\nspec:\n  stepTemplate:\n    image: ghcr.io/org/tool:1\n  steps:\n  - name: s\n    image: ghcr.io/org/tool:1\n  sidecars:\n  - name: side\n    image: ghcr.io/org/tool:1\n';
    const result = await plan({ 'workflow.yaml': workflow, 'task.yaml': task }, ['ghcr.io/org/tool:2']);
    expect(after(result, 'workflow.yaml')).toBe(workflow.replaceAll('tool:1', 'tool:2'));
    expect(after(result, 'task.yaml')).toBe(task.replaceAll('tool:1', 'tool:2'));
  });

  it('edits an Image Updater write-back file', async () => {
    const writeBack = 'kustomize:\n  images:\n  - ghcr.io/org/app:1.0\nhelm:\n  parameters:\n  - name: image.tag\n    value: "1.0"\n    forcestring: true\n';
    const result = await plan({ 'apps/web/.argocd-source-web.yaml': writeBack }, ['ghcr.io/org/app:1.1']);
    expect(after(result, 'apps/web/.argocd-source-web.yaml')).toBe(writeBack.replace('app:1.0', 'app:1.1'));
  });

  it('reads multi-document JSON specs separated by ---', async () => {
    const specs = '{"pipeline": {"name": "a"}, "transform": {"image": "ghcr.io/org/edges:1"}}\n---\n{"pipeline": {"name": "b"}, "transform": {"image": "ghcr.io/org/edges:1"}}\n';
    expect(after(await plan({ 'specs.json': specs }, ['ghcr.io/org/edges:2']), 'specs.json')).toBe(specs.replaceAll('edges:1', 'edges:2'));
  });

  it('skips, with a reason, a file that does not parse and does not hold the image; fails on one that does', async () => {
    const tree = { 'pod.yaml': pod('ghcr.io/org/app:1'), 'devcontainer.json': '{\n  // app settings\n  "name": "app"\n}\n', 'dup.yaml': 'a: 1\na: 2\n# app\n' };
    const result = await plan(tree, ['ghcr.io/org/app:2']);
    expect(result.edits.map((edit) => edit.path)).toEqual(['pod.yaml']);
    expect(result.skipped.map((file) => file.reason)).toEqual([
      expect.stringMatching(/^devcontainer\.json:2: malformed JSON/),
      expect.stringMatching(/^dup\.yaml:2:1: malformed YAML: Map keys must be unique/),
    ]);
    const holding = plan({ ...tree, 'broken.yaml': 'image: ghcr.io/org/app:1\n  - x: [\n' }, ['ghcr.io/org/app:2']);
    await expect(holding).rejects.toThrow(/Input "files": broken\.yaml:\d+:\d+: malformed YAML/);
  });
});
