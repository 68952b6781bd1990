import { resolveUserPath } from '../../core/paths.js';
import type { ParseContext } from '../../core/runtime.js';
import { ConfigurationError } from '../../core/errors.js';
import { DEFAULT_TOKEN_USERNAME, parseRepositoryUrl } from '../../core/git/auth.js';
import { validateMessageTemplate } from '../../core/git/commit-message.js';
import type { InputReader } from '../../core/inputs.js';
import { parseImageUpdate, type ImageUpdate } from '../../core/config-edit/image-update.js';
import { parseImageReference } from '../../core/oci/reference.js';
import type { SecretValue } from '../../core/secret-value.js';
import { PROVIDERS } from './providers.js';

// Mirrors the engine's TargetKind (kept here so this small module does not load the engine).
export const TARGET_KINDS = ['kustomization', 'kubernetes', 'helm-values', 'argocd-application', 'compose', 'json'] as const;
export type TargetKindName = (typeof TARGET_KINDS)[number];
export const HELM_MODES = ['auto', 'tag', 'digest', 'tag-digest'] as const;
export const MODES = ['push', 'pull-request'] as const;

export interface BumpManifestInputs {
  /** Image updates to write (`image` input). With `from`, only their `image` names are used. */
  updates: ImageUpdate[];
  /** Globs of target files, relative to the repository root (`path` for a checkout). */
  files: string[];
  /** Kinds to consider; undefined means detect each file's kind. */
  kinds?: TargetKindName[];
  /** Helm values key paths; `mode` undefined lets each update decide (tag, digest or both). */
  helm: { repository: string; tag: string; digest?: string; mode?: Exclude<(typeof HELM_MODES)[number], 'auto'> };
  /** Plain values to set (`key.path=value` lines). */
  set: { path: string; value: string }[];
  /** Promotion source: read the images' current references from this file and write them to `files`. */
  from?: string;
  /** When false, an image no target file references is an error. */
  allowNoMatch: boolean;
  /** Compute and report the diff; write, commit and push nothing. */
  dryRun: boolean;
  /** Directory of an existing checkout, absolute (ignored when `repository` is given). */
  path: string;
  /** A separate config repository to clone (http(s) or ssh URL, no credentials inside). */
  repository?: string;
  /** Branch to update (the base branch in pull-request mode); default: the checkout's or the remote's default. */
  branch?: string;
  /** Shown as `***` wherever the inputs are printed (the debug dump). */
  token?: SecretValue;
  tokenUsername: string;
  author: { name: string; email: string };
  /** Commit message template: {image}, {tag}, {digest}, {ref}, {files}. */
  message: string;
  mode: (typeof MODES)[number];
  pullRequest: { branch?: string; title?: string; body?: string; labels: string[] };
  /** How many times to start over when the branch moved during the push. */
  pushRetries: number;
  /** Who hosts the repository, for pull-request mode; `auto` tells it from the URL. */
  provider: (typeof PROVIDERS)[number];
  /** The provider's REST API base URL; default: derived from the repository URL. */
  apiUrl?: string;
}

