import { readFileSync } from 'node:fs';
import { pipeline, Readable, Transform } from 'node:stream';
import { rootCertificates } from 'node:tls';
import type { Dispatcher } from 'undici';
import { deadlineExceeded, describeConnectionError, HttpConnectionError } from './errors.js';
import { proxySettings, type ProxySettings } from './proxy.js';

export interface TlsSettings {
  /** PEM file of an extra CA to trust (added to, not replacing, the system's). */
  caFile?: string;
  /** Skip certificate verification: only ever from an explicit user opt-in. */
  insecureSkipVerify?: boolean;
  /** PEM files of a client certificate and its key, for servers that require mutual TLS. */
  clientCertFile?: string;
  clientKeyFile?: string;
}

/** A body that can be sent again on a retry: bytes, or a factory of fresh streams. */
export type RequestBody = Buffer | string | { length: number; open: () => Readable };

export interface HttpRequest {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  body?: RequestBody;
  /** Longest silence waiting for the answer's headers or between two of its body chunks: a stalled server. */
  idleTimeoutMs?: number;
  /**
   * Longest the whole exchange may take, from connecting to the last byte of the answer: a server
   * trickling bytes never trips the idle timeout, so this bounds it. Not retried when it passes.
   */
  deadlineMs?: number;
  tls?: TlsSettings;
  /** Abandons the request from outside: the job's cancellation or an operation's own deadline. */
  signal?: AbortSignal;
}

export type ResponseHeaders = Record<string, string | string[] | undefined>;

export interface HttpResponse {
  status: number;
  headers: ResponseHeaders;
  body: Buffer;
}

export interface HttpStreamResponse {
  status: number;
  headers: ResponseHeaders;
  /** Must be read to the end or destroyed; the deadline keeps running until then. */
  stream: Readable;
}

/** Silence allowed before a request is abandoned (and retried, where the caller retries). */
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
/** Total time allowed for one request and its answer... */
export const DEFAULT_DEADLINE_MS = 300_000;
/** ...plus this long per MiB of request body, so a big upload on a slow link still fits (1 MiB/s). */
export const DEADLINE_MS_PER_MIB = 1_000;

/** The deadline a request gets: its own, else the default sized by its body. */
export function requestDeadline(request: Pick<HttpRequest, 'deadlineMs' | 'body'>): number {
  if (request.deadlineMs !== undefined) return request.deadlineMs;
  const bytes = request.body === undefined ? 0 : typeof request.body === 'string' ? Buffer.byteLength(request.body) : request.body.length;
  return DEFAULT_DEADLINE_MS + Math.ceil((bytes / 1_048_576) * DEADLINE_MS_PER_MIB);
}

// undici is loaded on the first request, not at start-up: the bundles start as fast as before.
let undici: Promise<typeof import('undici')> | undefined;
const dispatchers = new Map<string, Dispatcher>();

/**
 * One keep-alive dispatcher per protocol, trust setting and proxy setting, so connections are
 * reused across calls. undici's EnvHttpProxyAgent applies `NO_PROXY` per host; it is given the
 * proxy for this protocol only, so an `https:` request never falls back to `HTTP_PROXY`. Through a
 * proxy, `https:` goes over a CONNECT tunnel (TLS checked end to end against the same trust) and
 * `http:` as an absolute-URI request, as curl does.
 */
