import { describeRevisions, sameRevision, sameRevisions } from './revisions.js';
import { COMPLETED_PHASES, type Application, type OperationState, type ResourceKey, type ResourceStatus } from './types.js';

/** How our operation is told apart from anyone else's (reference §2.4 step 6, made robust). */
export interface OperationIdentity {
  /** The revision our sync answer carried (possibly a truncated SHA, as given). */
  revision?: string;
  /** Per-source revisions of a multi-source application. */
  revisions?: string[];
  /** `initiatedBy` of our operation, as the sync answer (or the adopted operation) showed it. */
  initiatedBy?: { username?: string; automated?: boolean };
  /** Epoch ms: our operation cannot have started before this (Argo CD's times have second precision). */
  startedNotBefore?: number;
  dryRun: boolean;
}

/** What "done" means for one sync we started or adopted. */
export interface WaitCriteria {
  ours: OperationIdentity;
  /** Wait for `Synced` as Argo CD defines it; false waits only for the operation, as `argocd app sync` does. */
  sync: boolean;
  /** Wait for health too. */
  health: boolean;
  acceptSuspended: boolean;
  /** Degraded ends the wait as a failure, once it has lasted `degradedGraceMs` (0: at once). */
  degradedFailsFast: boolean;
  degradedGraceMs: number;
  /** A partial sync: judge these resources instead of the whole application. */
  resources?: ResourceKey[];
}

export type FailureOutcome = 'operation-failed' | 'degraded' | 'prune-required';

export type Verdict =
  | { done: false; waitingFor: string; recheckInMs?: number; refresh?: boolean }
  | { done: true; outcome: 'succeeded'; operation?: OperationState; note?: string }
  | { done: true; outcome: FailureOutcome; message: string; operation?: OperationState };

const REFRESH_ANNOTATION = 'argocd.argoproj.io/refresh';

/** Argo CD stamps times at second precision: a start in the same second as our request is ours. */
const CLOCK_SKEW_MS = 1_000;

/**
 * Judges successive observations of one application after our sync. Our operation is recognised by who started
 * it, when, and its revision when it still carries one (a retry with `retry.refresh` clears it: controller/
 * appcontroller.go `processRequestedAppOperation`), and captured the moment it completes, because a later
 * operation replaces `operationState` (argo-cd#5592). Sync and health are judged only once the controller has
 * reconciled after our operation (`reconciledAt >= finishedAt`): before that they are stale.
 *
 * Synced is Argo CD's verdict, not a revision check: after an operation the controller compares the live
 * manifests with the target resolved afresh (controller/state.go `CompareAppState`), so `status.sync.revision`
 * is the branch head now, which an unrelated commit moves without changing our app. When the target resolves to
 * another commit than the one synced (a pinned or older revision, or the branch moved on) Argo CD cannot call the
 * app Synced at our revision: the sync status is then reported, not waited for.
 */
export class SyncWaitTracker {
  #operation: OperationState | undefined;
  /** The resourceVersion of the write in which our operation was first seen completed. */
  #completedIn: string | undefined;
  #degradedSince: number | undefined;

  constructor(readonly criteria: WaitCriteria) {}

  /** Our completed operation, once seen. */
  get operation(): OperationState | undefined {
    return this.#operation;
  }

  /** True when the app's current operation state is our operation (completed or not). */
  isOurs(state: OperationState | undefined): boolean {
    if (!state) return false;
    const ours = this.criteria.ours;
    const sync = state.operation?.sync;
    if (Boolean(sync?.dryRun) !== ours.dryRun) return false;
    const by = state.operation?.initiatedBy;
    if (ours.initiatedBy) {
      if (ours.initiatedBy.username !== undefined && by?.username !== ours.initiatedBy.username) return false;
      if (Boolean(ours.initiatedBy.automated) !== Boolean(by?.automated)) return false;
    }
    const started = Date.parse(state.startedAt ?? '');
    if (ours.startedNotBefore !== undefined && !Number.isNaN(started) && started < ours.startedNotBefore - CLOCK_SKEW_MS) return false;
    // A revision present must be ours; an absent one was cleared by a refreshing retry of our operation.
    if (ours.revisions?.length && sync?.revisions?.length) return sameRevisions(sync.revisions, ours.revisions);
    if (ours.revision && sync?.revision) return sameRevision(sync.revision, ours.revision);
    return true;
  }

