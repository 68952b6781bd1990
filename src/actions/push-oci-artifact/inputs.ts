import type { CiContext } from '../../core/context.js';
import { ConfigurationError } from '../../core/errors.js';
import type { InputReader } from '../../core/inputs.js';
import { resolveUserPath } from '../../core/paths.js';
import type { ParseContext } from '../../core/runtime.js';
import type { SecretValue } from '../../core/secret-value.js';
import { readTlsInputs } from '../../core/tls-inputs.js';
import { resolveArtifactPath } from '../../core/flux-artifact/walk.js';
import { PROVIDERS, type Provider } from '../../core/oci/cloud-providers.js';
import { isValidTag, parseImageReference, type ImageReference } from '../../core/oci/reference.js';

/** `flux push artifact`'s default `--ignore-paths`, as the flag spells it. */
const OUTPUT_FORMATS = ['json', 'yaml'] as const;
const MODES = ['push', 'diff', 'tag'] as const;

/** `path: -` reads the manifests from stdin, as `flux push artifact -f -`. */
const STDIN_PATH = '-';

export const DEFAULT_IGNORE_PATHS_INPUT = '.git/,.gitignore,.gitmodules,.gitattributes,*.jpg,*.jpeg,*.gif,*.png,*.wmv,*.flv,*.tar.gz,*.zip';

export interface PushOciArtifactInputs {
  /** Registry, repository and tag (`latest` when the URL has none). */
  target: ImageReference & { tag: string };
  /** The `path` input as given; empty in mode tag. */
  path: string;
  /** Its real path (anywhere; relative inputs start at the workspace); undefined for `-`: the manifests come from stdin. */
  root?: string;
  /** `org.opencontainers.image.source`. */
  source: string;
  /** `org.opencontainers.image.revision`: `<branch|tag>@sha1:<sha>` by default. */
  revision: string;
  /** More annotations, in input order; they may override the three built-in ones. */
  annotations: Map<string, string>;
  /** gitignore patterns of files left out: the input's (or Flux's defaults when it is given empty), then add-ignore-paths. */
  ignorePaths: string[];
  /** Pack what in-tree symlinks point to. */
  resolveSymlinks: boolean;
  /** push; diff: tell whether the tree differs from what the tag holds; tag: point `tags` at what the url's tag names. */
  mode: (typeof MODES)[number];
  /** The format of the `info` output. */
  output: (typeof OUTPUT_FORMATS)[number];
  /** The whole push's deadline. */
  timeoutMs: number;
  /** created = the Unix epoch, so the same files and inputs give the same digest. */
  reproducible: boolean;
  /** More tags for the same manifest, after the URL's. */
  tags: string[];
  username?: string;
  /** With a username, a password; alone, a token (see credentialFromInputs). Shown as `***` wherever the inputs are printed. */
  password?: SecretValue;
  /** The `github-token` input: the login for ghcr.io when nothing else gives one. */
  githubToken?: SecretValue;
  /** A cloud login (ECR, GCR/Artifact Registry) made from the cloud's own credentials, instead of the others. */
  provider: Provider;
  /** An auth file (config.json, auth.json), or the directory holding config.json. */
  dockerConfig?: string;
  /** Skip TLS verification, and speak plain HTTP to a registry that has no TLS. */
  insecure: boolean;
  caFile?: string;
}


const ANNOTATION_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

