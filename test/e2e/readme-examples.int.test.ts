import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runWorkflowStep, shownByStep, type RunnerResult, type WorkflowStep } from './github-runner.js';
import { evaluateTemplate } from './workflow-runner.js';
import { ACTOR, CONFIG_REPO_TOKEN, GITHUB_TOKEN, IMAGE, SHA, TEST_READER, kustomization, startPublicHosts, type PublicHosts } from './public-hosts.js';

/**
 * The README's GitHub examples, run as written: each step is taken from the README's YAML, given
 * its action.yml defaults and its expressions' values as the runner gives them, and run through
 * the committed bundle (public-hosts.ts stands in for ghcr.io, github.com and argocd.example.com).
 * One workflow's story, in order: build, bump dev, sync it, push the manifests, ship, promote.
 */
const root = path.join(import.meta.dirname, '../..');

let hosts: PublicHosts;
let context: { github: Record<string, string>; secrets: Record<string, string>; steps: Record<string, { outputs: Record<string, string> }> };
let steps: WorkflowStep[];

/** The README's YAML snippets that are lists of steps using our actions. */
async function readmeSteps(): Promise<WorkflowStep[]> {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks
    .flatMap((block) => parseAllDocuments(block).map((doc) => doc.toJS() as unknown))
    .filter((value): value is WorkflowStep[] => Array.isArray(value))
    .flat()
    .filter((step) => step?.uses?.startsWith('org/gitops-actions'));
}

/** The one README step of `uses` whose `with:` matches. */
function readmeStep(uses: string, matches: (inputs: Record<string, unknown>) => boolean): WorkflowStep {
  const found = steps.filter((step) => step.uses === uses && matches(step.with ?? {}));
  expect(found, `one README step ${uses}`).toHaveLength(1);
  return found[0] ?? {};
}

/** Runs the step on the runner; `id` records its outputs for later steps' `steps.<id>.outputs`. */
async function runStep(step: WorkflowStep, id?: string): Promise<RunnerResult> {
  const result = await runWorkflowStep(step, (template) => evaluateTemplate(template, context), hosts.env);
  if (id) context.steps[id] = { outputs: result.outputs };
  for (const secret of [GITHUB_TOKEN, CONFIG_REPO_TOKEN, hosts.argo.token]) expect(shownByStep(result)).not.toContain(secret);
  return result;
}



/** The realm's answers to the actions since `from`: who asked, and whether it was let in. */
const realmLogins = (from: number) =>
  hosts.ghcr.token.requests
    .slice(from)
    .filter((request) => request.username !== TEST_READER)
    .map((request) => `${request.username} ${request.status}`);

beforeAll(async () => {
  hosts = await startPublicHosts();
  steps = await readmeSteps();
  context = {
    github: { token: GITHUB_TOKEN, sha: SHA, repository: 'org/app', actor: ACTOR },
    secrets: { GITHUB_TOKEN, CONFIG_REPO_TOKEN, ARGOCD_AUTH_TOKEN: hosts.argo.token },
    steps: {},
  };
}, 120_000);

afterAll(async () => hosts?.stop());

