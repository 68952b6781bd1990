import type { ActionDefinition } from '../../core/action-spec.js';
import { INPUT_SPECS, OUTPUT_SPECS, parseArgocdSyncInputs, type ArgocdSyncInputs, type ArgocdSyncOutput } from './inputs.js';

export const definition: ActionDefinition<ArgocdSyncInputs, ArgocdSyncOutput> = {
  name: 'argocd-sync',
  description: 'Refresh, sync and wait for Argo CD applications over the REST API, and explain failures.',
  inputs: INPUT_SPECS,
  outputs: OUTPUT_SPECS,
  parse: parseArgocdSyncInputs,
  run: async (inputs, io, context) => (await import('./run.js')).runArgocdSync(inputs, io, context),
};
