export type OperationInProgressPolicy = 'fail' | 'wait' | 'terminate';
export type RefreshMode = 'none' | 'normal' | 'hard';

/** What to sync and how to wait for one application, validated from the inputs. */
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
  /** Whole budget of one application, from its first read to the end of the wait; every request is bounded by it. */
  timeoutMs: number;
  /** Wait for Argo CD's Synced; false waits for the operation only (and health when `health`). */
  syncStatus: boolean;
  health: boolean;
  acceptSuspended: boolean;
  degradedFailsFast: boolean;
  /** How long Degraded may last before `degradedFailsFast` fails the wait. */
  degradedGraceMs: number;
  /** At the timeout, terminate our operation if it still runs. */
  terminateOnTimeout: boolean;
}
