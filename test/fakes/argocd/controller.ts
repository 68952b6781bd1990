import type { ControllerClock } from './clock.js';
import { GrpcCode, GrpcError } from './errors.js';
import { argoTime, fakeSha, type Application, type HealthStatus, type Operation, type ResourceResult } from './model.js';
import { kitchenTime, resolveScenario, type ResolvedScenario, type SyncScenario } from './scenario.js';
import { AppStore } from './store.js';

const WORKLOAD = (kind: string) => !['Service', 'ConfigMap', 'Secret', 'ServiceAccount'].includes(kind);
const REFRESH_ANNOTATION = 'argocd.argoproj.io/refresh';
const FULL_SHA = /^[0-9a-f]{40}$/;
// util/git/git.go `truncatedCommitSHARegex`: seven or more hex digits are taken for a commit.
const TRUNCATED_SHA = /^[0-9A-Fa-f]{7,}$/;

/** Per-app controller state that is not on the wire. */
interface Tracked {
  /** Commit(s) actually deployed, one per source: what a reconcile compares the freshly resolved target with. */
  live: string[];
  scenario: SyncScenario;
  /** Bumped by every new operation/termination: a scheduled step of an older epoch does nothing. */
  epoch: number;
}

/**
 * Simulates argocd-application-controller for the apps in the store (reference §2.1). The model, each part from
 * the upstream file named:
 * - controller/state.go `CompareAppState`: Synced means the live manifests equal the target's, the target being
 *   the source's `targetRevision` resolved afresh after an operation; `status.sync.revision` is that head, not what
 *   the operation synced. A commit that leaves an app's manifests alone (`commits` below) keeps it Synced.
 * - util/git/client.go `lsRemote`: a 40-hex SHA is used as-is; seven or more hex digits are taken for a truncated
 *   SHA and returned as given; anything else must be a known ref.
 * - controller/sync.go `SyncAppState`: the operation's (possibly truncated) revision becomes a full SHA in
 *   `syncResult.revision` once the manifests are generated.
 * - controller/appcontroller.go `processRequestedAppOperation`: failed attempts with retry budget stay Running with
 *   finishedAt and retryCount; `retry.refresh` clears the operation's revision(s) so the retry syncs the latest.
 */
export class FakeController {
  private readonly tracked = new Map<string, Tracked>();
  /** Commit → a key of the manifests it renders; commits with equal keys render the same manifests. */
  private readonly manifests = new Map<string, string>();

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

  /** A push: `ref` now points at `sha`; with `sameManifestsAs` the commit leaves this repo's manifests as that commit had them. */
  commit(ref: string, sha: string, sameManifestsAs?: string): void {
    if (sameManifestsAs) this.manifests.set(sha, this.manifestsOf(sameManifestsAs));
    this.revisions.set(ref, sha);
  }

  /**
   * A ref as the API server resolves it for a sync (server/application/application.go `resolveRevision` →
   * util/git/client.go `lsRemote`): 40-hex as-is, a truncated SHA as given, a ref through `revisions`.
   */
  resolveRevision(ref: string | undefined): string {
    const name = ref || 'HEAD';
    if (FULL_SHA.test(name) || TRUNCATED_SHA.test(name)) return name;
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
    const operation: Operation = { sync: { revision, source: app.spec.source }, initiatedBy, retry: app.spec.syncPolicy?.retry };
    this.store.update(app, (a) => {
      a.operation = operation;
      a.status.operationState = { operation: structuredClone(operation), phase: 'Running', startedAt: argoTime(this.clock.now()) };
    });
    this.runAttempt(app, epoch, 1, resolveScenario(scenario));
  }

