import { structuredPatch } from 'diff';

/** What the summary (and a pull request body) shows of one changed file. */
export interface ChangedFile {
  /** Relative to the repository root. */
  path: string;
  before: string;
  after: string;
}

/** Lines of context around each change: enough to see which image entry it is. */
const CONTEXT_LINES = 2;

export interface BumpReport {
  outcome: 'pushed' | 'unchanged' | 'dry-run' | 'pull-request';
  repository: string;
  branch: string;
  pushedBranch?: string;
  commit?: string;
  pullRequest?: { url: string; number: number; created: boolean };
  /** One line per requested change, e.g. `ghcr.io/org/app → 1.2@sha256:…`. */
  requested: string[];
  files: ChangedFile[];
  unmatched: string[];
  attempts?: number;
}

const HEADLINES: Record<BumpReport['outcome'], string> = {
  pushed: 'pushed',
  unchanged: 'already up to date',
  'dry-run': 'dry run, nothing written',
  'pull-request': 'pull request',
};

/** The step summary: what was asked, where it went, and the exact lines changed. */
export function renderSummary(report: BumpReport): string {
  const rows: [string, string][] = [['Repository', `${code(report.repository)} branch ${code(report.branch)}`]];
  if (report.pushedBranch && report.pushedBranch !== report.branch) rows.push(['Pushed branch', code(report.pushedBranch)]);
  if (report.commit) rows.push(['Commit', code(report.commit)]);
  if (report.pullRequest) {
    rows.push(['Pull request', `[#${report.pullRequest.number}](${report.pullRequest.url}) (${report.pullRequest.created ? 'opened' : 'updated'})`]);
  }
  if (report.attempts && report.attempts > 1) rows.push(['Push attempts', String(report.attempts)]);
  const lines = [
    `### bump-manifest: ${HEADLINES[report.outcome]}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    '',
    ...report.requested.map((item) => `- ${escapeMarkdown(item)}`),
  ];
  if (report.unmatched.length) {
    lines.push('', `No file references: ${report.unmatched.map(code).join(', ')}`);
  }
  lines.push('', renderChanges(report.files));
  return `${lines.join('\n')}\n`;
}

/** One fenced unified diff per file: also the default pull request body. */
export function renderChanges(files: readonly ChangedFile[]): string {
  if (files.length === 0) return '_No file changed._';
  const sections: string[] = [];
  for (const file of files) {
    const patch = structuredPatch(file.path, file.path, file.before, file.after, '', '', { context: CONTEXT_LINES });
    const body = patch.hunks
      .flatMap((hunk) => [`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines])
      .join('\n');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
    sections.push(`#### ${code(file.path)}\n\n${fence}diff\n${body}\n${fence}`);
  }
  return sections.join('\n\n');
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

/** Inline code that survives backticks and pipes in the value (a table cell must stay one cell). */
function code(text: string): string {
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\|/g, '\\|').replace(/\n/g, ' ')}${fence}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
