import { sleep } from '../backoff.js';
import { createHash } from 'node:crypto';
import { ActionFailure } from '../errors.js';
import type { ActionIO } from '../io.js';
import type { Readable } from 'node:stream';
import {
  DEFAULT_DEADLINE_MS,
  DEADLINE_MS_PER_MIB,
  DEFAULT_IDLE_TIMEOUT_MS,
  header,
  sendForStream,
  type HttpResponse,
  type HttpStreamResponse,
  type TlsSettings,
} from '../http/request.js';
import { DEFAULT_RETRY_POLICY, sendWithRetries, type RetryPolicy } from '../http/retry.js';
import { RegistryAuth } from './auth.js';
import { pushBlob, uploadSession, type BlobSource, type RegistryRequest, type UploadSession } from './blob-upload.js';
import type { CredentialSource } from './credentials.js';
import { registryFailure, RegistryError } from './errors.js';
import { MANIFEST_MEDIA_TYPES, manifestMediaType, sha256Digest } from './media-types.js';
import { isDigest, isValidTag, registryApiHost } from './reference.js';
import { repositoryScope } from './scopes.js';

export interface RegistryClientOptions {
  /** The registry part of a parsed reference: `ghcr.io`, `docker.io`, `127.0.0.1:5000`. */
  registry: string;
  credentials: CredentialSource;
  tls?: TlsSettings;
  /** Talk plain HTTP: only when the user said so for this registry (the `insecure` input). */
  plainHttp?: boolean;
  io: ActionIO;
  retry?: RetryPolicy;
  /** Blobs above this many bytes are uploaded in PATCH chunks; default 32 MiB. */
  chunkedUploadThreshold?: number;
  /** Default 16 MiB; raised to the registry's OCI-Chunk-Min-Length when it names one. */
  chunkSize?: number;
  /** Longest silence from the registry before a request is abandoned; default DEFAULT_IDLE_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Abandons every request of this client: the job's cancellation or deadline. */
  signal?: AbortSignal;
  /** Tests replace the wait between retries. */
  sleep?: (ms: number) => Promise<void>;
}

export interface ManifestContent {
  digest: string;
  mediaType: string;
  body: Buffer;
}

export interface ManifestDescriptor {
  digest: string;
  mediaType: string;
  size: number;
}

export interface BlobStream {
  stream: Readable;
  /** True when the registry answered the Range asked for (206), false when it sent the whole blob. */
  partial: boolean;
}

export type BlobUploadResult = 'exists' | 'mounted' | 'uploaded';

export const DEFAULT_CHUNKED_THRESHOLD = 32 * 1024 * 1024;
export const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const MAX_TAG_PAGES = 100;
const USER_AGENT = 'gitops-actions';
const ACCEPT_MANIFESTS = MANIFEST_MEDIA_TYPES.join(', ');


/** An OCI Distribution API client for one registry host, shared by every action. */
export class RegistryClient {
  readonly registry: string;
  readonly baseUrl: URL;
  readonly #options: RegistryClientOptions;
  readonly #auth: RegistryAuth;
  readonly #retry: RetryPolicy;
  /** Repositories this client pushes to: its reads there use the push token too, saving a token round trip. */
  readonly #pushRepositories = new Set<string>();
  /** Upload sessions the push-access check opened, one per repository, waiting for a blob. */
  readonly #spareSessions = new Map<string, UploadSession>();

