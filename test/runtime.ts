import type { AnyActionDefinition, ActionResult } from '../src/core/action-spec.js';
import type { CiContext } from '../src/core/context.js';
import { InputReader, inputSourceFromObject } from '../src/core/inputs.js';
import type { ActionIO } from '../src/core/io.js';
import type { Clock, Env, ParseContext, Runtime } from '../src/core/runtime.js';
import { parseContextOf, runParsedAction } from '../src/platform/execute.js';
import { RecordingIO } from '../src/platform/recording-io.js';
import { createRuntime } from '../src/platform/runtime.js';

/** What a test may set of the runtime; the rest is what the edges build. */
export interface TestRuntimeOptions {
  env?: Env;
  /** Default: the CI context read from `env`. */
  ci?: CiContext;
  /** Default: the workspace rule applied to `env` (GITHUB_WORKSPACE, CI_PROJECT_DIR, cwd). */
  workspace?: string;
  io?: ActionIO;
  clock?: Clock;
  stdin?: NodeJS.ReadableStream;
}

export function testParseContext(options: TestRuntimeOptions = {}): ParseContext {
  const base = parseContextOf(options.env ?? {});
  return { ...base, ...(options.ci ? { ci: options.ci } : {}), ...(options.workspace ? { workspace: options.workspace } : {}) };
}

/** Runs `fn` with a runtime as the edges build it (its own temp dir, removed afterwards). */
export async function withTestRuntime<T>(options: TestRuntimeOptions, fn: (runtime: Runtime) => Promise<T>): Promise<T> {
  const { runtime, close } = createRuntime(testParseContext(options), {
    io: options.io ?? new RecordingIO(),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.stdin ? { stdin: options.stdin } : {}),
  });
  try {
    return await fn(runtime);
  } finally {
    await close();
  }
}

/** Parses `values` with the action's own parser against the same context the runtime gets. */
export function parseTestInputs<T>(definition: AnyActionDefinition, values: Record<string, string>, options: TestRuntimeOptions = {}, onSecret?: (secret: string) => void): T {
  return definition.parse(new InputReader(definition.inputs, inputSourceFromObject(values), onSecret), testParseContext(options)) as T;
}

/** Parses and runs an action as the edge does: secrets masked on read, every output set, summary written. */
export async function runTestAction(definition: AnyActionDefinition, values: Record<string, string>, options: TestRuntimeOptions & { io: ActionIO }): Promise<ActionResult> {
  const inputs = parseTestInputs(definition, values, options, (secret) => options.io.mask(secret));
  return withTestRuntime(options, (runtime) => runParsedAction(definition, inputs, runtime));
}
