import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionFailure, ConfigurationError } from '../../../src/core/errors.js';
import { isolatedGitEnv, makeTempDir, removeDir, run, startGitServer, type GitServer } from '../../harness/index.js';
import { basicForm, digestOf, isolateGit, runBump, TOKEN } from './helpers.js';

const KUSTOMIZATION = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
images:
  - name: ghcr.io/org/web
    newTag: "1.0.0" # pinned by CI
`;
const VALUES = `# values for dev
image:
  repository: ghcr.io/org/api
  tag: 1.0.0
replicas: 2
`;
const CONFIG_REPO = {
  'apps/web/kustomization.yaml': KUSTOMIZATION,
  'apps/web/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
  'envs/dev/values.yaml': VALUES,
  'envs/prod/values.yaml': VALUES.replace('dev', 'prod').replace('1.0.0', '0.9.0'),
};
const WEB_DIGEST = digestOf(1);

let server: GitServer;
let work: string;
beforeAll(async () => {
  isolateGit();
  server = await startGitServer({ username: 'x-access-token', password: TOKEN });
  work = await makeTempDir('bump-push');
});
afterAll(async () => {
  await server?.stop();
  await removeDir(work);
});

const baseInputs = (url: string): Record<string, string> => ({ repository: url, token: TOKEN, files: 'apps/**/kustomization.yaml' });

describe('bump-manifest pushing to a config repository', () => {
  it('clones, edits only the changed bytes, commits with the template and author, pushes, and reports', async () => {
    const url = await server.createRepo('org/push-basic', CONFIG_REPO);
    const { io, result, error } = await runBump({
      ...baseInputs(url),
      image: `ghcr.io/org/web:1.1.0@${WEB_DIGEST}`,
      message: 'deploy {image} {tag} ({files})',
      'author-name': 'Deploy Bot',
      'author-email': 'deploy-bot@example.test',
    });
    expect(error).toBeUndefined();
    const log = await server.log('org/push-basic', 'main');
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ subject: 'deploy ghcr.io/org/web 1.1.0 (apps/web/kustomization.yaml)', author: 'Deploy Bot', email: 'deploy-bot@example.test' });
    expect(await server.readFileAtHead('org/push-basic', 'main', 'apps/web/kustomization.yaml')).toBe(
      KUSTOMIZATION.replace('"1.0.0" # pinned by CI', `"1.1.0" # pinned by CI\n    digest: ${WEB_DIGEST}`),
    );
    expect(Object.fromEntries(io.outputs)).toEqual({
      changed: 'true',
      commit: log[0].sha,
      files: 'apps/web/kustomization.yaml',
      branch: 'main',
      'pull-request-url': '',
      'pull-request-number': '',
    });
    expect(result?.summary).toContain('### bump-manifest: pushed');
    expect(io.summary).toContain('-    newTag: "1.0.0" # pinned by CI\n+    newTag: "1.1.0" # pinned by CI\n+    digest: ' + WEB_DIGEST);
    expect(io.everything).not.toContain(TOKEN);
    expect(io.everything).not.toContain(basicForm(TOKEN));
    expect(io.openGroups).toBe(0);
  });

  it('finishes with changed=false and the current commit when the branch already holds the update', async () => {
    const url = await server.createRepo('org/push-noop', CONFIG_REPO);
    const { io, error } = await runBump({ ...baseInputs(url), image: 'ghcr.io/org/web:1.0.0' });
    expect(error).toBeUndefined();
    const log = await server.log('org/push-noop', 'main');
    expect(log).toHaveLength(1);
    expect(io.outputs.get('changed')).toBe('false');
    expect(io.outputs.get('commit')).toBe(log[0].sha);
    expect(io.outputs.get('files')).toBe('');
  });

  it('promotes the reference running in one environment to another with "from"', async () => {
    const url = await server.createRepo('org/promote', {
      ...CONFIG_REPO,
      'envs/dev/values.yaml': VALUES.replace('tag: 1.0.0', `tag: 1.4.2\n  digest: ${digestOf(7)}`),
      'envs/prod/values.yaml': VALUES.replace('tag: 1.0.0', `tag: 1.3.0\n  digest: ${digestOf(6)}`),
    });
    const { io, error } = await runBump({
      repository: url,
      token: TOKEN,
      image: 'ghcr.io/org/api',
      from: 'envs/dev/values.yaml',
      files: 'envs/prod/values.yaml',
      message: 'promote {image} {ref} to prod',
    });
    expect(error).toBeUndefined();
    expect(await server.readFileAtHead('org/promote', 'main', 'envs/prod/values.yaml')).toBe(
      VALUES.replace('tag: 1.0.0', `tag: 1.4.2\n  digest: ${digestOf(7)}`),
    );
    expect((await server.log('org/promote', 'main'))[0].subject).toBe(`promote ghcr.io/org/api 1.4.2@${digestOf(7)} to prod`);
    expect(io.outputs.get('files')).toBe('envs/prod/values.yaml');
  });

  it('computes and reports the diff in dry-run, and changes nothing', async () => {
    const url = await server.createRepo('org/dry-run', CONFIG_REPO);
    const { io, error } = await runBump({ ...baseInputs(url), image: 'ghcr.io/org/web:2.0.0', 'dry-run': 'true' });
    expect(error).toBeUndefined();
    expect(await server.log('org/dry-run', 'main')).toHaveLength(1);
    expect(server.requests.filter((request) => request.url.startsWith('/org/dry-run.git/git-receive-pack'))).toEqual([]);
    expect(Object.fromEntries(io.outputs)).toMatchObject({ changed: 'true', commit: '', files: 'apps/web/kustomization.yaml' });
    expect(io.summary).toContain('### bump-manifest: dry run, nothing written');
    expect(io.summary).toContain('+    newTag: "2.0.0" # pinned by CI');
  });

  it('works in an existing checkout, replacing credentials a checkout step persisted, from the remote tip', async () => {
    const url = await server.createRepo('org/checkout', CONFIG_REPO);
    const checkout = path.join(work, 'checkout');
    const git = (args: string[]) => run('git', args, { cwd: checkout, env: isolatedGitEnv() });
    await run('git', ['clone', '--quiet', server.authUrl('org/checkout'), checkout], { env: isolatedGitEnv() });
    await git(['remote', 'set-url', 'origin', url]);
    // What actions/checkout leaves behind: a persisted header, here for a token that no longer works.
    const origin = new URL(url).origin;
    await git(['config', '--local', `http.${origin}/.extraheader`, `AUTHORIZATION: basic ${basicForm('expired-token')}`]);
    // Someone pushes after our checkout was made: we must build on their commit, not beside it.
    await git(['commit', '--quiet', '--allow-empty', '-m', 'unrelated local commit that must not be pushed']);
    const other = path.join(work, 'other');
    await run('git', ['clone', '--quiet', server.authUrl('org/checkout'), other], { env: isolatedGitEnv() });
    await writeFile(path.join(other, 'README.md'), 'hello\n');
    await run('git', ['add', 'README.md'], { cwd: other, env: isolatedGitEnv() });
    await run('git', ['commit', '--quiet', '-m', 'someone else'], { cwd: other, env: isolatedGitEnv() });
    await run('git', ['push', '--quiet', 'origin', 'main'], { cwd: other, env: isolatedGitEnv() });

    // A dry run leaves the checkout exactly as it was: same HEAD, same files.
    const headBefore = (await git(['rev-parse', 'HEAD'])).stdout;
    const dry = await runBump({ path: checkout, files: 'apps/web/kustomization.yaml', image: 'ghcr.io/org/web:1.2.0', 'dry-run': 'true' });
    expect(dry.error).toBeUndefined();
    expect(dry.io.outputs.get('changed')).toBe('true');
    expect((await git(['rev-parse', 'HEAD'])).stdout).toBe(headBefore);
    expect((await git(['status', '--porcelain'])).stdout).toBe('');

    const { io, error } = await runBump({ path: checkout, token: TOKEN, files: 'apps/web/kustomization.yaml', image: 'ghcr.io/org/web:1.2.0' });
    expect(error).toBeUndefined();
    const log = await server.log('org/checkout', 'main');
    expect(log.map((commit) => commit.subject)).toEqual(['chore(deploy): bump ghcr.io/org/web to 1.2.0', 'someone else', 'Initial commit']);
    expect(io.outputs.get('commit')).toBe(log[0].sha);
    // The local branch has a commit of its own: it stays as it was, on its branch, and the log says where the update went.
    expect((await git(['symbolic-ref', '--short', 'HEAD'])).stdout.trim()).toBe('main');
    expect((await git(['rev-parse', 'HEAD'])).stdout).toBe(headBefore);
    expect(io.everything).toContain(`Branch "main" has local commits the remote does not; it stays as it was (the update is ${log[0].sha.slice(0, 12)} on the remote)`);
    expect(await readFile(path.join(checkout, '.git', 'config'), 'utf8')).not.toContain(basicForm(TOKEN));
    expect(io.everything).not.toContain(TOKEN);
  });
});

