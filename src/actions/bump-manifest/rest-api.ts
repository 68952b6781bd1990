import { ActionFailure } from '../../core/errors.js';
import { sendWithRetries } from '../../core/http/retry.js';
import { clipRemoteText } from '../../core/secret-forms.js';

/** One JSON REST API (GitLab's or Gitea's): every call carries the auth header, to this base URL only. */
export interface RestApi {
  call<T>(what: string, method: string, path: string, body?: unknown): Promise<T>;
}

/** The answers a provider gives and what to tell the reader about them. */
export interface RestApiOptions {
  /** Base URL, e.g. https://gitlab.example.com/api/v4. */
  baseUrl: string;
  /** The provider's name in messages. */
  name: string;
  /** The header that carries the token, as the provider documents it. */
  authHeader: [string, string];
  /** What a 403/404 most likely means for this provider. */
  permissionHint: string;
  /** The repository named in messages. */
  where: string;
}

/** A stalled API is given up after 30 s of silence, a trickling one after 60 s in all. */
/** An answer outside 2xx: the status is kept so a caller can recognise an expected refusal. */
export class RestApiError extends ActionFailure {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const IDLE_TIMEOUT_MS = 30_000;
const DEADLINE_MS = 60_000;

/**
 * JSON over the shared HTTP client (transient failures retried). Redirects are not followed, so
 * the token goes to `baseUrl`'s origin and nowhere else. Error messages quote the API's own
 * `message`/`error` fields, never the request.
 */
export function restApi(options: RestApiOptions): RestApi {
  const base = options.baseUrl.replace(/\/+$/, '');
  return {
    async call<T>(what: string, method: string, path: string, body?: unknown): Promise<T> {
      const url = new URL(`${base}${path}`);
      const headers: Record<string, string> = { accept: 'application/json', [options.authHeader[0]]: options.authHeader[1] };
      if (body !== undefined) headers['content-type'] = 'application/json';
      let response;
      try {
        response = await sendWithRetries({ method, url, headers, body: body === undefined ? undefined : JSON.stringify(body), idleTimeoutMs: IDLE_TIMEOUT_MS, deadlineMs: DEADLINE_MS });
      } catch (error) {
        throw new ActionFailure(`could not reach the ${options.name} API at ${base} to ${what}: ${(error as Error).message}`, { cause: error });
      }
      const text = response.body.toString('utf8');
      if (response.status >= 200 && response.status < 300) {
        try {
          return (text ? JSON.parse(text) : undefined) as T;
        } catch {
          throw new ActionFailure(`the ${options.name} API at ${base} answered ${what} with something that is not JSON`);
        }
      }
      const details = apiMessage(text);
      const status = `${response.status}${details ? `: ${details}` : ''}`;
      if (response.status === 401) throw new RestApiError(`the ${options.name} API rejected the token while trying to ${what} in ${options.where} at ${base} (401)`, 401);
      if (response.status === 403 || response.status === 404) {
        throw new RestApiError(`could not ${what} in ${options.where} at ${base} (${status}): ${options.permissionHint}`, response.status);
      }
      throw new RestApiError(`could not ${what} in ${options.where} at ${base} (${status})`, response.status);
    },
  };
}

/** The human part of an error body (`message`, `error`, GitLab's message arrays), cut to one line. */
function apiMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown; error?: unknown };
    const message = parsed.message ?? parsed.error;
    const flat = typeof message === 'string' ? message : JSON.stringify(message);
    return clipRemoteText((flat ?? '').replace(/\s+/g, ' '), 300);
  } catch {
    return '';
  }
}
