import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';

/** fluxcd/pkg oci/globals.go. */
export const FLUX_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.flux.config.v1+json';
export const FLUX_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.flux.content.v1.tar+gzip';
export const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';

/** fluxcd/pkg oci/constants.go. */
const SOURCE_ANNOTATION = 'org.opencontainers.image.source';
const REVISION_ANNOTATION = 'org.opencontainers.image.revision';
export const CREATED_ANNOTATION = 'org.opencontainers.image.created';

/**
 * Ours, not Flux's: the sha256 of the uncompressed tarball (the layer's OCI diff_id, as the
 * config's rootfs.diff_ids holds it). Read from the tag's manifest, it tells a push on a fresh
 * runner that the tree is unchanged before anything is compressed (docs/decisions/0001-*.md).
 * Flux ignores annotations it does not know.
 */
export const DIFF_ID_ANNOTATION = 'io.gitops-actions.content.diff-id';

/** `--reproducible`: the Unix epoch, as Flux formats `time.Unix(0, 0)` on a UTC machine. */
export const REPRODUCIBLE_CREATED = '1970-01-01T00:00:00Z';

export interface Descriptor {
  mediaType: string;
  size: number;
  digest: string;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** `2026-08-07T12:34:56Z`: RFC 3339 in UTC with whole seconds, as Go's time.RFC3339 prints it. */
export function rfc3339Seconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface AnnotationInputs {
  source: string;
  revision: string;
  /** The default created time: the epoch when reproducible, now otherwise. */
  created: string;
  /** User annotations; they override the three built-in ones, as `flux push -a` does. */
  extra: ReadonlyMap<string, string>;
}

/** Flux's Metadata.ToAnnotations: source, revision, created, then the user's over them. */
export function buildAnnotations(inputs: AnnotationInputs): Record<string, string> {
  const annotations: Record<string, string> = {
    [SOURCE_ANNOTATION]: inputs.source,
    [REVISION_ANNOTATION]: inputs.revision,
    [CREATED_ANNOTATION]: inputs.created,
  };
  for (const [key, value] of inputs.extra) {
    if (key === DIFF_ID_ANNOTATION) throw new ConfigurationError(`${DIFF_ID_ANNOTATION} is written by the action (the tarball's digest); leave it out`, 'annotations');
    annotations[key] = value;
  }
  const created = annotations[CREATED_ANNOTATION];
  if (!RFC3339.test(created) || Number.isNaN(Date.parse(created))) {
    throw new ConfigurationError(`${CREATED_ANNOTATION} must be an RFC 3339 time such as 2026-01-31T12:00:00Z, got "${created}"`, 'annotations');
  }
  return annotations;
}

/**
 * The config blob ggcr ≤ v0.21.5 wrote for Flux (233 bytes for a second-precision UTC time),
 * with `created` equal to the created annotation as fluxcd/pkg#1239 intends. Nothing in Flux
 * reads it; registries only require it to exist.
 */
export function buildConfigBlob(diffId: string, created: string): Buffer {
  return goJson({
    architecture: '',
    created,
    history: [{ created: '0001-01-01T00:00:00Z' }],
    os: '',
    rootfs: { type: 'layers', diff_ids: [diffId] },
    config: {},
  });
}

/** The manifest bytes exactly as Go's json.Marshal of ggcr's v1.Manifest lays them out. */
export function buildManifest(config: Descriptor, layer: Descriptor, annotations: Record<string, string>): Buffer {
  const descriptor = (d: Descriptor) => ({ mediaType: d.mediaType, size: d.size, digest: d.digest });
  const head = goJsonText({ schemaVersion: 2, mediaType: OCI_MANIFEST_MEDIA_TYPE, config: descriptor(config), layers: [descriptor(layer)] });
  // Written by hand: a JavaScript object would put integer-like keys first, whatever their order.
  const entries = Object.keys(annotations)
    .sort(compareUtf8)
    .map((key) => `${goJsonText(key)}:${goJsonText(annotations[key])}`);
  return Buffer.from(`${head.slice(0, -1)},"annotations":{${entries.join(',')}}}`, 'utf8');
}

/** What an earlier push recorded in its manifest: the layer, and the digest of the tarball inside it. */
export interface RecordedLayer {
  diffId: string;
  layer: Descriptor;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * The layer of a manifest this action pushed (one Flux content layer and our diff_id
 * annotation); undefined for anything else: another tool's artifact, an image, an index.
 */
export function recordedLayer(manifestBytes: Buffer): RecordedLayer | undefined {
  let manifest: { mediaType?: unknown; layers?: unknown; annotations?: Record<string, unknown> };
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as typeof manifest;
  } catch {
    return undefined;
  }
  const diffId = manifest.annotations?.[DIFF_ID_ANNOTATION];
  if (manifest.mediaType !== OCI_MANIFEST_MEDIA_TYPE || typeof diffId !== 'string' || !DIGEST.test(diffId)) return undefined;
  if (!Array.isArray(manifest.layers) || manifest.layers.length !== 1) return undefined;
  const layer = manifest.layers[0] as Partial<Descriptor>;
  if (layer.mediaType !== FLUX_CONTENT_MEDIA_TYPE || typeof layer.digest !== 'string' || !DIGEST.test(layer.digest)) return undefined;
  if (typeof layer.size !== 'number' || !Number.isSafeInteger(layer.size) || layer.size <= 0) return undefined;
  return { diffId, layer: { mediaType: layer.mediaType, size: layer.size, digest: layer.digest } };
}

export function descriptorOf(mediaType: string, bytes: Buffer): Descriptor {
  return { mediaType, size: bytes.length, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
}

/**
 * Compact JSON with Go's HTML-safe escaping of `<`, `>`, `&` and of U+2028/U+2029, which
 * JSON.stringify leaves alone. Those characters only ever occur inside strings, so replacing
 * them in the whole text is safe.
 */
export function goJson(value: unknown): Buffer {
  return Buffer.from(goJsonText(value), 'utf8');
}

function goJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Go sorts map keys as byte strings. */
function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