describe('bump-manifest dry run on a local checkout', () => {
  it('previews a checkout with no remote and a detached HEAD, and still refuses to push from it', async () => {
    const local = path.join(work, 'local-preview');
    const git = (args: string[]) => run('git', args, { cwd: local, env: isolatedGitEnv() });
    await run('git', ['init', '--quiet', '-b', 'main', local], { env: isolatedGitEnv() });
    await writeFile(path.join(local, 'values.yaml'), VALUES);
    await git(['add', 'values.yaml']);
    await git(['commit', '--quiet', '-m', 'init']);
    await git(['checkout', '--quiet', '--detach']);

    const dry = await runBump({ path: local, files: 'values.yaml', image: 'ghcr.io/org/api:1.1.0', 'dry-run': 'true' });
    expect(dry.error).toBeUndefined();
    expect(Object.fromEntries(dry.io.outputs)).toMatchObject({ changed: 'true', commit: '', files: 'values.yaml' });
    expect(dry.io.summary).toContain('+  tag: 1.1.0');
    expect(await readFile(path.join(local, 'values.yaml'), 'utf8')).toBe(VALUES);

    const typo = await runBump({ path: local, files: 'values.yaml', set: 'replica=3', 'dry-run': 'true' });
    expect(typo.error).toBeInstanceOf(ConfigurationError);
    expect(typo.error!.message).toBe('Input "set": no file matching values.yaml references key replica (set allow-no-match to accept this)');

    const real = await runBump({ path: local, files: 'values.yaml', image: 'ghcr.io/org/api:1.1.0' });
    expect(real.error).toBeInstanceOf(ConfigurationError);
    expect(real.error!.message).toMatch(/^Input "path": the checkout at .* has no "origin" remote to push to$/);
    expect(await readFile(path.join(local, 'values.yaml'), 'utf8')).toBe(VALUES);
  });
});

