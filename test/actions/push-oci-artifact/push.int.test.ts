import { testParseContext, withTestRuntime } from '../../runtime.js';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ActionFailure, ConfigurationError } from '../../../src/core/errors.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/push-oci-artifact/definition.js';
import { runPushOciArtifact } from '../../../src/actions/push-oci-artifact/run.js';
import { pushArtifact } from '../../../src/core/flux-artifact/push.js';
import { readCiContext } from '../../../src/core/context.js';
import { InputReader, inputSourceFromObject } from '../../../src/core/inputs.js';
import { RegistryClient } from '../../../src/core/oci/client.js';
import { inputCredentials } from '../../../src/core/oci/credentials.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { makeTempDir, removeDir, run, startRegistry, type Registry } from '../../harness/index.js';
import { GOLDEN_LAYER, writeGoldenTree } from '../../core/flux-artifact/helpers.js';
import { GOLDEN_MANIFEST_DIGEST } from './golden.js';

let registry: Registry;
let workspace: string;
let scratch: string;
const env = (): NodeJS.ProcessEnv => ({ GITHUB_WORKSPACE: workspace, RUNNER_TEMP: scratch });

const TREE: Record<string, string> = {
  'kustomization.yaml': 'resources:\n  - app/deployment.yaml\n',
  'app/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n',
  'app/service.yaml': 'apiVersion: v1\nkind: Service\n',
  '.git/HEAD': 'ref: refs/heads/main\n',
  'docs/diagram.png': 'png bytes',
};

beforeAll(async () => {
  registry = await startRegistry({ auth: 'htpasswd' });
  scratch = await makeTempDir('push-oci-artifact');
  workspace = path.join(scratch, 'workspace');
  for (const [name, content] of Object.entries(TREE)) {
    mkdirSync(path.dirname(path.join(workspace, 'deploy', name)), { recursive: true });
    writeFileSync(path.join(workspace, 'deploy', name), content);
  }
  chmodSync(path.join(workspace, 'deploy/app/service.yaml'), 0o600);
});

afterAll(async () => {
  await registry?.stop();
  if (scratch) await removeDir(scratch);
});

function inputsFor(values: Record<string, string>) {
  const context = readCiContext({ GITHUB_SHA: 'c0ffee'.padEnd(40, '0'), GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'org/app' });
  return { inputs: definition.parse(new InputReader(definition.inputs, inputSourceFromObject(values)), testParseContext({ env: env(), ci: context })), context };
}

async function push(values: Record<string, string>, io = new RecordingIO(), stdin?: string) {
  const { inputs, context } = inputsFor({ username: registry.username!, password: registry.password!, insecure: 'true', ...values });
  const options = { env: env(), ci: context, io, ...(stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) }) };
  const result = await withTestRuntime(options, (runtime) => runPushOciArtifact(inputs, runtime));
  return { ...result, io };
}

/** pushArtifact's own arguments, for a repository and tag, with a client logged in to the test registry. */
function corePush(repository: string, tag: string) {
  const io = new RecordingIO();
  const client = new RegistryClient({ registry: registry.host, credentials: inputCredentials({ username: registry.username, password: registry.password }, io), plainHttp: true, io });
  const options = {
    repository,
    tags: [tag],
    root: path.join(workspace, 'deploy'),
    ignorePaths: ['.git/', '*.png'],
    source: 'https://example.com/org/app',
    revision: `${tag}@sha1:abc`,
    created: '2026-01-02T03:04:05Z',
    annotations: new Map<string, string>(),
    tempDir: scratch,
  };
  return { io, client, options };
}

const creds = () => ['--tls-verify=false', '--creds', `${registry.username}:${registry.password}`];

async function inspectRaw(reference: string): Promise<string> {
  return (await run('skopeo', ['inspect', '--raw', ...creds(), `docker://${registry.host}/${reference}`])).stdout;
}

function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(path.join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(root, name) : [name];
  });
}