async function dispatcherFor(url: URL, tls: TlsSettings | undefined, proxy: ProxySettings): Promise<Dispatcher> {
  const secure = url.protocol === 'https:';
  const through = (secure ? proxy.https : proxy.http) ?? '';
  const key = JSON.stringify([url.protocol, tls?.caFile ?? '', Boolean(tls?.insecureSkipVerify), tls?.clientCertFile ?? '', tls?.clientKeyFile ?? '', through, proxy.noProxy ?? '']);
  let dispatcher = dispatchers.get(key);
  if (!dispatcher) {
    const ca = secure && tls?.caFile ? readCaFile(tls.caFile) : undefined;
    // Giving `ca` replaces Node's trust store, so the system roots are passed along with it.
    // A client certificate (mutual TLS) goes with the trust settings, to the server directly or through a tunnel.
    const identity = secure && tls?.clientCertFile && tls.clientKeyFile ? { cert: readPemFile(tls.clientCertFile, 'client certificate'), key: readPemFile(tls.clientKeyFile, 'client key') } : {};
    const trust = { rejectUnauthorized: !tls?.insecureSkipVerify, ...(ca ? { ca: [ca, ...rootCertificates] } : {}), ...identity };
    const { EnvHttpProxyAgent } = await (undici ??= import('undici'));
    dispatcher = new EnvHttpProxyAgent({ httpProxy: through, httpsProxy: through, noProxy: proxy.noProxy ?? '', connect: trust, requestTls: trust, proxyTunnel: false });
    dispatchers.set(key, dispatcher);
  }
  return dispatcher;
}

function readPemFile(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new HttpConnectionError(`Cannot read the ${what} file ${file}: ${(error as Error).message}`, 'PEM_FILE', false, { cause: error });
  }
}

function readCaFile(caFile: string): string {
  try {
    return readFileSync(caFile, 'utf8');
  } catch (error) {
    throw new HttpConnectionError(`Cannot read the CA file ${caFile}: ${(error as Error).message}`, 'CA_FILE', false, { cause: error });
  }
}

/** Aborts at the deadline or when the caller's signal fires, whichever comes first. */
function startDeadline(deadlineMs: number, outer: AbortSignal | undefined): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(deadlineExceeded(deadlineMs)), deadlineMs);
  return { signal: outer ? AbortSignal.any([outer, controller.signal]) : controller.signal, clear: () => clearTimeout(timer) };
}

/**
 * The answer's body, failed after `idleMs` without a chunk. undici's own body timeout does the same
 * on a one-second clock; this one is exact, so short test time-outs behave like long ones.
 */
function watchSilence(body: Readable, idleMs: number): Readable {
  const silence = () => watched.destroy(Object.assign(new Error(`no data for ${idleMs} ms`), { code: 'REQUEST_TIMEOUT' }));
  const timer = setTimeout(silence, idleMs);
  const watched = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      timer.refresh();
      done(null, chunk);
    },
  });
  pipeline(body, watched, () => clearTimeout(timer));
  return watched;
}

/** Sends one request and resolves with its status, headers and the response stream. */
export async function sendForStream(request: HttpRequest): Promise<HttpStreamResponse> {
  const { url } = request;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new HttpConnectionError(`Unsupported URL scheme ${url.protocol} in ${url.origin}`, undefined, false);
  }
  const headers: Record<string, string> = { ...request.headers };
  const body = request.body;
  if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) {
    headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  }
  const dispatcher = await dispatcherFor(url, request.tls, proxySettings());
  const idle = request.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const deadline = startDeadline(requestDeadline(request), request.signal);
  const source = body === undefined || typeof body === 'string' || Buffer.isBuffer(body) ? body : body.open();
  try {
    const { request: send } = await (undici ??= import('undici'));
    const response = await send(url, { dispatcher, method: request.method, headers, body: source, signal: deadline.signal, headersTimeout: idle, bodyTimeout: idle });
    const stream = watchSilence(response.body, idle);
    stream.once('close', deadline.clear);
    stream.once('error', () => {}); // surfaced to whoever consumes the stream
    return { status: response.statusCode, headers: response.headers, stream };
  } catch (error) {
    deadline.clear();
    // A request that fails mid-body must not leave the source (often an open file) behind.
    if (source instanceof Readable) source.destroy();
    throw describeConnectionError(deadline.signal.aborted ? deadline.signal.reason : error, url);
  }
}

/** Sends one request and reads the whole response body. */
export async function send(request: HttpRequest): Promise<HttpResponse> {
  const response = await sendForStream(request);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of response.stream) chunks.push(chunk as Buffer);
  } catch (error) {
    throw describeConnectionError(error, request.url);
  } finally {
    response.stream.destroy();
  }
  return { status: response.status, headers: response.headers, body: Buffer.concat(chunks) };
}

export function header(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
