import { backoffDelay } from '../backoff.js';
import { ActionFailure, ConfigurationError } from '../errors.js';
import { HttpConnectionError } from '../http/errors.js';
import type { Clock } from '../runtime.js';
import type { ArgocdClient } from './client.js';
import { ArgocdApiError } from './errors.js';
import { DEFAULT_OBSERVE_TUNING, observeUntil, type ObserveTuning } from './observe.js';
import { describeRevisions, isShaLike, sameRevision, sameRevisions } from './revisions.js';
import { appLabel, type Application, type AppRef, type SyncRequestBody } from './types.js';
import { describeOperationInProgress, operationIdle, type OperationIdentity } from './wait-conditions.js';
import type { SyncSettings } from './sync-settings.js';

export interface StartDeps {
  onProgress: (message: string) => void;
  onDebug: (message: string) => void;
  tuning?: Partial<ObserveTuning>;
  /** The token's user (`GET /session/userinfo`): how an operation we started is recognised when its answer is lost. */
  username?: string;
  /** The runtime's clock: the deadline, retry pauses and the waits run on it. */
  clock: Clock;
}

export interface StartContext {
  client: ArgocdClient;
  ref: AppRef;
  settings: SyncSettings;
  deps: StartDeps;
  /** Epoch ms at which this application's `timeout` runs out. */
  deadline: number;
  /** Aborted at the deadline: every request takes it. */
  signal: AbortSignal;
  /** Things the user should read in the result, even on success. */
  notes: string[];
}

export interface StartedSync {
  /** The application as the sync answered it, or as read when an operation was adopted or found. */
  app: Application;
  identity: OperationIdentity;
}

/** Each in-progress, unavailable or unanswered sync is met (policy, backoff, a look for our operation), then tried again. */
const MAX_SYNC_ATTEMPTS = 4;
const SYNC_RETRY_BACKOFF = { baseDelayMs: 1_000, maxDelayMs: 5_000 };

/**
 * Starts our sync, or adopts an operation already running for the same revision (the push → webhook → auto-sync
 * race: a second sync would run the hooks twice, a terminate would kill the very deploy we want).
 */
export async function startSync(ctx: StartContext, current: Application): Promise<StartedSync> {
  const { client, ref, settings, deps } = ctx;
  if (current.operation) {
    const adopted = adopt(ctx, current);
    if (adopted) return adopted;
    await settleOperation(ctx, current);
  }
  const tuning = { ...DEFAULT_OBSERVE_TUNING, ...deps.tuning };
  for (let attempt = 1; ; attempt++) {
    const requestedAt = deps.clock.now();
    try {
      const answer = await client.sync(ref, syncBody(settings, current), { signal: ctx.signal, timeoutMs: tuning.writeTimeoutMs });
      return { app: answer, identity: identityOf(answer, settings, requestedAt) };
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      if (isUnanswered(error)) {
        // The request may have been applied before its answer was lost: look before sending it again.
        deps.onProgress(`${appLabel(ref)}: the sync got no answer (${(error as Error).message}); checking whether it started`);
        const found = await findOurOperation(ctx, requestedAt);
        if (found) {
          ctx.notes.push('the sync request got no answer, but its operation had started: this run waited for it');
          return found;
        }
        if (attempt >= MAX_SYNC_ATTEMPTS) throw error;
        await pause(ctx, attempt, `no operation of ours is there; sending the sync again`);
        continue;
      }
      if (!(error instanceof ArgocdApiError) || attempt >= MAX_SYNC_ATTEMPTS) throw explainSyncError(error, settings);
      if (error.isRepoServerUnavailable) {
        // Nothing was set: Argo CD could not reach its repo-server to resolve the revision. Trying again is safe.
        await pause(ctx, attempt, `Argo CD is unavailable for now (${error.apiMessage})`);
        continue;
      }
      if (!error.isOperationInProgress) throw explainSyncError(error, settings);
      // An operation started between our read and our sync (auto-sync, a hook): adopt it or apply the policy.
      current = await client.getApplication(ref, { signal: ctx.signal });
      const adopted = adopt(ctx, current);
      if (adopted) return adopted;
      await settleOperation(ctx, current);
    }
  }
}

async function pause(ctx: StartContext, attempt: number, why: string): Promise<void> {
  const delay = Math.min(backoffDelay(attempt, SYNC_RETRY_BACKOFF), Math.max(0, ctx.deadline - ctx.deps.clock.now()));
  ctx.deps.onProgress(`${appLabel(ctx.ref)}: ${why}; retrying the sync in ${delay} ms`);
  await ctx.deps.clock.sleep(delay);
}

