import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { ActionFailure } from '../errors.js';
import type { ActionIO } from '../io.js';
import { HttpConnectionError } from '../http/errors.js';
import { header, type HttpResponse, type RequestBody } from '../http/request.js';
import { backoffDelay } from '../backoff.js';
import { isTransientStatus, retryAfterDelay, type RetryPolicy } from '../http/retry.js';
import type { RegistryError } from './errors.js';
import { repositoryScope } from './scopes.js';

export interface BlobSource {
  digest: string;
  size: number;
  /** A file holding exactly the blob; streamed, never read whole. */
  path?: string;
  data?: Buffer;
  /** A fresh stream of bytes `start`..`end` (end exclusive) on every call: a blob read from another registry. */
  open?: (start: number, end: number) => Readable;
}

export interface RegistryRequest {
  method: string;
  /** A `/v2/…` path on the registry, or an absolute URL the registry handed out (an upload Location). */
  url: string | URL;
  scopes: readonly string[];
  headers?: Record<string, string>;
  body?: RequestBody;
  /** False for upload bodies: a dropped PATCH/PUT is resumed or restarted here, not replayed blindly. */
  retry?: boolean;
}

/** What the uploader needs from the client; kept narrow so the upload logic reads on its own. */
export interface UploadDeps {
  request(request: RegistryRequest): Promise<HttpResponse>;
  /** Relative upload Locations are resolved against it. */
  baseUrl: URL;
  blobExists(repository: string, digest: string): Promise<boolean>;
  fail(operation: string, repository: string, response: HttpResponse): RegistryError;
  io: ActionIO;
  policy: RetryPolicy;
  sleep(ms: number): Promise<void>;
  /** An upload session opened earlier for `repository` and not used yet (the push-access check's). */
  takeSession?(repository: string): UploadSession | undefined;
  /** Blobs above this many bytes go up in PATCH chunks. */
  chunkedThreshold: number;
  chunkSize: number;
}

/** A failure worth starting the upload over for: the session or the connection was lost. */
class TransientUploadError extends ActionFailure {
  constructor(message: string, readonly retryAfterMs?: number) {
    super(message);
  }
}

const OCTET_STREAM = { 'Content-Type': 'application/octet-stream' };

function bodyFor(blob: BlobSource, start: number, end: number): RequestBody {
  if (blob.data) return blob.data.subarray(start, end);
  if (end <= start) return Buffer.alloc(0);
  if (blob.open) {
    const open = blob.open;
    return { length: end - start, open: () => open(start, end) };
  }
  const file = blob.path as string;
  return { length: end - start, open: () => createReadStream(file, { start, end: end - 1 }) };
}

function withDigest(location: URL, digest: string): URL {
  // Appending keeps the registry's own query (e.g. distribution's signed `_state`) byte for byte.
  return new URL(`${location.href}${location.search ? '&' : '?'}digest=${encodeURIComponent(digest)}`);
}

function nextLocation(response: HttpResponse, current: URL): URL {
  const location = header(response.headers, 'location');
  return location ? new URL(location, current) : current;
}

/** `Range: 0-1234` (inclusive end) -> 1235 bytes received. */
function receivedBytes(response: HttpResponse): number | undefined {
  const match = /^(?:bytes=)?0-(\d+)$/.exec(header(response.headers, 'range') ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]) + 1;
}

/**
 * Uploads one blob, `exists` having been ruled out: a mount when asked, else one POST+PUT at or
 * below the threshold, or PATCH chunks above it. Dropped connections and transient statuses are
 * retried within the policy: chunks resume where the registry says it is, otherwise the
 * upload starts over in a new session.
 */
export async function pushBlob(deps: UploadDeps, repository: string, blob: BlobSource, mountFrom?: string): Promise<'mounted' | 'uploaded'> {
  const scopes = [repositoryScope(repository, 'push'), ...(mountFrom ? [repositoryScope(mountFrom, 'pull')] : [])];
  const operation = `upload blob ${blob.digest} to`;
  let attempt = 1;
  const retryOrGiveUp = async (reason: string, retryAfterMs?: number): Promise<void> => {
    if (attempt >= deps.policy.attempts) {
      throw new ActionFailure(`Cannot ${operation} ${repository}: gave up after ${attempt} attempts; the last one failed with: ${reason}`);
    }
    const delay = retryAfterMs ?? backoffDelay(attempt, deps.policy);
    deps.io.info(`Retrying the upload of ${blob.digest} in ${delay} ms after: ${reason} (attempt ${attempt + 1}/${deps.policy.attempts})`);
    attempt++;
    await deps.sleep(delay);
  };
  let mount = mountFrom;
  let spare = mount ? undefined : deps.takeSession?.(repository);
  for (;;) {
    const session = spare ?? (await startSession(deps, repository, blob.digest, scopes, mount));
    spare = undefined;
    if (session === 'mounted') return 'mounted';
    mount = undefined;
    try {
      if (blob.size <= deps.chunkedThreshold) await putWhole(deps, repository, session.location, scopes, blob);
      else await uploadChunks(deps, repository, session, scopes, blob, retryOrGiveUp);
      return 'uploaded';
    } catch (error) {
      if (!(error instanceof TransientUploadError)) throw error;
      // The registry may have committed the blob before the answer was lost.
      if (await deps.blobExists(repository, blob.digest)) return 'uploaded';
      await retryOrGiveUp(error.message, error.retryAfterMs);
    }
  }
}

export interface UploadSession {
  location: URL;
  minChunk: number;
}

