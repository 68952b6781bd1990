import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpConnectionError } from '../../../src/core/http/errors.js';
import { DEFAULT_DEADLINE_MS, requestDeadline, send, sendForStream } from '../../../src/core/http/request.js';
import { sendWithRetries } from '../../../src/core/http/retry.js';

const POLICY = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

/**
 * Hostile servers on loopback: each keeps its connection busy without ever finishing, so an idle
 * time-out alone never fires. Bytes come every 50 ms; the idle time-out is a second.
 */
describe('a request has a total deadline, not only an idle time-out', () => {
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<net.Socket>();
  let servers: net.Server[] = [];
  let bodyTrickle: string;
  let headerTrickle: string;
  let silent: string;
  let seen = 0;

  function drip(stream: { write(byte: string): unknown; once(event: 'close', listener: () => void): unknown }, byte: string): void {
    const timer = setInterval(() => stream.write(byte), 50);
    timers.add(timer);
    stream.once('close', () => clearInterval(timer));
  }

  async function serve(server: net.Server): Promise<string> {
    servers.push(server);
    server.on('connection', (socket: net.Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', () => ready()));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  beforeAll(async () => {
    // Headers at once, then one body byte at a time, never the last one.
    bodyTrickle = await serve(
      http.createServer((_request, response) => {
        seen++;
        response.writeHead(200, { 'content-length': '1000000' });
        drip(response, 'x');
      }),
    );
    // A status line, then header bytes one at a time: the answer never starts.
    headerTrickle = await serve(
      net.createServer((socket) => {
        socket.once('data', () => {
          socket.write('HTTP/1.1 200 OK\r\nX-Slow: ');
          drip(socket, 'a');
        });
      }),
    );
    // Accepts and reads, never answers.
    silent = await serve(net.createServer((socket) => socket.resume()));
  });
  afterAll(async () => {
    for (const timer of timers) clearInterval(timer);
    for (const socket of sockets) socket.destroy();
    await Promise.all(servers.map((server) => new Promise<void>((done) => server.close(() => done()))));
    servers = [];
  });

  it('fails a body that trickles past the deadline, and does not retry it', async () => {
    seen = 0;
    const error = await sendWithRetries({ method: 'GET', url: new URL(`${bodyTrickle}/blob`), idleTimeoutMs: 1_000, deadlineMs: 400 }, POLICY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpConnectionError);
    expect(error).toMatchObject({ code: 'DEADLINE_EXCEEDED', transient: false });
    expect((error as Error).message).toMatch(/^http:\/\/127\.0\.0\.1:\d+ did not answer in full in time: the request did not finish within its 400 ms deadline\.$/);
    expect(seen).toBe(1);
  });

  it('fails headers that trickle past the deadline', async () => {
    await expect(send({ method: 'GET', url: new URL(`${headerTrickle}/`), idleTimeoutMs: 1_000, deadlineMs: 400 })).rejects.toMatchObject({ code: 'DEADLINE_EXCEEDED' });
  });

  it('ends a stream the caller is reading when the deadline passes', async () => {
    const response = await sendForStream({ method: 'GET', url: new URL(`${bodyTrickle}/watch`), idleTimeoutMs: 1_000, deadlineMs: 400 });
    const read = async () => {
      for await (const chunk of response.stream) void chunk;
    };
    await expect(read()).rejects.toMatchObject({ code: 'DEADLINE_EXCEEDED' });
  });

  it('retries silence (the idle time-out) but not past the policy', async () => {
    const retries: string[] = [];
    const error = await sendWithRetries({ method: 'GET', url: new URL(`${silent}/`), idleTimeoutMs: 100 }, { ...POLICY, attempts: 2 }, { onRetry: (_attempt, reason) => retries.push(reason) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'REQUEST_TIMEOUT', transient: true });
    expect(retries).toHaveLength(1);
  });

  it('stops when the caller aborts: before sending, while waiting, and between retries', async () => {
    await expect(send({ method: 'GET', url: new URL(`${silent}/`), signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'ABORTED', transient: false });
    const waiting = new AbortController();
    const pending = send({ method: 'GET', url: new URL(`${bodyTrickle}/`), signal: waiting.signal });
    setTimeout(() => waiting.abort(), 100);
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    // A long backoff is cut short: the retry loop gives up as soon as the caller does.
    const between = new AbortController();
    const retrying = sendWithRetries({ method: 'GET', url: new URL(`${silent}/`), idleTimeoutMs: 50, signal: between.signal }, { attempts: 3, baseDelayMs: 600_000, maxDelayMs: 600_000 }, {
      onRetry: () => between.abort(),
    });
    await expect(retrying).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('sizes the default deadline by the body, at 1 MiB/s beyond five minutes', () => {
    expect(DEFAULT_DEADLINE_MS).toBe(300_000);
    expect(requestDeadline({})).toBe(300_000);
    expect(requestDeadline({ body: Buffer.alloc(0) })).toBe(300_000);
    expect(requestDeadline({ body: { length: 100 * 1_048_576, open: () => { throw new Error('not opened'); } } })).toBe(400_000);
    expect(requestDeadline({ deadlineMs: 5, body: 'x' })).toBe(5);
  });
});
