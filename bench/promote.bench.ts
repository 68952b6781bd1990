import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pushImageSet, testClient } from '../test/actions/promote/images.js';
import { startWorld } from '../test/e2e/world.js';
import { run, startRegistry } from '../test/harness/index.js';
import { interleavedRatio, median, timeIt, type BenchReport } from './lib.js';

/**
 * promote against `skopeo copy --all` of the same image in the same run, within one registry (to
 * another repository) and across two registries; then the ship flow against the sum of its
 * steps (build-push, bump-manifest, argocd-sync) run one after the other as the CLI. Every run is
 * a process of the built CLI (dist/cli/index.js: run `npm run build` first), as a CI step would be,
 * timed from spawn to exit like skopeo. Each copy goes to a new repository, so every run copies.
 */
const RUNS = 5;
const SHIP_RUNS = 5;
/** Two platforms of 24 MiB each: big enough that moving bytes, not starting up, is what is timed. */
const LAYER_BYTES = 24 * 1024 * 1024;

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, '../dist/cli/index.js');

export default async function bench(): Promise<BenchReport> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  const [one, two] = await Promise.all([startRegistry(), startRegistry()]);
  const figures: BenchReport['figures'] = [];
  const notes: string[] = [];
  try {
    for (const [label, target] of [
      ['one registry', one.host],
      ['two registries', two.host],
    ] as const) {
      // A new image every round, pushed untimed: skopeo keeps a cache of where it has seen each
      // blob and would mount, in the target registry, what an earlier round put there, which
      // promote cannot know. With new blobs both move every byte. skopeo goes first: the cache it
      // keeps cannot hold the target's copy of blobs it has not written yet.
      const skopeoTimes: number[] = [];
      const promoteTimes: number[] = [];
      const withReferrers: number[] = [];
      for (let round = 0; round < RUNS; round++) {
        const repository = `bench/${label.replace(' ', '-')}-${round}`;
        const app = await pushImageSet(testClient(one.host), repository, 'v1', `${label}-${round}`, LAYER_BYTES);
        const source = `${one.host}/${repository}@${app.index}`;
        skopeoTimes.push(
          await timeIt(() => run('skopeo', ['copy', '--all', '--quiet', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${source}`, `docker://${target}/skopeo/app-${round}:v1`])),
        );
        // Like for like: skopeo copies no referrers, so neither does promote here; the figure with them is a note.
        promoteTimes.push(await timeIt(() => run(process.execPath, [cli, 'promote', '--source', source, '--target', `${target}/promote/app-${round}:v1`, '--insecure', 'true', '--referrers', 'false'])));
        withReferrers.push(await timeIt(() => run(process.execPath, [cli, 'promote', '--source', source, '--target', `${target}/with-referrers/app-${round}:v1`, '--insecure', 'true'])));
      }
      const result = { baselineMs: median(skopeoTimes), candidateMs: median(promoteTimes), ratio: median(promoteTimes) / median(skopeoTimes) };
      figures.push({ name: `promote / skopeo copy, ${label}`, value: result.ratio, unit: 'ratio', target: 1.0 });
      notes.push(
        `${label}: skopeo copy ${result.baselineMs.toFixed(0)} ms, promote ${result.candidateMs.toFixed(0)} ms, ` +
          `promote with the image's referrer (an SBOM) ${median(withReferrers).toFixed(0)} ms (median of ${RUNS}, index of 2 × ${LAYER_BYTES / 2 ** 20} MiB)`,
      );
    }
  } finally {
    await Promise.all([one.stop(), two.stop()]);
  }

  const world = await startWorld();
  try {
    const shared = ['--insecure', 'true'];
    const deploy = [
      '--argocd-server', world.argo.url, '--argocd-auth-token', world.argo.token, '--argocd-applications', 'app-dev',
    ];
    const config = ['--repository', world.configUrl, '--token', 'deploy-token', '--token-username', 'deployer', '--files', 'envs/dev/kustomization.yaml'];
    const cliRun = (args: string[]) => run(process.execPath, [cli, ...args], { env: world.env, cwd: world.workspace });
    let built = '';
    const result = await interleavedRatio(
      async () => {
        const { stdout } = await cliRun(['build-push', '--image', world.image, '--builder', 'buildah', ...shared, '--json']);
        built = (JSON.parse(stdout.trim().split('\n').at(-1)!) as { image: string }).image;
        await cliRun(['bump-manifest', '--image', built, ...config]);
        await cliRun(['argocd-sync', '--server', world.argo.url, '--auth-token', world.argo.token, '--applications', 'app-dev']);
      },
      () =>
        cliRun([
          'ship', '--image', world.image, '--builder', 'buildah', ...shared, ...deploy,
          '--config-repository', world.configUrl, '--config-token', 'deploy-token', '--config-token-username', 'deployer', '--config-files', 'envs/dev/kustomization.yaml',
        ]),
      SHIP_RUNS,
    );
    figures.push({ name: 'ship / its three steps as the CLI', value: result.ratio, unit: 'ratio', target: 1.05 });
    notes.push(`ship ${result.candidateMs.toFixed(0)} ms, build-push + bump-manifest + argocd-sync ${result.baselineMs.toFixed(0)} ms (median of ${SHIP_RUNS})`);
  } finally {
    await world.stop();
  }
  return { bench: 'promote', figures, notes };
}
