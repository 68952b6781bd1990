import type { ParseContext } from '../../core/runtime.js';
import type { SecretValue } from '../../core/secret-value.js';
import { readTlsInputs } from '../../core/tls-inputs.js';
import { ConfigurationError } from '../../core/errors.js';
import type { InputReader } from '../../core/inputs.js';
import { isDigest, isValidTag, normalizedName, parseImageReference, type ImageReference } from '../../core/oci/reference.js';
import { definition as argocdSync } from '../argocd-sync/definition.js';
import type { ArgocdSyncInputs } from '../argocd-sync/inputs.js';
import { definition as bumpManifest } from '../bump-manifest/definition.js';
import type { BumpManifestInputs } from '../bump-manifest/inputs.js';
import { parseStage, readStageValues, refuseSyncOfPullRequest, selectStages, type Stage } from '../ship/stage.js';

export const PROMOTE_STAGES = ['copy', 'bump', 'sync'] as const;
export type PromoteStage = (typeof PROMOTE_STAGES)[number];

/** bump-manifest writes the promoted reference into the target environment; its image line is ours. */
export const BUMP_STAGE: Stage = { name: 'bump', definition: bumpManifest, inputPrefix: 'config-', outputPrefix: 'config-', filled: ['image', 'from'] };
export const SYNC_STAGE: Stage = { name: 'sync', definition: argocdSync, inputPrefix: 'argocd-', outputPrefix: 'argocd-' };

/** A digest that parses and names nothing: the stages' inputs are checked before the real one is known. */
const PLACEHOLDER_DIGEST = `sha256:${'0'.repeat(64)}`;


export interface RegistryLogin {
  username?: string;
  /** Shown as `***` wherever the inputs are printed (the debug dump). */
  password?: SecretValue;
  insecure: boolean;
  caFile?: string;
}

export interface PromoteInputs {
  /** The image as given: pinned by digest, a tag to resolve once, or a bare name read from `from`. */
  source: ImageReference;
  /** Which input pinned the digest, for messages: `digest` or `source`. */
  pinnedBy?: 'digest' | 'source';
  /** An environment folder (files or a glob) of the config repository whose running reference is promoted. */
  from?: string;
  /** Repository to copy into (no tag); the source's by default. */
  target: ImageReference;
  /** Tags pointed at the digest in the target: the target's own, then the `tags` input. */
  tags: string[];
  referrers: boolean;
  stages: ReadonlySet<PromoteStage>;
  environment?: string;
  /** The name the target environment's files use for the image; the target repository by default. */
  configImage?: string;
  /** The `github-token` input: the login for ghcr.io when nothing else gives one. */
  githubToken?: SecretValue;
  /** Credentials for the target registry (and the source's, when it is the same). */
  targetLogin: RegistryLogin;
  /** Credentials for the source registry when they differ from the target's. */
  sourceLogin: RegistryLogin;
  /** bump-manifest's inputs for a given image line: parsed once at parse time to catch mistakes early. */
  bump?: (imageLine: string) => BumpManifestInputs;
  sync?: ArgocdSyncInputs;
}

