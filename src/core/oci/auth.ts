import { ActionFailure } from '../errors.js';
import type { ActionIO } from '../io.js';
import type { HttpResponse, TlsSettings } from '../http/request.js';
import { sendWithRetries, type RetryPolicy } from '../http/retry.js';
import { pickChallenge, type AuthChallenge } from './challenge.js';
import type { CredentialSource, RegistryCredential } from './credentials.js';
import { describeErrorBody, RegistryError } from './errors.js';
import { mergeScopes, scopesCover } from './scopes.js';

export interface RegistryAuthOptions {
  /** Normalised registry name, used to look credentials up and in messages. */
  registry: string;
  /** `https://host:port` of the Registry API. */
  baseUrl: URL;
  credentials: CredentialSource;
  tls: TlsSettings;
  plainHttp: boolean;
  io: ActionIO;
  retry: RetryPolicy;
  timeoutMs: number;
  signal?: AbortSignal;
}

interface CachedToken {
  /** Which credential it was issued to: a repository-scoped login gets tokens of its own. */
  credential: string;
  scopes: string[];
  value: string;
  expiresAt: number;
}

/** Tokens are renewed this long before the realm says they expire, so none dies in flight. */
const EXPIRY_MARGIN_MS = 10_000;
const DEFAULT_TOKEN_SECONDS = 60;

/**
 * The login state for one registry: what `/v2/` demanded, and bearer tokens per scope set.
 * Credentials leave this class only towards the registry host itself (Basic, after a Basic
 * challenge) or the token realm that host named.
 */
export class RegistryAuth {
  #challenge: AuthChallenge | undefined;
  #pinged: Promise<void> | undefined;
  readonly #credentials = new Map<string, Promise<RegistryCredential | undefined>>();
  #tokens: CachedToken[] = [];
  readonly #basicHeaders = new Map<string, string>();
  /** Realms that answered the OAuth2 refresh-token POST with 404/405: asked with GET from then on. */
  readonly #realmsWithoutOAuth = new Set<string>();

  constructor(private readonly options: RegistryAuthOptions) {}

  /** The login for a repository of this registry (a repository-scoped one when the user has it). */
  credential(repository?: string): Promise<RegistryCredential | undefined> {
    const key = repository ?? '';
    let found = this.#credentials.get(key);
    if (!found) {
      found = this.options.credentials.forRegistry(this.options.registry, repository);
      this.#credentials.set(key, found);
    }
    return found;
  }

