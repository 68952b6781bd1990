import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildahEnv,
  buildBusyboxBase,
  createOciLayout,
  createTestCa,
  httpStatus,
  isolatedGitEnv,
  makeTempDir,
  removeDir,
  requireTool,
  run,
  startGitServer,
  startRegistry,
  startTokenAuthRegistry,
  type BuildahEnv,
  type OciLayout,
  type RunOptions,
} from './index.js';

let tmp: string;
let containers: BuildahEnv;
let layout: OciLayout;

beforeAll(async () => {
  tmp = await makeTempDir('harness-test');
  containers = await buildahEnv(path.join(tmp, 'containers'));
  layout = await createOciLayout(path.join(tmp, 'layout'), { 'hello.txt': 'hello\n', 'etc/app.conf': 'x=1\n' });
});
afterAll(async () => {
  if (tmp) await removeDir(tmp);
});

const skopeo = (args: string[], opts: RunOptions = {}) => run('skopeo', args, { ...opts, env: containers.env });

describe('tools', () => {
  it('resolves installed tools and names the Debian package of a missing one', async () => {
    expect(requireTool('git')).toMatch(/\/git$/);
    expect(() => requireTool('busybox-that-does-not-exist')).toThrow(/Debian package.*install-system-deps\.sh/);
    expect(await run('git', ['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^git version/) });
    await expect(run('git', ['no-such-command'])).rejects.toThrow(/no-such-command/);
    expect((await run('git', ['no-such-command'], { allowFailure: true })).code).not.toBe(0);
  });

  it('creates a CA whose server certificate covers 127.0.0.1 and localhost', async () => {
    const dir = path.join(tmp, 'ca');
    await mkdir(dir);
    const ca = await createTestCa(dir);
    const { stdout } = await run('openssl', ['x509', '-in', ca.serverCert, '-noout', '-ext', 'subjectAltName']);
    expect(stdout).toMatch(/IP Address:127\.0\.0\.1/);
    expect(stdout).toMatch(/DNS:localhost/);
    await run('openssl', ['verify', '-CAfile', ca.caCert, ca.serverCert]);
  });
});

describe('registry', () => {
  it('plain HTTP: push, inspect, delete', async () => {
    const registry = await startRegistry();
    try {
      expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const ref = `docker://${registry.host}/test/app:1`;
      await skopeo(['copy', '--dest-tls-verify=false', layout.ref, ref]);
      const { stdout } = await skopeo(['inspect', '--raw', '--tls-verify=false', ref]);
      expect(JSON.parse(stdout)).toMatchObject({ schemaVersion: 2, layers: [expect.anything()] });
      await skopeo(['delete', '--tls-verify=false', ref]);
      const gone = await skopeo(['inspect', '--raw', '--tls-verify=false', ref], { allowFailure: true });
      expect(gone.code).not.toBe(0);
    } finally {
      await registry.stop();
    }
    expect(await httpStatus(`${registry.url}/v2/`)).toBe(0);
  });

  it('htpasswd: rejects bad credentials and accepts good ones', async () => {
    const registry = await startRegistry({ auth: 'htpasswd', users: { alice: 's3cret', bob: 'hunter2' } });
    try {
      expect(registry).toMatchObject({ username: 'alice', password: 's3cret' });
      expect(await httpStatus(`${registry.url}/v2/`)).toBe(401);
      const ref = `docker://${registry.host}/test/app:1`;
      const bad = await skopeo(['copy', '--dest-tls-verify=false', '--dest-creds', 'alice:wrong', layout.ref, ref], {
        allowFailure: true,
      });
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toMatch(/unauthorized|authentication required/i);
      await skopeo(['copy', '--dest-tls-verify=false', '--dest-creds', 'bob:hunter2', layout.ref, ref]);
      await skopeo(['inspect', '--raw', '--tls-verify=false', '--creds', 'alice:s3cret', ref]);
    } finally {
      await registry.stop();
    }
  });

  it('TLS: trusted through --cert-dir, refused without the CA', async () => {
    const registry = await startRegistry({ tls: true });
    try {
      expect(registry.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(registry.caCert && registry.certDir).toBeTruthy();
      const certDir = registry.certDir ?? '';
      const ref = `docker://${registry.host}/test/app:1`;
      await skopeo(['copy', '--dest-cert-dir', certDir, layout.ref, ref]);
      await skopeo(['inspect', '--raw', '--cert-dir', certDir, ref]);
      const untrusted = await skopeo(['inspect', '--raw', ref], { allowFailure: true });
      expect(untrusted.stderr).toMatch(/x509|certificate/i);
    } finally {
      await registry.stop();
    }
  });

  it('token auth: credentials go to the realm only, which issues scoped tokens', async () => {
    const registry = await startTokenAuthRegistry({
      users: { writer: 'w-pass', reader: 'r-pass' },
      grant: (user, scope) => (user === 'reader' ? scope.actions.filter((a) => a === 'pull') : scope.actions),
    });
    try {
      const challenge = await fetch(`${registry.url}/v2/`);
      expect(challenge.status).toBe(401);
      expect(challenge.headers.get('www-authenticate')).toContain(`Bearer realm="${registry.token.realm}"`);

      const ref = `docker://${registry.host}/team/app:1`;
      const copy = (creds: string) =>
        skopeo(['copy', '--dest-tls-verify=false', '--dest-creds', creds, layout.ref, ref], { allowFailure: true });
      expect((await copy('writer:wrong')).code).not.toBe(0);
      expect(registry.token.requests.at(-1)).toMatchObject({ username: 'writer', status: 401 });
      expect((await copy('reader:r-pass')).code).not.toBe(0);
      expect((await copy('writer:w-pass')).stderr).not.toMatch(/fatal/);
      await skopeo(['inspect', '--raw', '--tls-verify=false', '--creds', 'reader:r-pass', ref]);

      const requests = registry.token.requests;
      expect(requests.every((r) => r.path === '/token' && r.service === registry.token.service)).toBe(true);
      expect(requests.find((r) => r.username === 'writer' && r.status === 200)?.scopes).toEqual([
        'repository:team/app:pull,push',
      ]);

      const tokenResponse = await fetch(`${registry.token.realm}?service=${registry.token.service}&scope=repository:team/app:pull`, {
        headers: { authorization: `Basic ${Buffer.from('reader:r-pass').toString('base64')}` },
      });
      const body = (await tokenResponse.json()) as { token: string; access_token: string; expires_in: number; issued_at: string };
      expect(body.access_token).toBe(body.token);
      expect(body.expires_in).toBeGreaterThan(0);
      const [header, claims] = body.token.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as unknown);
      expect(header).toMatchObject({ alg: 'ES256', x5c: [expect.any(String)] });
      expect(claims).toMatchObject({ sub: 'reader', access: [{ type: 'repository', name: 'team/app', actions: ['pull'] }] });
    } finally {
      await registry.stop();
    }
  });

  it('token auth over TLS: realm and registry share the test CA', async () => {
    const registry = await startTokenAuthRegistry({ tls: true });
    try {
      const certDir = registry.certDir ?? '';
      const ref = `docker://${registry.host}/test/app:1`;
      await skopeo(['copy', '--dest-cert-dir', certDir, '--dest-creds', `${registry.username}:${registry.password}`, layout.ref, ref]);
      expect(registry.token.realm).toMatch(/^https:/);
      expect(registry.token.requests.some((r) => r.status === 200)).toBe(true);
    } finally {
      await registry.stop();
    }
  });
});

describe('git server', () => {
  const gitIn = (cwd: string, args: string[], opts: RunOptions = {}) => run('git', args, { cwd, ...opts, env: isolatedGitEnv() });

  it('requires basic auth, then serves clone and push', async () => {
    const server = await startGitServer({ username: 'bot', password: 'tok3n', repos: ['empty'] });
    try {
      await server.createRepo('org/deploy', { 'apps/web/values.yaml': 'image: web:1\n', 'README.md': '# deploy\n' });
      const anonymous = await gitIn(tmp, ['clone', server.url('org/deploy'), path.join(tmp, 'anon')], { allowFailure: true });
      expect(anonymous.code).not.toBe(0);
      expect(server.requests[0]).toMatchObject({ user: undefined, status: 401 });

      const work = path.join(tmp, 'deploy');
      await gitIn(tmp, ['clone', '--quiet', server.authUrl('org/deploy'), work]);
      expect(await readFile(path.join(work, 'apps/web/values.yaml'), 'utf8')).toBe('image: web:1\n');
      await writeFile(path.join(work, 'apps/web/values.yaml'), 'image: web:2\n');
      await gitIn(work, ['commit', '--quiet', '-am', 'Bump web to 2']);
      await gitIn(work, ['push', '--quiet', 'origin', 'main']);

      expect(await server.readFileAtHead('org/deploy', 'main', 'apps/web/values.yaml')).toBe('image: web:2\n');
      const log = await server.log('org/deploy', 'main');
      expect(log.map((c) => c.subject)).toEqual(['Bump web to 2', 'Initial commit']);
      expect(log[0]).toMatchObject({ sha: expect.stringMatching(/^[0-9a-f]{40}$/), author: 'Harness Author' });
      expect(server.requests.every((r) => r.status > 0)).toBe(true);
      expect(server.requestCount).toBe(server.requests.length);

      // Over http.postBuffer (1 MiB), git streams the push chunked, without a Content-Length.
      await writeFile(path.join(work, 'blob.bin'), randomBytes(2 * 1024 * 1024));
      await gitIn(work, ['add', 'blob.bin']);
      await gitIn(work, ['commit', '--quiet', '-m', 'Add a large blob']);
      await gitIn(work, ['push', '--quiet', 'origin', 'main']);
      expect((await server.log('org/deploy', 'main'))[0]?.subject).toBe('Add a large blob');

      // A repository created empty accepts a first push.
      await gitIn(work, ['push', '--quiet', server.authUrl('empty'), 'main']);
      expect((await server.log('empty', 'main')).length).toBe(3);
    } finally {
      await server.stop();
    }
  });

  it('handles 16 concurrent pushes: all to distinct branches land, one wins a race on main', async () => {
    const server = await startGitServer({ username: 'bot', password: 'tok3n' });
    try {
      await server.createRepo('race', { 'v.txt': '0\n' });
      const work = path.join(tmp, 'race');
      await gitIn(tmp, ['clone', '--quiet', server.authUrl('race'), work]);
      const commits = await Promise.all(
        Array.from({ length: 16 }, async (_, i) =>
          (await gitIn(work, ['commit-tree', 'HEAD^{tree}', '-p', 'HEAD', '-m', `change ${i}`])).stdout.trim(),
        ),
      );
      const push = (sha: string, branch: string) =>
        gitIn(work, ['push', '--quiet', server.authUrl('race'), `${sha}:refs/heads/${branch}`], { allowFailure: true });

      const branchPushes = await Promise.all(commits.map((sha, i) => push(sha, `feature-${i}`)));
      expect(branchPushes.map((r) => r.code)).toEqual(commits.map(() => 0));
      for (const [i, sha] of commits.entries()) expect((await server.log('race', `feature-${i}`))[0]?.sha).toBe(sha);

      const mainPushes = await Promise.all(commits.map((sha) => push(sha, 'main')));
      expect(mainPushes.filter((r) => r.code === 0)).toHaveLength(1);
      const winner = commits[mainPushes.findIndex((r) => r.code === 0)];
      expect((await server.log('race', 'main'))[0]?.sha).toBe(winner);
    } finally {
      await server.stop();
    }
  });
});

describe('busybox base image', () => {
  it('builds, pushes, and serves as FROM for a Dockerfile with RUN', async () => {
    const registry = await startRegistry();
    const buildTmp = await makeTempDir('bud');
    try {
      const base = await buildBusyboxBase(registry.host);
      expect(base).toBe(`${registry.host}/base/busybox:latest`);

      const { env, globalArgs } = await buildahEnv(path.join(buildTmp, 'buildah'));
      const buildah = (...args: string[]) => run('buildah', [...globalArgs, ...args], { env });
      const context = path.join(buildTmp, 'context');
      await mkdir(context);
      await writeFile(path.join(context, 'Dockerfile'), `FROM ${base}\nRUN echo hi > /x && ls /bin/sh\n`);
      const app = `${registry.host}/team/app:1`;
      await buildah('bud', '--tls-verify=false', '-t', app, context);
      await buildah('push', '--tls-verify=false', app, `docker://${app}`);

      const container = (await buildah('from', '--tls-verify=false', app)).stdout.trim();
      expect((await buildah('run', container, 'cat', '/x')).stdout).toBe('hi\n');
      const manifest = JSON.parse((await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${app}`])).stdout) as {
        layers: unknown[];
      };
      expect(manifest.layers).toHaveLength(2);
    } finally {
      await removeDir(buildTmp);
      await registry.stop();
    }
  });

  it('works against a TLS registry with auth, trusting the CA through buildahEnv', async () => {
    const registry = await startRegistry({ tls: true, auth: 'htpasswd' });
    const buildTmp = await makeTempDir('bud-tls');
    try {
      const creds = `${registry.username}:${registry.password}`;
      const base = await buildBusyboxBase(registry.host, { certDir: registry.certDir, creds });
      const { env } = await buildahEnv(path.join(buildTmp, 'buildah'), {
        trustedRegistries: [{ host: registry.host, caCert: registry.caCert ?? '' }],
      });
      const context = path.join(buildTmp, 'context');
      await mkdir(context);
      await writeFile(path.join(context, 'Dockerfile'), `FROM ${base}\nRUN echo hi > /x\n`);
      // No --cert-dir / --tls-verify: the env alone must make buildah trust the registry.
      await run('buildah', ['bud', '--creds', creds, '-t', `${registry.host}/team/app:1`, context], { env });
    } finally {
      await removeDir(buildTmp);
      await registry.stop();
    }
  });
});
