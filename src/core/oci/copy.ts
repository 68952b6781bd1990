import { PassThrough, Transform, type Readable } from 'node:stream';
import { mapWithConcurrency } from '../argocd/connect.js';
import { ActionFailure } from '../errors.js';
import type { ActionIO } from '../io.js';
import type { BlobUploadResult, ManifestContent, RegistryClient } from './client.js';
import { RegistryError } from './errors.js';
import { DOCKER_MANIFEST_LIST, OCI_INDEX } from './media-types.js';
import { listReferrers, recordReferrers, type Descriptor } from './referrers.js';
import { moveTags } from './tag-move.js';

/** One side of a copy: a repository on the registry a client talks to. */
export interface CopyEndpoint {
  client: RegistryClient;
  repository: string;
}

export interface CopyRequest {
  source: CopyEndpoint;
  target: CopyEndpoint;
  /** The manifest (or index) to copy, `sha256:…`: it keeps this digest. */
  digest: string;
  /** Tags pointed at the digest in the target once everything it needs is there. */
  tags: readonly string[];
  /** Also copy what refers to the digest (signatures, SBOMs, attestations). */
  referrers: boolean;
  io: ActionIO;
}

export interface CopyResult {
  digest: string;
  mediaType: string;
  /** Manifests written to the target (an index counts with each of its children); 0 when all were there. */
  manifests: number;
  blobs: Record<BlobUploadResult, number>;
  /** Bytes streamed from the source registry: 0 when every blob was mounted or already present. */
  bytesCopied: number;
  tags: string[];
  referrers: Descriptor[];
}

/** How many blobs or child manifests move at once: enough to hide round trips, few enough for a small registry. */
const PARALLEL = 4;
/** Signatures of signatures: followed this deep, no further (a cycle cannot be built, but a chain can be long). */
const MAX_REFERRER_DEPTH = 3;

/**
 * Copies a manifest by digest, with everything it needs, without pulling a layer to disk or memory:
 * on one registry each blob is mounted from the source repository; across registries it is
 * streamed from one to the other. An index stays an index: each platform manifest is copied under
 * its own digest first. The bytes of every manifest are put back unchanged, so the digest is the
 * same. Referrers come next, and the tags move last, once nothing they name can be missing.
 */
export async function copyByDigest(request: CopyRequest): Promise<CopyResult> {
  const copier = new ManifestCopier(request);
  // Listing the referrers needs nothing copied: it runs beside the image's copy.
  const listed = request.referrers ? listReferrers(request.source.client, request.source.repository, request.digest) : Promise.resolve([]);
  listed.catch(() => undefined);
  const root = await copier.copy(request.digest);
  const referrers = await copier.copyReferrers(request.digest, 1, await listed);
  // All or nothing: a tag that fails puts back those moved before it.
  const moves = request.tags.length ? await moveTags(request.target.client, request.target.repository, root, request.tags, request.io) : [];
  const tags = moves.map((move) => move.tag);
  return { digest: request.digest, mediaType: root.mediaType, manifests: copier.manifests, blobs: copier.blobs, bytesCopied: copier.bytesCopied, tags, referrers };
}

class ManifestCopier {
  manifests = 0;
  bytesCopied = 0;
  readonly blobs: Record<BlobUploadResult, number> = { exists: 0, mounted: 0, uploaded: 0 };
  readonly #request: CopyRequest;
  readonly #sameRegistry: boolean;
  /** Copies in flight or done, by digest: an index may name one manifest twice, a referrer may be an image's child. */
  readonly #started = new Map<string, Promise<ManifestContent>>();

  constructor(request: CopyRequest) {
    this.#request = request;
    this.#sameRegistry = request.source.client.baseUrl.origin === request.target.client.baseUrl.origin;
  }

  copy(digest: string): Promise<ManifestContent> {
    let started = this.#started.get(digest);
    if (!started) {
      started = this.#copy(digest);
      this.#started.set(digest, started);
    }
    return started;
  }

  async #copy(digest: string): Promise<ManifestContent> {
    const { source, target, io } = this.#request;
    const [manifest, present] = await Promise.all([source.client.getManifest(source.repository, digest), target.client.headManifest(target.repository, digest)]);
    if (!manifest) {
      throw new RegistryError(`${source.client.registry}/${source.repository} holds no manifest ${digest}.`, 404, 'MANIFEST_UNKNOWN');
    }
    // A registry validates what a manifest names when it is put, so one it already has is complete.
    if (present) return manifest;
    const parsed = parseManifest(manifest);
    if (parsed.manifests) {
      await mapWithConcurrency(parsed.manifests, PARALLEL, (child) => this.copy(child.digest));
    } else {
      await mapWithConcurrency(parsed.blobs, PARALLEL, (blob) => this.#copyBlob(blob));
    }
    await target.client.putManifest(target.repository, digest, manifest.body, manifest.mediaType);
    this.manifests++;
    io.debug(`Copied ${manifest.mediaType} ${digest} to ${target.client.registry}/${target.repository}`);
    return manifest;
  }

