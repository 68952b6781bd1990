import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.join(import.meta.dirname, '../..');

export interface RunnerResult {
  code: number;
  /** Its stdout, then its stderr. */
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs an action the way the GitHub runner does: its entry point (src/actions/<name>/index.ts, what
 * the bundle is built from) in a fresh node, the `with:` values as INPUT_* variables, outputs and
 * summary read back from the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
export async function runOnGithubRunner(action: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv, timeoutMs = 300_000): Promise<RunnerResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'runner-'));
  try {
    const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary') };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const runnerEnv: NodeJS.ProcessEnv = { ...env, GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, RUNNER_TEMP: dir };
    // The runner upper-cases the name and keeps hyphens: INPUT_CONFIG-FILES.
    for (const [name, value] of Object.entries(inputs)) runnerEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    const entry = path.join(root, 'src/actions', action, 'index.ts');
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      // tsx by its own path: the step's working directory is the workspace, which has no node_modules.
      const args = ['--import', import.meta.resolve('tsx'), entry];
      execFile(process.execPath, args, { env: runnerEnv, cwd: env.GITHUB_WORKSPACE ?? root, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: `${stdout}${stderr}` });
      });
    });
    // @actions/core sets process.exitCode = 1 on setFailed; the bundle exits with it.
    return { ...result, outputs: parseOutputFile(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `name<<delimiter\nvalue\ndelimiter\n` blocks, as `@actions/core` writes GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index]);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (index++; index < lines.length && lines[index] !== delimiter; index++) value.push(lines[index]);
    outputs[name] = value.join('\n');
  }
  return outputs;
}
