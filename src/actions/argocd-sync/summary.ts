import { describeResourceProblem } from '../../core/argocd/problems.js';
import type { AppSyncResult, SyncSettings } from '../../core/argocd/sync-app.js';
import type { ArgocdSyncOutput } from './definition.js';

const SYNC_RANK = ['Synced', 'Unknown', 'OutOfSync'];
const HEALTH_RANK = ['Healthy', 'Suspended', 'Progressing', 'Missing', 'Unknown', 'Degraded'];
const PHASE_RANK = ['', 'Succeeded', 'Pending', 'Running', 'Terminating', 'Error', 'Failed'];

/** One value per output: the app's own for one app, the worst (or name=value pairs) for several. */
export function buildOutputs(results: AppSyncResult[]): Record<ArgocdSyncOutput, string> {
  const revisions = new Set(results.map((result) => result.revision));
  return {
    revision: revisions.size <= 1 ? (results[0]?.revision ?? '') : results.map((result) => `${result.name}=${result.revision}`).join(','),
    'sync-status': worst(results.map((result) => result.syncStatus), SYNC_RANK),
    'health-status': worst(results.map((result) => result.healthStatus), HEALTH_RANK),
    'operation-phase': worst(results.map((result) => result.operationPhase), PHASE_RANK),
    applications: JSON.stringify(results),
  };
}

/** Unknown values rank worst: a state we do not know is not a state to report as fine. */
function worst(values: string[], rank: string[]): string {
  const score = (value: string) => (rank.includes(value) ? rank.indexOf(value) : rank.length);
  return values.reduce((bad, value) => (score(value) > score(bad) ? value : bad), values[0] ?? '');
}

export function renderSummary(results: AppSyncResult[], settings: Pick<SyncSettings, 'dryRun'>): string {
  const lines = [
    `### Argo CD sync${settings.dryRun ? ' (dry run)' : ''}`,
    '',
    '| Application | Outcome | Revision | Sync | Health | Operation | Time |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const result of results) {
    const name = result.namespace ? `${result.namespace}/${result.name}` : result.name;
    const cells = [name, result.outcome, result.revision ? `\`${result.revision.slice(0, 12)}\`` : '', result.syncStatus, result.healthStatus, result.operationPhase, `${(result.durationMs / 1000).toFixed(1)} s`];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  const failures = results.filter((result) => result.failure);
  if (failures.length) {
    lines.push('', '#### Failures');
    for (const result of failures) {
      lines.push('', `**${cell(result.name)}**: ${cell(result.failure ?? '')}`);
      if (result.operationMessage && !result.failure?.includes(result.operationMessage)) lines.push(`- Operation (${result.operationPhase}): ${cell(result.operationMessage)}`);
      for (const note of result.notes) lines.push(`- Note: ${cell(note)}`);
      for (const problem of result.problems) lines.push(`- ${cell(describeResourceProblem(problem))}`);
    }
  }
  const noted = results.filter((result) => !result.failure && result.notes.length);
  if (noted.length) {
    lines.push('', '#### Notes');
    for (const result of noted) for (const note of result.notes) lines.push(`- **${cell(result.name)}**: ${cell(note)}`);
  }
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
