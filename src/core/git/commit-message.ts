import { ConfigurationError } from '../errors.js';

/** The parts of an image update a message talks about (structurally the engine's ImageUpdate). */
export interface MessageUpdate {
  image: string;
  newName?: string;
  newTag?: string;
  newDigest?: string;
}

export interface MessageFacts {
  updates: readonly MessageUpdate[];
  /** `set` lines applied, for messages of bumps that set plain values. */
  set?: readonly { path: string; value: string }[];
  /** Paths of the files changed. */
  files: readonly string[];
}

export const MESSAGE_PLACEHOLDERS = ['image', 'tag', 'digest', 'ref', 'files'] as const;
export const DEFAULT_COMMIT_MESSAGE = 'chore(deploy): bump {image} to {ref}';

const PLACEHOLDER = /\{([A-Za-z-]+)\}/g;

/** Fails on a placeholder we would leave verbatim in the commit: a typo must not ship. */
export function validateMessageTemplate(template: string, inputName: string): void {
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (!(MESSAGE_PLACEHOLDERS as readonly string[]).includes(match[1])) {
      throw new ConfigurationError(
        `unknown placeholder {${match[1]}}; the message may use ${MESSAGE_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}`,
        inputName,
      );
    }
  }
  if (!template.trim()) throw new ConfigurationError('must not be empty', inputName);
}

/**
 * `{image}` the image names written, `{tag}`, `{digest}`, `{ref}` (`tag@digest`, or whichever is
 * set), `{files}` the changed paths. Several updates are joined with ", ".
 */
export function renderCommitMessage(template: string, facts: MessageFacts): string {
  const values: Record<(typeof MESSAGE_PLACEHOLDERS)[number], string> = facts.updates.length
    ? {
        image: join(facts.updates.map((update) => update.newName ?? update.image)),
        tag: join(facts.updates.map((update) => update.newTag ?? '')),
        digest: join(facts.updates.map((update) => update.newDigest ?? '')),
        ref: join(facts.updates.map(referenceOf)),
        files: join(facts.files),
      }
    : {
        image: join((facts.set ?? []).map((entry) => entry.path)),
        tag: join((facts.set ?? []).map((entry) => entry.value)),
        digest: '',
        ref: join((facts.set ?? []).map((entry) => entry.value)),
        files: join(facts.files),
      };
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in values ? values[name as keyof typeof values] : whole,
  );
}

function referenceOf(update: MessageUpdate): string {
  if (update.newTag && update.newDigest) return `${update.newTag}@${update.newDigest}`;
  return update.newTag ?? update.newDigest ?? '';
}

function join(items: readonly string[]): string {
  return [...new Set(items.filter(Boolean))].join(', ');
}
