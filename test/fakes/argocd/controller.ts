import type { ControllerClock } from './clock.js';
import { GrpcCode, GrpcError } from './errors.js';
import { argoTime, fakeSha, type Application, type HealthStatus, type Operation, type ResourceResult } from './model.js';
import { kitchenTime, resolveScenario, type ResolvedScenario, type SyncScenario } from './scenario.js';
import { AppStore } from './store.js';

const WORKLOAD = (kind: string) => !['Service', 'ConfigMap', 'Secret', 'ServiceAccount'].includes(kind);
const REFRESH_ANNOTATION = 'argocd.argoproj.io/refresh';

/** Per-app controller state that is not on the wire. */
interface Tracked {
  /** Revision(s) actually deployed: what a reconcile compares the resolved target with. */
  live: string[];
  scenario: SyncScenario;
  /** Bumped by every new operation/termination: a scheduled step of an older epoch does nothing. */
  epoch: number;
}

/** Simulates argocd-application-controller for the apps in the store (reference §2.1). */
export class FakeController {
  private readonly tracked = new Map<string, Tracked>();

  constructor(
    private readonly store: AppStore,
    private readonly clock: ControllerClock,
    /** Git refs (branch/tag/HEAD) → 40-hex SHA; mutable, so a test can "push". */
    readonly revisions: Map<string, string>,
  ) {}

  /** Starts tracking a new app; `syncedRevision` is what is deployed (default: the target if Synced). */
  track(app: Application, syncedRevision: string | undefined, scenario: SyncScenario = {}): void {
    const resolved = this.tryResolveTargets(app);
    const synced = app.status.sync.status === 'Synced';
    const live = syncedRevision ? [syncedRevision] : synced && resolved ? resolved : [fakeSha(`previous:${app.metadata.name}`)];
    this.tracked.set(this.key(app), { live, scenario, epoch: 0 });
    setSyncRevisions(app, resolved ?? live);
  }

  setScenario(app: Application, scenario: SyncScenario): void {
    this.state(app).scenario = scenario;
  }

  /** A ref as the repo-server resolves it: 40-hex SHAs as-is, others through the `revisions` table. */
  resolveRevision(ref: string | undefined): string {
    const name = ref || 'HEAD';
    if (/^[0-9a-f]{40}$/.test(name)) return name;
    const sha = this.revisions.get(name);
    if (!sha) {
      throw new GrpcError(
        GrpcCode.FailedPrecondition,
        `error resolving repo revision: rpc error: code = Unknown desc = unable to resolve '${name}' to a commit SHA`,
      );
    }
    return sha;
  }

  /** `POST .../sync` after validation: sets `operation`, nulls `operationState` (`argo.SetAppOperation`). */
  requestSync(app: Application, operation: Operation): void {
    if (app.operation) throw new GrpcError(GrpcCode.FailedPrecondition, 'another operation is already in progress');
    const tracked = this.state(app);
    const epoch = ++tracked.epoch;
    this.store.update(app, (a) => {
      a.operation = operation;
      delete a.status.operationState;
    });
    const scenario = resolveScenario(tracked.scenario);
    this.clock.schedule(scenario.pickupMs, `${app.metadata.name}: operation Running`, () => {
      if (tracked.epoch !== epoch) return;
      this.store.update(app, (a) => {
        a.status.operationState = { operation: structuredClone(operation), phase: 'Running', startedAt: argoTime(this.clock.now()) };
      });
      this.runAttempt(app, epoch, 1, scenario);
    });
  }

  /** An operation started "by someone else" (auto-sync by default): already Running when this returns. */
  startForeignOperation(app: Application, revision: string, scenario: SyncScenario, initiatedBy: Operation['initiatedBy']): void {
    if (app.operation) throw new Error(`fake Argo CD: ${app.metadata.name} already has an operation`);
    const tracked = this.state(app);
    tracked.scenario = scenario;
    const epoch = ++tracked.epoch;
    const operation: Operation = { sync: { revision, source: app.spec.source }, initiatedBy };
    this.store.update(app, (a) => {
      a.operation = operation;
      a.status.operationState = { operation: structuredClone(operation), phase: 'Running', startedAt: argoTime(this.clock.now()) };
    });
    this.runAttempt(app, epoch, 1, resolveScenario(scenario));
  }

