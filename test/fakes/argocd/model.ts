import { createHash } from 'node:crypto';

/** Wire types of the fake's Application (the subset of v1alpha1.Application that sync/wait clients read). */
export type HealthStatus = 'Healthy' | 'Progressing' | 'Degraded' | 'Suspended' | 'Missing' | 'Unknown';
export type SyncStatus = 'Synced' | 'OutOfSync' | 'Unknown';
export type OperationPhase = 'Running' | 'Terminating' | 'Failed' | 'Error' | 'Succeeded';

export interface Health {
  status: HealthStatus;
  message?: string;
}

export interface ApplicationSource {
  repoURL: string;
  path?: string;
  chart?: string;
  targetRevision?: string;
}

export interface SyncOperation {
  revision?: string;
  revisions?: string[];
  prune?: boolean;
  dryRun?: boolean;
  syncStrategy?: unknown;
  resources?: unknown[];
  syncOptions?: string[];
  source?: ApplicationSource;
  sources?: ApplicationSource[];
}

export interface Operation {
  sync: SyncOperation;
  initiatedBy: { username?: string; automated?: boolean };
  info?: { name: string; value: string }[];
  retry?: RetryStrategy;
}

/** `spec.syncPolicy.retry`, inherited by a sync that gives no `retryStrategy` (server/application/application.go `Sync`). */
export interface RetryStrategy {
  limit?: number;
  refresh?: boolean;
  backoff?: unknown;
}

export interface ResourceResult {
  group?: string;
  version: string;
  kind: string;
  namespace: string;
  name: string;
  status: 'Synced' | 'SyncFailed' | 'Pruned' | 'PruneSkipped';
  message: string;
  hookType?: string;
  hookPhase?: string;
  syncPhase: string;
  images?: string[];
}

export interface OperationState {
  operation: Operation;
  phase: OperationPhase;
  message?: string;
  syncResult?: { revision?: string; revisions?: string[]; resources?: ResourceResult[]; source?: ApplicationSource };
  startedAt: string;
  finishedAt?: string;
  retryCount?: number;
}

export interface ResourceStatus {
  group?: string;
  version: string;
  kind: string;
  namespace: string;
  name: string;
  status?: SyncStatus;
  health?: Health;
  images?: string[];
}

export interface Application {
  metadata: {
    name: string;
    namespace: string;
    uid: string;
    resourceVersion: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    creationTimestamp: string;
  };
  spec: {
    project: string;
    source?: ApplicationSource;
    sources?: ApplicationSource[];
    destination: { server: string; namespace: string };
    syncPolicy?: { automated?: { prune?: boolean; selfHeal?: boolean }; syncOptions?: string[]; retry?: RetryStrategy };
  };
  status: {
    sync: { status: SyncStatus; revision?: string; revisions?: string[]; comparedTo?: unknown };
    health: Health;
    resources?: ResourceStatus[];
    operationState?: OperationState;
    reconciledAt?: string;
    conditions?: { type: string; message: string }[];
    sourceType?: string;
  };
  operation?: Operation;
}

/** What a test declares to create an app; everything has a realistic default. */
export interface AppSeed {
  name: string;
  /** Namespace of the Application CR (default `argocd`, the control-plane namespace). */
  namespace?: string;
  project?: string;
  labels?: Record<string, string>;
  /** Default `{repoURL:'https://git.example.test/deploy.git', path:<name>, targetRevision:'HEAD'}`. */
  source?: ApplicationSource;
  /** Multi-source app (then `source` is ignored). */
  sources?: ApplicationSource[];
  automated?: boolean;
  /** `spec.syncPolicy.retry`: the controller's retry of failed attempts, inherited by every sync. */
  retry?: RetryStrategy;
  /** Initial `status.sync.status` (default `OutOfSync`). */
  syncStatus?: SyncStatus;
  /** Initial `status.sync.revision` (default: a SHA that is not the target's). */
  syncedRevision?: string;
  health?: Health;
  /** Managed resources (default: a Deployment and a Service named after the app). */
  resources?: { group?: string; version?: string; kind: string; name: string; namespace?: string; images?: string[] }[];
}

/** Argo CD serialises metav1.Time at second precision, UTC. */
export function argoTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export function createApplication(seed: AppSeed, now: number, resourceVersion: number): Application {
  const namespace = seed.namespace ?? 'argocd';
  const destination = 'apps';
  const resources = (seed.resources ?? [
    { group: 'apps', kind: 'Deployment', name: seed.name, images: [`registry.example.test/${seed.name}:1.0.0`] },
    { kind: 'Service', name: seed.name },
  ]).map((r) => ({
    group: r.group,
    version: r.version ?? 'v1',
    kind: r.kind,
    namespace: r.namespace ?? destination,
    name: r.name,
    status: seed.syncStatus ?? ('OutOfSync'),
    health: r.kind === 'Service' || r.kind === 'ConfigMap' ? undefined : { ...(seed.health ?? { status: 'Healthy' as const }) },
    images: r.images,
  }));
  const source = seed.sources ? undefined : (seed.source ?? { repoURL: 'https://git.example.test/deploy.git', path: seed.name, targetRevision: 'HEAD' });
  return {
    metadata: {
      name: seed.name,
      namespace,
      uid: fakeUid(`${namespace}/${seed.name}`),
      resourceVersion: String(resourceVersion),
      labels: seed.labels,
      creationTimestamp: argoTime(now),
    },
    spec: {
      project: seed.project ?? 'default',
      source,
      sources: seed.sources,
      destination: { server: 'https://kubernetes.default.svc', namespace: destination },
      syncPolicy: seed.automated || seed.retry ? { ...(seed.automated ? { automated: { prune: true, selfHeal: true } } : {}), ...(seed.retry ? { retry: seed.retry } : {}) } : undefined,
    },
    status: {
      sync: { status: seed.syncStatus ?? 'OutOfSync', revision: seed.sources ? undefined : (seed.syncedRevision ?? fakeSha(`previous:${seed.name}`)) },
      health: { ...(seed.health ?? { status: 'Healthy' }) },
      resources,
      reconciledAt: argoTime(now),
      sourceType: 'Directory',
    },
  };
}

function fakeUid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Go `omitempty` semantics on the way out: empty strings, empty arrays and `false` are absent. */
export function toWire<T extends object>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (v === '' || v === false || (Array.isArray(v) && v.length === 0) ? undefined : v)),
  ) as T;
}
