import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/push-oci-artifact/definition.js';
import { defaultRevision, parseArtifactUrl } from '../../../src/actions/push-oci-artifact/inputs.js';
import { EXIT_USAGE, cliMain } from '../../../src/platform/cli-main.js';
import { makeTempDir, removeDir, run, startRegistry, type Registry } from '../../harness/index.js';

let registry: Registry;
let workspace: string;

beforeAll(async () => {
  registry = await startRegistry();
  workspace = await makeTempDir('push-oci-artifact-bad');
  mkdirSync(path.join(workspace, 'deploy'));
  writeFileSync(path.join(workspace, 'deploy/app.yaml'), 'kind: ConfigMap\n');
  mkdirSync(path.join(workspace, 'unextractable'));
  writeFileSync(path.join(workspace, 'unextractable/back\\slash.yaml'), 'kind: ConfigMap\n');
});

afterAll(async () => {
  await registry?.stop();
  if (workspace) await removeDir(workspace);
});

async function cli(args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stdout = '';
  let stderr = '';
  const code = await cliMain([definition], {
    argv: ['push-oci-artifact', '--source', 'https://example.com/org/app', '--revision', 'main@sha1:abc', '--insecure', 'true', ...args],
    env: { GITHUB_WORKSPACE: workspace },
    stdout: { write: (text: string) => void (stdout += text) },
    stderr: { write: (text: string) => void (stderr += text) },
    version: 'test',
  });
  return { code, stdout, stderr };
}

async function repositoryExists(repository: string): Promise<boolean> {
  const listed = await run('skopeo', ['list-tags', '--tls-verify=false', `docker://${registry.host}/${repository}`], { allowFailure: true });
  return listed.code === 0;
}

describe('push-oci-artifact refuses bad input clearly, pushing nothing', () => {
  const url = () => `oci://${registry.host}/org/bad:v1`;

  it.each([
    ['a missing path', ['--path', 'nope'], /Input "path": "nope" does not exist/],
    ['a name source-controller cannot extract', ['--path', 'unextractable'], /Input "path": "back\\slash.yaml" holds a \\/],
    ['no path to push', [], /Input "path": is required to push/],
    ['an unknown mode', ['--path', 'deploy', '--mode', 'copy'], /Input "mode": expected one of push, diff, tag/],
    ['mode tag without tags', ['--mode', 'tag'], /Input "tags": is required in mode tag/],
    ['an unknown output format', ['--path', 'deploy', '--output', 'table'], /Input "output": expected one of json, yaml/],
    ['a timeout that is no duration', ['--path', 'deploy', '--timeout', 'soon'], /Input "timeout": expected a duration/],
    ['an ignore pattern Go cannot parse', ['--path', 'deploy', '--ignore-paths', '*.yaml,[a-'], /Input "ignore-paths": "\[a-" is not a pattern/],
    ['a malformed annotation', ['--path', 'deploy', '--annotations', 'no equals sign'], /Input "annotations": expected key=value lines/],
    ['a bad created annotation', ['--path', 'deploy', '--annotations', 'org.opencontainers.image.created=today'], /Input "annotations": .*RFC 3339/],
    ['a bad extra tag', ['--path', 'deploy', '--tags', 'ok,-bad'], /Input "tags": "-bad" is not a valid tag/],
    ['a missing docker config', ['--path', 'deploy', '--docker-config', 'none.json'], /Input "docker-config": ".*\/none\.json" does not exist/],
  ])('%s: exit 2 naming the input', async (_case, args, message) => {
    const result = await cli(['--url', url(), ...args]);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(message);
    expect(await repositoryExists('org/bad')).toBe(false);
  });

  it.each([
    ['https://host/repo:v1', /Input "url": expected oci:\/\/<registry>\/<repository>\[:<tag>\]/],
    ['oci://host/Repo:v1', /Input "url": .*lowercase/],
    [`oci://host/repo@sha256:${'a'.repeat(64)}`, /Input "url": .*holds a digest/],
  ])('an invalid url %s: exit 2', async (bad, message) => {
    const result = await cli(['--url', bad, '--path', 'deploy']);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(message);
  });

  it('takes the tag latest when the url has none, and the revision from the CI context', () => {
    expect(parseArtifactUrl('oci://ghcr.io/org/app')).toEqual({ registry: 'ghcr.io', repository: 'org/app', tag: 'latest' });
    expect(defaultRevision({ provider: 'github', sha: 'abc', tag: 'v1.2.0' })).toBe('v1.2.0@sha1:abc');
    expect(defaultRevision({ provider: 'gitlab', sha: 'abc', branch: 'main' })).toBe('main@sha1:abc');
    expect(() => defaultRevision({ provider: 'generic' })).toThrow(/Input "revision"/);
  });

  it('pushes through the CLI once the input is right, printing the outputs', async () => {
    const result = await cli(['--url', `oci://${registry.host}/org/good:v1`, '--path', 'deploy', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`"url": ?"${registry.host.replace(/\./g, '\\.')}/org/good@sha256:[0-9a-f]{64}"`));
    expect(await repositoryExists('org/good')).toBe(true);
  });

  it('packs a path outside the workspace, as manifests rendered into a temp dir', async () => {
    const rendered = await makeTempDir('push-oci-artifact-rendered');
    try {
      writeFileSync(path.join(rendered, 'all.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: rendered\n');
      const result = await cli(['--url', `oci://${registry.host}/org/rendered:v1`, '--path', rendered]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(await repositoryExists('org/rendered')).toBe(true);
    } finally {
      await removeDir(rendered);
    }
  });
});
