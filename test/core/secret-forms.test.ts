import { describe, expect, it } from 'vitest';
import { clipRemoteText, hideUserInfo, processSecrets, redact, secretForms, SecretRegistry } from '../../src/core/secret-forms.js';
import { SecretValue } from '../../src/core/secret-value.js';

const SECRET = 'p@ss"w\\rd/+&<é> 42';

/** Each way a remote or a header has been seen to give a secret back. */
const ECHOES: Array<[string, (secret: string) => string]> = [
  ['as given', (s) => s],
  ['JSON-escaped (JavaScript)', (s) => JSON.stringify(s)],
  ['JSON-escaped (Go, <>& as \\u)', (s) => JSON.stringify(s).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)],
  ['JSON-escaped, ASCII only', (s) => JSON.stringify(s).replace(/[<>&]|[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)],
  ['JSON inside JSON', (s) => JSON.stringify(JSON.stringify(s))],
  ['URL-encoded', (s) => encodeURIComponent(s)],
  ['form-encoded', (s) => new URLSearchParams({ p: s }).toString()],
  ['base64', (s) => Buffer.from(s).toString('base64')],
  ['base64url', (s) => Buffer.from(s).toString('base64url')],
  ['Basic header, user x-access-token', (s) => `Basic ${Buffer.from(`x-access-token:${s}`).toString('base64')}`],
  ['Basic header, user ab', (s) => `Basic ${Buffer.from(`ab:${s}`).toString('base64')}`],
  ['Basic header, user abc', (s) => `Basic ${Buffer.from(`abc:${s}`).toString('base64')}`],
  ['Bearer header', (s) => `Authorization: Bearer ${s}`],
];

describe('secretForms', () => {
  it.each(ECHOES)('masks the secret echoed %s', (_, echo) => {
    const echoed = `remote: denied for ${echo(SECRET)} (try again)`;
    const masked = redact(echoed, secretForms(SECRET));
    expect(masked).toContain('***');
    expect(masked).not.toContain(echo(SECRET).slice(2, -2));
  });

  it('leaves at most the two edge characters of a prefixed base64 form', () => {
    const encoded = Buffer.from(`user:${SECRET}`).toString('base64');
    const masked = redact(encoded, secretForms(SECRET));
    expect(masked.replace('***', '').length).toBeLessThanOrEqual(Buffer.from('user:').toString('base64').length + 4);
  });

  it('masks each line of a multiline secret', () => {
    const forms = secretForms('first-line\nsecond-line');
    expect(redact('only second-line here', forms)).toBe('only *** here');
  });

  it('does not mask values too short to be secrets', () => {
    expect(secretForms('ab')).toEqual([]);
  });
});

describe('clipRemoteText', () => {
  it('masks before it cuts, so a secret straddling the cut leaves nothing readable', () => {
    const secret = 'straddling-secret-0123456789';
    new SecretValue(secret);
    const body = `${'x'.repeat(290)}${secret}`;
    const clipped = clipRemoteText(body, 300);
    expect(clipped).not.toContain(secret.slice(0, 8));
    expect(clipped.length).toBeLessThanOrEqual(300);
  });
});

describe('SecretRegistry', () => {
  it('returns only the forms it did not know yet', () => {
    const registry = new SecretRegistry();
    expect(registry.add('registry-secret').length).toBeGreaterThan(1);
    expect(registry.add('registry-secret')).toEqual([]);
    expect(registry.redact('a registry-secret b')).toBe('a *** b');
  });

  it('knows every SecretValue the process made', () => {
    new SecretValue('made-without-any-io');
    expect(processSecrets.redact('x made-without-any-io y')).toBe('x *** y');
  });
});

describe('hideUserInfo', () => {
  it.each([
    ['https://user:to ken@host/x', 'https://***@host/x'],
    ['https://us:t/k?n@host/x', 'https://***@host/x'],
    ['http://tok@en@host:80', 'http://***@host:80'],
    ['not a url with tok@en', '***'],
    ['plain-text', 'plain-text'],
  ])('%s', (given, shown) => {
    expect(hideUserInfo(given)).toBe(shown);
  });
});
