import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, parseImageUpdate, planEdits } from '../../../src/core/config-edit/index.js';
import { run } from '../../harness/index.js';
import { copyTree, FIXTURES, readTree, tempDir } from './helpers.js';

/**
 * Real public config files (origins in corpus/SOURCES.md), each bumped as a user would, checked
 * against a reviewed golden tree and, for kustomize, against what kustomize renders: a bump
 * either changes what deploys or fails with an error and writes nothing.
 */
interface CorpusCase {
  description: string;
  files: string[];
  updates: string[];
  /** Kustomize directories rendered with `kubectl kustomize` before and after. */
  render?: string[];
  /** Image references the rendered output must hold after the bump (and not before). */
  deploys?: string[];
  /** The expected error (a regular expression); then nothing may be written. */
  error?: string;
}

const CORPUS = join(FIXTURES, 'corpus');
const cases = readdirSync(CORPUS).filter((name) => !name.includes('.'));
const specOf = (name: string) => JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as CorpusCase;
const refusedCases = cases.filter((name) => specOf(name).error);
const editedCases = cases.filter((name) => !specOf(name).error);
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** kustomize as kubectl embeds it (scripts/install-system-deps.sh installs kubectl). */
async function render(dir: string): Promise<string> {
  return (await run('kubectl', ['kustomize', dir], { timeoutMs: 60_000 })).stdout;
}

describe('the corpus of real config repositories', () => {
  it('has its cases', () => expect(cases.length).toBeGreaterThanOrEqual(10));

  it.each(refusedCases)('%s is refused, and nothing is written', async (name) => {
    const spec = specOf(name);
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    copyTree(join(CORPUS, name, 'before'), dir);
    const before = readTree(dir);
    await expect(planEdits({ root: dir, files: spec.files, updates: spec.updates.map((text) => parseImageUpdate(text, 'image')) })).rejects.toThrow(new RegExp(spec.error!));
    expect(readTree(dir)).toEqual(before);
  });

  it.each(editedCases)('%s', async (name) => {
    const spec = specOf(name);
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    copyTree(join(CORPUS, name, 'before'), dir);
    const before = readTree(dir);
    const rendered = new Map<string, string>();
    for (const target of spec.render ?? []) rendered.set(target, await render(join(dir, target)));

    const request = { root: dir, files: spec.files, updates: spec.updates.map((text) => parseImageUpdate(text, 'image')) };
    const plan = await planEdits(request);
    expect(plan.unmatched).toEqual([]);
    await applyEdits(dir, plan.edits);
    const expected = readTree(join(CORPUS, name, 'after'));
    const after = readTree(dir);
    for (const [path, content] of before) expect(after.get(path), path).toBe(expected.get(path) ?? content);

    for (const [target, old] of rendered) {
      const now = await render(join(dir, target));
      expect(now, `${target} renders the same as before the bump`).not.toBe(old);
      for (const reference of spec.deploys ?? []) {
        expect(old).not.toContain(`image: ${reference}\n`);
        expect(now).toContain(`image: ${reference}\n`);
      }
    }
  });
});
