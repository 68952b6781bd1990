import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isolatedGitEnv, startGitServer, startRegistry, type GitServer, type Registry } from '../harness/index.js';
import { ARGO_TOKEN, hostileServer, leaks, leftIn, PASSWORD, runCli, sandbox, USERNAME, userReadable, type HostileServer, type Sandbox } from './hostile.js';

/**
 * Servers that answer garbage, stall or trickle, and proxies that let a push land and then drop
 * the connection before its answer. Each run must end non-zero within a generous deadline (the
 * harness kills it past that and the run shows code null), leave no temp file, and show no secret.
 */

const DEADLINE_MS = 90_000;

let box: Sandbox;
let server: HostileServer | undefined;
beforeEach(async () => {
  box = await sandbox('fault');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await box.remove();
});

async function artifactArgs(host: string): Promise<string[]> {
  await mkdir(path.join(box.workspace, 'manifests'), { recursive: true });
  await writeFile(path.join(box.workspace, 'manifests', 'app.yaml'), 'kind: ConfigMap\n');
  return ['--url', `oci://${host}/team/manifests:v1`, '--path', 'manifests', '--insecure', 'true', '--username', USERNAME];
}

const argocdArgs = (url: string, ...more: string[]) => ['--server', url, '--applications', 'web', '--timeout', '5s', '--refresh-timeout', '5s', ...more];

async function expectFailedCleanly(run: Awaited<ReturnType<typeof runCli>>, secret: string, username?: string): Promise<void> {
  // Stopped at the deadline shows as 143 (our SIGTERM) or null (SIGKILL): neither is an answer.
  expect(run.code, `${run.stderr}\n(stopped at the ${DEADLINE_MS} ms deadline)`).not.toBeNull();
  expect(run.code).not.toBe(143);
  expect(run.code).not.toBe(0);
  expect(await leftIn(box.runnerTemp)).toEqual([]);
  expect(leaks(await userReadable(box, run), secret, username)).toEqual([]);
}

describe('[garbage] servers answering garbage', () => {
  it('[garbage] a registry answering random bytes with 200 to everything', async () => {
    server = await hostileServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0' });
      response.end(randomBytes(512));
    });
    await expectFailedCleanly(await runCli(box, 'push-oci-artifact', await artifactArgs(server.host), { INPUT_PASSWORD: PASSWORD }, DEADLINE_MS), PASSWORD);
  });

  it('[garbage] a registry asking for Basic auth, then answering an HTML page with 200', async () => {
    server = await hostileServer((request, response) => {
      if (!request.headers.authorization) {
        response.writeHead(401, { 'www-authenticate': 'Basic realm="x"' });
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<html><body>Sign in ${request.headers.authorization}</body></html>`);
    });
    await expectFailedCleanly(await runCli(box, 'push-oci-artifact', await artifactArgs(server.host), { INPUT_PASSWORD: PASSWORD }, DEADLINE_MS), PASSWORD);
  });

  it('[garbage] a token service answering a token that is not JSON', async () => {
    server = await hostileServer((request, response) => {
      if (request.url?.startsWith('/token')) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(`{"token": "${PASSWORD}`);
        return;
      }
      response.writeHead(401, { 'www-authenticate': `Bearer realm="${server!.url}/token",service="x"` });
      response.end();
    });
    await expectFailedCleanly(await runCli(box, 'push-oci-artifact', await artifactArgs(server.host), { INPUT_PASSWORD: PASSWORD }, DEADLINE_MS), PASSWORD);
  });

  it('[garbage] an Argo CD answering the web UI instead of the API', async () => {
    server = await hostileServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Argo CD</title>');
    });
    await expectFailedCleanly(await runCli(box, 'argocd-sync', argocdArgs(server.url), { INPUT_AUTH_TOKEN: ARGO_TOKEN }, DEADLINE_MS), ARGO_TOKEN);
  });

  it('[garbage] an Argo CD answering truncated JSON', async () => {
    server = await hostileServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(request.url === '/api/version' ? '{"Version":"v3.5.1"}' : `{"loggedIn":true,"username":"${ARGO_TOKEN}`);
    });
    await expectFailedCleanly(await runCli(box, 'argocd-sync', argocdArgs(server.url), { INPUT_AUTH_TOKEN: ARGO_TOKEN }, DEADLINE_MS), ARGO_TOKEN);
  });

  it('[garbage] a git server answering random bytes as its ref advertisement', async () => {
    server = await hostileServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/x-git-upload-pack-advertisement' });
      response.end(randomBytes(300));
    });
    const args = ['--repository', `${server.url}/org/config.git`, '--image', 'ghcr.io/org/app:1.2.3', '--files', '**/*.yaml'];
    await expectFailedCleanly(await runCli(box, 'bump-manifest', args, { INPUT_TOKEN: PASSWORD }, DEADLINE_MS), PASSWORD, 'x-access-token');
  });
});

// A run that hangs is killed at DEADLINE_MS and fails its test with code null, not a vitest timeout.
const LONG = DEADLINE_MS + 30_000;

describe('[stall] servers that take the request and never answer', () => {
  it('[stall] an Argo CD that never answers, with timeout 5s', async () => {
    server = await hostileServer(() => {});
    const run = await runCli(box, 'argocd-sync', argocdArgs(server.url), { INPUT_AUTH_TOKEN: ARGO_TOKEN }, DEADLINE_MS);
    await expectFailedCleanly(run, ARGO_TOKEN);
  }, LONG);
});

