import type { IncomingMessage, ServerResponse } from 'node:http';
import { canGet, matchesSelector } from './access.js';
import type { Session } from './auth.js';
import type { Application } from './model.js';
import type { AppStore, WatchEventType } from './store.js';

/** A misbehaving watch stream, for the next `connections` stream requests (default: all of them). */
export interface StreamFault {
  /**
   * `stall`: headers, then `afterEvents` events, then silence (connection kept open). `drop`: socket destroyed
   * after `afterEvents` events. `not-found`: a proxy that does not route the stream path answers 404.
   */
  mode: 'stall' | 'drop' | 'not-found';
  afterEvents?: number;
  connections?: number;
}

export interface StreamOptions {
  fault?: StreamFault;
  /** SSE keepalive comment interval (Argo CD: 15 s). */
  sseKeepaliveMs: number;
}

/**
 * `GET /api/v1/stream/applications` (rpc Watch through argoproj/pkg's stream forwarder, reference §1.3):
 * newline-delimited `{"result":{"type","application"}}`, or SSE `data: ...` when the client accepts
 * text/event-stream. With `name`, the current state is always sent first as ADDED; apps the caller may not
 * see (or that do not exist) are silently skipped, so such a watch stays open and empty.
 */
export function serveWatch(req: IncomingMessage, res: ServerResponse, query: URLSearchParams, session: Session, store: AppStore, options: StreamOptions): () => void {
  // The forwarder switches to SSE only on an Accept header exactly `text/event-stream` (argoproj/pkg forwarders.go).
  const sse = req.headers.accept === 'text/event-stream';
  const name = query.get('name');
  const namespace = query.get('appNamespace');
  const projects = query.getAll('project').length > 0 ? query.getAll('project') : query.getAll('projects');
  const selector = query.get('selector');
  const minVersion = Number(query.get('resourceVersion') ?? '0') || 0;
  const limit = options.fault ? (options.fault.afterEvents ?? 0) : Infinity;
  const lastPayload = new Map<string, string>();
  let sent = 0;

  res.writeHead(200, sse ? { 'Content-Type': 'text/event-stream', 'X-Content-Type-Options': 'nosniff' } : { 'Content-Type': 'application/json' });
  res.flushHeaders();

  const visible = (app: Application) =>
    (!name || app.metadata.name === name) &&
    (!namespace || app.metadata.namespace === namespace) &&
    (projects.length === 0 || projects.includes(app.spec.project)) &&
    (!selector || matchesSelector(app.metadata.labels, selector)) &&
    Number(app.metadata.resourceVersion) >= minVersion &&
    canGet(session, app.spec.project);

  const send = (type: WatchEventType, app: Application) => {
    if (res.destroyed || !visible(app)) return;
    const payload = JSON.stringify({ result: { type, application: app } });
    // The forwarder drops a payload identical to the previous one for the same app name.
    if (lastPayload.get(app.metadata.name) === payload) return;
    if (sent >= limit) return;
    lastPayload.set(app.metadata.name, payload);
    sent++;
    // A drop cuts the TCP connection mid-response (no terminating chunk), after the K-th event has been flushed.
    const drop = sent >= limit && options.fault?.mode === 'drop';
    // SSE: the marshaler's `data: %s \n\n`, then grpc-gateway's `\n` delimiter after every message.
    res.write(sse ? `data: ${payload} \n\n\n` : `${payload}\n`, () => drop && res.socket?.destroy());
  };

  if (options.fault && limit === 0 && options.fault.mode === 'drop') res.socket?.destroy();
  const unsubscribe = store.subscribe(send);
  if (!query.get('resourceVersion') || name) {
    for (const app of store.all()) send('ADDED', store.snapshot(app));
  }
  const keepalive = sse ? setInterval(() => res.write(':\n'), options.sseKeepaliveMs) : undefined;
  const close = () => {
    unsubscribe();
    if (keepalive) clearInterval(keepalive);
    if (!res.writableEnded) res.end();
  };
  req.on('close', close);
  return close;
}
