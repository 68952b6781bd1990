import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/ci-files.js';

export interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
}

/** The root action.yml (`uses: org/gitops-actions@v1`) is the ship flow, as test/contract/action-yml.test.ts says. */
const ROOT_ACTION = 'ship';

/** The action.yml of an action: actions/<name>/action.yml, or the root one. */
export function readActionYml(name: string): ActionYml {
  const file = name === ROOT_ACTION ? path.join(ROOT, 'action.yml') : path.join(ROOT, 'actions', name, 'action.yml');
  return parse(readFileSync(file, 'utf8')) as ActionYml;
}
