import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ActionFailure, ConfigurationError } from '../errors.js';
import type { ActionIO } from '../io.js';
import { configKeyHost, type CredentialSource, type RegistryCredential } from './credentials.js';
import { DOCKER_HUB } from './reference.js';
import { runProcess } from '../process.js';

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

interface DockerConfigFile {
  auths?: Record<string, AuthEntry>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

interface LoadedConfig {
  file: string;
  config: DockerConfigFile;
}

const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const HELPER_TIMEOUT_MS = 30_000;

function normaliseHost(host: string): string {
  return HUB_ALIASES.has(host) ? DOCKER_HUB : host;
}

/** Docker's own config first, then the containers (podman/buildah/skopeo) auth files. */
export function dockerConfigFiles(env: NodeJS.ProcessEnv, homeDir = os.homedir()): string[] {
  const files = [path.join(env.DOCKER_CONFIG || path.join(homeDir, '.docker'), 'config.json')];
  if (env.REGISTRY_AUTH_FILE) files.push(env.REGISTRY_AUTH_FILE);
  if (env.XDG_RUNTIME_DIR) files.push(path.join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
  return files;
}

async function loadConfig(file: string): Promise<LoadedConfig | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ActionFailure(`Cannot read the registry credentials file ${file}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return { file, config: JSON.parse(text) as DockerConfigFile };
  } catch {
    // The parser's message may quote the file's content, which holds secrets: name the file only.
    throw new ActionFailure(`The registry credentials file ${file} is not valid JSON.`);
  }
}

/**
 * The entry for a registry and repository, the most specific first, as docker, containers/image
 * and go-containerregistry choose: for `host/team/app`, a key `host/team/app`, then `host/team`,
 * then the host alone (any scheme, Docker Hub's `/v1/`). A key scoped to another repository is
 * never used; without a repository, the host's own key wins over any scoped one.
 */
function findEntry<T>(record: Record<string, T> | undefined, registry: string, repository: string | undefined): T | undefined {
  if (!record) return undefined;
  let best: { value: T; depth: number } | undefined;
  let anyScoped: T | undefined;
  for (const [key, value] of Object.entries(record)) {
    if (normaliseHost(configKeyHost(key)) !== registry) continue;
    const scope = repositoryPath(key);
    let depth = 0;
    if (scope) {
      anyScoped ??= value;
      if (!repository || (repository !== scope && !repository.startsWith(`${scope}/`))) continue;
      depth = scope.split('/').length;
    }
    if (!best || depth > best.depth) best = { value, depth };
  }
  // Asked for the host alone and it has only scoped logins: the registry's own is all there is.
  return best?.value ?? (repository ? undefined : anyScoped);
}

/** `ghcr.io/org` or `https://ghcr.io/org/` -> `org`; empty for a host key or Docker Hub's `https://index.docker.io/v1/`. */
function repositoryPath(key: string): string {
  return key.replace(/^[a-z]+:\/\//i, '').replace(/^[^/]*/, '').replace(/^\/v[12]\/?$/, '').replace(/^\/+|\/+$/g, '');
}

function entryCredential(entry: AuthEntry, source: string, io: ActionIO): RegistryCredential | undefined {
  let { username, password } = entry;
  if (entry.auth) {
    io.mask(entry.auth);
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
  }
  if (password) io.mask(password);
  if (entry.identitytoken) io.mask(entry.identitytoken);
  if (entry.registrytoken) io.mask(entry.registrytoken);
  if (entry.identitytoken) return { username, identityToken: entry.identitytoken, source };
  if (entry.registrytoken) return { registryToken: entry.registrytoken, source };
  if (username && password) return { username, password, source };
  return undefined;
}

/** The server URL a credential helper stores Docker Hub under differs from the host. */
function helperServerUrl(registry: string): string {
  return registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry;
}

/** Runs `docker-credential-<helper> get`, which reads the server URL on stdin and prints JSON. */
export async function runCredentialHelper(helper: string, registry: string, env: NodeJS.ProcessEnv, io: ActionIO): Promise<RegistryCredential | undefined> {
  if (!HELPER_NAME.test(helper)) throw new ActionFailure(`The docker credential helper name "${helper}" is not valid.`);
  const command = `docker-credential-${helper}`;
  let result;
  try {
    result = await runProcess({ program: command, args: ['get'], env, input: helperServerUrl(registry), timeoutMs: HELPER_TIMEOUT_MS });
  } catch (error) {
    throw new ActionFailure(`Cannot run the docker credential helper ${command}: ${(error as Error).message}`);
  }
  const stdout = result.stdout.trim();
  if (result.code !== 0) {
    // Helpers say "credentials not found in native keychain" on stdout for an unknown server.
    if (/not found/i.test(stdout) || /not found/i.test(result.stderr)) return undefined;
    throw new ActionFailure(`The docker credential helper ${command} failed for ${registry} (exit ${result.code}).`);
  }
  let parsed: { Username?: string; Secret?: string };
  try {
    parsed = JSON.parse(stdout) as typeof parsed;
  } catch {
    throw new ActionFailure(`The docker credential helper ${command} printed something that is not JSON.`);
  }
  if (!parsed.Secret) return undefined;
  io.mask(parsed.Secret);
  const source = `the docker credential helper ${command}`;
  // Docker's convention: the user name `<token>` marks an identity (refresh) token.
  return parsed.Username === '<token>' ? { identityToken: parsed.Secret, source } : { username: parsed.Username, password: parsed.Secret, source };
}

export interface DockerConfigOptions {
  env: NodeJS.ProcessEnv | Readonly<Record<string, string | undefined>>;
  io: ActionIO;
  homeDir?: string;
  /**
   * An auth file the user named (the `docker-config` input): the only one read, and a registry
   * it has no entry for is a configuration error naming that input, not an anonymous push.
   */
  file?: string;
}

/** Credentials from `docker login` (config.json: auths, credHelpers, credsStore) and containers auth files. */
export function dockerConfigCredentials(options: DockerConfigOptions): CredentialSource {
  const { io } = options;
  const env = options.env;
  let loaded: Promise<LoadedConfig[]> | undefined;
  const configs = (): Promise<LoadedConfig[]> => {
    const files = options.file ? [options.file] : dockerConfigFiles(env, options.homeDir);
    loaded ??= Promise.all(files.map(loadConfig)).then((all) => all.filter((c): c is LoadedConfig => c !== undefined));
    return loaded;
  };
  const answers = new Map<string, Promise<RegistryCredential | undefined>>();
  const lookup = async (registry: string, repository: string | undefined): Promise<RegistryCredential | undefined> => {
    const found = await configs();
    if (options.file && found.length === 0) throw new ConfigurationError(`"${options.file}" does not exist`, 'docker-config');
    for (const { file, config } of found) {
      const helper = findEntry(config.credHelpers, registry, repository);
      if (helper) return runCredentialHelper(helper, registry, env, io);
      const entry = findEntry(config.auths, registry, repository);
      const credential = entry && entryCredential(entry, `the docker config ${file}`, io);
      if (credential) return credential;
      if (entry && config.credsStore) return runCredentialHelper(config.credsStore, registry, env, io);
    }
    if (options.file) {
      const target = repository ? `${registry}/${repository}` : registry;
      throw new ConfigurationError(`"${options.file}" holds no credentials for ${target}: log in to ${registry} with that file (docker login, buildah login --authfile) or name the file that has them`, 'docker-config');
    }
    return undefined;
  };
  return {
    forRegistry(registry, repository) {
      // Helpers are processes: ask each one once per registry and repository, whatever the number of clients.
      const key = `${registry}/${repository ?? ''}`;
      let answer = answers.get(key);
      if (!answer) {
        answer = lookup(registry, repository);
        answers.set(key, answer);
      }
      return answer;
    },
  };
}
