import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';
import { SkippingClock } from '../../skipping-clock.js';
import { appsOf, FAST_POLLING, runAction, until } from './helpers.js';

/** Issue 15, cases 4, 5, 6 and 11, and issue 17 item 8: an Argo CD (or what stands in front of it) that misbehaves. */
let argo: FakeArgocd;
const inputs = (applications: string, extra: Record<string, string> = {}) => ({ server: argo.url, 'auth-token': argo.token, applications, ...extra });
const requests = (method: string, suffix: string) => argo.requests.filter((request) => request.method === method && request.path.endsWith(suffix));
const streams = (name: string) => argo.requests.filter((request) => request.path.endsWith('/stream/applications') && request.query.name?.[0] === name);

beforeAll(async () => {
  argo = await startFakeArgocd({ apps: ['hiccup', 'unrouted', 'outage', 'lost-answer', 'slow-answer', 'trickled'].map((name) => ({ name, labels: { team: 'shop' } })) });
});
afterAll(async () => argo?.stop());

describe('issue 15 case 4: transient 403 and 5xx while waiting', () => {
  it('reads again within the timeout when Argo CD answers 403 (a Kubernetes read error) or 5xx to a poll', async () => {
    argo.setBehaviour({ stream: { mode: 'stall', afterEvents: 0, connections: 1 } });
    const running = runAction(inputs('hiccup', { timeout: '20s' }), { ...FAST_POLLING, reconnectBaseMs: 5_000 });
    await until(() => argo.app('hiccup').get().operation !== undefined, 'the operation');
    argo.setBehaviour({ failures: [{ count: 2, status: 403, operationId: 'ApplicationService_Get' }, { count: 2, status: 500, operationId: 'ApplicationService_Get' }] });
    const run = await running;
    argo.setBehaviour({ failures: [] });
    expect(run.error).toBeUndefined();
    expect(requests('GET', '/applications/hiccup').map((request) => request.status)).toEqual(expect.arrayContaining([403, 403, 500, 500, 200]));
  });
});

describe('issue 15 case 5: a proxy that does not route the watch stream', () => {
  it('polls instead of reporting the app gone when the stream answers 404', async () => {
    argo.setBehaviour({ stream: { mode: 'not-found' } });
    const run = await runAction(inputs('unrouted', { timeout: '20s' }), FAST_POLLING);
    argo.setBehaviour({ stream: undefined });
    expect(run.error).toBeUndefined();
    expect(streams('unrouted')).toHaveLength(1);
    expect(run.io.text()).toContain('unrouted: the watch stream is not reachable (HTTP 404); polling instead');
  });
});

describe('issue 15 case 6: what Argo CD answers is read as Argo CD means it', () => {
  it('retries a sync refused while the repo-server is down (400 code 9 wrapping Unavailable)', async () => {
    argo.setBehaviour({ repoServerDownSyncs: 2 });
    const run = await runAction(inputs('outage', { timeout: '30s' }));
    expect(run.error).toBeUndefined();
    expect(requests('POST', '/outage/sync').map((request) => request.status)).toEqual([400, 400, 200]);
    expect(run.io.text()).toContain('outage: Argo CD is unavailable for now (error resolving repo revision: rpc error: code = Unavailable');
  });

  it('ties a selector Argo CD cannot parse (HTTP 500) to the selector input, without retrying it', async () => {
    const before = requests('GET', '/api/v1/applications').length;
    const run = await runAction({ server: argo.url, 'auth-token': argo.token, selector: 'team in (shop' });
    expect(run.error?.name).toBe('ConfigurationError');
    expect(run.error?.message).toMatch(/^Input "selector": Argo CD rejected the label selector "team in \(shop": error parsing the selector: /);
    expect(requests('GET', '/api/v1/applications').length - before).toBe(1);
  });
});

describe('issue 15 case 11: a sync whose answer is lost', () => {
  it('finds its operation after a proxy 502 that came once Argo CD had applied the sync, and does not sync twice', async () => {
    argo.setBehaviour({ failures: [{ count: 1, status: 502, format: 'proxy', when: 'after', operationId: 'ApplicationService_Sync' }] });
    const run = await runAction(inputs('lost-answer', { timeout: '20s' }));
    expect(run.error).toBeUndefined();
    expect(requests('POST', '/lost-answer/sync').map((request) => request.status)).toEqual([502]);
    expect(appsOf(run)[0].notes).toEqual(['the sync request got no answer, but its operation had started: this run waited for it']);
  });

  it('finds its operation after a sync that timed out unanswered', async () => {
    argo.setBehaviour({ failures: [{ count: 1, when: 'after-stall', operationId: 'ApplicationService_Sync' }] });
    const run = await runAction(inputs('slow-answer', { timeout: '20s' }), { writeTimeoutMs: 300 });
    expect(run.error).toBeUndefined();
    expect(requests('POST', '/slow-answer/sync')).toHaveLength(1);
    expect(run.outputs.get('operation-phase')).toBe('Succeeded');
  });
});

describe('issue 17 item 8: timeout is a total deadline, not an idle timeout', () => {
  it('ends the wait at the timeout while every poll trickles bytes', async () => {
    argo.app('trickled').setScenario({ progressingMs: 60_000 });
    argo.setBehaviour({ stream: { mode: 'stall', afterEvents: 0, connections: 1 } });
    // The timeout runs out (the test skips the clock past it) while a poll trickles: it must end the wait all the same.
    const clock = new SkippingClock();
    const running = runAction(inputs('trickled', { timeout: '10m' }), { ...FAST_POLLING, reconnectBaseMs: 60_000 }, {}, { clock });
    await until(() => argo.app('trickled').get().operation !== undefined, 'the operation');
    argo.setBehaviour({ failures: [{ count: 1_000, when: 'trickle', trickleMs: 20, operationId: 'ApplicationService_Get' }] });
    const before = requests('GET', '/applications/trickled').length;
    await until(() => requests('GET', '/applications/trickled').length > before, 'a poll that trickles');
    clock.skip(600_000);
    const run = await running;
    argo.setBehaviour({ failures: [] });
    expect(run.error?.message).toContain('Timed out after 10m waiting for trickled: still waiting for');
    expect(requests('GET', '/applications/trickled').filter((request) => request.status === 200).length).toBeGreaterThan(0);
    expect(appsOf(run)[0]).toMatchObject({ outcome: 'timeout' });
  });

  it('bounds connecting too: a server that accepts and trickles cannot hold the run', async () => {
    const trickling = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.flushHeaders();
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => trickling.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = trickling.address() as AddressInfo;
      const run = await runAction({ server: `http://127.0.0.1:${port}`, 'auth-token': argo.token, applications: 'trickled', timeout: '1s' });
      expect(run.error?.message).toBe('Reaching the Argo CD API (GET /api/version): the timeout (1s) ran out while connecting');
    } finally {
      trickling.closeAllConnections();
      await new Promise((resolve) => trickling.close(resolve));
    }
  });
});
