import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { InputReader, inputSourceFromEnv, inputSourceFromObject, parseDuration } from '../../src/core/inputs.js';
import { configurationErrorOf } from '../configuration-error.js';

const specs = {
  name: { description: '', required: true },
  flag: { description: '', default: 'false' },
  on: { description: '', default: 'true' },
  list: { description: '', multiple: true },
  map: { description: '', multiple: true },
  single: { description: '' },
  timeout: { description: '', default: '5m' },
  count: { description: '', default: '3' },
  mode: { description: '', default: 'push' },
  password: { description: '', secret: true },
};

function reader(values: Record<string, string>, onSecret?: (secret: string) => void) {
  return new InputReader(specs, inputSourceFromObject(values), onSecret);
}

describe('InputReader', () => {
  it('trims, treats empty as unset and applies the spec default', () => {
    const inputs = reader({ name: '  app  ', flag: '', timeout: '' });
    expect(inputs.required('name')).toBe('app');
    expect(inputs.boolean('flag')).toBe(false);
    expect(inputs.boolean('on')).toBe(true);
    expect(inputs.duration('timeout')).toBe(300_000);
    expect(inputs.optional('list')).toBeUndefined();
  });

  it.each(['true', 'True', 'TRUE'])('reads %s as true', (word) => expect(reader({ flag: word }).boolean('flag')).toBe(true));
  it.each(['false', 'False', 'FALSE'])('reads %s as false', (word) => expect(reader({ flag: word }).boolean('flag')).toBe(false));
  it.each(['yes', '1', 'tru', 'on'])('rejects %s as a boolean, naming the input', (word) => {
    expect(configurationErrorOf(() => reader({ flag: word }).boolean('flag')).message).toBe(`Input "flag": expected true or false, got "${word}"`);
  });

  it('splits lists on newlines and commas and drops empty items', () => {
    expect(reader({ list: 'a, b\n\nc,,\r\n d ' }).list('list')).toEqual(['a', 'b', 'c', 'd']);
    expect(reader({}).list('list')).toEqual([]);
  });

  it('reads key=value lines, splitting at the first equals sign', () => {
    expect([...reader({ map: 'a=1\nb = x=y\nempty=' }).keyValues('map')]).toEqual([
      ['a', '1'],
      ['b', 'x=y'],
      ['empty', ''],
    ]);
    expect(configurationErrorOf(() => reader({ map: 'a=1\n=2' }).keyValues('map')).message).toContain('expected key=value lines, got "=2"');
  });

  it.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['250ms', 250],
    ['30', 30_000],
    ['1.5s', 1500],
  ])('parses the duration %s', (text, ms) => expect(parseDuration(text, 'timeout')).toBe(ms));
  it.each(['5 minutes', '-1s', 'm5', ''])('rejects the duration %j', (text) => {
    expect(() => parseDuration(text, 'timeout')).toThrow(ConfigurationError);
  });

  it('checks integers and choices', () => {
    expect(reader({ count: '7' }).integer('count', { min: 1 })).toBe(7);
    expect(configurationErrorOf(() => reader({ count: '0' }).integer('count', { min: 1 })).message).toBe('Input "count": must be at least 1, got 0');
    expect(configurationErrorOf(() => reader({ count: '2.5' }).integer('count')).message).toContain('expected a whole number');
    expect(reader({}).oneOf('mode', ['push', 'pull-request'])).toBe('push');
    expect(configurationErrorOf(() => reader({ mode: 'pr' }).oneOf('mode', ['push', 'pull-request'])).message).toBe(
      'Input "mode": expected one of push, pull-request, got "pr"',
    );
  });

  it('reports a missing required input by name', () => {
    expect(configurationErrorOf(() => reader({}).required('name')).message).toBe('Input "name": is required and was not given');
  });

  it('hands secrets over the moment they are read, and records every name read', () => {
    const secrets: string[] = [];
    const inputs = reader({ password: 'hunter22', name: 'x' }, (secret) => secrets.push(secret));
    const password = inputs.secret('password');
    inputs.required('name');
    expect(secrets).toEqual(['hunter22']);
    expect([...inputs.namesRead]).toEqual(['password', 'name']);
    // Carried as a SecretValue: a debug dump of the parsed inputs shows ***, whatever it holds.
    expect(JSON.stringify({ password })).toBe('{"password":"***"}');
    expect(password?.reveal()).toBe('hunter22');
  });

  it('reads a secret only as a SecretValue, and a list only when the spec says it is one', () => {
    expect(() => reader({ password: 'x"y\\z' }).optional('password')).toThrow(/secret\(\)/);
    expect(() => reader({ name: 'a,b' }).list('name')).toThrow(/multiple: true/);
    expect(() => reader({ name: 'a' }).secret('name')).toThrow(/not declared secret/);
  });

  it('refuses to read an input the spec does not declare', () => {
    expect(() => reader({}).optional('undeclared')).toThrow(/not declared/);
  });
});

describe('inputSourceFromEnv', () => {
  it('follows @actions/core: INPUT_ + upper case, spaces become underscores, hyphens stay', () => {
    const source = inputSourceFromEnv({ 'INPUT_AUTH-TOKEN': 't', INPUT_MY_INPUT: 'm' });
    expect(source('auth-token')).toBe('t');
    expect(source('my input')).toBe('m');
  });

  it('also takes underscores for hyphens, the only spelling a shell or GitLab can set', () => {
    expect(inputSourceFromEnv({ INPUT_AUTH_TOKEN: 'u' })('auth-token')).toBe('u');
    expect(inputSourceFromEnv({ 'INPUT_AUTH-TOKEN': 'runner', INPUT_AUTH_TOKEN: 'shell' })('auth-token')).toBe('runner');
  });
});
