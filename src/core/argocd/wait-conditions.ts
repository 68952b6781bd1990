import { COMPLETED_PHASES, type Application, type OperationState, type ResourceKey, type ResourceStatus } from './types.js';

/** What "done" means for one sync we started (reference §2.2 and the stricter §2.4). */
export interface WaitCriteria {
  /** The revision Argo CD resolved for our sync (from the sync answer's `operation.sync.revision`). */
  revision?: string;
  /** Per-source revisions for a multi-source application. */
  revisions?: string[];
  dryRun: boolean;
  /** Wait for health too, not only for the operation and the sync status. */
  health: boolean;
  acceptSuspended: boolean;
  /** Degraded (after our operation and its reconcile) ends the wait as a failure instead of waiting on. */
  degradedFailsFast: boolean;
  /** A partial sync: judge these resources instead of the whole application. */
  resources?: ResourceKey[];
}

export type FailureOutcome = 'operation-failed' | 'degraded' | 'prune-required';

export type Verdict =
  | { done: false; waitingFor: string }
  | { done: true; outcome: 'succeeded'; operation?: OperationState }
  | { done: true; outcome: FailureOutcome; message: string; operation?: OperationState };

/**
 * Judges successive observations of one application after our sync. Our operation is recognised by the
 * revision our sync resolved (an auto-sync to another commit is not ours) and captured the moment it completes,
 * because a later operation replaces `operationState` (argo-cd#5592). Sync and health are judged only once the
 * controller has reconciled after our operation (`reconciledAt >= finishedAt`): before that they are stale.
 */
export class SyncWaitTracker {
  #operation: OperationState | undefined;

  constructor(readonly criteria: WaitCriteria) {}

  /** Our completed operation, once seen. */
  get operation(): OperationState | undefined {
    return this.#operation;
  }

  observe(app: Application): Verdict {
    const state = app.status?.operationState;
    if (!this.#operation) {
      if (!state || !this.#isOurs(state)) {
        return { done: false, waitingFor: app.operation ? 'the operation to start' : 'our operation to appear' };
      }
      if (!COMPLETED_PHASES.has(state.phase ?? '')) {
        const retrying = state.retryCount ? ` (retry ${state.retryCount}: ${state.message ?? ''})` : '';
        return { done: false, waitingFor: `the operation to finish (phase ${state.phase ?? 'pending'}${retrying})` };
      }
      this.#operation = structuredClone(state);
    }
    const operation = this.#operation;
    if (operation.phase !== 'Succeeded') {
      return { done: true, outcome: 'operation-failed', message: `The sync operation ended with phase ${operation.phase}: ${operation.message ?? 'no message'}`, operation };
    }
    if (this.criteria.dryRun) return { done: true, outcome: 'succeeded', operation };
    if (!reconciledAfter(app, operation)) return { done: false, waitingFor: 'the controller to reconcile after the operation' };
    if (app.operation) return { done: false, waitingFor: 'another operation that started after ours' };

    const sync = this.#judgeSync(app, operation);
    if (sync) return sync;
    if (this.criteria.health) {
      const health = this.#judgeHealth(app);
      if (health) return health;
    }
    return { done: true, outcome: 'succeeded', operation };
  }

