import type { ActionIO } from '../../core/io.js';
import { HttpConnectionError } from '../../core/http/errors.js';
import { send } from '../../core/http/request.js';
import { chainCredentials, dockerConfigCredentials, type CredentialSource } from '../../core/oci/index.js';
import { RegistryClient } from '../../core/oci/client.js';
import { registryApiHost } from '../../core/oci/reference.js';
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
  const plainHttp = inputs.insecure && !(await speaksTls(registry));
  return new RegistryClient({
    registry,
    credentials,
    tls: inputs.insecure ? { insecureSkipVerify: true } : {},
    plainHttp,
    io,
  });
}

async function speaksTls(registry: string): Promise<boolean> {
  try {
    await send({ method: 'GET', url: new URL(`https://${registryApiHost(registry)}/v2/`), tls: { insecureSkipVerify: true }, timeoutMs: 10_000 });
    return true;
  } catch (error) {
    if (error instanceof HttpConnectionError) return false;
    throw error;
  }
}
