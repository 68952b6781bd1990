import { describe, expect, it } from 'vitest';
import { definition as promote } from '../../../src/actions/promote/definition.js';
import { definition as ship } from '../../../src/actions/ship/definition.js';
import type { AnyActionDefinition } from '../../../src/core/action-spec.js';
import { configurationErrorOf } from '../../configuration-error.js';
import { parseTestInputs } from '../../runtime.js';

/** What both flows are given to bump an environment and sync it. */
const DEPLOY = {
  'config-repository': 'https://github.com/org/config.git',
  'config-token': 'config-token',
  'config-files': 'envs/prod/kustomization.yaml',
  'argocd-server': 'https://argocd.example.com',
  'argocd-auth-token': 'header.payload.signature',
  'argocd-applications': 'app-prod',
};
const FLOWS: [string, AnyActionDefinition, Record<string, string>][] = [
  ['ship', ship, { image: 'ghcr.io/org/app', ...DEPLOY }],
  ['promote', promote, { source: 'ghcr.io/org/app:stage', target: 'ghcr.io/org/app:prod', stages: 'copy,bump,sync', ...DEPLOY }],
];
const env = { GITHUB_WORKSPACE: '/work/app', GITHUB_ACTIONS: 'true' };

describe.each(FLOWS)('%s: a bump by pull request and a sync', (_name, definition, values) => {
  it('are refused together, naming config-mode: the sync would only confirm what already runs', () => {
    const error = configurationErrorOf(() => parseTestInputs(definition, { ...values, 'config-mode': 'pull-request' }, { env }));
    expect(error.input).toBe('config-mode');
    expect(error.message).toMatch(/waits for a merge.*take sync out of stages/);
  });

  it('a pull request without the sync stage, and a push with it, are taken', () => {
    const stages = definition === ship ? 'build,bump' : 'copy,bump';
    expect(() => parseTestInputs(definition, { ...values, stages, 'config-mode': 'pull-request' }, { env })).not.toThrow();
    expect(() => parseTestInputs(definition, { ...values, 'config-mode': 'push' }, { env })).not.toThrow();
  });
});
