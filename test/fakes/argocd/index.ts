/**
 * A fake Argo CD v3.5.1 API server for tests (modelled on the Argo CD API notes the project keeps beside it, argocd-api.md §0–§4 and §7; tests read only the vendored swagger in upstream/).
 *
 *   const argo = await startFakeArgocd({ apps: [{ name: 'demo' }], revisions: { main: sha } });
 *   fetch(`${argo.url}/api/v1/applications/demo`, { headers: { Authorization: `Bearer ${argo.token}` } });
 *   ...; await argo.stop();
 *
 * Wire behaviour (as Argo CD's grpc-gateway): JSON with Go `omitempty` (false/empty fields absent), int64 as
 * numbers, times RFC3339 at second precision; unary errors `{"error","code","message"}` with HTTP status from
 * the gRPC code; non-GET requests need `Content-Type` exactly `application/json` (else 415 text/plain
 * "Invalid content type"); unknown /api path → 404 text/plain "Not Found", wrong method → 405 text/plain
 * "Method Not Allowed"; non-/api paths → 200 HTML (the UI); outside `rootPath` → 404 "404 page not found".
 *
 * STRICTER than Argo CD, on purpose: a query parameter the operation does not declare, or a body field/type the
 * swagger schema does not have, is rejected with 400 code 3 (`json: unknown field "x"`, `unknown query
 * parameter "x" ...`) and recorded in `specViolations` (so are 404/405/415s). Real Argo CD silently ignores
 * these; a client test should assert `argo.specViolations` is empty. Wire corrections applied to the swagger:
 * `strategy.hook` is `{force}` (inline), int64 fields are JSON numbers. Sync's body is `*`: `appNamespace` and
 * `project` must be in the body (a query string on sync is a violation).
 *
 * Auth: `Authorization: Bearer <a.b.c>` (case-sensitive prefix, 3-part token, else ignored), cookie
 * `argocd.token` (plain or split), or `Grpc-Metadata-Token`. No token → 401 code 16 "no session information";
 * unknown → "invalid session: token signature is invalid: signature is invalid"; expired → "invalid session:
 * token has invalid claims: token is expired". `GET /api/version` and `/api/v1/session/userinfo` never 401
 * (anonymous `{"Version"}` / `{}`). `POST /api/v1/session {username,password}` → `{token}` + Set-Cookie.
 * RBAC: without `project`, a missing/forbidden app → 403 code 7 "permission denied"; with `project` (query
 * for GET/DELETE, body for sync) → 404 code 5 `applications.argoproj.io "x" not found`. A token with
 * `canSync:false` → 403 "permission denied: applications, sync, PROJ/APP, sub: S, iat: T".
 *
 * Endpoints: GET /api/version; POST|DELETE /api/v1/session; GET /api/v1/session/userinfo;
 * GET /api/v1/applications (name, selector, projects|project, appNamespace, repo); GET /api/v1/applications/{name}
 * (appNamespace, project|projects (≤1), refresh=normal|hard: blocks until the controller reconciled);
 * POST .../{name}/sync; DELETE .../{name}/operation; GET .../{name}/syncwindows;
 * GET .../{applicationName}/resource-tree; GET /api/v1/stream/applications (see stream.ts). Other swagger
 * operations → 501 code 12.
 *
 * Controller (per app, `SyncScenario` in scenario.ts): sync sets `operation` (revision resolved through
 * `revisions`; 40-hex as-is; unknown ref → 400 code 9 "error resolving repo revision: ...") and removes
 * `status.operationState`; a second sync while `operation` is set → 400 code 9 "another operation is already
 * in progress". Then: pickupMs → operationState Running (startedAt) → runningMs → Succeeded|Failed|Error
 * (finishedAt, syncResult {revision, resources[]}, `operation` removed; failed attempts with `retry.limit`
 * stay Running with finishedAt+retryCount) → reconcileMs → reconciledAt, status.sync (Synced iff the resolved
 * target equals what was deployed), health Progressing → progressingMs → Healthy|Degraded|Suspended|Missing.
 * `clock: 'manual'` queues these steps for `advance()`/`runAll()` and uses a virtual clock for timestamps.
 *
 * The real controller's model (controller.ts cites the upstream file of each): Synced means the live manifests
 * equal those of the target resolved afresh, so `setRevision(ref, sha, { sameManifestsAs })` (an unrelated
 * commit) keeps an app Synced while `status.sync.revision` moves; truncated SHAs (7+ hex) are accepted as given
 * and become full SHAs in `syncResult`; a sync inherits `spec.syncPolicy.retry` and `retry.refresh` clears the
 * operation's revision on retry; `hookMs` keeps the operation Running while the app already shows Synced and
 * Healthy; `degradedBlipMs` passes health through Degraded; `repoServerDownSyncs` answers syncs 400 code 9
 * wrapping Unavailable; failure bursts of 403 (a Kubernetes read error) and 5xx, before or after the request was
 * handled; a bad `selector` is HTTP 500 code 2; a stream 401 is SSE-framed for an SSE client; a `not-found`
 * stream fault is a proxy that does not route the stream path.
 */
