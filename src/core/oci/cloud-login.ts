import { readFile } from 'node:fs/promises';
import { ActionFailure, ConfigurationError } from '../errors.js';
import type { ActionIO } from '../io.js';
import { HttpConnectionError } from '../http/errors.js';
import type { HttpResponse } from '../http/request.js';
import { sendWithRetries, type RetryPolicy } from '../http/retry.js';
import { signV4 } from './aws-sigv4.js';
import type { CredentialSource, RegistryCredential } from './credentials.js';
import { describeErrorBody } from './errors.js';
import { clipRemoteText } from '../secret-forms.js';

import type { Provider } from './cloud-providers.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface CloudLoginDeps {
  env: Env;
  io: Pick<ActionIO, 'mask' | 'info'>;
  now?: () => Date;
  retry?: RetryPolicy;
  /** `https://<registry>` unless the registry speaks plain HTTP (see registryTransport): where ACR's exchange is. */
  registryUrl?: URL;
}

const REQUEST_IDLE_MS = 10_000;
const RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 4_000 };
/** `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`, as the ECR docs and fluxcd/pkg auth/aws parse it. */
const ECR_HOST = /^\d{12}\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
/** GCR and Artifact Registry hosts: `gcr.io`, `eu.gcr.io`, `europe-west1-docker.pkg.dev`. */
const GOOGLE_HOST = /^(?:[a-z0-9-]+\.)?gcr\.io$|^[a-z0-9-]+-docker\.pkg\.dev$/;

/** The credential the `provider` input asks for, fetched once, for its registry only. */
export function cloudCredentials(provider: Exclude<Provider, 'generic'>, registry: string, deps: CloudLoginDeps): CredentialSource {
  let fetched: Promise<RegistryCredential> | undefined;
  return {
    forRegistry: (host) => {
      if (host !== registry) return Promise.resolve(undefined);
      fetched ??= provider === 'aws' ? ecrLogin(registry, deps) : provider === 'azure' ? acrLogin(registry, deps) : googleLogin(registry, deps);
      return fetched;
    },
  };
}

/**
 * ECR: `GetAuthorizationToken`, signed with the keys in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
 * (AWS_SESSION_TOKEN for temporary ones, as aws-actions/configure-aws-credentials exports them);
 * the answer is base64 `AWS:<password>`, valid 12 hours. AWS_ENDPOINT_URL_ECR / AWS_ENDPOINT_URL
 * point it elsewhere, as for the AWS CLI and SDKs.
 */
