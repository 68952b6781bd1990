import { mkdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpConnectionError } from '../../../src/core/http/errors.js';
import { send } from '../../../src/core/http/request.js';
import { backoffDelay } from '../../../src/core/backoff.js';
import { retryAfterDelay, sendWithRetries } from '../../../src/core/http/retry.js';
import { createTestCa, makeTempDir, removeDir, type TestCa } from '../../harness/index.js';

const POLICY = { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 };

interface Behaviour {
  /** Answers for the next requests, in order; then 200 with the request body echoed. */
  script: Array<{ status: number; headers?: Record<string, string> } | 'drop'>;
  seen: string[];
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function handler(behaviour: Behaviour): http.RequestListener {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      behaviour.seen.push(`${req.method} ${body}`);
      const next = behaviour.script.shift();
      if (next === 'drop') {
        req.socket.destroy();
        return;
      }
      res.writeHead(next?.status ?? 200, next?.headers);
      res.end(next ? `status ${next.status}` : `echo ${body}`);
    });
  };
}

describe('sendWithRetries against a flaky local server', () => {
  const behaviour: Behaviour = { script: [], seen: [] };
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer(handler(behaviour));
    base = `http://${await listen(server)}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('retries a 503 burst and a dropped connection, re-opening a streamed body each time', async () => {
    behaviour.script = [{ status: 503 }, 'drop', { status: 503 }];
    behaviour.seen = [];
    let opened = 0;
    const body = { length: 5, open: () => (opened++, Readable.from([Buffer.from('he'), Buffer.from('llo')])) };
    const retries: string[] = [];
    const response = await sendWithRetries({ method: 'PUT', url: new URL(`${base}/x`), body }, POLICY, { onRetry: (_a, reason) => retries.push(reason) });
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('echo hello');
    expect(opened).toBe(4);
    expect(behaviour.seen).toEqual(['PUT hello', 'PUT hello', 'PUT hello', 'PUT hello']);
    expect(retries[0]).toBe('HTTP 503');
    expect(retries[1]).toMatch(/dropped|failed/);
  });

  it('honours Retry-After on 429, capped by the policy', async () => {
    behaviour.script = [{ status: 429, headers: { 'retry-after': '3' } }];
    const waits: number[] = [];
    const response = await sendWithRetries({ method: 'GET', url: new URL(`${base}/y`) }, { attempts: 2, baseDelayMs: 1, maxDelayMs: 60_000 }, { sleep: async (ms) => void waits.push(ms) });
    expect(response.status).toBe(200);
    expect(waits).toEqual([3000]);
    expect(retryAfterDelay({ status: 429, headers: { 'retry-after': '3' }, body: Buffer.alloc(0) }, POLICY)).toBe(5);
  });

  it('returns the last answer once the budget is spent, and never retries a 4xx', async () => {
    behaviour.script = Array.from({ length: 4 }, () => ({ status: 503 }));
    behaviour.seen = [];
    expect((await sendWithRetries({ method: 'GET', url: new URL(`${base}/z`) }, POLICY)).status).toBe(503);
    expect(behaviour.seen).toHaveLength(4);
    behaviour.script = [{ status: 404 }];
    behaviour.seen = [];
    expect((await sendWithRetries({ method: 'GET', url: new URL(`${base}/z`) }, POLICY)).status).toBe(404);
    expect(behaviour.seen).toHaveLength(1);
  });

  it('throws a clear error when drops outlast the budget', async () => {
    behaviour.script = ['drop', 'drop', 'drop', 'drop'];
    const error = await sendWithRetries({ method: 'GET', url: new URL(`${base}/w`) }, POLICY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpConnectionError);
    expect((error as HttpConnectionError).transient).toBe(true);
    expect((error as Error).message).toContain(base);
  });

  it('keeps backoff within its bounds', () => {
    for (let attempt = 1; attempt < 10; attempt++) {
      const bound = Math.min(1000, 10 * 2 ** (attempt - 1));
      expect(backoffDelay(attempt, { baseDelayMs: 10, maxDelayMs: 1000 }, 'equal', () => 0)).toBe(Math.round(bound / 2));
      expect(backoffDelay(attempt, { baseDelayMs: 10, maxDelayMs: 1000 }, 'equal', () => 1)).toBe(bound);
    }
  });
});

describe('TLS', () => {
  let dir: string;
  let ca: TestCa;
  let server: https.Server;
  let base: string;
  beforeAll(async () => {
    dir = await makeTempDir('http-tls');
    ca = await createTestCa(dir);
    server = https.createServer({ cert: await readFile(ca.serverCert), key: await readFile(ca.serverKey) }, handler({ script: [], seen: [] }));
    base = `https://${await listen(server)}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await removeDir(dir);
  });

  it('verifies with the CA file, rejects without it, and skips verification only when asked', async () => {
    expect((await send({ method: 'POST', url: new URL(`${base}/a`), body: 'ok', tls: { caFile: ca.caCert } })).body.toString()).toBe('echo ok');
    const rejected = await send({ method: 'GET', url: new URL(`${base}/a`) }).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(HttpConnectionError);
    expect((rejected as HttpConnectionError).transient).toBe(false);
    expect((rejected as Error).message).toMatch(/^TLS verification failed for https:\/\/127\.0\.0\.1:\d+: .*ca-file/);
    expect((await send({ method: 'GET', url: new URL(`${base}/a`), tls: { insecureSkipVerify: true } })).status).toBe(200);
  });

  it('rejects a certificate from another CA even with a CA file', async () => {
    const other = path.join(dir, 'other');
    await mkdir(other);
    const otherCa = await createTestCa(other);
    await expect(send({ method: 'GET', url: new URL(`${base}/a`), tls: { caFile: otherCa.caCert } })).rejects.toThrow(/TLS verification failed/);
  });

  it('names an unreadable CA file', async () => {
    const missing = path.join(dir, 'missing.crt');
    await expect(send({ method: 'GET', url: new URL(`${base}/a`), tls: { caFile: missing } })).rejects.toThrow(`Cannot read the CA file ${missing}`);
  });
});