  async #copyBlob(blob: Descriptor): Promise<void> {
    const { source, target } = this.#request;
    const mountFrom = this.#sameRegistry && source.repository !== target.repository ? source.repository : undefined;
    const result = await target.client.uploadBlob(
      target.repository,
      {
        digest: blob.digest,
        size: blob.size,
        open: (start, end) => {
          this.bytesCopied += end - start;
          return openRange(source, blob, start, end);
        },
      },
      mountFrom ? { mountFrom } : {},
    );
    this.blobs[result]++;
  }

  /** Copies the referrers of `subject` (and theirs, to a bounded depth), `listed` when already known. */
  async copyReferrers(subject: string, depth: number, listed?: Descriptor[]): Promise<Descriptor[]> {
    const { source, target, io } = this.#request;
    const referrers = listed ?? (await listReferrers(source.client, source.repository, subject));
    if (!referrers.length) return [];
    for (const referrer of referrers) {
      await this.copy(referrer.digest);
      if (depth < MAX_REFERRER_DEPTH) await this.copyReferrers(referrer.digest, depth + 1);
    }
    await recordReferrers(target.client, target.repository, subject, referrers);
    io.info(`Copied ${referrers.length} referrer(s) of ${subject.slice(0, 19)}…: ${referrers.map((entry) => entry.artifactType ?? entry.mediaType).join(', ')}`);
    return referrers;
  }
}

interface ParsedManifest {
  /** Set for an index: the manifests it lists. */
  manifests?: Descriptor[];
  /** For an image or artifact manifest: its config and layers (or an artifact manifest's blobs). */
  blobs: Descriptor[];
}

function parseManifest(manifest: ManifestContent): ParsedManifest {
  let document: { manifests?: unknown; config?: unknown; layers?: unknown; blobs?: unknown };
  try {
    document = JSON.parse(manifest.body.toString('utf8')) as typeof document;
  } catch {
    throw new ActionFailure(`Manifest ${manifest.digest} is not JSON: cannot tell what it needs copied.`);
  }
  if (manifest.mediaType === OCI_INDEX || manifest.mediaType === DOCKER_MANIFEST_LIST || Array.isArray(document.manifests)) {
    return { manifests: descriptors(document.manifests, manifest.digest), blobs: [] };
  }
  const config = document.config === undefined ? [] : descriptors([document.config], manifest.digest);
  return { blobs: [...config, ...descriptors(document.layers ?? [], manifest.digest), ...descriptors(document.blobs ?? [], manifest.digest)] };
}

function descriptors(list: unknown, owner: string): Descriptor[] {
  if (!Array.isArray(list)) throw new ActionFailure(`Manifest ${owner} lists its content in an unexpected shape.`);
  return list.map((entry: Partial<Descriptor>) => {
    if (typeof entry?.digest !== 'string' || typeof entry.size !== 'number' || !/^sha256:[0-9a-f]{64}$/.test(entry.digest)) {
      throw new ActionFailure(`Manifest ${owner} names a descriptor without a sha256 digest and size.`);
    }
    return entry as Descriptor;
  });
}

/**
 * A stream of bytes `start`..`end` of a source blob, handed to the upload at once while the GET
 * starts: the upload's body is a factory of streams, and the GET is asynchronous.
 */
function openRange(source: CopyEndpoint, blob: Descriptor, start: number, end: number): Readable {
  // A wide buffer between the two sockets: the default 16 KiB would stall the upload on every few packets.
  const out = new PassThrough({ highWaterMark: 1024 * 1024 });
  const whole = start === 0 && end === blob.size;
  source.client.blobStream(source.repository, blob.digest, { start, end, size: blob.size }).then(
    ({ stream, partial }) => {
      const body = whole || partial ? stream : stream.pipe(sliceOf(start, end));
      stream.once('error', (error) => out.destroy(error));
      body.once('error', (error) => out.destroy(error));
      body.pipe(out);
    },
    (error: unknown) => out.destroy(error as Error),
  );
  return out;
}

/** Keeps bytes `start`..`end` of a whole blob a registry sent instead of the range asked for. */
function sliceOf(start: number, end: number): Transform {
  let offset = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const from = Math.max(start - offset, 0);
      const to = Math.min(end - offset, chunk.length);
      offset += chunk.length;
      callback(null, to > from ? chunk.subarray(from, to) : undefined);
    },
  });
}