import { TokenRegistry, type TokenGrant } from './auth.js';
import { ControllerClock, type ClockMode } from './clock.js';
import { FakeController } from './controller.js';
import { fakeSha, type AppSeed, type Application, type Operation } from './model.js';
import type { SyncScenario } from './scenario.js';
import { listen, type Behaviour, type FakeTls, type RecordedRequest, type SpecViolation } from './server.js';
import { SwaggerIndex } from './spec.js';
import { AppStore } from './store.js';

export type { AppSeed, Application, Operation } from './model.js';
export type { SyncScenario } from './scenario.js';
export type { TokenGrant } from './auth.js';
export type { Behaviour, RecordedRequest, SpecViolation } from './server.js';
export { fakeSha } from './model.js';
export { ARGOCD_VERSION } from './handlers.js';

export interface FakeArgocdOptions {
  /** Apps to create, each optionally with the scenario its syncs play out. */
  apps?: (AppSeed & { scenario?: SyncScenario })[];
  /** Git refs → SHA for revision resolution. `HEAD` defaults to `fakeSha('HEAD')`. */
  revisions?: Record<string, string>;
  /** Extra tokens; `token` may be given (must be `a.b.c`), else one is issued. The default admin token is always there. */
  tokens?: (TokenGrant & { token?: string })[];
  /** Accounts for `POST /api/v1/session` (default `{ admin: 'password' }`). */
  users?: Record<string, string>;
  /** PEM file paths (e.g. from test/harness/tls.ts `createTestCa`): serve HTTPS; with `clientCa`, require a client certificate. */
  tls?: FakeTls;
  /** Argo CD `--rootpath`, e.g. `/argocd` (then `url` ends with it). */
  rootPath?: string;
  clock?: ClockMode;
  /** The control-plane namespace (default `argocd`). */
  defaultNamespace?: string;
  behaviour?: Partial<Behaviour>;
}

/** Test-side control of one Application. */
export interface FakeAppControl {
  readonly name: string;
  readonly namespace: string;
  /** The app's current wire JSON (a copy). */
  get(): Application;
  /** How this app's next operations play out (replaces the previous scenario). */
  setScenario(scenario: SyncScenario): void;
  /** An operation started by someone else (default: auto-sync, `initiatedBy.automated`), already Running. */
  startForeignOperation(options?: { revision?: string; scenario?: SyncScenario; initiatedBy?: Operation['initiatedBy'] }): void;
  /** A raw write (bumps resourceVersion, notifies watchers), e.g. to change `spec.source.targetRevision`. */
  update(change: (app: Application) => void): void;
  /** Sync windows deny syncs: sync → 403 "cannot sync: blocked by sync window", syncwindows canSync absent. */
  blockSyncWindow(blocked: boolean): void;
  delete(): void;
}

export interface FakeArgocd {
  /** Base URL: `http(s)://127.0.0.1:<port>[rootPath]`; append `/api/...`. */
  readonly url: string;
  /** A valid admin token (subject `admin`, all projects, may sync). */
  readonly token: string;
  /** The tokens of `options.tokens`, in the same order. */
  readonly extraTokens: string[];
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[];
  readonly specViolations: SpecViolation[];
  readonly behaviour: Behaviour;
  app(name: string, namespace?: string): FakeAppControl;
  addApp(seed: AppSeed & { scenario?: SyncScenario }): FakeAppControl;
  /** Merges into the current behaviour (e.g. `{ failures: [{ count: 3 }] }`, `{ stream: { mode: 'drop', afterEvents: 2 } }`). */
  setBehaviour(change: Partial<Behaviour>): void;
  /**
   * "Push" to git: `ref` now resolves to `sha` (seen by the next sync or refresh). With `sameManifestsAs` the
   * commit changes other paths only: it renders the same manifests as that commit (an unrelated commit).
   */
  setRevision(ref: string, sha: string, options?: { sameManifestsAs?: string }): void;
  issueToken(grant: TokenGrant): string;
  /** The token now gets 401 "invalid session: token has invalid claims: token is expired". */
  expireToken(token: string): void;
  /** Manual clock: run the next controller step, or all steps due within `ms`. Returns their labels. */
  advance(ms?: number): string[];
  /** Manual clock: run steps until none is left. */
  runAll(): string[];
  pendingSteps(): string[];
  stop(): Promise<void>;
}

