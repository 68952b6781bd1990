import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { actions } from '../../src/actions/index.js';

const run = promisify(execFile);
const dist = join(import.meta.dirname, '../../dist');

async function runBundle(file: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  return run(process.execPath, [file, ...args], { env: { PATH: process.env.PATH, ...env } }).then(
    (ok) => ({ ...ok, code: 0 }),
    (failed: { stdout: string; stderr: string; code: number }) => failed,
  );
}

describe('the committed bundles', () => {
  it('has a bundle for each action and the CLI', () => {
    const bundles = readdirSync(dist).filter((name) => existsSync(join(dist, name, 'index.js')));
    expect(bundles.sort()).toEqual([...actions.map((action) => action.name), 'cli'].sort());
  });

  it.each(actions.map((action) => [action.name, action] as const))('%s fails fast, naming a missing required input, exit 2', async (name, definition) => {
    const required = Object.entries(definition.inputs).find(([, spec]) => spec.required)?.[0];
    const result = await runBundle(join(dist, name, 'index.js'), [], { GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(2);
    // An action with a required input names it; one without still fails on the inputs it cannot do without.
    expect(result.stdout).toMatch(new RegExp(`^::error::${required ? `Input "${required}": is required and was not given\n$` : ''}`));
  });

  it('runs the CLI: help lists every action, exit codes follow the contract', async () => {
    const help = await runBundle(join(dist, 'cli', 'index.js'), ['--help']);
    expect(help.code).toBe(0);
    for (const action of actions) expect(help.stdout).toContain(`  ${action.name}`);
    const unknown = await runBundle(join(dist, 'cli', 'index.js'), ['no-such-action']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown action "no-such-action"');
  });
});
