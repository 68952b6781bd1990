import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A plain-HTTP proxy in front of a real registry that breaks chosen requests: a burst of error
 * statuses (503, 429 with Retry-After) answered without reaching the registry, or a connection
 * cut after part of the request body was forwarded (a dropped upload). The Host header is kept,
 * so the registry's Location headers point back at the proxy.
 */
export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'cut'; afterBodyBytes: number };

export interface FaultRule {
  method?: string;
  /** Matched against the path and query. */
  path?: RegExp;
  /** Matching requests let through before the fault starts (e.g. 1 to break the second chunk). */
  skip?: number;
  /** How many matching requests get the fault; later ones pass through. */
  times: number;
  fault: Fault;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  /** The registry's status, or what the proxy did instead. */
  outcome: number | 'cut';
  injected: boolean;
  /** `Basic`, `Bearer` or undefined: the scheme only, so tests can check what reached the registry. */
  authScheme?: string;
  contentRange?: string;
}

export interface FaultProxy {
  /** `127.0.0.1:PORT`: use as the registry host. */
  host: string;
  requests: ProxiedRequest[];
  inject(rule: FaultRule): void;
  /** Drops every rule, e.g. after a test that used up only part of a long burst. */
  clearFaults(): void;
  /** Matching requests still due a fault, over all rules. */
  pendingFaults(): number;
  stop(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const rules: FaultRule[] = [];
  const requests: ProxiedRequest[] = [];

  const takeFault = (req: http.IncomingMessage): Fault | undefined => {
    const rule = rules.find(
      (r) => r.times > 0 && (!r.method || r.method === req.method) && (!r.path || r.path.test(req.url ?? '')),
    );
    if (!rule) return undefined;
    if (rule.skip) {
      rule.skip--;
      return undefined;
    }
    rule.times--;
    return rule.fault;
  };

  const server = http.createServer((req, res) => {
    const record: ProxiedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      outcome: 0,
      injected: false,
      authScheme: req.headers.authorization?.split(' ')[0],
      contentRange: req.headers['content-range'],
    };
    requests.push(record);
    const fault = takeFault(req);
    if (fault?.kind === 'status') {
      record.outcome = fault.status;
      record.injected = true;
      // Read the body first, as a real front end would, so the client sees the answer cleanly.
      req.resume();
      req.once('end', () => {
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        res.end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: `injected ${fault.status}` }] }));
      });
      return;
    }
    const forward = http.request({
      host: upstream.hostname,
      port: upstream.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
    });
    forward.once('response', (answer) => {
      record.outcome = answer.statusCode ?? 0;
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.once('error', () => req.socket.destroy());
    if (fault?.kind === 'cut') {
      record.outcome = 'cut';
      record.injected = true;
      let forwarded = 0;
      const cut = (): void => {
        req.removeAllListeners('data');
        forward.destroy();
        req.socket.destroy();
      };
      if (fault.afterBodyBytes <= 0) return cut();
      req.on('data', (chunk: Buffer) => {
        const room = fault.afterBodyBytes - forwarded;
        if (room <= 0) return;
        forward.write(chunk.subarray(0, room));
        forwarded += Math.min(room, chunk.length);
        if (forwarded >= fault.afterBodyBytes) {
          req.pause();
          // Give the registry a moment to take the partial body in before the cut.
          setTimeout(cut, 50);
        }
      });
      return;
    }
    req.pipe(forward);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    inject: (rule) => rules.push({ ...rule }),
    clearFaults: () => void rules.splice(0),
    pendingFaults: () => rules.reduce((sum, rule) => sum + rule.times, 0),
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
