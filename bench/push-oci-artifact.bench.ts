import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir, removeDir, run, startRegistry, type Registry } from '../test/harness/index.js';
import { median, timeIt, type BenchReport } from './lib.js';

/**
 * Pushes two trees to a local docker-registry with the built CLI bundle, each push in its own
 * process on a fresh runner (a new HOME and an empty temp dir: nothing kept from an earlier job):
 * - the bench tree, 20,000 generated manifests (~100 MB), against `tar -czf` of the same tree
 *   measured in the same run; its layer against the size of that `tar -czf` (gzip -6);
 * - an overlay of 300 files (~0.6 MB), the size of a typical kustomize overlay or chart render.
 * The re-push is the same unchanged tree to the same tag, which the registry already holds.
 * Each push reports its own wall time (from loading the bundle, without node's startup) and its
 * peak RSS. Run `npm run build` first.
 */
const BIG = { files: 20_000, bytes: 100 * 1000 * 1000, teams: 50 };
const OVERLAY = { files: 300, bytes: 600 * 1000, teams: 10 };
const RUNS = 5;

interface ChildReport {
  ms: number;
  maxRssMb: number;
  digest: string;
  /** The log said the layer of the tag was reused. */
  reused: boolean;
}

export default async function bench(): Promise<BenchReport> {
  if (!existsSync(cliBundle)) throw new Error(`${cliBundle} is missing: run \`npm run build\` first`);
  const scratch = await makeTempDir('bench-push-oci');
  const registry = await startRegistry();
  try {
    const workspace = path.join(scratch, 'workspace');
    const bigBytes = generateTree(path.join(workspace, 'big'), BIG);
    const overlayBytes = generateTree(path.join(workspace, 'overlay'), OVERLAY);
    const baselineTimes: number[] = [];
    const baselineSizes: number[] = [];
    const big = { first: [] as ChildReport[], again: [] as ChildReport[] };
    const overlay = { first: [] as ChildReport[], again: [] as ChildReport[] };
    let runnerCount = 0;
    const freshRunner = () => path.join(scratch, `runner-${runnerCount++}`);
    // Interleaved, so load from other work on this machine hits all alike. Each timed step starts
    // with nothing left for the kernel to write back (an untimed sync): the tree, a tarball or a
    // pushed blob written by the step before would otherwise share the cores with the next one.
    for (let index = 0; index < RUNS; index++) {
      const tarball = path.join(scratch, `baseline-${index}.tgz`);
      await run('sync', []);
      baselineTimes.push(await timeIt(() => run('tar', ['-czf', tarball, '-C', path.join(workspace, 'big'), '.'])));
      baselineSizes.push(statSync(tarball).size);
      for (const [tree, reports] of [['big', big], ['overlay', overlay]] as const) {
        const url = `oci://${registry.host}/bench/${tree}-${index}:v1`;
        await run('sync', []);
        reports.first.push(await pushInChild({ workspace, path: tree, url, runner: freshRunner() }));
        await run('sync', []);
        reports.again.push(await pushInChild({ workspace, path: tree, url, runner: freshRunner() }));
      }
    }
    const baselineMs = median(baselineTimes);
    const layerBytes = await layerSize(registry, 'bench/big-0:v1');
    const times = (reports: ChildReport[]) => median(reports.map((report) => report.ms));
    const all = [...big.first, ...big.again, ...overlay.first, ...overlay.again];
    return {
      bench: 'push-oci-artifact',
      figures: [
        { name: 'first push / tar -czf (20,000 files)', value: times(big.first) / baselineMs, unit: 'ratio', target: 1.3 },
        { name: 'unchanged re-push on a fresh runner / first push (20,000 files)', value: times(big.again) / times(big.first), unit: 'ratio', target: 0.2 },
        { name: 'unchanged re-push on a fresh runner / first push (300 files)', value: times(overlay.again) / times(overlay.first), unit: 'ratio' },
        { name: 'layer size / tar -czf (gzip -6) size (20,000 files)', value: layerBytes / median(baselineSizes), unit: 'ratio', target: 1.05 },
        { name: 'peak RSS of a push process', value: Math.max(...all.map((report) => report.maxRssMb)), unit: 'MB', target: 200 },
        { name: 'tar -czf (baseline, 20,000 files)', value: baselineMs, unit: 'ms' },
        { name: 'first push (20,000 files)', value: times(big.first), unit: 'ms' },
        { name: 'unchanged re-push (20,000 files)', value: times(big.again), unit: 'ms' },
        { name: 'first push (300 files)', value: times(overlay.first), unit: 'ms' },
        { name: 'unchanged re-push (300 files)', value: times(overlay.again), unit: 'ms' },
      ],
      notes: [
        `20,000 files, ${(bigBytes / 1e6).toFixed(1)} MB; 300 files, ${(overlayBytes / 1e6).toFixed(2)} MB; medians of ${RUNS} rounds of tar -czf, then for each tree a first push and an unchanged re-push.`,
        `layer ${layerBytes} bytes, tar -czf ${median(baselineSizes)} bytes.`,
        `first-push digests identical across rounds: ${new Set(big.first.map((report) => report.digest)).size === 1 && new Set(overlay.first.map((report) => report.digest)).size === 1}; ` +
          `every re-push reused the tag's layer: ${[...big.again, ...overlay.again].every((report) => report.reused)}; no first push did: ${![...big.first, ...overlay.first].some((report) => report.reused)}.`,
        'Each push runs the built CLI (dist/cli, gzip worker threads included) in its own process with a new HOME and an empty RUNNER_TEMP; its time runs from importing the bundle (node startup excluded) to its exit.',
      ],
    };
  } finally {
    await registry.stop();
    await removeDir(scratch);
  }
}

