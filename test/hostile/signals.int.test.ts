import { randomUUID } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitRunner } from '../../src/core/git/runner.js';
import { buildahEnv, buildBusyboxBase, startRegistry, type Registry } from '../harness/index.js';
import { eventually, hostileServer, inheritingProcesses, tempDirsNamed, leaks, leftIn, PASSWORD, processesMentioning, sandbox, startCli, stopCli, USERNAME, userReadable, type HostileServer, type Sandbox } from './hostile.js';

/**
 * A cancelled job (the runner's SIGINT then SIGTERM, Ctrl-C, a Tekton task's deadline) mid-build
 * and mid-clone: afterwards the temp dir is empty (no containers-auth.json, no docker config.json
 * with base64 user:password, no build secret), no process of the run is left, the exit status
 * says cancelled, and nothing the user can read holds a secret.
 */

const CANCELLED = { SIGTERM: 143, SIGINT: 130 } as const;

let box: Sandbox;
beforeEach(async () => {
  box = await sandbox('signal');
});
/** CLIs a test started: stopped before the sandbox goes, should an assertion fail before the test's own signal. */
const running: Array<Parameters<typeof stopCli>[0]> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(stopCli));
  await box.remove();
});

/** A git server that takes the connection and the request, then never answers: git-remote-http waits for ever. */
async function stallingGitServer(): Promise<HostileServer> {
  return hostileServer(() => {});
}

