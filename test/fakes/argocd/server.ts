import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Session, TokenRegistry } from './auth.js';
import { GrpcCode, GrpcError, streamErrorBody, writeGrpcError, writeJson, writePlain } from './errors.js';
import { HANDLERS, type ServerParts } from './handlers.js';
import type { SwaggerIndex } from './spec.js';
import { serveWatch, type StreamFault } from './stream.js';

/** One request as the fake saw it (secrets redacted), for assertions on what the client sent. */
export interface RecordedRequest {
  method: string;
  /** Path as sent, including any root path, without the query string. */
  path: string;
  /** The swagger operation it matched (e.g. `ApplicationService_Sync`), if any. */
  operationId?: string;
  query: Record<string, string[]>;
  /** Lower-cased headers; `authorization` and `cookie` keep their shape with the secret replaced by `[redacted]`. */
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, or the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
  /** HTTP status of the response (0 until the response has been written). */
  status: number;
  /** Epoch ms when the request arrived. */
  time: number;
}

/** Something the client sent that the v3.5.1 swagger (with the §0 wire corrections) does not allow. */
export interface SpecViolation {
  method: string;
  path: string;
  kind: 'unknown-path' | 'method-not-allowed' | 'query-parameter' | 'body' | 'content-type';
  detail: string;
}

/**
 * A burst of failures injected in front of the API (as an overloaded server or a proxy would produce). 403 is
 * Argo CD's answer to any Kubernetes read error while fetching an app (server/application/application.go
 * `getAppEnforceRBAC` maps every non-NotFound error to PermissionDenied), so an apiserver hiccup looks like one.
 */
export interface FailureBurst {
  /** How many matching requests fail; decremented as they are served. */
  count: number;
  /** Default 503. With `format: 'grpc'` the body is `{"error","code","message"}` with the matching gRPC code. */
  status?: 403 | 500 | 502 | 503 | 504;
  /**
   * `before` (default): the request never reaches Argo CD. `after`: Argo CD handles it (a sync is applied), then
   * the proxy's answer is lost and replaced by `status`. `after-stall`: handled, then no answer at all.
   * `trickle`: a 200 whose body comes one byte every `trickleMs` and never ends (a server slow, not silent).
   */
  when?: 'before' | 'after' | 'after-stall' | 'trickle';
  /** Interval between two bytes of a `trickle` answer (default 50 ms). */
  trickleMs?: number;
  /** `grpc` (default): JSON like Argo CD's Unavailable; `proxy`: text/html like an ingress. */
  format?: 'grpc' | 'proxy';
  method?: string;
  /** Only requests for this swagger operation, e.g. `ApplicationService_Get`. */
  operationId?: string;
  /** Only API paths (root path stripped) matching this. */
  path?: string | RegExp;
}

export interface Behaviour {
  failures: FailureBurst[];
  /** How long `GET ...?refresh=normal` blocks before the controller has reconciled (default 30 ms). */
  refreshDelayMs: number;
  /** Same for `refresh=hard` (default 30 ms; set it high for a "slow hard refresh"). */
  hardRefreshDelayMs: number;
  /** A stalled or dropped watch stream for the next stream connections. */
  stream?: StreamFault;
  sseKeepaliveMs: number;
  /** true (default): requests outside the spec are rejected; false: ignored like real Argo CD (still recorded). */
  rejectSpecViolations: boolean;
  /** The next this-many syncs find the repo-server down: 400 code 9 wrapping Unavailable (default 0). */
  repoServerDownSyncs: number;
}

/** PEM files: the server's certificate and key, and the CA a client certificate must chain to (mutual TLS). */
export interface FakeTls {
  cert: string;
  key: string;
  clientCa?: string;
}

export interface RequestPipeline {
  spec: SwaggerIndex;
  parts: ServerParts;
  tokens: TokenRegistry;
  rootPath: string;
  behaviour: Behaviour;
  requests: RecordedRequest[];
  specViolations: SpecViolation[];
  openStreams: Set<() => void>;
}

