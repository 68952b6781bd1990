import { sameResource } from './wait-conditions.js';
import type { Application, ApplicationTree, OperationState, ResourceKey } from './types.js';
import { clipRemoteText } from '../secret-forms.js';

/** One resource that is not where it should be, as the failure message names it. */
export interface ResourceProblem extends ResourceKey {
  syncStatus?: string;
  healthStatus?: string;
  message?: string;
}

const FAILED_HOOK_PHASES = new Set(['Failed', 'Error']);

/**
 * The resources to name when a sync or wait fails: those whose last operation result failed, then those
 * the live comparison shows not Synced or not Healthy. Health messages come from the resource tree when
 * the application keeps health there (`resourceHealthSource: appTree`, reference §1.5).
 */
export function findResourceProblems(app: Application | undefined, operation: OperationState | undefined, tree?: ApplicationTree, options: { acceptSuspended?: boolean } = {}): ResourceProblem[] {
  const problems: ResourceProblem[] = [];
  const add = (key: ResourceKey, fields: Omit<ResourceProblem, keyof ResourceKey>) => {
    const existing = problems.find((problem) => sameResource(problem, key));
    if (existing) {
      existing.syncStatus ??= fields.syncStatus;
      existing.healthStatus ??= fields.healthStatus;
      existing.message ??= fields.message;
    } else {
      problems.push({ group: key.group, kind: key.kind, name: key.name, namespace: key.namespace, ...fields });
    }
  };
  for (const result of operation?.syncResult?.resources ?? []) {
    const failed = result.status === 'SyncFailed' || FAILED_HOOK_PHASES.has(result.hookPhase ?? '');
    if (failed) add(result, { syncStatus: result.status ?? `hook ${result.hookPhase}`, message: result.message });
  }
  for (const resource of app?.status?.resources ?? []) {
    const node = tree?.nodes?.find((candidate) => sameResource(candidate, resource));
    const health = resource.health?.status ?? node?.health?.status;
    const unhealthy = health !== undefined && health !== 'Healthy' && !(health === 'Suspended' && options.acceptSuspended);
    const unsynced = !resource.hook && resource.status !== undefined && resource.status !== 'Synced';
    if (!unhealthy && !unsynced) continue;
    add(resource, {
      syncStatus: resource.status,
      healthStatus: health,
      message: resource.health?.message ?? node?.health?.message,
    });
  }
  // Degraded children (a ReplicaSet, a Pod) explain a Degraded Deployment better than the Deployment does.
  for (const node of tree?.nodes ?? []) {
    const health = node.health?.status;
    if ((health === 'Degraded' || health === 'Missing') && !problems.some((problem) => sameResource(problem, node))) {
      add(node, { healthStatus: health, message: node.health?.message });
    }
  }
  return problems;
}

/** `Deployment web (namespace shop): OutOfSync, Degraded: Deployment "web" exceeded its progress deadline`. */
export function describeResourceProblem(problem: ResourceProblem): string {
  const states = [problem.syncStatus, problem.healthStatus].filter(Boolean).join(', ');
  const where = problem.namespace ? ` (namespace ${problem.namespace})` : '';
  return `${problem.kind ?? 'resource'} ${problem.name ?? '?'}${where}: ${states || 'unknown state'}${problem.message ? `: ${oneLine(problem.message)}` : ''}`;
}

export function oneLine(text: string, max = 400): string {
  return clipRemoteText(text.replace(/\s+/g, ' ').trim(), max);
}
