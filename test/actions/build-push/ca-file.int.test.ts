import { parseTestInputs, withTestRuntime } from '../../runtime.js';
import type { BuildPushInputs } from '../../../src/actions/build-push/inputs.js';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/build-push/definition.js';
import { runBuildPush, type BuildPushRunDeps } from '../../../src/actions/build-push/run.js';

import { createProbe } from '../../../src/core/build/detect-builder.js';
import type { Command } from '../../../src/core/build/plan.js';
import { createProcessRunner } from '../../../src/core/build/runner.js';
import type { CiContext } from '../../../src/core/context.js';
import { ActionFailure, ConfigurationError } from '../../../src/core/errors.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { buildahEnv, buildBusyboxBase, makeTempDir, removeDir, run, startRegistry, type Registry } from '../../harness/index.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const context: CiContext = { provider: 'github', sha: SHA, ref: 'refs/heads/main', refType: 'branch', branch: 'main', repository: 'org/app' };

// The registry under test speaks TLS with a certificate from a private CA (an internal Harbor);
// the base image comes from a plain one, so the builder meets the private CA only through ca-file.
let tlsRegistry: Registry;
let baseRegistry: Registry;
let tmp: string;
let workspace: string;
let env: Record<string, string | undefined>;

async function action(inputs: Record<string, string>) {
  const io = new RecordingIO();
  const commands: Command[] = [];
  const real = createProcessRunner({ baseEnv: env });
  const deps: Partial<BuildPushRunDeps> = {
    runner: (command, onLine) => {
      commands.push(command);
      return real(command, onLine);
    },
    probe: createProbe(env),
  };
  const where = { env, ci: context, workspace, io };
  let leftovers: string[] = [];
  try {
    const values = { image: `${tlsRegistry.host}/team/app`, context: 'app', builder: 'buildah', tags: 'type=sha', ...inputs };
    const parsed = parseTestInputs<BuildPushInputs>(definition, values, where);
    const result = await withTestRuntime(where, async (runtime) => {
      try {
        return await runBuildPush(parsed, runtime, deps);
      } finally {
        leftovers = await readdir(runtime.tempDir);
      }
    });
    return { result, io, commands, leftovers };
  } catch (error) {
    return { error, io, commands, leftovers };
  }
}

beforeAll(async () => {
  [tlsRegistry, baseRegistry] = await Promise.all([startRegistry({ tls: true }), startRegistry()]);
  const base = await buildBusyboxBase(baseRegistry.host);
  tmp = await makeTempDir('build-push-ca');
  workspace = path.join(tmp, 'workspace');
  // Only the plain base registry is configured; the TLS registry's CA is trusted nowhere here.
  const buildah = await buildahEnv(path.join(tmp, 'buildah'), { insecureRegistries: [baseRegistry.host] });
  env = { ...process.env, ...buildah.env };
  await mkdir(path.join(workspace, 'app'), { recursive: true });
  await writeFile(path.join(workspace, 'app', 'Dockerfile'), `FROM ${base}\nRUN echo internal > /where\n`);
  await writeFile(path.join(workspace, 'not-a-cert.pem'), 'just text\n');
});

afterAll(async () => {
  await Promise.all([tlsRegistry?.stop(), baseRegistry?.stop()]);
  if (tmp) await removeDir(tmp);
});

describe('build-push to a registry with a private CA', () => {
  it('without ca-file (and without insecure) fails before any build, naming TLS verification and ca-file', async () => {
    const outcome = await action({});
    expect(outcome.error).toBeInstanceOf(ActionFailure);
    const message = (outcome.error as Error).message;
    expect(message).toMatch(/TLS verification failed/);
    expect(message).toMatch(/ca-file/);
    expect(outcome.commands).toEqual([]);
  });

  it('with ca-file: buildah verifies TLS with the CA, the push lands and skopeo sees the output digest', async () => {
    const outcome = await action({ 'ca-file': tlsRegistry.caCert! });
    expect(outcome.error).toBeUndefined();
    expect(outcome.commands.map((command) => command.args[0])).toEqual(['bud', 'push']);
    for (const command of outcome.commands) {
      expect(command.args).toContain('--cert-dir');
      expect(command.args).not.toContain('--tls-verify=false');
    }
    const digest = outcome.result!.outputs.digest;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const { stdout } = await run('skopeo', ['inspect', '--cert-dir', tlsRegistry.certDir!, `docker://${tlsRegistry.host}/team/app:sha-0123456`], { env });
    expect((JSON.parse(stdout) as { Digest: string }).Digest).toBe(digest);
    // The CA copy went with the step's temp directory.
    expect(outcome.leftovers).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    ['a missing file', 'certs/nope.pem', /does not exist/],
    ['a directory', 'app', /is not a file/],
    ['a file without a PEM certificate', 'not-a-cert.pem', /holds no PEM certificate/],
  ])('refuses %s as ca-file before any network call or build', async (_name, caFile, message) => {
    const outcome = await action({ 'ca-file': caFile });
    expect(outcome.error).toBeInstanceOf(ConfigurationError);
    expect((outcome.error as ConfigurationError).input).toBe('ca-file');
    expect((outcome.error as Error).message).toMatch(message);
    expect(outcome.commands).toEqual([]);
  });

  it('resolves a relative ca-file against the workspace, and accepts one outside it', () => {
    const caFileOf = (ws: string, given: string) => parseTestInputs<BuildPushInputs>(definition, { image: 'reg.example/app', 'ca-file': given }, { workspace: ws }).caFile;
    expect(caFileOf(tmp, path.relative(tmp, tlsRegistry.caCert!))).toBe(tlsRegistry.caCert);
    expect(caFileOf(workspace, tlsRegistry.caCert!)).toBe(tlsRegistry.caCert);
  });
});