  /** `DELETE .../operation` (rpc TerminateOperation): refused while the operation is only requested. */
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
      const revisions = this.syncedRevisions(app);
      if (!revisions) {
        // controller/sync.go: CompareAppState fails to generate manifests for a revision git does not have.
        return this.complete(app, epoch, 'Error', `ComparisonError: Failed to load target state: unable to resolve revision to a commit SHA`, [], scenario);
      }
      const failing = scenario.phase !== 'Succeeded' || attempt <= scenario.failedAttempts;
      if (!failing && scenario.hookMs > 0) return this.runHooks(app, epoch, revisions, scenario);
      if (!failing) return this.complete(app, epoch, 'Succeeded', scenario.message ?? 'successfully synced (all tasks run)', this.results(app, scenario, false), scenario, revisions);
      const results = this.results(app, scenario, true);
      const firstFailure = results.find((r) => r.status === 'SyncFailed');
      const message = scenario.message ?? `one or more objects failed to apply, reason: ${firstFailure?.message ?? 'unknown'}`;
      const retry = app.status.operationState?.operation.retry;
      const limit = retry?.limit ?? 0;
      if (limit < 0 || attempt <= limit) {
        // Argo CD keeps the operation, stays Running, stamps finishedAt and counts the retry (reference §2.1 step 3).
        this.store.update(app, (a) => {
          const state = a.status.operationState;
          if (!state) return;
          Object.assign(state, { finishedAt: argoTime(this.clock.now()), retryCount: attempt, syncResult: this.syncResult(a, results, revisions) });
          state.message = `${message}. Retrying attempt #${attempt} at ${kitchenTime(this.clock.now() + scenario.retryDelayMs)}.`;
        });
        this.clock.schedule(scenario.retryDelayMs, `${app.metadata.name}: retry ${attempt}`, () => {
          if (tracked.epoch !== epoch) return;
          this.store.update(app, (a) => {
            const state = a.status.operationState;
            if (!state) return;
            // `retry.refresh`: the pinned revision is dropped and the retry syncs the source's latest revision.
            if (state.operation.retry?.refresh) {
              delete state.operation.sync.revision;
              delete state.operation.sync.revisions;
            }
            delete state.finishedAt;
            delete state.syncResult;
            state.message = `Retrying operation${state.operation.retry?.refresh ? ' with latest revisions' : ''}. Attempt #${attempt}`;
          });
          this.runAttempt(app, epoch, attempt + 1, scenario);
        });
        return;
      }
      this.complete(app, epoch, scenario.phase === 'Succeeded' ? 'Failed' : scenario.phase, message, results, scenario, revisions);
    });
  }

  /**
   * A PostSync hook (gitops-engine sync_context.go): the resources are applied and the controller's reconciles
   * show them Synced and Healthy while the operation stays Running until the hook Job completes.
   */
  private runHooks(app: Application, epoch: number, revisions: string[], scenario: ResolvedScenario): void {
    const tracked = this.state(app);
    tracked.live = revisions;
    const hook: ResourceResult = {
      version: 'v1', group: 'batch', kind: 'Job', namespace: app.spec.destination.namespace, name: `${app.metadata.name}-post-sync`,
      status: 'Synced', hookType: 'PostSync', hookPhase: 'Running', message: 'job.batch/post-sync created', syncPhase: 'PostSync',
    };
    this.store.update(app, (a) => {
      const state = a.status.operationState;
      if (!state) return;
      state.message = `waiting for completion of hook batch/Job/${hook.name}`;
      state.syncResult = this.syncResult(a, [...this.results(a, scenario, false), hook], revisions);
      this.compare(a);
      this.applyHealth(a, scenario);
    });
    this.clock.schedule(scenario.hookMs, `${app.metadata.name}: hooks done`, () => {
      if (tracked.epoch !== epoch) return;
      const done = { ...hook, hookPhase: 'Succeeded', message: 'job completed' };
      this.complete(app, epoch, 'Succeeded', scenario.message ?? 'successfully synced (all tasks run)', [...this.results(app, scenario, false), done], scenario, revisions);
    });
  }

  private complete(app: Application, epoch: number, phase: 'Succeeded' | 'Failed' | 'Error', message: string, results: ResourceResult[], scenario: ResolvedScenario, revisions?: string[]): void {
    const operation = app.operation ?? app.status.operationState?.operation;
    const dryRun = operation?.sync.dryRun === true;
    this.store.update(app, (a) => {
      const state = a.status.operationState;
      if (!state) return;
      Object.assign(state, { phase, message, finishedAt: argoTime(this.clock.now()), syncResult: this.syncResult(a, results, revisions) });
      delete a.operation;
    });
    if (dryRun) return;
    const tracked = this.state(app);
    if (phase === 'Succeeded' && revisions) tracked.live = revisions;
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
      this.clock.schedule(scenario.progressingMs, `${app.metadata.name}: health ${scenario.degradedBlipMs > 0 ? 'Degraded (brief)' : scenario.health}`, () => {
        if (tracked.epoch !== epoch) return;
        if (scenario.degradedBlipMs === 0) return void this.store.update(app, (a) => this.applyHealth(a, scenario));
        // A rollout passes through Degraded (a new ReplicaSet's pods restarting) before it settles.
        this.store.update(app, (a) => this.applyHealth(a, { ...scenario, health: 'Degraded', healthMessage: 'Deployment has minimum availability pending: pods restarting' }));
        this.clock.schedule(scenario.degradedBlipMs, `${app.metadata.name}: health ${scenario.health}`, () => {
          if (tracked.epoch === epoch) this.store.update(app, (a) => this.applyHealth(a, scenario));
        });
      });
    });
  }

  private applyHealth(app: Application, scenario: Pick<ResolvedScenario, 'health' | 'healthMessage'>): void {
    const status: HealthStatus = scenario.health;
    const resourceMessage = (name: string) =>
      status === 'Degraded' ? (scenario.healthMessage ?? `Deployment "${name}" exceeded its progress deadline`) : undefined;
    app.status.health = { status, message: status === 'Healthy' ? undefined : scenario.healthMessage };
    for (const r of app.status.resources ?? []) if (WORKLOAD(r.kind)) r.health = { status, message: resourceMessage(r.name) };
  }

  /** A reconcile (controller/state.go `CompareAppState`): resolve the target afresh and compare manifests with live. */
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
    const scenario = resolveScenario(tracked.scenario);
    const extra = scenario.pruneSkipped.length > 0 || scenario.driftAfterSync;
    const inSync = !extra && target.length === tracked.live.length && target.every((sha, i) => this.manifestsOf(sha) === this.manifestsOf(tracked.live[i]));
    setSyncRevisions(app, target);
    app.status.sync.status = inSync ? 'Synced' : 'OutOfSync';
    for (const r of app.status.resources ?? []) r.status = inSync ? 'Synced' : 'OutOfSync';
  }

  /** The full SHAs the running attempt syncs: the operation's revision(s), expanded, or the targets when cleared. */
  private syncedRevisions(app: Application): string[] | undefined {
    const sync = app.status.operationState?.operation.sync;
    const targets = this.tryResolveTargets(app);
    const given = app.spec.sources ? sync?.revisions : sync?.revision ? [sync.revision] : undefined;
    if (!given?.length) return targets;
    const full = given.map((revision) => this.expand(revision));
    return full.every((sha): sha is string => sha !== undefined) ? full : undefined;
  }

  /** A truncated SHA becomes the one known commit it starts; undefined when git has none. */
  private expand(revision: string): string | undefined {
    if (FULL_SHA.test(revision)) return revision;
    const prefix = revision.toLowerCase();
    const known = [...new Set([...this.revisions.values(), ...this.manifests.keys(), ...[...this.tracked.values()].flatMap((t) => t.live)])];
    const matches = known.filter((sha) => sha.startsWith(prefix));
    return matches.length === 1 ? matches[0] : undefined;
  }

  private manifestsOf(sha: string): string {
    return this.manifests.get(sha) ?? sha;
  }

  private results(app: Application, scenario: ResolvedScenario, failing: boolean): ResourceResult[] {
    const fallback = app.status.resources?.slice(0, 1).map((r): { kind: string; name: string; message?: string } => ({ kind: r.kind, name: r.name }));
    const failed = failing ? (scenario.failedResources ?? fallback ?? []) : [];
    const selected = app.status.operationState?.operation.sync.resources as { kind?: string; name?: string }[] | undefined;
    const synced: ResourceResult[] = (app.status.resources ?? [])
      .filter((r) => !selected?.length || selected.some((s) => s.kind === r.kind && s.name === r.name))
      .map((r) => {
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

  private syncResult(app: Application, resources: ResourceResult[], revisions?: string[]) {
    const sync = app.operation?.sync ?? app.status.operationState?.operation.sync;
    const multi = Boolean(app.spec.sources);
    return {
      revision: multi ? undefined : (revisions?.[0] ?? sync?.revision),
      revisions: multi ? (revisions ?? sync?.revisions) : undefined,
      resources, source: app.spec.source, sources: app.spec.sources,
    };
  }

  private tryResolveTargets(app: Application): string[] | undefined {
    try {
      return (app.spec.sources ?? [app.spec.source]).map((s) => this.expand(this.resolveRevision(s?.targetRevision)) ?? '').map((sha) => {
        if (!sha) throw new Error('unresolvable');
        return sha;
      });
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
