// Bundles each action (src/actions/<name>/index.ts -> dist/<name>/) and the CLI (-> dist/cli/)
// with ncc. Two at a time: the machines have two cores. Then the gzip worker thread
// (src/core/flux-artifact/gzip-worker.ts), bundled on its own, goes next to every bundle that starts it.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const entries = readdirSync(join(root, 'src/actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'src/actions', entry.name, 'index.ts')))
  .map((entry) => ({ name: entry.name, source: `src/actions/${entry.name}/index.ts` }))
  .concat([{ name: 'cli', source: 'src/cli/index.ts' }]);

rmSync(join(root, 'dist'), { recursive: true, force: true });

function bundle({ name, source, output = `dist/${name}` }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', source, '-o', output, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ncc failed for ${name} (exit ${code})`))));
  });
}

const queue = [...entries];
await Promise.all(
  [0, 1].map(async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) await bundle(entry);
  }),
);
console.log(`bundled ${entries.map((entry) => entry.name).join(', ')}`);

// A worker thread needs a file of its own, which webpack does not make for `new Worker(...)`; the
// packing code finds it next to its chunk by this name (src/core/flux-artifact/worker-compressor.ts),
// so every bundle whose code names it gets a copy, and no list here can go stale.
const WORKER_FILE = 'gzip-worker.js';
const workerBuild = 'dist/.gzip-worker';
await bundle({ name: 'gzip-worker', source: 'src/core/flux-artifact/gzip-worker.ts', output: workerBuild });
const workerUsers = entries.filter(({ name }) =>
  readdirSync(join(root, 'dist', name)).some((file) => file.endsWith('.js') && readFileSync(join(root, 'dist', name, file), 'utf8').includes(WORKER_FILE)),
);
for (const { name } of workerUsers) copyFileSync(join(root, workerBuild, 'index.js'), join(root, 'dist', name, WORKER_FILE));
rmSync(join(root, workerBuild), { recursive: true, force: true });
if (workerUsers.length === 0) throw new Error(`no bundle names ${WORKER_FILE}: the gzip worker would never run`);
console.log(`${WORKER_FILE} copied into ${workerUsers.map(({ name }) => `dist/${name}`).join(', ')}`);