describe('[trickle] servers that answer one byte at a time', () => {
  it('[trickle] an Argo CD trickling its answer, with timeout 5s', async () => {
    const timers = new Set<NodeJS.Timeout>();
    server = await hostileServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => response.write(' '), 1_000);
      timers.add(timer);
      response.on('close', () => clearInterval(timer));
    });
    try {
      await expectFailedCleanly(await runCli(box, 'argocd-sync', argocdArgs(server.url), { INPUT_AUTH_TOKEN: ARGO_TOKEN }, DEADLINE_MS), ARGO_TOKEN);
    } finally {
      for (const timer of timers) clearInterval(timer);
    }
  }, LONG);
});

/**
 * A proxy to `upstream` that forwards every request, except that for those `drop` picks it cuts
 * the client's connection: `after` the upstream's whole answer (the change has landed), or
 * `before` forwarding anything (it has not). `times` bounds how many are cut.
 */
async function droppingProxy(
  upstream: string,
  drop: (request: http.IncomingMessage) => boolean,
  options: { when: 'before' | 'after'; times?: number } = { when: 'after' },
): Promise<HostileServer & { counter: { dropped: number } }> {
  const target = new URL(upstream);
  const counter = { dropped: 0 };
  const cut = (request: http.IncomingMessage) => drop(request) && counter.dropped < (options.times ?? Infinity);
  const proxy = await hostileServer((request, response, body) => {
    if (options.when === 'before' && cut(request)) {
      counter.dropped++;
      request.socket.destroy();
      return;
    }
    const forwarded = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: { ...request.headers, host: request.headers.host } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          if (options.when === 'after' && cut(request)) {
            counter.dropped++;
            request.socket.destroy();
            return;
          }
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          response.end(Buffer.concat(chunks));
        });
      },
    );
    forwarded.on('error', () => request.socket.destroy());
    forwarded.end(body);
  });
  return Object.assign(proxy, { counter });
}

describe('[drop] a push that lands, then loses its answer', () => {
  let git: GitServer;
  let registry: Registry;
  beforeAll(async () => {
    [git, registry] = await Promise.all([startGitServer({ username: 'x-access-token', password: PASSWORD, repos: [] }), startRegistry({ auth: 'htpasswd', users: { [USERNAME]: PASSWORD } })]);
  });
  afterAll(async () => {
    await Promise.all([git?.stop(), registry?.stop()]);
  });

  const receivePack = (request: http.IncomingMessage) => request.method === 'POST' && Boolean(request.url?.endsWith('/git-receive-pack'));

  /** bump-manifest (push-retries 2) on a fresh repository `name`, through a proxy cutting its pushes. */
  async function bumpThroughProxy(name: string, cuts: { when: 'before' | 'after'; times?: number }) {
    const repoUrl = await git.createRepo(name, { 'apps/kustomization.yaml': 'images:\n  - name: ghcr.io/org/app\n    newTag: "1.0.0"\n' });
    const proxy = await droppingProxy(new URL(repoUrl).origin, receivePack, cuts);
    server = proxy;
    const args = ['--repository', repoUrl.replace(new URL(repoUrl).origin, proxy.url), '--image', 'ghcr.io/org/app:1.2.3', '--files', 'apps/kustomization.yaml', '--push-retries', '2'];
    const run = await runCli(box, 'bump-manifest', args, { ...isolatedGitEnv(), INPUT_TOKEN: PASSWORD }, DEADLINE_MS);
    return { run, dropped: proxy.counter.dropped, commits: (await git.log(name, 'main')).length };
  }

  it('[drop] bump-manifest sees that a push whose answer was lost landed, and says so', async () => {
    const { run, dropped, commits } = await bumpThroughProxy('org/landed', { when: 'after' });
    expect(dropped, run.stderr).toBeGreaterThan(0);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/answer to the push was lost .* it landed/);
    expect(await git.readFileAtHead('org/landed', 'main', 'apps/kustomization.yaml')).toContain('newTag: "1.2.3"');
    expect(commits).toBe(2);
    expect(await leftIn(box.runnerTemp)).toEqual([]);
    expect(leaks(await userReadable(box, run), PASSWORD, 'x-access-token')).toEqual([]);
  });

  it('[drop] bump-manifest pushes again when a push was cut before it landed', async () => {
    // Two cuts: curl may resend a request whose connection died at once, and that resend must be cut too.
    const { run, dropped, commits } = await bumpThroughProxy('org/cut', { when: 'before', times: 2 });
    expect(dropped, run.stderr).toBe(2);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('did not land; trying again');
    expect(commits).toBe(2);
    expect(leaks(await userReadable(box, run), PASSWORD, 'x-access-token')).toEqual([]);
  });

  it('[drop] bump-manifest exits non-zero, naming the cut, when every push is cut before it lands', async () => {
    const { run, dropped, commits } = await bumpThroughProxy('org/always-cut', { when: 'before' });
    // Three push attempts (push-retries 2), each cut, curl's resends included.
    expect(dropped, run.stderr).toBeGreaterThanOrEqual(3);
    await expectFailedCleanly(run, PASSWORD, 'x-access-token');
    expect(run.stderr).toMatch(/could not push/);
    expect(commits).toBe(1);
  });

  it('[drop] push-oci-artifact exits non-zero when every manifest upload loses its answer', async () => {
    const proxy = await droppingProxy(registry.url, (request) => request.method === 'PUT' && Boolean(request.url?.includes('/manifests/')));
    server = proxy;
    const run = await runCli(box, 'push-oci-artifact', await artifactArgs(proxy.host), { INPUT_PASSWORD: PASSWORD }, DEADLINE_MS);
    expect(proxy.counter.dropped, run.stderr).toBeGreaterThan(0);
    await expectFailedCleanly(run, PASSWORD);
    // No output claims a digest the client never had confirmed.
    expect(run.stdout).not.toMatch(/"digest":"sha256:/);
  });
});