async function startSession(deps: UploadDeps, repository: string, digest: string, scopes: readonly string[], mountFrom?: string): Promise<UploadSession | 'mounted'> {
  const query = mountFrom ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}` : '';
  const url = `/v2/${repository}/blobs/uploads/${query}`;
  const response = await deps.request({ method: 'POST', url, scopes, body: Buffer.alloc(0), retry: true });
  if (response.status === 201 && mountFrom) return 'mounted';
  const location = header(response.headers, 'location');
  if (response.status !== 202 || !location) throw deps.fail(`start an upload of ${digest} to`, repository, response);
  return uploadSession(response, deps.baseUrl);
}

/** The session a `202 Accepted` to `POST …/blobs/uploads/` opened. */
export function uploadSession(response: HttpResponse, baseUrl: URL): UploadSession {
  const minChunk = Number(header(response.headers, 'oci-chunk-min-length') ?? 0);
  return { location: new URL(header(response.headers, 'location') ?? '', baseUrl), minChunk: Number.isFinite(minChunk) ? minChunk : 0 };
}

/** Turns a lost connection or a transient status into a TransientUploadError; other errors stay. */
async function sendUploadRequest(deps: UploadDeps, request: RegistryRequest): Promise<HttpResponse> {
  let response: HttpResponse;
  try {
    response = await deps.request({ ...request, retry: false });
  } catch (error) {
    if (error instanceof HttpConnectionError && error.transient) throw new TransientUploadError(error.message);
    throw error;
  }
  if (isTransientStatus(response.status)) {
    throw new TransientUploadError(`HTTP ${response.status} from ${request.method} ${new URL(request.url, deps.baseUrl).pathname}`, retryAfterDelay(response, deps.policy));
  }
  return response;
}

async function putWhole(deps: UploadDeps, repository: string, location: URL, scopes: readonly string[], blob: BlobSource): Promise<void> {
  const response = await sendUploadRequest(deps, {
    method: 'PUT',
    url: withDigest(location, blob.digest),
    scopes,
    headers: OCTET_STREAM,
    body: bodyFor(blob, 0, blob.size),
  });
  checkCommitted(deps, repository, blob, response);
}

/**
 * 416 (out of order), or the session unknown/invalid: distribution cancels a session whose data
 * and signed state disagree after a dropped chunk. A new session is the way on.
 */
function sessionLost(response: HttpResponse): boolean {
  if (response.status === 416 || response.status === 404) return true;
  return response.status === 400 && /"code"\s*:\s*"BLOB_UPLOAD_(?:INVALID|UNKNOWN)"/.test(response.body.toString('utf8'));
}

function checkCommitted(deps: UploadDeps, repository: string, blob: BlobSource, response: HttpResponse): void {
  if (sessionLost(response)) throw new TransientUploadError(`the registry dropped the upload session (HTTP ${response.status} on its final PUT)`);
  if (response.status < 200 || response.status >= 300) throw deps.fail(`upload blob ${blob.digest} to`, repository, response);
  const stored = header(response.headers, 'docker-content-digest');
  if (stored && stored !== blob.digest) {
    throw new ActionFailure(`The registry stored blob ${stored} in ${repository} where ${blob.digest} was uploaded: the data changed on the way.`);
  }
}

async function uploadChunks(
  deps: UploadDeps,
  repository: string,
  session: UploadSession,
  scopes: readonly string[],
  blob: BlobSource,
  retryOrGiveUp: (reason: string, retryAfterMs?: number) => Promise<void>,
): Promise<void> {
  const chunkSize = Math.max(deps.chunkSize, session.minChunk);
  let location = session.location;
  let offset = 0;
  while (offset < blob.size) {
    const end = Math.min(offset + chunkSize, blob.size);
    let response: HttpResponse;
    try {
      response = await sendUploadRequest(deps, {
        method: 'PATCH',
        url: location,
        scopes,
        headers: { ...OCTET_STREAM, 'Content-Range': `${offset}-${end - 1}` },
        body: bodyFor(blob, offset, end),
      });
    } catch (error) {
      if (!(error instanceof TransientUploadError)) throw error;
      await retryOrGiveUp(error.message, error.retryAfterMs);
      // Ask the registry how much it kept, and go on from there.
      ({ location, offset } = await uploadStatus(deps, location, scopes));
      continue;
    }
    if (sessionLost(response)) throw new TransientUploadError(`the registry dropped the upload session (HTTP ${response.status} on the chunk at ${offset})`);
    if (response.status < 200 || response.status >= 300) throw deps.fail(`upload blob ${blob.digest} to`, repository, response);
    location = nextLocation(response, location);
    const kept = receivedBytes(response) ?? end;
    // A registry that keeps reporting no progress would be sent the same chunk forever: each such
    // answer uses up one attempt of the budget.
    if (kept <= offset) await retryOrGiveUp(`the registry kept only ${kept} bytes after the chunk at ${offset}`);
    offset = kept;
  }
  let response: HttpResponse;
  try {
    response = await sendUploadRequest(deps, { method: 'PUT', url: withDigest(location, blob.digest), scopes, body: Buffer.alloc(0) });
  } catch (error) {
    if (error instanceof TransientUploadError) deps.io.info(`Finishing the upload of ${blob.digest} failed (${error.message}).`);
    throw error;
  }
  checkCommitted(deps, repository, blob, response);
}

/** `GET <location>`: 204 with the Range the registry holds; anything else means the session is gone. */
async function uploadStatus(deps: UploadDeps, location: URL, scopes: readonly string[]): Promise<{ location: URL; offset: number }> {
  const response = await sendUploadRequest(deps, { method: 'GET', url: location, scopes });
  const offset = receivedBytes(response);
  if (response.status !== 204 || offset === undefined) {
    throw new TransientUploadError(`the registry lost the upload session (HTTP ${response.status} on its status)`);
  }
  // distribution reports `0-0` for both nothing and one byte received; 0 is the safe reading.
  return { location: nextLocation(response, location), offset: offset === 1 ? 0 : offset };
}
