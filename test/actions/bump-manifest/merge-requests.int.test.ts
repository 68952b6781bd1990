import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.js';
import { pullRequestBranchName } from '../../../src/core/pull-request.js';
import { startFakeGiteaApi } from '../../fakes/gitea-api.js';
import { startFakeGitlabApi } from '../../fakes/gitlab-api.js';
import { startGitServer, type GitServer } from '../../harness/index.js';
import { basicForm, isolateGit, runBump, TOKEN } from './helpers.js';

const VALUES = 'image:\n  repository: registry.example/org/api\n  tag: "1.0.0"\n';

/** The inputs every pull/merge request run here shares. */
const requestInputs = (repository: string, provider: string, apiUrl: string) => ({
  repository,
  token: TOKEN,
  'token-username': 'oauth2',
  mode: 'pull-request',
  provider,
  'api-url': apiUrl,
});

let server: GitServer;
beforeAll(async () => {
  isolateGit();
  server = await startGitServer({ username: 'oauth2', password: TOKEN });
});
afterAll(async () => {
  await server?.stop();
});

describe('bump-manifest merge requests on GitLab', () => {
  it('opens one merge request for a stable branch, labels it, then updates the open one', async () => {
    const url = await server.createRepo('group/sub/config', { 'prod/values.yaml': VALUES });
    const gitlab = await startFakeGitlabApi({ token: TOKEN, projects: ['group/sub/config'] });
    try {
      const inputs = { ...requestInputs(url, 'gitlab', `${gitlab.url}/api/v4`), files: 'prod/values.yaml', 'pull-request-labels': 'deploy,prod' };
      const branch = pullRequestBranchName('main', { images: ['registry.example/org/api'], files: ['prod/values.yaml'] });
      const first = await runBump({ ...inputs, image: 'registry.example/org/api:1.1.0' });
      expect(first.error).toBeUndefined();
      expect(Object.fromEntries(first.io.outputs)).toMatchObject({
        changed: 'true',
        branch,
        'pull-request-number': '1',
        'pull-request-url': 'https://gitlab.example/group/sub/config/-/merge_requests/1',
      });
      expect(first.io.everything).toContain('Opened merge request https://gitlab.example/group/sub/config/-/merge_requests/1');
      const second = await runBump({ ...inputs, image: 'registry.example/org/api:1.2.0' });
      expect(second.error).toBeUndefined();
      expect(second.io.outputs.get('pull-request-number')).toBe('1');
      expect(gitlab.mergeRequests.get('group/sub/config')).toEqual([
        expect.objectContaining({
          iid: 1,
          source_branch: branch,
          target_branch: 'main',
          state: 'opened',
          title: 'chore(deploy): bump registry.example/org/api to 1.2.0',
          labels: ['deploy', 'prod'],
        }),
      ]);
      expect(await server.readFileAtHead('group/sub/config', branch, 'prod/values.yaml')).toBe(VALUES.replace('1.0.0', '1.2.0'));
      expect(await server.readFileAtHead('group/sub/config', 'main', 'prod/values.yaml')).toBe(VALUES);
      const project = '/api/v4/projects/group%2Fsub%2Fconfig/merge_requests';
      expect(gitlab.requests.map((request) => `${request.method} ${request.path.split('?')[0]}`)).toEqual([
        `GET ${project}`, `GET ${project}`, `POST ${project}`, `PUT ${project}/1`,
        `GET ${project}`, `GET ${project}`, `PUT ${project}/1`, `PUT ${project}/1`,
      ]);
      // The token goes to the API in GitLab's own header, and to nothing else there.
      expect(gitlab.requests.every((request) => request.headers['private-token'] === TOKEN && request.headers.authorization === undefined)).toBe(true);
      for (const run of [first, second]) {
        expect(run.io.everything).not.toContain(TOKEN);
        expect(run.io.everything).not.toContain(basicForm(TOKEN, 'oauth2'));
      }
    } finally {
      await gitlab.stop();
    }
  });

  it('updates the merge request another pipeline opened between its look and its create (409)', async () => {
    const url = await server.createRepo('group/racing', { 'values.yaml': VALUES });
    const branch = pullRequestBranchName('main', { images: ['registry.example/org/api'], files: ['values.yaml'] });
    const gitlab = await startFakeGitlabApi({ token: TOKEN, projects: ['group/racing'], racingSourceBranch: branch });
    try {
      const { error, io } = await runBump({ ...requestInputs(url, 'gitlab', `${gitlab.url}/api/v4`), files: 'values.yaml', image: 'registry.example/org/api:1.5.0' });
      expect(error).toBeUndefined();
      expect(io.outputs.get('pull-request-number')).toBe('1');
      expect(gitlab.mergeRequests.get('group/racing')).toEqual([expect.objectContaining({ iid: 1, title: 'chore(deploy): bump registry.example/org/api to 1.5.0' })]);
      expect(gitlab.requests.map((request) => `${request.method} ${request.status}`)).toEqual(['GET 200', 'GET 200', 'POST 409', 'GET 200', 'PUT 200']);
    } finally {
      await gitlab.stop();
    }
  });

  it('stops before pushing when GitLab refuses the token', async () => {
    const url = await server.createRepo('group/locked', { 'values.yaml': VALUES });
    const gitlab = await startFakeGitlabApi({ token: 'another-token', projects: ['group/locked'] });
    try {
      const { error } = await runBump({ ...requestInputs(url, 'gitlab', `${gitlab.url}/api/v4`), files: 'values.yaml', image: 'registry.example/org/api:2.0.0' });
      expect(error!.message).toBe(`the GitLab API rejected the token while trying to list merge requests in group/locked at ${gitlab.url}/api/v4 (401)`);
      expect(server.requests.filter((request) => request.url.startsWith('/group/locked.git/git-receive-pack'))).toEqual([]);
    } finally {
      await gitlab.stop();
    }
  });
});