describe('bump-manifest refusing bad input, with nothing committed or pushed', () => {
  const expectNothingPushed = async (repo: string) => {
    expect(await server.log(repo, 'main')).toHaveLength(1);
    expect(server.requests.filter((request) => request.url.startsWith(`/${repo}.git/git-receive-pack`))).toEqual([]);
  };

  it('names the file and line of malformed YAML', async () => {
    const url = await server.createRepo('org/bad-yaml', {
      ...CONFIG_REPO,
      'apps/broken/kustomization.yaml': 'images:\n  - name: ghcr.io/org/web\n    newTag: [1.0\n',
    });
    const { error, io } = await runBump({ ...baseInputs(url), image: 'ghcr.io/org/web:3.0.0' });
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toMatch(/apps\/broken\/kustomization\.yaml/);
    expect(error!.message).toMatch(/line \d+/);
    await expectNothingPushed('org/bad-yaml');
    expect(io.everything).not.toContain(TOKEN);
  });

  it('reports an image no file references, unless allow-no-match', async () => {
    const url = await server.createRepo('org/no-match', CONFIG_REPO);
    const refused = await runBump({ ...baseInputs(url), image: 'ghcr.io/org/nothing:1.0.0' });
    expect(refused.error).toBeInstanceOf(ConfigurationError);
    expect(refused.error!.message).toBe(
      'Input "image": no file matching apps/**/kustomization.yaml references ghcr.io/org/nothing (set allow-no-match to accept this)',
    );
    const allowed = await runBump({ ...baseInputs(url), image: 'ghcr.io/org/nothing:1.0.0', 'allow-no-match': 'true' });
    expect(allowed.error).toBeUndefined();
    expect(allowed.io.outputs.get('changed')).toBe('false');
    expect(allowed.io.text('warning')).toContain('references ghcr.io/org/nothing');
    await expectNothingPushed('org/no-match');
  });

  it('rejects a rejected token with the repository named and the token nowhere', async () => {
    const url = await server.createRepo('org/bad-token', CONFIG_REPO);
    const wrong = 'ghp_thisTokenIsWrong0000000000000000';
    const { error, io } = await runBump({ repository: url, token: wrong, files: 'apps/**/kustomization.yaml', image: 'ghcr.io/org/web:3.0.0' });
    expect(error).toBeInstanceOf(ActionFailure);
    expect(error!.message).toMatch(new RegExp(`^authentication failed for ${url.replace(/[.]/g, '\\.')} while trying to clone`));
    expect(io.everything).not.toContain(wrong);
    expect(io.everything).not.toContain(basicForm(wrong));
    await expectNothingPushed('org/bad-token');
  });

  it.each([
    [{ image: 'ghcr.io/org/web:bad tag!' }, 'image', /not an image update|invalid|tag/i],
    [{ image: 'ghcr.io/org/web:1.0', files: '../outside/*.yaml' }, 'files', /leaves the repository/],
    [{ image: 'ghcr.io/org/web:1.0', files: '/etc/*.yaml' }, 'files', /leaves the repository/],
    [{ image: 'ghcr.io/org/web', from: '../prod' }, 'from', /leaves the repository/],
    [{ image: 'ghcr.io/org/web' }, 'image', /names no new tag, digest or name/],
    [{ image: 'ghcr.io/org/web:1.0', from: 'envs/dev' }, 'image', /with "from", give image names only/],
    [{ image: 'ghcr.io/org/web:1.0', message: 'bump {imgae}' }, 'message', /unknown placeholder \{imgae\}/],
    [{ image: 'ghcr.io/org/web:1.0', repository: 'https://user:hunter22@example.test/org/config.git' }, 'repository', /must not contain credentials/],
    [{ image: 'ghcr.io/org/web:1.0', mode: 'pull-request', token: '' }, 'token', /required in pull-request mode/],
    [{ image: 'ghcr.io/org/web:1.0', kind: 'helm' }, 'kind', /expected auto or one or more of/],
    [{ image: 'ghcr.io/org/web:1.0', 'push-retries': '-1' }, 'push-retries', /at least 0/],
  ])('refuses %o naming the input "%s"', async (overrides, input, message) => {
    const { error, io } = await runBump({ repository: server.url('org/never-cloned'), token: TOKEN, files: 'apps/*.yaml', ...overrides });
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe(input);
    expect(error!.message).toMatch(message);
    expect(io.everything).not.toContain('hunter22');
    expect(server.requests.some((request) => request.url.startsWith('/org/never-cloned'))).toBe(false);
  });
});
