import type { IncomingMessage } from 'node:http';
import { canGet, enforceSync, findApp, matchesSelector } from './access.js';
import type { Session, TokenRegistry } from './auth.js';
import type { FakeController } from './controller.js';
import { GrpcCode, GrpcError } from './errors.js';
import { toWire, type Application, type Operation } from './model.js';
import type { AppStore } from './store.js';

export const ARGOCD_VERSION = 'v3.5.1+109ca7c';

/** What a unary handler returns: the JSON body and optional extra headers. */
export interface UnaryResult {
  body: unknown;
  headers?: Record<string, string>;
}

export interface HandlerContext {
  req: IncomingMessage;
  query: URLSearchParams;
  pathParams: Record<string, string>;
  body: Record<string, unknown>;
  session: () => Session;
}

export interface ServerParts {
  store: AppStore;
  controller: FakeController;
  tokens: TokenRegistry;
  users: Record<string, string>;
  tls: boolean;
  refreshDelayMs: (hard: boolean) => number;
  syncWindowBlocked: (app: Application) => boolean;
  /** True while the repo-server is down: revision resolution fails with Unavailable (decrements a counter). */
  repoServerDown: () => boolean;
}

type Handler = (ctx: HandlerContext, parts: ServerParts) => UnaryResult | Promise<UnaryResult>;

/** ApplicationQuery: `project` (legacy, repeated) wins over `projects`; Get accepts at most one. */
function singleProject(query: URLSearchParams): string | undefined {
  const projects = query.getAll('project').length > 0 ? query.getAll('project') : query.getAll('projects');
  if (projects.length > 1) {
    throw new GrpcError(GrpcCode.InvalidArgument, 'multiple projects specified - the get endpoint accepts either zero or one project');
  }
  return projects[0];
}

