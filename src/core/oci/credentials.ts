import type { ActionIO } from '../io.js';
import { dockerConfigCredentials } from './docker-config.js';
import { ciVariableCredential, credentialFromInputs, githubTokenCredential } from './login-inputs.js';

/** What a registry login needs; at most one of the forms is used. */
export interface RegistryCredential {
  username?: string;
  password?: string;
  /** An OAuth2 refresh token (docker config `identitytoken`), exchanged at the token realm. */
  identityToken?: string;
  /** A bearer token to send as is (docker config `registrytoken`, a bare `password` input). */
  registryToken?: string;
  /** Where the credential came from, for error messages: never the secret itself. */
  source: string;
}

/**
 * Finds the credential for one registry host (`ghcr.io`, `docker.io`, `127.0.0.1:5000`) and,
 * when known, the repository on it (`org/app`): a login scoped to a repository beats the host's.
 */
export interface CredentialSource {
  forRegistry(registry: string, repository?: string): Promise<RegistryCredential | undefined>;
}

type Env = Readonly<Record<string, string | undefined>>;

export const anonymous: CredentialSource = { forRegistry: async () => undefined };

/** Tries each source in turn; the first that knows the registry wins. */
export function chainCredentials(...sources: CredentialSource[]): CredentialSource {
  return {
    async forRegistry(registry, repository) {
      for (const source of sources) {
        const found = await source.forRegistry(registry, repository);
        if (found) return found;
      }
      return undefined;
    },
  };
}

/** One fixed credential, for the registries named (all when none are). */
export function fixedCredential(credential: RegistryCredential | undefined, registries?: readonly string[]): CredentialSource {
  if (!credential) return anonymous;
  const only = registries ? new Set(registries) : undefined;
  return { forRegistry: async (registry) => (!only || only.has(registry) ? credential : undefined) };
}

export interface InputCredentials {
  username?: string;
  password?: string;
  /** Registries the inputs are for (normalised hosts); every registry when absent. */
  registries?: readonly string[];
}

/** The inputs as a source; the password is masked at once. */
export function inputCredentials(inputs: InputCredentials, io: ActionIO, env: Env = {}): CredentialSource {
  if (inputs.password) io.mask(inputs.password);
  if (!inputs.registries) {
    if (inputs.username || inputs.password) credentialFromInputs(undefined, inputs, env); // checks the pair
    return {
      forRegistry: async (registry) => credentialFromInputs(registry, inputs, env),
    };
  }
  const credentials = new Map(inputs.registries.map((registry) => [registry, credentialFromInputs(registry, inputs, env)]));
  return { forRegistry: async (registry) => credentials.get(registry) };
}

export function ciVariableCredentials(env: Env, io: ActionIO): CredentialSource {
  return {
    forRegistry: async (registry) => {
      const found = ciVariableCredential(registry, env);
      if (found?.password) io.mask(found.password);
      return found;
    },
  };
}

export function githubTokenCredentials(env: Env, io: ActionIO, githubToken?: string): CredentialSource {
  return {
    forRegistry: async (registry) => {
      const found = githubTokenCredential(registry, githubToken, env);
      if (found?.password) io.mask(found.password);
      return found;
    },
  };
}

export interface DefaultCredentialOptions extends InputCredentials {
  io: ActionIO;
  env?: Env;
  /** The `github-token` input, used for ghcr.io when nothing else logs in there. */
  githubToken?: string;
  /** An auth file the user named (the `docker-config` input): read instead of the default ones. */
  dockerConfigFile?: string;
  /** Home directory holding `.docker/config.json`; os.homedir() when absent. */
  homeDir?: string;
}

/**
 * The order users expect: explicit inputs, then the CI variables of the registry's own host, then
 * a `docker login` / `buildah login` on the machine (or the file the `docker-config` input names),
 * then the GitHub token for ghcr.io. Config files are read once, on first use.
 */
export function defaultCredentialSource(options: DefaultCredentialOptions): CredentialSource {
  const env = options.env ?? process.env;
  return chainCredentials(
    inputCredentials(options, options.io, env),
    ciVariableCredentials(env, options.io),
    dockerConfigCredentials({ env, io: options.io, homeDir: options.homeDir, file: options.dockerConfigFile }),
    githubTokenCredentials(env, options.io, options.githubToken),
  );
}

/** `https://ghcr.io/v1/` -> `ghcr.io`: docker config keys come in several spellings. */
export function configKeyHost(key: string): string {
  return key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
}
