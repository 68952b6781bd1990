import { testParseContext } from '../../runtime.js';
import { describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/build-push/definition.js';
import { parseBuildPushInputs } from '../../../src/actions/build-push/inputs.js';
import { InputReader, inputSourceFromObject } from '../../../src/core/inputs.js';
import { configurationErrorOf } from '../../configuration-error.js';

function parse(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return parseBuildPushInputs(new InputReader(definition.inputs, inputSourceFromObject(inputs)), testParseContext({ env }));
}

describe('build-push inputs', () => {
  it('applies the defaults', () => {
    const inputs = parse({ image: 'ghcr.io/org/app' });
    expect(inputs).toMatchObject({
      image: { registry: 'ghcr.io', repository: 'org/app' },
      context: process.cwd(),
      push: true,
      builder: 'auto',
      skipExisting: false,
      insecure: false,
      flavor: { latest: 'auto' },
    });
    expect(inputs.tagRules.map((rule) => [rule.type, rule.format, rule.prefix])).toEqual([
      ['sha', 'long', ''],
      ['sha', 'short', 'sha-'],
    ]);
    expect(inputs.login).toBeUndefined();
  });

  it('falls back to HARBOR_* for the registry and the login, and never serialises a secret', () => {
    const env = { HARBOR_HOST: 'harbor.example.com', HARBOR_USERNAME: 'robot$ci', HARBOR_PASSWORD: 'harbor-secret-123' };
    const inputs = parse({ image: 'team/app', secrets: 'npm=npm-secret-456\ngit=git-secret-789' }, env);
    expect(inputs.image).toEqual({ registry: 'harbor.example.com', repository: 'team/app' });
    expect(inputs.login).toMatchObject({ registry: 'harbor.example.com', username: 'robot$ci', source: 'HARBOR_USERNAME/HARBOR_PASSWORD' });
    expect(inputs.login!.password.reveal()).toBe('harbor-secret-123');
    expect(inputs.secrets.map((secret) => [secret.id, secret.value.reveal()])).toEqual([
      ['npm', 'npm-secret-456'],
      ['git', 'git-secret-789'],
    ]);
    const logged = JSON.stringify(inputs);
    for (const secret of ['harbor-secret-123', 'npm-secret-456', 'git-secret-789']) expect(logged).not.toContain(secret);
  });

  it('uses HARBOR_* only for the Harbor host, and GitLab registry variables for GitLab registry', () => {
    const harbor = { HARBOR_HOST: 'harbor.example.com', HARBOR_USERNAME: 'u', HARBOR_PASSWORD: 'p' };
    expect(parse({ image: 'ghcr.io/org/app' }, harbor).login).toBeUndefined();
    // Without HARBOR_HOST the Harbor login must not be handed to another registry.
    expect(parse({ image: 'ghcr.io/org/app' }, { HARBOR_USERNAME: 'u', HARBOR_PASSWORD: 'p' }).login).toBeUndefined();
    expect(parse({ image: 'harbor.example.com/team/app' }, harbor).login?.source).toBe('HARBOR_USERNAME/HARBOR_PASSWORD');
    const gitlab = { CI_REGISTRY: 'registry.gitlab.com', CI_REGISTRY_USER: 'gitlab-ci-token', CI_REGISTRY_PASSWORD: 'job-token' };
    expect(parse({ image: 'registry.gitlab.com/group/app' }, gitlab).login?.source).toBe('CI_REGISTRY_USER/CI_REGISTRY_PASSWORD');
    expect(parse({ image: 'registry.gitlab.com/group/app', username: 'me', password: 'pw' }, { ...gitlab, ...harbor }).login?.username).toBe('me');
  });

  it('prefixes the registry input to an image without one', () => {
    expect(parse({ image: 'team/app', registry: '127.0.0.1:5000' }).image).toEqual({ registry: '127.0.0.1:5000', repository: 'team/app' });
    expect(parse({ image: 'app', registry: 'docker.io' }).image).toEqual({ registry: 'docker.io', repository: 'library/app' });
  });

  it('logs in to ghcr.io with a token alone as the actor, and reads GitLab variables only for their own host', () => {
    const ghcr = parse({ image: 'ghcr.io/org/app', password: 'ghs_token' }, { GITHUB_ACTOR: 'octocat' });
    expect(ghcr.login).toMatchObject({ registry: 'ghcr.io', username: 'octocat', source: 'the password input' });
    const gitlab = { CI_REGISTRY: 'registry.gitlab.example', CI_REGISTRY_USER: 'gitlab-ci-token', CI_REGISTRY_PASSWORD: 'job-token-123' };
    expect(parse({ image: 'registry.gitlab.example/group/app' }, gitlab).login).toMatchObject({ username: 'gitlab-ci-token', source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD' });
    expect(parse({ image: 'quay.io/group/app' }, gitlab).login).toBeUndefined();
    expect(parse({ image: 'ghcr.io/org/app', 'github-token': 'ghs_workflow' }).githubToken?.reveal()).toBe('ghs_workflow');
    // action.yml's default is an expression only the runner evaluates: elsewhere it means unset.
    expect(parse({ image: 'ghcr.io/org/app' }).githubToken).toBeUndefined();
  });

  it.each<[string, Record<string, string>, string]>([
    ['an image with a tag', { image: 'ghcr.io/org/app:v1' }, 'image'],
    ['an uppercase image', { image: 'ghcr.io/Org/App' }, 'image'],
    ['a registry differing from the image', { image: 'ghcr.io/org/app', registry: 'quay.io' }, 'registry'],
    ['a password without user, for a registry other than ghcr.io', { image: 'quay.io/org/app', password: 'x' }, 'username'],
    ['a user without password', { image: 'ghcr.io/org/app', username: 'x' }, 'password'],
    ['a provider with a login of its own', { image: 'quay.io/org/app', provider: 'aws', username: 'x', password: 'y' }, 'provider'],
    ['an unknown provider', { image: 'quay.io/org/app', provider: 'oracle' }, 'provider'],
    ['a bad build-arg name', { image: 'ghcr.io/org/app', 'build-args': '1X=2' }, 'build-args'],
    ['a build-arg without =', { image: 'ghcr.io/org/app', 'build-args': 'JUSTNAME' }, 'build-args'],
    ['a secret without id', { image: 'ghcr.io/org/app', secrets: 'only-a-value' }, 'secrets'],
    ['a bad platform', { image: 'ghcr.io/org/app', platforms: 'amd64' }, 'platforms'],
    ['an unknown builder', { image: 'ghcr.io/org/app', builder: 'podman' }, 'builder'],
    ['a non-boolean push', { image: 'ghcr.io/org/app', push: 'yes' }, 'push'],
    ['a bad tag rule', { image: 'ghcr.io/org/app', tags: 'type=ref' }, 'tags'],
    ['a bad flavor', { image: 'ghcr.io/org/app', flavor: 'latest=maybe' }, 'flavor'],
    ['a bad target', { image: 'ghcr.io/org/app', target: 'a b' }, 'target'],
  ])('refuses %s', (_name, inputs, input) => {
    const error = configurationErrorOf(() => parse(inputs));
    expect(error.input).toBe(input);
    expect(error.message).not.toContain('only-a-value');
  });
});
