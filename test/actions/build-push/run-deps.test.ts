import { describe, expect, it } from 'vitest';
import { defaultRunDeps } from '../../../src/actions/build-push/run.js';

describe('defaultRunDeps', () => {
  it("puts the step's temp files (credentials included) in RUNNER_TEMP, which the runner empties after the job", () => {
    expect(defaultRunDeps({ RUNNER_TEMP: '/home/runner/work/_temp' }).tempRoot).toBe('/home/runner/work/_temp');
    expect(defaultRunDeps({}).tempRoot).toBeUndefined();
  });
});
