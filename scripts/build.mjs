// Bundles each action (src/actions/<name>/index.ts -> dist/<name>/) and the CLI (-> dist/cli/)
// with ncc. Two at a time: the machines have two cores.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const entries = readdirSync(join(root, 'src/actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'src/actions', entry.name, 'index.ts')))
  .map((entry) => ({ name: entry.name, source: `src/actions/${entry.name}/index.ts` }))
  .concat([{ name: 'cli', source: 'src/cli/index.ts' }]);

rmSync(join(root, 'dist'), { recursive: true, force: true });

function bundle({ name, source }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', source, '-o', `dist/${name}`, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], { cwd: root, stdio: 'inherit' });
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
