import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { startForwardProxy, type ForwardProxy } from '../fakes/forward-proxy.js';
import { run, startTokenAuthRegistry, type TokenRegistry } from '../harness/index.js';

/**
 * The README's GitHub examples that push to ghcr.io, run as written through the bundled action
 * (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). ghcr.io stays on loopback: HTTPS_PROXY names a
 * CONNECT proxy that tunnels ghcr.io:443 to a token-auth registry whose certificate is for
 * ghcr.io, signed by a test CA given through NODE_EXTRA_CA_CERTS.
 */
const root = path.join(import.meta.dirname, '../..');
const execFileAsync = promisify(execFile);
const ACTOR = 'octocat';
const TOKEN = 'ghs_readmeExampleToken0123456789';
const SHA = '0123456789abcdef0123456789abcdef01234567';

interface Step {
  uses?: string;
  with?: Record<string, string>;
}

/** The README's YAML snippets that are lists of steps, with the steps naming `action`. */
async function readmeSteps(action: string): Promise<Step[]> {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks
    .flatMap((block) => parseAllDocuments(block).map((doc) => doc.toJS() as unknown))
    .filter((value): value is Step[] => Array.isArray(value))
    .flat()
    .filter((step) => step?.uses?.startsWith(`org/gitops-actions/actions/${action}@`));
}

/** What the runner makes of the expressions these examples use. */
function evaluate(value: string): string {
  return String(value)
    .replaceAll('${{ secrets.GITHUB_TOKEN }}', TOKEN)
    .replaceAll('${{ github.token }}', TOKEN)
    .replaceAll('${{ github.sha }}', SHA);
}

let registry: TokenRegistry;
let proxy: ForwardProxy;
let workspace: string;

beforeAll(async () => {
  // GHCR takes the token with the actor as user name; the realm knows only that pair.
  registry = await startTokenAuthRegistry({ tls: true, tlsNames: ['ghcr.io'], users: { [ACTOR]: TOKEN } });
  proxy = await startForwardProxy({ routes: { 'ghcr.io:443': registry.host } });
  workspace = await mkdtemp(path.join(tmpdir(), 'readme-ghcr-'));
});

afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

async function runOnRunner(action: string, inputs: Record<string, string>) {
  const output = path.join(workspace, `${action}.output`);
  const summary = path.join(workspace, `${action}.summary`);
  await writeFile(output, '');
  await writeFile(summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: ACTOR,
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'org/app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    HTTPS_PROXY: proxy.url,
    // The token realm is on loopback: reached directly, as a runner reaches hosts in NO_PROXY.
    NO_PROXY: '127.0.0.1',
    NODE_EXTRA_CA_CERTS: registry.caCert,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await execFileAsync(process.execPath, [path.join(root, 'dist', action, 'index.js')], { env, cwd: workspace, timeout: 30_000 }).then(
    (ok) => ({ ...ok, code: 0 }),
    (failed: { stdout: string; stderr: string; code: number }) => failed,
  );
  return { ...result, outputFile: await readFile(output, 'utf8'), summary: await readFile(summary, 'utf8') };
}

/** `name<<delimiter\nvalue\ndelimiter` entries of a GITHUB_OUTPUT file. */
function outputs(file: string): Record<string, string> {
  return Object.fromEntries([...file.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((match) => [match[1], match[3]]));
}

describe('the README GitHub examples on a GHCR-shaped registry', () => {
  it('push-oci-artifact pushes ./deploy to ghcr.io with the workflow token alone', async () => {
    const [step, ...more] = (await readmeSteps('push-oci-artifact')).filter((s) => s.with?.url?.startsWith('oci://ghcr.io/'));
    expect(more).toEqual([]);
    const inputs = Object.fromEntries(Object.entries(step?.with ?? {}).map(([name, value]) => [name, evaluate(value)]));
    await mkdir(path.join(workspace, 'deploy'), { recursive: true });
    await writeFile(path.join(workspace, 'deploy', 'deployment.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n');

    const result = await runOnRunner('push-oci-artifact', inputs);

    // The runner is told the token to mask it (::add-mask::), and nothing else shows it.
    const shown = `${result.stderr}${result.stdout}`.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(TOKEN);
    expect(result.code).toBe(0);
    const set = outputs(result.outputFile);
    expect(set.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(set.url).toBe(`ghcr.io/org/app-manifests@${set.digest}`);
    expect(result.summary).toContain(set.digest);
    expect(proxy.exchanges.map((exchange) => exchange.target)).toContain('ghcr.io:443');
    // The realm saw the actor as user name: the token alone logged in, as on GHCR.
    expect(registry.token.requests.some((request) => request.username === ACTOR && request.status === 200)).toBe(true);

    // skopeo, on the registry's own address with the same CA, sees both tags at the pushed digest.
    for (const tag of [SHA, 'latest']) {
      const inspected = await run('skopeo', ['inspect', '--raw', '--cert-dir', registry.certDir ?? '', '--creds', `${ACTOR}:${TOKEN}`, `docker://${registry.host}/org/app-manifests:${tag}`]);
      expect(`sha256:${createHash('sha256').update(inspected.stdout).digest('hex')}`).toBe(set.digest);
    }
  });
});
