import { ActionFailure } from '../../../src/core/errors.js';
import { definition } from '../../../src/actions/argocd-sync/definition.js';
import { runArgocdSync } from '../../../src/actions/argocd-sync/run.js';
import type { ObserveTuning } from '../../../src/core/argocd/observe.js';
import { readCiContext } from '../../../src/core/context.js';
import { InputReader, inputSourceFromObject } from '../../../src/core/inputs.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';

export interface ActionRun {
  io: RecordingIO;
  error?: Error;
  outputs: Map<string, string>;
}

/** Parses and runs the action as the edge does (secrets masked on read, outputs set on success). */
export async function runAction(values: Record<string, string>, tuning?: Partial<ObserveTuning>): Promise<ActionRun> {
  const io = new RecordingIO();
  try {
    const inputs = definition.parse(new InputReader(definition.inputs, inputSourceFromObject(values), (secret) => io.mask(secret)), readCiContext({}), {});
    const result = await runArgocdSync(inputs, io, readCiContext({}), tuning);
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
