import { header, send, sendForStream, type HttpRequest, type HttpResponse, type TlsSettings } from '../http/request.js';
import { sendWithRetries, type RetryPolicy } from '../http/retry.js';
import { ActionFailure } from '../errors.js';
import { HttpConnectionError } from '../http/errors.js';
import { DeadlineExceeded } from './deadline.js';
import { ArgocdApiError, describeApiFailure, parseErrorBody } from './errors.js';
import { WatchStreamParser, type WatchEvent } from './watch-stream.js';
import { appLabel as label, type Application, type ApplicationTree, type AppRef, type SyncRequestBody } from './types.js';

export interface ArgocdClientOptions {
  /** Base URL of Argo CD, with its `--rootpath` prefix if any: `/api/...` is appended to its path. */
  server: URL;
  /** Bearer token (API key, project role token or session token). */
  token: string;
  tls?: TlsSettings;
  /** Longest silence on one call before it is abandoned. */
  requestTimeoutMs?: number;
  /** Retries of reads on dropped connections, 429 and 5xx. */
  retryPolicy?: RetryPolicy;
  userAgent?: string;
  /** Extra headers on every request (`header` input: an identity-aware proxy's credentials). */
  headers?: Record<string, string>;
  /** Bounds every call not given a signal of its own: only for the short-lived login client. */
  signal?: AbortSignal;
  onRetry?: (what: string, attempt: number, reason: string, delayMs: number) => void;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_READ_RETRY_POLICY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 5_000 };
// Any User-Agent but `argocd-client/<old>` is accepted (reference §0).
export const USER_AGENT = 'gitops-actions-argocd-sync/0.1';

interface CallOptions {
  query?: Record<string, string | undefined>;
  body?: unknown;
  timeoutMs?: number;
  signal?: AbortSignal;
  retries?: boolean;
  ref?: AppRef;
}

/** Argo CD's REST API (grpc-gateway, reference §0–§1): the calls sync and wait need, nothing else. */
export class ArgocdClient {
  readonly #options: ArgocdClientOptions;
  readonly #authorization: string;

  constructor(options: ArgocdClientOptions) {
    this.#options = options;
    this.#authorization = `Bearer ${options.token}`;
  }

  /** The `Authorization` value, so the caller can mask this derived form of the token too. */
  get authorizationHeader(): string {
    return this.#authorization;
  }

  /** Logs in with a username and password (`POST /api/v1/session`) and returns the session token. */
  static async createSession(options: Omit<ArgocdClientOptions, 'token'>, username: string, password: string): Promise<string> {
    const anonymous = new ArgocdClient({ ...options, token: '' });
    const session = await anonymous.#call<{ token?: string }>('POST', '/api/v1/session', 'Logging in to Argo CD', { body: { username, password } });
    if (!session.token) throw new ActionFailure('Logging in to Argo CD returned no session token.');
    return session.token;
  }

  /** `GET /api/version`: proves the URL reaches Argo CD's API and not a UI or a proxy page. */
  async version(signal?: AbortSignal): Promise<string> {
    const body = await this.#call<{ Version?: string }>('GET', '/api/version', 'Reaching the Argo CD API (GET /api/version)', { retries: true, signal });
    if (typeof body.Version !== 'string') {
      throw new ActionFailure(`${this.#options.server.origin} answered GET /api/version without a version: it is not the Argo CD API. Check the server input and its path prefix.`);
    }
    return body.Version;
  }

  /** `GET /api/v1/session/userinfo`: never 401s; an invalid token shows as `loggedIn` absent. */
  async userInfo(signal?: AbortSignal): Promise<{ loggedIn: boolean; username?: string }> {
    const body = await this.#call<{ loggedIn?: boolean; username?: string }>('GET', '/api/v1/session/userinfo', 'Checking the token', { retries: true, signal });
    return { loggedIn: body.loggedIn === true, username: body.username };
  }

