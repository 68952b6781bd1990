import { describe, expect, it } from 'vitest';
import { renderChanges, renderSummary, type BumpReport } from '../../../src/actions/bump-manifest/summary.js';

const before = 'images:\n  - name: ghcr.io/org/web\n    newTag: "1.0.0"\n  - name: ghcr.io/org/api\n    newTag: "2.0.0"\n';
const after = before.replace('"1.0.0"', '"1.1.0"');

describe('the bump-manifest summary', () => {
  it('shows where the change went and a unified diff with context', () => {
    const report: BumpReport = {
      outcome: 'pushed',
      repository: 'https://git.example/org/config.git',
      branch: 'main',
      commit: 'a'.repeat(40),
      requested: ['ghcr.io/org/web → 1.1.0'],
      files: [{ path: 'apps/web/kustomization.yaml', before, after }],
      unmatched: [],
      attempts: 3,
    };
    expect(renderSummary(report)).toBe(
      [
        '### bump-manifest: pushed',
        '',
        '| | |',
        '|---|---|',
        '| Repository | `https://git.example/org/config.git` branch `main` |',
        `| Commit | \`${'a'.repeat(40)}\` |`,
        '| Push attempts | 3 |',
        '',
        '- ghcr.io/org/web → 1.1.0',
        '',
        '#### `apps/web/kustomization.yaml`',
        '',
        '```diff',
        '@@ -1,5 +1,5 @@',
        ' images:',
        '   - name: ghcr.io/org/web',
        '-    newTag: "1.0.0"',
        '+    newTag: "1.1.0"',
        '   - name: ghcr.io/org/api',
        '     newTag: "2.0.0"',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('keeps hostile file content inside its fence and table cells intact', () => {
    const sneaky = { path: 'a|b`.yaml', before: 'x: ```\n', after: 'x: ````\n' };
    const text = renderChanges([sneaky]);
    expect(text).toContain('#### ``a\\|b`.yaml``');
    expect(text).toMatch(/^`````diff$/m); // longer than any backtick run inside
    expect(renderSummary({ outcome: 'unchanged', repository: 'r', branch: 'b', requested: ['*bold* <img>'], files: [], unmatched: ['x'] })).toContain(
      '- \\*bold\\* \\<img\\>\n\nNo file references: `x`\n\n_No file changed._',
    );
  });
});