let swaggerCache: SwaggerIndex | undefined;

export async function startFakeArgocd(options: FakeArgocdOptions = {}): Promise<FakeArgocd> {
  swaggerCache ??= SwaggerIndex.load();
  const clock = new ControllerClock(options.clock ?? 'auto');
  const store = new AppStore(() => clock.now(), options.defaultNamespace ?? 'argocd');
  const revisions = new Map(Object.entries({ HEAD: fakeSha('HEAD'), ...options.revisions }));
  const controller = new FakeController(store, clock, revisions);
  const tokens = new TokenRegistry();
  const token = tokens.issue({ subject: 'admin' });
  const extraTokens = (options.tokens ?? []).map((t) => (t.token ? tokens.register(t.token, t) : tokens.issue(t)));
  const behaviour: Behaviour = { failures: [], refreshDelayMs: 30, hardRefreshDelayMs: 30, sseKeepaliveMs: 15_000, rejectSpecViolations: true, repoServerDownSyncs: 0, ...options.behaviour };
  const blockedWindows = new Set<Application>();
  const requests: RecordedRequest[] = [];
  const specViolations: SpecViolation[] = [];
  const openStreams = new Set<() => void>();
  const rootPath = (options.rootPath ?? '').replace(/\/+$/, '');

  const { server, url } = await listen(
    {
      spec: swaggerCache, tokens, rootPath, behaviour, requests, specViolations, openStreams,
      parts: {
        store, controller, tokens, users: options.users ?? { admin: 'password' }, tls: options.tls !== undefined,
        refreshDelayMs: (hard) => (hard ? behaviour.hardRefreshDelayMs : behaviour.refreshDelayMs),
        syncWindowBlocked: (app) => blockedWindows.has(app),
        repoServerDown: () => behaviour.repoServerDownSyncs > 0 && behaviour.repoServerDownSyncs-- > 0,
      },
    },
    options.tls,
  );

  const control = (app: Application): FakeAppControl => ({
    name: app.metadata.name,
    namespace: app.metadata.namespace,
    get: () => store.snapshot(app),
    setScenario: (scenario) => controller.setScenario(app, scenario),
    startForeignOperation: (o = {}) =>
      controller.startForeignOperation(app, controller.resolveRevision(o.revision ?? app.spec.source?.targetRevision), o.scenario ?? {}, o.initiatedBy ?? { automated: true }),
    update: (change) => void store.update(app, change),
    blockSyncWindow: (blocked) => void (blocked ? blockedWindows.add(app) : blockedWindows.delete(app)),
    delete: () => store.remove(app),
  });
  const addApp = (seed: AppSeed & { scenario?: SyncScenario }) => {
    const app = store.add(seed);
    controller.track(app, seed.syncedRevision, seed.scenario);
    return control(app);
  };
  for (const seed of options.apps ?? []) addApp(seed);

  return {
    url,
    token,
    extraTokens,
    requests,
    specViolations,
    behaviour,
    app: (name, namespace) => {
      const app = store.get(name, namespace);
      if (!app) throw new Error(`fake Argo CD has no app ${namespace ?? store.defaultNamespace}/${name}`);
      return control(app);
    },
    addApp,
    setBehaviour: (change) => void Object.assign(behaviour, change),
    setRevision: (ref, sha, o) => controller.commit(ref, sha, o?.sameManifestsAs),
    issueToken: (grant) => tokens.issue(grant),
    expireToken: (t) => tokens.expire(t),
    advance: (ms) => clock.advance(ms),
    runAll: () => clock.runAll(),
    pendingSteps: () => clock.pending(),
    stop: async () => {
      clock.stop();
      for (const close of openStreams) close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
