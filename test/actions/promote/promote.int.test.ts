import { testParseContext, withTestRuntime } from '../../runtime.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions } from '../../../src/actions/index.js';
import { definition } from '../../../src/actions/promote/definition.js';
import { runPromote } from '../../../src/actions/promote/run.js';
import { readCiContext } from '../../../src/core/context.js';
import { ActionFailure, ConfigurationError } from '../../../src/core/errors.js';
import { InputReader, inputSourceFromObject } from '../../../src/core/inputs.js';
import { RegistryClient } from '../../../src/core/oci/client.js';
import { copyByDigest } from '../../../src/core/oci/copy.js';
import { anonymous } from '../../../src/core/oci/credentials.js';
import { cliMain, EXIT_USAGE } from '../../../src/platform/cli-main.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { configurationErrorOf } from '../../configuration-error.js';
import { startFaultProxy, type FaultProxy } from '../../fakes/fault-proxy.js';
import { isolatedGitEnv, makeTempDir, removeDir, run, startRegistry, type Registry } from '../../harness/index.js';
import { pushImageSet, skopeoInspect, skopeoTags, testClient, type PushedImageSet } from './images.js';

let one: Registry;
let two: Registry;
let scratch: string;
let app: PushedImageSet;
const context = readCiContext({ GITHUB_SHA: 'c0ffee'.padEnd(40, '0'), GITHUB_REPOSITORY: 'org/app', GITHUB_SERVER_URL: 'https://github.com' });

beforeAll(async () => {
  [one, two] = await Promise.all([startRegistry(), startRegistry()]);
  scratch = await makeTempDir('promote');
  app = await pushImageSet(testClient(one.host), 'team/app', 'dev');
}, 60_000);

afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
  if (scratch) await removeDir(scratch);
});

function parse(values: Record<string, string>) {
  return definition.parse(new InputReader(definition.inputs, inputSourceFromObject({ insecure: 'true', ...values })), testParseContext({ ci: context }));
}

async function promote(values: Record<string, string>, io = new RecordingIO()) {
  const result = await withTestRuntime({ env: { HOME: scratch }, ci: context, io }, (runtime) => runPromote(parse(values), runtime));
  return { ...result, io };
}