  observe(app: Application, now = Date.now()): Verdict {
    const state = app.status?.operationState;
    if (!this.#operation) {
      if (!this.isOurs(state)) return { done: false, waitingFor: app.operation ? 'the operation to start' : 'our operation to appear' };
      if (!COMPLETED_PHASES.has(state!.phase ?? '')) {
        const retrying = state!.retryCount ? ` (retry ${state!.retryCount}: ${state!.message ?? ''})` : state!.message ? ` (${state!.message})` : '';
        return { done: false, waitingFor: `the operation to finish (phase ${state!.phase ?? 'pending'}${retrying})` };
      }
      this.#operation = structuredClone(state!);
      this.#completedIn = app.metadata?.resourceVersion;
    }
    const operation = this.#operation;
    if (operation.phase !== 'Succeeded') {
      return { done: true, outcome: 'operation-failed', message: `The sync operation ended with phase ${operation.phase}: ${operation.message ?? 'no message'}`, operation };
    }
    if (this.criteria.ours.dryRun) return { done: true, outcome: 'succeeded', operation };
    if (!reconciledAfter(app, operation)) return { done: false, waitingFor: 'the controller to reconcile after the operation' };
    // Argo CD's times have second precision: a reconcile in the same second as the end of the operation may
    // be the one before it. The write that completed the operation is never its reconcile; a later write is.
    // Asking for a refresh makes that later write come even when nothing else changes; the write that only
    // requests a refresh (the annotation, server/application/application.go `Get`) is not it either.
    const pendingRefresh = app.metadata?.annotations?.[REFRESH_ANNOTATION] !== undefined;
    if (sameSecond(app.status?.reconciledAt, operation.finishedAt) && (app.metadata?.resourceVersion === this.#completedIn || pendingRefresh)) {
      return { done: false, waitingFor: 'the controller to reconcile after the operation', refresh: true };
    }

    const sync = this.#judgeSync(app, operation);
    if (sync && !sync.done) return sync;
    if (sync?.done && sync.outcome !== 'succeeded') return sync;
    if (this.criteria.health) {
      if (app.operation) return { done: false, waitingFor: 'another operation that started after ours' };
      const health = this.#judgeHealth(app, now);
      if (health) return health;
    }
    return { done: true, outcome: 'succeeded', operation, note: sync?.done ? sync.note : undefined };
  }

  /** The revision(s) our operation deployed: full SHAs from its result, else what it was asked for. */
  syncedRevision(): string | undefined {
    const result = this.#operation?.syncResult;
    return describeRevisions(result?.revision, result?.revisions) ?? describeRevisions(this.criteria.ours.revision, this.criteria.ours.revisions);
  }

  #judgeSync(app: Application, operation: OperationState): Verdict | undefined {
    const status = app.status?.sync?.status;
    const pruneSkipped = (operation.syncResult?.resources ?? []).filter((r) => r.status === 'PruneSkipped' && !/no prune/i.test(r.message ?? ''));
    // `argocd app sync`'s own rule: after the operation, OutOfSync with resources left for pruning is a failure.
    if (!this.criteria.resources?.length && status === 'OutOfSync' && pruneSkipped.length) {
      return { done: true, outcome: 'prune-required', message: `${pruneSkipped.length} resource(s) require pruning: the application stays OutOfSync unless prune is enabled`, operation };
    }
    if (!this.criteria.sync) return undefined;
    if (this.criteria.resources?.length) {
      const unsynced = selectedResources(app, this.criteria.resources).filter((resource) => resource?.status !== 'Synced');
      return unsynced.length ? { done: false, waitingFor: `${unsynced.length} selected resource(s) to be Synced` } : undefined;
    }
    if (status === 'Synced') return undefined;
    const target = describeRevisions(app.status?.sync?.revision, app.status?.sync?.revisions);
    const synced = describeRevisions(operation.syncResult?.revision, operation.syncResult?.revisions);
    const moved = target && synced && !(app.status?.sync?.revisions?.length ? sameRevisions(app.status.sync.revisions, operation.syncResult?.revisions) : sameRevision(target, synced));
    if (moved && status === 'OutOfSync') {
      return {
        done: true,
        outcome: 'succeeded',
        operation,
        note: `Argo CD shows OutOfSync because it compares with the target revision, which resolves to ${target}; this sync deployed ${synced}`,
      };
    }
    return { done: false, waitingFor: `Argo CD to report Synced (it reports ${status ?? 'no sync status'}${target ? ` against the target ${target}` : ''})` };
  }

