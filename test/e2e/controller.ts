import { chmod, mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FakeArgocd } from '../fakes/argocd/index.js';
import { closeServer, isolatedGitEnv, run, type GitServer } from '../harness/index.js';

export interface ConfigControllerOptions {
  git: GitServer;
  /** The config repository on `git`, e.g. `org/config`. */
  repo: string;
  argo: FakeArgocd;
  /** Application name → the folder of the config repository it deploys (its kustomization.yaml is read). */
  apps: Record<string, string>;
  /** Whether the registry holds `digest`, so that pods pinned to it can start. */
  pullable(digest: string): Promise<boolean>;
  /** Applications whose pods crash whatever they run: Degraded after their next sync. */
  crashing?: ReadonlySet<string>;
}

export interface ConfigController {
  /** SHA the config repository's `main` points at now, as the controller last saw it. */
  head(): string;
  stop(): Promise<void>;
}

/**
 * The part of Argo CD's controller that matters to a deployment flow, driven by the config
 * repository itself: on every push to `main` it reads the new head (the repo-server's job,
 * reposerver/repository/repository.go), resolves `main` to it, and an application's pods become
 * Healthy only when the image its kustomization pins by digest can be pulled; otherwise they are
 * Degraded, as pods in ImagePullBackOff make a Deployment (gitops-engine
 * pkg/health/health_deployment.go reports the rollout not progressing).
 */
export async function startConfigController(options: ConfigControllerOptions, initialHead: string): Promise<ConfigController> {
  const { git, argo } = options;
  const bare = path.join(git.root, `${options.repo}.git`);
  let head = initialHead;
  const onPush = async (sha: string): Promise<void> => {
    for (const [app, folder] of Object.entries(options.apps)) {
      const kustomization = (await run('git', ['--git-dir', bare, 'show', `${sha}:${folder}/kustomization.yaml`], { env: isolatedGitEnv() })).stdout;
      const digest = /digest:\s*(sha256:[0-9a-f]{64})/.exec(kustomization)?.[1];
      const pullable = digest !== undefined && (await options.pullable(digest));
      argo.app(app).setScenario(
        !pullable
          ? { health: 'Degraded', healthMessage: `Deployment "app" exceeded its progress deadline: ${digest ?? 'the image'} cannot be pulled` }
          : options.crashing?.has(app)
            ? { health: 'Degraded', healthMessage: 'Deployment "app" exceeded its progress deadline: back-off restarting failed container' }
            : { health: 'Healthy' },
      );
    }
    argo.setRevision('main', sha);
    head = sha;
  };
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
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pushed`;
  // git runs post-receive after the refs moved and before it answers the push: the pusher sees
  // the controller's view updated by the time its push returns.
  const hook = path.join(bare, 'hooks', 'post-receive');
  await mkdir(path.dirname(hook), { recursive: true });
  await writeFile(hook, `#!/bin/sh\nwhile read old new ref; do\n  [ "$ref" = refs/heads/main ] && curl -fsS "${url}?sha=$new" >/dev/null\ndone\nexit 0\n`);
  await chmod(hook, 0o755);
  return { head: () => head, stop: () => closeServer(server) };
}
