import type { Session } from './auth.js';
import { GrpcCode, GrpcError, appNotFound, permissionDenied } from './errors.js';
import type { Application } from './model.js';
import type { AppStore } from './store.js';

/**
 * Argo CD's `getAppEnforceRBAC` (reference §3.3): without `project` a missing, foreign or forbidden app is
 * the same 403 "permission denied" (anti-enumeration); with `project` a permitted-but-missing app, or one in
 * another project, is 404 "not found".
 */
export function findApp(store: AppStore, session: Session, name: string, appNamespace: string | undefined, project: string | undefined): Application {
  const namespace = appNamespace || store.defaultNamespace;
  if (!store.namespaces().has(namespace)) throw permissionDenied();
  const app = store.get(name, namespace);
  if (project) {
    if (!canGet(session, project)) throw permissionDenied();
    if (!app || app.spec.project !== project) throw appNotFound(name);
    return app;
  }
  if (!app || !canGet(session, app.spec.project)) throw permissionDenied();
  return app;
}

export function canGet(session: Session, project: string): boolean {
  return !session.projects || session.projects.includes(project);
}

/** RBAC `sync` (also what TerminateOperation needs), worded like `rbac.EnforceErr`. */
export function enforceSync(session: Session, app: Application): void {
  if (session.canSync !== false) return;
  const iat = new Date(Math.floor(session.issuedAt / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  throw new GrpcError(
    GrpcCode.PermissionDenied,
    `permission denied: applications, sync, ${app.spec.project}/${app.metadata.name}, sub: ${session.subject}, iat: ${iat}`,
  );
}

/** Kubernetes label selector subset: `k=v`, `k==v`, `k!=v`, `k`, `!k`, `k in (a,b)`, `k notin (a,b)`. */
export function matchesSelector(labels: Record<string, string> = {}, selector: string): boolean {
  const terms = selector.match(/[^,(]+(\([^)]*\))?/g) ?? [];
  return terms.every((raw) => {
    const term = raw.trim();
    if (!term) return true;
    const set = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
    if (set) {
      const values = (set[3] ?? '').split(',').map((v) => v.trim());
      const has = set[1] in labels && values.includes(labels[set[1]]);
      return set[2] === 'in' ? has : !has;
    }
    const cmp = /^([^!=]+?)\s*(==|=|!=)\s*(.*)$/.exec(term);
    if (cmp) return cmp[2] === '!=' ? labels[cmp[1]] !== cmp[3] : labels[cmp[1]] === cmp[3];
    return term.startsWith('!') ? !(term.slice(1) in labels) : term in labels;
  });
}
