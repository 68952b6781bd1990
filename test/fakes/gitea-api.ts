import { startJsonServer, type JsonServer } from './json-server.js';

/**
 * A Gitea API v1 fake answering the pull request calls bump-manifest makes, shaped as Gitea's
 * swagger (templates/swagger/v1_json.tmpl in go-gitea/gitea) declares them:
 * - GET   /repos/{owner}/{repo}/pulls?state=open&limit=&page=     repoListPullRequests (paged; `limit` at most 50)
 * - POST  /repos/{owner}/{repo}/pulls                             repoCreatePullRequest (CreatePullRequestOption:
 *         head, base, title, body; 409 when an open pull request already exists for head and base)
 * - PATCH /repos/{owner}/{repo}/pulls/{index}                     repoEditPullRequest (EditPullRequestOption: title, body)
 * - GET   /repos/{owner}/{repo}/labels?limit=&page=               repoListLabels
 * - POST  /repos/{owner}/{repo}/issues/{index}/labels             issueAddLabel (IssueLabelsOption: labels, ids)
 * Tokens go in `Authorization: token <token>`; anything else is 401. Unknown label ids are 422.
 */
export interface FakeGiteaPull {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
  labels: number[];
}

export interface FakeGiteaApi extends JsonServer {
  pulls: FakeGiteaPull[];
  labels: { id: number; name: string }[];
}

const MAX_LIMIT = 50;

export async function startFakeGiteaApi(options: { token: string; repository: string; labels?: string[]; openPulls?: number }): Promise<FakeGiteaApi> {
  const pulls: FakeGiteaPull[] = [];
  const labels = (options.labels ?? []).map((name, index) => ({ id: 100 + index, name }));
  // Unrelated open pull requests, so that finding ours needs more than one page.
  for (let index = 0; index < (options.openPulls ?? 0); index++) {
    pulls.push({ number: index + 1, title: `other ${index}`, body: '', head: `feature-${index}`, base: 'main', state: 'open', labels: [] });
  }
  const toJson = (pull: FakeGiteaPull) => ({
    number: pull.number,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    html_url: `https://gitea.example/${options.repository}/pulls/${pull.number}`,
    head: { ref: pull.head, label: pull.head },
    base: { ref: pull.base, label: pull.base },
    labels: labels.filter((label) => pull.labels.includes(label.id)),
  });
  const page = <T>(items: T[], url: URL): T[] => {
    const limit = Math.min(Number(url.searchParams.get('limit') ?? '30'), MAX_LIMIT);
    const number = Number(url.searchParams.get('page') ?? '1');
    return items.slice((number - 1) * limit, number * limit);
  };
  const server = await startJsonServer(({ method, url, headers, body }) => {
    if (headers.authorization !== `token ${options.token}`) return [401, { message: 'token is required' }];
    const route = /^\/api\/v1\/repos\/([^/]+\/[^/]+)\/(pulls|labels|issues)(?:\/(\d+))?(\/labels)?$/.exec(url.pathname);
    if (!route || route[1] !== options.repository) return [404, { message: 'The target couldn\'t be found.' }];
    const [, , collection, indexText, labelsSuffix] = route;
    const index = indexText ? Number(indexText) : undefined;
    const request = (body ?? {}) as { head?: string; base?: string; title?: string; body?: string; labels?: unknown[] };
    if (collection === 'labels' && method === 'GET') return [200, page(labels, url)];
    if (collection === 'pulls' && index === undefined && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      return [200, page(pulls.filter((pull) => state === 'all' || pull.state === state).map(toJson), url)];
    }
    if (collection === 'pulls' && index === undefined && method === 'POST') {
      if (!request.head || !request.base || !request.title) return [422, { message: 'head, base and title are required' }];
      if (pulls.some((pull) => pull.state === 'open' && pull.head === request.head && pull.base === request.base)) {
        return [409, { message: 'pull request already exists for these targets' }];
      }
      const pull: FakeGiteaPull = { number: pulls.length + 1, title: request.title, body: request.body ?? '', head: request.head, base: request.base, state: 'open', labels: [] };
      pulls.push(pull);
      return [201, toJson(pull)];
    }
    const pull = pulls.find((candidate) => candidate.number === index);
    if (!pull) return [404, { message: 'The target couldn\'t be found.' }];
    if (collection === 'pulls' && method === 'PATCH' && !labelsSuffix) {
      if (request.title !== undefined) pull.title = request.title;
      if (request.body !== undefined) pull.body = request.body;
      return [201, toJson(pull)];
    }
    if (collection === 'issues' && labelsSuffix && method === 'POST') {
      const ids = request.labels ?? [];
      if (!ids.every((id) => labels.some((label) => label.id === id))) return [422, { message: 'label does not exist' }];
      for (const id of ids as number[]) if (!pull.labels.includes(id)) pull.labels.push(id);
      return [200, labels.filter((label) => pull.labels.includes(label.id))];
    }
    return [405, { message: 'method not allowed' }];
  });
  return { ...server, pulls, labels };
}
