import { startJsonServer, type JsonServer } from './json-server.js';

/**
 * A GitLab REST API v4 fake answering the merge request calls bump-manifest makes, as GitLab's
 * documentation describes them (doc/api/merge_requests.md in gitlab-org/gitlab):
 * - GET /projects/:id/merge_requests?state=opened&source_branch=&target_branch=   (List project merge requests)
 * - POST /projects/:id/merge_requests {source_branch, target_branch, title, description, remove_source_branch}
 *   (Create MR; 409 "Another open merge request already exists for this source branch: !iid")
 * - PUT /projects/:id/merge_requests/:iid {title, description, add_labels}            (Update MR)
 * `:id` is a numeric id or the URL-encoded full path (doc/api/rest/index.md, "Namespaced paths").
 * Tokens: `PRIVATE-TOKEN: <token>` or `Authorization: Bearer <token>` (doc/api/rest/authentication.md);
 * anything else is 401 {"message":"401 Unauthorized"}. An unknown project is 404 {"message":"404 Project Not Found"}.
 */
export interface FakeMergeRequest {
  iid: number;
  title: string;
  description: string;
  source_branch: string;
  target_branch: string;
  state: 'opened' | 'closed' | 'merged';
  labels: string[];
}

export interface FakeGitlabApi extends JsonServer {
  /** Merge requests by project full path. */
  mergeRequests: Map<string, FakeMergeRequest[]>;
}

export async function startFakeGitlabApi(options: {
  token: string;
  projects: string[];
  webUrl?: string;
  /**
   * Another pipeline opens a merge request for this source branch right after our last look
   * before creating (the second list: the first checks the token before pushing): the race a
   * 409 answers.
   */
  racingSourceBranch?: string;
}): Promise<FakeGitlabApi> {
  let looks = 0;
  const mergeRequests = new Map<string, FakeMergeRequest[]>(options.projects.map((path) => [path, []]));
  const webUrl = options.webUrl ?? 'https://gitlab.example';
  const toJson = (path: string, request: FakeMergeRequest) => ({ ...request, id: 1000 + request.iid, web_url: `${webUrl}/${path}/-/merge_requests/${request.iid}` });
  const server = await startJsonServer(({ method, url, headers, body }) => {
    if (headers['private-token'] !== options.token && headers.authorization !== `Bearer ${options.token}`) return [401, { message: '401 Unauthorized' }];
    const route = /^\/api\/v4\/projects\/([^/]+)\/merge_requests(?:\/(\d+))?$/.exec(url.pathname);
    if (!route) return [404, { error: '404 Not Found' }];
    const path = decodeURIComponent(route[1]);
    const list = mergeRequests.get(path);
    if (!list) return [404, { message: '404 Project Not Found' }];
    const iid = route[2] ? Number(route[2]) : undefined;
    const request = (body ?? {}) as Partial<FakeMergeRequest> & { add_labels?: string; labels?: string };
    if (iid === undefined && method === 'GET') {
      const state = url.searchParams.get('state');
      const source = url.searchParams.get('source_branch');
      const target = url.searchParams.get('target_branch');
      const found = list.filter((mr) => (!state || state === 'all' || mr.state === state) && (!source || mr.source_branch === source) && (!target || mr.target_branch === target));
      if (source && source === options.racingSourceBranch && ++looks === 2) {
        list.push({ iid: list.length + 1, title: 'opened by another pipeline', description: '', source_branch: source, target_branch: target ?? 'main', state: 'opened', labels: [] });
      }
      return [200, found.map((mr) => toJson(path, mr))];
    }
    if (iid === undefined && method === 'POST') {
      if (!request.source_branch || !request.target_branch || !request.title) return [400, { error: 'title, source_branch, target_branch are missing' }];
      const open = list.find((mr) => mr.state === 'opened' && mr.source_branch === request.source_branch && mr.target_branch === request.target_branch);
      if (open) return [409, { message: [`Another open merge request already exists for this source branch: !${open.iid}`] }];
      const created: FakeMergeRequest = {
        iid: list.length + 1,
        title: request.title,
        description: request.description ?? '',
        source_branch: request.source_branch,
        target_branch: request.target_branch,
        state: 'opened',
        labels: request.labels ? request.labels.split(',') : [],
      };
      list.push(created);
      return [201, toJson(path, created)];
    }
    const mr = list.find((candidate) => candidate.iid === iid);
    if (!mr) return [404, { message: '404 Not found' }];
    if (method === 'PUT') {
      if (request.title !== undefined) mr.title = request.title;
      if (request.description !== undefined) mr.description = request.description;
      for (const label of request.add_labels?.split(',') ?? []) if (label && !mr.labels.includes(label)) mr.labels.push(label);
      return [200, toJson(path, mr)];
    }
    return [405, { message: '405 Method Not Allowed' }];
  });
  return { ...server, mergeRequests };
}
