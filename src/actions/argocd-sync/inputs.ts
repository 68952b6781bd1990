import { existsSync } from 'node:fs';
import { ConfigurationError } from '../../core/errors.js';
import type { InputReader } from '../../core/inputs.js';
import { resolveUserPath } from '../../core/paths.js';
import type { Env, ParseContext } from '../../core/runtime.js';
import { readTlsInputs } from '../../core/tls-inputs.js';
import type { ArgocdCredentials } from '../../core/argocd/credentials.js';
import { SecretValue } from '../../core/secret-value.js';
import type { SyncSettings } from '../../core/argocd/sync-app.js';
import { hideUserInfo } from '../../core/secret-forms.js';

export interface ArgocdSyncInputs {
  /** Base URL, path prefix kept (`/api/...` is appended). */
  server: URL;
  credentials: ArgocdCredentials;
  /** Extra CA to trust; undefined for the system roots only. */
  caFile?: string;
  /** Certificate verification off, by explicit opt-in only. */
  insecure: boolean;
  /** Extra request headers; their values are secrets (an identity-aware proxy's credentials). */
  headers: Record<string, SecretValue>;
  /** Client certificate and key files for mutual TLS, both or neither. */
  clientCertFile?: string;
  clientKeyFile?: string;
  /** `name` or `namespace/name` items; empty when `selector` is used. */
  applications: string[];
  selector?: string;
  project?: string;
  appNamespace?: string;
  /** What to sync and how to wait (the core's settings, validated). */
  sync: SyncSettings;
  concurrency: number;
}

const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const SYNC_OPTION = /^[A-Za-z][A-Za-z0-9]*=\S+$/;

export function parseArgocdSyncInputs(reader: InputReader, { env, workspace }: ParseContext): ArgocdSyncInputs {
  const server = parseServer(reader.optional('server') ?? env.ARGOCD_SERVER?.trim());
  const credentials = parseCredentials(reader, env);
  const { caFile, insecure } = readTlsInputs(reader, workspace);
  // Header values may be credentials (Cloudflare Access, IAP): read as secrets, masked.
  const headers = parseHeaders(reader.secretLines('header').map((line) => line.reveal()));
  const clientCert = reader.optional('client-cert');
  const clientKey = reader.optional('client-key');
  if (clientCert && !clientKey) throw new ConfigurationError('is required with client-cert', 'client-key');
  if (clientKey && !clientCert) throw new ConfigurationError('is required with client-key', 'client-cert');
  const clientCertFile = existingFile(clientCert, 'client-cert', workspace);
  const clientKeyFile = existingFile(clientKey, 'client-key', workspace);
  if (insecure && server.protocol === 'http:') throw new ConfigurationError('has no effect on an http:// server', 'insecure');

  const applications = reader.list('applications');
  const selector = reader.optional('selector');
  if (applications.length && selector) throw new ConfigurationError('give either applications or selector, not both', 'selector');
  if (!applications.length && !selector) throw new ConfigurationError('give the applications to sync (or a selector)', 'applications');
  for (const item of applications) {
    const parts = item.split('/');
    if (parts.length > 2 || !parts.every((part) => NAME.test(part))) {
      throw new ConfigurationError(`expected name or namespace/name (lower-case letters, digits, - and .), got "${item}"`, 'applications');
    }
  }
  const appNamespace = reader.optional('app-namespace');
  if (appNamespace && !NAME.test(appNamespace)) throw new ConfigurationError(`not a namespace name: "${appNamespace}"`, 'app-namespace');

  const syncOptions = reader.list('sync-options');
  for (const option of syncOptions) if (!SYNC_OPTION.test(option)) throw new ConfigurationError(`expected Key=value items, got "${option}"`, 'sync-options');

  const timeoutMs = reader.duration('timeout');
  const refreshTimeoutMs = reader.duration('refresh-timeout');
  const degradedGraceMs = reader.duration('degraded-grace');
  if (timeoutMs <= 0) throw new ConfigurationError('must be longer than 0', 'timeout');
  if (refreshTimeoutMs <= 0) throw new ConfigurationError('must be longer than 0', 'refresh-timeout');

  return {
    server,
    credentials,
    caFile,
    insecure,
    headers,
    clientCertFile,
    clientKeyFile,
    applications,
    selector,
    project: reader.optional('project'),
    appNamespace,
    sync: {
      revision: reader.optional('revision'),
      prune: reader.boolean('prune'),
      dryRun: reader.boolean('dry-run'),
      force: reader.boolean('force'),
      resources: reader.lines('resources').map(parseResource),
      syncOptions,
      applyOutOfSyncOnly: reader.boolean('apply-out-of-sync-only'),
      operationInProgress: reader.oneOf('operation-in-progress', ['fail', 'wait', 'terminate'] as const),
      refresh: reader.oneOf('refresh', ['none', 'normal', 'hard'] as const),
      refreshTimeoutMs,
      wait: reader.boolean('wait'),
      timeoutMs,
      terminateOnTimeout: reader.boolean('terminate-on-timeout'),
      syncStatus: reader.boolean('sync-status-check'),
      health: reader.boolean('health-check'),
      acceptSuspended: reader.boolean('accept-suspended'),
      degradedFailsFast: reader.boolean('degraded-fails-fast'),
      degradedGraceMs,
    },
    concurrency: reader.integer('concurrency', { min: 1, max: 32 }),
  };
}