export function parsePromoteInputs(reader: InputReader, context: ParseContext): PromoteInputs {
  const sourceText = reader.required('source');
  const source = parseImageReference(sourceText, 'source');
  const digest = reader.optional('digest');
  const from = reader.optional('from');
  if (digest !== undefined) {
    if (!isDigest(digest)) throw new ConfigurationError(`expected sha256: followed by 64 lowercase hex digits, got "${digest}"`, 'digest');
    if (source.digest && source.digest !== digest) throw new ConfigurationError(`pins ${source.digest}, but the digest input is ${digest}`, 'source');
  }
  const pinned = digest ?? source.digest;
  if (pinned) source.digest = pinned;
  if (!pinned && !source.tag && !from) {
    throw new ConfigurationError(`"${sourceText}" is neither pinned (@sha256:…) nor tagged: give a digest, a tag, or "from" (an environment folder running it)`, 'source');
  }
  if (from && (source.tag || source.digest) && !digest) {
    throw new ConfigurationError('with "from", give the image name only (its reference is read from there)', 'source');
  }

  const targetText = reader.optional('target');
  const target = targetText ? parseImageReference(targetText, 'target') : { registry: source.registry, repository: source.repository };
  if (target.digest) throw new ConfigurationError(`"${targetText}" holds a digest: name a repository, with a tag if you like (the digest never changes)`, 'target');
  const tags = [...new Set([...(target.tag ? [target.tag] : []), ...reader.list('tags')])];
  for (const tag of tags) if (!isValidTag(tag)) throw new ConfigurationError(`"${tag}" is not a valid tag (letters, digits, _ . -; at most 128)`, 'tags');
  delete target.tag;
  const stages = selectStages(reader.list('stages'), PROMOTE_STAGES) as Set<PromoteStage>;
  // Without a copy, the same repository is fine: the bump moves an environment to what another runs.
  if (stages.has('copy') && normalizedName(target) === normalizedName(source) && tags.every((tag) => tag === source.tag)) {
    throw new ConfigurationError(
      `is the source itself (${normalizedName(source)}${source.tag ? `:${source.tag}` : ''}): name another repository or a new tag`,
      'target',
    );
  }
  const bumpValues = readStageValues(BUMP_STAGE, reader);
  const syncValues = readStageValues(SYNC_STAGE, reader);
  const inputs: PromoteInputs = {
    source,
    ...(digest ? { pinnedBy: 'digest' as const } : source.digest ? { pinnedBy: 'source' as const } : {}),
    ...(from ? { from } : {}),
    target,
    tags,
    referrers: reader.boolean('referrers'),
    stages,
    targetLogin: login(reader, 'username', 'password', context.workspace),
    ...githubToken(reader),
    sourceLogin: login(reader, 'source-username', 'source-password', context.workspace),
  };
  const environment = reader.optional('environment');
  if (environment) inputs.environment = environment;
  const configImage = reader.optional('config-image');
  if (configImage) {
    const parsed = parseImageReference(configImage, 'config-image');
    if (parsed.tag || parsed.digest) throw new ConfigurationError(`give the image name only, got "${configImage}"`, 'config-image');
    inputs.configImage = configImage;
  }
  // The config repository is opened to read `from` too, so its inputs are checked then as well.
  if (stages.has('bump') || from) {
    // `files` is only needed by the bump itself; reading `from` alone needs the repository.
    const files: Record<string, string> = stages.has('bump') ? {} : { files: from! };
    const parse = (image: string) => parseStage(BUMP_STAGE, bumpValues, { image, ...files }, context) as BumpManifestInputs;
    const bump = parse(`${normalizedName(target)}@${PLACEHOLDER_DIGEST}`);
    if (stages.has('bump')) refuseSyncOfPullRequest(stages, bump, 'config-mode');
    inputs.bump = parse;
  }
  if (stages.has('sync')) inputs.sync = parseStage(SYNC_STAGE, syncValues, {}, context) as ArgocdSyncInputs;
  return inputs;
}

function githubToken(reader: InputReader): { githubToken?: SecretValue } {
  const token = reader.secret('github-token');
  return token ? { githubToken: token } : {};
}

function login(reader: InputReader, userInput: string, passwordInput: string, workspace: string): RegistryLogin {
  const username = reader.optional(userInput);
  const password = reader.secret(passwordInput);
  // A password alone is a token: GHCR takes it with any user name (see credentialFromInputs).
  if (username && !password) throw new ConfigurationError(`is required when ${userInput} is given`, passwordInput);
  const result: RegistryLogin = readTlsInputs(reader, workspace);
  if (username) result.username = username;
  if (password) result.password = password;
  return result;
}
