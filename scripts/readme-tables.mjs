// Writes each action's input and output tables into README.md from its action.yml, between
// <!-- action-tables:NAME --> markers, so the README cannot drift from the contract.
// `node scripts/readme-tables.mjs --check` only reports whether the README is current.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const readmePath = join(root, 'README.md');

// The root action.yml (`uses: org/gitops-actions@v1`) is the ship flow.
const ROOT_ACTION = 'ship';
const actionNames = () => [...readdirSync(join(root, 'actions')), ROOT_ACTION];

export function renderTables(name) {
  const file = name === ROOT_ACTION ? join(root, 'action.yml') : join(root, 'actions', name, 'action.yml');
  const action = parse(readFileSync(file, 'utf8'));
  const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
  const lines = ['| input | required | default | description |', '| --- | --- | --- | --- |'];
  for (const [input, spec] of Object.entries(action.inputs ?? {})) {
    const fallback = spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``;
    lines.push(`| \`${input}\` | ${spec.required ? 'yes' : ''} | ${fallback} | ${cell(spec.description)} |`);
  }
  lines.push('', '| output | description |', '| --- | --- |');
  for (const [output, spec] of Object.entries(action.outputs ?? {})) lines.push(`| \`${output}\` | ${cell(spec.description)} |`);
  return lines.join('\n');
}

export function renderReadme(text) {
  let result = text;
  for (const name of actionNames()) {
    const pattern = new RegExp(`(<!-- action-tables:${name} -->)[\\s\\S]*?(<!-- /action-tables:${name} -->)`);
    result = result.replace(pattern, (_, start, end) => `${start}\n${renderTables(name)}\n${end}`);
  }
  return result;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const current = readFileSync(readmePath, 'utf8');
  const next = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md tables differ from actions/*/action.yml: run npm run docs');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(readmePath, next);
    console.log('README.md tables updated');
  }
}