  /** `DELETE .../operation` (rpc TerminateOperation). */
  terminate(app: Application): void {
    if (!app.operation || !app.status.operationState) {
      throw new GrpcError(GrpcCode.InvalidArgument, 'Unable to terminate operation. No operation is in progress');
    }
    const tracked = this.state(app);
    const epoch = ++tracked.epoch;
    this.store.update(app, (a) => {
      if (a.status.operationState) a.status.operationState.phase = 'Terminating';
    });
    const scenario = resolveScenario(tracked.scenario);
    this.clock.schedule(scenario.terminateMs, `${app.metadata.name}: terminated`, () => {
      if (tracked.epoch === epoch) this.complete(app, epoch, 'Failed', 'Operation terminated', [], scenario);
    });
  }

  /** `GET ...?refresh=`: annotate, and resolve once the controller has reconciled (the call blocks until then). */
  refresh(app: Application, hard: boolean, delayMs: number): Promise<void> {
    this.store.update(app, (a) => {
      a.metadata.annotations = { ...a.metadata.annotations, [REFRESH_ANNOTATION]: hard ? 'hard' : 'normal' };
    });
    return new Promise((resolve) => {
      this.clock.schedule(delayMs, `${app.metadata.name}: ${hard ? 'hard ' : ''}refresh`, () => {
        this.store.update(app, (a) => {
          delete a.metadata.annotations?.[REFRESH_ANNOTATION];
          if (a.metadata.annotations && Object.keys(a.metadata.annotations).length === 0) delete a.metadata.annotations;
          this.compare(a);
        });
        resolve();
      });
    });
  }

  private runAttempt(app: Application, epoch: number, attempt: number, scenario: ResolvedScenario): void {
    const tracked = this.state(app);
    this.clock.schedule(scenario.runningMs, `${app.metadata.name}: finish attempt ${attempt}`, () => {
      if (tracked.epoch !== epoch) return;
      const failing = scenario.phase !== 'Succeeded' || attempt <= scenario.failedAttempts;
      if (!failing) return this.complete(app, epoch, 'Succeeded', scenario.message ?? 'successfully synced (all tasks run)', this.results(app, scenario, false), scenario);
      const results = this.results(app, scenario, true);
      const firstFailure = results.find((r) => r.status === 'SyncFailed');
      const message = scenario.message ?? `one or more objects failed to apply, reason: ${firstFailure?.message ?? 'unknown'}`;
      const limit = app.operation?.retry?.limit ?? 0;
      if (limit < 0 || attempt <= limit) {
        // Argo CD keeps the operation, stays Running, stamps finishedAt and counts the retry (reference §2.1 step 3).
        this.store.update(app, (a) => {
          const state = a.status.operationState;
          if (!state) return;
          Object.assign(state, { finishedAt: argoTime(this.clock.now()), retryCount: attempt, syncResult: this.syncResult(a, results) });
          state.message = `${message}. Retrying attempt #${attempt} at ${kitchenTime(this.clock.now() + scenario.retryDelayMs)}.`;
        });
        this.clock.schedule(scenario.retryDelayMs, `${app.metadata.name}: retry ${attempt}`, () => {
          if (tracked.epoch !== epoch) return;
          this.store.update(app, (a) => {
            const state = a.status.operationState;
            if (!state) return;
            delete state.finishedAt;
            delete state.syncResult;
            delete state.message;
          });
          this.runAttempt(app, epoch, attempt + 1, scenario);
        });
        return;
      }
      this.complete(app, epoch, scenario.phase === 'Succeeded' ? 'Failed' : scenario.phase, message, results, scenario);
    });
  }

  private complete(app: Application, epoch: number, phase: 'Succeeded' | 'Failed' | 'Error', message: string, results: ResourceResult[], scenario: ResolvedScenario): void {
    const operation = app.operation ?? app.status.operationState?.operation;
    const dryRun = operation?.sync.dryRun === true;
    this.store.update(app, (a) => {
      const state = a.status.operationState;
      if (!state) return;
      Object.assign(state, { phase, message, finishedAt: argoTime(this.clock.now()), syncResult: this.syncResult(a, results) });
      delete a.operation;
    });
    if (dryRun) return;
    const tracked = this.state(app);
    if (phase === 'Succeeded') tracked.live = operation?.sync.revisions ?? [operation?.sync.revision ?? ''];
    this.clock.schedule(scenario.reconcileMs, `${app.metadata.name}: reconcile`, () => {
      const succeeded = phase === 'Succeeded';
      this.store.update(app, (a) => {
        this.compare(a);
        if (!succeeded) return;
        for (const r of a.status.resources ?? []) if (WORKLOAD(r.kind) && scenario.progressingMs > 0) r.health = { status: 'Progressing' };
        if (scenario.progressingMs > 0) a.status.health = { status: 'Progressing' };
        else this.applyHealth(a, scenario);
      });
      if (!succeeded || scenario.progressingMs === 0) return;
      this.clock.schedule(scenario.progressingMs, `${app.metadata.name}: health ${scenario.health}`, () => {
        if (tracked.epoch === epoch) this.store.update(app, (a) => this.applyHealth(a, scenario));
      });
    });
  }

