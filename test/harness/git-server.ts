import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { closeServer, parseBasicAuth } from './registry.js';
import { makeTempDir, removeDir, requireTool, run } from './tools.js';

export interface GitServerOptions {
  username: string;
  password: string;
  /** Empty bare repositories to create up front (branch `main`). */
  repos?: string[];
  /** PEM files (e.g. from createTestCa): serve HTTPS, as a public host such as github.com reached through a test proxy. */
  tls?: { cert: string; key: string };
}

export interface GitRequest {
  method: string;
  /** Path and query, e.g. `/app.git/info/refs?service=git-upload-pack`. */
  url: string;
  /** The basic-auth user sent, valid or not. */
  user?: string;
  status: number;
}

export interface GitCommit {
  sha: string;
  subject: string;
  author: string;
  email: string;
}

export interface GitServer {
  /** `http://127.0.0.1:PORT/<repo>.git`, without credentials. */
  url(repo: string): string;
  /** Same URL with the valid credentials embedded, for a plain `git clone`. */
  authUrl(repo: string): string;
  /** GIT_PROJECT_ROOT: bare repositories live at `<root>/<repo>.git`. */
  root: string;
  requests: GitRequest[];
  readonly requestCount: number;
  createRepo(name: string, files: Record<string, string>, branch?: string): Promise<string>;
  readFileAtHead(repo: string, branch: string, filePath: string): Promise<string>;
  log(repo: string, branch: string): Promise<GitCommit[]>;
  stop(): Promise<void>;
}

/**
 * Environment for any git command in tests: no user/system config leaks in, fixed identity, and a
 * missing credential fails at once instead of prompting.
 */
export function isolatedGitEnv(): Record<string, string> {
  return {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GIT_AUTHOR_NAME: 'Harness Author',
    GIT_AUTHOR_EMAIL: 'author@harness.test',
    GIT_COMMITTER_NAME: 'Harness Committer',
    GIT_COMMITTER_EMAIL: 'committer@harness.test',
  };
}

const git = (args: string[], cwd?: string) => run('git', args, { cwd, env: isolatedGitEnv() });

export async function startGitServer(opts: GitServerOptions): Promise<GitServer> {
  const root = await makeTempDir('git');
  const requests: GitRequest[] = [];
  const backends = new Set<ChildProcess>();
  const gitBinary = requireTool('git');

  const handler: http.RequestListener = (req, res) => {
    const credentials = parseBasicAuth(req.headers.authorization);
    const record: GitRequest = { method: req.method ?? 'GET', url: req.url ?? '/', user: credentials?.username, status: 0 };
    requests.push(record);
    res.on('finish', () => (record.status = res.statusCode));
    if (credentials?.username !== opts.username || credentials.password !== opts.password) {
      req.resume();
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"', 'Content-Type': 'text/plain' });
      res.end('authentication required\n');
      return;
    }
    // Each request gets its own http-backend: concurrent pushes rely on git's ref locking, as on a real host.
    const backend = runHttpBackend(gitBinary, root, credentials.username, req, res);
    backends.add(backend);
    backend.on('close', () => backends.delete(backend));
  };
  const server = opts.tls ? https.createServer({ cert: await readFile(opts.tls.cert), key: await readFile(opts.tls.key) }, handler) : http.createServer(handler);
  const scheme = opts.tls ? 'https' : 'http';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const gitDir = (repo: string) => path.join(root, `${repo.replace(/\.git$/, '')}.git`);

  const initBare = async (repo: string, branch: string): Promise<string> => {
    const dir = gitDir(repo);
    await mkdir(path.dirname(dir), { recursive: true });
    await git(['init', '--quiet', '--bare', `--initial-branch=${branch}`, dir]);
    await git(['--git-dir', dir, 'config', 'http.receivepack', 'true']);
    return dir;
  };
  for (const repo of opts.repos ?? []) await initBare(repo, 'main');

  const self: GitServer = {
    url: (repo) => `${scheme}://127.0.0.1:${port}/${repo.replace(/\.git$/, '')}.git`,
    authUrl: (repo) =>
      self.url(repo).replace(`${scheme}://`, `${scheme}://${encodeURIComponent(opts.username)}:${encodeURIComponent(opts.password)}@`),
    root,
    requests,
    get requestCount() {
      return requests.length;
    },
    async createRepo(name, files, branch = 'main') {
      const bare = await initBare(name, branch);
      const work = await makeTempDir('git-seed');
      try {
        await git(['init', '--quiet', `--initial-branch=${branch}`, work]);
        for (const [file, content] of Object.entries(files)) {
          await mkdir(path.dirname(path.join(work, file)), { recursive: true });
          await writeFile(path.join(work, file), content);
        }
        await git(['add', '--all'], work);
        await git(['commit', '--quiet', '--allow-empty', '-m', 'Initial commit'], work);
        await git(['push', '--quiet', bare, `${branch}:refs/heads/${branch}`], work);
      } finally {
        await removeDir(work);
      }
      return self.url(name);
    },
    async readFileAtHead(repo, branch, filePath) {
      return (await git(['--git-dir', gitDir(repo), 'show', `refs/heads/${branch}:${filePath}`])).stdout;
    },
    async log(repo, branch) {
      // Unit separator and record separator: neither appears in commit subjects or names.
      const { stdout } = await git(['--git-dir', gitDir(repo), 'log', '--format=%H%x1f%s%x1f%an%x1f%ae%x1e', `refs/heads/${branch}`]);
      return stdout
        .split('\x1e')
        .map((entry) => entry.trim())
        .filter(Boolean)
        .map((entry) => {
          const [sha = '', subject = '', author = '', email = ''] = entry.split('\x1f');
          return { sha, subject, author, email };
        });
    },
    async stop() {
      for (const backend of backends) backend.kill('SIGKILL');
      await closeServer(server);
      await removeDir(root);
    },
  };
  return self;
}