describe('bump-manifest pull requests on Gitea', () => {
  it('finds its open pull request past the first page, updates it and adds labels by id', async () => {
    const url = await server.createRepo('team/config', { 'values.yaml': VALUES });
    const gitea = await startFakeGiteaApi({ token: TOKEN, repository: 'team/config', labels: ['bug', 'deploy'], openPulls: 60 });
    try {
      const inputs = { ...requestInputs(url, 'gitea', `${gitea.url}/api/v1`), files: 'values.yaml', 'pull-request-labels': 'deploy' };
      const first = await runBump({ ...inputs, image: 'registry.example/org/api:1.1.0' });
      expect(first.error).toBeUndefined();
      expect(first.io.outputs.get('pull-request-url')).toBe('https://gitea.example/team/config/pulls/61');
      const second = await runBump({ ...inputs, image: 'registry.example/org/api:1.2.0' });
      expect(second.error).toBeUndefined();
      expect(second.io.outputs.get('pull-request-number')).toBe('61');
      expect(gitea.pulls).toHaveLength(61);
      expect(gitea.pulls.at(-1)).toMatchObject({ title: 'chore(deploy): bump registry.example/org/api to 1.2.0', base: 'main', labels: [101] });
      expect(second.io.summary).toContain('(updated)');
      expect(gitea.requests.every((request) => request.headers.authorization === `token ${TOKEN}`)).toBe(true);
    } finally {
      await gitea.stop();
    }
  });

  it('refuses a label Gitea does not have before pushing anything', async () => {
    const url = await server.createRepo('team/unlabelled', { 'values.yaml': VALUES });
    const gitea = await startFakeGiteaApi({ token: TOKEN, repository: 'team/unlabelled', labels: ['bug'] });
    try {
      const { error } = await runBump({
        ...requestInputs(url, 'gitea', `${gitea.url}/api/v1`),
        files: 'values.yaml',
        image: 'registry.example/org/api:2.0.0',
        'pull-request-labels': 'deploy',
      });
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error!.message).toBe('Input "pull-request-labels": "deploy" is not a label of team/unlabelled; Gitea adds existing labels only: create it first');
      expect(server.requests.filter((request) => request.url.startsWith('/team/unlabelled.git/git-receive-pack'))).toEqual([]);
      expect(gitea.pulls).toEqual([]);
    } finally {
      await gitea.stop();
    }
  });
});

describe('choosing the provider', () => {
  it('refuses a host it cannot place, naming the input, before pushing', async () => {
    const url = await server.createRepo('org/where', { 'values.yaml': VALUES });
    const { error } = await runBump({ ...requestInputs(url, 'auto', ''), files: 'values.yaml', image: 'registry.example/org/api:2.0.0' });
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.message).toBe('Input "provider": cannot tell whether 127.0.0.1 is GitHub, GitLab or Gitea; set provider to github, gitlab or gitea');
    expect(server.requests.filter((request) => request.url.startsWith('/org/where.git/git-receive-pack'))).toEqual([]);
  });

  it('refuses an unknown provider name', async () => {
    const { error } = await runBump({ repository: 'https://gitlab.example/a/b.git', files: 'x.yaml', image: 'a:1', provider: 'bitbucket' });
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.message).toMatch(/^Input "provider": .*bitbucket/);
  });
});
