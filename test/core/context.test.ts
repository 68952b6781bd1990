import { describe, expect, it } from 'vitest';
import { readCiContext, webUrl } from '../../src/core/context.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('readCiContext', () => {
  it('reads a GitHub branch push', () => {
    expect(
      readCiContext({
        GITHUB_ACTIONS: 'true',
        GITHUB_SHA: SHA,
        GITHUB_REF: 'refs/heads/feature/x',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'org/app',
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_ACTOR: 'dev',
        GITHUB_API_URL: 'https://api.github.com',
      }),
    ).toEqual({
      provider: 'github',
      sha: SHA,
      ref: 'refs/heads/feature/x',
      refType: 'branch',
      branch: 'feature/x',
      repository: 'org/app',
      repositoryUrl: 'https://github.com/org/app',
      runUrl: 'https://github.com/org/app/actions/runs/42/attempts/2',
      eventName: 'push',
      actor: 'dev',
      apiUrl: 'https://api.github.com',
    });
  });

  it('reads a GitHub tag and a pull request', () => {
    expect(readCiContext({ GITHUB_SHA: SHA, GITHUB_REF: 'refs/tags/v1.2.3' })).toMatchObject({ refType: 'tag', tag: 'v1.2.3' });
    expect(readCiContext({ GITHUB_SHA: SHA, GITHUB_REF: 'refs/pull/7/merge', GITHUB_HEAD_REF: 'fix' })).toMatchObject({
      refType: 'pull-request',
      pullRequest: 7,
      branch: 'fix',
    });
  });

  it('reads GitLab branch, tag and merge request pipelines', () => {
    const base = { GITLAB_CI: 'true', CI_COMMIT_SHA: SHA, CI_PROJECT_URL: 'https://gitlab.example.com/g/app', CI_PIPELINE_URL: 'https://gitlab.example.com/g/app/-/pipelines/9' };
    expect(readCiContext({ ...base, CI_COMMIT_REF_NAME: 'main', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' })).toMatchObject({
      provider: 'gitlab',
      sha: SHA,
      ref: 'refs/heads/main',
      refType: 'branch',
      branch: 'main',
      defaultBranch: 'main',
      repositoryUrl: 'https://gitlab.example.com/g/app',
      runUrl: 'https://gitlab.example.com/g/app/-/pipelines/9',
    });
    expect(readCiContext({ ...base, CI_COMMIT_REF_NAME: 'v2.0.0', CI_COMMIT_TAG: 'v2.0.0' })).toMatchObject({ refType: 'tag', tag: 'v2.0.0', ref: 'refs/tags/v2.0.0' });
    expect(readCiContext({ ...base, CI_MERGE_REQUEST_IID: '12', CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feat', CI_COMMIT_REF_NAME: 'feat' })).toMatchObject({
      refType: 'pull-request',
      pullRequest: 12,
      branch: 'feat',
    });
  });

  it('reads generic variables that a Tekton task sets from its params', () => {
    expect(readCiContext({ GIT_COMMIT: SHA, GIT_BRANCH: 'main', GIT_URL: 'git@github.com:org/app.git' })).toEqual({
      provider: 'generic',
      sha: SHA,
      ref: 'refs/heads/main',
      refType: 'branch',
      branch: 'main',
      repositoryUrl: 'https://github.com/org/app',
    });
    expect(readCiContext({})).toEqual({ provider: 'generic' });
  });

  it('turns clone URLs into web URLs without credentials', () => {
    expect(webUrl('https://user:pw@git.example.com/org/app.git')).toBe('https://git.example.com/org/app');
    expect(webUrl('git@gitlab.com:group/sub/app.git')).toBe('https://gitlab.com/group/sub/app');
  });
});

describe('GitHub event payload', () => {
  it('takes the default branch and commit time from the event file, and shrugs off a missing or broken one', () => {
    const files: Record<string, string> = {
      '/event.json': JSON.stringify({ repository: { default_branch: 'trunk' }, head_commit: { timestamp: '2026-11-20T10:11:12+01:00' } }),
      '/broken.json': '{',
    };
    const read = (path: string) => {
      if (!(path in files)) throw new Error('ENOENT');
      return files[path];
    };
    expect(readCiContext({ GITHUB_SHA: SHA, GITHUB_EVENT_PATH: '/event.json' }, read)).toMatchObject({ defaultBranch: 'trunk', commitTime: '2026-11-20T10:11:12+01:00' });
    expect(readCiContext({ GITHUB_SHA: SHA, GITHUB_EVENT_PATH: '/broken.json' }, read).defaultBranch).toBeUndefined();
    expect(readCiContext({ GITHUB_SHA: SHA, GITHUB_EVENT_PATH: '/missing.json' }, read).defaultBranch).toBeUndefined();
  });
});
