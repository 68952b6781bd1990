import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaceOf } from '../../src/core/paths.js';
import { systemClock } from '../../src/core/runtime.js';
import { parseContextOf } from '../../src/platform/execute.js';
import { RecordingIO } from '../../src/platform/recording-io.js';
import { createRuntime } from '../../src/platform/runtime.js';

let base: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'runtime-test-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('the runtime every action takes', () => {
  it('has a temp dir of its own under RUNNER_TEMP, removed with everything in it when the run closes', async () => {
    const { runtime, close } = createRuntime(parseContextOf({ RUNNER_TEMP: base }), { io: new RecordingIO() });
    expect(path.dirname(runtime.tempDir)).toBe(base);
    writeFileSync(path.join(runtime.tempDir, 'auth.json'), '{"auths":{}}');
    await close();
    expect(existsSync(runtime.tempDir)).toBe(false);
  });

  it('runs the cleanups last registered first, and goes on past one that fails', async () => {
    const io = new RecordingIO();
    const { runtime, close } = createRuntime(parseContextOf({ RUNNER_TEMP: base }), { io });
    const order: string[] = [];
    runtime.onCleanup(() => void order.push('first'));
    runtime.onCleanup(() => {
      throw new Error('cannot remove');
    });
    runtime.onCleanup(async () => void order.push('last'));
    await close();
    await close();
    expect(order).toEqual(['last', 'first']);
    expect(() => runtime.onCleanup(() => {})).toThrow(/after the run was closed/);
  });

  it('on SIGTERM aborts the signal, cleans up, then exits 143', async () => {
    const io = new RecordingIO();
    let exitCode: number | undefined;
    let closeRun: () => Promise<void> = async () => {};
    const exited = new Promise<void>((resolve) => {
      const { runtime, close } = createRuntime(parseContextOf({ RUNNER_TEMP: base }), {
        io,
        cancellation: {
          report: (line) => io.error(line),
          exit: (code) => {
            exitCode = code;
            resolve();
          },
        },
      });
      closeRun = close;
      runtime.onCleanup(() => writeFileSync(path.join(base, 'cleaned'), ''));
      process.emit('SIGTERM', 'SIGTERM');
      expect(runtime.signal.aborted).toBe(true);
      expect(String(runtime.signal.reason)).toContain('cancelled by SIGTERM');
    });
    await exited;
    expect(exitCode).toBe(143);
    expect(statSync(path.join(base, 'cleaned')).isFile()).toBe(true);
    await closeRun();
    expect(process.listenerCount('SIGTERM')).toBe(0);
  });

  it('takes the workspace from GITHUB_WORKSPACE, else CI_PROJECT_DIR, else the working directory', () => {
    expect(workspaceOf({ GITHUB_WORKSPACE: '/gh', CI_PROJECT_DIR: '/gl' }, '/cwd')).toBe('/gh');
    expect(workspaceOf({ CI_PROJECT_DIR: '/gl' }, '/cwd')).toBe('/gl');
    expect(workspaceOf({ GITHUB_WORKSPACE: ' ' }, '/cwd')).toBe('/cwd');
    expect(workspaceOf({ CI_PROJECT_DIR: 'rel' }, '/cwd')).toBe('/cwd/rel');
  });

  it("sleeps on the system clock until the signal aborts, and rejects with the signal's reason", async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
    await expect(systemClock.sleep(1, AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
  });
});
