import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.js';
import {
  familiarName,
  formatReference,
  normalizedName,
  parseImageReference,
  registryApiHost,
} from '../../../src/core/oci/reference.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseImageReference', () => {
  it.each([
    ['nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['nginx:1.25', { registry: 'docker.io', repository: 'library/nginx', tag: '1.25' }],
    ['org/app', { registry: 'docker.io', repository: 'org/app' }],
    ['index.docker.io/library/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['ghcr.io/org/app:v1@' + DIGEST, { registry: 'ghcr.io', repository: 'org/app', tag: 'v1', digest: DIGEST }],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['localhost:5000/team/app:dev', { registry: 'localhost:5000', repository: 'team/app', tag: 'dev' }],
    ['127.0.0.1:5000/a/b/c@' + DIGEST, { registry: '127.0.0.1:5000', repository: 'a/b/c', digest: DIGEST }],
    ['[::1]:5000/app:1', { registry: '[::1]:5000', repository: 'app', tag: '1' }],
    ['harbor.example.com/proj/my_app__x.y-z:1.0.0-rc.1', { registry: 'harbor.example.com', repository: 'proj/my_app__x.y-z', tag: '1.0.0-rc.1' }],
  ])('%s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['Nginx', 'lowercase'],
    ['org/App:1', 'lowercase'],
    ['nginx:', 'tag'],
    ['nginx:-bad', 'tag'],
    ['nginx@sha256:abc', 'sha256'],
    ['nginx@' + DIGEST.toUpperCase(), 'sha256'],
    ['ghcr.io//app', 'path component'],
    ['app_/x', 'path component'],
    ['-host.io/app', 'registry host'],
    ['a'.repeat(256), 'longer than'],
  ])('rejects %j naming the input', (text, why) => {
    let caught: unknown;
    try {
      parseImageReference(text, 'image');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect((caught as Error).message).toContain('Input "image"');
    expect((caught as Error).message).toContain(why);
  });
});

describe('names', () => {
  it('normalises Docker Hub names so that spellings of one image match', () => {
    expect(normalizedName('nginx')).toBe('docker.io/library/nginx');
    expect(normalizedName('docker.io/library/nginx:1')).toBe(normalizedName('nginx'));
    expect(normalizedName('registry-1.docker.io/library/nginx')).toBe('docker.io/library/nginx');
  });

  it('gives the familiar and the full form', () => {
    expect(familiarName(parseImageReference('docker.io/library/nginx'))).toBe('nginx');
    expect(familiarName(parseImageReference('docker.io/org/app'))).toBe('org/app');
    expect(familiarName(parseImageReference('ghcr.io/org/app'))).toBe('ghcr.io/org/app');
    expect(formatReference(parseImageReference(`nginx:1@${DIGEST}`))).toBe(`docker.io/library/nginx:1@${DIGEST}`);
  });

  it('sends Docker Hub API calls to its API host', () => {
    expect(registryApiHost('docker.io')).toBe('registry-1.docker.io');
    expect(registryApiHost('ghcr.io')).toBe('ghcr.io');
  });
});