  #isOurs(state: OperationState): boolean {
    const sync = state.operation?.sync;
    if (sync && Boolean(sync.dryRun) !== this.criteria.dryRun) return false;
    if (this.criteria.revisions?.length) return sameList(sync?.revisions ?? state.syncResult?.revisions, this.criteria.revisions);
    if (this.criteria.revision) return (sync?.revision ?? state.syncResult?.revision) === this.criteria.revision;
    return true;
  }

  #judgeSync(app: Application, operation: OperationState): Verdict | undefined {
    if (this.criteria.resources?.length) {
      const unsynced = selectedResources(app, this.criteria.resources).filter((resource) => resource?.status !== 'Synced');
      return unsynced.length ? { done: false, waitingFor: `${unsynced.length} selected resource(s) to be Synced` } : undefined;
    }
    const status = app.status?.sync?.status;
    if (status !== 'Synced') {
      const pruneSkipped = (operation.syncResult?.resources ?? []).filter((r) => r.status === 'PruneSkipped' && !/no prune/i.test(r.message ?? ''));
      if (pruneSkipped.length) {
        return { done: true, outcome: 'prune-required', message: `${pruneSkipped.length} resource(s) require pruning: the application stays OutOfSync unless prune is enabled`, operation };
      }
      if (!this.#revisionMatches(app)) {
        // Argo CD compares with the app's target revision, not with the one synced: this is why it stays OutOfSync.
        const target = app.status?.sync?.revisions?.join(' ') ?? app.status?.sync?.revision ?? 'unknown';
        return { done: false, waitingFor: `sync status Synced (now ${status ?? 'unknown'}: the application's target revision resolves to ${target}, not to the synced ${this.#ourRevision()})` };
      }
      return { done: false, waitingFor: `sync status Synced (now ${status ?? 'unknown'})` };
    }
    if (!this.#revisionMatches(app)) return { done: false, waitingFor: `sync status at our revision (now ${app.status?.sync?.revision ?? 'unknown'})` };
    return undefined;
  }

  #judgeHealth(app: Application): Verdict | undefined {
    const statuses = this.criteria.resources?.length
      ? selectedResources(app, this.criteria.resources).map((resource) => resource?.health?.status ?? 'Healthy')
      : [app.status?.health?.status ?? 'Unknown'];
    const degraded = statuses.includes('Degraded');
    if (degraded && this.criteria.degradedFailsFast) {
      const detail = app.status?.health?.message ? `: ${app.status.health.message}` : '';
      return { done: true, outcome: 'degraded', message: `The application is Degraded after the sync${detail}`, operation: this.#operation };
    }
    const pending = statuses.filter((status) => !(status === 'Healthy' || (status === 'Suspended' && this.criteria.acceptSuspended)));
    return pending.length ? { done: false, waitingFor: `health Healthy (now ${pending.join(', ')})` } : undefined;
  }

  #ourRevision(): string {
    return this.criteria.revisions?.length ? this.criteria.revisions.join(' ') : (this.criteria.revision ?? 'unknown');
  }

  #revisionMatches(app: Application): boolean {
    const sync = app.status?.sync;
    if (this.criteria.revisions?.length) return sameList(sync?.revisions, this.criteria.revisions);
    return !this.criteria.revision || sync?.revision === this.criteria.revision;
  }
}

/** Argo CD writes times with second precision, so "not before" is the test (reference §2.2 uses strict before). */
export function reconciledAfter(app: Application, operation: OperationState): boolean {
  const reconciled = Date.parse(app.status?.reconciledAt ?? '');
  const finished = Date.parse(operation.finishedAt ?? '');
  if (Number.isNaN(finished)) return true;
  return !Number.isNaN(reconciled) && reconciled >= finished;
}

/** True once no operation is requested or running: the state `operation-in-progress: wait|terminate` waits for. */
export function operationIdle(app: Application): boolean {
  return !app.operation;
}

export function describeOperationInProgress(app: Application): string {
  const state = app.status?.operationState;
  const by = app.operation?.initiatedBy?.automated ? 'automated sync' : app.operation?.initiatedBy?.username ? `user ${app.operation.initiatedBy.username}` : 'someone';
  const revision = app.operation?.sync?.revision ? ` to ${app.operation.sync.revision}` : '';
  const phase = state?.phase ? `, phase ${state.phase}${state.startedAt ? ` since ${state.startedAt}` : ''}` : '';
  return `an operation${revision} started by ${by} is in progress${phase}`;
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

function sameList(a: string[] | undefined, b: string[]): boolean {
  return !!a && a.length === b.length && a.every((item, index) => item === b[index]);
}
