import type { ActionIO } from '../../core/io.js';
import { chainCredentials, dockerConfigCredentials, type CredentialSource } from '../../core/oci/index.js';
import { RegistryClient } from '../../core/oci/client.js';
import { registryTransport } from '../../core/oci/transport.js';
import type { BuildPushInputs } from './inputs.js';

/**
 * A registry client with the same credentials the builder gets. With `insecure`, HTTPS without
 * verification is tried first and plain HTTP only when the registry does not speak TLS, as
 * containers/image does with --tls-verify=false.
 */
export async function connectRegistry(inputs: BuildPushInputs, io: ActionIO, env: NodeJS.ProcessEnv): Promise<RegistryClient> {
  const registry = inputs.image.registry;
  const login = inputs.login;
  const fromInputs: CredentialSource = {
    forRegistry: async (host) =>
      login && host === login.registry ? { username: login.username, password: login.password.reveal(), source: login.source } : undefined,
  };
  const credentials = chainCredentials(fromInputs, dockerConfigCredentials({ env, io }));
  return new RegistryClient({ registry, credentials, io, ...(await registryTransport(registry, { insecure: inputs.insecure })) });
}
