import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputReader, inputSourceFromObject } from '../../src/core/inputs.js';
import { readTlsInputs } from '../../src/core/tls-inputs.js';
import { configurationErrorOf } from '../configuration-error.js';

const SPECS = { insecure: { description: '', default: 'false' }, 'ca-file': { description: '' } };
const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
let workspace: string;
beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'tls-inputs-'));
  writeFileSync(path.join(workspace, 'ca.pem'), PEM);
  writeFileSync(path.join(workspace, 'key.txt'), 'not a certificate');
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const read = (values: Record<string, string>) => readTlsInputs(new InputReader(SPECS, inputSourceFromObject(values)), workspace);

describe('ca-file and insecure, one rule for every action', () => {
  it('resolves a relative ca-file from the workspace and keeps verification on', () => {
    expect(read({ 'ca-file': 'ca.pem' })).toEqual({ insecure: false, caFile: path.join(workspace, 'ca.pem') });
    expect(read({})).toEqual({ insecure: false });
    expect(read({ insecure: 'true' })).toEqual({ insecure: true });
  });

  it('refuses both together, naming insecure, instead of silently dropping one', () => {
    const error = configurationErrorOf(() => read({ 'ca-file': 'ca.pem', insecure: 'true' }));
    expect(error.input).toBe('insecure');
    expect(error.message).toContain('cannot be true together with ca-file');
  });

  it('refuses a missing file or one that holds no PEM certificate, naming ca-file', () => {
    expect(configurationErrorOf(() => read({ 'ca-file': 'nope.pem' })).message).toBe('Input "ca-file": "nope.pem" does not exist');
    expect(configurationErrorOf(() => read({ 'ca-file': 'key.txt' })).message).toContain('holds no PEM certificate');
    expect(configurationErrorOf(() => read({ 'ca-file': '.' })).message).toContain('is not a file');
  });
});
