import type { HealthStatus } from './model.js';

/**
 * How the simulated controller plays out the next operations of one app. Every field has a default, so
 * `{}` means: picked up, Running for a moment, Succeeded, reconciled to Synced, Progressing, then Healthy.
 */
export interface SyncScenario {
  /** Operation requested → controller writes `operationState.phase=Running` (default 20 ms). */
  pickupMs?: number;
  /** Running → the attempt completes (default 80 ms). */
  runningMs?: number;
  /** Final phase (default `Succeeded`). `Failed`/`Error` fail every attempt. */
  phase?: 'Succeeded' | 'Failed' | 'Error';
  /** Final `operationState.message` (defaults like Argo CD's). */
  message?: string;
  /** Resources reported `SyncFailed` (default when failing: the app's first resource). */
  failedResources?: { kind: string; name: string; message?: string }[];
  /** Extra live resources not in git: `PruneSkipped` in syncResult, app stays `OutOfSync` after the sync. */
  pruneSkipped?: { kind: string; name: string; group?: string }[];
  /** Attempts that fail before `phase` applies; they are retried only if the operation has `retry.limit`. */
  failedAttempts?: number;
  /** Failed attempt → next attempt, when retrying (default 40 ms; the real backoff is seconds). */
  retryDelayMs?: number;
  /** Operation completed → reconcile: `reconciledAt`, `status.sync`, health Progressing (default 20 ms). */
  reconcileMs?: number;
  /** Health after a successful sync (default `Healthy`). */
  health?: HealthStatus;
  healthMessage?: string;
  /** Progressing → `health` (default 80 ms; 0 skips Progressing). */
  progressingMs?: number;
  /** DELETE .../operation → `Failed` "Operation terminated" (default 20 ms). */
  terminateMs?: number;
  /**
   * A PostSync hook that runs this long after the resources are applied (default 0: none). Meanwhile the
   * operation stays Running while reconciles already show the app Synced and Healthy.
   */
  hookMs?: number;
  /** After Progressing, the app is Degraded this long before it reaches `health` (default 0: never). */
  degradedBlipMs?: number;
  /**
   * The live state keeps differing from git after a successful sync (a field another controller manages, an
   * ignoreDifferences rule that misses it): controller/state.go's diff reports OutOfSync whatever is synced.
   */
  driftAfterSync?: boolean;
}

export type ResolvedScenario = Required<Omit<SyncScenario, 'message' | 'failedResources' | 'healthMessage'>> &
  Pick<SyncScenario, 'message' | 'failedResources' | 'healthMessage'>;

export function resolveScenario(s: SyncScenario = {}): ResolvedScenario {
  return {
    pickupMs: 20,
    runningMs: 80,
    phase: 'Succeeded',
    pruneSkipped: [],
    failedAttempts: 0,
    retryDelayMs: 40,
    reconcileMs: 20,
    health: 'Healthy',
    progressingMs: 80,
    terminateMs: 20,
    hookMs: 0,
    degradedBlipMs: 0,
    driftAfterSync: false,
    ...stripUndefined(s),
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Go's `time.Kitchen` ("3:04PM"), used in Argo CD's "Retrying attempt #N at ..." message. */
export function kitchenTime(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  return `${h % 12 === 0 ? 12 : h % 12}:${String(d.getUTCMinutes()).padStart(2, '0')}${h < 12 ? 'AM' : 'PM'}`;
}
