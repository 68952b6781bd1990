import { backoffDelay, sleep } from '../backoff.js';
import { ActionFailure, ConfigurationError, errorMessage } from '../errors.js';
import { HttpConnectionError } from '../http/errors.js';
import type { ArgocdClient } from './client.js';
import { ArgocdApiError } from './errors.js';
import { observeUntil, type ObserveTuning } from './observe.js';
import { describeResourceProblem, findResourceProblems, oneLine, type ResourceProblem } from './problems.js';
import { appLabel, type Application, type ApplicationTree, type AppRef, type OperationState, type ResourceKey, type SyncRequestBody } from './types.js';
import { describeOperationInProgress, isSelected, operationIdle, SyncWaitTracker, type FailureOutcome } from './wait-conditions.js';

export type OperationInProgressPolicy = 'fail' | 'wait' | 'terminate';
export type RefreshMode = 'none' | 'normal' | 'hard';

export interface SyncSettings {
  revision?: string;
  prune: boolean;
  dryRun: boolean;
  force: boolean;
  resources: Array<{ group: string; kind: string; name: string; namespace: string }>;
  /** The user's sync options: when given they replace the application's own (Argo CD's rule, reference §1.1). */
  syncOptions: string[];
  /** Adds ApplyOutOfSyncOnly=true to the options in effect (the user's, else the application's own). */
  applyOutOfSyncOnly: boolean;
  operationInProgress: OperationInProgressPolicy;
  refresh: RefreshMode;
  refreshTimeoutMs: number;
  wait: boolean;
  /** Whole budget of one application, from its first read to the end of the wait. */
  timeoutMs: number;
  health: boolean;
  acceptSuspended: boolean;
  degradedFailsFast: boolean;
}

export type AppOutcome = 'succeeded' | 'started' | FailureOutcome | 'timeout' | 'gone' | 'error';

export interface AppSyncResult {
  name: string;
  namespace?: string;
  outcome: AppOutcome;
  /** The revision our sync resolved (or the synced one when the sync answer lacked it); a multi-source app's revisions space-separated. */
  revision: string;
  /** A multi-source application's revisions, one per source. */
  revisions?: string[];
  syncStatus: string;
  healthStatus: string;
  operationPhase: string;
  operationMessage?: string;
  /** Why it failed, for the user; undefined on success. */
  failure?: string;
  problems: ResourceProblem[];
  durationMs: number;
}

export interface SyncDeps {
  onProgress(message: string): void;
  onDebug(message: string): void;
  tuning?: Partial<ObserveTuning>;
  signal?: AbortSignal;
}

/** Bounded: each in-progress or unavailable answer from the sync is met (policy, backoff), then the sync is tried again. */
const MAX_SYNC_ATTEMPTS = 3;
const SYNC_RETRY_BACKOFF = { baseDelayMs: 1_000, maxDelayMs: 5_000 };
const GRPC_UNAVAILABLE = 14;

/** Reads, optionally refreshes, syncs and waits for one application; failures become a result, not a throw. */
export async function syncApplication(client: ArgocdClient, ref: AppRef, settings: SyncSettings, deps: SyncDeps): Promise<AppSyncResult> {
  const startedAt = Date.now();
  const deadline = startedAt + settings.timeoutMs;
  let lastApp: Application | undefined;
  let operation: OperationState | undefined;
  let revision: string | undefined;
  let revisions: string[] | undefined;
  const result = (outcome: AppOutcome, failure?: string, problems: ResourceProblem[] = []): AppSyncResult =>
    summarise(ref, outcome, lastApp, operation, { revision, revisions }, failure, problems, startedAt);
  try {
    lastApp = await client.getApplication(ref);
    if (settings.revision && lastApp.spec?.sources?.length) {
      // As the CLI: Argo CD takes a multi-source app's revisions per source, so one revision cannot be honoured.
      throw new ConfigurationError(`${appLabel(ref)} is a multi-source application: a single revision cannot apply to its ${lastApp.spec.sources.length} sources; leave revision empty to sync their target revisions`, 'revision');
    }
    if (settings.refresh !== 'none') lastApp = await refresh(client, ref, settings, deps);
    const answer = await syncHandlingOperations(client, ref, settings, deps, deadline, lastApp);
    lastApp = answer;
    revisions = answer.operation?.sync?.revisions?.length ? answer.operation.sync.revisions : undefined;
    revision = answer.operation?.sync?.revision ?? revisions?.join(' ') ?? settings.revision;
    deps.onProgress(`${appLabel(ref)}: sync started${revision ? ` at revision ${revision}` : ''}`);
    if (!settings.wait) return result('started');

    const tracker = new SyncWaitTracker({
      revision: answer.operation?.sync?.revision,
      revisions: answer.operation?.sync?.revisions,
      dryRun: settings.dryRun,
      health: settings.health,
      acceptSuspended: settings.acceptSuspended,
      degradedFailsFast: settings.degradedFailsFast,
      resources: settings.resources.length ? settings.resources : undefined,
    });
    const observed = await observeUntil(client, ref, {
      deadline,
      resourceVersion: answer.metadata?.resourceVersion,
      evaluate: (app) => {
        const verdict = tracker.observe(app);
        return verdict.done ? { done: true, result: verdict } : verdict;
      },
      onProgress: deps.onProgress,
      onDebug: deps.onDebug,
      tuning: deps.tuning,
      signal: deps.signal,
    });
    lastApp = observed.app ?? lastApp;
    operation = tracker.operation ?? lastApp?.status?.operationState;
    if (observed.kind === 'done') {
      if (observed.result.outcome === 'succeeded') return result('succeeded');
      const problems = await explainProblems(client, ref, lastApp, operation, settings);
      return result(observed.result.outcome, observed.result.message, problems);
    }
    const problems = await explainProblems(client, ref, lastApp, operation, settings);
    if (observed.kind === 'gone') return result('gone', observed.message, problems);
    return result('timeout', `Timed out after ${formatDuration(settings.timeoutMs)} waiting for ${appLabel(ref)}: still waiting for ${observed.waitingFor}.`, problems);
  } catch (error) {
    return result('error', errorMessage(error));
  }
}

