import { ConfigurationError } from '../../core/errors.js';
import type { RemoteLocation } from '../../core/git/auth.js';
import type { PullRequestApi, RepositorySlug } from '../../core/pull-request.js';

export const PROVIDERS = ['auto', 'github', 'gitlab', 'gitea'] as const;
export type Provider = Exclude<(typeof PROVIDERS)[number], 'auto'>;

type Env = Readonly<Record<string, string | undefined>>;

/** `scheme://host[:port]` of an http(s) remote, `https://host` of an ssh one, undefined for a local one. */
function webOrigin(remote: RemoteLocation): string | undefined {
  const scp = /^[\w.-]+@([^:/]+):/.exec(remote.url);
  if (scp) return `https://${scp[1]}`;
  try {
    const url = new URL(remote.url);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
    if (url.protocol === 'ssh:') return `https://${url.hostname}`;
  } catch {
    // A local path.
  }
  return undefined;
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The provider hosting the repository: the `provider` input, else told from the URL's host
 * (the public services, the host of the CI system the job runs on, or a host named after the
 * product). A host we cannot place is an input error, never a guess: a guess would send the
 * token to the wrong kind of API.
 */
export function chooseProvider(given: (typeof PROVIDERS)[number], remote: RemoteLocation, env: Env): Provider {
  if (given !== 'auto') return given;
  const host = hostOf(webOrigin(remote));
  if (host === undefined) {
    throw new ConfigurationError(`pull-request mode needs a hosted repository; ${remote.display} is a local one`, 'repository');
  }
  if (host === 'github.com' || host === hostOf(env.GITHUB_SERVER_URL)) return 'github';
  if (host === 'gitlab.com' || host === env.CI_SERVER_HOST || /(^|[.-])gitlab([.-]|$)/.test(host)) return 'gitlab';
  if (host === 'codeberg.org' || /(^|[.-])(gitea|forgejo)([.-]|$)/.test(host)) return 'gitea';
  throw new ConfigurationError(`cannot tell whether ${host} is GitHub, GitLab or Gitea; set provider to github, gitlab or gitea`, 'provider');
}

/** The REST API base for a provider, as each documents its default location. */
export function defaultApiUrl(provider: Provider, remote: RemoteLocation, env: Env): string {
  const origin = webOrigin(remote);
  if (origin === undefined) throw new ConfigurationError(`pull-request mode needs a hosted repository; ${remote.display} is a local one`, 'repository');
  const host = new URL(origin).hostname;
  if (provider === 'github') {
    if (env.GITHUB_API_URL && host === hostOf(env.GITHUB_SERVER_URL)) return env.GITHUB_API_URL;
    return host === 'github.com' ? 'https://api.github.com' : `${origin}/api/v3`;
  }
  if (provider === 'gitlab') return env.CI_API_V4_URL && host === env.CI_SERVER_HOST ? env.CI_API_V4_URL : `${origin}/api/v4`;
  return `${origin}/api/v1`;
}

/** The API client for one provider; each module is loaded only when used. */
export async function createPullRequestApi(provider: Provider, token: string, apiUrl: string, slug: RepositorySlug): Promise<PullRequestApi> {
  if (provider === 'gitlab') return (await import('./gitlab-merge-requests.js')).createGitlabMergeRequestApi(token, apiUrl, slug);
  if (provider === 'gitea') return (await import('./gitea-pull-requests.js')).createGiteaPullRequestApi(token, apiUrl, slug);
  return (await import('./github-pull-requests.js')).createGithubPullRequestApi(token, apiUrl);
}
