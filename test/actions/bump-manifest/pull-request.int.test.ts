import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionFailure } from '../../../src/core/errors.js';
import { pullRequestBranchName } from '../../../src/core/pull-request.js';
import { startFakeGithubApi, type FakeGithubApi } from '../../fakes/github-api.js';
import { isolatedGitEnv, run, startGitServer, type GitServer } from '../../harness/index.js';
import { basicForm, digestOf, isolateGit, runBump, TOKEN } from './helpers.js';

const VALUES = `image:
  repository: ghcr.io/org/api
  tag: 1.0.0
`;

let server: GitServer;
let api: FakeGithubApi;
beforeAll(async () => {
  isolateGit();
  server = await startGitServer({ username: 'x-access-token', password: TOKEN });
  api = await startFakeGithubApi({
    token: TOKEN,
    // GitHub answers 422 when the head branch does not exist: ask the real git server.
    branchExists: async (owner, repo, branch) =>
      (
        await run('git', ['--git-dir', path.join(server.root, owner, `${repo}.git`), 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], {
          env: isolatedGitEnv(),
          allowFailure: true,
        })
      ).code === 0,
  });
});
afterAll(async () => {
  await api?.stop();
  await server?.stop();
});

describe('bump-manifest in pull-request mode', () => {
  it('pushes a stable branch and opens one pull request, then updates it for the next version', async () => {
    const url = await server.createRepo('org/prod-config', { 'envs/prod/values.yaml': VALUES });
    const inputs = {
      repository: url,
      token: TOKEN,
      files: 'envs/prod/values.yaml',
      mode: 'pull-request',
      'pull-request-labels': 'deploy, prod',
      provider: 'github',
      'api-url': api.url,
    };
    const branch = pullRequestBranchName('main', { images: ['ghcr.io/org/api'], files: ['envs/prod/values.yaml'] });
    expect(branch).toMatch(/^gitops-actions\/bump\/main\/[0-9a-f]{12}$/);

    const first = await runBump({ ...inputs, image: `ghcr.io/org/api:1.1.0@${digestOf(11)}` });
    expect(first.error).toBeUndefined();
    expect(Object.fromEntries(first.io.outputs)).toMatchObject({
      changed: 'true',
      branch,
      'pull-request-url': 'https://github.example/org/prod-config/pull/1',
      'pull-request-number': '1',
    });
    expect(api.pulls).toEqual([
      expect.objectContaining({ number: 1, head: branch, base: 'main', state: 'open', title: 'chore(deploy): bump ghcr.io/org/api to 1.1.0@' + digestOf(11), labels: ['deploy', 'prod'] }),
    ]);
    // No digest key in this chart's values: the engine pins both in the tag.
    expect(api.pulls[0].body).toContain(`-  tag: 1.0.0\n+  tag: 1.1.0@${digestOf(11)}`);
    expect(await server.readFileAtHead('org/prod-config', branch, 'envs/prod/values.yaml')).toBe(
      VALUES.replace('tag: 1.0.0', `tag: 1.1.0@${digestOf(11)}`),
    );
    expect(await server.readFileAtHead('org/prod-config', 'main', 'envs/prod/values.yaml')).toBe(VALUES); // protected: untouched
    expect(first.io.outputs.get('commit')).toBe((await server.log('org/prod-config', branch))[0].sha);

    const second = await runBump({ ...inputs, image: `ghcr.io/org/api:1.2.0@${digestOf(12)}` });
    expect(second.error).toBeUndefined();
    expect(second.io.outputs.get('pull-request-number')).toBe('1');
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0].title).toBe(`chore(deploy): bump ghcr.io/org/api to 1.2.0@${digestOf(12)}`);
    expect(await server.readFileAtHead('org/prod-config', branch, 'envs/prod/values.yaml')).toContain('tag: 1.2.0');
    // Force-pushed from main's tip: the branch holds one bump commit, not a stack of them.
    expect((await server.log('org/prod-config', branch)).map((commit) => commit.subject)).toEqual([
      api.pulls[0].title,
      'Initial commit',
    ]);
    expect(second.io.summary).toContain('(updated)');

    const calls = api.requests.map((request) => `${request.method} ${request.path.split('?')[0]}`);
    expect(calls).toEqual([
      ...['GET /repos/org/prod-config/pulls', 'GET /repos/org/prod-config/pulls', 'POST /repos/org/prod-config/pulls'],
      'POST /repos/org/prod-config/issues/1/labels',
      ...['GET /repos/org/prod-config/pulls', 'GET /repos/org/prod-config/pulls', 'PATCH /repos/org/prod-config/pulls/1'],
      'POST /repos/org/prod-config/issues/1/labels',
    ]);
    // The base already runs what is asked: nothing pushed, no pull request touched.
    const requestsBefore = api.requests.length;
    const same = await runBump({ ...inputs, image: 'ghcr.io/org/api:1.0.0' });
    expect(same.error).toBeUndefined();
    expect(Object.fromEntries(same.io.outputs)).toMatchObject({ changed: 'false', branch: 'main', 'pull-request-url': '' });
    expect(api.requests.slice(requestsBefore).map((request) => request.method)).toEqual(['GET']);

    expect(api.requests[0].path).toContain(`head=${encodeURIComponent(`org:${branch}`)}`);
    for (const run of [first, second]) {
      expect(run.io.everything).not.toContain(TOKEN);
      expect(run.io.everything).not.toContain(basicForm(TOKEN));
    }
  });

  it('stops before pushing anything when the API refuses the token', async () => {
    const url = await server.createRepo('org/locked', { 'values.yaml': VALUES });
    const strict = await startFakeGithubApi({ token: 'a-different-token-entirely' });
    try {
      const { error, io } = await runBump({
        repository: url,
        token: TOKEN,
        files: 'values.yaml',
        image: 'ghcr.io/org/api:2.0.0',
        mode: 'pull-request',
        provider: 'github',
        'api-url': strict.url,
      });
      expect(error).toBeInstanceOf(ActionFailure);
      expect(error!.message).toBe(`the GitHub API rejected the token while trying to list pull requests in org/locked at ${strict.url} (401)`);
      expect(io.everything).not.toContain(TOKEN);
      expect(server.requests.filter((request) => request.url.startsWith('/org/locked.git/git-receive-pack'))).toEqual([]);
      expect(strict.pulls).toEqual([]);
    } finally {
      await strict.stop();
    }
  });
});
