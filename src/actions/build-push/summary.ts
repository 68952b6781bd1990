export interface BuildPushSummary {
  image: string;
  tags: readonly string[];
  digest: string;
  builder: string;
  durationMs: number;
  skipped: boolean;
  pushed: boolean;
}

/** The step summary: what was pushed and how to pin it. */
export function renderSummary(summary: BuildPushSummary): string {
  const outcome = summary.skipped ? 'skipped: the commit was already built' : summary.pushed ? 'built and pushed' : 'built (not pushed)';
  const rows = [
    ['Image', code(summary.image || '(not pushed)')],
    ['Digest', code(summary.digest || '(none)')],
    ['Tags', summary.tags.map(code).join('<br>')],
    ['Builder', summary.builder],
    ['Duration', `${(summary.durationMs / 1000).toFixed(1)} s`],
  ];
  return [`### build-push: ${outcome}`, '', '| | |', '|---|---|', ...rows.map(([name, value]) => `| ${name} | ${value} |`), ''].join('\n');
}

function code(text: string): string {
  return `\`${text.replace(/[`|]/g, '')}\``;
}
