import { ConfigurationError } from '../errors.js';
import type { RegistryCredential } from './credentials.js';
import { parseImageReference } from './reference.js';

// Logins the inputs and the CI variables give, without reading any file: the input parsers use
// these, and stay light.

type Env = Readonly<Record<string, string | undefined>>;

export const GHCR = 'ghcr.io';
/** GHCR takes a GitHub token with any user name; the actor when the runner names one. */
const GHCR_FALLBACK_USER = 'github-actions';

/**
 * The `username`/`password` inputs for `registry`. A password alone is a token: for ghcr.io, which
 * takes any user name, the login of the actor; elsewhere a bearer token sent as is, as
 * `flux push artifact --creds <token>` does. A user name alone is a mistake.
 */
export function credentialFromInputs(registry: string | undefined, inputs: { username?: string; password?: string }, env: Env): RegistryCredential | undefined {
  const { username, password } = inputs;
  if (!username && !password) return undefined;
  if (!password) throw new ConfigurationError('is required when the username input is set', 'password');
  if (username) return { username, password, source: 'the username and password inputs' };
  if (registry === GHCR) return { username: ghcrUser(env), password, source: 'the password input' };
  return { registryToken: password, source: 'the password input (a token without username, sent as a bearer token)' };
}

/**
 * The variables CI systems and teams set for their registry, each only for its own host:
 * `HARBOR_HOST`/`HARBOR_USERNAME`/`HARBOR_PASSWORD`, and GitLab's predefined
 * `CI_REGISTRY`/`CI_REGISTRY_USER`/`CI_REGISTRY_PASSWORD` (a job token valid for this job).
 */
export function ciVariableCredential(registry: string, env: Env): RegistryCredential | undefined {
  const harborHost = present(env.HARBOR_HOST);
  const harborUser = present(env.HARBOR_USERNAME);
  const harborPassword = present(env.HARBOR_PASSWORD);
  if (harborHost && harborUser && harborPassword && hostOf(harborHost) === registry) {
    return { username: harborUser, password: harborPassword, source: 'HARBOR_USERNAME/HARBOR_PASSWORD' };
  }
  const gitlabRegistry = present(env.CI_REGISTRY);
  const gitlabUser = present(env.CI_REGISTRY_USER);
  const gitlabPassword = present(env.CI_REGISTRY_PASSWORD);
  if (gitlabRegistry && gitlabUser && gitlabPassword && hostOf(gitlabRegistry) === registry) {
    return { username: gitlabUser, password: gitlabPassword, source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD' };
  }
  return undefined;
}

/**
 * The workflow's token for ghcr.io only: the `github-token` input (which action.yml defaults to
 * `github.token`), else a GITHUB_TOKEN variable, which the CLI may be given.
 */
export function githubTokenCredential(registry: string, githubToken: string | undefined, env: Env): RegistryCredential | undefined {
  if (registry !== GHCR) return undefined;
  if (githubToken) return { username: ghcrUser(env), password: githubToken, source: 'the github-token input' };
  const token = present(env.GITHUB_TOKEN);
  return token ? { username: ghcrUser(env), password: token, source: 'GITHUB_TOKEN' } : undefined;
}

function ghcrUser(env: Env): string {
  return present(env.GITHUB_ACTOR) ?? GHCR_FALLBACK_USER;
}

/** `https://harbor.example.com/` or `harbor.example.com:8443` -> the normalised registry host. */
function hostOf(text: string): string | undefined {
  try {
    return parseImageReference(`${text.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '')}/x`).registry;
  } catch {
    return undefined;
  }
}

function present(value: string | undefined): string | undefined {
  return value && value.trim() ? value.trim() : undefined;
}