  /** Reads one application; with `refresh` Argo CD blocks until the controller has refreshed it. */
  getApplication(ref: AppRef, options: { refresh?: 'normal' | 'hard'; timeoutMs?: number; signal?: AbortSignal; retries?: boolean } = {}): Promise<Application> {
    return this.#call<Application>('GET', `/api/v1/applications/${encodeURIComponent(ref.name)}`, `Reading application ${label(ref)}`, {
      query: { appNamespace: ref.namespace, project: ref.project, refresh: options.refresh },
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      retries: options.retries ?? true,
      ref,
    });
  }

  /** Not retried here: Argo CD answers a bad selector with a 500 that no retry can mend (the caller retries the rest). */
  async listApplications(filter: { selector?: string; project?: string; appNamespace?: string }, signal?: AbortSignal): Promise<Application[]> {
    const list = await this.#call<{ items?: Application[] | null }>('GET', '/api/v1/applications', 'Listing applications', {
      query: { selector: filter.selector, projects: filter.project, appNamespace: filter.appNamespace },
      signal,
    });
    return list.items ?? [];
  }

  /** `POST …/sync`: the answer is the application with its new `operation` (holding the resolved revision). */
  sync(ref: AppRef, body: SyncRequestBody, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<Application> {
    // Body, not query: the route takes `body: "*"`, so appNamespace and project go in it (reference §1.1).
    const request: SyncRequestBody = { ...body, ...(ref.namespace ? { appNamespace: ref.namespace } : {}), ...(ref.project ? { project: ref.project } : {}) };
    return this.#call<Application>('POST', `/api/v1/applications/${encodeURIComponent(ref.name)}/sync`, `Syncing application ${label(ref)}`, { body: request, ...options, ref });
  }

  /** `DELETE …/operation`; the refusal text when Argo CD says no operation is in progress, else undefined. */
  async terminateOperation(ref: AppRef, signal?: AbortSignal): Promise<string | undefined> {
    try {
      await this.#call('DELETE', `/api/v1/applications/${encodeURIComponent(ref.name)}/operation`, `Terminating the operation of ${label(ref)}`, {
        query: { appNamespace: ref.namespace, project: ref.project },
        signal,
        ref,
      });
      return undefined;
    } catch (error) {
      if (error instanceof ArgocdApiError && error.isNoOperationInProgress) return error.apiMessage;
      throw error;
    }
  }

  resourceTree(ref: AppRef, signal?: AbortSignal): Promise<ApplicationTree> {
    return this.#call<ApplicationTree>('GET', `/api/v1/applications/${encodeURIComponent(ref.name)}/resource-tree`, `Reading the resource tree of ${label(ref)}`, {
      query: { appNamespace: ref.namespace, project: ref.project },
      signal,
      ref,
    });
  }

  /**
   * Watches one application. Asks for server-sent events because that framing carries a keepalive every 15 s,
   * which lets `idleTimeoutMs` tell a stalled stream from a quiet one. Ends when the server closes the stream;
   * throws on a failed connection or an idle timeout.
   */
  async *watchApplication(ref: AppRef, options: { resourceVersion?: string; idleTimeoutMs: number; signal?: AbortSignal }): AsyncGenerator<WatchEvent> {
    const request = this.#request('GET', '/api/v1/stream/applications', {
      query: { name: ref.name, appNamespace: ref.namespace, project: ref.project, resourceVersion: options.resourceVersion },
      timeoutMs: options.idleTimeoutMs,
      signal: options.signal,
    });
    request.headers!['Accept'] = 'text/event-stream';
    const response = await sendForStream(request);
    const stream = response.stream;
    try {
      if (response.status !== 200) {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        throw this.#apiError(`Watching application ${label(ref)}`, response.status, Buffer.concat(chunks).toString('utf8'), ref);
      }
      const parser = new WatchStreamParser();
      stream.setEncoding('utf8');
      for await (const chunk of stream) yield* parser.push(chunk as string);
      yield* parser.end();
    } finally {
      stream.destroy();
    }
  }

  #request(method: string, path: string, options: CallOptions): HttpRequest {
    const url = new URL(this.#options.server.href);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
    url.search = '';
    for (const [name, value] of Object.entries(options.query ?? {})) if (value) url.searchParams.set(name, value);
    const headers: Record<string, string> = { ...this.#options.headers, Accept: 'application/json', 'User-Agent': this.#options.userAgent ?? USER_AGENT };
    if (this.#options.token) headers['Authorization'] = this.#authorization;
    // Argo CD compares the content type of every non-GET exactly: a charset suffix is a 415 (reference §0).
    if (method !== 'GET') headers['Content-Type'] = 'application/json';
    return {
      method,
      url,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      idleTimeoutMs: options.timeoutMs ?? this.#options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      tls: this.#options.tls,
      signal: options.signal ?? this.#options.signal,
    };
  }

  async #call<T>(method: string, path: string, what: string, options: CallOptions = {}): Promise<T> {
    const request = this.#request(method, path, options);
    const policy = this.#options.retryPolicy ?? DEFAULT_READ_RETRY_POLICY;
    // Writes are not retried blindly: a dropped sync may have been applied, and the retry would then see
    // "another operation is already in progress" for our own operation.
    let response: HttpResponse;
    try {
      if (request.signal?.aborted) throw request.signal.reason;
      response = options.retries
        ? await sendWithRetries(request, policy, { onRetry: (attempt, reason, delay) => this.#options.onRetry?.(what, attempt, reason, delay) })
        : await send(request);
    } catch (error) {
      // Our own deadline cut the call (whatever the socket said): say which step it stopped, and why.
      if (request.signal?.aborted && request.signal.reason instanceof DeadlineExceeded) {
        throw new DeadlineExceeded(`${what}: ${request.signal.reason.message}`, { cause: error });
      }
      // A time-out or a dropped connection in the middle of the work must say which step it hit.
      if (options.ref && error instanceof HttpConnectionError) throw new HttpConnectionError(`${what}: ${error.message}`, error.code, error.transient, { cause: error });
      throw error;
    }
    const text = response.body.toString('utf8');
    if (response.status < 200 || response.status > 299) throw this.#apiError(what, response.status, text, options.ref);
    const type = header(response.headers, 'content-type') ?? '';
    if (!type.includes('json')) {
      throw new ActionFailure(`${what}: ${this.#options.server.origin} answered with ${type || 'no content type'}, not JSON: the server input does not point at the Argo CD API (check its path prefix).`);
    }
    try {
      return (text.trim() === '' ? {} : JSON.parse(text)) as T;
    } catch {
      throw new ActionFailure(`${what}: the answer was not valid JSON.`);
    }
  }

  #apiError(what: string, status: number, body: string, ref: AppRef | undefined): ArgocdApiError {
    const { message, grpcCode } = parseErrorBody(body);
    return new ArgocdApiError(describeApiFailure(what, status, message, { app: Boolean(ref), project: Boolean(ref?.project) }), status, message, grpcCode);
  }
}
