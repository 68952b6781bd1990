import { ConfigurationError } from '../errors.js';
import { normalizedName, parseImageReference } from '../oci/reference.js';

/**
 * One requested change. `image` is the image to find (matched by normalised name); the other
 * fields follow `kustomize edit set image`: `newName`, `newTag`, `newDigest`, where `*` means
 * "keep what is there" and a missing tag or digest is dropped when the other one is set.
 */
export interface ImageUpdate {
  image: string;
  newName?: string;
  newTag?: string;
  newDigest?: string;
}

/** The kustomize "preserve" marker: `app=*:v2` keeps the name, `app=reg/app:*` keeps the tag. */
export const PRESERVE = '*';

/** An ImageUpdate with its match key computed once. */
export interface ResolvedUpdate extends ImageUpdate {
  key: string;
  /** The last path component, used to skip files that cannot mention the image. */
  shortName: string;
}

/** `name[:tag][@digest]` split as written, so a name keeps the user's spelling when written back. */
export interface SplitReference {
  name: string;
  tag?: string;
  digest?: string;
}

/**
 * Accepts every form `kustomize edit set image` accepts: `a=b:t@d`, `a=b@d`, `a=b:t`, `a=b`,
 * `a:t`, `a:t@d`, `a@d` (with `*` preserve markers), so `ghcr.io/org/app:1.2@sha256:…` (a
 * build-push output) names the image and its new tag and digest at once.
 */
export function parseImageUpdate(text: string, inputName: string): ImageUpdate {
  const trimmed = text.trim();
  const fail = (why: string): never => {
    throw new ConfigurationError(
      `"${text}" is not an image update: ${why}; expected image=newName:newTag@digest, image:newTag, image@digest or image:newTag@digest`,
      inputName,
    );
  };
  if (!trimmed) fail('it is empty');
  const equals = trimmed.indexOf('=');
  const image = equals >= 0 ? trimmed.slice(0, equals) : undefined;
  const value = splitReference(equals >= 0 ? trimmed.slice(equals + 1) : trimmed);
  if (image !== undefined) {
    const plain = parseImageReference(image, inputName);
    if (plain.tag !== undefined || plain.digest !== undefined) fail(`the image to find ("${image}") must not carry a tag or digest`);
  } else if (value.name === PRESERVE) {
    fail('a "*" name needs the image=*:tag form');
  }
  if (value.name !== PRESERVE) parseImageReference(value.name, inputName);
  if (value.tag !== undefined && value.tag !== PRESERVE) parseImageReference(`x:${value.tag}`, inputName);
  if (value.digest !== undefined && value.digest !== PRESERVE) parseImageReference(`x@${value.digest}`, inputName);
  const update: ImageUpdate = { image: image ?? value.name };
  if (image !== undefined) update.newName = value.name;
  if (value.tag !== undefined) update.newTag = value.tag;
  if (value.digest !== undefined) update.newDigest = value.digest;
  if (image === undefined && value.tag === undefined && value.digest === undefined) fail('it names no new tag, digest or name');
  return update;
}

/** Splits like kustomize `SplitImageName`: a `:` before the last `/` belongs to a registry port. */
export function splitReference(text: string): SplitReference {
  let rest = text.trim();
  const result: SplitReference = { name: '' };
  const at = rest.indexOf('@');
  if (at >= 0) {
    result.digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    result.tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  result.name = rest;
  return result;
}

export function joinReference(reference: SplitReference): string {
  return `${reference.name}${reference.tag ? `:${reference.tag}` : ''}${reference.digest ? `@${reference.digest}` : ''}`;
}

export function resolveUpdates(updates: ImageUpdate[], inputName: string): ResolvedUpdate[] {
  const seen = new Map<string, string>();
  return updates.map((update) => {
    const key = normalizedName(parseImageReference(update.image, inputName));
    const previous = seen.get(key);
    if (previous !== undefined) throw new ConfigurationError(`"${previous}" and "${update.image}" name the same image`, inputName);
    seen.set(key, update.image);
    return { ...update, key, shortName: key.slice(key.lastIndexOf('/') + 1) };
  });
}

/** The normalised name of an image string found in a file, or undefined when it is not one (`${IMAGE}`). */
export function nameKeyOf(text: string): string | undefined {
  try {
    return normalizedName(parseImageReference(text));
  } catch {
    return undefined;
  }
}

export function findUpdate(text: string, updates: ResolvedUpdate[]): ResolvedUpdate | undefined {
  if (!updates.some((update) => text.includes(update.shortName))) return undefined;
  const key = nameKeyOf(text);
  return key === undefined ? undefined : updates.find((update) => update.key === key);
}

/**
 * What a full reference in a resource becomes, as `kustomize build` would render it with the
 * equivalent `images:` entry: tag and digest are replaced together (one given drops the other),
 * and a rename alone keeps them.
 */
export function rewriteReference(existing: string, update: ImageUpdate): string {
  const old = splitReference(existing);
  const name = update.newName !== undefined && update.newName !== PRESERVE ? update.newName : old.name;
  if (update.newTag === undefined && update.newDigest === undefined) return joinReference({ ...old, name });
  const next: SplitReference = { name };
  const tag = update.newTag === PRESERVE ? old.tag : update.newTag;
  const digest = update.newDigest === PRESERVE ? old.digest : update.newDigest;
  if (tag !== undefined) next.tag = tag;
  if (digest !== undefined) next.digest = digest;
  return joinReference(next);
}
