import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/argocd-sync/definition.js';
import { cliMain, EXIT_FAILURE, EXIT_SUCCESS } from '../../../src/platform/cli-main.js';
import { startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';

let argo: FakeArgocd;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'argocd-sync-cli-'));
  argo = await startFakeArgocd({ apps: [{ name: 'ok' }, { name: 'sick', scenario: { health: 'Degraded' } }] });
});
afterAll(async () => {
  await argo?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The CLI edge as a user runs it: the token from ARGOCD_AUTH_TOKEN (never on argv), outputs to $GITHUB_OUTPUT and a dotenv file. */
async function cli(applications: string) {
  const files = { githubOutput: path.join(dir, `${applications}.out`), summary: path.join(dir, `${applications}.md`), dotenv: path.join(dir, `${applications}.env`) };
  await writeFile(files.githubOutput, '');
  let stdout = '';
  let stderr = '';
  const code = await cliMain([definition], {
    argv: ['argocd-sync', '--server', argo.url, '--applications', applications, '--degraded-grace', '0s', '--dotenv', files.dotenv],
    env: { ARGOCD_AUTH_TOKEN: argo.token, GITHUB_OUTPUT: files.githubOutput, GITHUB_STEP_SUMMARY: files.summary },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    version: 'test',
  });
  const read = (file: string) => readFile(file, 'utf8').catch(() => '');
  return { code, stdout, stderr, output: await read(files.githubOutput), summary: await read(files.summary), dotenv: await read(files.dotenv) };
}

describe('argocd-sync through the CLI edge', () => {
  it('exits 0 with every output written on success', async () => {
    const run = await cli('ok');
    expect([run.code, run.stderr]).toEqual([EXIT_SUCCESS, '']);
    expect(run.dotenv).toMatch(/^HEALTH_STATUS=Healthy$/m);
    expect(run.summary).toContain('| ok | succeeded |');
  });

  it('on a failed wait, writes the outputs and the summary, then exits 1 explaining the failure', async () => {
    const run = await cli('ok,sick');
    expect(run.code).toBe(EXIT_FAILURE);
    expect(run.stderr).toContain('1 of 2 application(s) failed:\nsick: The application is Degraded after the sync');
    expect(run.stderr).toMatch(/Deployment sick \(namespace apps\): Synced, Degraded: Deployment "sick" exceeded its progress deadline/);
    for (const name of ['revision', 'sync-status', 'health-status', 'operation-phase', 'applications']) expect(run.output).toContain(`${name}<<`);
    expect(run.dotenv).toMatch(/^HEALTH_STATUS=Degraded$/m);
    expect(run.output).toContain('"name":"sick","outcome":"degraded"');
    expect(run.summary).toContain('| sick | degraded |');
    expect(run.summary).toContain('#### Failures');
    for (const text of [run.stdout, run.stderr, run.output, run.summary, run.dotenv]) expect(text).not.toContain(argo.token);
  });

  it('masks a token from ARGOCD_AUTH_TOKEN wherever it would be shown', async () => {
    const token = argo.issueToken({ subject: 'ci' });
    argo.expireToken(token);
    let stdout = '';
    let stderr = '';
    const code = await cliMain([definition], {
      argv: ['argocd-sync', '--server', argo.url, '--applications', 'ok', '--debug'],
      env: { ARGOCD_AUTH_TOKEN: ` ${token} ` },
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      version: 'test',
    });
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toContain('does not accept the auth-token: it is invalid, expired or revoked');
    expect(stdout + stderr).not.toContain(token);
  });
});
