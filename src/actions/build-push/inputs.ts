import { ConfigurationError } from '../../core/errors.js';
import type { InputReader } from '../../core/inputs.js';
import { resolveUserPath } from '../../core/paths.js';
import type { Env, ParseContext } from '../../core/runtime.js';
import { readTlsInputs } from '../../core/tls-inputs.js';
import { parseFlavor, type Flavor } from '../../core/build/metadata/flavor.js';
import { DEFAULT_TAG_RULES, parseTagRules, type TagRule } from '../../core/build/metadata/tag-rules.js';
import { BUILDER_NAMES, type BuilderName } from '../../core/build/plan.js';
import { SecretValue } from '../../core/secret-value.js';
import type { BuildSecret } from '../../core/build/secrets.js';
import { PROVIDERS, type Provider } from '../../core/oci/cloud-providers.js';
import { ciVariableCredential, credentialFromInputs } from '../../core/oci/login-inputs.js';
import { parseImageReference, type ImageReference } from '../../core/oci/reference.js';

export interface BuildPushInputs {
  /** The repository pushed to (no tag): `registry/path`. */
  image: ImageReference;
  /** The build context, absolute (a relative input starts at the workspace); checked in `run`. */
  context: string;
  /** The Dockerfile, absolute; undefined: `<context>/Dockerfile`. */
  file?: string;
  tagRules: TagRule[];
  flavor: Flavor;
  labels: Map<string, string>;
  buildArgs: Map<string, string>;
  /** Mounted with --secret, never passed as build args. */
  secrets: BuildSecret[];
  target?: string;
  platforms: string[];
  cacheFrom: string[];
  cacheTo: string[];
  push: boolean;
  builder: 'auto' | BuilderName;
  /** Credentials for the image's registry, from the inputs or HARBOR_* / CI_REGISTRY_* variables. */
  login?: { registry: string; username: string; password: SecretValue; source: string };
  /** The `github-token` input: the ghcr.io login when neither `login` nor a docker login gives one. */
  githubToken?: SecretValue;
  /** A cloud login (ECR, GCR/Artifact Registry) made from the cloud's own credentials, instead of `login`. */
  provider: Provider;
  skipExisting: boolean;
  /** Skip TLS verification, and allow plain HTTP. */
  insecure: boolean;
  /** A PEM CA to trust for the registry besides the system's, absolute and checked. */
  caFile?: string;
  /** The repository's default branch, for `{{is_default_branch}}`, when the context lacks it. */
  defaultBranch?: string;
}

const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;


export function parseBuildPushInputs(reader: InputReader, { ci: context, env, workspace }: ParseContext): BuildPushInputs {
  const registryInput = reader.optional('registry');
  const image = resolveImage(reader.required('image'), registryInput ?? present(env.HARBOR_HOST), registryInput !== undefined);
  const rulesText = reader.lines('tags');
  const buildArgs = reader.keyValues('build-args');
  for (const name of buildArgs.keys()) {
    if (!BUILD_ARG_NAME.test(name)) throw new ConfigurationError(`"${name}" is not a valid build argument name (letters, digits, _)`, 'build-args');
  }
  const platforms = reader.list('platforms');
  for (const platform of platforms) {
    if (!PLATFORM.test(platform)) throw new ConfigurationError(`"${platform}" is not a platform such as linux/amd64 or linux/arm64/v8`, 'platforms');
  }
  const username = reader.optional('username');
  const password = reader.secret('password');
  const inputs: BuildPushInputs = {
    image,
    context: resolveUserPath(workspace, reader.optional('context') ?? '.'),
    file: optionalPath(workspace, reader.optional('file')),
    tagRules: parseTagRules(rulesText.length ? rulesText : DEFAULT_TAG_RULES, 'tags'),
    flavor: parseFlavor(reader.lines('flavor'), 'flavor'),
    labels: reader.keyValues('labels'),
    buildArgs,
    secrets: parseSecrets(reader.secretLines('secrets')),
    target: reader.optional('target'),
    platforms,
    cacheFrom: reader.lines('cache-from'),
    cacheTo: reader.lines('cache-to'),
    push: reader.boolean('push'),
    builder: reader.oneOf('builder', ['auto', ...BUILDER_NAMES]),
    login: resolveLogin(image.registry, username, password?.reveal(), env),
    githubToken: reader.secret('github-token'),
    provider: reader.oneOf('provider', PROVIDERS),
    skipExisting: reader.boolean('skip-existing'),
    ...readTlsInputs(reader, workspace),
  };
  if (inputs.provider !== 'generic' && (username || password)) {
    throw new ConfigurationError(`is ${inputs.provider}: the login comes from the cloud's credentials, so leave out username and password`, 'provider');
  }
  if (inputs.target !== undefined && !/^[A-Za-z0-9][\w.-]*$/.test(inputs.target)) {
    throw new ConfigurationError(`"${inputs.target}" is not a build stage name`, 'target');
  }
  if (context.defaultBranch) inputs.defaultBranch = context.defaultBranch;
  return inputs;
}

/** `app` + registry `harbor.example.com/team` style inputs become one repository reference. */
function resolveImage(text: string, registry: string | undefined, registryFromInput: boolean): ImageReference {
  const explicitHost = hasRegistryHost(text);
  const qualified = registry && !explicitHost ? `${registry.replace(/\/+$/, '')}/${text}` : text;
  const image = parseImageReference(qualified, 'image');
  if (image.tag || image.digest) {
    throw new ConfigurationError(`give the repository only ("${text.replace(/[:@].*$/, '')}"); tags come from the tags input`, 'image');
  }
  if (registryFromInput && explicitHost && registry !== image.registry && parseImageReference(`${registry}/x`).registry !== image.registry) {
    throw new ConfigurationError(`"${registry}" differs from the image's registry ${image.registry}`, 'registry');
  }
  return image;
}

function hasRegistryHost(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0) return false;
  const first = text.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('[');
}

/** Inputs first, then HARBOR_* / CI_REGISTRY_* for their own host only (see ciVariableCredential). */
function resolveLogin(registry: string, username: string | undefined, password: string | undefined, env: Env): BuildPushInputs['login'] {
  const found = credentialFromInputs(registry, { username, password }, env) ?? ciVariableCredential(registry, env);
  if (!found) return undefined;
  if (!found.username || !found.password) {
    // The builders log in with user:password; only GHCR's any-user login makes a token alone enough.
    throw new ConfigurationError(`is required with the password input for ${registry}: the builders log in with a user name and password`, 'username');
  }
  return { registry, username: found.username, password: new SecretValue(found.password), source: found.source };
}

function parseSecrets(secretLines: SecretValue[]): BuildSecret[] {
  const seen = new Set<string>();
  return secretLines.map((secretLine) => {
    const line = secretLine.reveal();
    const at = line.indexOf('=');
    const id = at < 0 ? '' : line.slice(0, at).trim();
    // Never echo the line: it holds the secret.
    if (!SECRET_ID.test(id)) throw new ConfigurationError('expected id=value lines, with an id of letters, digits, _ . -', 'secrets');
    if (seen.has(id)) throw new ConfigurationError(`the id "${id}" is given twice`, 'secrets');
    seen.add(id);
    return { id, value: new SecretValue(line.slice(at + 1)) };
  });
}

function optionalPath(workspace: string, given: string | undefined): string | undefined {
  return given === undefined ? undefined : resolveUserPath(workspace, given);
}

function present(value: string | undefined): string | undefined {
  return value && value.trim() ? value.trim() : undefined;
}
