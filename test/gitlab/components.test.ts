import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { COMPONENT_JOB_INPUTS, componentPath, GITLAB_DOTENV_VARIABLES, GITLAB_LEFT_OUT, renderComponent } from '../../scripts/ci-files.js';
import { actions } from '../../src/actions/index.js';
import { readActionYml } from './action-contract.js';
import { CLI_FLAGS } from '../../src/platform/cli-args.js';

interface SpecInput {
  type?: string;
  default?: unknown;
  description?: string;
}

const actionYml = readActionYml;

describe.each(actions.map((action) => [action.name, action] as const))('the GitLab component for %s', (name, action) => {
  const text = readFileSync(componentPath(action), 'utf8');
  const [header, body] = parseAllDocuments(text).map((document) => document.toJS() as Record<string, unknown>);
  const inputs = (header as { spec: { inputs: Record<string, SpecInput> } }).spec.inputs;

  it('is what scripts/ci-files.ts renders from the definition (npm run ci-files)', () => {
    expect(text).toBe(renderComponent(action));
  });

  it('declares exactly the action.yml inputs, with its defaults, plus the job inputs', () => {
    const contract = actionYml(name).inputs;
    expect(Object.keys(inputs).sort()).toEqual([...Object.keys(contract), ...COMPONENT_JOB_INPUTS].sort());
    for (const [input, spec] of Object.entries(contract)) {
      const declared = inputs[input];
      const boolean = spec.default === 'true' || spec.default === 'false';
      expect(declared.type, input).toBe(boolean ? 'boolean' : 'string');
    }
    // GitLab refuses an include without a required input only when the spec has no default.
    const defaults = Object.fromEntries(Object.keys(contract).map((input) => [input, Object.hasOwn(inputs[input] ?? {}, 'default') ? String(inputs[input].default) : undefined]));
    expect(defaults).toEqual(Object.fromEntries(Object.entries(contract).map(([input, spec]) => [input, spec.required ? undefined : (spec.default ?? '')])));
    for (const input of COMPONENT_JOB_INPUTS) expect(inputs[input]).toMatchObject({ type: 'string', default: expect.any(String) });
  });

  it('hands every input to the CLI and keeps the outputs and the summary as artifacts', () => {
    const job = (body as Record<string, { variables: Record<string, string>; script: string[]; artifacts: unknown }>)['$[[ inputs.job-name ]]'];
    const script = job.script.join('\n');
    for (const input of Object.keys(action.inputs)) {
      const reference = `$[[ inputs.${input} ]]`;
      const passed = Object.values(job.variables).includes(reference) || script.includes(`--${input}=${reference}`);
      expect(passed, input).toBe(true);
    }
    expect(script).toContain(`gitops-actions ${name} `);
    expect(job.artifacts).toEqual({
      when: 'always',
      paths: ['gitops-$[[ inputs.job-name ]].md'],
      reports: { dotenv: 'gitops-$[[ inputs.job-name ]].env' },
    });
  });

  it('hands on no more variables than GitLab takes in one dotenv report, and says which outputs it leaves out', () => {
    const job = (body as Record<string, { script: string[] }>)['$[[ inputs.job-name ]]'];
    const leftOut = Object.keys(GITLAB_LEFT_OUT[name] ?? {});
    // The CLI refuses a name that is no output, so each must be one.
    for (const output of leftOut) expect(Object.keys(action.outputs), output).toContain(output);
    expect(Object.keys(action.outputs).length - leftOut.length).toBeLessThanOrEqual(GITLAB_DOTENV_VARIABLES);
    const omit = /--dotenv-omit (\S+)/.exec(job.script.join('\n'));
    expect(omit?.[1].split(',') ?? []).toEqual(leftOut);
    const listed = [...text.matchAll(/^# {3}([A-Z0-9_]+): /gm)].map((match) => match[1]);
    expect(listed).toEqual(Object.keys(action.outputs).filter((output) => !leftOut.includes(output)).map((output) => output.replace(/-/g, '_').toUpperCase()));
  });
});

it('no action input takes the name of a job input or a CLI flag', () => {
  for (const action of actions) {
    for (const reserved of [...COMPONENT_JOB_INPUTS, ...CLI_FLAGS]) expect(Object.keys(action.inputs), action.name).not.toContain(reserved);
  }
});