describe('push-oci-artifact against a real registry', () => {
  it('pushes a Flux artifact that skopeo reads back: media types, annotations, and exactly the input files', async () => {
    const { outputs, summary, io } = await push({
      url: `oci://${registry.host}/org/manifests:v1`,
      path: 'deploy',
      annotations: 'team=platform\norg.opencontainers.image.title=manifests',
      tags: 'stable, v1',
    });
    expect(outputs.repository).toBe(`${registry.host}/org/manifests`);
    expect(outputs.url).toBe(`${registry.host}/org/manifests@${outputs.digest}`);
    expect(outputs.tags).toBe('v1,stable');
    // As flux push artifact --output json prints it.
    expect(JSON.parse(outputs.info)).toEqual({ url: `oci://${registry.host}/org/manifests@${outputs.digest}`, repository: `${registry.host}/org/manifests`, tag: 'v1', digest: outputs.digest });
    expect(Object.keys(JSON.parse(outputs.info) as object)).toEqual(['url', 'repository', 'tag', 'digest']);

    const raw = await inspectRaw('org/manifests:v1');
    expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(outputs.digest);
    expect(await inspectRaw('org/manifests:stable')).toBe(raw);
    const manifest = JSON.parse(raw) as { mediaType: string; config: { mediaType: string }; layers: { mediaType: string }[]; annotations: Record<string, string> };
    expect(manifest.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(manifest.config.mediaType).toBe('application/vnd.cncf.flux.config.v1+json');
    expect(manifest.layers.map((layer) => layer.mediaType)).toEqual(['application/vnd.cncf.flux.content.v1.tar+gzip']);
    expect(Object.keys(manifest.annotations)).toEqual([
      'io.gitops-actions.content.diff-id',
      'org.opencontainers.image.created',
      'org.opencontainers.image.revision',
      'org.opencontainers.image.source',
      'org.opencontainers.image.title',
      'team',
    ]);
    expect(manifest.annotations['org.opencontainers.image.revision']).toBe(`main@sha1:${'c0ffee'.padEnd(40, '0')}`);
    expect(manifest.annotations['org.opencontainers.image.source']).toBe('https://github.com/org/app');
    expect(manifest.annotations['org.opencontainers.image.created']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const layout = path.join(scratch, 'copied');
    await run('skopeo', ['copy', '--src-tls-verify=false', '--src-creds', `${registry.username}:${registry.password}`, `docker://${registry.host}/org/manifests:v1`, `oci:${layout}:v1`]);
    const blob = (digest: string) => path.join(layout, 'blobs', 'sha256', digest.slice('sha256:'.length));
    const copied = JSON.parse(readFileSync(blob(outputs.digest), 'utf8')) as { config: { digest: string; size: number }; layers: { digest: string }[] };
    expect(copied.config.size).toBe(233);
    const unpacked = path.join(scratch, 'unpacked');
    mkdirSync(unpacked);
    await run('tar', ['-xzf', blob(copied.layers[0].digest), '-C', unpacked]);
    const expected = ['app/deployment.yaml', 'app/service.yaml', 'kustomization.yaml'];
    expect(listFiles(unpacked).sort()).toEqual(expected);
    for (const name of expected) expect(readFileSync(path.join(unpacked, name), 'utf8')).toBe(TREE[name]);
    expect(statSync(path.join(unpacked, 'app/service.yaml')).mode & 0o777).toBe(0o600);

    expect(summary).toContain('| Digest |');
    expect(io.everything).not.toContain(registry.password);
  });

  it('with reproducible, pushes the same digest again and skips the push, still applying new extra tags', async () => {
    const values = { url: `oci://${registry.host}/org/repro:v2`, path: 'deploy', reproducible: 'true' };
    const first = await push(values);
    const second = await push({ ...values, tags: 'latest', output: 'yaml' });
    expect(second.outputs.info).toBe(`digest: ${first.outputs.digest}\nrepository: ${registry.host}/org/repro\ntag: v2\nurl: oci://${registry.host}/org/repro@${first.outputs.digest}\n`);
    expect(second.outputs.digest).toBe(first.outputs.digest);
    expect(second.io.text('info')).toContain(`org/repro:v2 already points to ${first.outputs.digest}: skipped the push.`);
    expect(second.io.text('info')).toContain('Pushed org/repro:latest');
    expect(second.summary).toMatch(/`v2` \(unchanged\), `latest` \(pushed\)/);
    expect(JSON.parse(await inspectRaw('org/repro:latest')).annotations['org.opencontainers.image.created']).toBe('1970-01-01T00:00:00Z');
  });

  it('with reproducible, gives the manifest digest pinned here for a fixed tree and commit, as on any other machine', async () => {
    mkdirSync(path.join(workspace, 'golden'));
    writeGoldenTree(path.join(workspace, 'golden'));
    const { outputs } = await push({ url: `oci://${registry.host}/org/golden:v1`, path: 'golden', reproducible: 'true' });
    const manifest = JSON.parse(await inspectRaw('org/golden:v1')) as { layers: { digest: string; size: number }[] };
    expect(manifest.layers).toEqual([expect.objectContaining({ digest: GOLDEN_LAYER.digest, size: GOLDEN_LAYER.size })]);
    // Layer, config (diff_id, created 1970) and annotations (revision, source) all fixed: so is this.
    expect(outputs.digest).toBe(GOLDEN_MANIFEST_DIGEST);
  });

  it('reuses the layer the tag records for an unchanged tree, with nothing kept on disk between pushes', async () => {
    const { io, client, options } = corePush('org/unchanged', 'v3');
    const packed = await pushArtifact(options, client, io);
    const again = new RecordingIO();
    const reused = await pushArtifact(options, client, again);
    const fresh = await pushArtifact({ ...options, repository: 'org/unchanged-elsewhere' }, client, io);
    expect([packed.layerSource, reused.layerSource, fresh.layerSource]).toEqual(['packed', 'registry', 'packed']);
    expect(reused.manifest.equals(fresh.manifest)).toBe(true);
    expect(reused.digest).toBe(packed.digest);
    expect(reused.tags).toEqual([{ tag: 'v3', outcome: 'unchanged' }]);
    expect(again.text('info')).toContain(`org/unchanged:v3 already holds this tree (tar ${packed.annotations['io.gitops-actions.content.diff-id']})`);
    expect(again.text('info')).not.toContain('Packed');

    // A new revision of the same files: the layer stays, a new manifest names it; extra tags follow.
    const revised = await pushArtifact({ ...options, revision: 'v4@sha1:def', tags: ['v3', 'stable'] }, client, io);
    expect(revised.layerSource).toBe('registry');
    expect(revised.layer).toEqual(packed.layer);
    expect(revised.tags).toEqual([{ tag: 'v3', outcome: 'pushed' }, { tag: 'stable', outcome: 'pushed' }]);
    expect(await inspectRaw('org/unchanged:stable')).toBe(revised.manifest.toString());

    // An ignored newcomer leaves the tarball as it was.
    writeFileSync(path.join(workspace, 'deploy/app/diagram.png'), 'ignored');
    const afterIgnored = await pushArtifact(options, client, io);
    expect(afterIgnored.layerSource).toBe('registry');
    expect(afterIgnored.manifest.equals(fresh.manifest)).toBe(true);

    writeFileSync(path.join(workspace, 'deploy/app/service.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: {}\n');
    try {
      const changed = await pushArtifact(options, client, io);
      expect(changed.layerSource).toBe('packed');
      expect(changed.digest).not.toBe(packed.digest);
      expect(changed.tags).toEqual([{ tag: 'v3', outcome: 'pushed' }]);
    } finally {
      writeFileSync(path.join(workspace, 'deploy/app/service.yaml'), TREE['app/service.yaml']);
      rmSync(path.join(workspace, 'deploy/app/diagram.png'));
    }
  });

  it('packs when the tag holds a manifest without the diff_id annotation (pushed by flux, say)', async () => {
    const { io, client, options } = corePush('org/foreign', 'v1');
    const ours = await pushArtifact(options, client, io);
    const manifest = JSON.parse(ours.manifest.toString()) as { annotations: Record<string, string> };
    delete manifest.annotations['io.gitops-actions.content.diff-id'];
    await client.putManifest('org/foreign', 'v1', Buffer.from(JSON.stringify(manifest)), 'application/vnd.oci.image.manifest.v1+json');
    const again = await pushArtifact(options, client, io);
    expect(again.layerSource).toBe('packed');
    expect(again.digest).toBe(ours.digest);
    expect(again.tags).toEqual([{ tag: 'v1', outcome: 'pushed' }]);
  });

  it('with path -, packs the manifests piped in as one file, as flux push artifact -f - does', async () => {
    const manifests = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Secret\n\r\n\n';
    const values = { url: `oci://${registry.host}/org/stdin:v1`, path: '-', reproducible: 'true' };
    const first = await push(values, new RecordingIO(), manifests);
    const layout = path.join(scratch, 'stdin-copy');
    await run('skopeo', ['copy', '--src-tls-verify=false', '--src-creds', `${registry.username}:${registry.password}`, `docker://${registry.host}/org/stdin:v1`, `oci:${layout}:v1`]);
    const manifest = JSON.parse(await inspectRaw('org/stdin:v1')) as { layers: { digest: string }[] };
    const blob = path.join(layout, 'blobs', 'sha256', manifest.layers[0].digest.slice('sha256:'.length));
    const listing = (await run('tar', ['-tvzf', blob])).stdout.trim().split('\n');
    expect(listing.map((line) => line.split(/\s+/).at(-1))).toEqual(['.', 'stdin.yaml']);
    expect(listing[1]).toMatch(/^-rw------- /);
    const unpacked = path.join(scratch, 'stdin-unpacked');
    mkdirSync(unpacked);
    await run('tar', ['-xzf', blob, '-C', unpacked]);
    // Trailing CR and LF cut, as Flux's saveReaderToFile does.
    expect(readFileSync(path.join(unpacked, 'stdin.yaml'), 'utf8')).toBe(manifests.replace(/[\r\n]+$/, ''));
    // A fixed name: the same input gives the same digest again.
    const second = await push(values, new RecordingIO(), manifests);
    expect(second.outputs.digest).toBe(first.outputs.digest);
  });

  it.each([
    ['empty', '\n\n', /Input "path": is "-" but stdin is empty/],
    ['not YAML', 'key: [unclosed\n', /Input "path": is "-" but stdin is not YAML/],
    ['a log line', 'Error from server (NotFound) deployments.apps "web" not found\n', /Input "path": is "-" but stdin is not YAML manifests/],
  ])('with path -, refuses stdin that is %s, and pushes nothing', async (_what, stdin, message) => {
    const url = `oci://${registry.host}/org/stdin-refused:v1`;
    const attempt = push({ url, path: '-' }, new RecordingIO(), stdin);
    await expect(attempt).rejects.toThrow(ConfigurationError);
    await expect(attempt).rejects.toThrow(message);
    const inspect = await run('skopeo', ['inspect', '--raw', ...creds(), `docker://${registry.host}/org/stdin-refused:v1`], { allowFailure: true });
    expect(inspect.code).not.toBe(0);
  });

  it('stops at the timeout a registry that never answers, failing with the timeout named', async () => {
    // Answers the version check, then holds every other request open: as a stuck registry would.
    const held: ServerResponse[] = [];
    const stuck = createServer((request, response) => {
      if (request.url === '/v2/') response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      else held.push(response);
    });
    await new Promise<void>((resolve) => stuck.listen(0, '127.0.0.1', resolve));
    const { port } = stuck.address() as AddressInfo;
    try {
      const attempt = push({ url: `oci://127.0.0.1:${port}/org/stuck:v1`, path: 'deploy', timeout: '2s' });
      await expect(attempt).rejects.toThrow(ActionFailure);
      await expect(attempt).rejects.toThrow(/did not finish within the timeout \(2 s\)/);
    } finally {
      for (const response of held) response.destroy();
      stuck.closeAllConnections();
      await new Promise((resolve) => stuck.close(resolve));
    }
  });

  it('in mode diff, tells whether the tree differs from what the tag holds, pushing nothing', async () => {
    const url = `oci://${registry.host}/org/diffed:v1`;
    const pushed = await push({ url, path: 'deploy' });
    const same = await push({ url, path: 'deploy', mode: 'diff' });
    expect([same.outputs.changed, same.outputs.digest]).toEqual(['false', pushed.outputs.digest]);
    expect(same.io.text('info')).toMatch(/it is what v1 holds/);
    expect((await push({ url: `oci://${registry.host}/org/diffed:absent`, path: 'deploy', mode: 'diff' })).outputs).toMatchObject({ changed: 'true', digest: '' });

    // An artifact without our annotation (as flux pushes them): its layer is read through gunzip.
    const manifest = JSON.parse(await inspectRaw('org/diffed:v1')) as { annotations: Record<string, string> };
    delete manifest.annotations['io.gitops-actions.content.diff-id'];
    const { client } = corePush('org/diffed', 'v1');
    await client.putManifest('org/diffed', 'foreign', Buffer.from(JSON.stringify(manifest)), 'application/vnd.oci.image.manifest.v1+json');
    expect((await push({ url: `oci://${registry.host}/org/diffed:foreign`, path: 'deploy', mode: 'diff' })).outputs.changed).toBe('false');

    writeFileSync(path.join(workspace, 'deploy/app/service.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: {}\n');
    try {
      expect((await push({ url, path: 'deploy', mode: 'diff' })).outputs.changed).toBe('true');
      expect((await push({ url: `oci://${registry.host}/org/diffed:foreign`, path: 'deploy', mode: 'diff' })).outputs.changed).toBe('true');
    } finally {
      writeFileSync(path.join(workspace, 'deploy/app/service.yaml'), TREE['app/service.yaml']);
    }
    // Nothing pushed: v1 still names the first push's manifest.
    expect(`sha256:${createHash('sha256').update(await inspectRaw('org/diffed:v1')).digest('hex')}`).toBe(pushed.outputs.digest);
  });

  it('in mode tag, points more tags at the manifest the url names, packing nothing', async () => {
    const pushed = await push({ url: `oci://${registry.host}/org/tagged:v1`, path: 'deploy' });
    const tagged = await push({ url: `oci://${registry.host}/org/tagged:v1`, mode: 'tag', tags: 'stable, prod' });
    expect(tagged.outputs).toMatchObject({ digest: pushed.outputs.digest, tags: 'v1,stable,prod', changed: 'true' });
    expect(tagged.io.text('info')).not.toContain('Packed');
    expect(await inspectRaw('org/tagged:prod')).toBe(await inspectRaw('org/tagged:v1'));
    expect((await push({ url: `oci://${registry.host}/org/tagged:v1`, mode: 'tag', tags: 'stable' })).outputs.changed).toBe('false');
    await expect(push({ url: `oci://${registry.host}/org/tagged:missing`, mode: 'tag', tags: 'x' })).rejects.toThrow(/org\/tagged:missing does not exist/);
  });

  it('fails with wrong credentials before packing, without the password anywhere, and pushes nothing', async () => {
    const io = new RecordingIO();
    const wrong = 'not-the-password-123';
    const attempt = push({ url: `oci://${registry.host}/org/denied:v1`, path: 'deploy', password: wrong }, io);
    await expect(attempt).rejects.toThrow(/401|unauthori[sz]ed|refused access/i);
    const error = await attempt.catch((caught: Error) => caught.message);
    expect(error).not.toContain(wrong);
    expect(io.everything).not.toContain(wrong);
    expect(io.text('info')).not.toMatch(/Packed/);
    const inspect = await run('skopeo', ['inspect', '--raw', ...creds(), `docker://${registry.host}/org/denied:v1`], { allowFailure: true });
    expect(inspect.code).not.toBe(0);
  });
});
