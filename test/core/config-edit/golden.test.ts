import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, parseImageUpdate, planEdits } from '../../../src/core/config-edit/index.js';
import { copyTree, FIXTURES, readTree, tempDir } from './helpers.js';

interface GoldenCase {
  description: string;
  files: string[];
  updates: string[];
  referencing: string[];
}

// corpus/ holds real public files, checked with their renders by corpus.int.test.ts.
const cases = readdirSync(FIXTURES).filter((name) => !name.startsWith('.') && name !== 'corpus');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('golden fixtures: the diff is exactly the changed lines', () => {
  it('has the fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(5));

  it.each(cases)('%s', async (name) => {
    const spec = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) as GoldenCase;
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    copyTree(join(FIXTURES, name, 'before'), dir);
    const before = readTree(dir);
    const expected = readTree(join(FIXTURES, name, 'after'));

    const plan = await planEdits({ root: dir, files: spec.files, updates: spec.updates.map((text) => parseImageUpdate(text, 'image')) });
    expect(plan.unmatched).toEqual([]);
    expect(plan.referencing).toEqual(spec.referencing);
    expect(plan.edits.map((edit) => edit.path).sort()).toEqual([...expected.keys()].sort());
    expect(readTree(dir)).toEqual(before); // planning writes nothing

    await applyEdits(dir, plan.edits);
    const after = readTree(dir);
    for (const [path, content] of before) {
      expect(after.get(path), path).toBe(expected.get(path) ?? content);
    }
    // The reported changes are the lines `diff` would show, nothing more.
    for (const edit of plan.edits) {
      const oldLines = edit.before.split('\n');
      const newLines = edit.after.split('\n');
      if (oldLines.length !== newLines.length) continue;
      const changed = oldLines.flatMap((line, index) => (line === newLines[index] ? [] : [index + 1]));
      expect(edit.changes.map((change) => change.line)).toEqual(changed);
    }
    expect(readdirSync(dir).some((file) => file.endsWith('.tmp'))).toBe(false);
  });
});
