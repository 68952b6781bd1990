import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderTask, ROOT, SECRET_NAME_PARAM, taskPath, TEKTON_LEFT_OUT } from '../../scripts/ci-files.js';
import { actions } from '../../src/actions/index.js';
import { BUMP_STAGE, SYNC_STAGE } from '../../src/actions/promote/inputs.js';
import { SHIP_STAGES } from '../../src/actions/ship/stages.js';
import { readActionYml } from '../gitlab/action-contract.js';

interface Task {
  metadata: { name: string; labels: Record<string, string>; annotations: Record<string, string> };
  spec: {
    description: string;
    params: { name: string; type: string; default?: string; description: string }[];
    results: { name: string; description: string }[];
    workspaces: { name: string }[];
    steps: { env: { name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string; optional: boolean } } }[]; workingDir: string }[];
  };
}

const actionYml = readActionYml;

describe.each(actions.map((action) => [action.name, action] as const))('the Tekton Task for %s', (name, action) => {
  const text = readFileSync(taskPath(action), 'utf8');
  const task = parse(text) as Task;
  const contract = actionYml(name);
  const secretInputs = Object.keys(action.inputs).filter((input) => action.inputs[input].secret);

  it('is what scripts/ci-files.ts renders from the definition (npm run ci-files)', () => {
    expect(text).toBe(renderTask(action));
  });

  it('takes the action.yml inputs as params, with their defaults; secrets only from a Secret', () => {
    const params = new Map(task.spec.params.map((param) => [param.name, param]));
    const expected = Object.keys(contract.inputs).filter((input) => !secretInputs.includes(input));
    expect([...params.keys()].sort()).toEqual([...expected, ...(secretInputs.length ? [SECRET_NAME_PARAM] : [])].sort());
    const defaults = Object.fromEntries(expected.map((input) => [input, params.get(input)!.default]));
    expect(defaults).toEqual(Object.fromEntries(expected.map((input) => [input, contract.inputs[input].required ? undefined : (contract.inputs[input].default ?? '')])));
    const env = task.spec.steps[0].env;
    for (const input of secretInputs) {
      expect(env.find((entry) => entry.valueFrom?.secretKeyRef.key === input)?.valueFrom?.secretKeyRef).toEqual({
        name: `$(params.${SECRET_NAME_PARAM})`,
        key: input,
        optional: true,
      });
    }
    expect(env.filter((entry) => entry.value !== undefined).map((entry) => entry.value)).toEqual(expected.map((input) => `$(params.${input})`));
  });

  it('gives the outputs as results, leaving out only the unbounded ones, and says so', () => {
    const leftOut = Object.keys(TEKTON_LEFT_OUT[name] ?? {});
    for (const output of leftOut) expect(Object.keys(contract.outputs)).toContain(output);
    expect(task.spec.results.map((result) => result.name)).toEqual(Object.keys(contract.outputs).filter((output) => !leftOut.includes(output)));
    for (const output of leftOut) expect(task.spec.description).toContain(output);
  });

  it('follows the catalog conventions: version label, minVersion, a source workspace', () => {
    expect(task.metadata.labels['app.kubernetes.io/version']).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    expect(task.metadata.annotations['tekton.dev/pipelines.minVersion']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(task.spec.workspaces.map((workspace) => workspace.name)).toEqual(['source']);
    expect(task.spec.steps[0].workingDir).toBe('$(workspaces.source.path)');
  });
});

describe.each([
  ['ship', SHIP_STAGES],
  ['promote', [BUMP_STAGE, SYNC_STAGE]],
] as const)('the %s flow', (flow, stages) => {
  it('leaves out of its results what its stages leave out of theirs, under their prefixes', () => {
    const expected = stages.flatMap((stage) => Object.keys(TEKTON_LEFT_OUT[stage.definition.name] ?? {}).map((output) => `${stage.outputPrefix}${output}`));
    expect(expected.length).toBeGreaterThan(0);
    expect(Object.keys(TEKTON_LEFT_OUT[flow] ?? {})).toEqual(expect.arrayContaining([...expected, 'record']));
  });
});