describe('[signal] cancelling bump-manifest mid-clone', () => {
  let server: HostileServer;
  beforeEach(async () => {
    server = await stallingGitServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('[signal] %s stops git and its git-remote-http child and removes the clone', async (signal) => {
    const started = startCli(box, 'bump-manifest', ['--repository', `${server.url}/org/config.git`, '--image', 'ghcr.io/org/app:1.2.3', '--files', '**/*.yaml'], { INPUT_TOKEN: PASSWORD });
    running.push(started);
    const { child, done } = started;
    // git-remote-http is the child that holds the connection (and, before, the pipes).
    expect(await eventually(async () => (await processesMentioning(server.host)).some((line) => line.includes('remote-http')) && server.requests.length > 0)).toBe(true);
    expect(await tempDirsNamed(box.runnerTemp, 'bump-manifest-')).toHaveLength(1);
    // git and its helpers get the token as an http.extraheader, not our INPUT_TOKEN variable.
    expect(await inheritingProcesses(server.host, 'INPUT_TOKEN')).toEqual([]);
    child.kill(signal);
    const run = await done;
    expect(run.code).toBe(CANCELLED[signal]);
    expect(run.stderr).toContain(`cancelled by ${signal}`);
    expect(await eventually(async () => (await processesMentioning(server.host)).length === 0, 10_000)).toBe(true);
    expect(await leftIn(box.runnerTemp)).toEqual([]);
    // Nothing half-done: no outputs were handed on.
    expect(await leftIn(box.outputs)).toEqual([]);
    expect(leaks(await userReadable(box, run), PASSWORD, 'x-access-token')).toEqual([]);
  });
});

describe('[signal] cancelling push-oci-artifact mid-upload', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('[signal] %s leaves no packed layer or temp file behind', async (signal) => {
    // A registry that takes the login and then never answers the blob upload (distribution's API, v2 spec).
    const server = await hostileServer((request, response) => {
      if (!request.headers.authorization) {
        response.writeHead(401, { 'www-authenticate': 'Basic realm="hostile"', 'docker-distribution-api-version': 'registry/2.0' });
        response.end();
      } else if (request.method === 'HEAD' || (request.method === 'GET' && request.url?.includes('/manifests/'))) {
        // Nothing there yet: no blob, and no tag whose manifest could make the push a no-op.
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}');
      } else if (request.url === '/v2/') {
        response.writeHead(200, { 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0' });
        response.end('{}');
      }
    });
    try {
      await mkdir(path.join(box.workspace, 'manifests'), { recursive: true });
      await writeFile(path.join(box.workspace, 'manifests', 'app.yaml'), 'kind: ConfigMap\n');
      const args = ['--url', `oci://${server.host}/team/manifests:v1`, '--path', 'manifests', '--insecure', 'true', '--username', USERNAME];
      const started = startCli(box, 'push-oci-artifact', args, { INPUT_PASSWORD: PASSWORD });
      running.push(started);
      const { child, done } = started;
      expect(await eventually(() => server.requests.some((request) => request.method !== 'HEAD' && request.path.includes('/blobs/')))).toBe(true);
      // The run's temp dir holds the packed layer while it uploads.
      expect((await leftIn(box.runnerTemp)).length).toBeGreaterThan(0);
      child.kill(signal);
      const run = await done;
      expect(run.code).toBe(CANCELLED[signal]);
      expect(await leftIn(box.runnerTemp)).toEqual([]);
      expect(await leftIn(box.outputs)).toEqual([]);
      expect(leaks(await userReadable(box, run), PASSWORD)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('[stall] a git server that never answers, at the runner time limit', () => {
  it('[stall] kills the clone with its whole process group, so the limit ends it', async () => {
    const server = await stallingGitServer();
    try {
      const git = createGitRunner({ baseEnv: { PATH: process.env.PATH, HOME: box.home, GIT_CONFIG_NOSYSTEM: '1' }, timeoutMs: 5_000 });
      const result = await git(['clone', '--quiet', `${server.url}/org/config.git`, path.join(box.dir, 'clone')], { cwd: box.dir });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('time limit 5000 ms');
      expect(server.requests.length).toBeGreaterThan(0);
      expect(await eventually(async () => (await processesMentioning(server.host)).length === 0, 10_000)).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('[signal] cancelling build-push mid-build (buildah)', () => {
  let registry: Registry;
  let base: string;
  let buildah: Awaited<ReturnType<typeof buildahEnv>>;
  let buildahDir: Sandbox;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'htpasswd', users: { [USERNAME]: PASSWORD } });
    base = await buildBusyboxBase(registry.host, { creds: `${USERNAME}:${PASSWORD}` });
    buildahDir = await sandbox('buildah');
    buildah = await buildahEnv(buildahDir.dir, { insecureRegistries: [registry.host] });
  });
  afterAll(async () => {
    await registry?.stop();
    await buildahDir?.remove();
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('[signal] %s stops the build process group and removes the credentials and secrets', async (signal) => {
    const mark = randomUUID();
    await writeFile(path.join(box.workspace, 'Dockerfile'), `FROM ${base}\nRUN --mount=type=secret,id=token HOSTILE_MARK=${mark} sleep 3141\n`);
    const started = startCli(
      box,
      'build-push',
      ['--image', `${registry.host}/team/app`, '--builder', 'buildah', '--insecure', 'true', '--username', USERNAME],
      { ...buildah.env, INPUT_PASSWORD: PASSWORD, INPUT_SECRETS: `token=${PASSWORD}` },
    );
    running.push(started);
    const { child, done } = started;
    // The RUN step is running: the credentials and the secret are on disk, as the build needs them.
    expect(await eventually(async () => (await processesMentioning(mark)).length > 0, 120_000)).toBe(true);
    const [workDir] = await tempDirsNamed(box.runnerTemp, 'build-push-');
    expect(workDir).toBeDefined();
    expect((await readdir(workDir)).sort()).toEqual(expect.arrayContaining(['containers-auth.json', 'docker-config', 'secrets']));
    // buildah and the RUN step get the credentials as files, not our INPUT_ variables.
    expect((await processesMentioning(box.workspace)).some((line) => line.includes('buildah'))).toBe(true);
    expect(await inheritingProcesses(box.workspace, 'INPUT_PASSWORD')).toEqual([]);
    expect(await inheritingProcesses(mark, 'INPUT_SECRETS')).toEqual([]);
    child.kill(signal);
    const run = await done;
    expect(run.code).toBe(CANCELLED[signal]);
    expect(await eventually(async () => (await processesMentioning(mark)).length === 0, 15_000)).toBe(true);
    expect(await processesMentioning(box.workspace)).toEqual([]);
    expect(await leftIn(box.runnerTemp)).toEqual([]);
    expect(await leftIn(box.outputs)).toEqual([]);
    expect(leaks(await userReadable(box, run), PASSWORD)).toEqual([]);
    // Nothing was pushed.
    const tags = await fetch(`${registry.url}/v2/team/app/tags/list`, { headers: { authorization: `Basic ${Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64')}` } });
    expect(tags.status).toBe(404);
  });
});

