import type { ParseContext } from '../../core/runtime.js';
import { ConfigurationError } from '../../core/errors.js';
import type { InputReader } from '../../core/inputs.js';
import type { ArgocdSyncInputs } from '../argocd-sync/inputs.js';
import type { BumpManifestInputs } from '../bump-manifest/inputs.js';
import { parseStage, readStageValues, refuseSyncOfPullRequest, selectStages } from './stage.js';
import { ARTIFACT, BUILD, BUMP, SHIP_STAGES, SYNC } from './stages.js';

/** A digest that parses and names nothing: the bump's inputs are checked before the build gives the real one. */
const PLACEHOLDER_DIGEST = `sha256:${'0'.repeat(64)}`;

export interface ShipInputs {
  /** The stages switched on, by name. */
  stages: ReadonlySet<string>;
  environment?: string;
  /** Each stage's own parsed inputs; the bump's need the image the build pushed. */
  build?: unknown;
  artifact?: unknown;
  bump?: (image: string) => BumpManifestInputs;
  sync?: ArgocdSyncInputs;
}

export function parseShipInputs(reader: InputReader, context: ParseContext): ShipInputs {
  const stages = selectStages(reader.list('stages'), SHIP_STAGES.map((stage) => stage.name));
  if (stages.has('bump') && !stages.has('build')) {
    throw new ConfigurationError('bump pins the image the build stage pushes: add build (to move an image already pushed, use the promote action)', 'stages');
  }
  const inputs: ShipInputs = { stages };
  const environment = reader.optional('environment');
  if (environment) inputs.environment = environment;
  // Every stage's values are read, switched on or not, so the same inputs mean the same on every run.
  const values = Object.fromEntries(SHIP_STAGES.map((stage) => [stage.name, readStageValues(stage, reader)]));
  if (stages.has('build')) inputs.build = parseStage(BUILD, values.build, {}, context);
  if (stages.has('artifact')) inputs.artifact = parseStage(ARTIFACT, values.artifact, {}, context);
  if (stages.has('bump')) {
    const image = reader.optional('image') ?? '';
    const parse = (line: string) => parseStage(BUMP, values.bump, { image: line }, context) as BumpManifestInputs;
    refuseSyncOfPullRequest(stages, parse(`${image}@${PLACEHOLDER_DIGEST}`), 'config-mode');
    inputs.bump = parse;
  }
  if (stages.has('sync')) inputs.sync = parseStage(SYNC, values.sync, {}, context) as ArgocdSyncInputs;
  return inputs;
}
