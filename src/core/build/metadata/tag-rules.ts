import { ConfigurationError } from '../../errors.js';

export type TagRuleType = 'sha' | 'ref' | 'semver' | 'raw';
export type RefEvent = 'branch' | 'tag' | 'pr';

/** One line of the `tags` input, in docker/metadata-action's syntax. */
export interface TagRule {
  type: TagRuleType;
  /** `true`, `false`, or an expression such as `{{is_default_branch}}` evaluated later. */
  enable: string;
  priority: number;
  /** Undefined means "the flavor's prefix/suffix applies". */
  prefix?: string;
  suffix?: string;
  /** sha: `short` (7 characters) or `long`. */
  format?: 'short' | 'long';
  /** ref: which kind of ref produces a tag. */
  event?: RefEvent;
  /** semver: e.g. `{{version}}`, `{{major}}.{{minor}}`. */
  pattern?: string;
  /** raw: the tag; semver: the version to parse instead of the git tag. */
  value?: string;
}

/** metadata-action's default priorities: the highest-priority tag becomes the image version. */
export const DEFAULT_PRIORITY: Record<TagRuleType, number> = { semver: 900, ref: 600, raw: 200, sha: 100 };

const ATTRIBUTES: Record<TagRuleType, readonly string[]> = {
  sha: ['format'],
  ref: ['event'],
  semver: ['pattern', 'value'],
  raw: ['value'],
};
const COMMON = ['type', 'enable', 'priority', 'prefix', 'suffix'];
const UNSUPPORTED_TYPES = new Set(['schedule', 'edge', 'match', 'pep440']);

/** With no `tags` input: the full commit SHA (what skip-existing looks for) and `sha-<7>`. */
export const DEFAULT_TAG_RULES: readonly string[] = ['type=sha,format=long,prefix=', 'type=sha'];

export function parseTagRules(lines: readonly string[], input = 'tags'): TagRule[] {
  return lines.map((line) => parseTagRule(line, input));
}

/**
 * `type=ref,event=branch`, `type=raw,value=stable`, or a bare `stable` (a raw tag). Every
 * attribute is checked here so that a typo fails the step before anything is built.
 */
export function parseTagRule(line: string, input = 'tags'): TagRule {
  const fail = (why: string): never => {
    throw new ConfigurationError(`${why} in "${line}"`, input);
  };
  const fields = splitFields(line);
  if (fields.length === 1 && !fields[0].includes('=')) fields[0] = `value=${fields[0]}`;
  const attributes = new Map<string, string>();
  for (const field of fields) {
    const at = field.indexOf('=');
    if (at <= 0) fail(`expected key=value attributes separated by commas, got "${field}"`);
    const key = field.slice(0, at).trim();
    if (attributes.has(key)) fail(`"${key}" is given twice`);
    attributes.set(key, field.slice(at + 1).trim());
  }
  const typeText = attributes.get('type') ?? 'raw';
  if (UNSUPPORTED_TYPES.has(typeText)) fail(`type=${typeText} is not supported (supported: sha, ref, semver, raw)`);
  if (!(typeText in ATTRIBUTES)) fail(`unknown type "${typeText}" (supported: sha, ref, semver, raw)`);
  const type = typeText as TagRuleType;
  for (const key of attributes.keys()) {
    if (!COMMON.includes(key) && !ATTRIBUTES[type].includes(key)) {
      fail(`"${key}" is not an attribute of type=${type} (allowed: ${[...COMMON, ...ATTRIBUTES[type]].join(', ')})`);
    }
  }

  const rule: TagRule = { type, enable: attributes.get('enable') || 'true', priority: DEFAULT_PRIORITY[type] };
  const priority = attributes.get('priority');
  if (priority !== undefined) {
    if (!/^\d+$/.test(priority)) fail(`priority must be a whole number, got "${priority}"`);
    rule.priority = Number(priority);
  }
  if (attributes.has('prefix')) rule.prefix = attributes.get('prefix');
  if (attributes.has('suffix')) rule.suffix = attributes.get('suffix');

  switch (type) {
    case 'sha': {
      const format = attributes.get('format') || 'short';
      if (format !== 'short' && format !== 'long') fail(`format must be short or long, got "${format}"`);
      rule.format = format as 'short' | 'long';
      rule.prefix ??= 'sha-';
      break;
    }
    case 'ref': {
      const event = attributes.get('event');
      if (event !== 'branch' && event !== 'tag' && event !== 'pr') fail('type=ref needs event=branch, event=tag or event=pr');
      rule.event = event as RefEvent;
      if (event === 'pr') rule.prefix ??= 'pr-';
      break;
    }
    case 'semver': {
      const pattern = attributes.get('pattern');
      if (!pattern) fail('type=semver needs a pattern, e.g. pattern={{version}}');
      rule.pattern = pattern;
      if (attributes.get('value')) rule.value = attributes.get('value');
      break;
    }
    case 'raw': {
      const value = attributes.get('value');
      if (!value) fail('type=raw needs a value, e.g. value=stable');
      rule.value = value;
      break;
    }
  }
  return rule;
}

/** Splits on commas outside `{{ }}`, so `{{date 'YYYY,MM'}}` stays whole. */
function splitFields(line: string): string[] {
  const fields: string[] = [];
  let depth = 0;
  let current = '';
  for (let index = 0; index < line.length; index++) {
    const pair = line.slice(index, index + 2);
    if (pair === '{{' || pair === '}}') {
      depth += pair === '{{' ? 1 : -1;
      current += pair;
      index++;
      continue;
    }
    if (line[index] === ',' && depth <= 0) {
      fields.push(current.trim());
      current = '';
      continue;
    }
    current += line[index];
  }
  fields.push(current.trim());
  return fields.filter((field) => field.length > 0);
}
