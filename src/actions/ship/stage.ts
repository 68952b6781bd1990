import type { ActionResult, AnyActionDefinition, InputSpec, OutputSpec } from '../../core/action-spec.js';
import { ConfigurationError, errorMessage, isConfigurationError } from '../../core/errors.js';
import { InputReader, inputSourceFromObject } from '../../core/inputs.js';
import type { ParseContext, Runtime } from '../../core/runtime.js';

/**
 * A stage of a flow (ship, promote): one of the single actions, run by its own parser and its
 * own run, so a flow holds no logic of its stages. Its inputs are offered by the flow under
 * `inputPrefix`, its outputs handed on under `outputPrefix`.
 */
export interface Stage {
  /** The flow's name for it, as the `stages` input spells it. */
  name: string;
  definition: AnyActionDefinition;
  inputPrefix: string;
  outputPrefix: string;
  /** Inputs the flow fills itself (from an earlier stage): not offered. */
  filled?: readonly string[];
  /** Inputs the stage shares with the flow or another stage: its name -> the flow's. */
  shared?: Readonly<Record<string, string>>;
}

/** The flow's name for a stage input. */
export function flowInputName(stage: Stage, name: string): string {
  return stage.shared?.[name] ?? `${stage.inputPrefix}${name}`;
}

/**
 * The stage's inputs as the flow declares them: prefixed, none required (the stage may be
 * switched off; its parser still demands them when it is on), defaults and secrecy kept.
 */
export function stageInputSpecs(stage: Stage): Record<string, InputSpec> {
  const specs: Record<string, InputSpec> = {};
  for (const [name, spec] of Object.entries(stage.definition.inputs)) {
    if (stage.filled?.includes(name) || stage.shared?.[name]) continue;
    const { required: _required, ...rest } = spec;
    specs[flowInputName(stage, name)] = { ...rest, description: `${stageLabel(stage)}: ${spec.description}` };
  }
  return specs;
}

export function stageOutputSpecs(stage: Stage): Record<string, OutputSpec> {
  return Object.fromEntries(
    Object.entries(stage.definition.outputs).map(([name, spec]) => [`${stage.outputPrefix}${name}`, { description: `${stageLabel(stage)}: ${spec.description}` }]),
  );
}

/** What the user gave for a stage, by the stage's own input names; read once, at parse time. */
export function readStageValues(stage: Stage, reader: InputReader): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const [name, spec] of Object.entries(stage.definition.inputs)) {
    if (stage.filled?.includes(name)) continue;
    // Revealed only to be handed to the stage's own parser, which masks it again as it reads it.
    values[name] = spec.secret ? reader.secret(flowInputName(stage, name))?.reveal() : reader.optional(flowInputName(stage, name));
  }
  return values;
}

/**
 * The stage's parsed inputs from the user's values and what the flow fills in. Its errors name
 * the flow's input, so the user reads the name they wrote.
 */
export function parseStage(stage: Stage, values: Record<string, string | undefined>, filled: Record<string, string>, context: ParseContext): unknown {
  const source = inputSourceFromObject({ ...values, ...filled });
  try {
    return stage.definition.parse(new InputReader(stage.definition.inputs, source), context);
  } catch (error) {
    if (!isConfigurationError(error) || !error.input) throw error;
    const flowName = flowInputName(stage, error.input);
    throw new ConfigurationError(`${errorMessage(error).slice(`Input "${error.input}": `.length)} (${stage.name} stage)`, flowName);
  }
}

/**
 * A bump that opens a pull request changes nothing Argo CD deploys until someone merges it: a sync
 * after it would wait on what already ran and report that as the deployment. So the two are
 * refused together, before anything moves.
 */
export function refuseSyncOfPullRequest(stages: ReadonlySet<string>, bump: { mode: string } | undefined, modeInput: string): void {
  if (!stages.has('sync') || bump?.mode !== 'pull-request') return;
  throw new ConfigurationError(
    'is pull-request, so the change waits for a merge and the sync stage would only confirm what already runs: take sync out of stages (Argo CD deploys the change once the pull request is merged), or use push',
    modeInput,
  );
}

/** The stages a `stages` input names, each known, in the flow's order. */
export function selectStages(names: readonly string[], known: readonly string[], inputName = 'stages'): Set<string> {
  for (const name of names) {
    if (!known.includes(name)) throw new ConfigurationError(`expected some of ${known.join(', ')}, got "${name}"`, inputName);
  }
  if (!names.length) throw new ConfigurationError(`name at least one of ${known.join(', ')}`, inputName);
  return new Set(names);
}

/** One stage's outputs from a flow's, by the stage's own names. */
export function stageOutputs(outputs: Readonly<Record<string, string>>, stage: Stage): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(outputs).filter(([name]) => name.startsWith(stage.outputPrefix)).map(([name, value]) => [name.slice(stage.outputPrefix.length), value]));
}

/** What running the stages so far gave: each stage's outputs under its prefix, and their summaries. */
export class FlowProgress {
  readonly outputs: Record<string, string> = {};
  readonly summaries: string[] = [];

  /**
   * Runs one stage inside a log group and keeps what it reports. A stage that reports a failure
   * (an application that did not get healthy) still hands its outputs on; the flow stops there.
   */
  async run(stage: Stage, inputs: unknown, runtime: Runtime): Promise<ActionResult> {
    const result = await runtime.io.group(`Stage ${stage.name}: ${stage.definition.name}`, () => stage.definition.run(inputs, runtime));
    for (const [name, value] of Object.entries(result.outputs)) this.outputs[`${stage.outputPrefix}${name}`] = value;
    if (result.summary) this.summaries.push(result.summary);
    return result;
  }
}

function stageLabel(stage: Stage): string {
  return `${stage.name} stage (${stage.definition.name})`;
}
