import { ConfigurationError } from '../errors.js';
import type { ActionIO } from '../io.js';
import { dockerConfigCredentials } from './docker-config.js';
import { DOCKER_HUB } from './reference.js';

/** What a registry login needs; at most one of the forms is used. */
export interface RegistryCredential {
  username?: string;
  password?: string;
  /** An OAuth2 refresh token (docker config `identitytoken`), exchanged at the token realm. */
  identityToken?: string;
  /** A bearer token to send as is (docker config `registrytoken`). */
  registryToken?: string;
  /** Where the credential came from, for error messages: never the secret itself. */
  source: string;
}

/** Finds the credential for one registry host (`ghcr.io`, `docker.io`, `127.0.0.1:5000`). */
export interface CredentialSource {
  forRegistry(registry: string): Promise<RegistryCredential | undefined>;
}

export const anonymous: CredentialSource = { forRegistry: async () => undefined };

/** Tries each source in turn; the first that knows the registry wins. */
export function chainCredentials(...sources: CredentialSource[]): CredentialSource {
  return {
    async forRegistry(registry) {
      for (const source of sources) {
        const found = await source.forRegistry(registry);
        if (found) return found;
      }
      return undefined;
    },
  };
}

export interface InputCredentials {
  username?: string;
  password?: string;
  /** Registries the inputs are for (normalised hosts); every registry when absent. */
  registries?: readonly string[];
}

/** The `username`/`password` inputs; both or neither, and the password is masked at once. */
export function inputCredentials(inputs: InputCredentials, io: ActionIO): CredentialSource {
  const { username, password } = inputs;
  if (!username && !password) return anonymous;
  if (!username) throw new ConfigurationError('is required when the password input is set', 'username');
  if (!password) throw new ConfigurationError('is required when the username input is set', 'password');
  io.mask(password);
  const registries = inputs.registries ? new Set(inputs.registries) : undefined;
  return {
    forRegistry: async (registry) =>
      !registries || registries.has(registry) ? { username, password, source: 'the username and password inputs' } : undefined,
  };
}

/** GHCR accepts the workflow's GITHUB_TOKEN as a password with any user name. */
export function githubTokenCredentials(env: NodeJS.ProcessEnv, io: ActionIO): CredentialSource {
  const token = env.GITHUB_TOKEN;
  if (!token) return anonymous;
  io.mask(token);
  return {
    forRegistry: async (registry) =>
      registry === 'ghcr.io' ? { username: env.GITHUB_ACTOR || 'github-actions', password: token, source: 'GITHUB_TOKEN' } : undefined,
  };
}

export interface DefaultCredentialOptions extends InputCredentials {
  io: ActionIO;
  env?: NodeJS.ProcessEnv;
  /** Home directory holding `.docker/config.json`; os.homedir() when absent. */
  homeDir?: string;
}

/**
 * The order users expect: explicit inputs, then a `docker login` / `buildah login` on the
 * machine, then GITHUB_TOKEN for ghcr.io. Config files are read once, on first use.
 */
export function defaultCredentialSource(options: DefaultCredentialOptions): CredentialSource {
  const env = options.env ?? process.env;
  return chainCredentials(
    inputCredentials(options, options.io),
    dockerConfigCredentials({ env, io: options.io, homeDir: options.homeDir }),
    githubTokenCredentials(env, options.io),
  );
}

/** The keys a docker config may use for a registry: Docker Hub has its historical URL. */
export function dockerConfigKeys(registry: string): string[] {
  if (registry === DOCKER_HUB) {
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://registry-1.docker.io'];
  }
  return [registry, `https://${registry}`, `http://${registry}`];
}

/** `https://ghcr.io/v1/` -> `ghcr.io`: docker config keys come in several spellings. */
export function configKeyHost(key: string): string {
  return key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
}