  #judgeHealth(app: Application, now: number): Verdict | undefined {
    const statuses = this.criteria.resources?.length
      ? selectedResources(app, this.criteria.resources).map((resource) => resource?.health?.status ?? 'Healthy')
      : [app.status?.health?.status ?? 'Unknown'];
    if (statuses.includes('Degraded')) {
      this.#degradedSince ??= now;
      const lasted = now - this.#degradedSince;
      if (this.criteria.degradedFailsFast && lasted >= this.criteria.degradedGraceMs) {
        const detail = app.status?.health?.message ? `: ${app.status.health.message}` : '';
        const span = this.criteria.degradedGraceMs > 0 ? ` for ${Math.round(lasted / 1000)}s (degraded-grace)` : '';
        return { done: true, outcome: 'degraded', message: `The application is Degraded after the sync${span}${detail}`, operation: this.#operation };
      }
    } else {
      // A rollout passes through brief Degraded states: the grace period counts one unbroken stretch.
      this.#degradedSince = undefined;
    }
    const pending = statuses.filter((status) => !(status === 'Healthy' || (status === 'Suspended' && this.criteria.acceptSuspended)));
    if (!pending.length) return undefined;
    // Still Degraded, within the grace period: look again when it runs out, even if nothing changes by then.
    const recheckInMs = this.#degradedSince !== undefined && this.criteria.degradedFailsFast ? this.#degradedSince + this.criteria.degradedGraceMs - now : undefined;
    return { done: false, waitingFor: `health Healthy (it is ${pending.join(', ')})`, ...(recheckInMs !== undefined ? { recheckInMs } : {}) };
  }
}

/** Argo CD writes times with second precision, so "not before" is the test (reference §2.2 uses strict before). */
export function reconciledAfter(app: Application, operation: OperationState): boolean {
  const reconciled = Date.parse(app.status?.reconciledAt ?? '');
  const finished = Date.parse(operation.finishedAt ?? '');
  if (Number.isNaN(finished)) return true;
  return !Number.isNaN(reconciled) && reconciled >= finished;
}

function sameSecond(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && Date.parse(a) === Date.parse(b);
}

/** True once no operation is requested or running: the state `operation-in-progress: wait|terminate` waits for. */
export function operationIdle(app: Application): boolean {
  return !app.operation;
}

export function describeOperationInProgress(app: Application): string {
  const state = app.status?.operationState;
  const by = app.operation?.initiatedBy?.automated ? 'automated sync' : app.operation?.initiatedBy?.username ? `user ${app.operation.initiatedBy.username}` : 'someone';
  const revision = describeRevisions(app.operation?.sync?.revision, app.operation?.sync?.revisions);
  const phase = state?.phase ? `, phase ${state.phase}${state.startedAt ? ` since ${state.startedAt}` : ''}` : ', requested (not picked up yet)';
  return `an operation${revision ? ` to ${revision}` : ''} started by ${by} is in progress${phase}`;
}

function selectedResources(app: Application, keys: ResourceKey[]): Array<ResourceStatus | undefined> {
  const resources = app.status?.resources ?? [];
  return keys.map((key) => resources.find((resource) => isSelected(resource, key)));
}

/** Argo CD's `SyncOperationResource.HasIdentity`: a selection without a namespace matches any namespace. */
export function isSelected(resource: ResourceKey, selection: ResourceKey): boolean {
  return (resource.group ?? '') === (selection.group ?? '') && resource.kind === selection.kind && resource.name === selection.name && (!selection.namespace || resource.namespace === selection.namespace);
}

export function sameResource(a: ResourceKey, b: ResourceKey): boolean {
  return (a.group ?? '') === (b.group ?? '') && a.kind === b.kind && a.name === b.name && (a.namespace ?? '') === (b.namespace ?? '');
}
