import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench, BenchFigure, BenchReport } from './lib.js';

// `npm run bench` runs every bench/*.bench.ts; `npm run bench -- oci` runs those whose name contains "oci".
const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

let missed = 0;
const reports: BenchReport[] = [];
for (const file of files) {
  const module = (await import(join(here, file))) as { default: Bench };
  process.stdout.write(`\n## ${file}\n`);
  const report = await module.default();
  reports.push(report);
  for (const figure of report.figures) {
    const verdict = figure.target === undefined ? '' : figure.value <= figure.target ? `  ok (target <= ${figure.target})` : `  MISSED (target <= ${figure.target})`;
    if (verdict.includes('MISSED')) missed++;
    process.stdout.write(`${figure.name}: ${format(figure)}${verdict}\n`);
  }
  for (const note of report.notes ?? []) process.stdout.write(`  ${note}\n`);
}
process.stdout.write(`\n${JSON.stringify({ reports })}\n`);
process.exitCode = missed ? 1 : 0;

function format(figure: BenchFigure): string {
  const digits = figure.unit === 'ratio' ? 3 : figure.unit === 'count' ? 0 : 1;
  return `${figure.value.toFixed(digits)}${figure.unit === 'ratio' ? 'x' : ` ${figure.unit}`}`;
}
