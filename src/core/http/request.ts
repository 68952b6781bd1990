import { readFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { rootCertificates } from 'node:tls';
import { describeConnectionError, HttpConnectionError } from './errors.js';

export interface TlsSettings {
  /** PEM file of an extra CA to trust (added to, not replacing, the system's). */
  caFile?: string;
  /** Skip certificate verification: only ever from an explicit user opt-in. */
  insecureSkipVerify?: boolean;
}

/** A body that can be sent again on a retry: bytes, or a factory of fresh streams. */
export type RequestBody = Buffer | string | { length: number; open: () => Readable };

export interface HttpRequest {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  body?: RequestBody;
  /** Longest silence on the socket before the request is abandoned. */
  timeoutMs?: number;
  tls?: TlsSettings;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpStreamResponse {
  status: number;
  headers: IncomingHttpHeaders;
  stream: IncomingMessage;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

const agents = new Map<string, http.Agent>();

/** One keep-alive agent per protocol and trust setting, so connections are reused across calls. */
function agentFor(url: URL, tls: TlsSettings | undefined): http.Agent {
  const secure = url.protocol === 'https:';
  const key = `${url.protocol}|${tls?.caFile ?? ''}|${tls?.insecureSkipVerify ? 'insecure' : 'verify'}`;
  let agent = agents.get(key);
  if (!agent) {
    const ca = secure && tls?.caFile ? readCaFile(tls.caFile) : undefined;
    agent = secure
      ? new https.Agent({
          keepAlive: true,
          rejectUnauthorized: !tls?.insecureSkipVerify,
          // Giving `ca` replaces Node's trust store, so the system roots are passed along with it.
          ...(ca ? { ca: [ca, ...rootCertificates] } : {}),
        })
      : new http.Agent({ keepAlive: true });
    agents.set(key, agent);
  }
  return agent;
}

function readCaFile(caFile: string): string {
  try {
    return readFileSync(caFile, 'utf8');
  } catch (error) {
    throw new HttpConnectionError(`Cannot read the CA file ${caFile}: ${(error as Error).message}`, 'CA_FILE', false, { cause: error });
  }
}

/** Sends one request and resolves with its status, headers and the response stream. */
export function sendForStream(request: HttpRequest): Promise<HttpStreamResponse> {
  const { url } = request;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new HttpConnectionError(`Unsupported URL scheme ${url.protocol} in ${url.origin}`, undefined, false));
  }
  const transport = url.protocol === 'https:' ? https : http;
  const body = request.body;
  const headers: Record<string, string> = { ...request.headers };
  if (body !== undefined && headers['content-length'] === undefined && headers['Content-Length'] === undefined) {
    headers['Content-Length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  }
  let agent: http.Agent;
  try {
    agent = agentFor(url, request.tls);
  } catch (error) {
    return Promise.reject(error as Error);
  }
  return new Promise((resolve, reject) => {
    const outgoing = transport.request(url, { method: request.method, headers, agent, signal: request.signal });
    outgoing.setTimeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS, () => {
      outgoing.destroy(Object.assign(new Error('request timed out'), { code: 'REQUEST_TIMEOUT' }));
    });
    outgoing.once('error', (error) => reject(describeConnectionError(error, url)));
    outgoing.once('response', (response) => {
      response.once('error', () => {}); // surfaced to whoever consumes the stream
      resolve({ status: response.statusCode ?? 0, headers: response.headers, stream: response });
    });
    if (body === undefined) outgoing.end();
    else if (typeof body === 'string' || Buffer.isBuffer(body)) outgoing.end(body);
    else {
      const stream = body.open();
      stream.once('error', (error) => outgoing.destroy(error));
      // A request that fails mid-body must not leave the source (often an open file) behind.
      outgoing.once('close', () => stream.destroy());
      stream.pipe(outgoing);
    }
  });
}

/** Sends one request and reads the whole response body. */
export async function send(request: HttpRequest): Promise<HttpResponse> {
  const response = await sendForStream(request);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of response.stream) chunks.push(chunk as Buffer);
  } catch (error) {
    throw describeConnectionError(error, request.url);
  }
  return { status: response.status, headers: response.headers, body: Buffer.concat(chunks) };
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
