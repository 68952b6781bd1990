import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapeCommandData } from '../../src/platform/github-entry.js';

const run = promisify(execFile);
const SECRET = 'gh-S3cret-token-42';
const runner = join(import.meta.dirname, '../fixtures/run-echo-on-github.ts');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'github-io-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the echo action the way the runner does: INPUT_ variables and file commands. */
async function runOnRunner(inputs: Record<string, string>) {
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_DEBUG: '1',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await run(process.execPath, ['--import', 'tsx', runner], { env }).then(
    (ok) => ({ ...ok, code: 0 }),
    (failed: { stdout: string; stderr: string; code: number }) => failed,
  );
  return { ...result, outputFile: readFileSync(files.output, 'utf8'), summary: readFileSync(files.summary, 'utf8') };
}

describe('the GitHub edge', () => {
  it('speaks workflow commands through @actions/core and masks the secret before anything else', async () => {
    const result = await runOnRunner({ message: 'hi', token: SECRET, items: 'a, b' });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`::add-mask::${SECRET}`);
    // Every predictable form is told to the runner, base64 after a `user:` prefix of any length included.
    expect(result.stdout).toContain(`::add-mask::${Buffer.from(SECRET).toString('base64').replace(/=+$/, '')}`);
    // Text is masked before the runner sees it too: a value made where no IO was at hand is hidden as well.
    expect(result.stdout).toContain(`::group::Echo with ***\nmessage: hi\n::debug::token is ***\n::warning::warning about ***\n::endgroup::`);
    expect(result.stdout).not.toContain(`::debug::token is ${SECRET}`);
    expect(result.outputFile).toMatch(/^message<<(ghadelimiter_[0-9a-f-]+)\nhi\n\1\nmultiline<<(ghadelimiter_[0-9a-f-]+)\nfirst line\nsecond=line "quoted"\n\2\n/);
    expect(result.summary).toBe(`| message | token |\n| --- | --- |\n| hi | *** |\n`);
  });

  it('reports a bad input as an error annotation and exit code 2 (as the CLI), before loading @actions/core', async () => {
    const result = await runOnRunner({ shout: 'maybe', message: 'x' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('::error::Input "shout": expected true or false, got "maybe"\n');
  });

  it('reports a failure of the run through core.setFailed', async () => {
    const result = await runOnRunner({ message: 'fail', token: SECRET });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::add-mask::${SECRET}`);
    expect(result.stdout).toContain(`::error::failing as asked, token ***`);
  });

  it('escapes command data exactly as @actions/core does', async () => {
    const tricky = 'a%b\r\nc\nd%0A';
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', `import * as core from '@actions/core'; core.error(${JSON.stringify(tricky)});`]);
    expect(`::error::${escapeCommandData(tricky)}\n`).toBe(stdout);
  });
});
