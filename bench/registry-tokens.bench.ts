import { testParseContext, withTestRuntime } from '../test/runtime.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { definition } from '../src/actions/push-oci-artifact/definition.js';
import { runPushOciArtifact } from '../src/actions/push-oci-artifact/run.js';
import { readCiContext } from '../src/core/context.js';
import { InputReader, inputSourceFromObject } from '../src/core/inputs.js';
import { makeTempDir, removeDir, startTokenAuthRegistry, type TokenRegistry } from '../test/harness/index.js';
import type { BenchReport } from './lib.js';

/**
 * Token requests per push on a token-auth registry (distribution with a token realm, as Harbor,
 * GitLab, GHCR and Docker Hub run): every push of push-oci-artifact needs one scope, push and
 * pull on its repository, so one token request is the floor. Measured for first pushes to a
 * new repository with three tags, and for re-pushes of the same tree (the tag's manifest shows the tree unchanged: nothing is uploaded).
 */
const PUSHES = 5;

export default async function bench(): Promise<BenchReport> {
  const scratch = await makeTempDir('bench-registry-tokens');
  const registry = await startTokenAuthRegistry();
  try {
    const workspace = path.join(scratch, 'workspace');
    mkdirSync(path.join(workspace, 'deploy', 'app'), { recursive: true });
    writeFileSync(path.join(workspace, 'deploy', 'kustomization.yaml'), 'resources:\n  - app/deployment.yaml\n');
    writeFileSync(path.join(workspace, 'deploy', 'app', 'deployment.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n');
    const env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: scratch };
    const first: number[] = [];
    const again: number[] = [];
    for (let index = 0; index < PUSHES; index++) {
      const url = `oci://${registry.host}/bench/manifests-${index}:v1`;
      first.push(await tokenRequestsOf(registry, () => push(registry, url, env)));
      again.push(await tokenRequestsOf(registry, () => push(registry, url, env)));
    }
    const scopes = new Set(registry.token.requests.map((request) => request.scopes.join(' ')));
    return {
      bench: 'registry-tokens',
      figures: [
        { name: 'token requests per first push (one scope)', value: Math.max(...first), unit: 'count', target: 1 },
        { name: 'token requests per re-push (one scope)', value: Math.max(...again), unit: 'count', target: 1 },
      ],
      notes: [
        `${PUSHES} first pushes (url tag + 2 more tags) and ${PUSHES} re-pushes of the same tree to a token-auth docker-registry; the worst push is reported.`,
        `token requests per push: first ${first.join(', ')}; re-push ${again.join(', ')}; ${scopes.size} distinct scope sets, all ${[...scopes].every((s) => /^repository:bench\/manifests-\d+:pull,push$/.test(s)) ? 'push+pull on the pushed repository' : 'NOT only push+pull on the pushed repository'}.`,
      ],
    };
  } finally {
    await registry.stop();
    await removeDir(scratch);
  }
}

async function tokenRequestsOf(registry: TokenRegistry, fn: () => Promise<unknown>): Promise<number> {
  const before = registry.token.requests.length;
  await fn();
  return registry.token.requests.length - before;
}

async function push(registry: TokenRegistry, url: string, env: Record<string, string>): Promise<void> {
  const context = readCiContext({ GITHUB_SHA: 'c0ffee'.padEnd(40, '0'), GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'org/app' });
  const values = { url, path: 'deploy', tags: 'stable,candidate', reproducible: 'true', username: registry.username!, password: registry.password! };
  const inputs = definition.parse(new InputReader(definition.inputs, inputSourceFromObject(values)), testParseContext({ env, ci: context }));
  await withTestRuntime({ env, ci: context }, (runtime) => runPushOciArtifact(inputs, runtime));
}
