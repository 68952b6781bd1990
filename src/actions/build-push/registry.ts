import type { RegistryOperations } from '../../core/build/build-push.js';
import { ActionFailure } from '../../core/errors.js';
import type { ActionIO } from '../../core/io.js';
import { chainCredentials, dockerConfigCredentials, sha256Digest, type CredentialSource } from '../../core/oci/index.js';
import { RegistryClient } from '../../core/oci/client.js';
import { repositoryScope } from '../../core/oci/scopes.js';
import { registryTransport } from '../../core/oci/transport.js';
import type { BuildPushInputs } from './inputs.js';

/**
 * A registry client with the same credentials the builder gets. With `insecure`, HTTPS without
 * verification is tried first and plain HTTP only when the registry does not speak TLS, as
 * containers/image does with --tls-verify=false. `inputs.caFile` (already resolved) is trusted
 * besides the system's CAs.
 */
export async function connectRegistry(inputs: BuildPushInputs, io: ActionIO, env: NodeJS.ProcessEnv): Promise<RegistryOperations> {
  const registry = inputs.image.registry;
  const login = inputs.login;
  const fromInputs: CredentialSource = {
    forRegistry: async (host) =>
      login && host === login.registry ? { username: login.username, password: login.password.reveal(), source: login.source } : undefined,
  };
  const credentials = chainCredentials(fromInputs, dockerConfigCredentials({ env, io }));
  const client = new RegistryClient({ registry, credentials, io, ...(await registryTransport(registry, { insecure: inputs.insecure, caFile: inputs.caFile })) });
  return {
    checkAccess: (repository, access) => client.checkAccess(repository, access),
    headManifest: (repository, reference) => client.headManifest(repository, reference),
    getManifest: (repository, reference) => client.getManifest(repository, reference),
    copyTag: (repository, from, to) => client.copyTag(repository, from, to),
    getBlob: async (repository, digest) => {
      // push scope: the client already holds a push token for this repository (checkAccess).
      const response = await client.request({ method: 'GET', url: `/v2/${repository}/blobs/${digest}`, scopes: [repositoryScope(repository, 'push')] });
      if (response.status !== 200) throw new ActionFailure(`Cannot read blob ${digest} of ${registry}/${repository}: HTTP ${response.status}`);
      if (sha256Digest(response.body) !== digest) throw new ActionFailure(`Blob ${digest} of ${registry}/${repository} does not match its digest: refusing it`);
      return response.body;
    },
  };
}
