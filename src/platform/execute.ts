import type { ActionResult, AnyActionDefinition } from '../core/action-spec.js';
import { readCiContext } from '../core/context.js';
import { ActionFailure } from '../core/errors.js';
import { InputReader, type InputSource } from '../core/inputs.js';
import { workspaceOf } from '../core/paths.js';
import type { Env, ParseContext, Runtime } from '../core/runtime.js';

export interface ParsedAction {
  inputs: unknown;
  context: ParseContext;
}

/** The context every action parses against, the same for all: env, CI context, workspace. */
export function parseContextOf(env: Env, cwd: string = process.cwd()): ParseContext {
  return { env, ci: readCiContext(env), workspace: workspaceOf(env, cwd) };
}

/** Reads the context and the inputs; secrets go to `onSecret` the moment they are read. */
export function parseAction(definition: AnyActionDefinition, source: InputSource, env: Env, onSecret: (secret: string) => void): ParsedAction {
  const context = parseContextOf(env);
  const inputs: unknown = definition.parse(new InputReader(definition.inputs, source, onSecret), context);
  return { inputs, context };
}

/** Runs a parsed action and sets every declared output, in one place, then the summary. */
export async function runParsedAction(definition: AnyActionDefinition, inputs: unknown, runtime: Runtime): Promise<ActionResult> {
  const { io } = runtime;
  // SecretValue serialises as ***, so the parsed inputs can be shown whole.
  if (io.isDebug()) io.debug(`${definition.name} inputs: ${JSON.stringify(inputs)}`);
  const result = await definition.run(inputs, runtime);
  for (const name of Object.keys(definition.outputs)) io.setOutput(name, result.outputs[name] ?? '');
  if (result.summary) await io.writeSummary(result.summary);
  if (result.failure !== undefined) throw new ActionFailure(result.failure);
  return result;
}
