import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedGitEnv, run, startGitServer, type GitServer } from '../../harness/index.js';
import { digestOf, TOKEN } from './helpers.js';

const PROCESSES = 16;
/**
 * The one time budget: each CLI is killed at it, and the test gives up just after it. Sixteen
 * bundled CLIs on a loaded 2-core box land in well under a minute; the backoff (full jitter,
 * 0.5 to 8 s a retry) is what the budget mostly covers.
 */
const BUDGET_MS = 150_000;
/** The shipped CLI bundle, as users run it (no tsx compile per process): `npm run build` first. */
const CLI = path.join(import.meta.dirname, '../../../dist/cli/index.js');
const SHARED = 8; // images 0..7 live in one file, 8..15 in a file each
const image = (index: number) => `ghcr.io/org/img-${index}`;
const entry = (index: number) => `  - name: ${image(index)}\n    newTag: "1.0.0"\n`;
const kustomization = (indexes: number[]) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nimages:\n${indexes.map(entry).join('')}`;

let server: GitServer;
beforeAll(async () => {
  server = await startGitServer({ username: 'x-access-token', password: TOKEN });
});
afterAll(async () => {
  await server?.stop();
});

describe('bump-manifest under concurrent pipelines', () => {
  it(`lands all ${PROCESSES} bumps started at once on one branch, half in the same file, with linear history`, async () => {
    const files: Record<string, string> = { 'apps/shared/kustomization.yaml': kustomization([...Array(SHARED).keys()]) };
    for (let index = SHARED; index < PROCESSES; index++) files[`apps/svc-${index}/kustomization.yaml`] = kustomization([index]);
    const url = await server.createRepo('org/busy-config', files);

    const runs = await Promise.all(
      [...Array(PROCESSES).keys()].map((index) =>
        run(
          process.execPath,
          [
            ...[CLI, 'bump-manifest'],
            ...['--repository', url, '--files', 'apps/**/kustomization.yaml'],
            ...['--image', `${image(index)}:2.0.${index}@${digestOf(index)}`, '--json'],
            // 16 writers in the same seconds is far past the default's design point (10); a loaded
            // 2-core CI box needed up to 9 attempts here, so give headroom instead of flaking.
            ...['--push-retries', '20'],
          ],
          // The token travels in the environment, as a CI variable would: never in argv.
          { env: { ...isolatedGitEnv(), INPUT_TOKEN: TOKEN }, allowFailure: true, timeoutMs: BUDGET_MS },
        ),
      ),
    );

    for (const [index, result] of runs.entries()) {
      expect(result.code, `process ${index} failed:\n${result.stderr}\n${result.stdout}`).toBe(0);
      expect(result.stdout + result.stderr).not.toContain(TOKEN);
    }
    const outputs = runs.map((result) => JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<string, string>);
    expect(outputs.every((output) => output.changed === 'true')).toBe(true);

    const shared = await server.readFileAtHead('org/busy-config', 'main', 'apps/shared/kustomization.yaml');
    for (let index = 0; index < PROCESSES; index++) {
      const text = index < SHARED ? shared : await server.readFileAtHead('org/busy-config', 'main', `apps/svc-${index}/kustomization.yaml`);
      expect(text).toContain(`  - name: ${image(index)}\n    newTag: "2.0.${index}"\n    digest: ${digestOf(index)}\n`);
    }

    const log = await server.log('org/busy-config', 'main');
    expect(log).toHaveLength(PROCESSES + 1);
    expect(new Set(log.map((commit) => commit.sha))).toEqual(new Set([...outputs.map((output) => output.commit), log.at(-1)!.sha]));
    const merges = await run('git', ['--git-dir', path.join(server.root, 'org/busy-config.git'), 'rev-list', '--min-parents=2', 'main'], {
      env: isolatedGitEnv(),
    });
    expect(merges.stdout).toBe('');
  }, BUDGET_MS + 10_000);
});
