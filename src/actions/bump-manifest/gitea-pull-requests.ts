import { ConfigurationError } from '../../core/errors.js';
import type { PullRequest, PullRequestApi, RepositorySlug } from '../../core/pull-request.js';
import { restApi } from './rest-api.js';

interface GiteaPull {
  number: number;
  html_url: string;
  head: { ref: string };
  base: { ref: string };
}

interface GiteaLabel {
  id: number;
  name: string;
}

/** Pages read at most while looking for an open pull request or a label (50 each). */
const MAX_PAGES = 20;
const PAGE_SIZE = 50;

/**
 * Pull requests through Gitea's API v1 (templates/swagger/v1_json.tmpl, also served by every
 * instance at /api/swagger): `repoListPullRequests`, `repoCreatePullRequest`,
 * `repoEditPullRequest`, `repoListLabels`, `issueAddLabel`. Labels are added by id, and Gitea
 * does not create missing ones: `checkLabels` finds them before anything is pushed. The token
 * goes in `Authorization: token …`.
 */
export function createGiteaPullRequestApi(token: string, baseUrl: string, slug: RepositorySlug): PullRequestApi {
  const repo = `/repos/${encodeURIComponent(slug.owner)}/${encodeURIComponent(slug.repo)}`;
  const api = restApi({
    baseUrl,
    name: 'Gitea',
    authHeader: ['authorization', `token ${token}`],
    permissionHint: 'the token needs the write:repository and write:issue scopes, and write access to that repository',
    where: `${slug.owner}/${slug.repo}`,
  });
  const toPull = (pull: GiteaPull): PullRequest => ({ number: pull.number, url: pull.html_url });
  const pages = async <T>(what: string, path: string, found: (items: T[]) => boolean): Promise<void> => {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const items = await api.call<T[]>(what, 'GET', `${path}${path.includes('?') ? '&' : '?'}limit=${PAGE_SIZE}&page=${page}`);
      if (found(items) || items.length < PAGE_SIZE) return;
    }
  };
  const labelIds = async (labels: readonly string[]): Promise<number[]> => {
    const known = new Map<string, number>();
    await pages<GiteaLabel>('list labels', `${repo}/labels`, (items) => {
      for (const label of items) known.set(label.name, label.id);
      return labels.every((name) => known.has(name));
    });
    const missing = labels.filter((name) => !known.has(name));
    if (missing.length) {
      throw new ConfigurationError(
        `${missing.map((name) => `"${name}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} not a label of ${slug.owner}/${slug.repo}; Gitea adds existing labels only: create ${missing.length > 1 ? 'them' : 'it'} first`,
        'pull-request-labels',
      );
    }
    return labels.map((name) => known.get(name)!);
  };
  return {
    async findOpen(_slug, head, base) {
      let match: GiteaPull | undefined;
      await pages<GiteaPull>('list pull requests', `${repo}/pulls?state=open`, (items) => {
        match = items.find((pull) => pull.head.ref === head && pull.base.ref === base);
        return match !== undefined;
      });
      return match ? toPull(match) : undefined;
    },
    async create(_slug, request) {
      return toPull(await api.call<GiteaPull>('open a pull request', 'POST', `${repo}/pulls`, request));
    },
    async update(_slug, number, request) {
      return toPull(await api.call<GiteaPull>(`update pull request #${number}`, 'PATCH', `${repo}/pulls/${number}`, request));
    },
    async checkLabels(_slug, labels) {
      await labelIds(labels);
    },
    async addLabels(_slug, number, labels) {
      await api.call(`label pull request #${number}`, 'POST', `${repo}/issues/${number}/labels`, { labels: await labelIds(labels) });
    },
  };
}
