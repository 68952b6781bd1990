import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, planEdits } from '../../../src/core/config-edit/index.js';
import { tempDir } from './helpers.js';

const run = promisify(execFile);
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function scratch(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return dir;
}

const pod = (image: string) => Buffer.from(`apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: app\n    image: ${image}\n`);

describe('edits are byte-exact outside the changed value', () => {
  it('keeps bytes that are not UTF-8 (a Latin-1 comment, a stray 0xff, a cut sequence) as they were', async () => {
    const dir = scratch();
    const head = Buffer.from([...Buffer.from('# caf'), 0xe9, ...Buffer.from(' cr\u00e8me '), 0xff, 0xc3, ...Buffer.from('\n')]);
    const tail = Buffer.from([...Buffer.from('# end '), 0xed, 0xa0, 0x80, ...Buffer.from('\n')]);
    writeFileSync(join(dir, 'pod.yaml'), Buffer.concat([head, pod('ghcr.io/acme/app:1.0'), tail]));
    const plan = await planEdits({ root: dir, files: [], updates: [{ image: 'ghcr.io/acme/app', newTag: '2.0' }] });
    await applyEdits(dir, plan.edits);
    expect(readFileSync(join(dir, 'pod.yaml')).equals(Buffer.concat([head, pod('ghcr.io/acme/app:2.0'), tail]))).toBe(true);
  });

  it('refuses to replace a value that itself holds bytes that are not UTF-8', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'pod.yaml'), Buffer.concat([Buffer.from('metadata:\n  note: caf'), Buffer.from([0xe9, 0x0a])]));
    await expect(planEdits({ root: dir, files: [], updates: [], set: [{ path: 'metadata.note', value: 'tea' }] })).rejects.toThrow(
      /Input "files": pod\.yaml:2: the value to replace holds bytes that are not UTF-8/,
    );
  });
});

describe('a full disk', () => {
  it('leaves no temporary file in the tree, and the file as it was', async () => {
    // A 256 KiB tmpfs in a private mount namespace: the 150 KiB file fits, its edited copy does not.
    const dir = scratch();
    const script = join(dir, 'fill.mts');
    writeFileSync(
      script,
      `import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { applyEdits, planEdits } from ${JSON.stringify(join(import.meta.dirname, '../../../src/core/config-edit/index.js'))};
const root = process.argv[2];
const original = \`# \${'x'.repeat(150 * 1024)}\\napiVersion: v1\\nkind: Pod\\nspec:\\n  containers:\\n  - name: a\\n    image: ghcr.io/acme/app:1.0\\n\`;
writeFileSync(root + '/pod.yaml', original);
const plan = await planEdits({ root, files: [], updates: [{ image: 'ghcr.io/acme/app', newTag: '2.0' }] });
let error = '';
try { await applyEdits(root, plan.edits); } catch (caught) { error = caught.message; }
console.log(JSON.stringify({ error, files: readdirSync(root), unchanged: readFileSync(root + '/pod.yaml', 'utf8') === original }));
`,
    );
    const mount = join(dir, 'disk');
    const { stdout } = await run(
      'unshare',
      ['-rm', 'sh', '-c', 'mkdir "$1" && mount -t tmpfs -o size=256k tmpfs "$1" && exec "$2" --import tsx "$3" "$1"', 'sh', mount, process.execPath, script],
      { timeout: 60_000 },
    );
    const outcome = JSON.parse(stdout.trim().split('\n').at(-1)!) as { error: string; files: string[]; unchanged: boolean };
    expect(outcome.error).toMatch(/could not write the edited files; nothing was changed: .*ENOSPC/);
    expect(outcome.files).toEqual(['pod.yaml']);
    expect(outcome.unchanged).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['disk', 'fill.mts']);
  });
});
