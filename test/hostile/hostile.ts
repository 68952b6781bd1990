import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempDir, removeDir } from '../harness/index.js';

/**
 * The hostile-server suite's common parts: secrets that look different in every encoding, the
 * built CLI run as a user runs it, and a search for a secret in every byte the user can read.
 * Test names start with `[category]`; the attempts table counts them per category.
 */

/** A registry or git password: a quote, a backslash, `/`, `+`, `&<>`, a space and non-ASCII, so each encoding differs. */
export const PASSWORD = 'pw"Zq\\81/+&<x> é-Lk2Rt9Vb';
export const USERNAME = 'deploy-bot';
/** An Argo CD token: three dot-separated parts, otherwise as hostile as the password. */
export const ARGO_TOKEN = 'eyJ"hbG\\ciO/+&<x>é.eyJzdWIi"Oi\\Jh/+Yb3.c2ln"Ym\\Fz/+Qw7';

/** The commit a pipeline runs for, as GitHub's variables give it (annotations and tags need one). */
const CI_COMMIT = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/app', GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', GITHUB_REF: 'refs/heads/main' };

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The forms a remote has been seen to echo a secret in, computed here independently of src/. */
export function echoForms(secret: string, username = USERNAME): Record<string, string> {
  return {
    raw: secret,
    json: JSON.stringify(secret).slice(1, -1),
    url: encodeURIComponent(secret),
    base64: Buffer.from(secret).toString('base64'),
    basic: Buffer.from(`${username}:${secret}`).toString('base64'),
    bearer: `Bearer ${secret}`,
  };
}

/**
 * Where `secret` shows in `text`, in any form or in part: any 8 characters of the value as given,
 * JSON-escaped or URL-encoded (a cut leaves a part), any 12 of a base64 form past the characters
 * that encode the user name. Returns the names of the forms found; empty means no leak.
 */
export function leaks(text: string, secret: string, username = USERNAME): string[] {
  const found: string[] = [];
  const forms = echoForms(secret, username);
  const windows = (value: string, size: number) => Array.from({ length: Math.max(0, value.length - size + 1) }, (_, at) => value.slice(at, at + size));
  for (const name of ['raw', 'json', 'url'] as const) {
    if (windows(forms[name], 8).some((window) => text.includes(window))) found.push(name);
  }
  const userChars = Math.ceil((username.length + 1) / 3) * 4;
  if (windows(forms.basic.slice(userChars, -4), 12).some((window) => text.includes(window))) found.push('basic');
  if (windows(forms.base64.slice(0, -4), 12).some((window) => text.includes(window))) found.push('base64');
  return found;
}

export interface Sandbox {
  dir: string;
  /** RUNNER_TEMP of the run: must be empty afterwards. */
  runnerTemp: string;
  /** Where --dotenv, --results-dir and --summary write. */
  outputs: string;
  workspace: string;
  home: string;
  remove(): Promise<void>;
}

