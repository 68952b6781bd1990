import { runTestAction } from '../test/runtime.js';
import { performance } from 'node:perf_hooks';
import { definition } from '../src/actions/argocd-sync/definition.js';
import { RecordingIO } from '../src/platform/recording-io.js';
import { startFakeArgocd, type FakeArgocd } from '../test/fakes/argocd/index.js';
import { median, type BenchReport } from './lib.js';

const LATENCY_RUNS = 20;
const POLLING_ONLY_RUNS = 12;
/** Real time between two simulated controller steps, so the action sees every intermediate state. */
const STEP_GAP_MS = 100;
/** Upper bound of the random extra time before the app turns Healthy (one fallback poll interval). */
const HEALTH_JITTER_MS = 2_500;
/** How long the apps of the budget run stay Progressing: long enough for the safety polls to show. */
const LONG_WAIT_MS = 40_000;
const BUDGET_APPS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runAction(argo: FakeArgocd, applications: string): Promise<void> {
  const io = new RecordingIO(false);
  await runTestAction(definition, { server: argo.url, 'auth-token': argo.token, applications }, { io });
}

/**
 * One sync with default settings against a fake on a manual clock: the bench plays the controller's steps one by
 * one and stamps the step that makes the app Synced+Healthy; the figure is from that stamp to the action's return.
 */
async function latencyOfOneRun(argo: FakeArgocd, name: string): Promise<number> {
  argo.addApp({ name });
  const action = runAction(argo, name);
  let failed: unknown;
  action.catch((error: unknown) => (failed = error));
  let healthyAt: number | undefined;
  for (let guard = 0; guard < 2_000 && healthyAt === undefined && !failed; guard++) {
    const next = argo.pendingSteps()[0];
    if (!next) {
      await sleep(5);
      continue;
    }
    await sleep(STEP_GAP_MS);
    if (next === `${name}: health Healthy`) {
      // A random moment, so the change lands anywhere in the poll cycle instead of always at the same phase.
      await sleep(Math.random() * HEALTH_JITTER_MS);
      healthyAt = performance.now();
    }
    argo.advance();
  }
  // Steps still queued (a refresh the wait asked for, to see a reconcile stamped in the same second as the
  // operation's end) are the controller's prompt work: run at once, as a real controller would.
  let finished = false;
  void action.then(
    () => (finished = true),
    () => (finished = true),
  );
  for (let guard = 0; guard < 2_000 && !finished; guard++) {
    if (argo.pendingSteps().length) argo.advance();
    else await sleep(1);
  }
  await action;
  if (healthyAt === undefined) throw new Error(`bench: ${name} never reached its health step`);
  return performance.now() - healthyAt;
}

/** Requests per app per minute, counted from each app's sync answer to the action's return. */
async function requestsPerAppMinute(argo: FakeArgocd, names: string[]): Promise<number> {
  const started = argo.requests.length;
  await runAction(argo, names.join(','));
  const finished = Date.now();
  const rates = names.map((name) => {
    const mine = argo.requests.slice(started).filter((request) => request.path.includes(`/${name}`) || request.query.name?.[0] === name);
    const sync = mine.find((request) => request.method === 'POST');
    if (!sync) throw new Error(`bench: no sync for ${name}`);
    const waiting = mine.filter((request) => request.time >= sync.time && request !== sync);
    return waiting.length / ((finished - sync.time) / 60_000);
  });
  return Math.max(...rates);
}

export default async function argocdSyncBench(): Promise<BenchReport> {
  const streaming = await startFakeArgocd({ clock: 'manual' });
  const stalled = await startFakeArgocd({ clock: 'manual', behaviour: { stream: { mode: 'stall', afterEvents: 0 } } });
  const longWait = { progressingMs: LONG_WAIT_MS };
  const budget = await startFakeArgocd({ apps: Array.from({ length: BUDGET_APPS }, (_, i) => ({ name: `steady-${i}`, scenario: longWait })) });
  const budgetStalled = await startFakeArgocd({
    apps: Array.from({ length: BUDGET_APPS }, (_, i) => ({ name: `stalled-${i}`, scenario: longWait })),
    behaviour: { stream: { mode: 'stall', afterEvents: 0 } },
  });
  try {
    // The two budget runs take LONG_WAIT_MS of real time; they run beside the latency runs.
    const budgetRuns = Promise.all([
      requestsPerAppMinute(budget, Array.from({ length: BUDGET_APPS }, (_, i) => `steady-${i}`)),
      requestsPerAppMinute(budgetStalled, Array.from({ length: BUDGET_APPS }, (_, i) => `stalled-${i}`)),
    ]);
    const latencies: number[] = [];
    for (let run = 0; run < LATENCY_RUNS; run++) latencies.push(await latencyOfOneRun(streaming, `run-${run}`));
    const pollingLatencies: number[] = [];
    for (let run = 0; run < POLLING_ONLY_RUNS; run++) pollingLatencies.push(await latencyOfOneRun(stalled, `poll-${run}`));
    const [streamRate, pollingRate] = await budgetRuns;
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      bench: 'argocd-sync',
      figures: [
        { name: `Synced+Healthy → action returns, median of ${LATENCY_RUNS} (stream)`, value: median(latencies), unit: 'ms', target: 1000 },
        { name: 'requests per app per minute of waiting (stream)', value: streamRate, unit: 'requests/min', target: 30 },
        { name: 'requests per app per minute of waiting (stream stalled: polling only)', value: pollingRate, unit: 'requests/min', target: 30 },
        { name: `Synced+Healthy → action returns, median of ${POLLING_ONLY_RUNS} (stream stalled: polling only)`, value: median(pollingLatencies), unit: 'ms' },
      ],
      notes: [
        `stream latencies: min ${sorted[0].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`,
        `budget runs: ${BUDGET_APPS} apps in parallel, each Progressing ${LONG_WAIT_MS / 1000} s after its sync; requests counted from each sync answer to the return`,
        'polling only: one poll every 2.5 s, so the expected reaction is ~1.25 s plus a round trip (no target: the stream is what gives sub-second latency within 30 requests/min)',
      ],
    };
  } finally {
    await Promise.all([streaming.stop(), stalled.stop(), budget.stop(), budgetStalled.stop()]);
  }
}
