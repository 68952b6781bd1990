import { parseTestInputs, withTestRuntime } from '../../runtime.js';
import { systemClock, type Clock } from '../../../src/core/runtime.js';
import type { BuildPushInputs } from '../../../src/actions/build-push/inputs.js';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/build-push/definition.js';
import { runBuildPush, type BuildPushRunDeps } from '../../../src/actions/build-push/run.js';
import { createProbe } from '../../../src/core/build/detect-builder.js';
import { createProcessRunner, type CommandRunner } from '../../../src/core/build/runner.js';
import type { Command } from '../../../src/core/build/plan.js';
import type { CiContext } from '../../../src/core/context.js';
import { ActionFailure, ConfigurationError } from '../../../src/core/errors.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { buildahEnv, buildBusyboxBase, freePort, makeTempDir, removeDir, run, startRegistry, type Registry } from '../../harness/index.js';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const SECRET = 'n0t-in-the-image-Zq81';
const PASSWORD = 'wrong-password-Kx93';
const context: CiContext = {
  provider: 'github',
  sha: SHA,
  ref: 'refs/heads/main',
  refType: 'branch',
  branch: 'main',
  defaultBranch: 'main',
  repository: 'org/app',
  repositoryUrl: 'https://github.com/org/app',
};

let registry: Registry;
let authRegistry: Registry;
let base: string;
let tmp: string;
let workspace: string;
let env: Record<string, string | undefined>;
/** The commit time labels and date tags see. */
const FIXED_CLOCK: Clock = { now: () => Date.parse('2026-01-02T03:04:05Z'), sleep: systemClock.sleep };

/** Every command the action runs, so a test can assert that no build happened. */
function recordingRunner(commands: Command[]): CommandRunner {
  const real = createProcessRunner({ baseEnv: env });
  return (command, onLine) => {
    commands.push(command);
    return real(command, onLine);
  };
}

async function action(inputs: Record<string, string>, options: { context?: CiContext } = {}) {
  const io = new RecordingIO();
  const commands: Command[] = [];
  const deps: Partial<BuildPushRunDeps> = { runner: recordingRunner(commands), probe: createProbe(env) };
  const where = { env: { ...process.env, ...env }, ci: options.context ?? context, workspace, io, clock: FIXED_CLOCK };
  // What the action leaves in the run's temp dir before the edge removes it: nothing.
  let leftovers: string[] = [];
  try {
    const parsed = parseTestInputs<BuildPushInputs>(definition, inputs, where, (secret) => io.mask(secret));
    const result = await withTestRuntime(where, async (runtime) => {
      try {
        return await runBuildPush(parsed, runtime, deps);
      } finally {
        leftovers = await readdir(runtime.tempDir);
      }
    });
    // What the edge (runParsedAction) does with the result, so io.everything holds it too.
    for (const name of Object.keys(definition.outputs)) io.setOutput(name, result.outputs[name as keyof typeof result.outputs]);
    if (result.summary) await io.writeSummary(result.summary);
    return { result, io, commands, leftovers };
  } catch (error) {
    return { error, io, commands, leftovers };
  }
}

async function inspect(reference: string, ...flags: string[]) {
  const { stdout } = await run('skopeo', ['inspect', '--tls-verify=false', ...flags, `docker://${reference}`], { env });
  return JSON.parse(stdout) as Record<string, unknown>;
}

async function tagsOf(repository: string): Promise<string[]> {
  const result = await run('skopeo', ['list-tags', '--tls-verify=false', `docker://${repository}`], { env, allowFailure: true });
  return result.code === 0 ? ((JSON.parse(result.stdout) as { Tags: string[] }).Tags ?? []).sort() : [];
}