  constructor(options: RegistryClientOptions) {
    this.#options = options;
    this.registry = options.registry;
    this.#retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.baseUrl = new URL(`${options.plainHttp ? 'http' : 'https'}://${registryApiHost(options.registry)}`);
    this.#auth = new RegistryAuth({
      registry: options.registry,
      baseUrl: this.baseUrl,
      credentials: options.credentials,
      tls: options.tls ?? {},
      plainHttp: options.plainHttp ?? false,
      io: options.io,
      retry: this.#retry,
      timeoutMs: options.timeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
      signal: options.signal,
    });
  }

  /**
   * Pings the registry and proves `access` to `repository` now, so a bad login fails before any
   * work. For push, the proof is the start of an upload session, kept for the first blob upload:
   * the check costs no request and no token that the push would not make anyway. A session left
   * unused (every blob already there, or a builder pushing on its own) is empty, and registries
   * purge stale sessions; deleting it would need a token with `delete` access on token registries.
   */
  /**
   * Says the run will push to `repository`: every token asked for it from now on carries push
   * access, so reading its tag before a push costs the same one token as the push itself. A
   * registry that grants less still answers the read; the push then fails on its own check.
   */
  expectPush(repository: string): void {
    this.#pushRepositories.add(repository);
  }

  async checkAccess(repository: string, access: 'pull' | 'push'): Promise<void> {
    const scopes = this.#scopes(repository, access);
    if (access === 'pull') {
      const response = await this.request({ method: 'GET', url: `/v2/${repository}/tags/list?n=1`, scopes });
      // 404 NAME_UNKNOWN: allowed in, and the repository is simply empty.
      if (response.status === 200 || response.status === 404) return;
      throw await this.#fail(`read`, repository, response, access);
    }
    this.#pushRepositories.add(repository);
    const response = await this.request({ method: 'POST', url: `/v2/${repository}/blobs/uploads/`, scopes, body: Buffer.alloc(0) });
    const location = header(response.headers, 'location');
    if (response.status !== 202 || !location) throw await this.#fail('push to', repository, response, access);
    this.#spareSessions.set(repository, uploadSession(response, this.baseUrl));
  }

  async blobExists(repository: string, digest: string): Promise<boolean> {
    const response = await this.request({ method: 'HEAD', url: `/v2/${repository}/blobs/${digest}`, scopes: this.#scopes(repository, 'pull') });
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw await this.#fail(`check blob ${digest} in`, repository, response, 'pull');
  }

  /** A cross-repository mount when `mountFrom` names a repository of this registry, else HEAD first and an upload. */
  async uploadBlob(repository: string, blob: BlobSource, options: { mountFrom?: string } = {}): Promise<BlobUploadResult> {
    if (!/^sha256:[0-9a-f]{64}$/.test(blob.digest)) throw new ActionFailure(`Blob digest "${blob.digest}" is not a sha256 digest.`);
    if ([blob.path, blob.data, blob.open].filter((source) => source !== undefined).length !== 1) {
      throw new ActionFailure('A blob to upload needs exactly one of path, data or open.');
    }
    if (blob.data && blob.data.length !== blob.size) throw new ActionFailure(`Blob ${blob.digest}: size ${blob.size} does not match its ${blob.data.length} bytes.`);
    this.#pushRepositories.add(repository);
    // A mount needs no HEAD first: the registry answers 201 for a blob the repository already has.
    if (!options.mountFrom && (await this.blobExists(repository, blob.digest))) return 'exists';
    return pushBlob(
      {
        request: (request) => this.request(request),
        baseUrl: this.baseUrl,
        blobExists: (repo, digest) => this.blobExists(repo, digest),
        fail: (operation, repo, response) => registryFailure({ operation, registry: this.registry, repository: repo }, response),
        io: this.#options.io,
        policy: this.#retry,
        sleep: this.#options.sleep ?? sleep,
        takeSession: (repo) => {
          const session = this.#spareSessions.get(repo);
          this.#spareSessions.delete(repo);
          return session;
        },
        chunkedThreshold: this.#options.chunkedUploadThreshold ?? DEFAULT_CHUNKED_THRESHOLD,
        chunkSize: this.#options.chunkSize ?? DEFAULT_CHUNK_SIZE,
      },
      repository,
      blob,
      options.mountFrom,
    );
  }

  /** The raw manifest bytes, verified against the digest; undefined when the registry has no such manifest. */
  async getManifest(repository: string, reference: string): Promise<ManifestContent | undefined> {
    checkManifestReference(reference);
    const response = await this.request({
      method: 'GET',
      url: `/v2/${repository}/manifests/${reference}`,
      scopes: this.#scopes(repository, 'pull'),
      headers: { Accept: ACCEPT_MANIFESTS },
    });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw await this.#fail(`get manifest ${reference} from`, repository, response, 'pull');
    const body = response.body;
    const digest = sha256Digest(body);
    const expected = isDigest(reference) ? reference : header(response.headers, 'docker-content-digest');
    if (expected && expected !== digestWithAlgorithm(body, expected)) {
      throw new ActionFailure(`The manifest ${repository}:${reference} from ${this.registry} does not match its digest ${expected}: refusing it.`);
    }
    return { digest, mediaType: manifestMediaType(header(response.headers, 'content-type'), body), body };
  }

  async headManifest(repository: string, reference: string): Promise<ManifestDescriptor | undefined> {
    checkManifestReference(reference);
    const response = await this.request({
      method: 'HEAD',
      url: `/v2/${repository}/manifests/${reference}`,
      scopes: this.#scopes(repository, 'pull'),
      headers: { Accept: ACCEPT_MANIFESTS },
    });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw await this.#fail(`check manifest ${reference} in`, repository, response, 'pull');
    const digest = header(response.headers, 'docker-content-digest');
    const contentType = header(response.headers, 'content-type');
    const size = Number(header(response.headers, 'content-length'));
    if (!digest || !contentType || !Number.isFinite(size)) {
      // Some registries leave these out of a HEAD; the GET tells all.
      const manifest = await this.getManifest(repository, reference);
      return manifest && { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.body.length };
    }
    return { digest, mediaType: manifestMediaType(contentType, Buffer.alloc(0)), size };
  }

  /** Stores the exact bytes under a tag or their digest; returns the digest the registry confirmed. */
  async putManifest(repository: string, reference: string, body: Buffer, mediaType: string): Promise<string> {
    checkManifestReference(reference);
    const digest = sha256Digest(body);
    if (isDigest(reference) && reference !== digest) throw new ActionFailure(`Manifest bytes have digest ${digest}, not ${reference}.`);
    this.#pushRepositories.add(repository);
    const response = await this.request({
      method: 'PUT',
      url: `/v2/${repository}/manifests/${reference}`,
      scopes: this.#scopes(repository, 'push'),
      headers: { 'Content-Type': mediaType },
      body,
    });
    if (response.status < 200 || response.status >= 300) throw await this.#fail(`push manifest ${reference} to`, repository, response, 'push');
    const confirmed = header(response.headers, 'docker-content-digest');
    if (confirmed && confirmed !== digest) {
      throw new ActionFailure(`${this.registry} stored manifest ${repository}:${reference} as ${confirmed}, but the bytes sent have digest ${digest}.`);
    }
    return digest;
  }

  /** Points `toTag` at the manifest `fromReference` names, by re-PUTting its exact bytes: no blob moves. */
  async copyTag(repository: string, fromReference: string, toTag: string): Promise<string> {
    if (!isValidTag(toTag)) throw new ActionFailure(`"${toTag}" is not a valid tag.`);
    const manifest = await this.getManifest(repository, fromReference);
    if (!manifest) throw new RegistryError(`Cannot tag ${this.registry}/${repository}:${fromReference} as ${toTag}: no such manifest.`, 404, 'MANIFEST_UNKNOWN');
    return this.putManifest(repository, toTag, manifest.body, manifest.mediaType);
  }

  /**
   * Removes a tag, leaving the manifest. True when the registry did; false when it cannot
   * delete tags (distribution before 3.0 answers 405 or UNSUPPORTED), so callers can say so.
   */
  async deleteTag(repository: string, tag: string): Promise<boolean> {
    if (!isValidTag(tag)) throw new ActionFailure(`"${tag}" is not a valid tag.`);
    const scopes = [repositoryScope(repository, 'push'), `repository:${repository}:delete`];
    const response = await this.request({ method: 'DELETE', url: `/v2/${repository}/manifests/${tag}`, scopes });
    if (response.status === 202 || response.status === 200) return true;
    if (response.status === 404 || response.status === 405 || (response.status === 400 && /UNSUPPORTED|TAG_INVALID|DIGEST_INVALID/.test(response.body.toString('utf8')))) return false;
    throw await this.#fail(`delete tag ${tag} from`, repository, response, 'push');
  }

  /** Every tag, following `Link` pagination (bounded); empty when the repository does not exist. */
  async listTags(repository: string): Promise<string[]> {
    const tags: string[] = [];
    let next: string | undefined = `/v2/${repository}/tags/list?n=1000`;
    for (let page = 0; next && page < MAX_TAG_PAGES; page++) {
      const response = await this.request({ method: 'GET', url: next, scopes: this.#scopes(repository, 'pull') });
      if (response.status === 404) return tags;
      if (response.status !== 200) throw await this.#fail('list the tags of', repository, response, 'pull');
      const parsed = JSON.parse(response.body.toString('utf8')) as { tags?: string[] | null };
      tags.push(...(parsed.tags ?? []));
      next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header(response.headers, 'link') ?? '')?.[1];
    }
    return tags;
  }

  /**
   * Bytes `start`..`end` (end exclusive) of a blob of `size` bytes, as a stream: a copy between
   * registries pipes it into the upload and never holds a layer in memory. Authenticated and
   * redirected as `request`, but not retried here: the upload reading it starts over on a dropped
   * connection and opens the blob again.
   */
  async blobStream(repository: string, digest: string, bytes: { start: number; end: number; size: number }): Promise<BlobStream> {
    const whole = bytes.start === 0 && bytes.end === bytes.size;
    const headers: Record<string, string> = whole ? {} : { Range: `bytes=${bytes.start}-${bytes.end - 1}` };
    const scopes = this.#scopes(repository, 'pull');
    // The answer is the big part here: its deadline grows with its size, as an upload's does with its body.
    const deadlineMs = DEFAULT_DEADLINE_MS + Math.ceil((bytes.end - bytes.start) / (1024 * 1024)) * DEADLINE_MS_PER_MIB;
    const answer = await this.#exchange({ method: 'GET', url: `/v2/${repository}/blobs/${digest}`, scopes, headers }, (url, sent) =>
      sendForStream({ method: 'GET', url, headers: sent, tls: this.#options.tls, idleTimeoutMs: this.#options.timeoutMs, deadlineMs, signal: this.#options.signal }),
    );
    // A registry may ignore Range and send the whole blob (200): `partial` tells the caller.
    if ('stream' in answer) return { stream: answer.stream, partial: !whole && answer.status === 206 };
    throw await this.#fail(`read blob ${digest} from`, repository, answer, 'pull');
  }

  /**
   * One registry call: authenticated for `scopes`, retried within the policy, a 401 answered once
   * with a fresh challenge, redirects followed for reads without the Authorization header
   * leaving the registry's origin (blob storage lives elsewhere).
   */
  async request(request: RegistryRequest): Promise<HttpResponse> {
    const policy = request.retry === false ? { ...this.#retry, attempts: 1 } : this.#retry;
    const answer = await this.#exchange(request, (url, headers) =>
      sendWithRetries(
        { method: request.method, url, headers, body: request.body, tls: this.#options.tls, idleTimeoutMs: this.#options.timeoutMs, signal: this.#options.signal },
        policy,
        {
          sleep: this.#options.sleep,
          onRetry: (attempt, reason, delay) =>
            this.#options.io.info(`Retrying ${request.method} ${url.pathname} on ${url.host} after ${reason} in ${delay} ms (attempt ${attempt + 1}/${policy.attempts})`),
        },
      ),
    );
    return answer as HttpResponse;
  }

  /**
   * The loop under `request` and `blobStream`: `send` makes one call; a streamed answer with a 2xx
   * status is handed back unread, any other answer is read whole for the 401 and redirect rules.
   */
  async #exchange(
    request: Pick<RegistryRequest, 'method' | 'url' | 'scopes' | 'headers'>,
    send: (url: URL, headers: Record<string, string>) => Promise<HttpResponse | HttpStreamResponse>,
  ): Promise<HttpResponse | HttpStreamResponse> {
    await this.#auth.ping();
    let url = typeof request.url === 'string' ? new URL(request.url, this.baseUrl) : request.url;
    let scopes = [...request.scopes];
    let authorization = await this.#auth.authorization(scopes);
    let reauthorized = false;
    for (let redirects = 0; ; ) {
      if (url.protocol !== 'https:' && !(this.#options.plainHttp && url.protocol === 'http:')) {
        throw new ActionFailure(`${this.registry} sent us to ${url.origin}, which is not HTTPS: refusing (set insecure only for a registry you trust).`);
      }
      const sameOrigin = url.origin === this.baseUrl.origin;
      const headers: Record<string, string> = { 'User-Agent': USER_AGENT, ...request.headers };
      if (sameOrigin && authorization) headers.Authorization = authorization;
      const sent = await send(url, headers);
      // The path only: upload Locations carry signed state in their query.
      this.#options.io.debug(`${request.method} ${url.host}${url.pathname} -> HTTP ${sent.status}`);
      if ('stream' in sent && sent.status >= 200 && sent.status < 300) return sent;
      const response = 'stream' in sent ? await readWhole(sent) : sent;
      if (response.status === 401 && sameOrigin && !reauthorized) {
        reauthorized = true;
        const next = await this.#auth.reauthorize(response, scopes, authorization);
        if (next) {
          ({ header: authorization, scopes } = next);
          continue;
        }
      }
      const location = header(response.headers, 'location');
      if (response.status >= 300 && response.status < 400 && location && (request.method === 'GET' || request.method === 'HEAD')) {
        if (++redirects > MAX_REDIRECTS) throw new ActionFailure(`Too many redirects from ${this.registry} for ${request.method} ${url.pathname}.`);
        url = new URL(location, url);
        continue;
      }
      return response;
    }
  }

  #scopes(repository: string, access: 'pull' | 'push'): string[] {
    return [repositoryScope(repository, access === 'push' || this.#pushRepositories.has(repository) ? 'push' : 'pull')];
  }

  async #fail(operation: string, repository: string, response: HttpResponse, access: 'pull' | 'push'): Promise<RegistryError> {
    const unauthorized = response.status === 401 || response.status === 403;
    const credential = unauthorized ? await this.#auth.credential(repository) : undefined;
    return registryFailure({ operation, registry: this.registry, repository, credential, access }, response);
  }
}

async function readWhole(response: HttpStreamResponse): Promise<HttpResponse> {
  const chunks: Buffer[] = [];
  for await (const chunk of response.stream) chunks.push(chunk as Buffer);
  return { status: response.status, headers: response.headers, body: Buffer.concat(chunks) };
}

function checkManifestReference(reference: string): void {
  if (!isDigest(reference) && !isValidTag(reference)) throw new ActionFailure(`"${reference}" is neither a tag nor a digest.`);
}

function digestWithAlgorithm(body: Buffer, like: string): string {
  const algorithm = like.split(':')[0] ?? 'sha256';
  if (!['sha256', 'sha384', 'sha512'].includes(algorithm)) return like; // unknown algorithm: nothing to check against
  return `${algorithm}:${createHash(algorithm).update(body).digest('hex')}`;
}
