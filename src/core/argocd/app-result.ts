import { describeResourceProblem, oneLine, type ResourceProblem } from './problems.js';
import { describeRevisions } from './revisions.js';
import type { Application, AppRef, OperationState } from './types.js';
import type { FailureOutcome } from './wait-conditions.js';

export type AppOutcome = 'succeeded' | 'started' | FailureOutcome | 'timeout' | 'gone' | 'error';

export interface AppSyncResult {
  name: string;
  namespace?: string;
  outcome: AppOutcome;
  /** The revision our operation synced (full SHA once known); a multi-source app's revisions space-separated. */
  revision: string;
  /** A multi-source application's synced revisions, one per source. */
  revisions?: string[];
  /** What Argo CD compares with now: the target revision resolved afresh (it moves with the branch). */
  targetRevision?: string;
  syncStatus: string;
  healthStatus: string;
  operationPhase: string;
  operationMessage?: string;
  /** Why it failed, for the user; undefined on success. */
  failure?: string;
  /** What the user should know even on success (an adopted operation, a refused terminate, an OutOfSync target). */
  notes: string[];
  problems: ResourceProblem[];
  durationMs: number;
  /** The input at fault when the failure is a mistake in the inputs (a revision Argo CD cannot resolve, …). */
  input?: string;
}

export interface ResultParts {
  ref: AppRef;
  outcome: AppOutcome;
  app?: Application;
  operation?: OperationState;
  /** What our sync asked for (the answer's revision, possibly truncated) when the operation's result is unknown. */
  requested: { revision?: string; revisions?: string[] };
  failure?: string;
  notes: string[];
  problems?: ResourceProblem[];
  startedAt: number;
  now: number;
}

export function summarise(parts: ResultParts): AppSyncResult {
  const { app, operation } = parts;
  const state = operation ?? app?.status?.operationState;
  const result = operation?.syncResult;
  const revisions = result?.revisions?.length ? result.revisions : parts.requested.revisions?.length ? parts.requested.revisions : undefined;
  const revision = describeRevisions(result?.revision, result?.revisions) ?? describeRevisions(parts.requested.revision, parts.requested.revisions);
  const target = describeRevisions(app?.status?.sync?.revision, app?.status?.sync?.revisions);
  return {
    name: parts.ref.name,
    namespace: parts.ref.namespace,
    outcome: parts.outcome,
    revision: revision ?? target ?? '',
    ...(revisions ? { revisions } : {}),
    ...(target ? { targetRevision: target } : {}),
    syncStatus: app?.status?.sync?.status ?? 'Unknown',
    healthStatus: app?.status?.health?.status ?? 'Unknown',
    operationPhase: state?.phase ?? (app?.operation ? 'Pending' : ''),
    operationMessage: state?.message ? oneLine(state.message) : undefined,
    failure: parts.failure,
    notes: parts.notes,
    problems: parts.problems ?? [],
    durationMs: parts.now - parts.startedAt,
  };
}

/** The user-facing failure text of one application: why, the operation's message, Argo CD's view, each resource in trouble. */
export function describeAppFailure(result: AppSyncResult): string {
  const label = result.namespace ? `${result.namespace}/${result.name}` : result.name;
  const failure = result.failure ?? result.outcome;
  const lines = [failure.startsWith(label) ? failure : `${label}: ${failure}`];
  if (result.operationMessage && !lines[0].includes(result.operationMessage)) lines.push(`  Operation (${result.operationPhase || 'none'}): ${result.operationMessage}`);
  // Our revision and Argo CD's target are told apart: they differ whenever the branch moved or a pinned revision was synced.
  const target = result.targetRevision ? ` against the target revision ${result.targetRevision}` : '';
  lines.push(`  Argo CD reports: sync ${result.syncStatus}${target}, health ${result.healthStatus}`);
  if (result.revision) lines.push(`  Synced by this run: ${result.revision}`);
  for (const note of result.notes) lines.push(`  Note: ${note}`);
  for (const problem of result.problems) lines.push(`  - ${describeResourceProblem(problem)}`);
  return lines.join('\n');
}

export function formatDuration(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