export async function listen(pipeline: RequestPipeline, tls: FakeTls | undefined): Promise<{ server: http.Server; url: string }> {
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    handle(pipeline, req, res).catch((error: unknown) => {
      if (!res.headersSent) writeGrpcError(res, new GrpcError(GrpcCode.Internal, String(error)));
      else res.destroy();
    });
  };
  // With `clientCa`, mutual TLS as an ingress or Argo CD behind a client-certificate proxy requires it.
  const mutual = tls?.clientCa ? { requestCert: true, rejectUnauthorized: true, ca: readFileSync(tls.clientCa) } : {};
  const server = tls ? https.createServer({ cert: readFileSync(tls.cert), key: readFileSync(tls.key), ...mutual }, handler) : http.createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}${pipeline.rootPath}` };
}

async function handle(p: RequestPipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake');
  const method = req.method ?? 'GET';
  const rawBody = await readBody(req);
  const record: RecordedRequest = {
    method, path: url.pathname, query: queryRecord(url.searchParams), headers: redactedHeaders(req), body: parseLoosely(rawBody), status: 0, time: Date.now(),
  };
  p.requests.push(record);
  res.on('finish', () => (record.status = res.statusCode));
  const violation = (kind: SpecViolation['kind'], detail: string) => p.specViolations.push({ method, path: url.pathname, kind, detail });

  // `--rootpath`: Argo CD is mounted under the prefix (http.StripPrefix); outside it Go's mux says 404.
  if (p.rootPath && url.pathname !== p.rootPath && !url.pathname.startsWith(`${p.rootPath}/`)) return writePlain(res, 404, '404 page not found');
  const apiPath = url.pathname.slice(p.rootPath.length) || '/';
  const route = apiPath.startsWith('/api/') ? p.spec.match(method, apiPath) : undefined;
  const operationId = route?.kind === 'ok' ? route.operation.operationId : undefined;
  record.operationId = operationId;

  const burst = p.behaviour.failures.find((f) => f.count > 0 && matchesBurst(f, method, apiPath, operationId));
  if (burst) burst.count--;
  if (burst && (burst.when ?? 'before') === 'before') return writeFailure(res, burst);
  if (burst?.when === 'trickle') return trickle(p, res, burst.trickleMs ?? 50);
  // Everything else is the UI's index.html: a client with a wrong base path gets HTML, not JSON.
  if (!route) return void (res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }), res.end('<!doctype html><html><head><title>Argo CD</title></head><body><div id="app"></div></body></html>'));
  if (method !== 'GET' && (req.headers['content-type'] ?? '').toLowerCase() !== 'application/json') {
    violation('content-type', `${method} needs Content-Type exactly application/json, got ${req.headers['content-type'] ?? 'none'}`);
    return writePlain(res, 415, 'Invalid content type');
  }
  if (route.kind === 'not-found') {
    violation('unknown-path', `${method} ${apiPath} is not in the swagger`);
    return writePlain(res, 404, 'Not Found');
  }
  if (route.kind === 'method-not-allowed') {
    violation('method-not-allowed', `${apiPath} has no ${method} in the swagger`);
    return writePlain(res, 405, 'Method Not Allowed');
  }
  const { operation, pathParams } = route;
  const problems: SpecViolation[] = [];
  for (const detail of p.spec.validateQuery(operation, url.searchParams)) problems.push({ method, path: url.pathname, kind: 'query-parameter', detail });
  let body: Record<string, unknown> = {};
  if (operation.bodySchema && rawBody.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch (error) {
      return writeGrpcError(res, new GrpcError(GrpcCode.InvalidArgument, `invalid character in request body: ${(error as Error).message}`));
    }
    for (const detail of p.spec.validateBody(operation, parsed)) problems.push({ method, path: url.pathname, kind: 'body', detail });
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
  }
  p.specViolations.push(...problems);
  if (problems.length > 0 && p.behaviour.rejectSpecViolations) return writeGrpcError(res, new GrpcError(GrpcCode.InvalidArgument, problems[0]?.detail ?? ''));

  const session = (): Session => p.tokens.authenticate(req);
  if (operation.operationId === 'ApplicationService_Watch') return watch(p, req, res, url.searchParams, record);
  const handler = HANDLERS[operation.operationId];
  if (!handler) return writeGrpcError(res, new GrpcError(GrpcCode.Unimplemented, `fake Argo CD does not implement ${operation.operationId}`));
  let answer: () => void;
  try {
    const result = await handler({ req, query: url.searchParams, pathParams, body, session }, p.parts);
    answer = () => writeJson(res, 200, result.body, result.headers);
  } catch (error) {
    if (!(error instanceof GrpcError)) throw error;
    answer = () => writeGrpcError(res, error);
  }
  // The work is done; what reaches the client is the proxy's failure, or nothing until it gives up.
  if (burst?.when === 'after-stall') return void p.openStreams.add(() => res.destroy());
  if (burst?.when === 'after') return writeFailure(res, burst);
  answer();
}

function watch(p: RequestPipeline, req: IncomingMessage, res: ServerResponse, query: URLSearchParams, record: RecordedRequest): void {
  const fault = p.behaviour.stream && (p.behaviour.stream.connections ?? Infinity) > 0 ? p.behaviour.stream : undefined;
  if (fault && fault.connections !== undefined) fault.connections--;
  // An ingress that routes /api/v1/applications but not /api/v1/stream/ (docs/operator-manual/ingress.md).
  if (fault?.mode === 'not-found') return writePlain(res, 404, '404 page not found');
  let session: Session;
  try {
    session = p.tokens.authenticate(req);
  } catch (error) {
    const grpc = error as GrpcError;
    // grpc-gateway writes a stream error through the response's marshaler: with the SSE marshaler
    // (argoproj/pkg grpc/http/forwarders.go) that is a `data: {"error":{…}}` event, typed text/event-stream.
    if (req.headers.accept === 'text/event-stream') {
      res.writeHead(401, { 'Content-Type': 'text/event-stream' });
      return void res.end(`data: ${JSON.stringify(streamErrorBody(grpc))} \n\n`);
    }
    return writeJson(res, 401, streamErrorBody(grpc));
  }
  const close = serveWatch(req, res, query, session, p.parts.store, { fault, sseKeepaliveMs: p.behaviour.sseKeepaliveMs });
  record.status = 200;
  p.openStreams.add(close);
  req.on('close', () => p.openStreams.delete(close));
}

/** Headers at once, then one byte of JSON whitespace at a time: never silent long enough for an idle time-out. */
function trickle(p: RequestPipeline, res: ServerResponse, everyMs: number): void {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.flushHeaders();
  const timer = setInterval(() => res.write(' '), everyMs);
  const close = () => {
    clearInterval(timer);
    res.destroy();
  };
  p.openStreams.add(close);
  res.on('close', () => {
    clearInterval(timer);
    p.openStreams.delete(close);
  });
}

function matchesBurst(f: FailureBurst, method: string, apiPath: string, operationId: string | undefined): boolean {
  if (f.method && f.method.toUpperCase() !== method) return false;
  if (f.operationId && f.operationId !== operationId) return false;
  if (f.path instanceof RegExp) return f.path.test(apiPath);
  return f.path === undefined || f.path === apiPath;
}

function writeFailure(res: ServerResponse, burst: FailureBurst): void {
  const status = burst.status ?? 503;
  if (burst.format === 'proxy') {
    res.writeHead(status, { 'Content-Type': 'text/html' });
    return void res.end(`<html><head><title>${status}</title></head><body><center><h1>${status}</h1></center><hr><center>nginx</center></body></html>\n`);
  }
  if (status === 403) return writeJson(res, 403, { error: 'permission denied', code: GrpcCode.PermissionDenied, message: 'permission denied' });
  if (status === 500) return writeJson(res, 500, { error: 'etcdserver: leader changed', code: GrpcCode.Unknown, message: 'etcdserver: leader changed' });
  const code = status === 504 ? GrpcCode.DeadlineExceeded : GrpcCode.Unavailable;
  const message = status === 504 ? 'context deadline exceeded' : 'connection error: desc = "transport: Error while dialing: dial tcp 10.96.0.12:8081: connect: connection refused"';
  writeJson(res, status, { error: message, code, message });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 4 * 1024 * 1024) throw new Error('request body over 4 MiB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseLoosely(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function queryRecord(params: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of params) (out[k] ??= []).push(v);
  return out;
}

function redactedHeaders(req: IncomingMessage): RecordedRequest['headers'] {
  const headers: RecordedRequest['headers'] = { ...req.headers };
  if (typeof headers.authorization === 'string') headers.authorization = headers.authorization.replace(/^(\S+\s+).*$/s, '$1[redacted]').replace(/^[^\s]+$/, '[redacted]');
  if (typeof headers.cookie === 'string') headers.cookie = headers.cookie.replace(/(argocd\.token[^=]*=)[^;]*/g, '$1[redacted]');
  if (typeof headers['grpc-metadata-token'] === 'string') headers['grpc-metadata-token'] = '[redacted]';
  return headers;
}