export async function sandbox(prefix: string): Promise<Sandbox> {
  const dir = await makeTempDir(`hostile-${prefix}`);
  const box = {
    dir,
    runnerTemp: path.join(dir, 'runner-temp'),
    outputs: path.join(dir, 'outputs'),
    workspace: path.join(dir, 'workspace'),
    home: path.join(dir, 'home'),
    remove: () => removeDir(dir),
  };
  await Promise.all([box.runnerTemp, box.outputs, box.workspace, box.home].map((d) => mkdir(d, { recursive: true })));
  return box;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * The CLI as a pipeline runs it (`gitops-actions <action> …`), with every output target on and
 * the given environment only (plus PATH): no INPUT_ variable of the test process leaks in.
 */
export function startCli(box: Sandbox, action: string, args: readonly string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      // tsx by path: the run's working directory is the sandbox, where `--import tsx` resolves nothing.
      ...['--import', pathToFileURL(path.join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href, path.join(REPO_ROOT, 'src/cli/index.ts'), action, ...args],
      ...['--json', '--dotenv', path.join(box.outputs, 'out.env'), '--results-dir', path.join(box.outputs, 'results'), '--summary', path.join(box.outputs, 'summary.md')],
    ],
    {
      cwd: box.workspace,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: box.home, RUNNER_TEMP: box.runnerTemp, GITHUB_WORKSPACE: box.workspace, GIT_CONFIG_NOSYSTEM: '1', ...CI_COMMIT, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const done = new Promise<CliRun>((resolve) => {
    child.once('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), ms: Date.now() - started }),
    );
  });
  return { child, done };
}

/**
 * For a test's `finally`: a CLI still running (an assertion failed before the test's own signal)
 * gets SIGTERM, which stops its children's process groups and removes its temp files, then
 * SIGKILL if it has not ended within 20 s. A failed test must not leave a build running.
 */
export async function stopCli(started: { child: ChildProcess; done: Promise<CliRun> }): Promise<void> {
  if (started.child.exitCode !== null || started.child.signalCode !== null) return;
  started.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([started.done, new Promise((resolve) => (timer = setTimeout(resolve, 20_000)))]);
  clearTimeout(timer);
  if (started.child.exitCode === null && started.child.signalCode === null) started.child.kill('SIGKILL');
}

/**
 * Runs the CLI to its end; a run past `deadlineMs` is stopped (see stopCli: its children's groups
 * too) and shows as code 143 or null, which the tests tell apart from a failure exit.
 */
export async function runCli(box: Sandbox, action: string, args: readonly string[], env: Record<string, string> = {}, deadlineMs = 90_000): Promise<CliRun> {
  const started = startCli(box, action, args, env);
  const { done } = started;
  const timer = setTimeout(() => void stopCli(started), deadlineMs);
  try {
    return await done;
  } finally {
    clearTimeout(timer);
  }
}

/** Every byte the user can read after a run: its output, and every file it wrote or left behind. */
export async function userReadable(box: Sandbox, run: CliRun): Promise<string> {
  const files = await Promise.all([box.outputs, box.runnerTemp, box.workspace].map((dir) => filesUnder(dir)));
  const contents = await Promise.all(files.flat().map((file) => readFile(file, 'latin1').then((text) => `${file}\n${text}`)));
  return [run.stdout, run.stderr, ...contents].join('\n');
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(full);
      return entry.isFile() ? [full] : [];
    }),
  );
  return nested.flat();
}

/** What is left in a directory: names only, for an assertion that it is empty. */
export async function leftIn(dir: string): Promise<string[]> {
  return (await stat(dir).catch(() => undefined)) ? readdir(dir) : [];
}

/** Directories named `prefix…` in `dir` or one level down (the run's own temp dir under RUNNER_TEMP). */
export async function tempDirsNamed(dir: string, prefix: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith(prefix)) found.push(full);
    else for (const inner of await readdir(full).catch(() => [])) if (inner.startsWith(prefix)) found.push(path.join(full, inner));
  }
  return found;
}

/** The command lines of every process on this machine that mention `marker` (from /proc). */
export async function processesMentioning(marker: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    const environ = cmdline.includes(marker) ? '' : await readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '');
    if (cmdline.includes(marker) || environ.includes(marker)) found.push(`${pid}: ${cmdline.replace(/\0/g, ' ').trim()}`);
  }
  return found;
}

/**
 * The processes our runner started (git and its helpers, buildah, a RUN step's programs: not node,
 * nor the esbuild service tsx starts for the test's CLI) mentioning `marker` whose environment
 * holds `name=`: a secret inherited by a child.
 */
export async function inheritingProcesses(marker: string, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const line of await processesMentioning(marker)) {
    const pid = line.slice(0, line.indexOf(':'));
    const program = path.basename(line.slice(line.indexOf(':') + 2).split(' ')[0] ?? '');
    if (program === 'node' || program === 'esbuild') continue;
    const environ = await readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '');
    if (environ.split('\0').some((entry) => entry.startsWith(`${name}=`))) found.push(line);
  }
  return found;
}

/** Waits (bounded) until `check` holds; returns whether it did. */
export async function eventually(check: () => Promise<boolean> | boolean, limitMs = 60_000, stepMs = 100): Promise<boolean> {
  for (const until = Date.now() + limitMs; Date.now() < until; ) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
  return check();
}

export interface HostileServer {
  url: string;
  host: string;
  /** Every request's method, path and Authorization header, as received. */
  requests: Array<{ method: string; path: string; authorization?: string }>;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 that answers as `handler` says and records what it was sent. */
export async function hostileServer(handler: (request: http.IncomingMessage, response: http.ServerResponse, body: Buffer) => void): Promise<HostileServer> {
  const requests: HostileServer['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', path: request.url ?? '', ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) });
      handler(request, response, Buffer.concat(chunks));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
