import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import type { AddressInfo } from 'node:net';

/**
 * A forward proxy on loopback, as an egress proxy on a self-hosted runner is (squid's
 * http_port in its default forward mode): `CONNECT host:port` opens a blind tunnel (RFC 9110
 * §9.3.6; the TLS inside is the client's business), and a request in absolute form
 * (`GET http://host:port/path`, RFC 9112 §3.2.2) is forwarded with its body and answered with
 * the origin's answer. It counts what it relayed, so a test can tell proxied from direct.
 */
export interface ProxiedExchange {
  kind: 'connect' | 'forward';
  /** `host:port` asked for. */
  target: string;
  /** The `Proxy-Authorization` scheme and whether it matched, when credentials are required. */
  authorized?: boolean;
}

export interface ForwardProxy {
  /** `http://127.0.0.1:PORT`, for HTTPS_PROXY / HTTP_PROXY. */
  url: string;
  exchanges: ProxiedExchange[];
  stop(): Promise<void>;
}

export interface ForwardProxyOptions {
  /** Names only the proxy can resolve, as a corporate proxy resolves internal hosts: name -> IP. */
  hosts?: Record<string, string>;
  /** Tunnels for `CONNECT host:port` to another `ip:port`, as a proxy that maps a public name to a local mirror. */
  routes?: Record<string, string>;
  /**
   * Tunnels whose TLS the proxy answers itself with a certificate for the name (PEM contents), as a
   * TLS-inspecting corporate proxy does, relaying the plain HTTP inside to `target` (`ip:port`):
   * a plain-HTTP fake then stands for an HTTPS host such as api.github.com.
   */
  terminate?: Record<string, { target: string; cert: string; key: string }>;
  /** Demand `Proxy-Authorization: Basic base64(user:password)`, answering 407 otherwise. */
  credentials?: { username: string; password: string };
}

function splitTarget(target: string): { host: string; port: number } {
  const at = target.lastIndexOf(':');
  return { host: target.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(target.slice(at + 1)) };
}

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const exchanges: ProxiedExchange[] = [];
  const sockets = new Set<net.Socket>();
  const expected = options.credentials ? `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}` : undefined;
  const resolve = (host: string) => options.hosts?.[host] ?? host;
  const authorize = (headers: http.IncomingHttpHeaders): boolean | undefined => (expected ? headers['proxy-authorization'] === expected : undefined);

  const server = http.createServer((request, response) => {
    // Only the absolute form is a proxy request; an origin-form path means the client took us for the origin.
    let target: URL;
    try {
      target = new URL(request.url ?? '');
    } catch {
      response.writeHead(400).end('not a proxy request');
      return;
    }
    const authorized = authorize(request.headers);
    exchanges.push({ kind: 'forward', target: target.host, ...(authorized === undefined ? {} : { authorized }) });
    if (authorized === false) {
      response.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="proxy"' }).end();
      return;
    }
    const headers = { ...request.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = http.request(
      { host: resolve(target.hostname), port: Number(target.port || 80), method: request.method, path: `${target.pathname}${target.search}`, headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.once('error', () => response.writeHead(502).end('upstream unreachable'));
    request.pipe(upstream);
  });

  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = request.url ?? '';
    const authorized = authorize(request.headers);
    exchanges.push({ kind: 'connect', target, ...(authorized === undefined ? {} : { authorized }) });
    if (authorized === false) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\n\r\n');
      return;
    }
    const terminated = options.terminate?.[target];
    const { host, port } = splitTarget(terminated?.target ?? options.routes?.[target] ?? target);
    const upstream = net.connect(port, resolve(host), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) client.unshift(head);
      const inside: net.Socket = terminated ? new tls.TLSSocket(client, { isServer: true, cert: terminated.cert, key: terminated.key }) : client;
      inside.once('error', () => upstream.destroy());
      upstream.pipe(inside);
      inside.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.once('close', () => sockets.delete(upstream));
    upstream.once('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.once('error', () => upstream.destroy());
  });
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', () => ready()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    exchanges,
    stop: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
