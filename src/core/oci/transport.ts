import type { ActionIO } from '../io.js';
import { HttpConnectionError } from '../http/errors.js';
import { send, type TlsSettings } from '../http/request.js';
import { sendWithRetries, type RetryPolicy } from '../http/retry.js';
import { registryApiHost } from './reference.js';

export interface RegistryTransport {
  tls: TlsSettings;
  plainHttp: boolean;
}

export interface TransportOptions {
  /** The `insecure` input: skip TLS verification, and allow plain HTTP to a registry without TLS. */
  insecure: boolean;
  caFile?: string;
  /** Where a switch to plain HTTP is logged. */
  io: Pick<ActionIO, 'info' | 'warning'>;
  /** Tests shorten the waits between probe attempts. */
  retry?: RetryPolicy;
}

const PROBE_TIMEOUT_MS = 10_000;
/** A reset or a stall is retried, never read as "no TLS here". */
const PROBE_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 2_000 };

/**
 * What a TLS client sees when the server answers in plain HTTP: OpenSSL reads the start of
 * `HTTP/1.1 400` as a record header ("wrong version number", "packet length too long").
 */
function isPlainHttpAnswer(error: unknown): boolean {
  if (!(error instanceof HttpConnectionError)) return false;
  const cause = (error.cause as Error | undefined)?.message ?? '';
  return error.code === 'ERR_SSL_WRONG_VERSION_NUMBER' || (error.code === 'EPROTO' && /wrong version number|packet length too long|http request/i.test(cause));
}

/**
 * `localhost`, 127.0.0.0/8 and `::1`: a registry there is on this machine, where plain HTTP
 * exposes nothing on a network; go-containerregistry and Flux use plain HTTP for them too.
 */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.startsWith('[') ? registry.slice(1, registry.indexOf(']')) : registry.replace(/:\d+$/, '');
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * How to reach a registry. Verified HTTPS, except:
 * - a loopback registry (see isLoopbackRegistry) that answers HTTPS in plain HTTP is spoken to
 *   in plain HTTP, with verification still on for every other host;
 * - with `insecure` (containers/image's --tls-verify=false), HTTPS without verification, and plain
 *   HTTP only for a registry that does not speak TLS at all.
 * The switch happens only on proof, an HTTP answer to the TLS handshake followed by a registry
 * answer in plain HTTP, and is logged; a reset or a stall is retried and then fails, so a
 * registry that speaks TLS is never downgraded (the password would go out in clear).
 */
export async function registryTransport(registry: string, options: TransportOptions): Promise<RegistryTransport> {
  const tls: TlsSettings = { caFile: options.caFile, insecureSkipVerify: options.insecure };
  const loopback = isLoopbackRegistry(registry);
  if (!options.insecure && !loopback) return { tls, plainHttp: false };
  const host = registryApiHost(registry);
  try {
    await sendWithRetries({ method: 'GET', url: new URL(`https://${host}/v2/`), tls, idleTimeoutMs: PROBE_TIMEOUT_MS }, options.retry ?? PROBE_RETRY);
    return { tls, plainHttp: false };
  } catch (error) {
    if (!isPlainHttpAnswer(error)) throw error;
    try {
      await send({ method: 'GET', url: new URL(`http://${host}/v2/`), idleTimeoutMs: PROBE_TIMEOUT_MS });
    } catch {
      throw error; // neither TLS nor plain HTTP: the HTTPS failure says more
    }
    if (loopback) options.io.info(`${registry} does not speak TLS: using plain HTTP, as for any registry on this machine.`);
    else options.io.warning(`${registry} does not speak TLS: using plain HTTP, as the insecure input allows; credentials cross the network in clear.`);
    return { tls, plainHttp: true };
  }
}
