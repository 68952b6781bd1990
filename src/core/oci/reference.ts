import { ConfigurationError } from '../errors.js';

/**
 * An image or artifact reference, normalised as the Docker/distribution reference grammar does:
 * `nginx` is `docker.io/library/nginx`, and a first path component is a registry only when it
 * looks like a host (has a dot or a port, or is `localhost`).
 */
export interface ImageReference {
  /** `docker.io`, `ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`. */
  registry: string;
  /** `library/nginx`, `org/app`. */
  repository: string;
  tag?: string;
  /** `sha256:<hex>`. */
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
// The grammar allows any algorithm, but registries accept only the registered ones, lowercase.
const DIGEST = /^(?:sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$/;
const MAX_NAME_LENGTH = 255;

/** Parses `[registry/]repository[:tag][@digest]`; throws a ConfigurationError naming `inputName`. */
export function parseImageReference(text: string, inputName?: string): ImageReference {
  const fail = (why: string): never => {
    throw new ConfigurationError(`"${text}" is not a valid image reference: ${why}`, inputName);
  };
  const trimmed = text.trim();
  if (!trimmed) fail('it is empty');

  let rest = trimmed;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) fail(`the digest "${digest}" is not sha256: followed by 64 lowercase hex digits`);
  }

  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) fail(`the tag "${tag}" may hold only letters, digits, _ . - (at most 128, not starting with . or -)`);
  }

  if (rest.length > MAX_NAME_LENGTH) fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
  const { registry, path } = splitRegistry(rest);
  if (!DOMAIN.test(registry)) fail(`"${registry}" is not a valid registry host`);
  const components = path.split('/');
  for (const component of components) {
    if (!PATH_COMPONENT.test(component)) {
      fail(
        component.toLowerCase() !== component
          ? 'repository names must be lowercase'
          : `"${component}" is not a valid path component`,
      );
    }
  }
  const normalisedRegistry = DOCKER_HUB_ALIASES.has(registry) ? DOCKER_HUB : registry;
  const repository = normalisedRegistry === DOCKER_HUB && components.length === 1 ? `library/${path}` : path;
  const reference: ImageReference = { registry: normalisedRegistry, repository };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  return reference;
}

function splitRegistry(name: string): { registry: string; path: string } {
  const slash = name.indexOf('/');
  if (slash < 0) return { registry: DOCKER_HUB, path: name };
  const first = name.slice(0, slash);
  const looksLikeHost = first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('[');
  return looksLikeHost ? { registry: first, path: name.slice(slash + 1) } : { registry: DOCKER_HUB, path: name };
}

/** `docker.io/library/nginx`: the name two references must share to be the same image. */
export function normalizedName(reference: string | ImageReference): string {
  const parsed = typeof reference === 'string' ? parseImageReference(reference) : reference;
  return `${parsed.registry}/${parsed.repository}`;
}

/** Docker's shortest spelling: `nginx`, `org/app`, `ghcr.io/org/app`. */
export function familiarName(reference: ImageReference): string {
  if (reference.registry !== DOCKER_HUB) return `${reference.registry}/${reference.repository}`;
  return reference.repository.startsWith('library/') && reference.repository.split('/').length === 2
    ? reference.repository.slice('library/'.length)
    : reference.repository;
}

/** `registry/repository[:tag][@digest]`, fully qualified. */
export function formatReference(reference: ImageReference): string {
  return `${normalizedName(reference)}${reference.tag ? `:${reference.tag}` : ''}${reference.digest ? `@${reference.digest}` : ''}`;
}

/** The host the Registry API is served from: Docker Hub's differs from its name. */
export function registryApiHost(registry: string): string {
  return DOCKER_HUB_ALIASES.has(registry) ? DOCKER_HUB_API_HOST : registry;
}

export function isDigest(text: string): boolean {
  return DIGEST.test(text);
}

export function isValidTag(text: string): boolean {
  return TAG.test(text);
}
