import { testParseContext, withTestRuntime } from '../../runtime.js';
import { ActionFailure } from '../../../src/core/errors.js';
import { definition } from '../../../src/actions/argocd-sync/definition.js';
import { runArgocdSync } from '../../../src/actions/argocd-sync/run.js';
import type { ObserveTuning } from '../../../src/core/argocd/observe.js';
import type { Clock } from '../../../src/core/runtime.js';
import { SkippingClock } from '../../skipping-clock.js';
import type { FakeArgocd } from '../../fakes/argocd/index.js';
import { InputReader, inputSourceFromObject } from '../../../src/core/inputs.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';

export interface ActionRun {
  io: RecordingIO;
  error?: Error;
  outputs: Map<string, string>;
}

/**
 * Parses and runs the action as the edge does (secrets masked on read, outputs set on success). `clock` is the
 * runtime's (default: the system's); `io` lets a test read the log while the run goes on.
 */
export async function runAction(
  values: Record<string, string>,
  tuning?: Partial<ObserveTuning>,
  env: Record<string, string> = {},
  { clock, io = new RecordingIO() }: { clock?: Clock; io?: RecordingIO } = {},
): Promise<ActionRun> {
  try {
    const inputs = definition.parse(new InputReader(definition.inputs, inputSourceFromObject(values), (secret) => io.mask(secret)), testParseContext({ env }));
    const result = await withTestRuntime({ io, env, ...(clock ? { clock } : {}) }, (runtime) => runArgocdSync(inputs, runtime, tuning));
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

/** How long `until` waits: far beyond what a loaded machine needs to connect and sync, bounded all the same. */
const UNTIL_MS = 30_000;

/** Waits (bounded) until the fake's state satisfies `ready`: how a test acts at a precise point of a run. */
export async function until(ready: () => boolean, what: string): Promise<void> {
  for (const end = Date.now() + UNTIL_MS; Date.now() < end; ) {
    if (ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`test: never saw ${what} within ${UNTIL_MS} ms`);
}

/** The `applications` output of a run, parsed. */
export function appsOf(run: ActionRun): Array<Record<string, unknown> & { name: string; outcome: string; notes: string[] }> {
  return JSON.parse(run.outputs.get('applications') ?? '[]') as Array<Record<string, unknown> & { name: string; outcome: string; notes: string[] }>;
}

/** The `timeout` of a run that `runToTimeoutAt` ends: so long that only the test's skip ends it. */
const SKIPPED_TIMEOUT_MS = 600_000;

/**
 * Runs the action with a 10-minute `timeout` and, once the run has logged `progress` (the state it should time
 * out in), skips its clock past that timeout. The run times out in that state however slow the machine is; a
 * short real timeout would race the time it takes to connect, sync and get there.
 */
export async function runToTimeoutAt(values: Record<string, string>, progress: string, tuning?: Partial<ObserveTuning>): Promise<ActionRun> {
  const clock = new SkippingClock();
  const io = new RecordingIO();
  let ended = false;
  const running = runAction({ ...values, timeout: '10m' }, tuning, {}, { clock, io }).finally(() => (ended = true));
  // A run that ends before (a failure) is returned as it is, for the test's expectations to show.
  await until(() => ended || io.text().includes(progress), `the run logging "${progress}"`);
  clock.skip(SKIPPED_TIMEOUT_MS);
  return running;
}

/**
 * Runs the action against a fake on the manual clock. Until the run has logged `progress` its controller stands
 * still, or, given `heldStep`, runs every step before the first one labelled so; then it runs every step as
 * soon as it is queued. A state that lasts a few hundred milliseconds on real timers (another operation in
 * progress, a brief Degraded) is thus there when the run looks, however slow the machine.
 */
export async function runHeldUntil(argo: FakeArgocd, values: Record<string, string>, progress: string, heldStep?: string): Promise<ActionRun> {
  const io = new RecordingIO();
  let ended = false;
  const running = runAction(values, undefined, {}, { io }).finally(() => (ended = true));
  await until(() => {
    while (heldStep !== undefined && argo.pendingSteps().length > 0 && argo.pendingSteps()[0] !== heldStep) argo.advance();
    return ended || io.text().includes(progress);
  }, `the run logging "${progress}"`);
  await until(() => {
    argo.runAll();
    return ended;
  }, 'the run to end');
  return running;
}