async function ecrLogin(registry: string, deps: CloudLoginDeps): Promise<RegistryCredential> {
  const { env } = deps;
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId || !secretAccessKey) {
    throw new ConfigurationError(
      'is aws, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set: configure them first (aws-actions/configure-aws-credentials on GitHub, CI/CD variables on GitLab)',
      'provider',
    );
  }
  const region = ECR_HOST.exec(registry)?.[1] ?? (env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim());
  if (!region) throw new ConfigurationError(`is aws, but ${registry} is not an ECR host (<account>.dkr.ecr.<region>.amazonaws.com) and AWS_REGION is not set`, 'provider');
  deps.io.mask(secretAccessKey);
  const sessionToken = env.AWS_SESSION_TOKEN?.trim() || undefined;
  if (sessionToken) deps.io.mask(sessionToken);
  const endpoint = new URL(env.AWS_ENDPOINT_URL_ECR?.trim() || env.AWS_ENDPOINT_URL?.trim() || `https://api.ecr.${region}.amazonaws.com`);
  const body = '{}';
  const headers = { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken' };
  const signed = signV4({ method: 'POST', url: endpoint, headers, body }, { accessKeyId, secretAccessKey, sessionToken }, region, 'ecr', (deps.now ?? (() => new Date()))());
  const response = await call('ECR GetAuthorizationToken', endpoint, deps, { method: 'POST', headers: { ...headers, ...signed }, body });
  const data = parseJson<{ authorizationData?: { authorizationToken?: unknown }[] }>(response, 'ECR GetAuthorizationToken');
  const token = data.authorizationData?.[0]?.authorizationToken;
  const decoded = typeof token === 'string' ? Buffer.from(token, 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  if (colon <= 0) throw new ActionFailure('ECR GetAuthorizationToken answered without an authorization token.');
  const password = decoded.slice(colon + 1);
  deps.io.mask(password);
  deps.io.mask(token as string);
  return { username: decoded.slice(0, colon), password, source: 'the aws provider (ECR GetAuthorizationToken)' };
}

/** The user name ACR gives every refresh token (what `az acr login` logs in docker with). */
export const ACR_TOKEN_USER = '00000000-0000-0000-0000-000000000000';

/**
 * ACR: an Entra ID (Azure AD) access token for the service principal in AZURE_TENANT_ID /
 * AZURE_CLIENT_ID with AZURE_CLIENT_SECRET, or with the workload-identity token in
 * AZURE_FEDERATED_TOKEN_FILE (AZURE_AUTHORITY_HOST for other clouds, as azidentity reads them),
 * exchanged at the registry's `/oauth2/exchange` for an ACR refresh token, which the token
 * realm then turns into scoped tokens (the identity-token path).
 */
async function acrLogin(registry: string, deps: CloudLoginDeps): Promise<RegistryCredential> {
  const { env } = deps;
  const tenant = env.AZURE_TENANT_ID?.trim();
  const clientId = env.AZURE_CLIENT_ID?.trim();
  const secret = env.AZURE_CLIENT_SECRET?.trim();
  const assertionFile = env.AZURE_FEDERATED_TOKEN_FILE?.trim();
  if (!tenant || !clientId || !(secret || assertionFile)) {
    throw new ConfigurationError(
      'is azure, but AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or AZURE_FEDERATED_TOKEN_FILE) are not set: set them, or run az acr login first and leave provider generic',
      'provider',
    );
  }
  if (secret) deps.io.mask(secret);
  const form = new URLSearchParams({ client_id: clientId, scope: 'https://management.azure.com/.default', grant_type: 'client_credentials' });
  if (secret) form.set('client_secret', secret);
  else {
    const assertion = (
      await readFile(assertionFile as string, 'utf8').catch(() => {
        throw new ConfigurationError(`is azure, but AZURE_FEDERATED_TOKEN_FILE (${assertionFile}) cannot be read`, 'provider');
      })
    ).trim();
    deps.io.mask(assertion);
    form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    form.set('client_assertion', assertion);
  }
  const authority = (env.AZURE_AUTHORITY_HOST?.trim() || 'https://login.microsoftonline.com').replace(/\/+$/, '');
  const tokenUrl = new URL(`${authority}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`);
  const aad = parseJson<{ access_token?: unknown }>(await call('Entra ID', tokenUrl, deps, postForm(form)), 'Entra ID').access_token;
  if (typeof aad !== 'string' || !aad) throw new ActionFailure('Entra ID answered without an access token.');
  deps.io.mask(aad);
  const exchangeUrl = new URL('/oauth2/exchange', deps.registryUrl ?? `https://${registry}`);
  const exchange = new URLSearchParams({ grant_type: 'access_token', service: registry, tenant, access_token: aad });
  const refresh = parseJson<{ refresh_token?: unknown }>(await call(`The token exchange of ${registry}`, exchangeUrl, deps, postForm(exchange)), 'ACR').refresh_token;
  if (typeof refresh !== 'string' || !refresh) throw new ActionFailure(`The token exchange of ${registry} answered without a refresh token.`);
  deps.io.mask(refresh);
  return { username: ACR_TOKEN_USER, identityToken: refresh, source: 'the azure provider (ACR token exchange)' };
}

function postForm(form: URLSearchParams): { method: string; headers: Record<string, string>; body: string } {
  return { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() };
}

/**
 * GCR / Artifact Registry: an OAuth2 access token as the password of `oauth2accesstoken`. From
 * GOOGLE_OAUTH_ACCESS_TOKEN or CLOUDSDK_AUTH_ACCESS_TOKEN (what google-github-actions/auth gives
 * with token_format: access_token), else the metadata server of a GCE/GKE/Cloud Build runner
 * (GCE_METADATA_HOST points it elsewhere, as for Google's client libraries).
 */
async function googleLogin(registry: string, deps: CloudLoginDeps): Promise<RegistryCredential> {
  const { env } = deps;
  if (!GOOGLE_HOST.test(registry) && !env.GCE_METADATA_HOST) {
    deps.io.info(`${registry} does not look like a GCR or Artifact Registry host; logging in with a Google access token all the same.`);
  }
  const given = env.GOOGLE_OAUTH_ACCESS_TOKEN?.trim() || env.CLOUDSDK_AUTH_ACCESS_TOKEN?.trim();
  if (given) {
    deps.io.mask(given);
    return { username: 'oauth2accesstoken', password: given, source: 'the gcp provider (GOOGLE_OAUTH_ACCESS_TOKEN)' };
  }
  const url = new URL(`http://${env.GCE_METADATA_HOST?.trim() || 'metadata.google.internal'}/computeMetadata/v1/instance/service-accounts/default/token`);
  let response: HttpResponse;
  try {
    response = await call('the GCE metadata server', url, deps, { method: 'GET', headers: { 'Metadata-Flavor': 'Google' } });
  } catch (error) {
    if (!(error instanceof HttpConnectionError)) throw error;
    throw new ConfigurationError(
      'is gcp, but there is no Google access token: set GOOGLE_OAUTH_ACCESS_TOKEN (google-github-actions/auth with token_format: access_token) or run on Google Cloud, where the metadata server gives one',
      'provider',
    );
  }
  const token = parseJson<{ access_token?: unknown }>(response, 'The GCE metadata server').access_token;
  if (typeof token !== 'string' || !token) throw new ActionFailure('The GCE metadata server answered without an access token.');
  deps.io.mask(token);
  return { username: 'oauth2accesstoken', password: token, source: 'the gcp provider (GCE metadata server)' };
}

async function call(what: string, url: URL, deps: CloudLoginDeps, request: { method: string; headers: Record<string, string>; body?: string }): Promise<HttpResponse> {
  const response = await sendWithRetries({ ...request, url, idleTimeoutMs: REQUEST_IDLE_MS }, deps.retry ?? RETRY);
  if (response.status === 200) return response;
  const { text } = describeErrorBody(response.body);
  const answer = text ?? clipRemoteText(response.body.toString('utf8').trim(), 200);
  throw new ActionFailure(`${what} at ${url.origin} refused the login (HTTP ${response.status})${answer ? `: ${answer}` : ''}.`);
}

function parseJson<T>(response: HttpResponse, what: string): T {
  try {
    return JSON.parse(response.body.toString('utf8')) as T;
  } catch {
    throw new ActionFailure(`${what} answered with something that is not JSON.`);
  }
}
