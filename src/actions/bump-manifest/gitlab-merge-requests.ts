import type { PullRequest, PullRequestApi, RepositorySlug } from '../../core/pull-request.js';
import { RestApiError, restApi } from './rest-api.js';

interface MergeRequest {
  iid: number;
  web_url: string;
  source_branch: string;
  target_branch: string;
}

/**
 * Merge requests through GitLab's REST API v4 (doc/api/merge_requests.md): list open ones by
 * source and target branch, create, edit title and description, add labels. The project is
 * addressed by its URL-encoded full path, so nested groups work; the token goes in the
 * `PRIVATE-TOKEN` header (personal, project or group access tokens with the `api` scope).
 */
export function createGitlabMergeRequestApi(token: string, baseUrl: string, slug: RepositorySlug): PullRequestApi {
  const project = `/projects/${encodeURIComponent(slug.path)}`;
  const api = restApi({
    baseUrl,
    name: 'GitLab',
    authHeader: ['PRIVATE-TOKEN', token],
    permissionHint: 'the token needs the api scope and at least the Developer role on that project',
    where: slug.path,
  });
  const toRequest = (request: MergeRequest): PullRequest => ({ number: request.iid, url: request.web_url });
  const findOpen = async (head: string, base: string): Promise<PullRequest | undefined> => {
    const query = new URLSearchParams({ state: 'opened', source_branch: head, target_branch: base, per_page: '20' });
    const found = await api.call<MergeRequest[]>('list merge requests', 'GET', `${project}/merge_requests?${query.toString()}`);
    // The API filters already; checking again guards against a server that ignores a filter.
    const match = found.find((request) => request.source_branch === head && request.target_branch === base);
    return match ? toRequest(match) : undefined;
  };
  const update = async (number: number, request: { title: string; body: string }): Promise<PullRequest> =>
    toRequest(
      await api.call<MergeRequest>(`update merge request !${number}`, 'PUT', `${project}/merge_requests/${number}`, {
        title: request.title,
        description: request.body,
      }),
    );
  return {
    noun: 'merge request',
    findOpen: (_slug, head, base) => findOpen(head, base),
    async create(_slug, request) {
      try {
        const created = await api.call<MergeRequest>('open a merge request', 'POST', `${project}/merge_requests`, {
          source_branch: request.head,
          target_branch: request.base,
          title: request.title,
          description: request.body,
          // The bump branch is ours: gone with the merge.
          remove_source_branch: true,
        });
        return toRequest(created);
      } catch (error) {
        // 409: another pipeline opened it since we looked (two bumps at once): update that one.
        const open = error instanceof RestApiError && error.status === 409 ? await findOpen(request.head, request.base) : undefined;
        if (!open) throw error;
        return update(open.number, request);
      }
    },
    update: (_slug, number, request) => update(number, request),
    async addLabels(_slug, number, labels) {
      // GitLab creates a label that does not exist yet, as GitHub does.
      await api.call(`label merge request !${number}`, 'PUT', `${project}/merge_requests/${number}`, { add_labels: labels.join(',') });
    },
  };
}
