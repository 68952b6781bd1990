import type { RegistryOperations } from '../../core/build/build-push.js';
import type { RegistryLogin } from '../../core/build/auth-config.js';
import { ActionFailure, errorMessage } from '../../core/errors.js';
import type { ActionIO } from '../../core/io.js';
import { RegistryClient } from '../../core/oci/client.js';
import { cloudCredentials } from '../../core/oci/cloud-login.js';
import type { Provider } from '../../core/oci/cloud-providers.js';
import { chainCredentials, fixedCredential, githubTokenCredentials, type CredentialSource } from '../../core/oci/credentials.js';
import { dockerConfigCredentials } from '../../core/oci/docker-config.js';
import { githubTokenCredential } from '../../core/oci/login-inputs.js';
import { sha256Digest } from '../../core/oci/media-types.js';
import { registryApiHost } from '../../core/oci/reference.js';
import { repositoryScope } from '../../core/oci/scopes.js';
import { registryTransport } from '../../core/oci/transport.js';
import type { BuildPushInputs } from './inputs.js';

/**
 * The builder's and the client's login, in one order: the inputs (or HARBOR_* / CI_REGISTRY_*),
 * then what `docker login` / `buildah login` left on this machine, then the github-token input
 * for ghcr.io. A docker login comes before the workflow token: a personal token someone logged in
 * with may push where the workflow's may not.
 */
function credentialsFor(inputs: BuildPushInputs, io: ActionIO, env: NodeJS.ProcessEnv): CredentialSource {
  if (inputs.provider !== 'generic') return cloudSource(inputs, io, env);
  const login = inputs.login;
  const fromInputs = login ? fixedCredential({ username: login.username, password: login.password.reveal(), source: login.source }, [login.registry]) : undefined;
  return chainCredentials(
    ...(fromInputs ? [fromInputs] : []),
    dockerConfigCredentials({ env, io }),
    githubTokenCredentials(env, io, inputs.githubToken?.reveal()),
  );
}

/** One cloud login per run: the builder and the registry client share it (keyed by the parsed image). */
const cloudSources = new WeakMap<object, CredentialSource>();
/** The registry's URL as connectRegistry found it (plain HTTP for a local registry without TLS). */
const registryUrls = new WeakMap<object, URL>();

function cloudSource(inputs: BuildPushInputs, io: ActionIO, env: NodeJS.ProcessEnv): CredentialSource {
  let source = cloudSources.get(inputs.image);
  if (!source) {
    const registryUrl = registryUrls.get(inputs.image);
    source = cloudCredentials(inputs.provider as Exclude<Provider, 'generic'>, inputs.image.registry, { env, io, ...(registryUrl ? { registryUrl } : {}) });
    cloudSources.set(inputs.image, source);
  }
  return source;
}

/**
 * The login the builder is handed: the inputs', or the GitHub token for a ghcr.io image when no
 * docker login on this machine covers it (the builder reads those itself).
 */
export async function builderLogin(inputs: BuildPushInputs, io: ActionIO, env: NodeJS.ProcessEnv): Promise<RegistryLogin | undefined> {
  const { registry, repository } = inputs.image;
  if (inputs.provider !== 'generic') {
    const cloud = await cloudSource(inputs, io, env).forRegistry(registry, repository);
    // ACR's refresh token is the password of its fixed user, as `az acr login` hands it to docker.
    const password = cloud?.password ?? cloud?.identityToken;
    return cloud?.username && password ? { registry, username: cloud.username, password } : undefined;
  }
  if (inputs.login) return { registry, username: inputs.login.username, password: inputs.login.password.reveal() };
  const token = githubTokenCredential(registry, inputs.githubToken?.reveal(), env);
  if (!token?.username || !token.password) return undefined;
  if (await dockerConfigCredentials({ env, io }).forRegistry(registry, repository)) return undefined;
  io.mask(token.password);
  return { registry, username: token.username, password: token.password };
}

/**
 * A registry client with the same credentials the builder gets. With `insecure`, HTTPS without
 * verification is tried first and plain HTTP only when the registry does not speak TLS, as
 * containers/image does with --tls-verify=false. `inputs.caFile` (already resolved) is trusted
 * besides the system's CAs.
 */
export async function connectRegistry(inputs: BuildPushInputs, io: ActionIO, env: NodeJS.ProcessEnv): Promise<RegistryOperations> {
  const registry = inputs.image.registry;
  const transport = await registryTransport(registry, { insecure: inputs.insecure, caFile: inputs.caFile, io }).catch((error: unknown) => {
    const image = `${registry}/${inputs.image.repository}`;
    throw new ActionFailure(`Cannot push to ${image} (the "image" input's registry); nothing was built: ${errorMessage(error)}`, { cause: error });
  });
  registryUrls.set(inputs.image, new URL(`${transport.plainHttp ? 'http' : 'https'}://${registryApiHost(registry)}`));
  const credentials = credentialsFor(inputs, io, env);
  const client = new RegistryClient({ registry, credentials, io, ...transport });
  return {
    checkAccess: (repository, access) => client.checkAccess(repository, access),
    headManifest: (repository, reference) => client.headManifest(repository, reference),
    getManifest: (repository, reference) => client.getManifest(repository, reference),
    registry,
    putManifest: (repository, reference, body, mediaType) => client.putManifest(repository, reference, body, mediaType),
    deleteTag: (repository, tag) => client.deleteTag(repository, tag),
    getBlob: async (repository, digest) => {
      // push scope: the client already holds a push token for this repository (checkAccess).
      const response = await client.request({ method: 'GET', url: `/v2/${repository}/blobs/${digest}`, scopes: [repositoryScope(repository, 'push')] });
      if (response.status !== 200) throw new ActionFailure(`Cannot read blob ${digest} of ${registry}/${repository}: HTTP ${response.status}`);
      if (sha256Digest(response.body) !== digest) throw new ActionFailure(`Blob ${digest} of ${registry}/${repository} does not match its digest: refusing it`);
      return response.body;
    },
  };
}