/** A sync whose fate is unknown: no answer in time, a dropped connection, or a proxy's 502/504 in front of Argo CD. */
function isUnanswered(error: unknown): boolean {
  if (error instanceof HttpConnectionError) return error.transient;
  return error instanceof ArgocdApiError && (error.status === 502 || error.status === 504);
}

function explainSyncError(error: unknown, settings: SyncSettings): unknown {
  if (!(error instanceof ArgocdApiError) || !error.isUnresolvableRevision) return error;
  if (settings.revision) return new ConfigurationError(`Argo CD cannot resolve "${settings.revision}" in the application's repository: ${error.apiMessage}`, 'revision');
  return new ActionFailure(`Argo CD cannot resolve the application's target revision: ${error.apiMessage}`);
}

/** The identity of the operation a sync answer carries: who, from when, which revision. */
function identityOf(answer: Application, settings: SyncSettings, requestedAt: number): OperationIdentity {
  const sync = answer.operation?.sync;
  return {
    revision: sync?.revision ?? settings.revision,
    revisions: sync?.revisions?.length ? sync.revisions : undefined,
    initiatedBy: answer.operation?.initiatedBy,
    startedNotBefore: requestedAt,
    dryRun: settings.dryRun,
  };
}

/** After an unanswered sync: our operation, started by our user since the request, requested or already running. */
async function findOurOperation(ctx: StartContext, requestedAt: number): Promise<StartedSync | undefined> {
  const app = await ctx.client.getApplication(ctx.ref, { signal: ctx.signal });
  const state = app.status?.operationState;
  const operation = app.operation ?? state?.operation;
  if (!operation) return undefined;
  const startedAt = Date.parse(state?.startedAt ?? '');
  const recent = app.operation && !state ? true : !Number.isNaN(startedAt) && startedAt >= requestedAt - 1_000;
  const byUs = ctx.deps.username === undefined || operation.initiatedBy?.username === ctx.deps.username;
  if (!recent || !byUs || operation.initiatedBy?.automated || Boolean(operation.sync?.dryRun) !== ctx.settings.dryRun) return undefined;
  if (ctx.settings.revision && operation.sync?.revision && isShaLike(ctx.settings.revision) && !sameRevision(operation.sync.revision, ctx.settings.revision)) return undefined;
  return {
    app,
    identity: { revision: operation.sync?.revision, revisions: operation.sync?.revisions, initiatedBy: operation.initiatedBy, startedNotBefore: requestedAt, dryRun: ctx.settings.dryRun },
  };
}

/**
 * An operation in progress that deploys what we were asked to deploy: our revision by SHA prefix, or (with no
 * revision, or the target's own ref) the target head the controller last resolved, which auto-sync uses.
 */
function adopt(ctx: StartContext, app: Application): StartedSync | undefined {
  const { settings } = ctx;
  const operation = app.operation;
  if (!operation?.sync || settings.dryRun || settings.resources.length || operation.sync.dryRun) return undefined;
  const opRevisions = operation.sync.revisions?.length ? operation.sync.revisions : undefined;
  const target = app.spec?.source?.targetRevision ?? 'HEAD';
  let same = false;
  if (app.spec?.sources?.length && settings.revision) return undefined; // per-source pins: never the auto-sync's target
  if (settings.revision && isShaLike(settings.revision) && settings.revision !== target) same = sameRevision(operation.sync.revision, settings.revision);
  else if (!settings.revision || settings.revision === target) {
    same = opRevisions ? sameRevisions(opRevisions, app.status?.sync?.revisions) : sameRevision(operation.sync.revision, app.status?.sync?.revision);
  }
  if (!same) return undefined;
  const state = app.status?.operationState;
  const revision = describeRevisions(operation.sync.revision, opRevisions);
  const by = operation.initiatedBy?.automated ? 'an automated sync' : `user ${operation.initiatedBy?.username ?? 'unknown'}`;
  ctx.deps.onProgress(`${appLabel(ctx.ref)}: ${by} is already syncing ${revision}, the revision asked for; waiting for that operation instead of starting another`);
  ctx.notes.push(`adopted the operation ${by} had already started for ${revision}`);
  const started = Date.parse(state?.startedAt ?? '');
  return {
    app,
    identity: {
      revision: operation.sync.revision,
      revisions: opRevisions,
      initiatedBy: operation.initiatedBy,
      startedNotBefore: Number.isNaN(started) ? ctx.deps.clock.now() : started,
      dryRun: false,
    },
  };
}