beforeAll(async () => {
  [registry, authRegistry] = await Promise.all([startRegistry(), startRegistry({ auth: 'htpasswd' })]);
  base = await buildBusyboxBase(registry.host);
  tmp = await makeTempDir('build-push');
  workspace = path.join(tmp, 'workspace');
  const buildah = await buildahEnv(path.join(tmp, 'buildah'), { insecureRegistries: [registry.host, authRegistry.host] });
  env = { ...process.env, ...buildah.env };
  await mkdir(path.join(workspace, 'app'), { recursive: true });
  await writeFile(
    path.join(workspace, 'app', 'Dockerfile'),
    [
      `FROM ${base} AS build`,
      'ARG GREETING=hello',
      'RUN --mount=type=secret,id=token test -s /run/secrets/token && echo "$GREETING" > /greeting',
      `FROM ${base}`,
      'COPY --from=build /greeting /greeting',
      'COPY message.txt /message.txt',
      'ARG GREETING',
      'LABEL greeting=$GREETING',
      '',
    ].join('\n'),
  );
  await writeFile(path.join(workspace, 'app', 'message.txt'), 'built by build-push\n');
  await mkdir(path.join(workspace, 'labelled'));
  await writeFile(path.join(workspace, 'labelled', 'Dockerfile'), `FROM ${base}\nLABEL purpose=auth\n`);
  await mkdir(path.join(workspace, 'broken'));
  await writeFile(path.join(workspace, 'broken', 'Dockerfile'), `FROM ${base}\nRUN echo about to fail && exit 3\n`);
});

afterAll(async () => {
  await Promise.all([registry?.stop(), authRegistry?.stop()]);
  if (tmp) await removeDir(tmp);
});

