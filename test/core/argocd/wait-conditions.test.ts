import { describe, expect, it } from 'vitest';
import type { Application, OperationState } from '../../../src/core/argocd/types.js';
import { SyncWaitTracker, type WaitCriteria } from '../../../src/core/argocd/wait-conditions.js';

const OURS = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const REQUESTED_AT = Date.parse('2026-08-12T10:00:00Z');
const criteria: WaitCriteria = {
  ours: { revision: OURS, initiatedBy: { username: 'ci' }, startedNotBefore: REQUESTED_AT, dryRun: false },
  sync: true,
  health: true,
  acceptSuspended: false,
  degradedFailsFast: true,
  degradedGraceMs: 0,
};

function op(phase: string, revision: string | undefined = OURS, extra: Partial<OperationState> = {}): OperationState {
  return {
    phase,
    operation: { sync: { revision }, initiatedBy: { username: 'ci' } },
    startedAt: '2026-08-12T10:00:00Z',
    finishedAt: phase === 'Running' ? undefined : '2026-08-12T10:00:05Z',
    syncResult: { revision: OURS },
    ...extra,
  };
}

function app(parts: { state?: OperationState; operation?: boolean; reconciledAt?: string; sync?: string; revision?: string; health?: string; version?: string }): Application {
  return {
    metadata: { name: 'web', resourceVersion: parts.version ?? '7' },
    ...(parts.operation ? { operation: { sync: { revision: OURS } } } : {}),
    status: {
      operationState: parts.state,
      reconciledAt: parts.reconciledAt,
      sync: { status: parts.sync ?? 'OutOfSync', revision: parts.revision ?? OURS },
      health: { status: parts.health ?? 'Healthy' },
    },
  };
}

const RECONCILED = '2026-08-12T10:00:06Z';

