import semver from 'semver';
import type { CiContext } from '../../context.js';
import { ConfigurationError } from '../../errors.js';
import { isValidTag } from '../../oci/reference.js';
import type { Flavor } from './flavor.js';
import type { TagRule } from './tag-rules.js';
import { expandTemplate, type TemplateValues } from './template.js';

export interface TagInputs {
  rules: readonly TagRule[];
  flavor: Flavor;
  context: CiContext;
  now: Date;
  /** Named in error messages. */
  input?: string;
}

export interface ComputedTags {
  /** Tag names, highest priority first, without duplicates; `latest` (if any) last. */
  tags: string[];
  /** The highest-priority tag, which becomes `org.opencontainers.image.version`. */
  version?: string;
  /** The tag naming the commit (a `type=sha` rule, long format preferred): skip-existing looks it up. */
  commitTag?: string;
  /** Things the user may want to know, e.g. a tag that is not semver. */
  notes: string[];
}

const SHORT_SHA_LENGTH = 7;
const MAX_TAG_LENGTH = 128;

interface Candidate {
  value: string;
  priority: number;
  order: number;
  rule: TagRule;
  /** A git tag or a final (non pre-release) semver: what `latest=auto` follows. */
  release: boolean;
}

/** Tags from the commit and the rules, as docker/metadata-action computes them. */
export function computeTags(inputs: TagInputs): ComputedTags {
  const input = inputs.input ?? 'tags';
  const { context, flavor } = inputs;
  const globals = globalValues(context);
  const expand = (text: string, extra: TemplateValues = {}) =>
    expandTemplate(text, { ...globals, ...extra }, { input, now: inputs.now, commitTime: commitDate(context) });
  const notes: string[] = [];
  const candidates: Candidate[] = [];

  inputs.rules.forEach((rule, order) => {
    const enabled = expand(rule.enable).trim();
    if (enabled !== 'true' && enabled !== 'false') {
      throw new ConfigurationError(`enable must be true or false (or an expression giving one), got "${rule.enable}" → "${enabled}"`, input);
    }
    if (enabled === 'false') return;
    const produced = ruleValue(rule, context, expand, notes);
    if (!produced || !produced.value) return;
    const prefix = expand(rule.prefix ?? flavor.prefix);
    const suffix = expand(rule.suffix ?? flavor.suffix);
    const fromContext = rule.type === 'ref' || rule.type === 'semver';
    const room = MAX_TAG_LENGTH - prefix.length - suffix.length;
    const value = `${prefix}${fromContext ? produced.value.slice(0, Math.max(room, 1)) : produced.value}${suffix}`;
    if (!isValidTag(value)) {
      throw new ConfigurationError(
        `"${value}" is not a valid tag: letters, digits, _ . - only, at most 128, not starting with . or -`,
        input,
      );
    }
    candidates.push({ value, priority: rule.priority, order, rule, release: produced.release });
  });

  candidates.sort((a, b) => b.priority - a.priority || a.order - b.order);
  const tags = [...new Set(candidates.map((candidate) => candidate.value))];
  const version = tags[0];
  // As metadata-action: the highest-priority tag alone decides `latest=auto`, so a pre-release
  // semver outranking `type=ref,event=tag` keeps `latest` where it is; and no tag, no `latest`.
  const top = candidates[0];
  const wantsLatest = top !== undefined && (flavor.latest === 'true' || (flavor.latest === 'auto' && top.release));
  if (wantsLatest) {
    const latest = `${flavor.prefixOnLatest ? flavor.prefix : ''}latest${flavor.suffixOnLatest ? flavor.suffix : ''}`;
    if (!isValidTag(latest)) throw new ConfigurationError(`"${latest}" is not a valid tag`, 'flavor');
    if (!tags.includes(latest)) tags.push(latest);
  }
  const shaTags = candidates.filter((candidate) => candidate.rule.type === 'sha');
  const commitTag = (shaTags.find((candidate) => candidate.rule.format === 'long') ?? shaTags[0])?.value;
  return { tags, version, commitTag, notes };
}

function ruleValue(
  rule: TagRule,
  context: CiContext,
  expand: (text: string, extra?: TemplateValues) => string,
  notes: string[],
): { value: string; release: boolean } | undefined {
  switch (rule.type) {
    case 'sha':
      if (!context.sha) return undefined;
      return { value: rule.format === 'long' ? context.sha : context.sha.slice(0, SHORT_SHA_LENGTH), release: false };
    case 'ref':
      if (rule.event === 'branch' && context.refType === 'branch' && context.branch) return { value: sanitizeTag(context.branch), release: false };
      if (rule.event === 'tag' && context.refType === 'tag' && context.tag) return { value: sanitizeTag(context.tag), release: true };
      if (rule.event === 'pr' && context.refType === 'pull-request' && context.pullRequest !== undefined) {
        return { value: String(context.pullRequest), release: false };
      }
      return undefined;
    case 'semver':
      return semverValue(rule, context, expand, notes);
    case 'raw':
      return { value: expand(rule.value ?? '').trim(), release: false };
  }
}

function semverValue(
  rule: TagRule,
  context: CiContext,
  expand: (text: string, extra?: TemplateValues) => string,
  notes: string[],
): { value: string; release: boolean } | undefined {
  const raw = rule.value ? expand(rule.value).trim() : context.refType === 'tag' ? context.tag : undefined;
  if (!raw) return undefined;
  const parsed = semver.parse(semver.clean(raw, { loose: true }) ?? raw, { loose: true });
  if (!parsed) {
    notes.push(`"${raw}" is not a semantic version: type=semver,pattern=${rule.pattern} gave no tag`);
    return undefined;
  }
  const pattern = rule.pattern!;
  const prerelease = parsed.prerelease.length > 0;
  // A pre-release only ever gets its own full version: `1.2` must not move to 1.2.0-rc.1.
  // Only a pattern of exactly `{{raw}}` keeps the raw pre-release (metadata-action's isRawStatement).
  const effective = prerelease && !/^\{\{\s*raw\s*\}\}$/.test(pattern) ? '{{version}}' : pattern;
  // 0.x promises no compatibility, so a bare `{{major}}` tag ("0") would mean nothing.
  if (parsed.major === 0 && /\{\{\s*major\s*\}\}/.test(effective) && !/minor|patch|version|raw/.test(effective)) return undefined;
  const value = expand(effective, {
    version: parsed.version,
    major: String(parsed.major),
    minor: String(parsed.minor),
    patch: String(parsed.patch),
    raw,
  });
  return { value: sanitizeTag(value), release: !prerelease };
}

/** Global expressions usable in every rule attribute. */
function globalValues(context: CiContext): TemplateValues {
  const isDefault = context.refType === 'branch' && !!context.branch && context.branch === context.defaultBranch;
  return {
    branch: context.refType === 'branch' && context.branch ? sanitizeTag(context.branch) : '',
    tag: context.refType === 'tag' && context.tag ? sanitizeTag(context.tag) : '',
    sha: context.sha ? context.sha.slice(0, SHORT_SHA_LENGTH) : '',
    is_default_branch: String(isDefault),
    is_not_default_branch: String(!isDefault),
  };
}

function commitDate(context: CiContext): Date | undefined {
  if (!context.commitTime) return undefined;
  const date = new Date(context.commitTime);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `feature/Login` becomes `feature-Login`: runs of characters a tag cannot hold become `-`. */
export function sanitizeTag(text: string): string {
  return text.replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '');
}
