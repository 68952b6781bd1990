import { chmod, mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startFakeArgocd, type FakeArgocd } from '../fakes/argocd/index.js';
import {
  buildahEnv,
  buildBusyboxBase,
  closeServer,
  isolatedGitEnv,
  makeTempDir,
  removeDir,
  run,
  startGitServer,
  startRegistry,
  type GitServer,
  type Registry,
} from '../harness/index.js';

export const ENVIRONMENTS = ['dev', 'stage'] as const;

/**
 * Everything a commit meets on its way to a deployment, all real but Argo CD: a registry, buildah,
 * a git server holding the config repository, and the Argo CD fake. The fake's controller is
 * modelled here on what matters to this flow: on every push to the config repository it reads the
 * new head (the repo-server's job, reposerver/repository/repository.go), resolves `main` to it, and
 * the application's pods become Healthy only when the image its kustomization pins by digest can be
 * pulled from the registry; otherwise they are Degraded, as pods in ImagePullBackOff make a
 * Deployment (gitops-engine pkg/health/health_deployment.go reports the rollout not progressing).
 */
export interface World {
  registry: Registry;
  git: GitServer;
  argo: FakeArgocd;
  /** GITHUB_WORKSPACE: the application's repository, with its Dockerfile. */
  workspace: string;
  /** The environment every action runs with: buildah's, git's and the CI's. */
  env: NodeJS.ProcessEnv;
  image: string;
  configUrl: string;
  /** Applications whose pods crash whatever they run: Degraded after their next sync. */
  crashing: Set<string>;
  /** SHA the config repository's `main` points at now, as the controller last saw it. */
  head(): string;
  stop(): Promise<void>;
}

export const APP_SHA = 'a1b2c3d4'.padEnd(40, 'e');

export async function startWorld(): Promise<World> {
  const tmp = await makeTempDir('e2e');
  const registry = await startRegistry();
  const base = await buildBusyboxBase(registry.host);
  const buildah = await buildahEnv(path.join(tmp, 'buildah'), { insecureRegistries: [registry.host] });
  const git = await startGitServer({ username: 'deployer', password: 'deploy-token' });
  const image = `${registry.host}/team/app`;
  const files = Object.fromEntries(
    ENVIRONMENTS.map((name) => [`envs/${name}/kustomization.yaml`, `resources:\n  - ../../base\nimages:\n  - name: ${image}\n    newTag: bootstrap\n`]),
  );
  files['base/kustomization.yaml'] = 'resources:\n  - deployment.yaml\n';
  files['base/deployment.yaml'] = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;
  const initial = await git.createRepo('config', files);
  let head = initial;
  const crashing = new Set<string>();

  const argo = await startFakeArgocd({
    apps: ENVIRONMENTS.map((name) => ({
      name: `app-${name}`,
      source: { repoURL: git.url('config'), path: `envs/${name}`, targetRevision: 'main' },
    })),
    revisions: { main: initial },
  });
  const bare = path.join(git.root, 'config.git');
  const controller = await startControllerHook(async (sha) => {
    for (const name of ENVIRONMENTS) {
      const kustomization = (await run('git', ['--git-dir', bare, 'show', `${sha}:envs/${name}/kustomization.yaml`], { env: isolatedGitEnv() })).stdout;
      const digest = /digest:\s*(sha256:[0-9a-f]{64})/.exec(kustomization)?.[1];
      const pullable = digest !== undefined && (await manifestExists(registry.url, 'team/app', digest));
      const app = `app-${name}`;
      argo.app(app).setScenario(
        !pullable
          ? { health: 'Degraded', healthMessage: `Deployment "app" exceeded its progress deadline: ${image} cannot be pulled` }
          : crashing.has(app)
            ? { health: 'Degraded', healthMessage: 'Deployment "app" exceeded its progress deadline: back-off restarting failed container' }
            : { health: 'Healthy' },
      );
    }
    argo.setRevision('main', sha);
    head = sha;
  });
  // git runs post-receive after the refs moved and before it answers the push: the pusher sees
  // the controller's view updated by the time its push returns.
  const hook = path.join(bare, 'hooks', 'post-receive');
  await mkdir(path.dirname(hook), { recursive: true });
  await writeFile(hook, `#!/bin/sh\nwhile read old new ref; do\n  [ "$ref" = refs/heads/main ] && curl -fsS "${controller.url}?sha=$new" >/dev/null\ndone\nexit 0\n`);
  await chmod(hook, 0o755);

  const workspace = path.join(tmp, 'workspace');
  await mkdir(workspace, { recursive: true });
  await writeFile(path.join(workspace, 'Dockerfile'), `FROM ${base}\nCOPY message.txt /message.txt\n`);
  await writeFile(path.join(workspace, 'message.txt'), 'shipped by gitops-actions\n');

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...buildah.env,
    ...isolatedGitEnv(),
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: APP_SHA,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'org/app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '7',
  };
  return {
    registry,
    git,
    argo,
    workspace,
    env,
    image,
    crashing,
    configUrl: git.url('config'),
    head: () => head,
    stop: async () => {
      // The registry may have been stopped by a test already.
      await Promise.allSettled([argo.stop(), git.stop(), registry.stop(), closeServer(controller.server)]);
      await removeDir(tmp);
    },
  };
}

/** The endpoint the config repository's post-receive hook calls with the new head. */
async function startControllerHook(onPush: (sha: string) => Promise<void>): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer((req, res) => {
    const sha = new URL(req.url ?? '/', 'http://hook').searchParams.get('sha') ?? '';
    onPush(sha).then(
      () => res.end('ok'),
      (error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/pushed`, server };
}

async function manifestExists(registryUrl: string, repository: string, digest: string): Promise<boolean> {
  const response = await fetch(`${registryUrl}/v2/${repository}/manifests/${digest}`, {
    method: 'HEAD',
    headers: { Accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' },
  });
  return response.status === 200;
}