export const HANDLERS: Record<string, Handler> = {
  VersionService_Version: ({ req }, { tokens }) => {
    if (!tokens.tryAuthenticate(req)) return { body: { Version: ARGOCD_VERSION } };
    return {
      body: {
        Version: ARGOCD_VERSION, BuildDate: '2026-08-12T09:41:07Z', GitCommit: '109ca7ca71139e514114499d294a492e7910a965',
        GitTag: 'v3.5.1', GitTreeState: 'clean', GoVersion: 'go1.25.1', Compiler: 'gc', Platform: 'linux/amd64',
        KustomizeVersion: 'v5.7.1', HelmVersion: 'v3.18.6', KubectlVersion: 'v0.34.0', JsonnetVersion: 'v0.21.0',
      },
    };
  },

  SessionService_Create: ({ body }, { tokens, users, tls }) => {
    if (body.token) throw new GrpcError(GrpcCode.Unauthenticated, 'token-based session creation no longer supported');
    const username = typeof body.username === 'string' ? body.username : '';
    const password = typeof body.password === 'string' ? body.password : '';
    if (!username || !password) throw new GrpcError(GrpcCode.Unauthenticated, 'no credentials supplied');
    if (users[username] !== password) throw new GrpcError(GrpcCode.Unauthenticated, 'Invalid username or password');
    const token = tokens.issue({ subject: username, expiresAt: Date.now() + 24 * 3600_000 });
    const cookie = `argocd.token=${token}; path=/; SameSite=lax; httpOnly${tls ? '; Secure' : ''}`;
    return { body: { token }, headers: { 'Set-Cookie': cookie } };
  },

  SessionService_Delete: () => ({ body: {}, headers: { 'Set-Cookie': 'argocd.token=; path=/; Max-Age=0' } }),

  SessionService_GetUserInfo: ({ req }, { tokens }) => {
    const session = tokens.tryAuthenticate(req);
    if (!session) return { body: {} };
    return { body: { loggedIn: true, username: session.subject, iss: 'argocd', ...(session.groups?.length ? { groups: session.groups } : {}) } };
  },

  ApplicationService_List: ({ query, session }, { store }) => {
    const who = session();
    const selector = query.get('selector') ?? '';
    // server/application/application.go `List`: a selector labels.Parse rejects is a plain Go error, so gRPC
    // Unknown and HTTP 500, not InvalidArgument.
    if (selector && !validSelector(selector)) {
      throw new GrpcError(GrpcCode.Unknown, `error parsing the selector: unable to parse requirement: found '${selector}', expected: ',', '=', '!=', '==', 'in', 'notin'`);
    }
    const projects = query.getAll('project').length > 0 ? query.getAll('project') : query.getAll('projects');
    const items = store
      .all()
      .filter((a) => canGet(who, a.spec.project))
      .filter((a) => !query.get('name') || a.metadata.name === query.get('name'))
      .filter((a) => !query.get('appNamespace') || a.metadata.namespace === query.get('appNamespace'))
      .filter((a) => projects.length === 0 || projects.includes(a.spec.project))
      .filter((a) => !query.get('selector') || matchesSelector(a.metadata.labels, query.get('selector') ?? ''))
      .filter((a) => !query.get('repo') || (a.spec.sources ?? [a.spec.source]).some((s) => s?.repoURL === query.get('repo')))
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
      .map((a) => store.snapshot(a));
    return { body: { metadata: { resourceVersion: store.currentResourceVersion() }, items } };
  },

  ApplicationService_Get: async ({ query, pathParams, session }, parts) => {
    const app = findApp(parts.store, session(), pathParams.name ?? '', query.get('appNamespace') ?? undefined, singleProject(query));
    const refresh = query.get('refresh');
    if (refresh !== null) {
      const hard = refresh === 'hard';
      await parts.controller.refresh(app, hard, parts.refreshDelayMs(hard));
    }
    return { body: parts.store.snapshot(app) };
  },

  ApplicationService_Sync: ({ body, pathParams, session }, parts) => {
    const who = session();
    const name = pathParams.name ?? '';
    // The body is `*`: appNamespace/project come from the body, and the path's name wins over the body's.
    const app = findApp(parts.store, who, name, str(body.appNamespace), str(body.project));
    if (parts.syncWindowBlocked(app)) throw new GrpcError(GrpcCode.PermissionDenied, 'cannot sync: blocked by sync window');
    enforceSync(who, app);
    const revision = str(body.revision);
    const target = app.spec.source?.targetRevision ?? 'HEAD';
    if (revision && app.spec.syncPolicy?.automated && body.dryRun !== true && revision !== target) {
      throw new GrpcError(GrpcCode.FailedPrecondition, `Cannot sync to ${revision}: auto-sync currently set to ${target}`);
    }
    // server/application/application.go `resolveRevision`: repo-server errors (an outage included) are wrapped as
    // FailedPrecondition "error resolving repo revision: …", so a 400 code 9 carrying the inner Unavailable.
    if (parts.repoServerDown()) {
      throw new GrpcError(
        GrpcCode.FailedPrecondition,
        'error resolving repo revision: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.0.12:8081: connect: connection refused"',
      );
    }
    const operation: Operation = {
      sync: {
        ...resolveSyncRevisions(app, body, parts.controller),
        prune: body.prune === true,
        dryRun: body.dryRun === true,
        syncStrategy: body.strategy,
        resources: Array.isArray(body.resources) ? body.resources : undefined,
        syncOptions: (body.syncOptions as { items?: string[] } | undefined)?.items,
        source: app.spec.source,
        sources: app.spec.sources,
      },
      initiatedBy: { username: who.subject },
      info: body.infos as Operation['info'],
      // `Sync`: the request's retryStrategy, else the app's own `spec.syncPolicy.retry`.
      retry: (body.retryStrategy as Operation['retry']) ?? app.spec.syncPolicy?.retry,
    };
    parts.controller.requestSync(app, operation);
    return { body: parts.store.snapshot(app) };
  },

  ApplicationService_TerminateOperation: ({ query, pathParams, session }, parts) => {
    const who = session();
    const app = findApp(parts.store, who, pathParams.name ?? '', query.get('appNamespace') ?? undefined, query.get('project') ?? undefined);
    enforceSync(who, app);
    parts.controller.terminate(app);
    return { body: {} };
  },

  ApplicationService_GetApplicationSyncWindows: ({ query, pathParams, session }, parts) => {
    const app = findApp(parts.store, session(), pathParams.name ?? '', query.get('appNamespace') ?? undefined, query.get('project') ?? undefined);
    if (!parts.syncWindowBlocked(app)) return { body: { canSync: true } };
    const window = { kind: 'deny', schedule: '0 0 * * *', duration: '24h', manualSync: false };
    return { body: { activeWindows: [window], assignedWindows: [window] } };
  },

  ApplicationService_ResourceTree: ({ query, pathParams, session }, parts) => {
    const app = findApp(parts.store, session(), pathParams.applicationName ?? '', query.get('appNamespace') ?? undefined, query.get('project') ?? undefined);
    const nodes = (app.status.resources ?? []).map((r) => ({
      group: r.group, version: r.version, kind: r.kind, namespace: r.namespace, name: r.name,
      uid: `${app.metadata.uid.slice(0, 24)}${r.name.padEnd(12, '0').slice(0, 12)}`,
      resourceVersion: app.metadata.resourceVersion,
      health: r.health, images: r.images, createdAt: app.metadata.creationTimestamp,
    }));
    return { body: toWire({ nodes }) };
  },
};

/** What k8s.io/apimachinery labels.Parse accepts, in the subset `matchesSelector` evaluates. */
function validSelector(selector: string): boolean {
  const key = String.raw`[A-Za-z0-9]([A-Za-z0-9._/-]*[A-Za-z0-9])?`;
  const value = String.raw`([A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?)?`;
  const term = new RegExp(String.raw`^\s*(!?${key}|${key}\s*(=|==|!=)\s*${value}|${key}\s+(in|notin)\s+\(\s*${value}(\s*,\s*${value})*\s*\))\s*$`);
  const terms = selector.match(/[^,(]+(\([^)]*\))?/g) ?? [];
  return terms.join(',').length === selector.length && terms.every((t) => term.test(t));
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Single source: `revision` or the target. Multi-source: `revisions` at 1-based `sourcePositions`, else targets. */
function resolveSyncRevisions(app: Application, body: Record<string, unknown>, controller: FakeController): { revision?: string; revisions?: string[] } {
  if (!app.spec.sources) return { revision: controller.resolveRevision(str(body.revision) ?? app.spec.source?.targetRevision) };
  const overrides = new Map<number, string>();
  const positions = Array.isArray(body.sourcePositions) ? (body.sourcePositions as number[]) : [];
  const revisions = Array.isArray(body.revisions) ? (body.revisions as string[]) : [];
  positions.forEach((pos, i) => overrides.set(pos - 1, revisions[i] ?? ''));
  return { revisions: app.spec.sources.map((s, i) => controller.resolveRevision(overrides.get(i) ?? s.targetRevision)) };
}
