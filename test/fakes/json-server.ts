import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query, as received. */
  path: string;
  status: number;
  /** Every header, lower-cased, so a test can check where a token went. */
  headers: http.IncomingHttpHeaders;
}

export interface JsonExchange {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface JsonServer {
  url: string;
  requests: RecordedRequest[];
  stop(): Promise<void>;
}

/** A loopback HTTP server for a fake REST API: `handle` answers [status, JSON body] for each request. */
export async function startJsonServer(handle: (exchange: JsonExchange) => [number, unknown] | Promise<[number, unknown]>): Promise<JsonServer> {
  const requests: RecordedRequest[] = [];
  // A handler that throws answers 500, as a real server would, instead of an unhandled rejection.
  const server = http.createServer((req, res) => void respond(req, res).catch(() => res.headersSent || res.writeHead(500).end()));
  async function respond(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const record: RecordedRequest = { method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, status: 0, headers: req.headers };
    requests.push(record);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    const [status, answer] = await handle({ method: record.method, url, headers: req.headers, body });
    record.status = status;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(answer));
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
