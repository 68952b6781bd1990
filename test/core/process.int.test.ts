import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { processCleanups } from '../../src/core/cleanup.js';
import { ProcessCancelledError, runProcess } from '../../src/core/process.js';
import { waitFor } from '../harness/tools.js';

/** A program whose child outlives it holding stdout, as git-remote-http does under `git clone`. */
const PARENT_AND_CHILD = 'sleep 300 & echo $! > "$PIDFILE"; sleep 300';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** How long a process may take to start or go: far beyond a loaded machine's, bounded all the same. */
const SETTLE = { timeoutMs: 30_000 };

const waitGone = (pid: number) => waitFor(`process ${pid} to go`, async () => !alive(pid), SETTLE);

describe('runProcess', () => {
  let dir: string;
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('kills the whole process group at the time limit, so a child holding the pipes cannot hang it', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'process-'));
    const pidFile = path.join(dir, 'pid');
    // The limit must leave sh time to start its child and write the pid file, also on a loaded machine.
    const result = await runProcess({ program: 'sh', args: ['-c', PARENT_AND_CHILD], env: { ...process.env, PIDFILE: pidFile }, timeoutMs: 3_000 });
    expect(result.timedOut).toBe(true);
    await waitGone(Number(await readFile(pidFile, 'utf8')));
  });

  it('stops the group on abort and rejects as cancelled', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'process-'));
    const pidFile = path.join(dir, 'pid');
    const controller = new AbortController();
    const running = runProcess({ program: 'sh', args: ['-c', `${PARENT_AND_CHILD}`], env: { ...process.env, PIDFILE: pidFile }, timeoutMs: 60_000, signal: controller.signal });
    await waitFor('the child to write its pid', async () => (await readFile(pidFile, 'utf8').catch(() => '')).trim() !== '', SETTLE);
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(ProcessCancelledError);
    await waitGone(Number(await readFile(pidFile, 'utf8')));
  });

  it('is registered for cancellation while it runs, and only then', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'process-'));
    const before = processCleanups.size;
    const running = runProcess({ program: 'sh', args: ['-c', 'sleep 0.2'], timeoutMs: 10_000 });
    expect(processCleanups.size).toBe(before + 1);
    await running;
    expect(processCleanups.size).toBe(before);
  });

  it('passes no INPUT_ variable on to the child', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'process-'));
    const result = await runProcess({ program: 'sh', args: ['-c', 'env'], env: { PATH: process.env.PATH, INPUT_TOKEN: 'input-secret', INPUT_AUTH_TOKEN: 'x', KEPT: 'yes' }, timeoutMs: 10_000 });
    expect(result.stdout).toContain('KEPT=yes');
    expect(result.stdout).not.toContain('INPUT_');
  });
});
