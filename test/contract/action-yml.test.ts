import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testParseContext } from '../runtime.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actions } from '../../src/actions/index.js';
import { InputReader, inputSourceFromObject } from '../../src/core/inputs.js';
import { CLI_FLAGS } from '../../src/platform/cli-args.js';
import { exampleInputs } from './example-inputs.js';

interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const root = join(import.meta.dirname, '../..');
const actionDirs = readdirSync(join(root, 'actions')).filter((name) => existsSync(join(root, 'actions', name, 'action.yml')));
/** The root action.yml (`uses: org/gitops-actions@v1`) is the ship flow. */
const ROOT_ACTION = 'ship';

function actionYmlPath(name: string): string {
  return name === ROOT_ACTION ? join(root, 'action.yml') : join(root, 'actions', name, 'action.yml');
}

function loadActionYml(name: string): ActionYml {
  return parse(readFileSync(actionYmlPath(name), 'utf8')) as ActionYml;
}

describe('action.yml contracts', () => {
  it('has one action.yml per registered action and no other', () => {
    expect([...actionDirs, ROOT_ACTION].sort()).toEqual(actions.map((action) => action.name).sort());
  });

  describe.each(actions.map((action) => [action.name, action] as const))('%s', (name, definition) => {
    const yml = loadActionYml(name);

    it('runs the bundle on node24', () => {
      expect(yml.runs).toEqual({ using: 'node24', main: name === ROOT_ACTION ? `dist/${name}/index.js` : `../../dist/${name}/index.js` });
      expect(yml.description?.trim()).toBeTruthy();
    });

    it('declares exactly the inputs of the parser, with the same required flags and defaults', () => {
      const declared = Object.fromEntries(
        Object.entries(yml.inputs ?? {}).map(([input, spec]) => [
          input,
          { required: spec.required === true, default: spec.default === undefined ? undefined : String(spec.default as string | number | boolean) },
        ]),
      );
      const parsed = Object.fromEntries(
        Object.entries(definition.inputs).map(([input, spec]) => [input, { required: spec.required === true, default: spec.default }]),
      );
      expect(declared).toEqual(parsed);
      for (const spec of Object.values(yml.inputs ?? {})) expect(spec.description?.trim()).toBeTruthy();
    });

    it('declares exactly the outputs the run sets', () => {
      expect(Object.keys(yml.outputs ?? {}).sort()).toEqual(Object.keys(definition.outputs).sort());
    });

    it('gives every boolean input a default, as getBooleanInput needs', () => {
      const example = exampleInputs[name];
      expect(example, `test/contract/example-inputs.ts has no example for ${name}`).toBeDefined();
      const booleans = Object.entries(example ?? {}).filter(([, value]) => value === 'true' || value === 'false');
      const withoutDefault = booleans.filter(([input]) => !['true', 'false'].includes(definition.inputs[input]?.default ?? ''));
      expect(withoutDefault.map(([input]) => input)).toEqual([]);
    });

    it('has a parser that reads every declared input and nothing else', () => {
      const reader = new InputReader(definition.inputs, inputSourceFromObject(exampleInputs[name] ?? {}));
      definition.parse(reader, testParseContext());
      expect([...reader.namesRead].sort()).toEqual(Object.keys(definition.inputs).sort());
    });

    it('leaves the CLI its own flags', () => {
      for (const flag of CLI_FLAGS) expect(Object.keys(definition.inputs)).not.toContain(flag);
    });
  });
});
