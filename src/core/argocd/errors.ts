import { ActionFailure } from '../errors.js';
import { clipRemoteText } from '../secret-forms.js';

/**
 * An HTTP answer from Argo CD that is not a success. `apiMessage` is the gRPC status message from the
 * `{"error","code","message"}` body (or the text/plain body of a routing error), never request data.
 */
export class ArgocdApiError extends ActionFailure {
  override readonly name = 'ArgocdApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly apiMessage: string,
    readonly grpcCode: number | undefined,
  ) {
    super(message);
  }

  get isOperationInProgress(): boolean {
    return this.status === 400 && /another operation is already in progress/i.test(this.apiMessage);
  }

  get isNoOperationInProgress(): boolean {
    return this.status === 400 && /no operation is in progress/i.test(this.apiMessage);
  }

  /**
   * The repo-server (or something behind it) was unavailable while resolving the revision: Argo CD wraps every
   * resolution error as FailedPrecondition (server/application/application.go `resolveRevision`), so this is a
   * 400 code 9 whose message carries the inner `code = Unavailable`. Nothing was changed: a retry is safe.
   */
  get isRepoServerUnavailable(): boolean {
    return (this.status === 400 && /error resolving repo revision:.*code = (Unavailable|DeadlineExceeded)/i.test(this.apiMessage)) || (this.status === 503 && this.grpcCode === 14);
  }

  /** The repo-server answered that the revision does not exist (util/git/client.go `lsRemote`). */
  get isUnresolvableRevision(): boolean {
    return this.status === 400 && /unable to resolve '.*' to a commit SHA|error resolving repo revision/i.test(this.apiMessage) && !this.isRepoServerUnavailable;
  }

  /**
   * Worth reading again within the wait: 5xx, 408, 429, and a bare 403 on an app already read, which is how
   * Argo CD reports any Kubernetes read error (server/application/application.go `getAppEnforceRBAC`).
   */
  get isTransientRead(): boolean {
    return this.status >= 500 || this.status === 408 || this.status === 429 || (this.status === 403 && this.apiMessage === 'permission denied');
  }
}

/** Reads the gRPC-gateway error body: `{"error":"…","code":9,"message":"…"}` or a stream's `{"error":{…}}`. */
export function parseErrorBody(body: string): { message: string; grpcCode?: number } {
  // A stream error written through the SSE marshaler arrives framed as an event: `data: {"error":{…}}`.
  const trimmed = body.trim();
  const text = trimmed.startsWith('data:') ? trimmed.slice('data:'.length).trim() : trimmed;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const nested = typeof parsed.error === 'object' && parsed.error !== null ? (parsed.error as Record<string, unknown>) : undefined;
    const source = nested ?? parsed;
    const message = typeof source.message === 'string' ? source.message : typeof parsed.error === 'string' ? parsed.error : '';
    const code = typeof source.code === 'number' ? source.code : typeof source.grpc_code === 'number' ? source.grpc_code : undefined;
    return { message, grpcCode: code };
  } catch {
    // An HTML page from a proxy says nothing useful past its first line.
    return { message: text.startsWith('<') ? 'an HTML page (a proxy or the web UI answered, not the API)' : clipRemoteText(text.split('\n')[0], 300) };
  }
}

/**
 * The user-facing explanation of an API error on one call, with what to do about it. The statuses follow
 * reference §3.3/§4: a 403 means "missing or forbidden" unless a project was given, which turns missing into 404.
 */
export function describeApiFailure(what: string, status: number, apiMessage: string, about: { app: boolean; project: boolean }): string {
  const detail = apiMessage ? `: ${apiMessage}` : '';
  switch (status) {
    case 401:
      return `${what} failed: Argo CD rejected the credentials (HTTP 401${detail}). The auth-token is invalid, expired or revoked, or the login failed.`;
    case 403:
      if (/sync window/i.test(apiMessage)) return `${what} was refused by a sync window (HTTP 403${detail}).`;
      if (!about.app) return `${what} failed: permission denied (HTTP 403${detail}).`;
      // A detailed denial (`permission denied: applications, sync, PROJ/APP, sub: …`) comes from an RBAC check on
      // an application Argo CD found; only the bare "permission denied" may hide a missing one.
      if (/^permission denied: /.test(apiMessage)) return `${what} failed: permission denied (HTTP 403${detail}). The token's role lacks this permission on the application.`;
      return about.project
        ? `${what} failed: permission denied (HTTP 403${detail}). The token's role needs get and sync on this application.`
        : `${what} failed: the application does not exist or the token may not read it (Argo CD answers HTTP 403 for both${detail}). Check the applications input, and set the project input to tell the two apart.`;
    case 404:
      return about.app
        ? `${what} failed: not found (HTTP 404${detail}). Check the application name, app-namespace and project.`
        : `${what} failed: not found (HTTP 404${detail}). Check that server is Argo CD's base URL, with its path prefix if it has one.`;
    case 415:
      return `${what} failed: the server refused the request's content type (HTTP 415${detail}).`;
    default:
      return `${what} failed: HTTP ${status}${detail}.`;
  }
}
