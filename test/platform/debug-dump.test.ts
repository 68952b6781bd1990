import { describe, expect, it } from 'vitest';
import { actions } from '../../src/actions/index.js';
import { inputSourceFromObject } from '../../src/core/inputs.js';
import { secretForms } from '../../src/core/secret-forms.js';
import { CliIO } from '../../src/platform/cli-io.js';
import { parseAction } from '../../src/platform/execute.js';
import { exampleInputs } from '../contract/example-inputs.js';

/** Quotes and backslashes: JSON.stringify escapes them, so an unmasked dump showed another form. */
const hostileSecret = (name: string) => `h"st\\le.${name}.v"al\\ue`;

describe('the debug dump of parsed inputs', () => {
  it.each(actions.map((definition) => [definition.name, definition] as const))('shows %s secrets as *** only', (name, definition) => {
    const secretNames = Object.entries(definition.inputs)
      .filter(([, spec]) => spec.secret)
      .map(([input]) => input);
    expect(secretNames.length).toBeGreaterThan(0);
    const values: Record<string, string | undefined> = { ...exampleInputs[name] };
    // argocd-sync takes a token or a user and password: the token alone, so the set stays valid.
    const given = secretNames.filter((input) => values[input]);
    // build-push's `secrets` are `id=value` lines: the value is the secret.
    for (const input of given) values[input] = `${input === 'secrets' ? 'id=' : ''}${hostileSecret(input.replace(/-/g, ''))}`;
    const parsed = parseAction(definition, inputSourceFromObject(values), {}, () => {});
    const dump = JSON.stringify(parsed.inputs);
    for (const input of given) {
      for (const form of secretForms(hostileSecret(input.replace(/-/g, '')))) expect(dump).not.toContain(form);
    }
    expect(dump).toContain('"***"');
  });

  it('is masked in every form by the CLI even where a parser kept a secret as a plain string', () => {
    const chunks: string[] = [];
    const io = new CliIO({ stdout: { write: (text: string) => chunks.push(text) }, stderr: { write: () => true }, debug: true, gitlab: false, targets: {} });
    const secret = 'plain"string\\secret';
    io.mask(secret);
    io.debug(`inputs: ${JSON.stringify({ token: secret })}`);
    expect(chunks.join('')).toBe('[debug] inputs: {"token":"***"}\n');
  });
});
