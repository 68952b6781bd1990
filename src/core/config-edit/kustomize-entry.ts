import { PRESERVE, type ImageUpdate } from './image-update.js';

/** One `images:` entry of a kustomization, as kustomize's `types.Image` has it. */
export interface KustomizeImage {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

/** The fields an entry may carry besides `name`, in the order a new field is placed. */
export const ENTRY_FIELDS = ['newName', 'newTag', 'digest'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

function resolve(given: string | undefined, existing: string | undefined): string | undefined {
  return given === PRESERVE ? existing : given;
}

/**
 * The entry `kustomize edit set image` leaves: the old entry is replaced wholesale, so a field the
 * update does not give is dropped unless it is `*` (preserve). An entry found through its
 * `newName` (the update named the image the overlay really runs) keeps that `newName` unless the
 * update renames it, as `set image <name>=<newName>:<tag>` would.
 */
export function setImageEntry(current: KustomizeImage, update: ImageUpdate, matchedByNewName: boolean): KustomizeImage {
  const next: KustomizeImage = { name: current.name };
  const newName = resolve(matchedByNewName ? (update.newName ?? PRESERVE) : update.newName, current.newName);
  const newTag = resolve(update.newTag, current.newTag);
  const digest = resolve(update.newDigest, current.digest);
  if (newName !== undefined) next.newName = newName;
  if (newTag !== undefined) next.newTag = newTag;
  if (digest !== undefined) next.digest = digest;
  return next;
}

/** Argo CD's `spec.source.kustomize.images` strings: `[name=]newName[:tag][@digest]` or `name[:tag][@digest]`. */
export function formatImageOverride(entry: KustomizeImage): string {
  const suffix = `${entry.newTag ? `:${entry.newTag}` : ''}${entry.digest ? `@${entry.digest}` : ''}`;
  return entry.newName ? `${entry.name}=${entry.newName}${suffix}` : `${entry.name}${suffix}`;
}
