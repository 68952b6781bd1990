import http from 'node:http';
import https from 'node:https';

/** Minimal clients for the fake's own tests: a JSON call, and a line-collecting stream reader. */
export interface ApiResponse {
  status: number;
  contentType: string | null;
  text: string;
  json: Record<string, unknown> & { [k: string]: unknown };
  headers: Headers;
}

export async function call(url: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.method && init.method !== 'GET' && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await res.text();
  let json: ApiResponse['json'] = {};
  try {
    json = JSON.parse(text) as ApiResponse['json'];
  } catch {
    // not JSON (text/plain routing errors): callers look at `text`
  }
  return { status: res.status, contentType: res.headers.get('content-type'), text, json, headers: res.headers };
}

export interface StreamReader {
  status: Promise<number>;
  headers: Promise<http.IncomingHttpHeaders>;
  raw: () => string;
  lines: () => string[];
  /** Resolves when at least `n` non-empty lines arrived; rejects if the stream ends first. */
  waitForLines(n: number): Promise<string[]>;
  /** Resolves when the response ends or breaks, with whether it ended cleanly. */
  ended: Promise<'clean' | 'aborted'>;
  close(): void;
}

export function openStream(url: string, headers: Record<string, string>, ca?: string): StreamReader {
  let raw = '';
  const waiters: { n: number; resolve: (l: string[]) => void; reject: (e: Error) => void }[] = [];
  const lines = () => raw.split('\n').filter((l) => l.trim() !== '');
  let resolveStatus!: (s: number) => void;
  let resolveHeaders!: (h: http.IncomingHttpHeaders) => void;
  let resolveEnded!: (how: 'clean' | 'aborted') => void;
  const status = new Promise<number>((r) => (resolveStatus = r));
  const head = new Promise<http.IncomingHttpHeaders>((r) => (resolveHeaders = r));
  const ended = new Promise<'clean' | 'aborted'>((r) => (resolveEnded = r));
  const finish = (how: 'clean' | 'aborted') => {
    resolveEnded(how);
    for (const w of waiters.splice(0)) w.reject(new Error(`stream ended (${how}) after ${lines().length} lines`));
  };
  const get = url.startsWith('https:') ? https.get : http.get;
  const req = get(url, { headers, ca }, (res) => {
    resolveStatus(res.statusCode ?? 0);
    resolveHeaders(res.headers);
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      raw += chunk;
      for (const w of [...waiters]) {
        if (lines().length >= w.n) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(lines());
        }
      }
    });
    res.on('end', () => finish('clean'));
    res.on('aborted', () => finish('aborted'));
    res.on('error', () => finish('aborted'));
  });
  req.on('error', () => finish('aborted'));
  return {
    status,
    headers: head,
    raw: () => raw,
    lines,
    waitForLines: (n) => (lines().length >= n ? Promise.resolve(lines()) : new Promise((resolve, reject) => waiters.push({ n, resolve, reject }))),
    ended,
    close: () => req.destroy(),
  };
}
