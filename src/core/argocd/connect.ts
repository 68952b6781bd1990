import { backoffDelay, sleep } from '../backoff.js';
import { ActionFailure, ConfigurationError } from '../errors.js';
import { HttpConnectionError } from '../http/errors.js';
import type { TlsSettings } from '../http/request.js';
import type { ActionIO } from '../io.js';
import { ArgocdClient } from './client.js';
import { ArgocdApiError } from './errors.js';
import type { ArgocdCredentials } from './credentials.js';
import type { AppRef } from './types.js';

export interface ConnectSettings {
  server: URL;
  credentials: ArgocdCredentials;
  tls: TlsSettings;
  /** Extra headers on every request (an identity-aware proxy in front of Argo CD). */
  headers?: Record<string, string>;
  requestTimeoutMs?: number;
  /** Bounds the whole connect phase (login, version, token check): a slow or trickling server cannot hold it. */
  signal?: AbortSignal;
}

/**
 * Logs in if needed and proves the server is Argo CD's API and the token is good (reference §2.4 step 1),
 * so a bad URL, a TLS failure or a bad token fails here, clearly, before anything is changed.
 */
export async function connectToArgocd(settings: ConnectSettings, io: ActionIO): Promise<{ client: ArgocdClient; version: string; username?: string }> {
  const where = settings.server.origin + settings.server.pathname.replace(/\/+$/, '');
  if (sendsCredentialsInClear(settings.server)) {
    io.warning(`${where} is plain http://: the ${settings.credentials.kind === 'token' ? 'auth-token' : 'password'} goes over the network unencrypted; use https:// (or a loopback address, e.g. a port-forward)`);
  }
  try {
    let token: string;
    if (settings.credentials.kind === 'token') {
      token = settings.credentials.token.reveal();
      // Masked here too: it may come from ARGOCD_AUTH_TOKEN rather than a secret input.
      io.mask(token);
    } else {
      const common = { server: settings.server, tls: settings.tls, headers: settings.headers, requestTimeoutMs: settings.requestTimeoutMs, signal: settings.signal };
      token = await ArgocdClient.createSession(common, settings.credentials.username, settings.credentials.password.reveal());
      io.mask(token);
    }
    const client = new ArgocdClient({
      server: settings.server,
      token,
      tls: settings.tls,
      headers: settings.headers,
      requestTimeoutMs: settings.requestTimeoutMs,
      onRetry: (what, attempt, reason, delay) => io.info(`${what}: attempt ${attempt} failed (${reason}); retrying in ${delay} ms`),
    });
    io.mask(client.authorizationHeader);
    const version = await client.version(settings.signal);
    const user = await client.userInfo(settings.signal);
    if (!user.loggedIn) {
      throw new ActionFailure(`Argo CD at ${where} does not accept the ${settings.credentials.kind === 'token' ? 'auth-token' : 'session token'}: it is invalid, expired or revoked (GET /api/v1/session/userinfo says not logged in).`);
    }
    return { client, version, username: user.username };
  } catch (error) {
    if (error instanceof HttpConnectionError) throw new ActionFailure(`Cannot reach Argo CD at ${where}: ${error.message}`, { cause: error });
    throw error;
  }
}

export interface AppSelection {
  /** `name` or `namespace/name` items. */
  applications: string[];
  selector?: string;
  project?: string;
  appNamespace?: string;
}

const LIST_ATTEMPTS = 3;
const LIST_BACKOFF = { baseDelayMs: 500, maxDelayMs: 5_000 };

/** Turns the applications/selector inputs into app references; a selector matching nothing is an error. */
export async function resolveApplications(client: ArgocdClient, selection: AppSelection, signal?: AbortSignal): Promise<AppRef[]> {
  if (selection.applications.length) {
    return selection.applications.map((item) => {
      const [first, second] = item.split('/');
      return second === undefined
        ? { name: first, namespace: selection.appNamespace, project: selection.project }
        : { name: second, namespace: first, project: selection.project };
    });
  }
  if (!selection.selector) throw new ConfigurationError('give applications or a selector', 'applications');
  let apps;
  for (let attempt = 1; ; attempt++) {
    try {
      apps = await client.listApplications({ selector: selection.selector, project: selection.project, appNamespace: selection.appNamespace }, signal);
      break;
    } catch (error) {
      // server/application/application.go `List` returns labels.Parse's error as a plain Go error: HTTP 500.
      if (error instanceof ArgocdApiError && (error.status === 400 || /error parsing the selector/i.test(error.apiMessage))) {
        throw new ConfigurationError(`Argo CD rejected the label selector "${selection.selector}": ${error.apiMessage}`, 'selector');
      }
      const transient = (error instanceof ArgocdApiError && error.isTransientRead) || (error instanceof HttpConnectionError && error.transient);
      if (!transient || attempt >= LIST_ATTEMPTS || signal?.aborted) throw error;
      await sleep(backoffDelay(attempt, LIST_BACKOFF));
    }
  }
  const refs = apps
    .filter((app) => app.metadata?.name)
    .map((app) => ({ name: app.metadata!.name!, namespace: app.metadata?.namespace ?? selection.appNamespace, project: selection.project }));
  if (!refs.length) {
    throw new ActionFailure(`No application matches the selector "${selection.selector}"${selection.project ? ` in project ${selection.project}` : ''} (or the token may not read them).`);
  }
  return refs;
}

/** Runs `task` over `items` with at most `limit` at once, keeping the order of results. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/**
 * Plain http:// is allowed (Argo CD's `--insecure` mode behind a TLS-terminating proxy, an
 * in-cluster service URL) but said; over loopback nothing leaves the machine, so nothing is said.
 */
function sendsCredentialsInClear(server: URL): boolean {
  if (server.protocol !== 'http:') return false;
  const host = server.hostname.replace(/^\[|\]$/g, '');
  return !(host === 'localhost' || host === '::1' || /^127\./.test(host));
}