export function parseBumpManifestInputs(reader: InputReader, { workspace }: ParseContext): BumpManifestInputs {
  const imageLines = reader.lines('image');
  const files = reader.lines('files');
  if (files.length === 0) reader.required('files');
  const kind = reader.list('kind');
  const helmRepository = reader.required('helm-repository-key');
  const helmTag = reader.required('helm-tag-key');
  const helmDigest = reader.optional('helm-digest-key');
  const helmMode = reader.oneOf('helm-mode', HELM_MODES);
  const set = [...reader.keyValues('set')].map(([path, value]) => ({ path, value }));
  const from = reader.optional('from');
  // With `from` the lines are image names whose reference is read from there; else full updates.
  const updates = from ? imageLines.map((line) => imageName(line)) : imageLines.map((line) => parseImageUpdate(line, 'image'));
  const allowNoMatch = reader.boolean('allow-no-match');
  const dryRun = reader.boolean('dry-run');
  // The checkout may be anywhere; a relative path starts at the workspace.
  const path = resolveUserPath(workspace, reader.required('path'));
  const repository = reader.optional('repository');
  const branch = reader.optional('branch');
  const token = reader.secret('token');
  const tokenUsername = reader.required('token-username');
  const authorName = reader.required('author-name');
  const authorEmail = reader.required('author-email');
  const message = reader.required('message');
  const mode = reader.oneOf('mode', MODES);
  const pullRequestBranch = reader.optional('pull-request-branch');
  const pullRequestTitle = reader.optional('pull-request-title');
  const pullRequestBody = reader.optional('pull-request-body');
  const pullRequestLabels = reader.list('pull-request-labels');
  const pushRetries = reader.integer('push-retries', { min: 0, max: 50 });
  const provider = reader.oneOf('provider', PROVIDERS);
  const apiUrl = reader.optional('api-url');

  if (updates.length === 0 && set.length === 0 && !from) {
    throw new ConfigurationError('give at least one image update (or "set" lines, or "from" with image names)', 'image');
  }
  if (from && updates.length === 0) throw new ConfigurationError('with "from", name the images to promote', 'image');
  for (const file of files) checkInsideRoot(file, 'files');
  if (from) checkInsideRoot(from, 'from');
  for (const entry of set) {
    if (!/^[^.\s][^\s]*$/.test(entry.path) || entry.path.endsWith('.')) {
      throw new ConfigurationError(`"${entry.path}" is not a key path such as image.tag or spec.template.image`, 'set');
    }
  }
  const kinds = kind.length === 1 && kind[0] === 'auto' ? undefined : kind.map((name) => checkKind(name));
  if (repository) parseRepositoryUrl(repository, 'repository');
  if (branch && !isValidBranchName(branch)) throw new ConfigurationError(`"${branch}" is not a valid branch name`, 'branch');
  if (pullRequestBranch && !isValidBranchName(pullRequestBranch)) {
    throw new ConfigurationError(`"${pullRequestBranch}" is not a valid branch name`, 'pull-request-branch');
  }
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(authorEmail)) {
    throw new ConfigurationError(`expected an e-mail address such as bot@example.com, got "${authorEmail}"`, 'author-email');
  }
  if (/[<>\n]/.test(authorName)) throw new ConfigurationError('must not contain <, > or line breaks', 'author-name');
  validateMessageTemplate(message, 'message');
  if (mode === 'pull-request' && !token) {
    throw new ConfigurationError('is required in pull-request mode: it authenticates the pull/merge request API calls', 'token');
  }
  if (apiUrl && !/^https?:\/\/[^\s]+$/.test(apiUrl)) {
    throw new ConfigurationError(`expected an http(s) URL such as https://gitlab.example.com/api/v4, got "${apiUrl}"`, 'api-url');
  }

  return {
    updates,
    files,
    kinds,
    helm: { repository: helmRepository, tag: helmTag, digest: helmDigest, mode: helmMode === 'auto' ? undefined : helmMode },
    set,
    from,
    allowNoMatch,
    dryRun,
    path,
    repository,
    branch,
    token,
    tokenUsername: tokenUsername || DEFAULT_TOKEN_USERNAME,
    author: { name: authorName, email: authorEmail },
    message,
    mode,
    pullRequest: { branch: pullRequestBranch, title: pullRequestTitle, body: pullRequestBody, labels: pullRequestLabels },
    pushRetries,
    provider,
    apiUrl,
  };
}

/** Globs and paths are relative to the repository: absolute ones and `..` would leave it. */
function checkInsideRoot(pattern: string, inputName: string): void {
  const normalised = pattern.replace(/\\/g, '/');
  if (normalised.startsWith('/') || /^[A-Za-z]:\//.test(normalised) || normalised.split('/').includes('..')) {
    throw new ConfigurationError(`"${pattern}" leaves the repository; give a path relative to its root, without ".."`, inputName);
  }
}

function checkKind(name: string): TargetKindName {
  if (!(TARGET_KINDS as readonly string[]).includes(name)) {
    throw new ConfigurationError(`expected auto or one or more of ${TARGET_KINDS.join(', ')}, got "${name}"`, 'kind');
  }
  return name as TargetKindName;
}

/** The rules of `git check-ref-format --branch`, minus the exotic ones git would catch anyway. */
function isValidBranchName(name: string): boolean {
  return (
    !/[\s~^:?*[\\\x00-\x1f\x7f]/.test(name) &&
    !name.startsWith('-') &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    !name.endsWith('.lock') &&
    !name.includes('..') &&
    !name.includes('//') &&
    !name.includes('@{') &&
    name !== '@'
  );
}

function imageName(text: string): ImageUpdate {
  const reference = parseImageReference(text, 'image');
  if (reference.tag !== undefined || reference.digest !== undefined || text.includes('=')) {
    throw new ConfigurationError(`with "from", give image names only (the reference is read from "from"), got "${text}"`, 'image');
  }
  return { image: text };
}
