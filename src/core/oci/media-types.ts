import { createHash } from 'node:crypto';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';

/** What a manifest GET/HEAD accepts: without the list types a registry may answer with a converted manifest. */
export const MANIFEST_MEDIA_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST] as const;

export function sha256Digest(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/**
 * The media type of manifest bytes: the registry's Content-Type when it is a manifest type,
 * otherwise the document's own `mediaType` field.
 */
export function manifestMediaType(contentType: string | undefined, body: Buffer): string {
  const fromHeader = contentType?.split(';')[0]?.trim();
  if (fromHeader && (MANIFEST_MEDIA_TYPES as readonly string[]).includes(fromHeader)) return fromHeader;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { mediaType?: unknown; manifests?: unknown };
    if (typeof parsed.mediaType === 'string') return parsed.mediaType;
    return Array.isArray(parsed.manifests) ? OCI_INDEX : OCI_MANIFEST;
  } catch {
    return fromHeader ?? OCI_MANIFEST;
  }
}
