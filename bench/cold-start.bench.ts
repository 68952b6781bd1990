import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { actions } from '../src/actions/index.js';
import { interleavedRatio, type BenchFigure, type BenchReport } from './lib.js';

const RUNS = 25;
const dist = join(import.meta.dirname, '../dist');

/**
 * Cold start of each bundle: process start to the error for a missing required input, as a
 * ratio to a bare `node -e 0` measured in the same loop. Also each bundle's size on disk.
 */
export default async function coldStart(): Promise<BenchReport> {
  const figures: BenchFigure[] = [];
  // Both get the same small environment: the parent's may carry a loader (tsx) in NODE_OPTIONS.
  const env = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' };
  const bare = () => spawnSync(process.execPath, ['-e', '0'], { env });
  const firstAction = actions[0]?.name;
  const bundles = readdirSync(dist).filter((name) => existsSync(join(dist, name, 'index.js')));
  for (const name of bundles) {
    const args = name === 'cli' ? (firstAction ? [firstAction] : ['--help']) : [];
    const file = join(dist, name, 'index.js');
    const bundle = () => spawnSync(process.execPath, [file, ...args], { env });
    bundle(); // warm the file cache, as for the bare run
    const { ratio, baselineMs, candidateMs } = await interleavedRatio(bare, bundle, RUNS);
    figures.push({ name: `${name} cold start (${candidateMs.toFixed(0)} ms vs node -e 0 ${baselineMs.toFixed(0)} ms)`, value: ratio, unit: 'ratio', target: 2.0 });
    figures.push({ name: `${name} bundle size`, value: directorySize(join(dist, name)) / 1e6, unit: 'MB' });
  }
  return { bench: 'cold-start', figures };
}

function directorySize(dir: string): number {
  return readdirSync(dir).reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}
