import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startFakeArgocd, type FakeArgocd } from '../fakes/argocd/index.js';
import { startForwardProxy, type ForwardProxy } from '../fakes/forward-proxy.js';
import { startFakeGithubApi, type FakeGithubApi } from '../fakes/github-api.js';
import {
  buildahEnv,
  createTestCa,
  makeTempDir,
  removeDir,
  run,
  startGitServer,
  startTokenAuthRegistry,
  type GitServer,
  type TokenRegistry,
} from '../harness/index.js';
import { startConfigController, type ConfigController } from './controller.js';

export const ACTOR = 'octocat';
export const SHA = '0123456789abcdef0123456789abcdef01234567';
export const IMAGE = 'ghcr.io/org/app';
/** The user name the test's own reads (skopeo, the controller) log in with, told apart from the actions'. */
export const TEST_READER = 'test-reader';
/** The workflow token GitHub gives a job (secrets.GITHUB_TOKEN, github.token). */
export const GITHUB_TOKEN = 'ghs_readmeExampleToken0123456789';
export const CONFIG_REPO_TOKEN = 'github_pat_configRepoToken0123456789';
/** Argo CD application → the config repository folder it deploys, as the README's examples name them. */
export const APPS = { guestbook: 'overlays/dev', 'app-dev': 'envs/dev', 'app-stage': 'envs/stage', 'app-prod': 'envs/prod' } as const;

/**
 * ghcr.io, github.com and argocd.example.com as the README's examples name them, all on loopback:
 * HTTPS_PROXY names a CONNECT proxy that tunnels each name's port 443 to a local server whose
 * certificate is for that name, signed by a test CA the runner's tools trust through the
 * environment, as they would trust a public CA from the system store:
 * - ghcr.io: a registry behind a token realm that takes the workflow token with any user name,
 *   as GHCR does;
 * - github.com: git over HTTPS holding org/config, taking the token with GitHub's x-access-token;
 * - api.github.com: the GitHub API fake for pull requests, plain HTTP behind a proxy that answers
 *   the tunnel's TLS itself;
 * - argocd.example.com: the Argo CD fake, whose controller follows the pushes to org/config
 *   (controller.ts).
 * Builds run with buildah (the runner's `builder: auto` finds no Docker engine here).
 */
export interface PublicHosts {
  ghcr: TokenRegistry;
  github: GitServer;
  githubApi: FakeGithubApi;
  argo: FakeArgocd;
  proxy: ForwardProxy;
  controller: ConfigController;
  /** GITHUB_WORKSPACE: the application's repository. */
  workspace: string;
  /** The job's environment on the runner (the runner adds GITHUB_OUTPUT and the like per step). */
  env: NodeJS.ProcessEnv;
  /** The digest of the manifest ghcr.io holds for `reference`, as skopeo reads it. */
  registryDigest(reference: string): Promise<string>;
  /** The image `kubectl kustomize` renders for a folder of org/config at the head of `branch`. */
  renderedImage(folder: string, branch?: string): Promise<string>;
  /** Commits one file to org/config's main, as another pipeline or a person would. */
  commit(file: string, content: string, message: string): Promise<void>;
  stop(): Promise<void>;
}

const kustomization = (tag: string) => `resources:\n  - ../../base\nimages:\n  - name: ${IMAGE}\n    newTag: ${tag}\n`;