describe('SyncWaitTracker: which operation is ours', () => {
  it('waits while the operation is requested, running, or is someone else\'s (another revision, user, or an older start)', () => {
    const tracker = new SyncWaitTracker(criteria);
    expect(tracker.observe(app({ operation: true }))).toMatchObject({ done: false, waitingFor: 'the operation to start' });
    expect(tracker.observe(app({ state: op('Running'), operation: true }))).toMatchObject({ done: false });
    const done = { sync: 'Synced', reconciledAt: RECONCILED };
    expect(tracker.observe(app({ ...done, state: op('Succeeded', OTHER) }))).toMatchObject({ done: false });
    expect(tracker.observe(app({ ...done, state: { ...op('Succeeded'), operation: { sync: { revision: OURS }, initiatedBy: { automated: true } } } }))).toMatchObject({ done: false });
    expect(tracker.observe(app({ ...done, state: op('Succeeded', OURS, { startedAt: '2026-08-12T09:59:00Z' }) }))).toMatchObject({ done: false });
    expect(tracker.operation).toBeUndefined();
  });

  it('takes a truncated SHA for the full one by prefix', () => {
    const tracker = new SyncWaitTracker({ ...criteria, ours: { ...criteria.ours, revision: OURS.slice(0, 7) } });
    expect(tracker.observe(app({ state: op('Succeeded', OURS), reconciledAt: RECONCILED, sync: 'Synced' }))).toMatchObject({ done: true, outcome: 'succeeded' });
  });

  it('keeps recognising our operation when a refreshing retry cleared its revision (retry.refresh)', () => {
    const tracker = new SyncWaitTracker(criteria);
    const retried = op('Succeeded', undefined, { syncResult: { revision: OTHER } });
    expect(tracker.observe(app({ state: retried, reconciledAt: RECONCILED, sync: 'Synced', revision: OTHER }))).toMatchObject({ done: true, outcome: 'succeeded' });
    expect(tracker.syncedRevision()).toBe(OTHER);
  });

  it('does not judge sync and health before the reconcile that follows the operation', () => {
    const tracker = new SyncWaitTracker(criteria);
    expect(tracker.observe(app({ state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:04Z', sync: 'Synced' }))).toMatchObject({
      done: false,
      waitingFor: 'the controller to reconcile after the operation',
    });
    expect(tracker.observe(app({ state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:05Z', sync: 'Synced', version: '8' }))).toMatchObject({ done: true, outcome: 'succeeded' });
  });

  it('takes a reconcile in the same second as the end of the operation only from a later write, asking for a refresh', () => {
    const tracker = new SyncWaitTracker(criteria);
    const sameSecond = { state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:05Z' };
    expect(tracker.observe(app({ ...sameSecond, sync: 'Synced', version: '7' }))).toEqual({ done: false, waitingFor: 'the controller to reconcile after the operation', refresh: true });
    const refreshRequested = app({ ...sameSecond, sync: 'Synced', version: '8' });
    refreshRequested.metadata!.annotations = { 'argocd.argoproj.io/refresh': 'normal' };
    expect(tracker.observe(refreshRequested)).toMatchObject({ done: false, waitingFor: 'the controller to reconcile after the operation' });
    expect(tracker.observe(app({ ...sameSecond, sync: 'OutOfSync', revision: OTHER, version: '9' }))).toMatchObject({ done: true, outcome: 'succeeded', note: expect.stringContaining('OutOfSync') });
  });

  it('waits for an operation kept Running by a hook even when the app already looks Synced and Healthy', () => {
    const hook = op('Running', OURS, { message: 'waiting for completion of hook batch/Job/web-post-sync' });
    expect(new SyncWaitTracker(criteria).observe(app({ state: hook, operation: true, reconciledAt: RECONCILED, sync: 'Synced' }))).toEqual({
      done: false,
      waitingFor: 'the operation to finish (phase Running (waiting for completion of hook batch/Job/web-post-sync))',
    });
  });

  it('keeps the operation captured when a later operation replaces it', () => {
    const tracker = new SyncWaitTracker(criteria);
    tracker.observe(app({ state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:04Z' }));
    const later = app({ state: op('Running', OTHER), reconciledAt: '2026-08-12T10:00:09Z', sync: 'Synced', operation: true });
    expect(tracker.observe(later)).toMatchObject({ done: false, waitingFor: 'another operation that started after ours' });
    expect(tracker.operation?.operation?.sync?.revision).toBe(OURS);
  });
});

describe('SyncWaitTracker: the verdict', () => {
  it('fails on a failed operation with its message, and waits through a retry', () => {
    const verdict = new SyncWaitTracker(criteria).observe(app({ state: op('Failed', OURS, { message: 'one or more objects failed to apply' }) }));
    expect(verdict).toMatchObject({ done: true, outcome: 'operation-failed', message: expect.stringContaining('one or more objects failed to apply') });
    const retrying = op('Running', OURS, { finishedAt: '2026-08-12T10:00:05Z', retryCount: 1, message: 'Retrying attempt #1' });
    expect(new SyncWaitTracker(criteria).observe(app({ state: retrying, operation: true }))).toMatchObject({ done: false, waitingFor: expect.stringContaining('retry 1') });
  });

  it('takes Argo CD\'s Synced whatever the target head is now (an unrelated commit moved the branch)', () => {
    const verdict = new SyncWaitTracker(criteria).observe(app({ state: op('Succeeded'), reconciledAt: RECONCILED, sync: 'Synced', revision: OTHER }));
    expect(verdict).toMatchObject({ done: true, outcome: 'succeeded' });
  });

  it('reports OutOfSync without waiting for it when the target resolves to another commit than the one synced', () => {
    const verdict = new SyncWaitTracker(criteria).observe(app({ state: op('Succeeded'), reconciledAt: RECONCILED, sync: 'OutOfSync', revision: OTHER }));
    expect(verdict).toEqual({
      done: true,
      outcome: 'succeeded',
      operation: expect.anything(),
      note: `Argo CD shows OutOfSync because it compares with the target revision, which resolves to ${OTHER}; this sync deployed ${OURS}`,
    });
  });

  it('waits for Synced when the target is the commit synced, without calling our revision the app\'s "now"', () => {
    const verdict = new SyncWaitTracker(criteria).observe(app({ state: op('Succeeded'), reconciledAt: RECONCILED, sync: 'OutOfSync' }));
    expect(verdict).toEqual({ done: false, waitingFor: `Argo CD to report Synced (it reports OutOfSync against the target ${OURS})` });
  });

  it('waits only for the operation (and health) with the sync status check off', () => {
    const tracker = new SyncWaitTracker({ ...criteria, sync: false });
    expect(tracker.observe(app({ state: op('Succeeded'), reconciledAt: RECONCILED, sync: 'OutOfSync' }))).toMatchObject({ done: true, outcome: 'succeeded' });
  });

  it('fails when resources need pruning and the app stays OutOfSync, even waiting for the operation only', () => {
    const state = op('Succeeded', OURS, { syncResult: { revision: OURS, resources: [{ kind: 'ConfigMap', name: 'old', status: 'PruneSkipped', message: 'ignored (requires pruning)' }] } });
    expect(new SyncWaitTracker({ ...criteria, sync: false }).observe(app({ state, reconciledAt: RECONCILED }))).toMatchObject({ done: true, outcome: 'prune-required' });
  });

  it('fails on Degraded only once it has lasted degraded-grace; a recovery restarts the count', () => {
    const tracker = new SyncWaitTracker({ ...criteria, degradedGraceMs: 30_000 });
    const at = (health: string) => app({ state: op('Succeeded'), reconciledAt: RECONCILED, sync: 'Synced', health });
    expect(tracker.observe(at('Degraded'), 0)).toMatchObject({ done: false, waitingFor: 'health Healthy (it is Degraded)' });
    expect(tracker.observe(at('Degraded'), 29_000)).toMatchObject({ done: false });
    expect(tracker.observe(at('Progressing'), 29_500)).toMatchObject({ done: false });
    expect(tracker.observe(at('Degraded'), 40_000)).toMatchObject({ done: false });
    expect(tracker.observe(at('Degraded'), 70_000)).toMatchObject({ done: true, outcome: 'degraded', message: 'The application is Degraded after the sync for 30s (degraded-grace)' });
    expect(new SyncWaitTracker(criteria).observe(at('Degraded'), 0)).toMatchObject({ done: true, outcome: 'degraded' });
    expect(new SyncWaitTracker({ ...criteria, degradedFailsFast: false }).observe(at('Degraded'), 0)).toMatchObject({ done: false });
  });

  it('accepts Suspended only when asked, and skips health when health is off', () => {
    const suspended = app({ state: op('Succeeded'), reconciledAt: RECONCILED, sync: 'Synced', health: 'Suspended' });
    expect(new SyncWaitTracker(criteria).observe(suspended)).toMatchObject({ done: false });
    expect(new SyncWaitTracker({ ...criteria, acceptSuspended: true }).observe(suspended)).toMatchObject({ done: true, outcome: 'succeeded' });
    const progressing = app({ state: op('Succeeded'), reconciledAt: RECONCILED, sync: 'Synced', health: 'Progressing' });
    expect(new SyncWaitTracker({ ...criteria, health: false }).observe(progressing)).toMatchObject({ done: true, outcome: 'succeeded' });
  });

  it('ends a dry run when its operation succeeds, and never takes a real sync for it', () => {
    const tracker = new SyncWaitTracker({ ...criteria, ours: { ...criteria.ours, dryRun: true } });
    expect(tracker.observe(app({ state: op('Succeeded') }))).toMatchObject({ done: false });
    const dry = op('Succeeded', OURS, { operation: { sync: { revision: OURS, dryRun: true }, initiatedBy: { username: 'ci' } } });
    expect(tracker.observe(app({ state: dry }))).toMatchObject({ done: true, outcome: 'succeeded' });
  });

  it('judges only the selected resources of a partial sync', () => {
    const tracker = new SyncWaitTracker({ ...criteria, resources: [{ group: 'apps', kind: 'Deployment', name: 'web', namespace: 'shop' }] });
    const partial = app({ state: op('Succeeded'), reconciledAt: RECONCILED, sync: 'OutOfSync', health: 'Degraded' });
    partial.status!.resources = [
      { group: 'apps', kind: 'Deployment', name: 'web', namespace: 'shop', status: 'Synced', health: { status: 'Healthy' } },
      { kind: 'Service', name: 'other', namespace: 'shop', status: 'OutOfSync' },
    ];
    expect(tracker.observe(partial)).toMatchObject({ done: true, outcome: 'succeeded' });
  });
});
