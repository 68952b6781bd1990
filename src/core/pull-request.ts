import { createHash } from 'node:crypto';
import { ConfigurationError } from './errors.js';
import type { ActionIO } from './io.js';

export interface PullRequest {
  number: number;
  url: string;
}

export interface RepositorySlug {
  /** The user or organisation (GitHub, Gitea): the segment before the last. */
  owner: string;
  repo: string;
  /** The whole path, `group/subgroup/project`: how GitLab addresses a project. */
  path: string;
}

/**
 * The few pull-request calls a bump needs. Core code depends on this interface only: the GitHub
 * implementation lives with the action (it needs `@actions/github`), tests use a fake server.
 */
export interface PullRequestApi {
  /** What the provider calls it, for logs: "pull request" unless said otherwise (GitLab: "merge request"). */
  readonly noun?: string;
  /** The open pull request from `head` (a branch of the same repository) into `base`, if any. */
  findOpen(slug: RepositorySlug, head: string, base: string): Promise<PullRequest | undefined>;
  create(slug: RepositorySlug, request: { head: string; base: string; title: string; body: string }): Promise<PullRequest>;
  update(slug: RepositorySlug, number: number, request: { title: string; body: string }): Promise<PullRequest>;
  addLabels(slug: RepositorySlug, number: number, labels: readonly string[]): Promise<void>;
  /** Fails (before anything is pushed) when a label cannot be added; providers that create missing labels leave it out. */
  checkLabels?(slug: RepositorySlug, labels: readonly string[]): Promise<void>;
}

export interface PullRequestRequest {
  slug: RepositorySlug;
  head: string;
  base: string;
  title: string;
  body: string;
  labels: readonly string[];
}

/** Opens the pull request, or refreshes the title and body of the one already open for `head`. */
export async function openOrUpdatePullRequest(
  api: PullRequestApi,
  request: PullRequestRequest,
  io: ActionIO,
): Promise<PullRequest & { created: boolean }> {
  const { slug, head, base, title, body } = request;
  const existing = await api.findOpen(slug, head, base);
  let pullRequest: PullRequest;
  if (existing) {
    pullRequest = await api.update(slug, existing.number, { title, body });
    io.info(`Updated ${api.noun ?? 'pull request'} ${pullRequest.url}`);
  } else {
    pullRequest = await api.create(slug, { head, base, title, body });
    io.info(`Opened ${api.noun ?? 'pull request'} ${pullRequest.url}`);
  }
  if (request.labels.length) await api.addLabels(slug, pullRequest.number, request.labels);
  return { ...pullRequest, created: !existing };
}

/**
 * The same bump (same images, same files, same target branch) always uses the same branch, so a
 * newer build force-updates the open pull request instead of opening one more. Versions are left
 * out of the hash on purpose: they are what changes between runs.
 */
export function pullRequestBranchName(
  targetBranch: string,
  subject: { images: readonly string[]; files: readonly string[]; setPaths?: readonly string[] },
): string {
  const key = JSON.stringify({
    images: [...new Set(subject.images)].sort(),
    files: [...new Set(subject.files)].sort(),
    set: [...new Set(subject.setPaths ?? [])].sort(),
  });
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return `gitops-actions/bump/${targetBranch}/${hash}`;
}

/** `owner/repo` from a remote URL (`https://host/owner/repo.git`, `git@host:owner/repo.git`). */
export function repositorySlugFromUrl(remoteUrl: string): RepositorySlug | undefined {
  const scp = /^[\w.-]+@[^:/]+:(.+)$/.exec(remoteUrl);
  let pathname: string;
  if (scp) {
    pathname = scp[1]!;
  } else {
    try {
      pathname = new URL(remoteUrl).pathname;
    } catch {
      return undefined;
    }
  }
  const parts = pathname.replace(/\.git\/?$/, '').split('/').filter(Boolean);
  if (parts.length < 2) return undefined;
  return slugOf(parts);
}

/** `owner/repo` (or GitLab's `group/subgroup/project`) as an input or CI variable gives it. */
export function parseRepositorySlug(text: string, inputName: string): RepositorySlug {
  const parts = text.trim().split('/');
  if (parts.length < 2 || !parts.every((part) => /^[A-Za-z0-9_.-]+$/.test(part))) {
    throw new ConfigurationError(`expected owner/name, got "${text}"`, inputName);
  }
  return slugOf(parts);
}

function slugOf(parts: string[]): RepositorySlug {
  return { owner: parts[parts.length - 2], repo: parts[parts.length - 1], path: parts.join('/') };
}
