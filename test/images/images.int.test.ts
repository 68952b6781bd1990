import { chmod, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actions } from '../../src/actions/index.js';
import { VERSION } from '../../src/version.js';
import { startFakeArgocd, type FakeArgocd } from '../fakes/argocd/index.js';
import { makeTempDir, removeDir, run, startGitServer, startRegistry, type GitServer, type Registry } from '../harness/index.js';
import { buildImages, pushedSize, readDotenv, REPO_ROOT, type BuiltImages } from './build-images.js';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const GIT_USER = 'config-bot';
const GIT_TOKEN = 'git-token-in-a-secret-Q7x';
const CLI_SIZE_LIMIT = 120_000_000;

let registry: Registry;
let git: GitServer;
let argocd: FakeArgocd;
let tmp: string;
let images: BuiltImages;
const containers: { cli?: string; builder?: string } = {};

interface InImage {
  env?: Record<string, string>;
  /** host directory -> path in the container */
  volumes?: Record<string, string>;
  workdir?: string;
}

/** `buildah run` in a working container of the image: the image's own user, PATH and files. */
async function inImage(container: string, command: string[], options: InImage = {}) {
  const args = ['run'];
  for (const [name, value] of Object.entries(options.env ?? {})) args.push('--env', `${name}=${value}`);
  for (const [host, inside] of Object.entries(options.volumes ?? {})) args.push('--volume', `${host}:${inside}`);
  if (options.workdir) args.push('--workingdir', options.workdir);
  return run('buildah', [...args, container, '--', ...command], { env: images.env, allowFailure: true, timeoutMs: 300_000 });
}

/** A directory the image's non-root user may write to, as a pod's emptyDir or a runner's build dir is. */
async function sharedDir(name: string): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o777);
  return dir;
}

/** The digest the registry serves for a reference: images and Flux artifacts alike (skopeo inspects only images). */
async function registryDigest(reference: string): Promise<string> {
  const [repository, tag] = reference.slice(registry.host.length + 1).split(':');
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' },
    signal: AbortSignal.timeout(10_000),
  });
  const digest = response.headers.get('docker-content-digest');
  if (!response.ok || !digest) throw new Error(`HEAD ${reference}: ${response.status}`);
  return digest;
}

beforeAll(async () => {
  tmp = await makeTempDir('images');
  [registry, git, argocd] = await Promise.all([
    startRegistry(),
    startGitServer({ username: GIT_USER, password: GIT_TOKEN }),
    startFakeArgocd({ apps: [{ name: 'shop-dev' }] }),
  ]);
  images = await buildImages(registry.host, tmp, SHA);
  const from = async (image: string) => (await run('buildah', ['from', '--quiet', '--tls-verify=false', image], { env: images.env, timeoutMs: 600_000 })).stdout.trim();
  containers.cli = await from(images.cli);
  containers.builder = await from(images.builder);
  const sizes = { cli: await pushedSize(images.cli, images.env), builder: await pushedSize(images.builder, images.env) };
  // For the README and the report: sizes as pushed, and how long the build took on this machine.
  console.log(`image sizes (compressed, as pushed): ${JSON.stringify(sizes)}; build times (ms): ${JSON.stringify(images.timings)}`);
}, 1_800_000);

afterAll(async () => {
  for (const container of Object.values(containers)) {
    if (container) await run('buildah', ['rm', container], { env: images.env, allowFailure: true });
  }
  await Promise.all([registry?.stop(), git?.stop(), argocd?.stop()]);
  if (tmp) await removeDir(tmp);
});

