import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

// Tool name -> Debian package that provides it, so a missing tool names its fix.
const DEBIAN_PACKAGES: Record<string, string> = {
  'docker-registry': 'docker-registry',
  buildah: 'buildah',
  skopeo: 'skopeo',
  git: 'git',
  busybox: 'busybox-static',
  openssl: 'openssl',
  tar: 'tar',
};

const resolved = new Map<string, string>();

/**
 * Absolute path of a system binary on PATH. A missing tool always throws (never skips): a skipped
 * integration test would hide a broken machine, in CI as much as locally.
 */
export function requireTool(name: string): string {
  const cached = resolved.get(name);
  if (cached) return cached;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      resolved.set(name, candidate);
      return candidate;
    } catch {
      // not in this PATH entry
    }
  }
  const pkg = DEBIAN_PACKAGES[name] ?? name;
  const where = process.env.CI === 'true' ? 'CI machine is missing it' : 'not found on PATH';
  throw new Error(
    `Required tool "${name}": ${where}. Install the Debian package "${pkg}" ` +
      `(scripts/install-system-deps.sh installs every tool the integration tests need).`,
  );
}

export interface RunOptions {
  cwd?: string;
  /** Added to (and overriding) process.env. */
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  allowFailure?: boolean;
  timeoutMs?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs a command to completion; rejects with its stderr on a non-zero exit unless allowFailure. */
export function run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const file = cmd.includes('/') ? cmd : requireTool(cmd);
  const timeoutMs = opts.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result = {
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        code: code ?? 128,
      };
      if (result.code === 0 || opts.allowFailure) return resolve(result);
      const why = signal ? `killed by ${signal}${signal === 'SIGKILL' ? ` (timeout ${timeoutMs} ms?)` : ''}` : `exit ${code}`;
      reject(new Error(`${cmd} ${args.join(' ')} failed (${why}):\n${result.stderr || result.stdout}`));
    });
    // A child that exits before reading its stdin must not crash us with EPIPE.
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

const liveChildren = new Set<ChildProcess>();
process.on('exit', () => {
  // Last resort if a test file dies without calling stop(): never leave servers behind.
  for (const child of liveChildren) child.kill('SIGKILL');
});

/** Starts a long-running process that is killed when this test process exits, whatever happens. */
export function spawnService(cmd: string, args: readonly string[], env?: Record<string, string>): ChildProcess {
  const child = spawn(requireTool(cmd), args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveChildren.add(child);
  child.on('exit', () => liveChildren.delete(child));
  return child;
}

/** SIGTERM, then SIGKILL after a grace period; resolves once the process has exited. */
export async function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** A port that was free a moment ago; callers that spawn servers on it must cope with losing a race. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns true, failing after the deadline instead of hanging the suite. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  { timeoutMs = 15_000, intervalMs = 50 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (err) {
      lastError = err;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
}

export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `gitops-harness-${prefix}-`));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}