describe('promote by digest', () => {
  it('copies an index within one registry by mounting: same digest, still an index, its referrer beside it', async () => {
    const { outputs, summary } = await promote({ source: `${one.host}/team/app@${app.index}`, target: `${one.host}/team/app-stage:stage` });

    expect(outputs.digest).toBe(app.index);
    expect(outputs.image).toBe(`${one.host}/team/app-stage@${app.index}`);
    expect(outputs.tags).toBe(`${one.host}/team/app-stage:stage`);
    const seen = await skopeoInspect(`${one.host}/team/app-stage:stage`);
    expect(seen.digest).toBe(app.index);
    expect(seen.raw.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(seen.raw.manifests?.map((entry) => entry.digest)).toEqual(app.platforms);
    for (const platform of app.platforms) expect((await skopeoInspect(`${one.host}/team/app-stage@${platform}`)).digest).toBe(platform);
    const referrers = await skopeoInspect(`${one.host}/team/app-stage:${app.index.replace(':', '-')}`);
    expect(referrers.raw.manifests?.map((entry) => entry.digest)).toEqual([app.referrer]);
    expect(outputs.referrers).toBe(app.referrer);
    // Two platform layers and configs plus the referrer's blobs: all mounted, none streamed.
    expect(summary).toMatch(/0 already there, \d+ mounted, 0 streamed/);
    expect(JSON.parse(outputs.record)).toMatchObject({ digest: app.index, image: outputs.image, tags: [`${one.host}/team/app-stage:stage`] });
  });

  it('resolves a tag once and copies across registries by streaming: the digest is the same', async () => {
    const { outputs, summary } = await promote({ source: `${one.host}/team/app:dev`, target: `${two.host}/mirror/app:v1`, tags: 'stable' });

    expect(outputs.digest).toBe(app.index);
    expect(outputs.source).toBe(`${one.host}/team/app@${app.index}`);
    expect((await skopeoInspect(`${two.host}/mirror/app:v1`)).digest).toBe(app.index);
    expect((await skopeoInspect(`${two.host}/mirror/app:stable`)).digest).toBe(app.index);
    expect((await skopeoInspect(`${two.host}/mirror/app:${app.index.replace(':', '-')}`)).raw.manifests?.[0]?.digest).toBe(app.referrer);
    expect(summary).toMatch(/0 mounted, \d+ streamed/);
  });

  it('reads the reference an environment folder runs, with bump-manifest\'s promotion logic', async () => {
    const config = await configCheckout({ 'envs/dev/kustomization.yaml': `images:\n  - name: ${one.host}/team/app\n    digest: ${app.index}\n` });
    const { outputs, summary } = await promote({
      source: `${one.host}/team/app`,
      from: 'envs/dev',
      'config-path': config,
      target: `${one.host}/team/app:stage`,
    });
    expect(outputs.digest).toBe(app.index);
    expect((await skopeoInspect(`${one.host}/team/app:stage`)).digest).toBe(app.index);
    expect(summary).toContain(`envs/dev runs ${one.host}/team/app@${app.index}`);
  });
});

describe('copyByDigest', () => {
  it('streams a layer above the chunk threshold as ranged reads, one chunk at a time', async () => {
    const source = testClient(one.host);
    const target = new RegistryClient({ registry: two.host, credentials: anonymous, io: new RecordingIO(), plainHttp: true, chunkedUploadThreshold: 64 * 1024, chunkSize: 100 * 1024 });
    const result = await copyByDigest({
      source: { client: source, repository: 'team/app' },
      target: { client: target, repository: 'chunked/app' },
      digest: app.platforms[0],
      tags: ['v1'],
      referrers: false,
      io: new RecordingIO(),
    });
    expect(result.blobs.uploaded).toBe(2);
    expect(result.bytesCopied).toBeGreaterThanOrEqual(app.layerBytes);
    expect((await skopeoInspect(`${two.host}/chunked/app:v1`)).digest).toBe(app.platforms[0]);
  });
});

describe('bad input: a clear error naming the input, nothing moved', () => {
  it.each([
    [{ source: 'registry.example.com/team/app' }, 'source', /neither pinned .* nor tagged/],
    [{ source: 'registry.example.com/team/app:dev', target: 'registry.example.com/team/app:dev' }, 'target', /is the source itself/],
    [{ source: `registry.example.com/team/app@${'sha256:'.padEnd(71, 'a')}`, target: 'registry.example.com/team/app' }, 'target', /is the source itself/],
    [{ source: 'registry.example.com/team/app:dev', digest: 'sha256:abc' }, 'digest', /64 lowercase hex/],
    [{ source: 'registry.example.com/team/app:dev', target: 'registry.example.com/team/app@sha256:'.padEnd(101, 'a') }, 'target', /holds a digest/],
    [{ source: 'registry.example.com/team/app:dev', stages: 'copy,deploy' }, 'stages', /expected some of copy, bump, sync/],
    [{ source: 'registry.example.com/team/app:dev', target: 'r.example.com/x:y', stages: 'bump' }, 'config-files', /required/],
  ])('%j -> %s', (values, input, message) => {
    const error = configurationErrorOf(() => parse(values));
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
  });

  it.each([
    ['a tag the registry does not have', () => ({ source: `${one.host}/team/app:missing`, target: `${one.host}/team/moved:x` }), 'source', /has no tag "missing"/],
    ['a digest the registry does not hold', () => ({ source: `${one.host}/team/app`, digest: `sha256:${'e'.repeat(64)}`, target: `${one.host}/team/moved:x` }), 'digest', /holds no manifest/],
  ])('%s', async (_name, values, input, message) => {
    const error = await promote(values()).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe(input);
    expect((error as Error).message).toMatch(message);
    expect(await skopeoTags(`${one.host}/team/moved`)).toEqual([]);
  });

  it('an environment folder that runs no reference of the image: names "from"', async () => {
    const config = await configCheckout({ 'envs/dev/kustomization.yaml': 'images:\n  - name: other.example.com/else\n    newTag: "1"\n' });
    const error = await promote({ source: `${one.host}/team/app`, from: 'envs/dev', 'config-path': config, target: `${one.host}/team/moved:x` }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe('from');
    expect(await skopeoTags(`${one.host}/team/moved`)).toEqual([]);
  });

  it('exits 2 from the CLI, naming the input', async () => {
    const stderr: string[] = [];
    const sink = { write: (text: string) => stderr.push(text) > 0 };
    const code = await cliMain(actions, {
      argv: ['promote', '--source', `${one.host}/team/app:missing`, '--target', `${one.host}/team/moved:x`, '--insecure', 'true'],
      env: { HOME: scratch },
      stdout: { write: () => true },
      stderr: sink,
      version: 'test',
    });
    expect(code).toBe(EXIT_USAGE);
    expect(stderr.join('')).toContain('Input "source"');
  });
});

describe('a registry failing in the middle of a copy', () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy(two.url);
  });
  afterAll(async () => proxy?.stop());

  it('fails clearly, and moves no tag', async () => {
    // The target answers 503 to every blob upload: down for writes, as during a registry restart.
    proxy.inject({ method: 'PUT', path: /\/blobs\/uploads\//, times: 1000, fault: { kind: 'status', status: 503 } });
    proxy.inject({ method: 'POST', path: /\/blobs\/uploads\//, times: 1000, fault: { kind: 'status', status: 503 } });
    const other = await pushImageSet(testClient(one.host), 'team/other', 'dev', 'other');
    const error = await promote({ source: `${one.host}/team/other@${other.index}`, target: `${proxy.host}/broken/app:v1` }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ActionFailure);
    expect((error as Error).message).toMatch(/503/);
    proxy.clearFaults();
    expect(await skopeoTags(`${two.host}/broken/app`)).toEqual([]);
  }, 120_000);
});

/** A config checkout with one commit: the promotion reads the folder as it is there. */
async function configCheckout(files: Record<string, string>): Promise<string> {
  const dir = await makeTempDir('promote-config');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const env = isolatedGitEnv();
  await run('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
  await run('git', ['add', '.'], { cwd: dir, env });
  await run('git', ['commit', '-q', '-m', 'config'], { cwd: dir, env });
  return dir;
}