  /** `GET /v2/` once per client: it tells whether and how to authenticate. */
  ping(): Promise<void> {
    this.#pinged ??= this.#ping().catch((error: unknown) => {
      this.#pinged = undefined;
      throw error;
    });
    return this.#pinged;
  }

  async #ping(): Promise<void> {
    const url = new URL('/v2/', this.options.baseUrl);
    const response = await sendWithRetries(
      { method: 'GET', url, tls: this.options.tls, idleTimeoutMs: this.options.timeoutMs, signal: this.options.signal },
      this.options.retry,
      { onRetry: (attempt, reason, delay) => this.options.io.info(`Retrying ${url.href} after ${reason} in ${delay} ms (attempt ${attempt + 1}/${this.options.retry.attempts})`) },
    );
    if (response.status === 401) {
      this.#challenge = pickChallenge(response.headers);
      return;
    }
    if (response.status >= 200 && response.status < 300) return;
    const { text } = describeErrorBody(response.body);
    throw new RegistryError(
      `${url.origin} does not answer as an OCI registry: GET /v2/ gave HTTP ${response.status}${text ? ` ${text}` : ''}.`,
      response.status,
      undefined,
    );
  }

  /** The Authorization header for a request to the registry needing `scopes`, if any is needed. */
  async authorization(scopes: readonly string[]): Promise<string | undefined> {
    const challenge = this.#challenge;
    if (!challenge) return undefined;
    const credential = await this.credential(targetRepository(scopes));
    // A registry token is sent as is, whatever the scheme asked (go-containerregistry does the same).
    if (credential?.registryToken) return this.#mask(`Bearer ${credential.registryToken}`);
    if (challenge.scheme === 'basic') return this.#basic(credential);
    if (challenge.scheme !== 'bearer') return undefined;
    const now = Date.now();
    const owner = credentialKey(credential);
    const cached = this.#tokens.find((token) => token.credential === owner && token.expiresAt > now && scopesCover(token.scopes, scopes));
    if (cached) return cached.value;
    return this.#fetchToken(challenge, mergeScopes(scopes), credential);
  }

  /**
   * A 401 from the registry: learn its (new) challenge and return the header to try once more
   * with, or undefined when another try cannot help.
   */
  async reauthorize(response: HttpResponse, scopes: readonly string[], sentHeader: string | undefined): Promise<{ header: string; scopes: string[] } | undefined> {
    const challenge = pickChallenge(response.headers);
    if (!challenge) return undefined;
    this.#challenge = challenge;
    const credential = await this.credential(targetRepository(scopes));
    if (credential?.registryToken) return undefined;
    if (challenge.scheme === 'bearer') {
      // The challenge names the scope the registry wanted: ask for it along with ours.
      const wanted = mergeScopes([...scopes, ...(challenge.params.scope ?? '').split(' ').filter(Boolean)]);
      this.#tokens = this.#tokens.filter((token) => token.value !== sentHeader);
      const fresh = await this.#fetchToken(challenge, wanted, credential);
      return fresh === sentHeader ? undefined : { header: fresh, scopes: wanted };
    }
    if (challenge.scheme === 'basic') {
      const basic = this.#basic(credential);
      return basic && basic !== sentHeader ? { header: basic, scopes: [...scopes] } : undefined;
    }
    return undefined;
  }

  #basic(credential: RegistryCredential | undefined): string | undefined {
    if (!credential?.username || !credential.password) return undefined;
    const key = credentialKey(credential);
    let value = this.#basicHeaders.get(key);
    if (!value) {
      value = this.#mask(basicHeader(credential.username, credential.password, this.options.io));
      this.#basicHeaders.set(key, value);
    }
    return value;
  }

  #mask(value: string): string {
    this.options.io.mask(value);
    return value;
  }

  async #fetchToken(challenge: AuthChallenge, scopes: string[], credential: RegistryCredential | undefined): Promise<string> {
    const realm = this.#realmUrl(challenge, credential);
    const service = challenge.params.service;
    const identityToken = credential?.identityToken;
    // A realm without the OAuth2 endpoint: Docker's fallback sends the identity token as a password,
    // and we remember that realm so the next scope does not try the POST again.
    const asPassword = identityToken ? { username: credential.username ?? '<token>', password: identityToken, source: credential.source } : undefined;
    const oauth = identityToken !== undefined && !this.#realmsWithoutOAuth.has(realm.href);
    let response = oauth
      ? await this.#exchangeRefreshToken(realm, service, scopes, identityToken)
      : await this.#getToken(realm, service, scopes, asPassword ?? credential);
    if (oauth && (response.status === 404 || response.status === 405)) {
      this.#realmsWithoutOAuth.add(realm.href);
      response = await this.#getToken(realm, service, scopes, asPassword);
    }
    if (response.status === 401 || response.status === 403) {
      const who = credential ? `the credentials from ${credential.source}` : 'an anonymous request';
      throw new RegistryError(
        `The token service ${realm.origin} of ${this.options.registry} refused ${who} (HTTP ${response.status}) for ${scopes.join(' ')}: check the username and password inputs.`,
        response.status,
        describeErrorBody(response.body).code,
      );
    }
    if (response.status !== 200) {
      const { code, text } = describeErrorBody(response.body);
      throw new RegistryError(`The token service ${realm.origin} of ${this.options.registry} answered HTTP ${response.status}${text ? ` ${text}` : ''}.`, response.status, code);
    }
    let parsed: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      parsed = JSON.parse(response.body.toString('utf8')) as typeof parsed;
    } catch {
      throw new ActionFailure(`The token service ${realm.origin} of ${this.options.registry} answered with something that is not JSON.`);
    }
    const token = typeof parsed.token === 'string' && parsed.token ? parsed.token : parsed.access_token;
    if (typeof token !== 'string' || !token) {
      throw new ActionFailure(`The token service ${realm.origin} of ${this.options.registry} answered without a token.`);
    }
    this.options.io.mask(token);
    const value = this.#mask(`Bearer ${token}`);
    const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS;
    this.#tokens.push({ credential: credentialKey(credential), scopes, value, expiresAt: Date.now() + seconds * 1000 - EXPIRY_MARGIN_MS });
    return value;
  }

  #realmUrl(challenge: AuthChallenge, credential: RegistryCredential | undefined): URL {
    let realm: URL;
    try {
      realm = new URL(challenge.params.realm ?? '');
    } catch {
      throw new ActionFailure(`${this.options.registry} asked for a bearer token without a valid realm URL (${challenge.params.realm ?? 'none'}).`);
    }
    if (realm.protocol !== 'https:' && realm.protocol !== 'http:') {
      throw new ActionFailure(`${this.options.registry} names a token realm with an unsupported scheme: ${realm.protocol}`);
    }
    // A plain-HTTP realm would see the password in clear: only for a registry the user marked insecure.
    if (realm.protocol === 'http:' && credential && !this.options.plainHttp) {
      throw new ActionFailure(
        `${this.options.registry} sends logins to the plain-HTTP token service ${realm.origin}; refusing to send credentials there. Set insecure only if you trust that network.`,
      );
    }
    return realm;
  }

  #getToken(realm: URL, service: string | undefined, scopes: string[], credential: RegistryCredential | undefined): Promise<HttpResponse> {
    const url = new URL(realm);
    if (service) url.searchParams.set('service', service);
    for (const scope of scopes) url.searchParams.append('scope', scope);
    const headers: Record<string, string> = {};
    if (credential?.username && credential.password) {
      headers.Authorization = basicHeader(credential.username, credential.password, this.options.io);
      url.searchParams.set('account', credential.username);
    }
    return this.#sendToRealm({ method: 'GET', url, headers });
  }

  /** OAuth2 refresh-token grant (ACR, `docker login` with an identity token). */
  #exchangeRefreshToken(realm: URL, service: string | undefined, scopes: string[], refreshToken: string): Promise<HttpResponse> {
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'gitops-actions' });
    if (service) form.set('service', service);
    form.set('scope', scopes.join(' '));
    return this.#sendToRealm({
      method: 'POST',
      url: realm,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
  }

  #sendToRealm(request: { method: string; url: URL; headers: Record<string, string>; body?: string }): Promise<HttpResponse> {
    return sendWithRetries({ ...request, tls: this.options.tls, idleTimeoutMs: this.options.timeoutMs, signal: this.options.signal }, this.options.retry);
  }
}

export function basicHeader(username: string, password: string, io: ActionIO): string {
  const encoded = Buffer.from(`${username}:${password}`).toString('base64');
  io.mask(encoded);
  return `Basic ${encoded}`;
}

/** The repository a request is for: the one it pushes to, else the first it names. */
function targetRepository(scopes: readonly string[]): string | undefined {
  const repositories = scopes.filter((scope) => scope.startsWith('repository:'));
  const target = repositories.find((scope) => /[:,]push(,|$)/.test(scope.slice(scope.lastIndexOf(':')))) ?? repositories[0];
  return target?.slice('repository:'.length, target.lastIndexOf(':'));
}

/** Tells logins apart without holding the secret: tokens and Basic headers are kept per login. */
function credentialKey(credential: RegistryCredential | undefined): string {
  return credential ? `${credential.source}\u0000${credential.username ?? ''}` : '';
}
