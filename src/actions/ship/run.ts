import type { ActionResult } from '../../core/action-spec.js';
import { isConfigurationError } from '../../core/errors.js';
import type { Runtime } from '../../core/runtime.js';
import type { BumpManifestInputs } from '../bump-manifest/inputs.js';
import type { ShipOutput } from './definition.js';
import type { ShipInputs } from './inputs.js';
import { deploymentRecord, renderRecord } from './record.js';
import { FlowProgress, stageOutputs } from './stage.js';
import { ARTIFACT, BUILD, BUMP, SYNC } from './stages.js';

/**
 * Runs the stages switched on, in order, each as its own action would run. The first that fails
 * stops the flow; what the stages before it produced is still handed on, with the record so far.
 */
export async function runShip(inputs: ShipInputs, runtime: Runtime): Promise<ActionResult<ShipOutput>> {
  const context = runtime.ci;
  const progress = new FlowProgress();
  let bumpInputs: BumpManifestInputs | undefined;
  let failure: string | undefined;
  try {
    if (inputs.build !== undefined) failure = (await progress.run(BUILD, inputs.build, runtime)).failure;
    if (!failure && inputs.artifact !== undefined) failure = (await progress.run(ARTIFACT, inputs.artifact, runtime)).failure;
    if (!failure && inputs.bump) {
      bumpInputs = inputs.bump(progress.outputs['build-image'] ?? '');
      failure = (await progress.run(BUMP, bumpInputs, runtime)).failure;
    }
    if (!failure && inputs.sync) failure = (await progress.run(SYNC, inputs.sync, runtime)).failure;
  } catch (error) {
    // Nothing ran yet, or the user's mistake: reported as such. Otherwise the stages done stay reported.
    if (isConfigurationError(error) || progress.summaries.length === 0) throw error;
    failure = (error as Error).message;
  }

  const built = stageOutputs(progress.outputs, BUILD);
  const record = deploymentRecord({
    context,
    environment: inputs.environment,
    image: built.image,
    digest: built.digest ?? progress.outputs['artifact-digest'],
    bump: bumpInputs && progress.outputs['config-commit'] !== undefined ? { outputs: stageOutputs(progress.outputs, BUMP), repository: bumpInputs.repository } : undefined,
    argocd:
      inputs.sync && progress.outputs['argocd-sync-status'] !== undefined
        ? { outputs: stageOutputs(progress.outputs, SYNC), server: inputs.sync.server, applications: inputs.sync.applications }
        : undefined,
  });
  const outputs: Record<string, string> = {
    ...progress.outputs,
    digest: record.digest ?? '',
    image: built.image ?? '',
    commit: progress.outputs['config-commit'] ?? '',
    'sync-status': progress.outputs['argocd-sync-status'] ?? '',
    'health-status': progress.outputs['argocd-health-status'] ?? '',
    record: JSON.stringify(record),
  };
  const summary = [renderRecord(record), ...progress.summaries].join('\n');
  return { outputs: outputs, summary, ...(failure === undefined ? {} : { failure }) };
}
