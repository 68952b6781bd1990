import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.js';
import { DEFAULT_COMMIT_MESSAGE, renderCommitMessage, validateMessageTemplate } from '../../../src/core/git/commit-message.js';
import { parseRepositorySlug, pullRequestBranchName, repositorySlugFromUrl } from '../../../src/core/pull-request.js';

const digest = `sha256:${'b'.repeat(64)}`;

describe('commit message templates', () => {
  it('fills every placeholder, joining several updates', () => {
    const facts = {
      updates: [{ image: 'ghcr.io/org/web', newTag: '1.2.0', newDigest: digest }, { image: 'api', newName: 'ghcr.io/org/api', newTag: '3.0' }],
      files: ['apps/web/kustomization.yaml', 'envs/prod/values.yaml'],
    };
    expect(renderCommitMessage('{image}|{tag}|{digest}|{ref}|{files}', facts)).toBe(
      `ghcr.io/org/web, ghcr.io/org/api|1.2.0, 3.0|${digest}|1.2.0@${digest}, 3.0|apps/web/kustomization.yaml, envs/prod/values.yaml`,
    );
    expect(renderCommitMessage(DEFAULT_COMMIT_MESSAGE, { updates: [{ image: 'web', newDigest: digest }], files: [] })).toBe(
      `chore(deploy): bump web to ${digest}`,
    );
    expect(renderCommitMessage('set {image} to {ref}', { updates: [], set: [{ path: 'replicas', value: '3' }], files: [] })).toBe('set replicas to 3');
  });

  it('refuses an unknown placeholder and an empty template', () => {
    expect(() => validateMessageTemplate('bump {img}', 'message')).toThrow(ConfigurationError);
    expect(() => validateMessageTemplate('bump {img}', 'message')).toThrow('Input "message": unknown placeholder {img}');
    expect(() => validateMessageTemplate('  ', 'message')).toThrow('must not be empty');
    expect(() => validateMessageTemplate('deploy {image} ({files})\n\n{ref}', 'message')).not.toThrow();
  });
});

describe('pull request naming', () => {
  it('keeps the branch stable across versions and distinct across subjects', () => {
    const one = pullRequestBranchName('main', { images: ['a', 'b'], files: ['x.yaml'] });
    expect(one).toBe(pullRequestBranchName('main', { images: ['b', 'a', 'a'], files: ['x.yaml'] }));
    expect(one).not.toBe(pullRequestBranchName('main', { images: ['a', 'b'], files: ['y.yaml'] }));
    expect(one).not.toBe(pullRequestBranchName('release', { images: ['a', 'b'], files: ['x.yaml'] }));
    expect(one).toMatch(/^gitops-actions\/bump\/main\/[0-9a-f]{12}$/);
  });

  it('reads owner and name from remote URLs', () => {
    expect(repositorySlugFromUrl('https://github.com/org/config.git')).toEqual({ owner: 'org', repo: 'config', path: 'org/config' });
    expect(repositorySlugFromUrl('git@github.com:org/config.git')).toEqual({ owner: 'org', repo: 'config', path: 'org/config' });
    expect(repositorySlugFromUrl('https://ghe.example/git/org/config')).toEqual({ owner: 'org', repo: 'config', path: 'git/org/config' });
    expect(repositorySlugFromUrl('https://gitlab.example/group/sub/config.git')).toEqual({ owner: 'sub', repo: 'config', path: 'group/sub/config' });
    expect(repositorySlugFromUrl('https://host/config.git')).toBeUndefined();
    expect(parseRepositorySlug('org/config', 'repository')).toEqual({ owner: 'org', repo: 'config', path: 'org/config' });
    expect(() => parseRepositorySlug('org', 'repository')).toThrow('expected owner/name');
  });
});