/**
 * A multi-source application's `revision` input: `POSITION=REVISION` items (1-based, as the CLI's
 * `--source-positions`), one per line or comma-separated. Undefined when no revision is given.
 */
export function sourceRevisions(revision: string | undefined, sources: number): Array<{ position: number; revision: string }> | undefined {
  if (!revision) return undefined;
  const items = revision.split(/[\n,]/).map((item) => item.trim()).filter(Boolean);
  const parsed = items.map((item) => /^(\d+)=(\S+)$/.exec(item));
  const bad = items.find((_, index) => !parsed[index] || Number(parsed[index][1]) < 1 || Number(parsed[index][1]) > sources);
  if (bad !== undefined) {
    throw new ConfigurationError(`a multi-source application takes POSITION=REVISION items, POSITION from 1 to ${sources} (its sources in order), e.g. 1=v1.2.3; got "${bad}"`, 'revision');
  }
  return parsed.map((match) => ({ position: Number(match![1]), revision: match![2] }));
}

/** Applies the operation-in-progress policy; returns once no operation is in progress. */
async function settleOperation(ctx: StartContext, app: Application): Promise<void> {
  const { client, ref, settings, deps } = ctx;
  if (!app.operation) return;
  const what = describeOperationInProgress(app);
  if (settings.operationInProgress === 'fail') {
    throw new ActionFailure(`${appLabel(ref)}: ${what}. Set operation-in-progress to wait or terminate to handle it.`);
  }
  let current = app;
  if (settings.operationInProgress === 'terminate') {
    deps.onProgress(`${appLabel(ref)}: ${what}; terminating it`);
    const refusal = await client.terminateOperation(ref, ctx.signal);
    if (refusal) {
      // Argo CD refuses to terminate an operation the controller has not picked up yet
      // (server/application/application.go `TerminateOperation` needs an operationState): said, never silent.
      deps.onProgress(`${appLabel(ref)}: Argo CD refused to terminate it ("${refusal}"); waiting for the controller to pick it up`);
      current = await observe(ctx, current, (next) => !next.operation || next.status?.operationState !== undefined, 'the operation to be picked up, to terminate it');
      const again = current.operation ? await client.terminateOperation(ref, ctx.signal) : refusal;
      const outcome = !current.operation ? 'it ended before it could be terminated' : again ? `refused again ("${again}"), so this run waited for it to end` : 'terminated once the controller had picked it up';
      const note = `Argo CD refused to terminate the operation in progress ("${refusal}"): ${outcome}`;
      deps.onProgress(`${appLabel(ref)}: ${note}`);
      ctx.notes.push(note);
    }
  } else {
    deps.onProgress(`${appLabel(ref)}: ${what}; waiting for it to end`);
  }
  await observe(ctx, current, operationIdle, 'the operation in progress to end', what);
}

async function observe(ctx: StartContext, app: Application, until: (app: Application) => boolean, waitingFor: string, what = waitingFor): Promise<Application> {
  const observed = await observeUntil(ctx.client, ctx.ref, {
    deadline: ctx.deadline,
    resourceVersion: app.metadata?.resourceVersion,
    evaluate: (next) => (until(next) ? { done: true, result: next } : { done: false, waitingFor }),
    onProgress: ctx.deps.onProgress,
    onDebug: ctx.deps.onDebug,
    tuning: ctx.deps.tuning,
    signal: ctx.signal,
    clock: ctx.deps.clock,
  });
  if (observed.kind === 'done') return observed.result;
  if (observed.kind === 'gone') throw new ActionFailure(`${appLabel(ctx.ref)}: ${observed.message}`);
  throw new ActionFailure(`Timed out waiting for the operation in progress on ${appLabel(ctx.ref)} to end (${what}).`);
}

/**
 * `ApplicationSyncRequest` with only what was asked: Go's omitempty makes absent and false the same.
 * `app` is the application as last read, whose own sync options ApplyOutOfSyncOnly must keep.
 */
export function syncBody(settings: SyncSettings, app?: Application): SyncRequestBody {
  const body: SyncRequestBody = {};
  const perSource = app?.spec?.sources?.length ? sourceRevisions(settings.revision, app.spec.sources.length) : undefined;
  if (perSource) {
    body.revisions = perSource.map((item) => item.revision);
    body.sourcePositions = perSource.map((item) => item.position);
  } else if (settings.revision) body.revision = settings.revision;
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
