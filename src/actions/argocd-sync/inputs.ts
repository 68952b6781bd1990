import { existsSync } from 'node:fs';
import type { InputSpec, OutputSpec } from '../../core/action-spec.js';
import type { CiContext } from '../../core/context.js';
import { ConfigurationError } from '../../core/errors.js';
import type { InputReader } from '../../core/inputs.js';
import type { ArgocdCredentials } from '../../core/argocd/credentials.js';
import { SecretValue } from '../../core/secret-value.js';
import type { SyncSettings } from '../../core/argocd/sync-app.js';
import { hideUserInfo } from '../../core/secret-forms.js';

export const INPUT_SPECS = {
  server: { description: 'Argo CD server: a base URL with its path prefix if it has one (https://argocd.example.com, https://example.com/argocd), or host[:port] as the argocd CLI takes it (https is assumed). Default: the ARGOCD_SERVER environment variable.' },
  'auth-token': { description: 'Argo CD API token (account or project role token), sent as a bearer token. Default: the ARGOCD_AUTH_TOKEN environment variable, as for the argocd CLI (keeps the token off a command line). Or give username and password.', secret: true },
  username: { description: 'Argo CD local user for a session login, with password (prefer auth-token in CI).' },
  password: { description: 'Password of username.', secret: true },
  'ca-file': { description: 'PEM file of a CA certificate to trust for server, in addition to the system ones.' },
  insecure: { description: 'Skip TLS certificate verification. Only for test setups; prefer ca-file.', default: 'false' },
  header: { description: 'Extra HTTP headers for every request, one "Name: value" per line, as the argocd CLI\'s --header (e.g. the credentials of Cloudflare Access or IAP in front of Argo CD). Values are masked.', secret: true },
  'client-cert': { description: 'PEM file of a client certificate, for an Argo CD (or proxy) that requires mutual TLS; with client-key.' },
  'client-key': { description: 'PEM file of the private key of client-cert.' },
  applications: { description: 'Applications to sync: names, or namespace/name for apps outside the control-plane namespace; one per line or comma-separated. Or give selector.' },
  selector: { description: 'Label selector choosing the applications to sync (e.g. team=shop,env=prod), instead of applications.' },
  project: { description: 'Argo CD project the applications must belong to; also makes a missing application a clear 404.' },
  'app-namespace': { description: 'Namespace of the Application resources (apps in any namespace) when applications gives bare names.' },
  revision: { description: 'Git revision (branch, tag, SHA) or Helm chart version to sync to; empty: the application\'s target revision.' },
  prune: { description: 'Delete resources that are no longer in git.', default: 'false' },
  'dry-run': { description: 'Preview the sync without changing anything.', default: 'false' },
  force: { description: 'Force apply (delete and re-create resources that cannot be patched).', default: 'false' },
  resources: { description: 'Sync only these resources, one per line as GROUP:KIND:NAME or GROUP:KIND:NAMESPACE/NAME (GROUP empty for core kinds, e.g. :Service:web).' },
  'sync-options': { description: 'Sync options for this sync, e.g. ServerSideApply=true, CreateNamespace=true; they replace the application\'s own.' },
  'apply-out-of-sync-only': { description: 'Apply only resources that are out of sync: adds ApplyOutOfSyncOnly=true to sync-options, or to the application\'s own sync options when sync-options is empty.', default: 'false' },
  'operation-in-progress': { description: 'When an operation is already running: fail, wait for it to end then sync, or terminate it then sync.', default: 'fail' },
  refresh: { description: 'Refresh before syncing: none, normal (re-read git) or hard (also regenerate manifests).', default: 'none' },
  'refresh-timeout': { description: 'Longest wait for the refresh (Argo CD has no limit of its own), e.g. 90s, 2m.', default: '2m' },
  wait: { description: 'Wait for the sync to finish and the application to be Synced (and Healthy, see health-check).', default: 'true' },
  timeout: { description: 'Longest time per application, from its first read to the end of the wait, e.g. 5m, 300s. It bounds every request (connecting too), however slowly the server answers.', default: '5m' },
  'terminate-on-timeout': { description: 'At the timeout, terminate the sync operation this run started if it is still running, instead of leaving it to run.', default: 'false' },
  'sync-status-check': { description: 'Also wait for Argo CD to report the application Synced (live manifests equal to the target\'s); false waits only for the sync operation to succeed, as argocd app sync does, for apps that stay OutOfSync by design (ignored differences, resources managed elsewhere).', default: 'true' },
  'health-check': { description: 'Also wait for the application to be Healthy.', default: 'true' },
  'accept-suspended': { description: 'Count a Suspended application (e.g. a paused rollout) as healthy.', default: 'false' },
  'degraded-fails-fast': { description: 'Fail when the application stays Degraded after the sync for degraded-grace, instead of waiting for the timeout.', default: 'true' },
  'degraded-grace': { description: 'How long the application may stay Degraded after the sync before degraded-fails-fast fails it: rollouts pass through brief Degraded states. 0s fails at the first Degraded.', default: '30s' },
  concurrency: { description: 'How many applications to sync at the same time.', default: '4' },
} satisfies Record<string, InputSpec>;

