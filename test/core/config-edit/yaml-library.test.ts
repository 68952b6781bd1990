import { afterEach, describe, expect, it, vi } from 'vitest';
import * as nodeBuild from 'yaml';
import { isMap, isScalar, parseAllDocuments } from '../../../src/core/config-edit/yaml-library.js';

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.LOG_TOKENS;
  delete process.env.LOG_STREAM;
});

describe('yaml-library', () => {
  it('parses with the neutral build, which never reads the debugging variables', () => {
    process.env.LOG_TOKENS = '1';
    process.env.LOG_STREAM = '1';
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const [document] = parseAllDocuments('image: nginx:1\n');
    expect(log).not.toHaveBeenCalled();
    // The Node build does read them: the point of the module, checked.
    nodeBuild.parseAllDocuments('image: nginx:1\n');
    expect(log).toHaveBeenCalled();
    expect(isMap(document!.contents)).toBe(true);
  });

  it('builds nodes that the Node build\'s predicates recognise, and the other way round', () => {
    const [ours] = parseAllDocuments('a: 1\n');
    const theirs = nodeBuild.parseDocument('a: 1\n');
    expect(nodeBuild.isMap(ours!.contents)).toBe(true);
    expect(isMap(theirs.contents)).toBe(true);
    expect(isScalar(nodeBuild.parseDocument('x').contents)).toBe(true);
  });
});