describe('the README GitHub examples, run as written', () => {
  it('covers every README step except the ECR one (provider aws, run against its token exchange in the registry tests)', () => {
    const covered = steps.filter((step) => !(typeof step.with?.url === 'string' && step.with.url.includes('.dkr.ecr.')));
    expect(covered.map((step) => step.uses).sort()).toEqual(
      [
        'org/gitops-actions/actions/argocd-sync@v1',
        'org/gitops-actions/actions/build-push@v1',
        'org/gitops-actions/actions/bump-manifest@v1',
        'org/gitops-actions/actions/promote@v1',
        'org/gitops-actions/actions/push-oci-artifact@v1',
        'org/gitops-actions@v1',
      ].sort(),
    );
  });

  it('build-push builds and pushes to ghcr.io with the workflow token alone, tagged from the commit', async () => {
    const logins = hosts.ghcr.token.requests.length;
    const { code, stdout, outputs } = await runStep(readmeStep('org/gitops-actions/actions/build-push@v1', (w) => w.image === IMAGE), 'build');
    expect(code, stdout).toBe(0);
    expect(outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(outputs.image).toBe(`${IMAGE}@${outputs.digest}`);
    // type=sha,format=long is sha-<full SHA>, as docker/metadata-action makes it; type=ref,event=branch the branch.
    expect(outputs.tags?.split('\n')).toEqual([`${IMAGE}:sha-${SHA}`, `${IMAGE}:main`]);
    for (const tag of [`sha-${SHA}`, 'main']) expect(await hosts.registryDigest(`${IMAGE}:${tag}`)).toBe(outputs.digest);
    expect(hosts.proxy.exchanges.map((exchange) => exchange.target)).toContain('ghcr.io:443');
    // GHCR takes the token with any user name; the one sent is the actor, and it was let in.
    expect(new Set(realmLogins(logins))).toEqual(new Set([`${ACTOR} 200`]));
  }, 300_000);

  it('bump-manifest pins the built digest in github.com/org/config, as kustomize renders it', async () => {
    const digest = context.steps.build?.outputs.digest;
    const { code, stdout, outputs } = await runStep(readmeStep('org/gitops-actions/actions/bump-manifest@v1', (w) => w.repository === 'https://github.com/org/config.git'), 'bump');
    expect(code, stdout).toBe(0);
    expect(outputs.changed).toBe('true');
    expect(outputs.commit).toBe((await hosts.github.log('org/config', 'main'))[0]?.sha);
    expect(await hosts.renderedImage('overlays/dev')).toBe(`${IMAGE}@${digest}`);
    expect(new Set(hosts.github.requests.filter((request) => request.status !== 401).map((request) => request.user))).toEqual(new Set(['x-access-token']));
  }, 120_000);

  it('argocd-sync syncs guestbook to that commit and waits until it runs Healthy', async () => {
    const { code, stdout, outputs } = await runStep(readmeStep('org/gitops-actions/actions/argocd-sync@v1', (w) => w.applications === 'guestbook'));
    expect(code, stdout).toBe(0);
    expect(outputs.revision).toBe(context.steps.bump?.outputs.commit);
    expect(outputs['sync-status']).toBe('Synced');
    expect(outputs['health-status']).toBe('Healthy');
    expect(hosts.proxy.exchanges.map((exchange) => exchange.target)).toContain('argocd.example.com:443');
  }, 120_000);

  it('push-oci-artifact pushes ./deploy to ghcr.io with the workflow token alone', async () => {
    const { code, stdout, outputs, summary } = await runStep(readmeStep('org/gitops-actions/actions/push-oci-artifact@v1', (w) => typeof w.url === 'string' && w.url.startsWith('oci://ghcr.io/')));
    expect(code, stdout).toBe(0);
    expect(outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(outputs.url).toBe(`ghcr.io/org/app-manifests@${outputs.digest}`);
    expect(summary).toContain(outputs.digest);
    for (const tag of [SHA, 'latest']) expect(await hosts.registryDigest(`ghcr.io/org/app-manifests:${tag}`)).toBe(outputs.digest);
  }, 120_000);

  it('ship builds, pins and deploys dev in one step, with its deployment record', async () => {
    const { code, stdout, outputs, summary } = await runStep(readmeStep('org/gitops-actions@v1', (w) => w.environment === 'dev'), 'ship');
    expect(code, stdout).toBe(0);
    expect(outputs.image).toBe(`${IMAGE}@${outputs.digest}`);
    expect(await hosts.registryDigest(`${IMAGE}:${SHA}`)).toBe(outputs.digest);
    expect(await hosts.renderedImage('envs/dev')).toBe(outputs.image);
    expect(outputs.commit).toBe(hosts.controller.head());
    expect(outputs['health-status']).toBe('Healthy');
    expect(JSON.parse(outputs.record ?? '{}')).toMatchObject({
      environment: 'dev',
      digest: outputs.digest,
      argocd: { applications: ['app-dev'], revision: outputs.commit, sync: 'Synced', health: 'Healthy' },
      links: { 'argocd:app-dev': 'https://argocd.example.com/applications/app-dev' },
    });
    expect(summary).toContain('### Deployment record');
  }, 300_000);

  it('promote tags what staging runs as prod on ghcr.io with no login input, then bumps and syncs prod', async () => {
    const staged = context.steps.ship?.outputs.digest ?? '';
    await hosts.commit('envs/staging/kustomization.yaml', kustomization('bootstrap').replace('newTag: bootstrap', `digest: ${staged}`), 'staging: promote');
    const logins = hosts.ghcr.token.requests.length;
    const { code, stdout, outputs } = await runStep(readmeStep('org/gitops-actions/actions/promote@v1', (w) => w.target === `${IMAGE}:prod`));
    expect(code, stdout).toBe(0);
    expect(outputs.digest).toBe(staged);
    expect(await hosts.registryDigest(`${IMAGE}:prod`)).toBe(staged);
    expect(await hosts.renderedImage('envs/prod')).toBe(`${IMAGE}@${staged}`);
    expect(outputs['health-status']).toBe('Healthy');
    // No username, password or docker login: github-token's default, the workflow token, logged in.
    expect(new Set(realmLogins(logins))).toEqual(new Set([`${ACTOR} 200`]));
  }, 300_000);
});