/** Deterministic Deployment-like YAML spread over `teams` x 40 directories. */
function generateTree(root: string, shape: { files: number; bytes: number; teams: number }): number {
  let total = 0;
  const perFile = Math.floor(shape.bytes / shape.files);
  for (let index = 0; index < shape.files; index++) {
    const team = index % shape.teams;
    const dir = path.join(root, `team-${team}`, `svc-${Math.floor(index / shape.teams) % 40}`);
    mkdirSync(dir, { recursive: true });
    const lines = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: svc-${index}`, `  namespace: team-${team}`, 'spec:', '  template:', '    spec:', '      containers:'];
    let length = lines.join('\n').length;
    for (let container = 0; length < perFile; container++) {
      const block = [
        `        - name: c${container}`,
        `          image: registry.example.com/team-${team}/svc-${index}:${(index * 7919 + container) % 100_000}`,
        `          env: [{ name: KEY_${container}_${index % 97}, value: "${(((index + 1) * (container + 3) * 2654435761) % 4294967296).toString(36)}" }]`,
      ];
      lines.push(...block);
      length += block.join('\n').length + 1;
    }
    const text = `${lines.join('\n')}\n`;
    total += text.length;
    writeFileSync(path.join(dir, `deployment-${index}.yaml`), text);
  }
  return total;
}

async function layerSize(registry: Registry, reference: string): Promise<number> {
  const [repository, tag] = reference.split(':');
  const response = await fetch(`http://${registry.host}/v2/${repository}/manifests/${tag}`, { headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } });
  const manifest = (await response.json()) as { layers: { size: number }[] };
  return manifest.layers[0].size;
}

interface ChildJob {
  workspace: string;
  path: string;
  url: string;
  /** A directory standing for a fresh runner: its HOME and RUNNER_TEMP, new and empty. */
  runner: string;
}

const cliBundle = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));

/**
 * Runs the built CLI (dist/cli/index.js, as shipped: its gzip worker thread included) through
 * a wrapper that starts the clock just before importing it, so node's own startup is left out
 * but loading the bundle is not, and reports the time and peak RSS when the process exits.
 */
const WRAPPER = `
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [cli, ...args] = process.argv.slice(2);
const start = performance.now();
process.on('exit', () => {
  writeSync(2, '\\nBENCH ' + JSON.stringify({ ms: performance.now() - start, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + '\\n');
});
process.argv = [process.argv[0], cli, ...args];
await import(pathToFileURL(cli).href);
`;

function pushInChild(job: ChildJob): Promise<ChildReport> {
  const home = path.join(job.runner, 'home');
  const temp = path.join(job.runner, 'temp');
  mkdirSync(home, { recursive: true });
  mkdirSync(temp, { recursive: true });
  const wrapper = path.join(job.runner, 'run-cli.mjs');
  writeFileSync(wrapper, WRAPPER);
  const args = [wrapper, cliBundle, 'push-oci-artifact', '--url', job.url, '--path', job.path, '--insecure', '--reproducible', '--json'];
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: temp,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'org/app',
    GITHUB_WORKSPACE: job.workspace,
    RUNNER_TEMP: temp,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const figures = stderr.split('\n').find((line) => line.startsWith('BENCH '));
      const outputs = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !figures || !outputs.startsWith('{')) return reject(new Error(`push child failed (exit ${code}):\n${stderr}\n${stdout}`));
      const { ms, maxRssMb } = JSON.parse(figures.slice('BENCH '.length)) as { ms: number; maxRssMb: number };
      const digest = (JSON.parse(outputs) as { digest: string }).digest;
      resolve({ ms, maxRssMb, digest, reused: `${stdout}${stderr}`.includes('already holds this tree') });
    });
  });
}