/** A URL, or `host[:port][/path]` as the argocd CLI and ARGOCD_SERVER take it, served over https. */
function parseServer(given: string | undefined): URL {
  if (!given) throw new ConfigurationError('is required (or the ARGOCD_SERVER environment variable)', 'server');
  const value = /^[a-z][a-z0-9+.-]*:\/\//i.test(given) ? given : `https://${given}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`expected a URL such as https://argocd.example.com or a host[:port] such as argocd.example.com, got "${hideUserInfo(given)}"`, 'server');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigurationError(`expected an http:// or https:// URL, got scheme ${url.protocol}`, 'server');
  if (url.username || url.password) throw new ConfigurationError('must not hold credentials; use auth-token, or username and password', 'server');
  if (url.search || url.hash) throw new ConfigurationError('must be a base URL without query string or fragment', 'server');
  if (/\/api(\/|$)/.test(url.pathname)) throw new ConfigurationError('give the base URL without /api (it is appended)', 'server');
  return url;
}

/** RFC 9110 token characters: what a header name may hold. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** `Name: value` lines, as the argocd CLI's `--header`; a line without a colon or with a bad name is refused. */
/** A file named by an input: anywhere, relative from the workspace, checked to exist. */
function existingFile(given: string | undefined, name: string, workspace: string): string | undefined {
  if (!given) return undefined;
  const file = resolveUserPath(workspace, given);
  if (!existsSync(file)) throw new ConfigurationError(`"${given}" does not exist`, name);
  return file;
}

function parseHeaders(lines: string[]): Record<string, SecretValue> {
  const headers: Record<string, SecretValue> = {};
  for (const [index, line] of lines.entries()) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    // The line is not quoted back: it may hold a credential.
    if (colon < 0) throw new ConfigurationError(`line ${index + 1} has no ":"; expected "Name: value" per line`, 'header');
    if (!HEADER_NAME.test(name)) throw new ConfigurationError(`line ${index + 1} has no valid header name before ":"; expected "Name: value" per line`, 'header');
    if (/^(authorization|host|content-type|content-length)$/i.test(name)) throw new ConfigurationError(`line ${index + 1} sets ${name}, which the action sets itself`, 'header');
    headers[name] = new SecretValue(line.slice(colon + 1).trim());
  }
  return headers;
}

/** The auth-token input, else username and password, else ARGOCD_AUTH_TOKEN from the environment. */
function parseCredentials(reader: InputReader, env: Env): ArgocdCredentials {
  const token = reader.secret('auth-token');
  const username = reader.optional('username');
  const password = reader.secret('password');
  if (token && (username || password)) throw new ConfigurationError('give either auth-token or username and password, not both', 'auth-token');
  if (token) return tokenCredentials(token.reveal(), '');
  if (username && password) return { kind: 'login', username, password };
  if (username) throw new ConfigurationError('is required with username', 'password');
  if (password) throw new ConfigurationError('is required with password', 'username');
  const fromEnv = env.ARGOCD_AUTH_TOKEN?.trim();
  if (fromEnv) return tokenCredentials(fromEnv, ' (from ARGOCD_AUTH_TOKEN)');
  throw new ConfigurationError('is required (or username and password, or the ARGOCD_AUTH_TOKEN environment variable)', 'auth-token');
}

function tokenCredentials(token: string, from: string): ArgocdCredentials {
  // Argo CD ignores a bearer token that is not three dot-separated parts and answers "no session information".
  if (!/^[^.\s]+\.[^.\s]+\.[^.\s]+$/.test(token)) throw new ConfigurationError(`is not an Argo CD token${from} (a JWT: three dot-separated parts)`, 'auth-token');
  return { kind: 'token', token: new SecretValue(token) };
}

/** The CLI's `--resource` form: `GROUP:KIND:NAME` or `GROUP:KIND:NAMESPACE/NAME`. */
function parseResource(line: string): { group: string; kind: string; name: string; namespace: string } {
  const parts = line.split(':');
  const [group, kind, qualified] = parts;
  const [namespace, name] = qualified?.includes('/') ? qualified.split('/') : ['', qualified];
  if (parts.length !== 3 || !kind || !name || name.includes('/')) {
    throw new ConfigurationError(`expected GROUP:KIND:NAME or GROUP:KIND:NAMESPACE/NAME, got "${line}"`, 'resources');
  }
  return { group: group ?? '', kind, name, namespace: namespace ?? '' };
}
