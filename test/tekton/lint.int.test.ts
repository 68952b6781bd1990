import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, taskPath } from '../../scripts/ci-files.js';
import { actions } from '../../src/actions/index.js';
import { run } from '../harness/index.js';

describe('tekton-lint', () => {
  const lint = async (cwd: string, pattern: string) => {
    // Read the report, not the exit status: tekton-lint exits 0 with problems when stdout is a pipe.
    const result = await run(path.join(ROOT, 'node_modules/.bin/tekton-lint'), ['--format', 'json', pattern], { cwd, allowFailure: true });
    return JSON.parse(result.stdout) as { message: string; level: string }[];
  };

  it('finds nothing in the Tasks and the Pipeline', async () => {
    expect(await lint(ROOT, 'examples/tekton/**/*.yaml')).toEqual([]);
  });

  it('does find a reference to a param a Task does not declare (the linter is live)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tekton-lint-'));
    try {
      await writeFile(path.join(dir, 'task.yaml'), readFileSync(taskPath(actions[0]), 'utf8').replace('$(params.image)', '$(params.nope)'));
      const problems = await lint(dir, 'task.yaml');
      expect(problems.map((problem) => problem.message)).toContain(`Undefined param 'nope' at .spec.steps[0].env[0].value in 'gitops-${actions[0].name}'`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