  private applyHealth(app: Application, scenario: ResolvedScenario): void {
    const status: HealthStatus = scenario.health;
    const resourceMessage = (name: string) =>
      status === 'Degraded' ? (scenario.healthMessage ?? `Deployment "${name}" exceeded its progress deadline`) : undefined;
    app.status.health = { status, message: status === 'Healthy' ? undefined : scenario.healthMessage };
    for (const r of app.status.resources ?? []) if (WORKLOAD(r.kind)) r.health = { status, message: resourceMessage(r.name) };
  }

  /** A reconcile: resolve the target afresh (refreshes bypass the revision cache) and compare with live. */
  private compare(app: Application): void {
    const tracked = this.state(app);
    app.status.reconciledAt = argoTime(this.clock.now());
    const target = this.tryResolveTargets(app);
    if (!target) {
      app.status.sync = { status: 'Unknown' };
      app.status.conditions = [{ type: 'ComparisonError', message: 'Failed to load target state: unable to resolve revision' }];
      return;
    }
    delete app.status.conditions;
    const extra = resolveScenario(tracked.scenario).pruneSkipped.length > 0;
    const inSync = !extra && target.join() === tracked.live.join();
    setSyncRevisions(app, target);
    app.status.sync.status = inSync ? 'Synced' : 'OutOfSync';
    for (const r of app.status.resources ?? []) r.status = inSync ? 'Synced' : 'OutOfSync';
  }

  private results(app: Application, scenario: ResolvedScenario, failing: boolean): ResourceResult[] {
    const fallback = app.status.resources?.slice(0, 1).map((r): { kind: string; name: string; message?: string } => ({ kind: r.kind, name: r.name }));
    const failed = failing ? (scenario.failedResources ?? fallback ?? []) : [];
    const synced: ResourceResult[] = (app.status.resources ?? []).map((r) => {
      const failure = failed.find((f) => f.kind === r.kind && f.name === r.name);
      const kindGroup = `${r.kind.toLowerCase()}${r.group ? `.${r.group}` : ''}`;
      return {
        group: r.group, version: r.version, kind: r.kind, namespace: r.namespace, name: r.name, images: r.images, syncPhase: 'Sync',
        status: failure ? 'SyncFailed' : 'Synced',
        hookPhase: failure ? 'Failed' : 'Running',
        message: failure ? (failure.message ?? `${r.kind}.${r.group ?? ''} "${r.name}" is invalid: spec.template.spec.containers[0].image: Required value`) : `${kindGroup}/${r.name} configured`,
      };
    });
    const skipped: ResourceResult[] = scenario.pruneSkipped.map((p) => ({
      group: p.group, version: 'v1', kind: p.kind, namespace: app.spec.destination.namespace, name: p.name,
      status: 'PruneSkipped', message: 'ignored (requires pruning)', syncPhase: 'Sync',
    }));
    return [...synced, ...skipped];
  }

  private syncResult(app: Application, resources: ResourceResult[]) {
    const sync = app.operation?.sync ?? app.status.operationState?.operation.sync;
    return { revision: sync?.revision, revisions: sync?.revisions, resources, source: app.spec.source, sources: app.spec.sources };
  }

  private tryResolveTargets(app: Application): string[] | undefined {
    try {
      return (app.spec.sources ?? [app.spec.source]).map((s) => this.resolveRevision(s?.targetRevision));
    } catch {
      return undefined;
    }
  }

  private state(app: Application): Tracked {
    const tracked = this.tracked.get(this.key(app));
    if (!tracked) throw new Error(`fake Argo CD: untracked app ${app.metadata.name}`);
    return tracked;
  }

  private key(app: Application): string {
    return AppStore.key(app.metadata.name, app.metadata.namespace);
  }
}

function setSyncRevisions(app: Application, revisions: string[]): void {
  if (app.spec.sources) app.status.sync.revisions = revisions;
  else app.status.sync.revision = revisions[0];
}
