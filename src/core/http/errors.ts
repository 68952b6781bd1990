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

/** A request that got no HTTP answer: refused, reset, timed out, or a TLS failure. */
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

/** Turns a socket-level error into a message a user can act on; the URL carries no credentials. */
export function describeConnectionError(error: unknown, target: URL): HttpConnectionError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `${target.protocol}//${target.host}`;
  if (code && TLS_ERROR_CODES.has(code)) {
    const reason = (error as Error).message;
    return new HttpConnectionError(
      `TLS verification failed for ${where}: ${reason} (${code}). Give the CA certificate with the ca-file input, or opt out explicitly with insecure.`,
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
      return new HttpConnectionError(`Timed out waiting for ${where}.`, code, true, { cause: error });
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
    case 'UND_ERR_SOCKET':
      return new HttpConnectionError(`The connection to ${where} was dropped (${code}).`, code, true, { cause: error });
    default:
      return new HttpConnectionError(
        `Request to ${where} failed: ${(error as Error | undefined)?.message ?? String(error)}`,
        code,
        (error as Error | undefined)?.message === 'socket hang up',
        { cause: error },
      );
  }
}
