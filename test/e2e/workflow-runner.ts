import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import { parse } from 'yaml';
import { runWorkflowStep, type RunnerResult, type WorkflowStep } from './github-runner.js';

/**
 * Enough of the GitHub runner to run our example workflows' jobs as written: expressions are
 * evaluated by GitHub's own expression library (@actions/expressions, what the workflow parser
 * uses), workflow and job `env:` reach the steps as the runner exports them, `if:` decides
 * whether a job runs, steps of our actions run through their action.yml (github-runner.ts),
 * `run:` steps run in bash, and job `outputs:` are what `needs.<job>.outputs` later reads.
 * actions/checkout is the one foreign action: the workspace given is its checkout.
 */

/** The contexts an expression may read: github, secrets, inputs, needs, env, steps. */
export type Contexts = Record<string, unknown>;

const CONTEXT_NAMES = ['github', 'secrets', 'inputs', 'needs', 'env', 'steps', 'vars', 'job', 'runner'];

/** One `${{ … }}` expression's value. A name the contexts do not hold is an error here, where the runner would give ''. */
export function evaluateExpression(expression: string, contexts: Contexts): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const tree = new Parser(lexed.tokens, CONTEXT_NAMES, []).parse();
  const value = new Evaluator(tree, JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary).evaluate();
  if (value.kind === data.Kind.Null) throw new Error(`\${{ ${expression} }} names nothing the test gives`);
  return value;
}

/** A string with `${{ … }}` parts, as the runner renders `with:` and `env:` values. */
export function evaluateTemplate(template: string, contexts: Contexts): string {
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_whole, expression: string) => evaluateExpression(expression.trim(), contexts).coerceString());
}

interface Job {
  if?: string;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: WorkflowStep[];
}

export interface JobResult {
  /** False when the job's `if:` kept it from running. */
  ran: boolean;
  /** Each step run, by id, else by name, else by its position. */
  steps: Record<string, RunnerResult>;
  outputs: Record<string, string>;
}

/**
 * Runs `job` of the workflow in `file`. `contexts` holds github, secrets, inputs and needs;
 * `env` is the runner's process environment (PATH, GITHUB_*, proxies…). The first step that
 * fails ends the job, as on the runner; its result is returned for the test to look at.
 */
export async function runWorkflowJob(file: string, jobName: string, contexts: Contexts, env: NodeJS.ProcessEnv): Promise<JobResult> {
  const workflow = parse(readFileSync(file, 'utf8')) as { env?: Record<string, string>; jobs: Record<string, Job> };
  const job = workflow.jobs[jobName];
  if (!job) throw new Error(`${file} has no job ${jobName}`);
  const scope: Contexts = { ...contexts, env: {}, steps: {} };
  const exported: Record<string, string> = {};
  for (const [name, value] of [...Object.entries(workflow.env ?? {}), ...Object.entries(job.env ?? {})]) {
    exported[name] = evaluateTemplate(String(value), scope);
    scope.env = { ...exported };
  }
  if (job.if !== undefined && !truthy(evaluateExpression(job.if.replace(/^\$\{\{([\s\S]*)\}\}$/, '$1'), scope))) {
    return { ran: false, steps: {}, outputs: {} };
  }
  const results: Record<string, RunnerResult> = {};
  for (const [index, step] of job.steps.entries()) {
    if (step.uses?.startsWith('actions/checkout@')) continue;
    const stepEnv = { ...env, ...exported, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluateTemplate(String(value), scope)])) };
    const result = step.run !== undefined ? await runShell(evaluateTemplate(step.run, scope), stepEnv) : await runWorkflowStep(step, (template) => evaluateTemplate(template, scope), stepEnv);
    const id = step.id ?? step.name ?? String(index);
    results[id] = result;
    // Only a step with an id is in the steps context, as on the runner.
    if (step.id) (scope.steps as Record<string, unknown>)[step.id] = { outputs: result.outputs, outcome: result.code === 0 ? 'success' : 'failure' };
    if (result.code !== 0) return { ran: true, steps: results, outputs: {} };
  }
  const outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([name, value]) => [name, evaluateTemplate(String(value), scope)]));
  return { ran: true, steps: results, outputs };
}

/** A `run:` step: bash -e, as the runner's default shell on Linux, in the workspace. */
function runShell(script: string, env: NodeJS.ProcessEnv): Promise<RunnerResult> {
  return new Promise((resolve) => {
    execFile('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { env, cwd: env.GITHUB_WORKSPACE, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: `${stdout}${stderr}`, outputs: {}, summary: '' });
    });
  });
}
