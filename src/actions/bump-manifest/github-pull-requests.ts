import { getOctokit } from '@actions/github';
import { ActionFailure } from '../../core/errors.js';
import type { PullRequest, PullRequestApi, RepositorySlug } from '../../core/pull-request.js';

/**
 * The PullRequestApi over GitHub's REST API, through `@actions/github`'s Octokit. Loaded only in
 * pull-request mode: Octokit and its HTTP stack are most of this action's bundle start-up cost.
 */
export function createGithubPullRequestApi(token: string, baseUrl: string): PullRequestApi {
  const octokit = getOctokit(token, { baseUrl: baseUrl.replace(/\/+$/, '') });
  const call = async <T>(what: string, slug: RepositorySlug, request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw describeFailure(error, what, slug, baseUrl);
    }
  };
  return {
    async findOpen(slug, head, base) {
      const { data } = await call('list pull requests', slug, () =>
        octokit.rest.pulls.list({ ...slug, head: `${slug.owner}:${head}`, base, state: 'open', per_page: 10 }),
      );
      // The API already filters by head and base; checking again guards against a server that ignores them.
      const match = data.find((pull) => pull.head.ref === head && pull.base.ref === base);
      return match ? { number: match.number, url: match.html_url } : undefined;
    },
    async create(slug, request) {
      const { data } = await call('open a pull request', slug, () => octokit.rest.pulls.create({ ...slug, ...request }));
      return toPullRequest(data);
    },
    async update(slug, number, request) {
      const { data } = await call(`update pull request #${number}`, slug, () =>
        octokit.rest.pulls.update({ ...slug, pull_number: number, ...request }),
      );
      return toPullRequest(data);
    },
    async addLabels(slug, number, labels) {
      await call(`label pull request #${number}`, slug, () =>
        octokit.rest.issues.addLabels({ ...slug, issue_number: number, labels: [...labels] }),
      );
    },
  };
}

function toPullRequest(data: { number: number; html_url: string }): PullRequest {
  return { number: data.number, url: data.html_url };
}

/** Octokit's errors, rewritten for the person reading the job log; the token is never in them. */
function describeFailure(error: unknown, what: string, slug: RepositorySlug, baseUrl: string): ActionFailure {
  const status = (error as { status?: number }).status;
  const data = (error as { response?: { data?: { message?: string; errors?: { message?: string }[] } } }).response?.data;
  const details = [data?.message, ...(data?.errors ?? []).map((entry) => entry.message)].filter(Boolean).join('; ');
  const where = `${slug.owner}/${slug.repo} at ${baseUrl}`;
  if (status === 401) return new ActionFailure(`the GitHub API rejected the token while trying to ${what} in ${where} (401)`);
  if (status === 403 || status === 404) {
    return new ActionFailure(
      `could not ${what} in ${where} (${status}${details ? `: ${details}` : ''}): the token needs the pull-requests: write permission on that repository`,
    );
  }
  if (status) return new ActionFailure(`could not ${what} in ${where} (${status}${details ? `: ${details}` : ''})`);
  const message = error instanceof Error ? error.message : String(error);
  return new ActionFailure(`could not reach the GitHub API at ${baseUrl} to ${what}: ${message}`, { cause: error });
}
