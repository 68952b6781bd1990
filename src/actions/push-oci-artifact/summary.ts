import { formatBytes, type PushArtifactResult } from '../../core/flux-artifact/push.js';

/** The step summary: what was pushed where, and whether anything had to move. */
export function renderSummary(result: PushArtifactResult, repository: string): string {
  const pushed = result.tags.some((entry) => entry.outcome === 'pushed');
  const rows: [string, string][] = [
    ['Repository', code(repository)],
    ['Digest', code(result.digest)],
    ['Tags', result.tags.map((entry) => `${code(entry.tag)} (${entry.outcome})`).join(', ')],
    ['Files', String(result.files)],
    ['Layer', `${formatBytes(result.layer.size)} gzip of ${formatBytes(result.tarSize)} tar${result.layerSource === 'registry' ? ', unchanged tree: the layer already in the registry, not packed again' : ''}`],
    ['Source', escapeCell(result.annotations['org.opencontainers.image.source'] ?? '')],
    ['Revision', escapeCell(result.annotations['org.opencontainers.image.revision'] ?? '')],
    ['Created', escapeCell(result.annotations['org.opencontainers.image.created'] ?? '')],
  ];
  return [
    `### Flux OCI artifact ${pushed ? 'pushed' : 'unchanged'}`,
    '',
    pushed ? '' : 'Every tag already pointed to this exact manifest: nothing was pushed.\n',
    '| | |',
    '|---|---|',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    '',
  ]
    .filter((line, index, lines) => !(line === '' && lines[index - 1] === ''))
    .join('\n');
}

function code(text: string): string {
  return `\`${escapeCell(text).replace(/`/g, "'")}\``;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
