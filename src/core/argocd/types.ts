/**
 * The parts of Argo CD's Application JSON that sync and wait read (v3.5.1, reference §1.5).
 * Go's `encoding/json` with `omitempty` leaves out false/empty/zero fields, so every field is optional.
 */
export interface Application {
  metadata?: { name?: string; namespace?: string; resourceVersion?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: {
    project?: string;
    source?: { repoURL?: string; targetRevision?: string };
    sources?: Array<{ repoURL?: string; targetRevision?: string }>;
    syncPolicy?: { automated?: Record<string, unknown>; syncOptions?: string[] };
  };
  /** Present exactly while an operation is requested or running. */
  operation?: Operation;
  status?: ApplicationStatus;
}

export interface Operation {
  sync?: SyncOperation;
  initiatedBy?: { username?: string; automated?: boolean };
}

export interface SyncOperation {
  revision?: string;
  revisions?: string[];
  dryRun?: boolean;
  prune?: boolean;
}

export interface ApplicationStatus {
  sync?: { status?: SyncStatusCode; revision?: string; revisions?: string[] };
  health?: { status?: HealthStatusCode; message?: string };
  reconciledAt?: string;
  operationState?: OperationState;
  resources?: ResourceStatus[];
  conditions?: Array<{ type?: string; message?: string }>;
}

export type SyncStatusCode = 'Synced' | 'OutOfSync' | 'Unknown' | (string & {});
export type HealthStatusCode = 'Healthy' | 'Progressing' | 'Degraded' | 'Suspended' | 'Missing' | 'Unknown' | (string & {});
export type OperationPhase = 'Running' | 'Terminating' | 'Failed' | 'Error' | 'Succeeded' | (string & {});

export interface OperationState {
  operation?: Operation;
  phase?: OperationPhase;
  message?: string;
  startedAt?: string;
  finishedAt?: string;
  retryCount?: number;
  syncResult?: { revision?: string; revisions?: string[]; resources?: ResourceResult[] };
}

/** One resource's outcome in the last operation. */
export interface ResourceResult extends ResourceKey {
  status?: 'Synced' | 'SyncFailed' | 'Pruned' | 'PruneSkipped' | (string & {});
  message?: string;
  hookType?: string;
  hookPhase?: string;
}

/** One managed resource's live comparison and health. */
export interface ResourceStatus extends ResourceKey {
  status?: SyncStatusCode;
  health?: { status?: HealthStatusCode; message?: string };
  hook?: boolean;
  requiresPruning?: boolean;
}

export interface ResourceKey {
  group?: string;
  version?: string;
  kind?: string;
  namespace?: string;
  name?: string;
}

export interface ApplicationTree {
  nodes?: Array<ResourceKey & { health?: { status?: HealthStatusCode; message?: string } }>;
}

/** `ApplicationSyncRequest` exactly as the wire takes it (swagger + reference §0 for `strategy.hook`). */
export interface SyncRequestBody {
  revision?: string;
  /** A multi-source app's revisions, for the 1-based `sourcePositions` alongside (as `argocd app sync --revisions --source-positions`). */
  revisions?: string[];
  sourcePositions?: number[];
  dryRun?: boolean;
  prune?: boolean;
  strategy?: { hook: { force: boolean } } | { apply: { force: boolean } };
  resources?: Array<{ group: string; kind: string; name: string; namespace: string }>;
  syncOptions?: { items: string[] };
  appNamespace?: string;
  project?: string;
}

/** Which application, where: `appNamespace` for apps-in-any-namespace, `project` for precise 404s. */
export interface AppRef {
  name: string;
  namespace?: string;
  project?: string;
}

export function appLabel(ref: AppRef): string {
  return ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
}

export const COMPLETED_PHASES: ReadonlySet<string> = new Set(['Succeeded', 'Failed', 'Error']);
