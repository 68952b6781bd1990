import { testParseContext, withTestRuntime } from '../../runtime.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/push-oci-artifact/definition.js';
import { runPushOciArtifact } from '../../../src/actions/push-oci-artifact/run.js';
import { readCiContext } from '../../../src/core/context.js';
import { InputReader, inputSourceFromObject } from '../../../src/core/inputs.js';
import { makeTempDir, removeDir, run, startRegistry, type Registry } from '../../harness/index.js';

let registry: Registry;
let workspace: string;

beforeAll(async () => {
  registry = await startRegistry({ tls: true });
  workspace = await makeTempDir('push-oci-artifact-tls');
  mkdirSync(path.join(workspace, 'deploy'));
  writeFileSync(path.join(workspace, 'deploy/app.yaml'), 'kind: ConfigMap\n');
});

afterAll(async () => {
  await registry?.stop();
  if (workspace) await removeDir(workspace);
});

async function push(values: Record<string, string>) {
  const env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace };
  const context = readCiContext({ GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_REPOSITORY: 'org/app' });
  const inputs = definition.parse(new InputReader(definition.inputs, inputSourceFromObject({ path: 'deploy', ...values })), testParseContext({ env, ci: context }));
  return withTestRuntime({ env, ci: context }, (runtime) => runPushOciArtifact(inputs, runtime));
}

describe('push-oci-artifact over TLS', () => {
  it('verifies the registry certificate: refused without its CA, pushed with ca-file', async () => {
    const url = `oci://${registry.host}/org/tls:v1`;
    await expect(push({ url })).rejects.toThrow(/certificate|self[- ]signed|issuer/i);
    const result = await push({ url, 'ca-file': registry.caCert! });
    const raw = await run('skopeo', ['inspect', '--raw', '--cert-dir', registry.certDir!, `docker://${registry.host}/org/tls:v1`]);
    expect(JSON.parse(raw.stdout).annotations['org.opencontainers.image.revision']).toBe(`v1.0.0@sha1:${'a'.repeat(40)}`);
    expect(result.outputs.url).toBe(`${registry.host}/org/tls@${result.outputs.digest}`);
  });

  it('with insecure, skips verification but still speaks TLS', async () => {
    const result = await push({ url: `oci://${registry.host}/org/tls-insecure:v1`, insecure: 'true' });
    expect(result.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
