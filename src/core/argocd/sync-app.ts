import { ActionFailure, ConfigurationError, errorMessage } from '../errors.js';
import { HttpConnectionError } from '../http/errors.js';
import type { Clock } from '../runtime.js';
import { describeAppFailure, formatDuration, summarise, type AppOutcome, type AppSyncResult } from './app-result.js';
import type { ArgocdClient } from './client.js';
import { deadlineSignal, DeadlineExceeded, eitherSignal } from './deadline.js';
import { observeUntil, type ObserveTuning } from './observe.js';
import { findResourceProblems, type ResourceProblem } from './problems.js';
import { sourceRevisions, startSync, syncBody } from './start-sync.js';
import type { SyncSettings } from './sync-settings.js';
import { appLabel, type Application, type ApplicationTree, type AppRef, type OperationState, type ResourceKey } from './types.js';
import { isSelected, SyncWaitTracker, type OperationIdentity } from './wait-conditions.js';

export type { AppSyncResult } from './app-result.js';
export type { SyncSettings } from './sync-settings.js';
export { describeAppFailure, formatDuration, syncBody };

export interface SyncDeps {
  onProgress: (message: string) => void;
  onDebug: (message: string) => void;
  tuning?: Partial<ObserveTuning>;
  signal?: AbortSignal;
  /** The token's user, to recognise our operation when a sync's answer is lost. */
  username?: string;
  /** The runtime's clock: the deadline and every wait run on it. */
  clock: Clock;
}

/** A best-effort step after the deadline (explaining, terminating) gets this much more time, no more. */
const AFTER_DEADLINE_MS = 3_000;

/** Reads, optionally refreshes, syncs and waits for one application; failures become a result, not a throw. */
export async function syncApplication(client: ArgocdClient, ref: AppRef, settings: SyncSettings, deps: SyncDeps): Promise<AppSyncResult> {
  const startedAt = deps.clock.now();
  const deadline = startedAt + settings.timeoutMs;
  const signal = deadlineSignal(deadline, `the timeout (${formatDuration(settings.timeoutMs)}) ran out`, deps.signal, startedAt);
  const notes: string[] = [];
  let lastApp: Application | undefined;
  let operation: OperationState | undefined;
  let identity: OperationIdentity | undefined;
  const result = (outcome: AppOutcome, failure?: string, problems?: ResourceProblem[], input?: string): AppSyncResult => ({
    ...summarise({ ref, outcome, app: lastApp, operation, requested: { revision: identity?.revision, revisions: identity?.revisions }, failure, notes, problems, startedAt, now: deps.clock.now() }),
    ...(input ? { input } : {}),
  });
  try {
    lastApp = await client.getApplication(ref, { signal });
    // As the CLI: a multi-source app takes revisions per source (`--revisions` with `--source-positions`).
    if (lastApp.spec?.sources?.length) sourceRevisions(settings.revision, lastApp.spec.sources.length);
    checkSelectedResources(ref, lastApp, settings);
    if (settings.refresh !== 'none') lastApp = await refresh(client, ref, settings, deps, signal);
    const started = await startSync({ client, ref, settings, deps, deadline, signal, notes }, lastApp);
    lastApp = started.app;
    identity = started.identity;
    const requested = identity.revisions?.join(' ') ?? identity.revision;
    deps.onProgress(`${appLabel(ref)}: sync started${requested ? ` at revision ${requested}` : ''}`);
    if (!settings.wait) return result('started');

    const tracker = new SyncWaitTracker({
      ours: identity,
      sync: settings.syncStatus,
      health: settings.health,
      acceptSuspended: settings.acceptSuspended,
      degradedFailsFast: settings.degradedFailsFast,
      degradedGraceMs: settings.degradedGraceMs,
      resources: settings.resources.length ? settings.resources : undefined,
    });
    const observed = await observeUntil(client, ref, {
      deadline,
      resourceVersion: lastApp.metadata?.resourceVersion,
      evaluate: (app) => {
        const verdict = tracker.observe(app);
        return verdict.done ? { done: true, result: verdict } : verdict;
      },
      onProgress: deps.onProgress,
      onDebug: deps.onDebug,
      tuning: deps.tuning,
      signal: deps.signal,
      clock: deps.clock,
    });
    lastApp = observed.app ?? lastApp;
    operation = tracker.operation ?? (tracker.isOurs(lastApp?.status?.operationState) ? lastApp?.status?.operationState : undefined);
    if (observed.kind === 'done') {
      const verdict = observed.result;
      if (verdict.outcome === 'succeeded') {
        if (verdict.note) notes.push(verdict.note);
        return result('succeeded');
      }
      return result(verdict.outcome, verdict.message, await explainProblems(client, ref, lastApp, operation, settings));
    }
    const problems = await explainProblems(client, ref, lastApp, operation, settings);
    if (observed.kind === 'gone') return result('gone', observed.message, problems);
    if (settings.terminateOnTimeout) await terminateOnTimeout(client, ref, lastApp, tracker, notes, deps);
    return result('timeout', `Timed out after ${formatDuration(settings.timeoutMs)} waiting for ${appLabel(ref)}: still waiting for ${observed.waitingFor}.`, problems);
  } catch (error) {
    if (error instanceof DeadlineExceeded) return result('timeout', `Timed out after ${formatDuration(settings.timeoutMs)} on ${appLabel(ref)}: ${error.message}.`);
    return result('error', errorMessage(error), undefined, error instanceof ConfigurationError ? error.input : undefined);
  }
}