async function refresh(client: ArgocdClient, ref: AppRef, settings: SyncSettings, deps: SyncDeps): Promise<Application> {
  deps.onProgress(`${appLabel(ref)}: ${settings.refresh} refresh`);
  // Argo CD blocks the GET until the controller has refreshed, with no server-side limit (reference §1.2).
  const limit = AbortSignal.timeout(settings.refreshTimeoutMs);
  try {
    return await client.getApplication(ref, { refresh: settings.refresh === 'hard' ? 'hard' : 'normal', timeoutMs: settings.refreshTimeoutMs, signal: limit, retries: false });
  } catch (error) {
    const timedOut = limit.aborted || (error instanceof HttpConnectionError && error.code === 'REQUEST_TIMEOUT');
    if (timedOut) throw new ActionFailure(`The ${settings.refresh} refresh of ${appLabel(ref)} did not finish within refresh-timeout (${formatDuration(settings.refreshTimeoutMs)}).`);
    throw error;
  }
}

async function syncHandlingOperations(client: ArgocdClient, ref: AppRef, settings: SyncSettings, deps: SyncDeps, deadline: number, current: Application): Promise<Application> {
  if (current.operation) await settleOperation(client, ref, settings, deps, deadline, current);
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.sync(ref, syncBody(settings, current), deps.signal);
    } catch (error) {
      if (!(error instanceof ArgocdApiError) || attempt >= MAX_SYNC_ATTEMPTS) throw error;
      if (error.status === 503 && error.grpcCode === GRPC_UNAVAILABLE) {
        // Argo CD itself answered Unavailable (repo-server or Kubernetes API down for a moment): the operation
        // was not set, so trying again is safe. A proxy's 502/504 or a dropped connection may hide an applied
        // sync, so those are not retried.
        const delay = Math.min(backoffDelay(attempt, SYNC_RETRY_BACKOFF), Math.max(0, deadline - Date.now()));
        deps.onProgress(`${appLabel(ref)}: Argo CD is unavailable (${error.apiMessage}); retrying the sync in ${delay} ms`);
        await sleep(delay);
        continue;
      }
      if (!error.isOperationInProgress) throw error;
      // An operation started between our read and our sync (auto-sync, a hook): same policy, then again.
      await settleOperation(client, ref, settings, deps, deadline, await client.getApplication(ref));
    }
  }
}

/** Applies the operation-in-progress policy; returns once no operation is in progress. */
async function settleOperation(client: ArgocdClient, ref: AppRef, settings: SyncSettings, deps: SyncDeps, deadline: number, app: Application): Promise<void> {
  if (!app.operation) return;
  const what = describeOperationInProgress(app);
  if (settings.operationInProgress === 'fail') {
    throw new ActionFailure(`${appLabel(ref)}: ${what}. Set operation-in-progress to wait or terminate to handle it.`);
  }
  if (settings.operationInProgress === 'terminate') {
    deps.onProgress(`${appLabel(ref)}: ${what}; terminating it`);
    const terminated = await client.terminateOperation(ref, deps.signal);
    if (!terminated) deps.onDebug(`${appLabel(ref)}: Argo CD says no operation is in progress any more`);
  } else {
    deps.onProgress(`${appLabel(ref)}: ${what}; waiting for it to end`);
  }
  const observed = await observeUntil(client, ref, {
    deadline,
    resourceVersion: app.metadata?.resourceVersion,
    evaluate: (next) => (operationIdle(next) ? { done: true, result: true } : { done: false, waitingFor: 'the operation in progress to end' }),
    onProgress: deps.onProgress,
    onDebug: deps.onDebug,
    tuning: deps.tuning,
    signal: deps.signal,
  });
  if (observed.kind === 'gone') throw new ActionFailure(`${appLabel(ref)}: ${observed.message}`);
  if (observed.kind === 'timeout') throw new ActionFailure(`Timed out waiting for the operation in progress on ${appLabel(ref)} to end (${what}).`);
}