export type ArgocdSyncOutput = 'revision' | 'sync-status' | 'health-status' | 'operation-phase' | 'applications';

export const OUTPUT_SPECS: Record<ArgocdSyncOutput, OutputSpec> = {
  revision: { description: 'The revision synced (for a multi-source application its sources\' revisions, space-separated); with several applications that differ, name=revision pairs, comma-separated.' },
  'sync-status': { description: 'Sync status (Synced, OutOfSync, Unknown); with several applications, the worst.' },
  'health-status': { description: 'Health status (Healthy, Progressing, Degraded, Suspended, Missing, Unknown); with several applications, the worst.' },
  'operation-phase': { description: 'Phase of the sync operation (Succeeded, Failed, Error, Running, ...); with several applications, the worst.' },
  applications: { description: 'JSON array, one object per application: name, namespace, outcome, revision, revisions (multi-source), targetRevision, syncStatus, healthStatus, operationPhase, operationMessage, failure, notes, problems, durationMs.' },
};

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

export function parseArgocdSyncInputs(reader: InputReader, _context: CiContext, env: Readonly<Record<string, string | undefined>> = {}): ArgocdSyncInputs {
  const server = parseServer(reader.optional('server') ?? env.ARGOCD_SERVER?.trim());
  const credentials = parseCredentials(reader, env);
  const caFile = reader.optional('ca-file');
  const insecure = reader.boolean('insecure');
  const headers = parseHeaders(reader.lines('header'));
  const clientCertFile = reader.optional('client-cert');
  const clientKeyFile = reader.optional('client-key');
  if (clientCertFile && !clientKeyFile) throw new ConfigurationError('is required with client-cert', 'client-key');
  if (clientKeyFile && !clientCertFile) throw new ConfigurationError('is required with client-key', 'client-cert');
  for (const [name, file] of [['client-cert', clientCertFile], ['client-key', clientKeyFile], ['ca-file', caFile]] as const) {
    if (file && !existsSync(file)) throw new ConfigurationError(`the file ${file} does not exist`, name);
  }
  if (caFile && insecure) throw new ConfigurationError('give either ca-file (verify with this CA) or insecure (do not verify), not both', 'insecure');
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
function parseCredentials(reader: InputReader, env: Readonly<Record<string, string | undefined>>): ArgocdCredentials {
  const token = reader.optional('auth-token');
  const username = reader.optional('username');
  const password = reader.optional('password');
  if (token && (username || password)) throw new ConfigurationError('give either auth-token or username and password, not both', 'auth-token');
  if (token) return tokenCredentials(token, '');
  if (username && password) return { kind: 'login', username, password: new SecretValue(password) };
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
