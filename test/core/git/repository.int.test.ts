import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionFailure, ConfigurationError } from '../../../src/core/errors.js';
import { commitAndPush } from '../../../src/core/git/publish.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { makeTempDir, removeDir, startGitServer, type GitServer } from '../../harness/index.js';
import { cloneWithToken, recordingGitRunner, setYamlKey } from './helpers.js';

const TOKEN = 'ghs_correcthorsebatterystaple42';
const AUTHOR = { name: 'bump-bot', email: 'bump-bot@example.test' };

let server: GitServer;
let work: string;

beforeAll(async () => {
  server = await startGitServer({ username: 'x-access-token', password: TOKEN });
  work = await makeTempDir('git-core');
});
afterAll(async () => {
  await server?.stop();
  await removeDir(work);
});

let counter = 0;
const freshDir = () => path.join(work, `clone-${++counter}`);

describe('clone with a token', () => {
  it('sends the token as a header only: not in argv, not in the URL, not in .git/config, masked everywhere', async () => {
    const url = await server.createRepo('org/secret-check', { 'values.yaml': 'tag: v1\n' });
    const { git, calls } = recordingGitRunner();
    const io = new RecordingIO();
    const dir = freshDir();
    const repository = await cloneWithToken({ url, token: TOKEN, dir, git, io });

    const base64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    expect(io.secrets).toContain(TOKEN);
    expect(io.secrets).toContain(base64);
    for (const call of calls) {
      expect(call.args.join(' ')).not.toContain(TOKEN);
      expect(call.args.join(' ')).not.toContain(base64);
    }
    const config = await readFile(path.join(dir, '.git', 'config'), 'utf8');
    expect(config).not.toContain(base64);
    expect(config).not.toContain(TOKEN);
    expect(config).toContain(url); // the plain URL, credentials nowhere
    expect(await repository.currentBranch()).toBe('main');
    expect((await readFile(path.join(dir, 'values.yaml'), 'utf8'))).toBe('tag: v1\n');
    // Shallow, so a config repo with years of history clones in one round trip.
    expect((await git(['rev-parse', '--is-shallow-repository'], { cwd: dir })).stdout.trim()).toBe('true');
  });

  it('names the repository, not the token, when the token is rejected', async () => {
    const url = await server.createRepo('org/rejected', { 'values.yaml': 'tag: v1\n' });
    const { git } = recordingGitRunner();
    const io = new RecordingIO();
    const error = await cloneWithToken({ url, token: 'ghs_wrongwrongwrong', dir: freshDir(), git, io }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionFailure);
    expect((error as Error).message).toContain(`authentication failed for ${url}`);
    expect((error as Error).message).not.toContain('ghs_wrongwrongwrong');
    expect((error as Error).message).not.toContain(Buffer.from('x-access-token:ghs_wrongwrongwrong').toString('base64'));
  });

  it('reports a missing branch as a mistake in the branch input', async () => {
    const url = await server.createRepo('org/no-branch', { 'a.yaml': 'a: 1\n' });
    const { git } = recordingGitRunner();
    const error = await cloneWithToken({ url, token: TOKEN, dir: freshDir(), git, io: new RecordingIO(), branch: 'nope' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(`Input "branch": branch "nope" does not exist in ${url}`);
  });
});

describe('commit and push', () => {
  it('re-applies the edit on the new tip when another writer pushed first, keeping history linear', async () => {
    const url = await server.createRepo('org/race', { 'values.yaml': 'first: v1\nsecond: v1\n' });
    const { git } = recordingGitRunner();
    const io = new RecordingIO();
    const early = await cloneWithToken({ url, token: TOKEN, dir: freshDir(), git, io });
    const late = await cloneWithToken({ url, token: TOKEN, dir: freshDir(), git, io });

    const pushEdit = (repository: typeof early, key: string, value: string) =>
      commitAndPush({
        repository,
        branch: 'main',
        author: AUTHOR,
        retries: 3,
        io,
        sleep: async () => {},
        applyChange: async () => {
          await setYamlKey(repository.dir, 'values.yaml', key, value);
          return { paths: ['values.yaml'], message: `bump ${key} to ${value}` };
        },
      });

    const first = await pushEdit(early, 'first', 'v2');
    expect(first).toMatchObject({ changed: true, attempts: 1, paths: ['values.yaml'] });
    const second = await pushEdit(late, 'second', 'v2'); // its clone predates `first`
    expect(second).toMatchObject({ changed: true, attempts: 2 });

    expect(await server.readFileAtHead('org/race', 'main', 'values.yaml')).toBe('first: v2\nsecond: v2\n');
    const log = await server.log('org/race', 'main');
    expect(log.map((commit) => commit.subject)).toEqual(['bump second to v2', 'bump first to v2', 'Initial commit']);
    expect(log[0]).toMatchObject({ sha: second.commit, author: 'bump-bot', email: 'bump-bot@example.test' });
    const parents = (await git(['rev-list', '--parents', '-n', '1', second.commit], { cwd: late.dir })).stdout.trim().split(' ');
    expect(parents).toEqual([second.commit, first.commit]); // one parent: no merge commit
    expect(io.text('info')).toContain('moved while pushing');
  });

  it('keeps unrelated uncommitted changes of the checkout when it starts over on the new tip', async () => {
    const url = await server.createRepo('org/race-dirty', { 'values.yaml': 'first: v1\nsecond: v1\n', 'notes.txt': 'keep\n' });
    const { git } = recordingGitRunner();
    const io = new RecordingIO();
    const ours = await cloneWithToken({ url, token: TOKEN, dir: freshDir(), git, io });
    const rival = await cloneWithToken({ url, token: TOKEN, dir: freshDir(), git, io });
    await setYamlKey(rival.dir, 'values.yaml', 'first', 'v2');
    await rival.commit(['values.yaml'], 'rival', AUTHOR);
    expect(await rival.push('main')).toEqual({ kind: 'pushed' });

    await writeFile(path.join(ours.dir, 'notes.txt'), 'work in progress\n');
    const result = await commitAndPush({
      repository: ours,
      branch: 'main',
      author: AUTHOR,
      retries: 1,
      io,
      sleep: async () => {},
      applyChange: async () => {
        await setYamlKey(ours.dir, 'values.yaml', 'second', 'v2');
        return { paths: ['values.yaml'], message: 'bump second' };
      },
    });
    expect(result).toMatchObject({ changed: true, attempts: 2 });
    expect(await server.readFileAtHead('org/race-dirty', 'main', 'values.yaml')).toBe('first: v2\nsecond: v2\n');
    expect(await readFile(path.join(ours.dir, 'notes.txt'), 'utf8')).toBe('work in progress\n');
    expect(await server.readFileAtHead('org/race-dirty', 'main', 'notes.txt')).toBe('keep\n');
  });

  it('finishes unchanged, on the remote commit, when another writer already made the same change', async () => {
    const url = await server.createRepo('org/same-change', { 'values.yaml': 'tag: v1\n' });
    const { git } = recordingGitRunner();
    const io = new RecordingIO();
    const one = await cloneWithToken({ url, token: TOKEN, dir: freshDir(), git, io });
    const two = await cloneWithToken({ url, token: TOKEN, dir: freshDir(), git, io });
    // Distinct messages: identical commits made in the same second would even share their SHA.
    const bump = (repository: typeof one, who: string) =>
      commitAndPush({
        repository,
        branch: 'main',
        author: AUTHOR,
        retries: 2,
        io,
        sleep: async () => {},
        applyChange: async () => {
          await setYamlKey(repository.dir, 'values.yaml', 'tag', 'v2');
          return { paths: ['values.yaml'], message: `bump tag to v2 (${who})` };
        },
      });
    const winner = await bump(one, 'one');
    const loser = await bump(two, 'two');
    expect(loser).toEqual({ changed: false, commit: winner.commit, paths: [], attempts: 2 });
    expect((await server.log('org/same-change', 'main')).length).toBe(2);

    // And a third run against the updated branch does nothing at the first attempt.
    const three = await cloneWithToken({ url, token: TOKEN, dir: freshDir(), git, io });
    expect(await bump(three, 'three')).toEqual({ changed: false, commit: winner.commit, paths: [], attempts: 1 });
  });

  it('gives up after the bounded number of attempts when the branch keeps moving', async () => {
    const url = await server.createRepo('org/busy', { 'values.yaml': 'tag: v1\n', 'other.yaml': 'n: 0\n' });
    const { git } = recordingGitRunner();
    const io = new RecordingIO();
    const ours = await cloneWithToken({ url, token: TOKEN, dir: freshDir(), git, io });
    const rival = await cloneWithToken({ url, token: TOKEN, dir: freshDir(), git, io });
    let rivalPushes = 0;
    const rivalResults: unknown[] = [];
    const delays: number[] = [];
    const error = await commitAndPush({
      repository: ours,
      branch: 'main',
      author: AUTHOR,
      retries: 2,
      io,
      random: () => 1,
      sleep: async (ms) => {
        delays.push(ms);
      },
      applyChange: async () => {
        // Every time we are about to push, someone else lands a commit first.
        await rival.fetchBranch('main').then((tip) => rival.detachAt(tip));
        await setYamlKey(rival.dir, 'other.yaml', 'n', String(++rivalPushes));
        await rival.commit(['other.yaml'], `rival ${rivalPushes}`, AUTHOR);
        rivalResults.push(await rival.push('main'));
        await setYamlKey(ours.dir, 'values.yaml', 'tag', 'v2');
        return { paths: ['values.yaml'], message: 'bump' };
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionFailure);
    expect((error as Error).message).toMatch(/kept moving: gave up after 3 push attempts/);
    expect(delays).toEqual([500, 1000]); // exponential, scaled by the jitter (1 here)
    expect(rivalResults).toEqual([{ kind: 'pushed' }, { kind: 'pushed' }, { kind: 'pushed' }]);
    expect(await server.readFileAtHead('org/busy', 'main', 'values.yaml')).toBe('tag: v1\n');
  });

  it('commits only the paths the change names, and force-pushes a side branch when asked', async () => {
    const url = await server.createRepo('org/only', { 'values.yaml': 'tag: v1\n', 'notes.txt': 'keep\n' });
    const { git } = recordingGitRunner();
    const io = new RecordingIO();
    const repository = await cloneWithToken({ url, token: TOKEN, dir: freshDir(), git, io });
    await writeFile(path.join(repository.dir, 'notes.txt'), 'local scribbles\n');
    const result = await commitAndPush({
      repository,
      branch: 'main',
      pushBranch: 'gitops-actions/bump/main/abc',
      author: AUTHOR,
      retries: 0,
      io,
      applyChange: async () => {
        await setYamlKey(repository.dir, 'values.yaml', 'tag', 'v2');
        return { paths: ['values.yaml'], message: 'bump' };
      },
    });
    expect(result.changed).toBe(true);
    expect(await server.readFileAtHead('org/only', 'gitops-actions/bump/main/abc', 'values.yaml')).toBe('tag: v2\n');
    expect(await server.readFileAtHead('org/only', 'gitops-actions/bump/main/abc', 'notes.txt')).toBe('keep\n');
    expect(await server.readFileAtHead('org/only', 'main', 'values.yaml')).toBe('tag: v1\n');
  });
});
