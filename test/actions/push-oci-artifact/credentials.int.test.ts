import { testParseContext, withTestRuntime } from '../../runtime.js';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/push-oci-artifact/definition.js';
import { runPushOciArtifact } from '../../../src/actions/push-oci-artifact/run.js';
import { readCiContext } from '../../../src/core/context.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { InputReader, inputSourceFromObject } from '../../../src/core/inputs.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { makeTempDir, removeDir, run, startRegistry, type Registry } from '../../harness/index.js';

// The logins users keep, end to end through the action against an htpasswd registry.

let registry: Registry;
let scratch: string;
let workspace: string;
beforeAll(async () => {
  registry = await startRegistry({ auth: 'htpasswd' });
  scratch = await makeTempDir('push-oci-credentials');
  workspace = path.join(scratch, 'workspace');
  mkdirSync(path.join(workspace, 'deploy'), { recursive: true });
  writeFileSync(path.join(workspace, 'deploy', 'configmap.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n');
});
afterAll(async () => {
  await registry?.stop();
  if (scratch) await removeDir(scratch);
});

async function push(values: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: scratch, HOME: scratch, ...extraEnv };
  const context = readCiContext({ GITHUB_SHA: 'c0ffee'.padEnd(40, '0'), GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'org/app' });
  const io = new RecordingIO();
  const inputs = definition.parse(new InputReader(definition.inputs, inputSourceFromObject({ path: 'deploy', ...values })), testParseContext({ env, ci: context }));
  return { ...(await withTestRuntime({ env, ci: context, io }, (runtime) => runPushOciArtifact(inputs, runtime))), io };
}

const repositories = (): string[] => {
  const root = path.join(registry.storageDir, 'docker/registry/v2/repositories');
  try {
    return readdirSync(root).flatMap((namespace) => readdirSync(path.join(root, namespace)).map((name) => `${namespace}/${name}`));
  } catch {
    return [];
  }
};

describe('push-oci-artifact credentials', () => {
  it('logs in with GitLab CI_REGISTRY_* variables for their own host, and sends HARBOR_* to no other host', async () => {
    const gitlab = { CI_REGISTRY: registry.host, CI_REGISTRY_USER: registry.username!, CI_REGISTRY_PASSWORD: registry.password! };
    const result = await push({ url: `oci://${registry.host}/gitlab/app:v1` }, gitlab);
    const creds = `${registry.username}:${registry.password}`;
    const manifest = (await run('skopeo', ['inspect', '--raw', '--tls-verify=false', '--creds', creds, `docker://${registry.host}/gitlab/app:v1`])).stdout;
    expect(JSON.parse(manifest)).toMatchObject({ annotations: { 'org.opencontainers.image.revision': `main@sha1:${'c0ffee'.padEnd(40, '0')}` } });
    expect(result.outputs.digest).toMatch(/^sha256:/);
    expect(result.io.everything).not.toContain(registry.password!);
    expect(repositories()).toContain('gitlab/app');

    // Harbor variables naming another host: not used here, so the push is anonymous and refused.
    const harbor = { HARBOR_HOST: 'harbor.example.com', HARBOR_USERNAME: registry.username!, HARBOR_PASSWORD: registry.password! };
    await expect(push({ url: `oci://${registry.host}/harbor/app:v1` }, harbor)).rejects.toThrow(/No credentials were found for 127\.0\.0\.1/);
    expect(repositories()).not.toContain('harbor/app');
  });

  it('refuses a docker-config file with no entry for the registry, naming the input, and pushes nothing', async () => {
    const file = path.join(workspace, 'auth.json');
    writeFileSync(file, JSON.stringify({ auths: { 'other.example': { auth: Buffer.from('u:p').toString('base64') } } }));
    // A config.json beside it that does hold the registry: the named file is the one read.
    writeFileSync(path.join(workspace, 'config.json'), JSON.stringify({ auths: { [registry.host]: { username: registry.username, password: registry.password } } }));
    const refused = push({ url: `oci://${registry.host}/named/app:v1`, 'docker-config': 'auth.json' });
    await expect(refused).rejects.toBeInstanceOf(ConfigurationError);
    await expect(refused).rejects.toMatchObject({ input: 'docker-config' });
    expect(repositories()).not.toContain('named/app');

    writeFileSync(file, JSON.stringify({ auths: { [`${registry.host}/named`]: { auth: Buffer.from(`${registry.username}:${registry.password}`).toString('base64') } } }));
    const result = await push({ url: `oci://${registry.host}/named/app:v1`, 'docker-config': 'auth.json' });
    expect(result.outputs.url).toBe(`${registry.host}/named/app@${result.outputs.digest}`);
  });
});
