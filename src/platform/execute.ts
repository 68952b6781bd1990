import type { ActionResult, AnyActionDefinition } from '../core/action-spec.js';
import { ActionFailure } from '../core/errors.js';
import { readCiContext, type CiContext } from '../core/context.js';
import { InputReader, type InputSource } from '../core/inputs.js';
import type { ActionIO } from '../core/io.js';

export interface ParsedAction {
  inputs: unknown;
  context: CiContext;
}

/** Reads the context and the inputs; secrets go to `onSecret` the moment they are read. */
export function parseAction(
  definition: AnyActionDefinition,
  source: InputSource,
  env: NodeJS.ProcessEnv,
  onSecret: (secret: string) => void,
): ParsedAction {
  const context = readCiContext(env);
  const inputs: unknown = definition.parse(new InputReader(definition.inputs, source, onSecret), context, env);
  return { inputs, context };
}

/** Runs a parsed action and sets every declared output, in one place, then the summary. */
export async function runParsedAction(
  definition: AnyActionDefinition,
  parsed: ParsedAction,
  io: ActionIO,
): Promise<ActionResult> {
  if (io.isDebug()) io.debug(`${definition.name} inputs: ${JSON.stringify(parsed.inputs)}`);
  const result = await definition.run(parsed.inputs, io, parsed.context);
  for (const name of Object.keys(definition.outputs)) io.setOutput(name, result.outputs[name] ?? '');
  if (result.summary) await io.writeSummary(result.summary);
  if (result.failure !== undefined) throw new ActionFailure(result.failure);
  return result;
}
