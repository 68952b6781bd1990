import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { renderReadme } from '../../scripts/readme-tables.mjs';

const root = join(import.meta.dirname, '../..');

it('documents every action with tables generated from its action.yml (npm run docs)', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const name of [...readdirSync(join(root, 'actions')), 'ship']) {
    expect(readme).toContain(`<!-- action-tables:${name} -->`);
  }
  expect(renderReadme(readme)).toBe(readme);
});
