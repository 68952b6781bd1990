import { parseTestInputs, withTestRuntime } from '../test/runtime.js';
import type { BuildPushInputs } from '../src/actions/build-push/inputs.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { definition } from '../src/actions/build-push/definition.js';
import { runBuildPush } from '../src/actions/build-push/run.js';
import type { CiContext } from '../src/core/context.js';
import { RegistryClient } from '../src/core/oci/client.js';
import { anonymous } from '../src/core/oci/credentials.js';
import { RecordingIO } from '../src/platform/recording-io.js';
import { buildahEnv, buildBusyboxBase, makeTempDir, removeDir, run, startRegistry } from '../test/harness/index.js';
import { interleavedRatio, median, timeIt, type BenchReport } from './lib.js';

const RUNS = 5;

/**
 * The action with buildah against raw `buildah bud && buildah push`, on the same context, the
 * same registry and the same local storage (the base image is pulled once, before timing, so
 * both start every run from the same cache state; buildah bud caches no layers by default, so
 * every run really builds). Each run pushes a fresh tag (the action: a fresh commit SHA).
 * Then a skip-existing re-run of a built commit against a build.
 */
export default async function bench(): Promise<BenchReport> {
  const registry = await startRegistry();
  const tmp = await makeTempDir('bench-build-push');
  try {
    const base = await buildBusyboxBase(registry.host);
    const { env: buildahVars } = await buildahEnv(path.join(tmp, 'buildah'), { insecureRegistries: [registry.host] });
    const env = { ...process.env, ...buildahVars };
    const workspace = path.join(tmp, 'workspace');
    await mkdir(path.join(workspace, 'app'), { recursive: true });
    await writeFile(path.join(workspace, 'app', 'Dockerfile'), `FROM ${base}\nARG N=0\nRUN echo "build $N" > /build.txt && ls /bin > /applets.txt\nCOPY app.txt /app.txt\n`);
    await writeFile(path.join(workspace, 'app', 'app.txt'), 'benchmark\n');
    const repository = `${registry.host}/bench/app`;
    const buildah = (args: string[]) => run('buildah', args, { env, timeoutMs: 300_000 });
    await buildah(['pull', '--tls-verify=false', base]);

    let counter = 0;
    const raw = async () => {
      const ref = `${repository}:raw-${++counter}`;
      await buildah(['bud', '--format', 'docker', '--tag', ref, '--tls-verify=false', path.join(workspace, 'app')]);
      await buildah(['push', '--tls-verify=false', ref, `docker://${ref}`]);
    };
    const action = async (sha: string, skipExisting: boolean) => {
      const io = new RecordingIO(false);
      const context: CiContext = { provider: 'github', sha, ref: 'refs/heads/main', refType: 'branch', branch: 'main', repository: 'org/app' };
      const inputs = { image: repository, context: 'app', insecure: 'true', 'skip-existing': String(skipExisting) };
      const where = { env, ci: context, workspace, io };
      const parsed = parseTestInputs<BuildPushInputs>(definition, inputs, where);
      return withTestRuntime(where, (runtime) => runBuildPush(parsed, runtime));
    };
    const sha = (n: number) => n.toString(16).padStart(40, '0');

    // One untimed run of each, so the blob-info cache and the registry are equally warm.
    await raw();
    await action(sha(1_000), false);

    let commit = 0;
    const build = await interleavedRatio(raw, () => action(sha(++commit), false), RUNS);

    const reruns: number[] = [];
    for (let index = 1; index <= RUNS; index++) {
      reruns.push(
        await timeIt(async () => {
          const result = await action(sha(index), true);
          if (result.outputs.skipped !== 'true') throw new Error('the re-run was expected to skip the build');
        }),
      );
    }
    const rerunMs = median(reruns);

    // The tag-copy choice: one more tag by a registry manifest copy against a second `buildah push`.
    const client = new RegistryClient({ registry: registry.host, credentials: anonymous, plainHttp: true, io: new RecordingIO(false) });
    const copies: number[] = [];
    const pushes: number[] = [];
    for (let index = 0; index < RUNS; index++) {
      copies.push(await timeIt(() => client.copyTag('bench/app', `raw-${counter}`, `copy-${index}`)));
      pushes.push(await timeIt(() => buildah(['push', '--tls-verify=false', `${repository}:raw-${counter}`, `docker://${repository}:push-${index}`])));
    }

    return {
      bench: 'build-push',
      figures: [
        { name: 'build-push (buildah) / raw buildah bud && push', value: build.ratio, unit: 'ratio', target: 1.1 },
        { name: 'raw buildah bud && push (median)', value: build.baselineMs, unit: 'ms' },
        { name: 'build-push with buildah (median)', value: build.candidateMs, unit: 'ms' },
        { name: 'skip-existing re-run / build-push build', value: rerunMs / build.candidateMs, unit: 'ratio', target: 0.1 },
        { name: 'skip-existing re-run (median)', value: rerunMs, unit: 'ms' },
        { name: 'extra tag by manifest copy (median)', value: median(copies), unit: 'ms' },
        { name: 'extra tag by buildah push (median)', value: median(pushes), unit: 'ms' },
      ],
      notes: [
        `${RUNS} interleaved runs; the action also tags the build twice (full SHA and sha-7, the second by manifest copy), checks push access first and confirms the digest with the registry.`,
      ],
    };
  } finally {
    await registry.stop();
    await removeDir(tmp);
  }
}