describe('build-push with buildah against a real registry', () => {
  const appInputs = () => ({
    image: `${registry.host}/team/app`,
    context: 'app',
    tags: 'type=sha,format=long,prefix=\ntype=sha\ntype=ref,event=branch\ntype=raw,value=stable',
    labels: 'team=core',
    'build-args': 'GREETING=bonjour',
    secrets: `token=${SECRET}`,
    'skip-existing': 'true',
    insecure: 'true',
  });
  let first: Awaited<ReturnType<typeof action>>;

  it('builds a multi-stage Dockerfile, pushes every tag, and outputs the registry digest', async () => {
    first = await action(appInputs());
    expect(first.error).toBeUndefined();
    const outputs = first.result!.outputs;
    const repository = `${registry.host}/team/app`;
    expect(first.commands.map((command) => command.args[0])).toEqual(['bud', 'push']);
    expect(await tagsOf(repository)).toEqual([SHA, 'main', 'sha-a1b2c3d', 'stable'].sort());
    for (const tag of [SHA, 'main', 'sha-a1b2c3d', 'stable']) {
      expect((await inspect(`${repository}:${tag}`)).Digest, tag).toBe(outputs.digest);
    }
    expect(outputs.image).toBe(`${repository}@${outputs.digest}`);
    expect(outputs.tags.split('\n')).toEqual([SHA, 'main', 'stable', 'sha-a1b2c3d'].map((tag) => `${repository}:${tag}`));
    expect(outputs.skipped).toBe('false');
    expect(outputs.imageid).toMatch(/^sha256:[0-9a-f]{64}$/);
    const labels = (await inspect(`${repository}:${SHA}`)).Labels as Record<string, string>;
    expect(labels).toMatchObject({
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://github.com/org/app',
      'org.opencontainers.image.title': 'app',
      'org.opencontainers.image.version': 'main',
      'org.opencontainers.image.created': '2026-01-02T03:04:05.000Z',
      team: 'core',
      // The build arg reached the build (and the RUN with the secret mount succeeded, or no image).
      greeting: 'bonjour',
    });
    const config = JSON.stringify(await inspect(`${repository}:${SHA}`, '--config'));
    expect(config).not.toContain(SECRET);
    expect(first.io.everything).not.toContain(SECRET);
    expect(first.io.summary).toContain(outputs.digest);
    expect(first.leftovers).toEqual([]);
    expect(JSON.parse(outputs.metadata)).toMatchObject({ builder: 'buildah', digest: outputs.digest, skipped: false });
  });

  it('skip-existing: a re-run builds nothing and gives the same outputs', async () => {
    const again = await action(appInputs());
    expect(again.error).toBeUndefined();
    expect(again.commands).toEqual([]);
    const { skipped, metadata: _m1, ...outputs } = again.result!.outputs;
    const { skipped: firstSkipped, metadata: _m2, ...firstOutputs } = first.result!.outputs;
    expect(skipped).toBe('true');
    expect(firstSkipped).toBe('false');
    expect(outputs).toEqual(firstOutputs);
  });

  it('skip-existing: a new tag on the same commit is added by manifest copy, without a build', async () => {
    const tagged = await action(
      { ...appInputs(), tags: `${appInputs().tags}\ntype=semver,pattern={{version}}` },
      { context: { ...context, ref: 'refs/tags/v1.4.0', refType: 'tag', tag: 'v1.4.0', branch: undefined } },
    );
    expect(tagged.error).toBeUndefined();
    expect(tagged.commands).toEqual([]);
    const repository = `${registry.host}/team/app`;
    for (const tag of ['1.4.0', 'latest']) expect((await inspect(`${repository}:${tag}`)).Digest).toBe(first.result!.outputs.digest);
  });

  it('skip-existing: a sha-<7> tag of another commit starting alike is not reused; the build runs', async () => {
    const lookalike = `${SHA.slice(0, 7)}${'f'.repeat(33)}`;
    const rebuilt = await action({ ...appInputs(), tags: 'type=sha' }, { context: { ...context, sha: lookalike } });
    expect(rebuilt.error).toBeUndefined();
    expect(rebuilt.io.text('warning')).toContain(`was built from commit ${SHA}, not ${lookalike}`);
    expect(rebuilt.commands.map((command) => command.args[0])).toEqual(['bud', 'push']);
    expect(rebuilt.result!.outputs.skipped).toBe('false');
    const labels = (await inspect(`${registry.host}/team/app:sha-a1b2c3d`)).Labels as Record<string, string>;
    expect(labels['org.opencontainers.image.revision']).toBe(lookalike);
  });

  it('logs in with HARBOR_* variables through a throw-away auth file, never shown and removed afterwards', async () => {
    const harbor = { HARBOR_HOST: authRegistry.host, HARBOR_USERNAME: authRegistry.username!, HARBOR_PASSWORD: authRegistry.password! };
    Object.assign(process.env, harbor);
    try {
      const pushed = await action({ image: 'team/labelled', context: 'labelled', tags: 'type=sha', insecure: 'true' });
      expect(pushed.error).toBeUndefined();
      const [build, push] = pushed.commands;
      expect(build.env.REGISTRY_AUTH_FILE).toBeDefined();
      expect(push.args).toContain('--authfile');
      expect(pushed.result!.outputs.image).toMatch(new RegExp(`^${authRegistry.host}/team/labelled@sha256:`));
      const { stdout } = await run('skopeo', ['inspect', '--tls-verify=false', '--creds', `${authRegistry.username}:${authRegistry.password}`, `docker://${authRegistry.host}/team/labelled:sha-a1b2c3d`], { env });
      expect((JSON.parse(stdout) as { Digest: string }).Digest).toBe(pushed.result!.outputs.digest);
      expect(pushed.io.everything).not.toContain(authRegistry.password);
      expect(pushed.io.everything).not.toContain(Buffer.from(`${authRegistry.username}:${authRegistry.password}`).toString('base64'));
      expect(pushed.leftovers).toEqual([]);
      // The user's own configuration was never written.
      await expect(readdir(path.join(env.HOME!, '.docker'))).rejects.toThrow();
    } finally {
      for (const name of Object.keys(harbor)) delete process.env[name];
    }
  });

  it('a failing build with a login removes the throw-away auth file too', async () => {
    const harbor = { HARBOR_HOST: authRegistry.host, HARBOR_USERNAME: authRegistry.username!, HARBOR_PASSWORD: authRegistry.password! };
    Object.assign(process.env, harbor);
    try {
      const broken = await action({ image: 'team/broken', context: 'broken', insecure: 'true' });
      expect(broken.error).toBeInstanceOf(ActionFailure);
      expect(broken.commands.map((command) => command.args[0])).toEqual(['bud']);
      // The auth file was really handed to the failed build, and is gone with the temp dir.
      expect(broken.commands[0].env.REGISTRY_AUTH_FILE).toBeDefined();
      expect(broken.leftovers).toEqual([]);
      expect(broken.io.everything).not.toContain(authRegistry.password);
    } finally {
      for (const name of Object.keys(harbor)) delete process.env[name];
    }
  });

  it('a failing build pushes nothing', async () => {
    const broken = await action({ image: `${registry.host}/team/broken`, context: 'broken', insecure: 'true' });
    expect(broken.error).toBeInstanceOf(ActionFailure);
    expect(String(broken.error)).toMatch(/buildah build failed[\s\S]*exit/);
    expect(broken.commands.map((command) => command.args[0])).toEqual(['bud']);
    expect(await tagsOf(`${registry.host}/team/broken`)).toEqual([]);
    expect(broken.leftovers).toEqual([]);
  });
});