/** As `argocd app sync --resource`: a selection that matches none of the app's resources fails at once. */
function checkSelectedResources(ref: AppRef, app: Application, settings: SyncSettings): void {
  if (!settings.resources.length) return;
  const resources = app.status?.resources ?? [];
  if (settings.resources.some((selection) => resources.some((resource) => isSelected(resource, selection)))) return;
  const wanted = settings.resources.map((r) => `${r.group}:${r.kind}:${r.namespace ? `${r.namespace}/` : ''}${r.name}`).join(', ');
  const has = resources.slice(0, 10).map((r) => `${r.group ?? ''}:${r.kind}:${r.namespace ? `${r.namespace}/` : ''}${r.name}`).join(', ');
  throw new ConfigurationError(`no resource of ${appLabel(ref)} matches ${wanted}; it manages ${has || 'no resources'}`, 'resources');
}

async function refresh(client: ArgocdClient, ref: AppRef, settings: SyncSettings, deps: SyncDeps, deadline: AbortSignal): Promise<Application> {
  deps.onProgress(`${appLabel(ref)}: ${settings.refresh} refresh`);
  // Argo CD blocks the GET until the controller has refreshed, with no server-side limit (reference §1.2).
  const limit = AbortSignal.timeout(settings.refreshTimeoutMs);
  try {
    return await client.getApplication(ref, { refresh: settings.refresh === 'hard' ? 'hard' : 'normal', timeoutMs: settings.refreshTimeoutMs, signal: eitherSignal(limit, deadline), retries: false });
  } catch (error) {
    const timedOut = limit.aborted || (error instanceof HttpConnectionError && error.code === 'REQUEST_TIMEOUT');
    if (timedOut && !deadline.aborted) throw new ActionFailure(`The ${settings.refresh} refresh of ${appLabel(ref)} did not finish within refresh-timeout (${formatDuration(settings.refreshTimeoutMs)}).`);
    throw error;
  }
}

/** `terminate-on-timeout`: our operation is not left running after we gave up on it. */
async function terminateOnTimeout(client: ArgocdClient, ref: AppRef, app: Application | undefined, tracker: SyncWaitTracker, notes: string[], deps: SyncDeps): Promise<void> {
  if (!app?.operation || tracker.operation || !tracker.isOurs(app.status?.operationState ?? { operation: app.operation, startedAt: new Date().toISOString() })) return;
  try {
    const refusal = await client.terminateOperation(ref, AbortSignal.timeout(AFTER_DEADLINE_MS));
    const note = refusal ? `terminating our operation at the timeout was refused ("${refusal}")` : 'our operation was terminated at the timeout (terminate-on-timeout)';
    deps.onProgress(`${appLabel(ref)}: ${note}`);
    notes.push(note);
  } catch (error) {
    notes.push(`terminating our operation at the timeout failed: ${errorMessage(error)}`);
  }
}

async function explainProblems(client: ArgocdClient, ref: AppRef, app: Application | undefined, operation: OperationState | undefined, settings: SyncSettings): Promise<ResourceProblem[]> {
  let tree: ApplicationTree | undefined;
  try {
    tree = await client.resourceTree(ref, AbortSignal.timeout(AFTER_DEADLINE_MS));
  } catch {
    tree = undefined; // the explanation is best effort; the failure itself is already known
  }
  const selected = settings.resources as ResourceKey[];
  const problems = findResourceProblems(app, operation, tree, { acceptSuspended: settings.acceptSuspended });
  return selected.length ? problems.filter((problem) => selected.some((key) => isSelected(problem, key))) : problems;
}
