import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeThrowAwayAuth } from '../../../src/core/build/auth-config.js';
import type { Command } from '../../../src/core/build/plan.js';
import { runCommand } from '../../../src/core/build/run-command.js';
import { createProcessRunner, type CommandRunner, type CommandResult } from '../../../src/core/build/runner.js';
import { ActionFailure } from '../../../src/core/errors.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';

const push: Command = { program: 'buildah', args: ['push'], env: {} };

function scripted(results: CommandResult[]): { runner: CommandRunner; calls: () => number } {
  let calls = 0;
  return {
    runner: async (_command, onLine) => {
      const result = results[Math.min(calls++, results.length - 1)];
      result.tail.forEach(onLine);
      return result;
    },
    calls: () => calls,
  };
}

describe('runCommand', () => {
  const retry = { attempts: 3, delayMs: 1, sleep: async () => {} };

  it('retries a push that failed with a transient registry answer', async () => {
    const { runner, calls } = scripted([
      { code: 1, tail: ['Error: writing blob: received unexpected HTTP status: 503 Service Unavailable'] },
      { code: 0, tail: ['Writing manifest to image destination'] },
    ]);
    const io = new RecordingIO();
    await runCommand(runner, push, io, 'Pushing x', retry);
    expect(calls()).toBe(2);
    expect(io.text('warning')).toContain('attempt 1 of 3');
  });

  it('does not retry a permanent failure, and quotes its last lines', async () => {
    const { runner, calls } = scripted([{ code: 125, tail: ['Error: authentication required'] }]);
    await expect(runCommand(runner, push, new RecordingIO(), 'Pushing x', retry)).rejects.toThrow(/Pushing x failed \(buildah exited with 125\):\nError: authentication required/);
    expect(calls()).toBe(1);
  });

  it('gives up after the last attempt', async () => {
    const { runner, calls } = scripted([{ code: 1, tail: ['429 Too Many Requests'] }]);
    await expect(runCommand(runner, push, new RecordingIO(), 'Pushing x', retry)).rejects.toBeInstanceOf(ActionFailure);
    expect(calls()).toBe(3);
  });

  it('streams real process output line by line, with the exit code', async () => {
    const runner = createProcessRunner({ baseEnv: process.env });
    const lines: string[] = [];
    const result = await runner({ program: process.execPath, args: ['-e', 'console.log("a\\nb"); console.error("c"); process.exit(4)'], env: {} }, (line) => lines.push(line));
    expect(result.code).toBe(4);
    expect(lines.sort()).toEqual(['a', 'b', 'c']);
    await expect(runner({ program: '/nonexistent/tool', args: [], env: {} }, () => {})).rejects.toThrow(/not found/);
  });
});

describe('writeThrowAwayAuth', () => {
  it('writes our login next to the user\'s other logins, 0600, and leaves the user\'s config untouched', async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'auth-config-'));
    try {
      const home = path.join(tmp, 'home');
      await mkdir(path.join(home, '.docker', 'buildx'), { recursive: true });
      const userConfig = JSON.stringify({ auths: { 'other.example': { auth: 'b3RoZXI6eA==' } }, credsStore: 'desktop', credHelpers: { 'reg.example': 'ecr', 'x.example': 'gcr' } });
      await writeFile(path.join(home, '.docker', 'config.json'), userConfig);
      const io = new RecordingIO();
      const auth = await writeThrowAwayAuth(path.join(tmp, 'step'), { registry: 'reg.example', username: 'ci', password: 'pw-123456' }, { HOME: home }, io);
      const encoded = Buffer.from('ci:pw-123456').toString('base64');
      expect(io.secrets.has(encoded)).toBe(true);
      const docker = JSON.parse(await readFile(path.join(auth.dockerConfigDir, 'config.json'), 'utf8')) as Record<string, unknown>;
      expect(docker).toEqual({
        auths: { 'other.example': { auth: 'b3RoZXI6eA==' }, 'reg.example': { auth: encoded } },
        credHelpers: { 'x.example': 'gcr' },
        cliPluginsExtraDirs: [path.join(home, '.docker', 'cli-plugins')],
      });
      expect(JSON.parse(await readFile(auth.authFile, 'utf8'))).toEqual({ auths: { 'other.example': { auth: 'b3RoZXI6eA==' }, 'reg.example': { auth: encoded } } });
      expect((await stat(auth.authFile)).mode & 0o777).toBe(0o600);
      expect(auth.buildxConfigDir).toBe(path.join(home, '.docker', 'buildx'));
      expect(await readFile(path.join(home, '.docker', 'config.json'), 'utf8')).toBe(userConfig);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
