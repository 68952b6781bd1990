import type { CopyResult } from '../../core/oci/copy.js';
import { normalizedName, type ImageReference } from '../../core/oci/reference.js';
import type { ResolvedSource } from './run.js';

/** The copy stage for the step summary: what moved, and how little had to. */
export function renderCopySummary(source: ResolvedSource, target: ImageReference, result: CopyResult): string {
  const name = normalizedName(target);
  const { exists, mounted, uploaded } = result.blobs;
  const rows: [string, string][] = [
    ['From', `\`${normalizedName(source.reference)}@${result.digest}\` (${source.how})`],
    ['To', `\`${name}@${result.digest}\``],
    ['Kind', `\`${result.mediaType}\``],
    ['Tags', result.tags.length ? result.tags.map((tag) => `\`${name}:${tag}\``).join(', ') : '(none: by digest only)'],
    ['Manifests written', String(result.manifests)],
    ['Blobs', `${exists} already there, ${mounted} mounted, ${uploaded} streamed (${(result.bytesCopied / 2 ** 20).toFixed(1)} MiB)`],
    ['Referrers', result.referrers.length ? result.referrers.map((entry) => `\`${entry.artifactType ?? entry.mediaType}\` ${entry.digest.slice(0, 19)}…`).join(', ') : 'none'],
  ];
  return ['### Promoted by digest', '', '| | |', '|---|---|', ...rows.map(([key, value]) => `| ${key} | ${value.replace(/\|/g, '\\|')} |`), ''].join('\n');
}
