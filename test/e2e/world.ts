import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startFakeArgocd, type FakeArgocd } from '../fakes/argocd/index.js';
import {
  buildahEnv,
  buildBusyboxBase,
  isolatedGitEnv,
  makeTempDir,
  removeDir,
  startGitServer,
  startRegistry,
  type GitServer,
  type Registry,
} from '../harness/index.js';
import { startConfigController } from './controller.js';

export const ENVIRONMENTS = ['dev', 'stage'] as const;

/**
 * Everything a commit meets on its way to a deployment, all real but Argo CD: a registry, buildah,
 * a git server holding the config repository, and the Argo CD fake driven by the config
 * repository's pushes (controller.ts).
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
  const crashing = new Set<string>();

  const argo = await startFakeArgocd({
    apps: ENVIRONMENTS.map((name) => ({
      name: `app-${name}`,
      source: { repoURL: git.url('config'), path: `envs/${name}`, targetRevision: 'main' },
    })),
    revisions: { main: initial },
  });
  const controller = await startConfigController(
    {
      git,
      repo: 'config',
      argo,
      apps: Object.fromEntries(ENVIRONMENTS.map((name) => [`app-${name}`, `envs/${name}`])),
      pullable: (digest) => manifestExists(registry.url, 'team/app', digest),
      crashing,
    },
    initial,
  );

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
    head: () => controller.head(),
    stop: async () => {
      // The registry may have been stopped by a test already.
      await Promise.allSettled([argo.stop(), git.stop(), registry.stop(), controller.stop()]);
      await removeDir(tmp);
    },
  };
}

async function manifestExists(registryUrl: string, repository: string, digest: string): Promise<boolean> {
  const response = await fetch(`${registryUrl}/v2/${repository}/manifests/${digest}`, {
    method: 'HEAD',
    headers: { Accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' },
  });
  return response.status === 200;
}
