import { HttpConnectionError } from '../http/errors.js';
import { send, type TlsSettings } from '../http/request.js';
import { registryApiHost } from './reference.js';

export interface RegistryTransport {
  tls: TlsSettings;
  plainHttp: boolean;
}

const PROBE_TIMEOUT_MS = 10_000;

/**
 * How to reach a registry given the user's TLS inputs. Verified HTTPS unless `insecure`, which
 * means what containers/image's --tls-verify=false means: HTTPS without verification, and plain
 * HTTP only for a registry that does not speak TLS at all.
 */
export async function registryTransport(registry: string, options: { insecure: boolean; caFile?: string }): Promise<RegistryTransport> {
  const tls: TlsSettings = { caFile: options.caFile, insecureSkipVerify: options.insecure };
  if (!options.insecure) return { tls, plainHttp: false };
  try {
    await send({ method: 'GET', url: new URL(`https://${registryApiHost(registry)}/v2/`), tls, idleTimeoutMs: PROBE_TIMEOUT_MS });
    return { tls, plainHttp: false };
  } catch (error) {
    if (error instanceof HttpConnectionError) return { tls, plainHttp: true };
    throw error;
  }
}
