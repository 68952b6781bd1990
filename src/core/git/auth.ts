import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigurationError } from '../errors.js';
import type { ActionIO } from '../io.js';
import { hideUserInfo } from '../secret-forms.js';

/** GitHub's convention for tokens over basic auth; GitLab wants `oauth2`, Gitea/Bitbucket others. */
export const DEFAULT_TOKEN_USERNAME = 'x-access-token';

export interface GitCredentials {
  token: string;
  /** The basic-auth user name sent with the token. */
  username?: string;
}

export interface RemoteLocation {
  /** The URL git is given: never holds credentials when we built it. */
  url: string;
  /** The same URL safe to print: any user info removed. */
  display: string;
  /** `scheme://host[:port]/` for http(s) remotes: what the auth header is scoped to. */
  httpOrigin?: string;
}

const SCP_LIKE = /^[\w.-]+@[^:/]+:.+/;

/**
 * Checks a repository URL given as input: http(s) or ssh, and no credentials inside it (they
 * would end up in `.git/config`, in git's messages and in our logs). The rejected URL is not
 * echoed, since the part we refuse is a secret.
 */
export function parseRepositoryUrl(text: string, inputName: string, baseDir = process.cwd()): RemoteLocation {
  const trimmed = text.trim();
  if (SCP_LIKE.test(trimmed)) return { url: trimmed, display: trimmed };
  // A local repository (air-gapped runners, local trials): git is given a file:// URL, so a
  // shallow clone stays shallow (git ignores --depth for a plain path).
  if (/^(\/|\.\.?\/)/.test(trimmed)) {
    const absolute = path.resolve(baseDir, trimmed);
    return { url: pathToFileURL(absolute).href, display: absolute };
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new ConfigurationError(
      `expected an https://, http://, ssh:// or file:// git URL such as https://github.com/org/config.git, or a path starting with / or ./, got "${hideUserInfo(trimmed)}"`,
      inputName,
    );
  }
  if (url.protocol === 'file:') {
    if (url.host) throw new ConfigurationError(`a file:// URL names a path on this machine (file:///srv/config.git), not a host`, inputName);
    return { url: url.href, display: fileURLToPath(url) };
  }
  if (!['https:', 'http:', 'ssh:'].includes(url.protocol)) {
    throw new ConfigurationError(`expected an https://, http://, ssh:// or file:// git URL, got a ${url.protocol} URL`, inputName);
  }
  if (url.password || (url.username && url.protocol !== 'ssh:')) {
    throw new ConfigurationError(
      'must not contain credentials; give the token in the "token" input, which is sent as a header and never stored',
      inputName,
    );
  }
  return describeRemote(trimmed);
}

/** Describes a URL we did not choose (e.g. an existing checkout's `origin`). */
export function describeRemote(remoteUrl: string): RemoteLocation {
  if (SCP_LIKE.test(remoteUrl)) return { url: remoteUrl, display: remoteUrl };
  try {
    const url = new URL(remoteUrl);
    const origin = url.protocol === 'http:' || url.protocol === 'https:' ? `${url.protocol}//${url.host}/` : undefined;
    url.username = '';
    url.password = '';
    return { url: remoteUrl, display: url.toString(), httpOrigin: origin };
  } catch {
    // A local path or something git understands and URL does not: nothing to strip.
    return { url: remoteUrl, display: remoteUrl };
  }
}

/**
 * The environment that makes git send `Authorization: Basic base64(user:token)` to one origin,
 * the way actions/checkout does it, but through `GIT_CONFIG_COUNT/KEY_n/VALUE_n`: the token is in
 * no argv (visible in `ps`), no URL and no `.git/config`. The empty first value clears headers a
 * previous checkout persisted for the same origin, so git does not send two Authorization headers.
 * Every derived form is masked before it exists anywhere else.
 */
export function gitAuthEnvironment(
  remote: RemoteLocation,
  credentials: GitCredentials | undefined,
  io: ActionIO,
  inheritedEnv: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  if (!credentials?.token) return {};
  if (!remote.httpOrigin) {
    io.warning(`The token is only used for http(s) remotes; ${remote.display} is reached with the runner's own git/ssh setup`);
    return {};
  }
  const header = authorizationHeader(credentials, io);
  const inheritedCount = Number(inheritedEnv.GIT_CONFIG_COUNT ?? '0');
  const first = Number.isInteger(inheritedCount) && inheritedCount > 0 ? inheritedCount : 0;
  const key = `http.${remote.httpOrigin}.extraheader`;
  return {
    GIT_CONFIG_COUNT: String(first + 2),
    [`GIT_CONFIG_KEY_${first}`]: key,
    [`GIT_CONFIG_VALUE_${first}`]: '',
    [`GIT_CONFIG_KEY_${first + 1}`]: key,
    [`GIT_CONFIG_VALUE_${first + 1}`]: `Authorization: ${header}`,
  };
}

/** `Basic base64(user:token)`, masked in all its forms. */
export function authorizationHeader(credentials: GitCredentials, io: ActionIO): string {
  io.mask(credentials.token);
  const username = credentials.username || DEFAULT_TOKEN_USERNAME;
  const pair = `${username}:${credentials.token}`;
  io.mask(pair);
  const encoded = Buffer.from(pair, 'utf8').toString('base64');
  io.mask(encoded);
  const header = `Basic ${encoded}`;
  io.mask(header);
  return header;
}
