import { testParseContext, withTestRuntime } from '../../runtime.js';
import { ActionFailure } from '../../../src/core/errors.js';
import { definition } from '../../../src/actions/argocd-sync/definition.js';
import { runArgocdSync } from '../../../src/actions/argocd-sync/run.js';
import type { ObserveTuning } from '../../../src/core/argocd/observe.js';
import { InputReader, inputSourceFromObject } from '../../../src/core/inputs.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';

export interface ActionRun {
  io: RecordingIO;
  error?: Error;
  outputs: Map<string, string>;
}

/** Parses and runs the action as the edge does (secrets masked on read, outputs set on success). */
export async function runAction(values: Record<string, string>, tuning?: Partial<ObserveTuning>, env: Record<string, string> = {}): Promise<ActionRun> {
  const io = new RecordingIO();
  try {
    const inputs = definition.parse(new InputReader(definition.inputs, inputSourceFromObject(values), (secret) => io.mask(secret)), testParseContext({ env }));
    const result = await withTestRuntime({ io, env }, (runtime) => runArgocdSync(inputs, runtime, tuning));
    for (const name of Object.keys(definition.outputs)) io.setOutput(name, result.outputs[name as keyof typeof result.outputs] ?? '');
    if (result.summary) await io.writeSummary(result.summary);
    if (result.failure !== undefined) throw new ActionFailure(result.failure);
    return { io, outputs: io.outputs };
  } catch (error) {
    io.error((error as Error).message);
    return { io, error: error as Error, outputs: io.outputs };
  }
}

/** Fast fallback polling for tests that break the stream on purpose. */
export const FAST_POLLING: Partial<ObserveTuning> = { fallbackPollMs: 100, streamPollMs: 1_000, reconnectBaseMs: 100, reconnectMaxMs: 400, streamIdleMs: 1_000, healthyStreamMs: 1_000 };

/** Waits (bounded) until the fake's state satisfies `ready`: how a test acts at a precise point of a run. */
export async function until(ready: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1_000; i++) {
    if (ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`test: never saw ${what}`);
}

/** The `applications` output of a run, parsed. */
export function appsOf(run: ActionRun): Array<Record<string, unknown> & { name: string; outcome: string; notes: string[] }> {
  return JSON.parse(run.outputs.get('applications') ?? '[]') as Array<Record<string, unknown> & { name: string; outcome: string; notes: string[] }>;
}
