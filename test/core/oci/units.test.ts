import { readdir, readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBlobFile } from '../../../src/core/oci/blob-file.js';
import { parseChallenge, parseChallenges, pickChallenge } from '../../../src/core/oci/challenge.js';
import { manifestMediaType, OCI_INDEX, OCI_MANIFEST, sha256Digest } from '../../../src/core/oci/media-types.js';
import { mergeScopes, scopesCover } from '../../../src/core/oci/scopes.js';
import { makeTempDir, removeDir } from '../../harness/index.js';

describe('parseChallenge', () => {
  it('reads quoted parameters with commas and escapes inside', () => {
    expect(parseChallenge('Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:a/b:pull,push' },
    });
    expect(parseChallenge('Bearer realm="x", error="insufficient_scope", scope="a \\"b\\""')?.params).toEqual({ realm: 'x', error: 'insufficient_scope', scope: 'a "b"' });
    expect(parseChallenge('Basic realm=Registry')).toEqual({ scheme: 'basic', params: { realm: 'Registry' } });
    expect(parseChallenge('')).toBeUndefined();
    expect(parseChallenge(undefined)).toBeUndefined();
  });
});

describe('several challenges', () => {
  it('reads every challenge of a header, and of several headers Node joined, and answers Bearer before Basic', () => {
    const joined = 'Basic realm="registry, with comma", Bearer realm="https://auth.example/token",service="reg",scope="repository:a:pull,push", Negotiate';
    expect(parseChallenges(joined)).toEqual([
      { scheme: 'basic', params: { realm: 'registry, with comma' } },
      { scheme: 'bearer', params: { realm: 'https://auth.example/token', service: 'reg', scope: 'repository:a:pull,push' } },
      { scheme: 'negotiate', params: {} },
    ]);
    expect(pickChallenge({ 'www-authenticate': joined })?.scheme).toBe('bearer');
    expect(pickChallenge({ 'www-authenticate': 'Negotiate, Basic realm=x' })).toEqual({ scheme: 'basic', params: { realm: 'x' } });
    expect(pickChallenge({})).toBeUndefined();
  });
});

describe('scopes', () => {
  it('merges actions per repository and checks coverage', () => {
    expect(mergeScopes(['repository:a:push', 'repository:b:pull', 'repository:a:pull'])).toEqual(['repository:a:pull,push', 'repository:b:pull']);
    expect(scopesCover(['repository:a:pull,push'], ['repository:a:pull'])).toBe(true);
    expect(scopesCover(['repository:a:pull'], ['repository:a:pull,push'])).toBe(false);
    expect(scopesCover(['repository:a:pull,push'], ['repository:b:pull'])).toBe(false);
  });
});

describe('manifestMediaType', () => {
  it('takes the Content-Type when it is a manifest type, else the document', () => {
    expect(manifestMediaType(`${OCI_MANIFEST}; charset=utf-8`, Buffer.from('{}'))).toBe(OCI_MANIFEST);
    expect(manifestMediaType('application/json', Buffer.from('{"manifests":[]}'))).toBe(OCI_INDEX);
  });
});

describe('writeBlobFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('blob-file');
  });
  afterAll(async () => removeDir(dir));

  it('writes once while hashing, whether or not the producer ends the sink', async () => {
    const chunks = Array.from({ length: 50 }, (_, i) => Buffer.alloc(10_000, i));
    const whole = Buffer.concat(chunks);
    const piped = await writeBlobFile(dir, (sink) => pipeline(Readable.from(chunks), sink));
    expect(piped).toMatchObject({ digest: sha256Digest(whole), size: whole.length });
    expect(await readFile(piped.path)).toEqual(whole);
    const written = await writeBlobFile(dir, async (sink) => void sink.write('hello'));
    expect(written).toMatchObject({ digest: sha256Digest('hello'), size: 5 });
  });

  it('removes the file when the producer fails', async () => {
    const before = await readdir(dir);
    await expect(
      writeBlobFile(dir, async (sink) => {
        sink.write('partial');
        throw new Error('tar failed');
      }),
    ).rejects.toThrow('tar failed');
    expect(await readdir(dir)).toEqual(before);
  });
});