describe('bad input: a clear error naming the input, nothing built or pushed', () => {
  it.each<[string, Record<string, string>, string]>([
    ['missing Dockerfile', { context: 'broken', file: 'broken/Nope.Dockerfile' }, 'file'],
    ['missing context', { context: 'nowhere' }, 'context'],
    ['context with no Dockerfile', { context: '..' }, 'context'],
    ['invalid tag', { context: 'app', tags: 'type=raw,value=bad tag' }, 'tags'],
    ['invalid template', { context: 'app', tags: 'type=raw,value={{colour}}' }, 'tags'],
    ['invalid build-arg', { context: 'app', 'build-args': 'NOT-A-NAME=1' }, 'build-args'],
    ['image with a tag', { context: 'app', image: 'reg.example/team/app:v1' }, 'image'],
    ['password without user', { context: 'app', password: PASSWORD }, 'username'],
    ['kaniko with secrets', { context: 'app', builder: 'kaniko', secrets: `token=${SECRET}` }, 'secrets'],
  ])('%s', async (_name, inputs, input) => {
    const outcome = await action({ image: `${registry.host}/team/bad`, insecure: 'true', ...inputs });
    expect(outcome.error).toBeInstanceOf(ConfigurationError);
    expect((outcome.error as ConfigurationError).input).toBe(input);
    expect(outcome.commands).toEqual([]);
    expect(String((outcome.error as Error).message)).not.toContain(SECRET);
    expect(String((outcome.error as Error).message)).not.toContain(PASSWORD);
  });

  it('wrong credentials fail before the build and never show the password', async () => {
    const outcome = await action({ image: `${authRegistry.host}/team/app`, context: 'app', username: 'ci-user', password: PASSWORD, insecure: 'true' });
    expect(outcome.error).toBeInstanceOf(ActionFailure);
    expect((outcome.error as Error).message).toMatch(/Cannot push to .*nothing was built.*(401|refused)/s);
    expect(outcome.commands).toEqual([]);
    expect(outcome.io.everything).not.toContain(PASSWORD);
    expect((outcome.error as Error).message).not.toContain(PASSWORD);
  });

  it('an unreachable registry fails before the build', async () => {
    const port = await freePort();
    const outcome = await action({ image: `127.0.0.1:${port}/team/app`, context: 'app', insecure: 'true' });
    expect(outcome.error).toBeInstanceOf(ActionFailure);
    expect((outcome.error as Error).message).toMatch(new RegExp(`Cannot push to 127.0.0.1:${port}/team/app`));
    expect(outcome.commands).toEqual([]);
  });
});