export function parsePushOciArtifactInputs(reader: InputReader, { ci: context, workspace }: ParseContext): PushOciArtifactInputs {
  const target = parseArtifactUrl(reader.required('url'));
  const mode = reader.oneOf('mode', MODES);
  const artifactPath = reader.optional('path') ?? '';
  if (!artifactPath && mode !== 'tag') throw new ConfigurationError(`is required to ${mode}: the directory or file to pack, or - for stdin`, 'path');
  const root = artifactPath === STDIN_PATH || mode === 'tag' ? undefined : resolveArtifactPath(artifactPath, workspace);
  const source = reader.optional('source') ?? context.repositoryUrl;
  if (!source) {
    throw new ConfigurationError('is required here: the CI context does not name the repository (expected e.g. https://github.com/org/app)', 'source');
  }
  const revision = reader.optional('revision') ?? defaultRevision(context);
  const tags = reader.list('tags');
  for (const tag of tags) {
    if (!isValidTag(tag)) throw new ConfigurationError(`"${tag}" is not a valid tag (letters, digits, _ . -; at most 128; not starting with . or -)`, 'tags');
  }
  if (mode === 'tag' && tags.length === 0) throw new ConfigurationError('is required in mode tag: the tags to point at what the url\'s tag names', 'tags');
  const inputs: PushOciArtifactInputs = {
    target,
    mode,
    path: artifactPath,
    ...(root ? { root } : {}),
    source,
    revision,
    annotations: parseAnnotations(reader.lines('annotations')),
    ignorePaths: [...orDefault(reader.list('ignore-paths'), DEFAULT_IGNORE_PATHS_INPUT.split(',')), ...reader.list('add-ignore-paths')],
    reproducible: reader.boolean('reproducible'),
    resolveSymlinks: reader.boolean('resolve-symlinks'),
    output: reader.oneOf('output', OUTPUT_FORMATS),
    timeoutMs: reader.duration('timeout'),
    tags: [...new Set(tags.filter((tag) => tag !== target.tag))],
    ...readTlsInputs(reader, workspace),
    provider: reader.oneOf('provider', PROVIDERS),
  };
  const username = reader.optional('username');
  const password = reader.secret('password');
  if (username && !password) throw new ConfigurationError('is required when username is given', 'password');
  if (username) inputs.username = username;
  if (password) inputs.password = password;
  const githubToken = reader.secret('github-token');
  if (githubToken) inputs.githubToken = githubToken;
  if (inputs.provider !== 'generic' && (username || password)) {
    throw new ConfigurationError(`is ${inputs.provider}: the login comes from the cloud's credentials, so leave out username and password`, 'provider');
  }
  const dockerConfig = reader.optional('docker-config');
  if (dockerConfig) inputs.dockerConfig = resolveUserPath(workspace, dockerConfig);
  return inputs;
}

/** `oci://host/repo[:tag]`, as `flux push artifact` takes it: no digest, `latest` by default. */
export function parseArtifactUrl(url: string): ImageReference & { tag: string } {
  if (!url.startsWith('oci://')) {
    throw new ConfigurationError(`expected oci://<registry>/<repository>[:<tag>], got "${url}"`, 'url');
  }
  const reference = parseImageReference(url.slice('oci://'.length), 'url');
  if (reference.digest) throw new ConfigurationError(`"${url}" holds a digest: push to a tag (oci://host/repo:tag)`, 'url');
  return { ...reference, tag: reference.tag ?? 'latest' };
}

/** Flux's documented form, which notification-controller parses back: `main@sha1:<sha>`. */
export function defaultRevision(context: CiContext): string {
  if (!context.sha) {
    throw new ConfigurationError('is required here: the CI context has no commit SHA (expected e.g. main@sha1:<commit>)', 'revision');
  }
  const ref = context.tag ?? context.branch;
  return ref ? `${ref}@sha1:${context.sha}` : `sha1:${context.sha}`;
}

/** `key=value` lines; the first `=` splits, so values may hold more (Flux refuses those). */
export function parseAnnotations(lines: readonly string[]): Map<string, string> {
  const annotations = new Map<string, string>();
  for (const line of lines) {
    const at = line.indexOf('=');
    const key = at < 0 ? '' : line.slice(0, at).trim();
    if (!ANNOTATION_KEY.test(key)) {
      throw new ConfigurationError(`expected key=value lines with a key such as org.opencontainers.image.title, got "${line}"`, 'annotations');
    }
    annotations.set(key, line.slice(at + 1).trim());
  }
  return annotations;
}

/** An input given empty means its default, as flux's flag does. */
function orDefault(list: string[], fallback: string[]): string[] {
  return list.length > 0 ? list : fallback;
}