export async function startPublicHosts(): Promise<PublicHosts> {
  const tmp = await makeTempDir('public-hosts');
  const certs = async (name: string) => {
    const dir = path.join(tmp, `tls-${name}`);
    await mkdir(dir);
    return createTestCa(dir, [name]);
  };
  const [githubTls, apiTls, argoTls] = await Promise.all([certs('github.com'), certs('api.github.com'), certs('argocd.example.com')]);
  const ghcr = await startTokenAuthRegistry({ tls: true, tlsNames: ['ghcr.io'], users: {}, anyUserTokens: [GITHUB_TOKEN] });
  const github = await startGitServer({ username: 'x-access-token', password: CONFIG_REPO_TOKEN, tls: { cert: githubTls.serverCert, key: githubTls.serverKey } });
  const files: Record<string, string> = {
    'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'base/deployment.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${IMAGE}\n`,
  };
  for (const folder of ['overlays/dev', 'envs/dev', 'envs/staging', 'envs/stage', 'envs/prod']) files[`${folder}/kustomization.yaml`] = kustomization('bootstrap');
  const initial = await github.createRepo('org/config', files);
  const head = (await github.log('org/config', 'main'))[0]?.sha ?? initial;
  const argo = await startFakeArgocd({
    apps: Object.entries(APPS).map(([name, folder]) => ({ name, source: { repoURL: 'https://github.com/org/config.git', path: folder, targetRevision: 'main' } })),
    revisions: { main: head },
    tls: { cert: argoTls.serverCert, key: argoTls.serverKey },
  });
  const githubApi = await startFakeGithubApi({ token: CONFIG_REPO_TOKEN });
  const hostOf = (url: string) => new URL(url).host;
  const proxy = await startForwardProxy({
    routes: { 'ghcr.io:443': ghcr.host, 'github.com:443': hostOf(github.url('org/config')), 'argocd.example.com:443': hostOf(argo.url) },
    terminate: { 'api.github.com:443': { target: hostOf(githubApi.url), cert: await readFile(apiTls.serverCert, 'utf8'), key: await readFile(apiTls.serverKey, 'utf8') } },
  });

  // What the runner's system store would hold: the CAs of the three public names.
  const caBundle = path.join(tmp, 'ca-bundle.crt');
  const pems = await Promise.all([ghcr.caCert ?? '', githubTls.caCert, apiTls.caCert, argoTls.caCert].map((file) => readFile(file, 'utf8')));
  await writeFile(caBundle, pems.join(''));
  const trust = { NODE_EXTRA_CA_CERTS: caBundle, GIT_SSL_CAINFO: caBundle, SSL_CERT_FILE: caBundle };

  const skopeo = (reference: string) => ({
    args: ['--cert-dir', ghcr.certDir ?? '', '--creds', `${TEST_READER}:${GITHUB_TOKEN}`],
    url: `docker://${reference.replace(/^ghcr\.io\//, `${ghcr.host}/`)}`,
  });
  const controller = await startConfigController(
    {
      git: github,
      repo: 'org/config',
      argo,
      apps: APPS,
      pullable: async (digest) => {
        const { args, url } = skopeo(`${IMAGE}@${digest}`);
        return run('skopeo', ['inspect', '--raw', ...args, url]).then(
          () => true,
          () => false,
        );
      },
    },
    head,
  );

  const workspace = path.join(tmp, 'workspace');
  await mkdir(path.join(workspace, 'deploy'), { recursive: true });
  await writeFile(path.join(workspace, 'Dockerfile'), 'FROM scratch\nCOPY message.txt /message.txt\n');
  await writeFile(path.join(workspace, 'message.txt'), 'shipped by the README examples\n');
  await writeFile(path.join(workspace, 'deploy', 'deployment.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n');
  const buildah = await buildahEnv(path.join(tmp, 'buildah'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    ...buildah.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GITHUB_ACTOR: ACTOR,
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'org/app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '42',
    GITHUB_WORKSPACE: workspace,
    HTTPS_PROXY: proxy.url,
    // The token realm is on loopback: reached directly, as a runner reaches hosts in NO_PROXY.
    NO_PROXY: '127.0.0.1',
    ...trust,
  };

  const registryDigest = async (reference: string): Promise<string> => {
    const { args, url } = skopeo(reference);
    const { stdout } = await run('skopeo', ['inspect', '--raw', ...args, url]);
    return `sha256:${createHash('sha256').update(stdout).digest('hex')}`;
  };
  const renderedImage = async (folder: string, branch = 'main'): Promise<string> => {
    const work = await makeTempDir('render');
    try {
      await run('git', ['clone', '--quiet', '--branch', branch, github.authUrl('org/config'), work], { env: { ...env, HTTPS_PROXY: '' } });
      const { stdout } = await run('kubectl', ['kustomize', path.join(work, folder)]);
      return /image: (\S+)/.exec(stdout)?.[1] ?? '';
    } finally {
      await removeDir(work);
    }
  };

  const commit = async (file: string, content: string, message: string): Promise<void> => {
    const work = await makeTempDir('config-edit');
    try {
      const gitEnv = { ...env, HTTPS_PROXY: '', GIT_AUTHOR_NAME: 'Release Manager', GIT_AUTHOR_EMAIL: 'release@example.com', GIT_COMMITTER_NAME: 'Release Manager', GIT_COMMITTER_EMAIL: 'release@example.com' };
      await run('git', ['clone', '--quiet', github.authUrl('org/config'), work], { env: gitEnv });
      await writeFile(path.join(work, file), content);
      await run('git', ['commit', '--quiet', '-am', message], { cwd: work, env: gitEnv });
      await run('git', ['push', '--quiet', 'origin', 'main'], { cwd: work, env: gitEnv });
    } finally {
      await removeDir(work);
    }
  };

  return {
    ghcr,
    github,
    githubApi,
    argo,
    proxy,
    controller,
    workspace,
    env,
    registryDigest,
    renderedImage,
    commit,
    stop: async () => {
      await Promise.allSettled([controller.stop(), proxy.stop(), argo.stop(), githubApi.stop(), github.stop(), ghcr.stop()]);
      await removeDir(tmp);
    },
  };
}

export { kustomization };
