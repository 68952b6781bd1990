import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../harness/index.js';
import { runOnGithubRunner } from './github-runner.js';
import { APP_SHA, startWorld, type World } from './world.js';

let world: World;

beforeAll(async () => {
  world = await startWorld();
}, 180_000);

afterAll(async () => world?.stop());

/** The `with:` of a step that deploys to `environment` through the config repository and Argo CD. */
function deployInputs(environment: string): Record<string, string> {
  return {
    'config-repository': world.configUrl,
    'config-token': 'deploy-token',
    'config-token-username': 'deployer',
    'config-files': `envs/${environment}/kustomization.yaml`,
    'argocd-server': world.argo.url,
    'argocd-auth-token': world.argo.token,
    'argocd-applications': `app-${environment}`,
    'argocd-timeout': '60s',
    environment,
  };
}

async function skopeoDigest(reference: string): Promise<string> {
  return (await run('skopeo', ['inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${reference}`], { env: world.env })).stdout.trim();
}

describe('one digest from commit to verified deployment', () => {
  let built: string;

  it('ships: buildah builds and pushes, the config repo pins repo@digest, Argo CD runs it Synced and Healthy', async () => {
    const { code, outputs, summary, stdout } = await runOnGithubRunner(
      'ship',
      { image: world.image, builder: 'buildah', insecure: 'true', ...deployInputs('dev') },
      world.env,
    );
    expect(code, stdout).toBe(0);
    built = outputs.digest!;
    expect(built).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(outputs.image).toBe(`${world.image}@${built}`);
    expect(await skopeoDigest(`${world.image}:${APP_SHA}`)).toBe(built);
    expect(await world.git.readFileAtHead('config', 'main', 'envs/dev/kustomization.yaml')).toContain(`digest: ${built}`);
    expect(outputs.commit).toBe(world.head());
    expect(outputs['config-commit']).toBe(outputs.commit);
    expect(outputs['sync-status']).toBe('Synced');
    expect(outputs['health-status']).toBe('Healthy');
    expect(outputs['build-digest']).toBe(built);
    expect(JSON.parse(outputs.record)).toMatchObject({
      environment: 'dev',
      commit: APP_SHA,
      image: outputs.image,
      digest: built,
      config: { commit: outputs.commit, branch: 'main', changed: true },
      argocd: { applications: ['app-dev'], revision: outputs.commit, sync: 'Synced', health: 'Healthy' },
      links: { commit: `https://github.com/org/app/commit/${APP_SHA}`, 'argocd:app-dev': `${world.argo.url}/applications/app-dev` },
    });
    expect(summary).toContain('### Deployment record');
    expect(summary).toContain(`\`${outputs.image}\``);
  }, 300_000);

  it('promotes what dev runs to stage with no build: the same digest under a new tag, bumped and synced', async () => {
    const before = (await world.git.log('config', 'main')).length;
    const { code, outputs, stdout } = await runOnGithubRunner(
      'promote',
      { source: world.image, from: 'envs/dev', target: `${world.image}:stage`, stages: 'copy,bump,sync', insecure: 'true', ...deployInputs('stage') },
      world.env,
    );
    expect(code, stdout).toBe(0);
    expect(outputs.digest).toBe(built);
    expect(await skopeoDigest(`${world.image}:stage`)).toBe(built);
    expect(await world.git.readFileAtHead('config', 'main', 'envs/stage/kustomization.yaml')).toContain(`digest: ${built}`);
    expect(await world.git.log('config', 'main')).toHaveLength(before + 1);
    expect(outputs['health-status']).toBe('Healthy');
    expect(JSON.parse(outputs.record)).toMatchObject({ environment: 'stage', digest: built, promotedFrom: `${world.image}@${built}`, argocd: { sync: 'Synced', health: 'Healthy' } });
  }, 300_000);
});

describe('failure in the middle', () => {
  it('Argo CD Degraded after the bump: a clear failure naming the application, the config commit whole, every stage\'s outputs set', async () => {
    world.crashing.add('app-dev');
    await writeFile(path.join(world.workspace, 'message.txt'), 'a change that crashes\n');
    // A short degraded-grace: the default 30 s would spend half of the 60 s timeout waiting, and race it on a slow machine.
    const inputs = { image: world.image, builder: 'buildah', insecure: 'true', ...deployInputs('dev'), 'argocd-degraded-grace': '1s' };
    const { code, outputs, stdout } = await runOnGithubRunner('ship', inputs, world.env);
    world.crashing.delete('app-dev');
    expect(code).toBe(1);
    expect(stdout).toMatch(/::error::.*app-dev/s);
    expect(stdout).toMatch(/Degraded/);
    expect(outputs['health-status']).toBe('Degraded');
    // The commit is whole: the file names the digest the build pushed, and head is that commit.
    expect(outputs.commit).toBe(world.head());
    expect(await world.git.readFileAtHead('config', 'main', 'envs/dev/kustomization.yaml')).toContain(`digest: ${outputs.digest}`);
  }, 300_000);

  it('the registry down during a promotion: a clear failure, no tag moved, the config repository untouched', async () => {
    const head = world.head();
    const stopped = world.registry;
    const source = `${stopped.host}/team/app`;
    await stopped.stop();
    const { code, stdout } = await runOnGithubRunner(
      'promote',
      { source: `${source}:stage`, target: `${source}:prod`, stages: 'copy,bump', insecure: 'true', ...deployInputs('stage') },
      { ...world.env },
      120_000,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/::error::.*127\.0\.0\.1/);
    expect(world.head()).toBe(head);
    expect((await world.git.log('config', 'main'))[0].sha).toBe(head);
  }, 180_000);
});