/**
 * `ApplicationSyncRequest` with only what was asked: Go's omitempty makes absent and false the same.
 * `app` is the application as last read, whose own sync options ApplyOutOfSyncOnly must keep.
 */
export function syncBody(settings: SyncSettings, app?: Application): SyncRequestBody {
  const body: SyncRequestBody = {};
  if (settings.revision) body.revision = settings.revision;
  if (settings.prune) body.prune = true;
  if (settings.dryRun) body.dryRun = true;
  // The CLI's default strategy is hook; `{"hook":{"force":true}}` is the inline wire form (reference §0).
  if (settings.force) body.strategy = { hook: { force: true } };
  if (settings.resources.length) body.resources = settings.resources;
  // Present `syncOptions` replaces the app's own (reference §1.1), so it is sent only when the user gave some,
  // and ApplyOutOfSyncOnly alone is added to the app's own options rather than silently dropping them.
  const own = app?.spec?.syncPolicy?.syncOptions ?? [];
  const items = settings.syncOptions.length ? [...settings.syncOptions] : settings.applyOutOfSyncOnly ? own.filter((option) => !option.startsWith('ApplyOutOfSyncOnly=')) : [];
  if (settings.applyOutOfSyncOnly && !items.includes('ApplyOutOfSyncOnly=true')) items.push('ApplyOutOfSyncOnly=true');
  if (items.length) body.syncOptions = { items };
  return body;
}

async function explainProblems(client: ArgocdClient, ref: AppRef, app: Application | undefined, operation: OperationState | undefined, settings: SyncSettings): Promise<ResourceProblem[]> {
  let tree: ApplicationTree | undefined;
  try {
    tree = await client.resourceTree(ref, AbortSignal.timeout(10_000));
  } catch {
    tree = undefined; // the explanation is best effort; the failure itself is already known
  }
  const selected = settings.resources as ResourceKey[];
  const problems = findResourceProblems(app, operation, tree, { acceptSuspended: settings.acceptSuspended });
  return selected.length ? problems.filter((problem) => selected.some((key) => isSelected(problem, key))) : problems;
}

function summarise(ref: AppRef, outcome: AppOutcome, app: Application | undefined, operation: OperationState | undefined, synced: { revision?: string; revisions?: string[] }, failure: string | undefined, problems: ResourceProblem[], startedAt: number): AppSyncResult {
  const state = operation ?? app?.status?.operationState;
  const liveRevisions = app?.status?.sync?.revisions?.length ? app.status.sync.revisions : undefined;
  const revisions = synced.revisions ?? (synced.revision ? undefined : liveRevisions);
  return {
    name: ref.name,
    namespace: ref.namespace,
    outcome,
    revision: synced.revision ?? app?.status?.sync?.revision ?? revisions?.join(' ') ?? '',
    ...(revisions ? { revisions } : {}),
    syncStatus: app?.status?.sync?.status ?? 'Unknown',
    healthStatus: app?.status?.health?.status ?? 'Unknown',
    operationPhase: state?.phase ?? (app?.operation ? 'Pending' : ''),
    operationMessage: state?.message ? oneLine(state.message) : undefined,
    failure,
    problems,
    durationMs: Date.now() - startedAt,
  };
}

/** The user-facing failure text of one application: why, the operation's message, each resource in trouble. */
export function describeAppFailure(result: AppSyncResult): string {
  const label = result.namespace ? `${result.namespace}/${result.name}` : result.name;
  const failure = result.failure ?? result.outcome;
  const lines = [failure.startsWith(label) ? failure : `${label}: ${failure}`];
  if (result.operationMessage && !lines[0]!.includes(result.operationMessage)) lines.push(`  Operation (${result.operationPhase || 'none'}): ${result.operationMessage}`);
  lines.push(`  Now: sync ${result.syncStatus}, health ${result.healthStatus}${result.revision ? `, revision ${result.revision}` : ''}`);
  for (const problem of result.problems) lines.push(`  - ${describeResourceProblem(problem)}`);
  return lines.join('\n');
}

export function formatDuration(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
