import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { processCleanups } from '../../src/core/cleanup.js';
import { ProcessCancelledError, runProcess } from '../../src/core/process.js';

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

async function waitGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return !alive(pid);
}

describe('runProcess', () => {
  let dir: string;
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('kills the whole process group at the time limit, so a child holding the pipes cannot hang it', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'process-'));
    const pidFile = path.join(dir, 'pid');
    const result = await runProcess({ program: 'sh', args: ['-c', PARENT_AND_CHILD], env: { ...process.env, PIDFILE: pidFile }, timeoutMs: 500 });
    expect(result.timedOut).toBe(true);
    expect(await waitGone(Number(await readFile(pidFile, 'utf8')))).toBe(true);
  });

  it('stops the group on abort and rejects as cancelled', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'process-'));
    const pidFile = path.join(dir, 'pid');
    const controller = new AbortController();
    const running = runProcess({ program: 'sh', args: ['-c', `${PARENT_AND_CHILD}`], env: { ...process.env, PIDFILE: pidFile }, timeoutMs: 60_000, signal: controller.signal });
    for (let i = 0; i < 100; i++) {
      if ((await readFile(pidFile, 'utf8').catch(() => '')).trim()) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(ProcessCancelledError);
    expect(await waitGone(Number(await readFile(pidFile, 'utf8')))).toBe(true);
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
