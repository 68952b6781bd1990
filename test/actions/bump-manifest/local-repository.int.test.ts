import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedGitEnv, makeTempDir, removeDir, run } from '../../harness/index.js';
import { isolateGit, runBump } from './helpers.js';

const VALUES = 'image:\n  repository: ghcr.io/org/api\n  tag: "1.0.0"\n';

let work: string;
beforeAll(async () => {
  isolateGit();
  work = await makeTempDir('bump-local');
});
afterAll(async () => {
  await removeDir(work);
});

const git = (cwd: string, args: string[]) => run('git', args, { cwd, env: isolatedGitEnv() });

/** A bare repository holding values.yaml on main, as a server's would be. */
async function bareRepository(name: string): Promise<string> {
  const seed = path.join(work, `${name}-seed`);
  const bare = path.join(work, `${name}.git`);
  await git(work, ['init', '--quiet', '--bare', '--initial-branch=main', bare]);
  await git(work, ['init', '--quiet', '--initial-branch=main', seed]);
  await writeFile(path.join(seed, 'values.yaml'), VALUES);
  await writeFile(path.join(seed, 'notes.txt'), 'notes\n');
  await git(seed, ['add', '.']);
  await git(seed, ['commit', '--quiet', '-m', 'Initial commit']);
  await git(seed, ['push', '--quiet', bare, 'main']);
  return bare;
}

/** Someone else pushes a commit: a checkout made before is now one commit behind. */
async function pushFromElsewhere(bare: string, name: string): Promise<void> {
  const other = path.join(work, `${name}-other`);
  await git(work, ['clone', '--quiet', pathToFileURL(bare).href, other]);
  await writeFile(path.join(other, 'README.md'), 'hello\n');
  await git(other, ['add', 'README.md']);
  await git(other, ['commit', '--quiet', '-m', 'someone else']);
  await git(other, ['push', '--quiet', 'origin', 'main']);
}

const atHead = async (bare: string, file: string) => (await run('git', ['--git-dir', bare, 'show', `main:${file}`], { env: isolatedGitEnv() })).stdout;

describe('bump-manifest on a local repository', () => {
  it.each([
    ['a file:// URL', (bare: string) => pathToFileURL(bare).href],
    ['an absolute path', (bare: string) => bare],
  ])('clones, edits and pushes %s', async (_, given) => {
    const bare = await bareRepository(`local-${given('x').startsWith('file:') ? 'url' : 'path'}`);
    const { io, error } = await runBump({ repository: given(bare), files: 'values.yaml', image: 'ghcr.io/org/api:1.1.0' });
    expect(error).toBeUndefined();
    expect(io.outputs.get('changed')).toBe('true');
    expect(await atHead(bare, 'values.yaml')).toBe(VALUES.replace('1.0.0', '1.1.0'));
    expect(io.outputs.get('commit')).toBe((await run('git', ['--git-dir', bare, 'rev-parse', 'main'], { env: isolatedGitEnv() })).stdout.trim());
  });

  it.each([
    ['a digest no key of the chart reads', { image: `ghcr.io/org/api@sha256:${'c'.repeat(64)}` }, /^Input "image": values\.yaml:2: ghcr\.io\/org\/api has no digest key here/],
    ['a set path no file has', { set: 'image.tagg=1.2.0' }, /^Input "set": no file matching values\.yaml references key image\.tagg/],
    ['an unknown kind', { image: 'ghcr.io/org/api:1.2.0', kind: 'helm' }, /^Input "kind": expected auto or one or more of/],
  ])('fails on %s, naming the input, and pushes nothing', async (_, inputs, message) => {
    const bare = await bareRepository(`bad-${Object.keys(inputs).join('-')}`);
    const head = (await run('git', ['--git-dir', bare, 'rev-parse', 'main'], { env: isolatedGitEnv() })).stdout;
    const { error } = await runBump({ repository: pathToFileURL(bare).href, files: 'values.yaml', ...inputs });
    expect(error!.message).toMatch(message);
    expect((await run('git', ['--git-dir', bare, 'rev-parse', 'main'], { env: isolatedGitEnv() })).stdout).toBe(head);
    expect(await atHead(bare, 'values.yaml')).toBe(VALUES);
  });

  it('refuses a file:// URL that names a host', async () => {
    const { error } = await runBump({ repository: 'file://server/srv/config.git', files: 'values.yaml', image: 'ghcr.io/org/api:1.1.0' });
    expect(error!.message).toBe('Input "repository": a file:// URL names a path on this machine (file:///srv/config.git), not a host');
  });

  it('leaves a checkout that was behind its remote on its branch, moved to what was pushed, local changes kept', async () => {
    const bare = await bareRepository('behind');
    const checkout = path.join(work, 'behind-checkout');
    await git(work, ['clone', '--quiet', pathToFileURL(bare).href, checkout]);
    await pushFromElsewhere(bare, 'behind');
    await writeFile(path.join(checkout, 'notes.txt'), 'my uncommitted notes\n');

    const { error, io } = await runBump({ path: checkout, files: 'values.yaml', image: 'ghcr.io/org/api:1.2.0' });
    expect(error).toBeUndefined();
    expect((await git(checkout, ['symbolic-ref', '--short', 'HEAD'])).stdout.trim()).toBe('main');
    const pushed = (await run('git', ['--git-dir', bare, 'rev-parse', 'main'], { env: isolatedGitEnv() })).stdout.trim();
    expect(io.outputs.get('commit')).toBe(pushed);
    expect((await git(checkout, ['rev-parse', 'main'])).stdout.trim()).toBe(pushed);
    expect(await readFile(path.join(checkout, 'README.md'), 'utf8')).toBe('hello\n');
    expect(await readFile(path.join(checkout, 'values.yaml'), 'utf8')).toBe(VALUES.replace('1.0.0', '1.2.0'));
    expect((await git(checkout, ['status', '--porcelain'])).stdout).toBe(' M notes.txt\n');
  });

  it('puts a checkout that was behind back on its branch, where it was, when a pull-request bump fails', async () => {
    const bare = await bareRepository('failing');
    const checkout = path.join(work, 'failing-checkout');
    await git(work, ['clone', '--quiet', pathToFileURL(bare).href, checkout]);
    await pushFromElsewhere(bare, 'failing');
    const before = (await git(checkout, ['rev-parse', 'HEAD'])).stdout.trim();
    const { error } = await runBump({ path: checkout, files: 'values.yaml', image: 'ghcr.io/org/api:1.3.0', mode: 'pull-request', token: 't0ken-for-nothing' });
    expect(error!.message).toMatch(/^Input "repository": pull-request mode needs a hosted repository/);
    expect((await git(checkout, ['symbolic-ref', '--short', 'HEAD'])).stdout.trim()).toBe('main');
    expect((await git(checkout, ['rev-parse', 'HEAD'])).stdout.trim()).toBe(before);
  });
});
