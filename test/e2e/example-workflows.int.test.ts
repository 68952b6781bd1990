import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR, CONFIG_REPO_TOKEN, GITHUB_TOKEN, IMAGE, SHA, startPublicHosts, type PublicHosts } from './public-hosts.js';
import { shownByStep } from './github-runner.js';
import { runWorkflowJob, type Contexts, type JobResult } from './workflow-runner.js';

/**
 * examples/github's workflows, their jobs run as written (workflow-runner.ts) against ghcr.io,
 * github.com, api.github.com and argocd.example.com on loopback (public-hosts.ts): what a team
 * that copies them gets, from a push to main to a manual promotion to prod.
 */
const examples = path.join(import.meta.dirname, '../../examples/github');
const MANIFESTS = `${IMAGE}-manifests`;

let hosts: PublicHosts;

beforeAll(async () => {
  hosts = await startPublicHosts();
}, 120_000);

afterAll(async () => hosts?.stop());

function contexts(event: 'push' | 'workflow_dispatch', inputs: Record<string, string> = {}, needs: Record<string, unknown> = {}): Contexts {
  return {
    github: { event_name: event, repository: 'org/app', repository_owner: 'org', sha: SHA, ref: 'refs/heads/main', actor: ACTOR, token: GITHUB_TOKEN },
    secrets: { GITHUB_TOKEN, CONFIG_REPO_TOKEN, ARGOCD_AUTH_TOKEN: hosts.argo.token },
    inputs,
    needs,
  };
}

async function job(workflow: string, name: string, given: Contexts): Promise<JobResult> {
  const result = await runWorkflowJob(path.join(examples, workflow), name, given, { ...hosts.env, GITHUB_EVENT_NAME: String((given.github as Record<string, string>).event_name) });
  for (const step of Object.values(result.steps)) {
    expect(step.code, step.stdout).toBe(0);
    for (const secret of [GITHUB_TOKEN, CONFIG_REPO_TOKEN, hosts.argo.token]) expect(shownByStep(step)).not.toContain(secret);
  }
  return result;
}



describe('examples/github, run as written', () => {
  let dev = '';

  it('ci.yml on a push to main: dev runs the digest just built, and the next step reads it', async () => {
    const result = await job('ci.yml', 'ship', contexts('push'));
    expect(result.ran).toBe(true);
    dev = result.outputs.digest ?? '';
    expect(dev).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await hosts.registryDigest(`${IMAGE}:${SHA}`)).toBe(dev);
    expect(await hosts.renderedImage('envs/dev')).toBe(`${IMAGE}@${dev}`);
    expect(JSON.parse(result.outputs.record ?? '{}')).toMatchObject({ environment: 'dev', digest: dev, argocd: { health: 'Healthy' } });
    // The `run:` step after it reads the step's outputs through env, as the workflow says.
    expect(result.steps.Deployed?.stdout).toContain(`dev runs ${IMAGE}@${dev} (config commit ${hosts.controller.head()}, Healthy)`);
  }, 300_000);

  it('promote.yml to stage: what dev runs, tagged stage by digest, pinned in envs/stage and synced; the prod job does not run', async () => {
    const given = contexts('workflow_dispatch', { environment: 'stage', digest: '' });
    expect((await job('promote.yml', 'prod', given)).ran).toBe(false);
    const result = await job('promote.yml', 'stage', given);
    expect(result.ran).toBe(true);
    expect(result.steps.promote?.outputs.digest).toBe(dev);
    expect(await hosts.registryDigest(`${IMAGE}:stage`)).toBe(dev);
    expect(await hosts.renderedImage('envs/stage')).toBe(`${IMAGE}@${dev}`);
    expect(result.steps.promote?.outputs['health-status']).toBe('Healthy');
  }, 300_000);

  it('promote.yml to prod: a pull request pinning what stage runs; no tag moved, main untouched until it is merged', async () => {
    const head = hosts.controller.head();
    const result = await job('promote.yml', 'prod', contexts('workflow_dispatch', { environment: 'prod', digest: '' }));
    expect(result.ran).toBe(true);
    expect(result.steps.promote?.outputs.digest).toBe(dev);
    await expect(hosts.registryDigest(`${IMAGE}:prod`)).rejects.toThrow(/manifest unknown/);
    expect(hosts.controller.head()).toBe(head);
    expect(hosts.githubApi.pulls).toHaveLength(1);
    const [pull] = hosts.githubApi.pulls;
    expect(pull).toMatchObject({ base: 'main', state: 'open' });
    expect(result.steps.promote?.outputs['pull-request-url']).toMatch(/\/pull\/1$/);
    expect(await hosts.renderedImage('envs/prod', pull?.head)).toBe(`${IMAGE}@${dev}`);
    expect(await hosts.renderedImage('envs/prod')).toBe(`${IMAGE}:bootstrap`);
    expect(hosts.githubApi.requests.every((request) => request.authorization === `token ${CONFIG_REPO_TOKEN}` || request.authorization === `Bearer ${CONFIG_REPO_TOKEN}`)).toBe(true);
  }, 300_000);

  it('flux.yml: a push publishes the artifact and tags it dev; a manual run moves stage to what dev has', async () => {
    const push = contexts('push');
    expect((await job('flux.yml', 'promote', push)).ran).toBe(false);
    const publish = await job('flux.yml', 'publish', push);
    const artifact = publish.outputs.artifact ?? '';
    expect(artifact).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await hosts.registryDigest(`${MANIFESTS}:${SHA}`)).toBe(artifact);
    const devJob = await job('flux.yml', 'dev', contexts('push', {}, { publish: { outputs: publish.outputs, result: 'success' } }));
    expect(devJob.ran).toBe(true);
    expect(await hosts.registryDigest(`${MANIFESTS}:dev`)).toBe(artifact);

    const dispatch = contexts('workflow_dispatch', { environment: 'stage' });
    expect((await job('flux.yml', 'publish', dispatch)).ran).toBe(false);
    expect((await job('flux.yml', 'promote', dispatch)).ran).toBe(true);
    expect(await hosts.registryDigest(`${MANIFESTS}:stage`)).toBe(artifact);
  }, 300_000);
});
