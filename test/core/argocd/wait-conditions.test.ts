import { describe, expect, it } from 'vitest';
import type { Application, OperationState } from '../../../src/core/argocd/types.js';
import { SyncWaitTracker, type WaitCriteria } from '../../../src/core/argocd/wait-conditions.js';

const OURS = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const criteria: WaitCriteria = { revision: OURS, dryRun: false, health: true, acceptSuspended: false, degradedFailsFast: true };

function op(phase: string, revision = OURS, extra: Partial<OperationState> = {}): OperationState {
  return { phase, operation: { sync: { revision } }, startedAt: '2026-08-12T10:00:00Z', finishedAt: phase === 'Running' ? undefined : '2026-08-12T10:00:05Z', ...extra };
}

function app(parts: { state?: OperationState; operation?: boolean; reconciledAt?: string; sync?: string; revision?: string; health?: string }): Application {
  return {
    metadata: { name: 'web', resourceVersion: '7' },
    ...(parts.operation ? { operation: { sync: { revision: OURS } } } : {}),
    status: {
      operationState: parts.state,
      reconciledAt: parts.reconciledAt,
      sync: { status: parts.sync ?? 'OutOfSync', revision: parts.revision ?? OURS },
      health: { status: parts.health ?? 'Healthy' },
    },
  };
}

describe('SyncWaitTracker', () => {
  it('waits while the operation is requested, running, or belongs to another revision', () => {
    const tracker = new SyncWaitTracker(criteria);
    expect(tracker.observe(app({ operation: true }))).toMatchObject({ done: false, waitingFor: 'the operation to start' });
    expect(tracker.observe(app({ state: op('Running'), operation: true }))).toMatchObject({ done: false });
    expect(tracker.observe(app({ state: op('Succeeded', OTHER), sync: 'Synced', reconciledAt: '2026-08-12T10:00:06Z' }))).toMatchObject({ done: false });
    expect(tracker.operation).toBeUndefined();
  });

  it('does not judge sync and health before the reconcile that follows the operation', () => {
    const tracker = new SyncWaitTracker(criteria);
    // Synced+Healthy from before the operation finished is stale.
    expect(tracker.observe(app({ state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:04Z', sync: 'Synced' }))).toMatchObject({
      done: false,
      waitingFor: 'the controller to reconcile after the operation',
    });
    expect(tracker.observe(app({ state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:05Z', sync: 'Synced' }))).toMatchObject({ done: true, outcome: 'succeeded' });
  });

  it('keeps the operation captured when a later operation replaces it', () => {
    const tracker = new SyncWaitTracker(criteria);
    tracker.observe(app({ state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:04Z' }));
    const later = app({ state: op('Running', OTHER), reconciledAt: '2026-08-12T10:00:09Z', sync: 'Synced', operation: true });
    expect(tracker.observe(later)).toMatchObject({ done: false, waitingFor: 'another operation that started after ours' });
    expect(tracker.operation?.operation?.sync?.revision).toBe(OURS);
  });

  it('fails on a failed operation with its message', () => {
    const verdict = new SyncWaitTracker(criteria).observe(app({ state: op('Failed', OURS, { message: 'one or more objects failed to apply' }) }));
    expect(verdict).toMatchObject({ done: true, outcome: 'operation-failed' });
    expect(verdict.done && verdict.outcome !== 'succeeded' && verdict.message).toContain('one or more objects failed to apply');
  });

  it('keeps waiting through a retry (Running with finishedAt and retryCount)', () => {
    const retrying = op('Running', OURS, { finishedAt: '2026-08-12T10:00:05Z', retryCount: 1, message: 'Retrying attempt #1' });
    expect(new SyncWaitTracker(criteria).observe(app({ state: retrying, operation: true }))).toMatchObject({ done: false, waitingFor: expect.stringContaining('retry 1') });
  });

  it('requires the synced revision to be ours', () => {
    const tracker = new SyncWaitTracker(criteria);
    const synced = { state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:06Z', sync: 'Synced' };
    expect(tracker.observe(app({ ...synced, revision: OTHER }))).toMatchObject({ done: false });
    expect(tracker.observe(app(synced))).toMatchObject({ done: true, outcome: 'succeeded' });
  });

  it('says why the app stays OutOfSync when its target resolves to another revision than the synced one', () => {
    const verdict = new SyncWaitTracker(criteria).observe(app({ state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:06Z', sync: 'OutOfSync', revision: OTHER }));
    expect(verdict).toEqual({ done: false, waitingFor: `sync status Synced (now OutOfSync: the application's target revision resolves to ${OTHER}, not to the synced ${OURS})` });
  });

  it('fails fast on Degraded, or waits on when told not to', () => {
    const degraded = app({ state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:06Z', sync: 'Synced', health: 'Degraded' });
    expect(new SyncWaitTracker(criteria).observe(degraded)).toMatchObject({ done: true, outcome: 'degraded' });
    expect(new SyncWaitTracker({ ...criteria, degradedFailsFast: false }).observe(degraded)).toMatchObject({ done: false });
  });

  it('accepts Suspended only when asked, and skips health when health is off', () => {
    const suspended = app({ state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:06Z', sync: 'Synced', health: 'Suspended' });
    expect(new SyncWaitTracker(criteria).observe(suspended)).toMatchObject({ done: false });
    expect(new SyncWaitTracker({ ...criteria, acceptSuspended: true }).observe(suspended)).toMatchObject({ done: true, outcome: 'succeeded' });
    const progressing = app({ state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:06Z', sync: 'Synced', health: 'Progressing' });
    expect(new SyncWaitTracker({ ...criteria, health: false }).observe(progressing)).toMatchObject({ done: true, outcome: 'succeeded' });
  });

  it('fails when resources need pruning and the app stays OutOfSync', () => {
    const state = op('Succeeded', OURS, { syncResult: { resources: [{ kind: 'ConfigMap', name: 'old', status: 'PruneSkipped', message: 'ignored (requires pruning)' }] } });
    expect(new SyncWaitTracker(criteria).observe(app({ state, reconciledAt: '2026-08-12T10:00:06Z' }))).toMatchObject({ done: true, outcome: 'prune-required' });
  });

  it('ends a dry run when its operation succeeds, and never takes a real sync for it', () => {
    const tracker = new SyncWaitTracker({ ...criteria, dryRun: true });
    expect(tracker.observe(app({ state: op('Succeeded') }))).toMatchObject({ done: false });
    const dry = op('Succeeded', OURS, { operation: { sync: { revision: OURS, dryRun: true } } });
    expect(tracker.observe(app({ state: dry }))).toMatchObject({ done: true, outcome: 'succeeded' });
  });

  it('judges only the selected resources of a partial sync', () => {
    const tracker = new SyncWaitTracker({ ...criteria, resources: [{ group: 'apps', kind: 'Deployment', name: 'web', namespace: 'shop' }] });
    const partial = app({ state: op('Succeeded'), reconciledAt: '2026-08-12T10:00:06Z', sync: 'OutOfSync', health: 'Degraded' });
    partial.status!.resources = [
      { group: 'apps', kind: 'Deployment', name: 'web', namespace: 'shop', status: 'Synced', health: { status: 'Healthy' } },
      { kind: 'Service', name: 'other', namespace: 'shop', status: 'OutOfSync' },
    ];
    expect(tracker.observe(partial)).toMatchObject({ done: true, outcome: 'succeeded' });
  });
});
