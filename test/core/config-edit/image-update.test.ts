import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.js';
import { parseImageUpdate, rewriteReference } from '../../../src/core/config-edit/image-update.js';
import { setImageEntry } from '../../../src/core/config-edit/kustomize-entry.js';

const D = `sha256:${'d'.repeat(64)}`;
const E = `sha256:${'e'.repeat(64)}`;

describe('parseImageUpdate: the forms kustomize edit set image accepts', () => {
  it.each([
    ['app=ghcr.io/org/app:1.2', { image: 'app', newName: 'ghcr.io/org/app', newTag: '1.2' }],
    [`app=ghcr.io/org/app@${D}`, { image: 'app', newName: 'ghcr.io/org/app', newDigest: D }],
    [`app=ghcr.io/org/app:1.2@${D}`, { image: 'app', newName: 'ghcr.io/org/app', newTag: '1.2', newDigest: D }],
    ['app=ghcr.io/org/app', { image: 'app', newName: 'ghcr.io/org/app' }],
    ['app:1.2', { image: 'app', newTag: '1.2' }],
    [`app:1.2@${D}`, { image: 'app', newTag: '1.2', newDigest: D }],
    [`app@${D}`, { image: 'app', newDigest: D }],
    [`ghcr.io/org/app:1.2@${D}`, { image: 'ghcr.io/org/app', newTag: '1.2', newDigest: D }],
    ['localhost:5000/app:3', { image: 'localhost:5000/app', newTag: '3' }],
    ['app=*:v2', { image: 'app', newName: '*', newTag: 'v2' }],
    ['app=reg.io/app:*', { image: 'app', newName: 'reg.io/app', newTag: '*' }],
    [`app=*@${D}`, { image: 'app', newName: '*', newDigest: D }],
  ])('%s', (text, expected) => {
    expect(parseImageUpdate(text, 'image')).toEqual(expected);
  });

  it.each(['', 'app', 'App:1', 'app:-bad', 'app@sha256:123', 'app:1=x:2', '*:v1'])('rejects %j naming the input', (text) => {
    expect(() => parseImageUpdate(text, 'image')).toThrow(ConfigurationError);
    expect(() => parseImageUpdate(text, 'image')).toThrow(/Input "image"/);
  });
});

describe('setImageEntry: kustomize replaces the entry wholesale', () => {
  const entry = { name: 'app', newName: 'reg/app', newTag: 'v1' };
  it.each([
    ['app:v2', { name: 'app', newTag: 'v2' }],
    ['app=*:v2', { name: 'app', newName: 'reg/app', newTag: 'v2' }],
    [`app=*@${D}`, { name: 'app', newName: 'reg/app', digest: D }],
    [`app=reg/app:*@${D}`, { name: 'app', newName: 'reg/app', newTag: 'v1', digest: D }],
    ['app=other/app', { name: 'app', newName: 'other/app' }],
    [`app=reg/app:v3@${D}`, { name: 'app', newName: 'reg/app', newTag: 'v3', digest: D }],
  ])('%s', (text, expected) => {
    expect(setImageEntry(entry, parseImageUpdate(text, 'image'), false)).toEqual(expected);
  });

  it('drops a preserve marker with nothing to preserve', () => {
    expect(setImageEntry({ name: 'app', newTag: 'v1' }, parseImageUpdate(`app=*:v2@*`, 'image'), false)).toEqual({ name: 'app', newTag: 'v2' });
  });

  it('keeps newName when the entry was found through it', () => {
    expect(setImageEntry(entry, parseImageUpdate(`reg/app:v2@${E}`, 'image'), true)).toEqual({ name: 'app', newName: 'reg/app', newTag: 'v2', digest: E });
  });
});

describe('rewriteReference: what kustomize build would render', () => {
  it.each([
    ['nginx:1.19', 'nginx:1.20', 'nginx:1.20'],
    [`nginx:1.19@${D}`, 'nginx:1.20', 'nginx:1.20'],
    ['nginx:1.19', `nginx@${D}`, `nginx@${D}`],
    ['nginx:1.19', `nginx:1.20@${D}`, `nginx:1.20@${D}`],
    [`nginx:1.19@${D}`, `nginx=mirror.io/nginx`, `mirror.io/nginx:1.19@${D}`],
    ['localhost:5000/app:1', 'localhost:5000/app:2', 'localhost:5000/app:2'],
    [`docker.io/library/nginx:1.19@${D}`, `nginx=*:*@${E}`, `docker.io/library/nginx:1.19@${E}`],
  ])('%s + %s', (existing, update, expected) => {
    expect(rewriteReference(existing, parseImageUpdate(update, 'image'))).toBe(expected);
  });
});
