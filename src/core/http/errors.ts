import { ActionFailure } from '../errors.js';

const TLS_ERROR_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

/** A request that got no full HTTP answer: refused, reset, silent, past its deadline, cancelled, or a TLS failure. */
export class HttpConnectionError extends ActionFailure {
  override readonly name = 'HttpConnectionError';
  constructor(
    message: string,
    readonly code: string | undefined,
    /** Worth another try: a reset or a time-out may pass, a bad certificate will not. */
    readonly transient: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The reason a request is aborted with when its total deadline passes. */
export function deadlineExceeded(deadlineMs: number): Error {
  return Object.assign(new Error(`the request did not finish within its ${deadlineMs} ms deadline`), { code: 'DEADLINE_EXCEEDED' });
}

/** Turns a socket-level error into a message a user can act on; the URL carries no credentials. */
export function describeConnectionError(error: unknown, target: URL): HttpConnectionError {
  if (error instanceof HttpConnectionError) return error;
  const where = `${target.protocol}//${target.host}`;
  const name = (error as Error | undefined)?.name;
  const message = (error as Error | undefined)?.message ?? String(error);
  // DOMException carries a numeric code: only string codes are socket and undici error codes.
  const raw = (error as { code?: unknown } | undefined)?.code;
  const code = typeof raw === 'string' ? raw : undefined;
  // undici reports a proxy's refusal of a CONNECT tunnel as an aborted request.
  const proxyStatus = /^Proxy response \((\d+)\)/.exec(message)?.[1];
  if (proxyStatus) {
    return new HttpConnectionError(`The proxy refused to connect to ${where} (HTTP ${proxyStatus}).`, 'PROXY_REFUSED', Number(proxyStatus) >= 500, { cause: error });
  }
  if (code === 'DEADLINE_EXCEEDED') {
    return new HttpConnectionError(`${where} did not answer in full in time: ${message}.`, code, false, { cause: error });
  }
  if (name === 'AbortError' || code === 'UND_ERR_ABORTED') {
    return new HttpConnectionError(`The request to ${where} was cancelled.`, 'ABORTED', false, { cause: error });
  }
  if (code && TLS_ERROR_CODES.has(code)) {
    return new HttpConnectionError(
      `TLS verification failed for ${where}: ${message} (${code}). Give the CA certificate with the ca-file input, or opt out explicitly with insecure.`,
      code,
      false,
      { cause: error },
    );
  }
  switch (code) {
    case 'ECONNREFUSED':
      return new HttpConnectionError(`Connection refused by ${where}: nothing listens there.`, code, true, { cause: error });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new HttpConnectionError(`Cannot resolve the host of ${where}.`, code, code === 'EAI_AGAIN', { cause: error });
    case 'ETIMEDOUT':
    case 'REQUEST_TIMEOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      // One code for every silence, whichever layer noticed it: callers tell a time-out by it.
      return new HttpConnectionError(`Timed out waiting for ${where}.`, 'REQUEST_TIMEOUT', true, { cause: error });
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
    case 'UND_ERR_SOCKET':
      return new HttpConnectionError(`The connection to ${where} was dropped (${code}).`, code, true, { cause: error });
    default:
      return new HttpConnectionError(`Request to ${where} failed: ${message}`, code, message === 'socket hang up', { cause: error });
  }
}