describe('the images, published by our own build-push', () => {
  it('are tagged by commit SHA, short SHA and version, with OCI labels, and pushed at the digest build-push reported', async () => {
    for (const [repository, outputs] of [
      [`${registry.host}/gitops-actions`, images.outputs.cli],
      [`${registry.host}/gitops-actions-builder`, images.outputs.builder],
    ] as const) {
      const { stdout } = await run('skopeo', ['list-tags', '--tls-verify=false', `docker://${repository}`], { env: images.env });
      expect((JSON.parse(stdout) as { Tags: string[] }).Tags.sort()).toEqual([VERSION, SHA, `sha-${SHA.slice(0, 7)}`].sort());
      expect(await registryDigest(`${repository}:${SHA}`)).toBe(outputs.DIGEST);
      const config = JSON.parse((await run('skopeo', ['inspect', '--config', '--tls-verify=false', `docker://${repository}:${VERSION}`], { env: images.env })).stdout) as {
        config: { Labels: Record<string, string>; User?: string; Entrypoint: string[] };
      };
      expect(config.config.Labels).toMatchObject({
        'org.opencontainers.image.revision': SHA,
        'org.opencontainers.image.version': VERSION,
        'org.opencontainers.image.title': path.basename(repository),
        'org.opencontainers.image.licenses': 'Apache-2.0',
      });
      expect(config.config.Entrypoint).toEqual(['gitops-actions']);
    }
  });

  it('keep the CLI image within 120 MB compressed', async () => {
    expect(await pushedSize(images.cli, images.env)).toBeLessThanOrEqual(CLI_SIZE_LIMIT);
  });

  it('run the CLI on Node 24 as a non-root user, and the builder with buildah in chroot isolation on vfs', async () => {
    const help = await inImage(containers.cli!, ['gitops-actions', '--help']);
    expect(help.code).toBe(0);
    for (const action of actions) expect(help.stdout).toContain(`  ${action.name} `);
    const runtime = await inImage(containers.cli!, ['sh', '-c', 'node --version && id -u']);
    expect(runtime.stdout + runtime.stderr).toMatch(/^v24\.\d+\.\d+\n10001\n$/);
    const builder = await inImage(containers.builder!, ['sh', '-c', 'buildah --version && echo "$BUILDAH_ISOLATION $STORAGE_DRIVER" && gitops-actions --version']);
    expect(builder.stdout).toMatch(/^buildah version .*\nchroot vfs\n/);
    expect(builder.stdout.trim().split('\n').at(-1)).toBe(VERSION);
  });

  it.each([
    [['gitops-actions', 'deploy-everything'], `unknown action "deploy-everything"; one of: ${actions.map((action) => action.name).join(', ')}`],
    [['gitops-actions', 'bump-manifest', '--files', 'x', '--colour', 'red'], 'unknown option --colour for bump-manifest; one of: --image, --files'],
    [['gitops-actions', 'push-oci-artifact', '--path', '.'], 'Input "url": is required'],
  ])('exit 2 on bad input, naming the valid choices: %j', async (command, message) => {
    const result = await inImage(containers.cli!, command);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('the CLI image at work', () => {
  it('pushes a Flux artifact to the registry, outputs as dotenv and as Tekton result files', async () => {
    const workspace = await sharedDir('push-workspace');
    await mkdir(path.join(workspace, 'deploy'));
    await writeFile(path.join(workspace, 'deploy', 'app.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n');
    const result = await inImage(
      containers.cli!,
      ['gitops-actions', 'push-oci-artifact', '--dotenv', 'flux.env', '--dotenv-prefix', 'FLUX_', '--results-dir', 'results'],
      {
        env: {
          INPUT_URL: `oci://${registry.host}/manifests/shop:dev`,
          INPUT_PATH: 'deploy',
          INPUT_INSECURE: 'true',
          GIT_COMMIT: SHA,
          GIT_BRANCH: 'main',
          GIT_URL: 'https://git.example.test/shop/app',
        },
        volumes: { [workspace]: '/workspace' },
        workdir: '/workspace',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const digest = await registryDigest(`${registry.host}/manifests/shop:dev`);
    const dotenv = await readDotenv(path.join(workspace, 'flux.env'));
    expect(dotenv).toMatchObject({ FLUX_DIGEST: digest, FLUX_URL: `${registry.host}/manifests/shop@${digest}` });
    expect(await readFile(path.join(workspace, 'results', 'digest'), 'utf8')).toBe(digest);
  });

  it('bumps the config repository on the git server with the image digest', async () => {
    const repository = 'config-cli';
    await git.createRepo(repository, { 'overlays/dev/kustomization.yaml': kustomization('old') });
    const workspace = await sharedDir('bump-workspace');
    const result = await inImage(containers.cli!, ['gitops-actions', 'bump-manifest', '--dotenv', 'bump.env'], {
      env: {
        INPUT_REPOSITORY: git.url(repository),
        INPUT_TOKEN: GIT_TOKEN,
        INPUT_TOKEN_USERNAME: GIT_USER,
        INPUT_FILES: 'overlays/dev/kustomization.yaml',
        INPUT_IMAGE: images.cli,
      },
      volumes: { [workspace]: '/workspace' },
      workdir: '/workspace',
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout + result.stderr).not.toContain(GIT_TOKEN);
    const [head] = await git.log(repository, 'main');
    expect((await readDotenv(path.join(workspace, 'bump.env'))).COMMIT).toBe(head.sha);
    expect(await git.readFileAtHead(repository, 'main', 'overlays/dev/kustomization.yaml')).toContain(`digest: ${images.outputs.cli.DIGEST}`);
  });
});

/** A kustomization pinning the CLI image's repository, as a config repository's overlay does. */
function kustomization(tag: string): string {
  return `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\nimages:\n  - name: ${registry.host}/gitops-actions\n    newTag: ${tag}\n`;
}

interface TektonTask {
  spec: {
    params: { name: string; default?: string }[];
    results: { name: string }[];
    steps: {
      workingDir: string;
      script: string;
      env: { name: string; value?: string; valueFrom?: { secretKeyRef: { key: string } } }[];
    }[];
  };
}

/**
 * Runs a Task's step the way Tekton's controller and entrypoint do: `$(params.x)` replaced by the
 * TaskRun's value or the default, `$(results.x.path)` by /tekton/results/x, the workspace mounted
 * at /workspace/source, secretKeyRef env from the Secret's keys (optional ones left out).
 * Returns the declared results as Tekton would read them: only the declared names.
 */
async function runTaskStep(container: string, action: string, params: Record<string, string>, secret: Record<string, string>, workspace: string) {
  const task = parse(await readFile(path.join(REPO_ROOT, 'examples', 'tekton', 'tasks', `${action}.yaml`), 'utf8')) as TektonTask;
  const values = new Map(task.spec.params.map((param) => [param.name, params[param.name] ?? param.default]));
  for (const name of Object.keys(params)) if (!values.has(name)) throw new Error(`Task ${action} has no param ${name}`);
  const substitute = (text: string) =>
    text
      .replace(/\$\(params\.([a-z0-9-]+)\)/g, (_, name: string) => {
        const value = values.get(name);
        if (value === undefined) throw new Error(`TaskRun misses the required param ${name}`);
        return value;
      })
      .replace(/\$\(results\.([a-z0-9-]+)\.path\)/g, '/tekton/results/$1')
      .replace(/\$\(workspaces\.source\.path\)/g, '/workspace/source');
  const [step] = task.spec.steps;
  const env: Record<string, string> = {};
  for (const entry of step.env) {
    if (entry.value !== undefined) env[entry.name] = substitute(entry.value);
    else if (entry.valueFrom && secret[entry.valueFrom.secretKeyRef.key] !== undefined) env[entry.name] = secret[entry.valueFrom.secretKeyRef.key]!;
  }
  const results = await sharedDir(`results-${action}`);
  const script = substitute(step.script);
  const outcome = await inImage(container, ['/bin/sh', '-c', script], {
    env,
    volumes: { [workspace]: '/workspace/source', [results]: '/tekton/results' },
    workdir: substitute(step.workingDir),
  });
  const files = await readdir(results);
  const declared: Record<string, string> = {};
  for (const { name } of task.spec.results) if (files.includes(name)) declared[name] = await readFile(path.join(results, name), 'utf8');
  const resultBytes = Object.values(declared).reduce((sum, value) => sum + Buffer.byteLength(value), 0);
  return { ...outcome, results: declared, resultBytes };
}

describe('each Tekton Task, its step run in the image as Tekton runs it', () => {
  it('push-oci-artifact: pushes and writes every output as a result', async () => {
    const workspace = await sharedDir('task-push');
    await mkdir(path.join(workspace, 'deploy'));
    await writeFile(path.join(workspace, 'deploy', 'app.yaml'), 'kind: ConfigMap\n');
    const step = await runTaskStep(
      containers.cli!,
      'push-oci-artifact',
      {
        url: `oci://${registry.host}/manifests/task:v1`,
        path: 'deploy',
        insecure: 'true',
        reproducible: 'true',
        source: 'https://git.example.test/shop/app',
        revision: `main@sha1:${SHA}`,
      },
      {},
      workspace,
    );
    expect(step.code, step.stderr).toBe(0);
    const digest = await registryDigest(`${registry.host}/manifests/task:v1`);
    const repository = `${registry.host}/manifests/task`;
    expect(step.results).toEqual({
      digest,
      url: `${repository}@${digest}`,
      repository,
      tags: 'v1',
      changed: 'true',
      // As flux push artifact --output json prints it.
      info: `${JSON.stringify({ url: `oci://${repository}@${digest}`, repository, tag: 'v1', digest }, null, 2)}\n`,
    });
  });

  it('bump-manifest: the token comes from the Secret, the commit is a result, the file list stays out', async () => {
    const repository = 'config-task';
    await git.createRepo(repository, { 'overlays/dev/kustomization.yaml': kustomization('old') });
    const step = await runTaskStep(
      containers.cli!,
      'bump-manifest',
      { repository: git.url(repository), 'token-username': GIT_USER, files: 'overlays/dev/kustomization.yaml', image: images.cli },
      { token: GIT_TOKEN },
      await sharedDir('task-bump'),
    );
    expect(step.code, step.stderr).toBe(0);
    const [head] = await git.log(repository, 'main');
    expect(step.results).toMatchObject({ changed: 'true', commit: head.sha, branch: 'main' });
    expect(step.results).not.toHaveProperty('files');
    expect(step.stdout + step.stderr).not.toContain(GIT_TOKEN);
  });

  it('argocd-sync: syncs the application on the Argo CD fake and reports its health', async () => {
    const step = await runTaskStep(
      containers.cli!,
      'argocd-sync',
      { server: argocd.url, applications: 'shop-dev', timeout: '2m' },
      { 'auth-token': argocd.token },
      await sharedDir('task-sync'),
    );
    expect(step.code, step.stderr).toBe(0);
    expect(step.results).toMatchObject({ 'sync-status': 'Synced', 'health-status': 'Healthy', 'operation-phase': 'Succeeded' });
    expect(argocd.specViolations).toEqual([]);
    // Tekton's budget for all of a step's results is 4 KB (the termination message).
    expect(step.resultBytes).toBeLessThan(4096);
  });
});