/** Runs `git http-backend` as a CGI script for one request and relays its response. */
function runHttpBackend(
  gitBinary: string,
  root: string,
  user: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): ChildProcess {
  const url = new URL(req.url ?? '/', 'http://git');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    REMOTE_USER: user,
    REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
    REQUEST_METHOD: req.method ?? 'GET',
    QUERY_STRING: url.search.replace(/^\?/, ''),
    PATH_INFO: decodeURIComponent(url.pathname),
    CONTENT_TYPE: req.headers['content-type'] ?? '',
  };
  // Absent for chunked uploads (large pushes): http-backend then reads the body to EOF.
  if (req.headers['content-length']) env.CONTENT_LENGTH = req.headers['content-length'];
  // http-backend inflates gzip request bodies itself when told about them.
  if (req.headers['content-encoding']) env.HTTP_CONTENT_ENCODING = req.headers['content-encoding'];
  const protocol = req.headers['git-protocol'];
  if (typeof protocol === 'string') env.GIT_PROTOCOL = protocol;

  const backend = spawn(gitBinary, ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  backend.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-8_192)));
  backend.stdin.on('error', () => {}); // the backend may answer (e.g. an error) before reading the body
  req.pipe(backend.stdin);

  let head = Buffer.alloc(0);
  const onData = (chunk: Buffer): void => {
    head = Buffer.concat([head, chunk]);
    const split = findHeaderEnd(head);
    if (!split) return;
    backend.stdout.off('data', onData);
    const { status, headers } = parseCgiHeaders(head.subarray(0, split.start).toString('latin1'));
    res.writeHead(status, headers);
    res.write(head.subarray(split.end));
    backend.stdout.pipe(res);
  };
  backend.stdout.on('data', onData);
  backend.on('error', (err) => {
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end(`git http-backend failed: ${err.message}\n`);
  });
  backend.on('close', (code) => {
    if (res.headersSent) return;
    res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end(`git http-backend exited ${code} without a response:\n${stderr}`);
  });
  res.on('close', () => {
    // Only a client that went away early: a finished response may still have the backend updating refs.
    if (!res.writableFinished && backend.exitCode === null) backend.kill('SIGKILL');
  });
  return backend;
}

function findHeaderEnd(buffer: Buffer): { start: number; end: number } | undefined {
  const crlf = buffer.indexOf('\r\n\r\n');
  if (crlf >= 0) return { start: crlf, end: crlf + 4 };
  const lf = buffer.indexOf('\n\n');
  return lf >= 0 ? { start: lf, end: lf + 2 } : undefined;
}

function parseCgiHeaders(text: string): { status: number; headers: Record<string, string> } {
  let status = 200;
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 500;
    else headers[name] = value;
  }
  return { status, headers };
}
