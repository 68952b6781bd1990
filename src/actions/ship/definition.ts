import type { ActionDefinition, InputSpec, OutputSpec } from '../../core/action-spec.js';
import { parseShipInputs, type ShipInputs } from './inputs.js';
import { stageInputSpecs, stageOutputSpecs } from './stage.js';
import { SHIP_STAGES } from './stages.js';

export type ShipOutput = 'digest' | 'image' | 'commit' | 'sync-status' | 'health-status' | 'record';

const OWN_OUTPUTS: Record<ShipOutput, OutputSpec> = {
  digest: { description: 'The image digest built and pinned (sha256:…); with the artifact stage alone, the artifact\'s.' },
  image: { description: 'The image pinned by digest, registry/repository@sha256:…, as written into the config repository.' },
  commit: { description: 'The config commit holding the new digest (bump stage).' },
  'sync-status': { description: 'Argo CD sync status after the sync stage.' },
  'health-status': { description: 'Argo CD health status after the sync stage.' },
  record: { description: 'JSON deployment record: commit, image digest, config commit, environment, Argo CD revision and health, links.' },
};

const OWN_INPUTS: Record<string, InputSpec> = {
  stages: {
    description:
      'What to run, in this order, comma or newline separated: build (build-push), artifact (push-oci-artifact, for Flux), ' +
      'bump (bump-manifest, pinning the built repository@digest), sync (argocd-sync).',
    default: 'build,bump,sync',
    multiple: true,
  },
  environment: { description: 'Name of the environment deployed to, for the deployment record.' },
};

/**
 * The root action (`uses: org/gitops-actions@v1`): build-push, then bump-manifest pinning what was
 * built, then argocd-sync, or push-oci-artifact for Flux; each stage is the single action's own
 * parser and run, its inputs and outputs under the stage's prefix.
 */
export const definition: ActionDefinition<ShipInputs, ShipOutput> = {
  name: 'ship',
  description:
    'The whole flow in one step: build and push an image, pin its digest in the config repository, sync Argo CD and wait until ' +
    'it runs it (or push the manifests as an OCI artifact for Flux), with a deployment record. Each stage is one of the single actions.',
  inputs: { ...OWN_INPUTS, ...Object.fromEntries(SHIP_STAGES.flatMap((stage) => Object.entries(stageInputSpecs(stage)))) },
  outputs: { ...OWN_OUTPUTS, ...(Object.assign({}, ...SHIP_STAGES.map(stageOutputSpecs)) as Record<never, never>) },
  parse: parseShipInputs,
  run: async (inputs, runtime) => (await import('./run.js')).runShip(inputs, runtime),
};
