export const id = 688;
export const ids = [688];
export const modules = {

/***/ 3915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The wait before retry number `attempt` (1 for the first retry): an exponential bound capped by
 * the policy, randomised so parallel jobs do not retry in step. `equal` jitter waits at least half
 * the bound (a registry or API that is briefly down); `full` jitter spreads from zero (writers
 * racing for one git branch, where spreading out matters more than waiting).
 */
function backoffDelay(attempt, policy, jitter = 'equal', random = Math.random) {
    const bound = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(jitter === 'full' ? random() * bound : bound / 2 + (random() * bound) / 2);
}


/***/ }),

/***/ 6081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ HttpConnectionError),
/* harmony export */   s: () => (/* binding */ describeConnectionError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const TLS_ERROR_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'EPROTO',
]);
/** A request that got no HTTP answer: refused, reset, timed out, or a TLS failure. */
class HttpConnectionError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR {
    code;
    transient;
    name = 'HttpConnectionError';
    constructor(message, code, 
    /** Worth another try: a reset or a time-out may pass, a bad certificate will not. */
    transient, options) {
        super(message, options);
        this.code = code;
        this.transient = transient;
    }
}
/** Turns a socket-level error into a message a user can act on; the URL carries no credentials. */
function describeConnectionError(error, target) {
    const code = error?.code;
    const where = `${target.protocol}//${target.host}`;
    if (code && TLS_ERROR_CODES.has(code)) {
        const reason = error.message;
        return new HttpConnectionError(`TLS verification failed for ${where}: ${reason} (${code}). Give the CA certificate with the ca-file input, or opt out explicitly with insecure.`, code, false, { cause: error });
    }
    switch (code) {
        case 'ECONNREFUSED':
            return new HttpConnectionError(`Connection refused by ${where}: nothing listens there.`, code, true, { cause: error });
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return new HttpConnectionError(`Cannot resolve the host of ${where}.`, code, code === 'EAI_AGAIN', { cause: error });
        case 'ETIMEDOUT':
        case 'REQUEST_TIMEOUT':
            return new HttpConnectionError(`Timed out waiting for ${where}.`, code, true, { cause: error });
        case 'ECONNRESET':
        case 'EPIPE':
        case 'ECONNABORTED':
        case 'UND_ERR_SOCKET':
            return new HttpConnectionError(`The connection to ${where} was dropped (${code}).`, code, true, { cause: error });
        default:
            return new HttpConnectionError(`Request to ${where} failed: ${error?.message ?? String(error)}`, code, error?.message === 'socket hang up', { cause: error });
    }
}


/***/ }),

/***/ 3333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ab: () => (/* binding */ sendForStream),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS),
/* harmony export */   tN: () => (/* binding */ send),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6081);





const DEFAULT_TIMEOUT_MS = 30_000;
const agents = new Map();
/** One keep-alive agent per protocol and trust setting, so connections are reused across calls. */
function agentFor(url, tls) {
    const secure = url.protocol === 'https:';
    const key = `${url.protocol}|${tls?.caFile ?? ''}|${tls?.insecureSkipVerify ? 'insecure' : 'verify'}`;
    let agent = agents.get(key);
    if (!agent) {
        const ca = secure && tls?.caFile ? readCaFile(tls.caFile) : undefined;
        agent = secure
            ? new (node_https__WEBPACK_IMPORTED_MODULE_2___default().Agent)({
                keepAlive: true,
                rejectUnauthorized: !tls?.insecureSkipVerify,
                // Giving `ca` replaces Node's trust store, so the system roots are passed along with it.
                ...(ca ? { ca: [ca, ...node_tls__WEBPACK_IMPORTED_MODULE_3__.rootCertificates] } : {}),
            })
            : new (node_http__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true });
        agents.set(key, agent);
    }
    return agent;
}
function readCaFile(caFile) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(caFile, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .HttpConnectionError */ .J(`Cannot read the CA file ${caFile}: ${error.message}`, 'CA_FILE', false, { cause: error });
    }
}
/** Sends one request and resolves with its status, headers and the response stream. */
function sendForStream(request) {
    const { url } = request;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .HttpConnectionError */ .J(`Unsupported URL scheme ${url.protocol} in ${url.origin}`, undefined, false));
    }
    const transport = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_2___default()) : (node_http__WEBPACK_IMPORTED_MODULE_1___default());
    const body = request.body;
    const headers = { ...request.headers };
    if (body !== undefined && headers['content-length'] === undefined && headers['Content-Length'] === undefined) {
        headers['Content-Length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
    }
    let agent;
    try {
        agent = agentFor(url, request.tls);
    }
    catch (error) {
        return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
        const outgoing = transport.request(url, { method: request.method, headers, agent, signal: request.signal });
        outgoing.setTimeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS, () => {
            outgoing.destroy(Object.assign(new Error('request timed out'), { code: 'REQUEST_TIMEOUT' }));
        });
        outgoing.once('error', (error) => reject((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeConnectionError */ .s)(error, url)));
        outgoing.once('response', (response) => {
            response.once('error', () => { }); // surfaced to whoever consumes the stream
            resolve({ status: response.statusCode ?? 0, headers: response.headers, stream: response });
        });
        if (body === undefined)
            outgoing.end();
        else if (typeof body === 'string' || Buffer.isBuffer(body))
            outgoing.end(body);
        else {
            const stream = body.open();
            stream.once('error', (error) => outgoing.destroy(error));
            // A request that fails mid-body must not leave the source (often an open file) behind.
            outgoing.once('close', () => stream.destroy());
            stream.pipe(outgoing);
        }
    });
}
/** Sends one request and reads the whole response body. */
async function send(request) {
    const response = await sendForStream(request);
    const chunks = [];
    try {
        for await (const chunk of response.stream)
            chunks.push(chunk);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeConnectionError */ .s)(error, request.url);
    }
    return { status: response.status, headers: response.headers, body: Buffer.concat(chunks) };
}
function header(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}


/***/ }),

/***/ 5834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ isTransientStatus),
/* harmony export */   HI: () => (/* binding */ sendWithRetries),
/* harmony export */   WO: () => (/* binding */ retryAfterDelay),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY)
/* harmony export */ });
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3915);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6081);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3333);



const DEFAULT_RETRY_POLICY = { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000 };
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
function isTransientStatus(status) {
    return TRANSIENT_STATUSES.has(status);
}
/** `Retry-After` in seconds or as an HTTP date, capped by the policy; undefined when absent. */
function retryAfterDelay(response, policy, now = Date.now()) {
    const value = (0,_request_js__WEBPACK_IMPORTED_MODULE_1__/* .header */ .wx)(response.headers, 'retry-after');
    if (!value)
        return undefined;
    const seconds = Number(value);
    const delay = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
    return Number.isFinite(delay) ? Math.min(Math.max(delay, 0), policy.maxDelayMs) : undefined;
}
/**
 * Sends a request, retrying dropped connections and transient statuses (429 honouring
 * `Retry-After`, 5xx) within the policy's budget. The last answer or error is returned or thrown.
 */
async function sendWithRetries(request, policy = DEFAULT_RETRY_POLICY, hooks = {}) {
    const wait = hooks.sleep ?? _backoff_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .y;
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await (0,_request_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)(request);
        }
        catch (error) {
            const transient = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpConnectionError */ .J && error.transient;
            if (!transient || attempt >= policy.attempts || request.signal?.aborted)
                throw error;
            const delay = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffDelay */ .E)(attempt, policy);
            hooks.onRetry?.(attempt, error.message, delay);
            await wait(delay);
            continue;
        }
        if (!isTransientStatus(response.status) || attempt >= policy.attempts)
            return response;
        const delay = retryAfterDelay(response, policy) ?? (0,_backoff_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffDelay */ .E)(attempt, policy);
        hooks.onRetry?.(attempt, `HTTP ${response.status}`, delay);
        await wait(delay);
    }
}


/***/ }),

/***/ 5921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ writeBlobFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);






/**
 * Lets `producer` write a blob once into a new file in `dir` while its sha256 and size are
 * computed on the way, so the upload can stream it from disk: memory stays flat whatever the
 * size. The producer may end the sink; it is ended for it otherwise. On failure the file is removed.
 */
async function writeBlobFile(dir, producer) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `blob-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}.tmp`);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    const sink = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            size += chunk.length;
            callback(null, chunk);
        },
    });
    // `wx`: never write through a file (or link) someone else put there.
    const written = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(sink, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(file, { flags: 'wx', mode: 0o600 }));
    // Awaited below; this only keeps an early failure (disk full) from counting as unhandled meanwhile.
    written.catch(() => undefined);
    try {
        await producer(sink);
        if (!sink.writableEnded)
            sink.end();
        await written;
    }
    catch (error) {
        sink.destroy();
        await written.catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(file, { force: true });
        throw error;
    }
    return { path: file, digest: `sha256:${hash.digest('hex')}`, size };
}


/***/ }),

/***/ 1390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient)
});

// UNUSED EXPORTS: DEFAULT_CHUNKED_THRESHOLD, DEFAULT_CHUNK_SIZE

// EXTERNAL MODULE: ./src/core/backoff.ts
var backoff = __webpack_require__(3915);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/http/request.ts
var http_request = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/http/retry.ts
var retry = __webpack_require__(5834);
;// CONCATENATED MODULE: ./src/core/oci/challenge.ts
/**
 * Parses `Bearer realm="https://auth/token",service="registry",scope="repository:a:pull,push"`.
 * Values may be quoted (commas and escaped quotes inside) or bare tokens; only the first
 * challenge is read, which is the one registries send.
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const text = header.trim();
    const schemeMatch = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?:\s+|$)/.exec(text);
    if (!schemeMatch?.[1])
        return undefined;
    const params = {};
    let rest = text.slice(schemeMatch[0].length);
    // Bounded: every iteration consumes at least one character or stops.
    while (rest.length > 0) {
        const param = /^\s*,?\s*([A-Za-z0-9_-]+)\s*=\s*/.exec(rest);
        if (!param?.[1])
            break;
        rest = rest.slice(param[0].length);
        let value;
        if (rest.startsWith('"')) {
            let index = 1;
            value = '';
            while (index < rest.length && rest[index] !== '"') {
                if (rest[index] === '\\' && index + 1 < rest.length)
                    index++;
                value += rest[index];
                index++;
            }
            rest = rest.slice(index + 1);
        }
        else {
            const bare = /^[^,\s]*/.exec(rest)?.[0] ?? '';
            value = bare;
            rest = rest.slice(bare.length);
        }
        params[param[1].toLowerCase()] = value;
    }
    return { scheme: schemeMatch[1].toLowerCase(), params };
}

// EXTERNAL MODULE: ./src/core/oci/errors.ts
var oci_errors = __webpack_require__(7298);
// EXTERNAL MODULE: ./src/core/oci/scopes.ts
var oci_scopes = __webpack_require__(8248);
;// CONCATENATED MODULE: ./src/core/oci/auth.ts






/** Tokens are renewed this long before the realm says they expire, so none dies in flight. */
const EXPIRY_MARGIN_MS = 10_000;
const DEFAULT_TOKEN_SECONDS = 60;
/**
 * The login state for one registry: what `/v2/` demanded, and bearer tokens per scope set.
 * Credentials leave this class only towards the registry host itself (Basic, after a Basic
 * challenge) or the token realm that host named.
 */
class RegistryAuth {
    options;
    #challenge;
    #pinged;
    #credential;
    #tokens = [];
    #basicHeader;
    constructor(options) {
        this.options = options;
    }
    credential() {
        this.#credential ??= this.options.credentials.forRegistry(this.options.registry);
        return this.#credential;
    }
    /** `GET /v2/` once per client: it tells whether and how to authenticate. */
    ping() {
        this.#pinged ??= this.#ping().catch((error) => {
            this.#pinged = undefined;
            throw error;
        });
        return this.#pinged;
    }
    async #ping() {
        const url = new URL('/v2/', this.options.baseUrl);
        const response = await (0,retry/* sendWithRetries */.HI)({ method: 'GET', url, tls: this.options.tls, timeoutMs: this.options.timeoutMs }, this.options.retry, { onRetry: (attempt, reason, delay) => this.options.io.info(`Retrying ${url.href} after ${reason} in ${delay} ms (attempt ${attempt + 1}/${this.options.retry.attempts})`) });
        if (response.status === 401) {
            this.#challenge = parseChallenge((0,http_request/* header */.wx)(response.headers, 'www-authenticate'));
            return;
        }
        if (response.status >= 200 && response.status < 300)
            return;
        const { text } = (0,oci_errors/* describeErrorBody */.ut)(response.body);
        throw new oci_errors/* RegistryError */.gl(`${url.origin} does not answer as an OCI registry: GET /v2/ gave HTTP ${response.status}${text ? ` ${text}` : ''}.`, response.status, undefined);
    }
    /** The Authorization header for a request to the registry needing `scopes`, if any is needed. */
    async authorization(scopes) {
        const challenge = this.#challenge;
        if (!challenge)
            return undefined;
        const credential = await this.credential();
        if (challenge.scheme === 'basic')
            return this.#basic(credential);
        if (challenge.scheme !== 'bearer')
            return undefined;
        if (credential?.registryToken)
            return this.#mask(`Bearer ${credential.registryToken}`);
        const now = Date.now();
        const cached = this.#tokens.find((token) => token.expiresAt > now && (0,oci_scopes/* scopesCover */.Bn)(token.scopes, scopes));
        if (cached)
            return cached.value;
        return this.#fetchToken(challenge, (0,oci_scopes/* mergeScopes */.OL)(scopes), credential);
    }
    /**
     * A 401 from the registry: learn its (new) challenge and return the header to try once more
     * with, or undefined when another try cannot help.
     */
    async reauthorize(response, scopes, sentHeader) {
        const challenge = parseChallenge((0,http_request/* header */.wx)(response.headers, 'www-authenticate'));
        if (!challenge)
            return undefined;
        this.#challenge = challenge;
        if (challenge.scheme === 'bearer') {
            const credential = await this.credential();
            if (credential?.registryToken)
                return undefined;
            // The challenge names the scope the registry wanted: ask for it along with ours.
            const wanted = (0,oci_scopes/* mergeScopes */.OL)([...scopes, ...(challenge.params.scope ?? '').split(' ').filter(Boolean)]);
            this.#tokens = this.#tokens.filter((token) => token.value !== sentHeader);
            const fresh = await this.#fetchToken(challenge, wanted, credential);
            return fresh === sentHeader ? undefined : { header: fresh, scopes: wanted };
        }
        if (challenge.scheme === 'basic') {
            const basic = this.#basic(await this.credential());
            return basic && basic !== sentHeader ? { header: basic, scopes: [...scopes] } : undefined;
        }
        return undefined;
    }
    #basic(credential) {
        if (!credential?.username || !credential.password)
            return undefined;
        this.#basicHeader ??= this.#mask(basicHeader(credential.username, credential.password, this.options.io));
        return this.#basicHeader;
    }
    #mask(value) {
        this.options.io.mask(value);
        return value;
    }
    async #fetchToken(challenge, scopes, credential) {
        const realm = this.#realmUrl(challenge, credential);
        const service = challenge.params.service;
        let response = credential?.identityToken
            ? await this.#exchangeRefreshToken(realm, service, scopes, credential.identityToken)
            : await this.#getToken(realm, service, scopes, credential);
        if (credential?.identityToken && (response.status === 404 || response.status === 405)) {
            // A realm without the OAuth2 endpoint: Docker's fallback sends the identity token as a password.
            const asPassword = { username: credential.username ?? '<token>', password: credential.identityToken, source: credential.source };
            response = await this.#getToken(realm, service, scopes, asPassword);
        }
        if (response.status === 401 || response.status === 403) {
            const who = credential ? `the credentials from ${credential.source}` : 'an anonymous request';
            throw new oci_errors/* RegistryError */.gl(`The token service ${realm.origin} of ${this.options.registry} refused ${who} (HTTP ${response.status}) for ${scopes.join(' ')}: check the username and password inputs.`, response.status, (0,oci_errors/* describeErrorBody */.ut)(response.body).code);
        }
        if (response.status !== 200) {
            const { code, text } = (0,oci_errors/* describeErrorBody */.ut)(response.body);
            throw new oci_errors/* RegistryError */.gl(`The token service ${realm.origin} of ${this.options.registry} answered HTTP ${response.status}${text ? ` ${text}` : ''}.`, response.status, code);
        }
        let parsed;
        try {
            parsed = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw new errors/* ActionFailure */.dR(`The token service ${realm.origin} of ${this.options.registry} answered with something that is not JSON.`);
        }
        const token = typeof parsed.token === 'string' && parsed.token ? parsed.token : parsed.access_token;
        if (typeof token !== 'string' || !token) {
            throw new errors/* ActionFailure */.dR(`The token service ${realm.origin} of ${this.options.registry} answered without a token.`);
        }
        this.options.io.mask(token);
        const value = this.#mask(`Bearer ${token}`);
        const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS;
        this.#tokens.push({ scopes, value, expiresAt: Date.now() + seconds * 1000 - EXPIRY_MARGIN_MS });
        return value;
    }
    #realmUrl(challenge, credential) {
        let realm;
        try {
            realm = new URL(challenge.params.realm ?? '');
        }
        catch {
            throw new errors/* ActionFailure */.dR(`${this.options.registry} asked for a bearer token without a valid realm URL (${challenge.params.realm ?? 'none'}).`);
        }
        if (realm.protocol !== 'https:' && realm.protocol !== 'http:') {
            throw new errors/* ActionFailure */.dR(`${this.options.registry} names a token realm with an unsupported scheme: ${realm.protocol}`);
        }
        // A plain-HTTP realm would see the password in clear: only for a registry the user marked insecure.
        if (realm.protocol === 'http:' && credential && !this.options.plainHttp) {
            throw new errors/* ActionFailure */.dR(`${this.options.registry} sends logins to the plain-HTTP token service ${realm.origin}; refusing to send credentials there. Set insecure only if you trust that network.`);
        }
        return realm;
    }
    #getToken(realm, service, scopes, credential) {
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const headers = {};
        if (credential?.username && credential.password) {
            headers.Authorization = basicHeader(credential.username, credential.password, this.options.io);
            url.searchParams.set('account', credential.username);
        }
        return this.#sendToRealm({ method: 'GET', url, headers });
    }
    /** OAuth2 refresh-token grant (ACR, `docker login` with an identity token). */
    #exchangeRefreshToken(realm, service, scopes, refreshToken) {
        const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'gitops-actions' });
        if (service)
            form.set('service', service);
        form.set('scope', scopes.join(' '));
        return this.#sendToRealm({
            method: 'POST',
            url: realm,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
        });
    }
    #sendToRealm(request) {
        return (0,retry/* sendWithRetries */.HI)({ ...request, tls: this.options.tls, timeoutMs: this.options.timeoutMs }, this.options.retry);
    }
}
function basicHeader(username, password, io) {
    const encoded = Buffer.from(`${username}:${password}`).toString('base64');
    io.mask(encoded);
    return `Basic ${encoded}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/http/errors.ts
var http_errors = __webpack_require__(6081);
;// CONCATENATED MODULE: ./src/core/oci/blob-upload.ts







/** A failure worth starting the upload over for: the session or the connection was lost. */
class TransientUploadError extends errors/* ActionFailure */.dR {
    retryAfterMs;
    constructor(message, retryAfterMs) {
        super(message);
        this.retryAfterMs = retryAfterMs;
    }
}
const OCTET_STREAM = { 'Content-Type': 'application/octet-stream' };
function bodyFor(blob, start, end) {
    if (blob.data)
        return blob.data.subarray(start, end);
    if (end <= start)
        return Buffer.alloc(0);
    const file = blob.path;
    return { length: end - start, open: () => (0,external_node_fs_.createReadStream)(file, { start, end: end - 1 }) };
}
function withDigest(location, digest) {
    // Appending keeps the registry's own query (e.g. distribution's signed `_state`) byte for byte.
    return new URL(`${location.href}${location.search ? '&' : '?'}digest=${encodeURIComponent(digest)}`);
}
function nextLocation(response, current) {
    const location = (0,http_request/* header */.wx)(response.headers, 'location');
    return location ? new URL(location, current) : current;
}
/** `Range: 0-1234` (inclusive end) -> 1235 bytes received. */
function receivedBytes(response) {
    const match = /^(?:bytes=)?0-(\d+)$/.exec((0,http_request/* header */.wx)(response.headers, 'range') ?? '');
    return match?.[1] === undefined ? undefined : Number(match[1]) + 1;
}
/**
 * Uploads one blob, `exists` having been ruled out: a mount when asked, else one POST+PUT at or
 * below the threshold, or PATCH chunks above it. Dropped connections and transient statuses are
 * retried within the policy: chunks resume where the registry says it is, otherwise the
 * upload starts over in a new session.
 */
async function pushBlob(deps, repository, blob, mountFrom) {
    const scopes = [(0,oci_scopes/* repositoryScope */.F7)(repository, 'push'), ...(mountFrom ? [(0,oci_scopes/* repositoryScope */.F7)(mountFrom, 'pull')] : [])];
    const operation = `upload blob ${blob.digest} to`;
    let attempt = 1;
    const retryOrGiveUp = async (reason, retryAfterMs) => {
        if (attempt >= deps.policy.attempts) {
            throw new errors/* ActionFailure */.dR(`Cannot ${operation} ${repository}: gave up after ${attempt} attempts; the last one failed with: ${reason}`);
        }
        const delay = retryAfterMs ?? (0,backoff/* backoffDelay */.E)(attempt, deps.policy);
        deps.io.info(`Retrying the upload of ${blob.digest} in ${delay} ms after: ${reason} (attempt ${attempt + 1}/${deps.policy.attempts})`);
        attempt++;
        await deps.sleep(delay);
    };
    let mount = mountFrom;
    for (;;) {
        const session = await startSession(deps, repository, blob.digest, scopes, mount);
        if (session === 'mounted')
            return 'mounted';
        mount = undefined;
        try {
            if (blob.size <= deps.chunkedThreshold)
                await putWhole(deps, repository, session.location, scopes, blob);
            else
                await uploadChunks(deps, repository, session, scopes, blob, retryOrGiveUp);
            return 'uploaded';
        }
        catch (error) {
            if (!(error instanceof TransientUploadError))
                throw error;
            // The registry may have committed the blob before the answer was lost.
            if (await deps.blobExists(repository, blob.digest))
                return 'uploaded';
            await retryOrGiveUp(error.message, error.retryAfterMs);
        }
    }
}
async function startSession(deps, repository, digest, scopes, mountFrom) {
    const query = mountFrom ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}` : '';
    const url = `/v2/${repository}/blobs/uploads/${query}`;
    const response = await deps.request({ method: 'POST', url, scopes, body: Buffer.alloc(0), retry: true });
    if (response.status === 201 && mountFrom)
        return 'mounted';
    const location = (0,http_request/* header */.wx)(response.headers, 'location');
    if (response.status !== 202 || !location)
        throw deps.fail(`start an upload of ${digest} to`, repository, response);
    const minChunk = Number((0,http_request/* header */.wx)(response.headers, 'oci-chunk-min-length') ?? 0);
    return { location: new URL(location, deps.baseUrl), minChunk: Number.isFinite(minChunk) ? minChunk : 0 };
}
/** Turns a lost connection or a transient status into a TransientUploadError; other errors stay. */
async function sendUploadRequest(deps, request) {
    let response;
    try {
        response = await deps.request({ ...request, retry: false });
    }
    catch (error) {
        if (error instanceof http_errors/* HttpConnectionError */.J && error.transient)
            throw new TransientUploadError(error.message);
        throw error;
    }
    if ((0,retry/* isTransientStatus */.Dm)(response.status)) {
        throw new TransientUploadError(`HTTP ${response.status} from ${request.method} ${new URL(request.url, deps.baseUrl).pathname}`, (0,retry/* retryAfterDelay */.WO)(response, deps.policy));
    }
    return response;
}
async function putWhole(deps, repository, location, scopes, blob) {
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
function sessionLost(response) {
    if (response.status === 416 || response.status === 404)
        return true;
    return response.status === 400 && /"code"\s*:\s*"BLOB_UPLOAD_(?:INVALID|UNKNOWN)"/.test(response.body.toString('utf8'));
}
function checkCommitted(deps, repository, blob, response) {
    if (sessionLost(response))
        throw new TransientUploadError(`the registry dropped the upload session (HTTP ${response.status} on its final PUT)`);
    if (response.status < 200 || response.status >= 300)
        throw deps.fail(`upload blob ${blob.digest} to`, repository, response);
    const stored = (0,http_request/* header */.wx)(response.headers, 'docker-content-digest');
    if (stored && stored !== blob.digest) {
        throw new errors/* ActionFailure */.dR(`The registry stored blob ${stored} in ${repository} where ${blob.digest} was uploaded: the data changed on the way.`);
    }
}
async function uploadChunks(deps, repository, session, scopes, blob, retryOrGiveUp) {
    const chunkSize = Math.max(deps.chunkSize, session.minChunk);
    let location = session.location;
    let offset = 0;
    while (offset < blob.size) {
        const end = Math.min(offset + chunkSize, blob.size);
        let response;
        try {
            response = await sendUploadRequest(deps, {
                method: 'PATCH',
                url: location,
                scopes,
                headers: { ...OCTET_STREAM, 'Content-Range': `${offset}-${end - 1}` },
                body: bodyFor(blob, offset, end),
            });
        }
        catch (error) {
            if (!(error instanceof TransientUploadError))
                throw error;
            await retryOrGiveUp(error.message, error.retryAfterMs);
            // Ask the registry how much it kept, and go on from there.
            ({ location, offset } = await uploadStatus(deps, location, scopes));
            continue;
        }
        if (sessionLost(response))
            throw new TransientUploadError(`the registry dropped the upload session (HTTP ${response.status} on the chunk at ${offset})`);
        if (response.status < 200 || response.status >= 300)
            throw deps.fail(`upload blob ${blob.digest} to`, repository, response);
        location = nextLocation(response, location);
        const kept = receivedBytes(response) ?? end;
        // A registry that keeps reporting no progress would be sent the same chunk forever: each such
        // answer uses up one attempt of the budget.
        if (kept <= offset)
            await retryOrGiveUp(`the registry kept only ${kept} bytes after the chunk at ${offset}`);
        offset = kept;
    }
    let response;
    try {
        response = await sendUploadRequest(deps, { method: 'PUT', url: withDigest(location, blob.digest), scopes, body: Buffer.alloc(0) });
    }
    catch (error) {
        if (error instanceof TransientUploadError)
            deps.io.info(`Finishing the upload of ${blob.digest} failed (${error.message}).`);
        throw error;
    }
    checkCommitted(deps, repository, blob, response);
}
/** `GET <location>`: 204 with the Range the registry holds; anything else means the session is gone. */
async function uploadStatus(deps, location, scopes) {
    const response = await sendUploadRequest(deps, { method: 'GET', url: location, scopes });
    const offset = receivedBytes(response);
    if (response.status !== 204 || offset === undefined) {
        throw new TransientUploadError(`the registry lost the upload session (HTTP ${response.status} on its status)`);
    }
    // distribution reports `0-0` for both nothing and one byte received; 0 is the safe reading.
    return { location: nextLocation(response, location), offset: offset === 1 ? 0 : offset };
}

// EXTERNAL MODULE: ./src/core/oci/media-types.ts
var media_types = __webpack_require__(8501);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var oci_reference = __webpack_require__(488);
;// CONCATENATED MODULE: ./src/core/oci/client.ts











const DEFAULT_CHUNKED_THRESHOLD = 32 * 1024 * 1024;
const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const MAX_TAG_PAGES = 100;
const USER_AGENT = 'gitops-actions';
const ACCEPT_MANIFESTS = media_types/* MANIFEST_MEDIA_TYPES */.$T.join(', ');
/** An OCI Distribution API client for one registry host, shared by every action. */
class RegistryClient {
    registry;
    baseUrl;
    #options;
    #auth;
    #retry;
    /** Repositories this client pushes to: its reads there use the push token too, saving a token round trip. */
    #pushRepositories = new Set();
    constructor(options) {
        this.#options = options;
        this.registry = options.registry;
        this.#retry = options.retry ?? retry/* DEFAULT_RETRY_POLICY */.cO;
        this.baseUrl = new URL(`${options.plainHttp ? 'http' : 'https'}://${(0,oci_reference/* registryApiHost */.Mb)(options.registry)}`);
        this.#auth = new RegistryAuth({
            registry: options.registry,
            baseUrl: this.baseUrl,
            credentials: options.credentials,
            tls: options.tls ?? {},
            plainHttp: options.plainHttp ?? false,
            io: options.io,
            retry: this.#retry,
            timeoutMs: options.timeoutMs ?? http_request/* DEFAULT_TIMEOUT_MS */.t1,
        });
    }
    /** Pings the registry and proves `access` to `repository` now, so a bad login fails before any work. */
    async checkAccess(repository, access) {
        const scopes = this.#scopes(repository, access);
        if (access === 'pull') {
            const response = await this.request({ method: 'GET', url: `/v2/${repository}/tags/list?n=1`, scopes });
            // 404 NAME_UNKNOWN: allowed in, and the repository is simply empty.
            if (response.status === 200 || response.status === 404)
                return;
            throw await this.#fail(`read`, repository, response, access);
        }
        this.#pushRepositories.add(repository);
        const response = await this.request({ method: 'POST', url: `/v2/${repository}/blobs/uploads/`, scopes, body: Buffer.alloc(0) });
        const location = (0,http_request/* header */.wx)(response.headers, 'location');
        if (response.status !== 202 || !location)
            throw await this.#fail('push to', repository, response, access);
        // Only a probe: give the empty upload session back.
        await this.request({ method: 'DELETE', url: new URL(location, this.baseUrl), scopes }).catch(() => undefined);
    }
    async blobExists(repository, digest) {
        const response = await this.request({ method: 'HEAD', url: `/v2/${repository}/blobs/${digest}`, scopes: this.#scopes(repository, 'pull') });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw await this.#fail(`check blob ${digest} in`, repository, response, 'pull');
    }
    /** HEAD first; then a cross-repository mount when `mountFrom` names a repository of this registry, else an upload. */
    async uploadBlob(repository, blob, options = {}) {
        if (!/^sha256:[0-9a-f]{64}$/.test(blob.digest))
            throw new errors/* ActionFailure */.dR(`Blob digest "${blob.digest}" is not a sha256 digest.`);
        if ((blob.path === undefined) === (blob.data === undefined))
            throw new errors/* ActionFailure */.dR('A blob to upload needs exactly one of path or data.');
        if (blob.data && blob.data.length !== blob.size)
            throw new errors/* ActionFailure */.dR(`Blob ${blob.digest}: size ${blob.size} does not match its ${blob.data.length} bytes.`);
        this.#pushRepositories.add(repository);
        if (await this.blobExists(repository, blob.digest))
            return 'exists';
        return pushBlob({
            request: (request) => this.request(request),
            baseUrl: this.baseUrl,
            blobExists: (repo, digest) => this.blobExists(repo, digest),
            fail: (operation, repo, response) => (0,oci_errors/* registryFailure */.MX)({ operation, registry: this.registry, repository: repo }, response),
            io: this.#options.io,
            policy: this.#retry,
            sleep: this.#options.sleep ?? backoff/* sleep */.y,
            chunkedThreshold: this.#options.chunkedUploadThreshold ?? DEFAULT_CHUNKED_THRESHOLD,
            chunkSize: this.#options.chunkSize ?? DEFAULT_CHUNK_SIZE,
        }, repository, blob, options.mountFrom);
    }
    /** The raw manifest bytes, verified against the digest; undefined when the registry has no such manifest. */
    async getManifest(repository, reference) {
        checkManifestReference(reference);
        const response = await this.request({
            method: 'GET',
            url: `/v2/${repository}/manifests/${reference}`,
            scopes: this.#scopes(repository, 'pull'),
            headers: { Accept: ACCEPT_MANIFESTS },
        });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw await this.#fail(`get manifest ${reference} from`, repository, response, 'pull');
        const body = response.body;
        const digest = (0,media_types/* sha256Digest */.sI)(body);
        const expected = (0,oci_reference/* isDigest */.Bc)(reference) ? reference : (0,http_request/* header */.wx)(response.headers, 'docker-content-digest');
        if (expected && expected !== digestWithAlgorithm(body, expected)) {
            throw new errors/* ActionFailure */.dR(`The manifest ${repository}:${reference} from ${this.registry} does not match its digest ${expected}: refusing it.`);
        }
        return { digest, mediaType: (0,media_types/* manifestMediaType */.gp)((0,http_request/* header */.wx)(response.headers, 'content-type'), body), body };
    }
    async headManifest(repository, reference) {
        checkManifestReference(reference);
        const response = await this.request({
            method: 'HEAD',
            url: `/v2/${repository}/manifests/${reference}`,
            scopes: this.#scopes(repository, 'pull'),
            headers: { Accept: ACCEPT_MANIFESTS },
        });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw await this.#fail(`check manifest ${reference} in`, repository, response, 'pull');
        const digest = (0,http_request/* header */.wx)(response.headers, 'docker-content-digest');
        const contentType = (0,http_request/* header */.wx)(response.headers, 'content-type');
        const size = Number((0,http_request/* header */.wx)(response.headers, 'content-length'));
        if (!digest || !contentType || !Number.isFinite(size)) {
            // Some registries leave these out of a HEAD; the GET tells all.
            const manifest = await this.getManifest(repository, reference);
            return manifest && { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.body.length };
        }
        return { digest, mediaType: (0,media_types/* manifestMediaType */.gp)(contentType, Buffer.alloc(0)), size };
    }
    /** Stores the exact bytes under a tag or their digest; returns the digest the registry confirmed. */
    async putManifest(repository, reference, body, mediaType) {
        checkManifestReference(reference);
        const digest = (0,media_types/* sha256Digest */.sI)(body);
        if ((0,oci_reference/* isDigest */.Bc)(reference) && reference !== digest)
            throw new errors/* ActionFailure */.dR(`Manifest bytes have digest ${digest}, not ${reference}.`);
        this.#pushRepositories.add(repository);
        const response = await this.request({
            method: 'PUT',
            url: `/v2/${repository}/manifests/${reference}`,
            scopes: this.#scopes(repository, 'push'),
            headers: { 'Content-Type': mediaType },
            body,
        });
        if (response.status < 200 || response.status >= 300)
            throw await this.#fail(`push manifest ${reference} to`, repository, response, 'push');
        const confirmed = (0,http_request/* header */.wx)(response.headers, 'docker-content-digest');
        if (confirmed && confirmed !== digest) {
            throw new errors/* ActionFailure */.dR(`${this.registry} stored manifest ${repository}:${reference} as ${confirmed}, but the bytes sent have digest ${digest}.`);
        }
        return digest;
    }
    /** Points `toTag` at the manifest `fromReference` names, by re-PUTting its exact bytes: no blob moves. */
    async copyTag(repository, fromReference, toTag) {
        if (!(0,oci_reference/* isValidTag */.r_)(toTag))
            throw new errors/* ActionFailure */.dR(`"${toTag}" is not a valid tag.`);
        const manifest = await this.getManifest(repository, fromReference);
        if (!manifest)
            throw new oci_errors/* RegistryError */.gl(`Cannot tag ${this.registry}/${repository}:${fromReference} as ${toTag}: no such manifest.`, 404, 'MANIFEST_UNKNOWN');
        return this.putManifest(repository, toTag, manifest.body, manifest.mediaType);
    }
    /** Every tag, following `Link` pagination (bounded); empty when the repository does not exist. */
    async listTags(repository) {
        const tags = [];
        let next = `/v2/${repository}/tags/list?n=1000`;
        for (let page = 0; next && page < MAX_TAG_PAGES; page++) {
            const response = await this.request({ method: 'GET', url: next, scopes: this.#scopes(repository, 'pull') });
            if (response.status === 404)
                return tags;
            if (response.status !== 200)
                throw await this.#fail('list the tags of', repository, response, 'pull');
            const parsed = JSON.parse(response.body.toString('utf8'));
            tags.push(...(parsed.tags ?? []));
            next = /<([^>]+)>\s*;\s*rel="?next"?/.exec((0,http_request/* header */.wx)(response.headers, 'link') ?? '')?.[1];
        }
        return tags;
    }
    /**
     * One registry call: authenticated for `scopes`, retried within the policy, a 401 answered once
     * with a fresh challenge, redirects followed for reads without the Authorization header
     * leaving the registry's origin (blob storage lives elsewhere).
     */
    async request(request) {
        await this.#auth.ping();
        let url = typeof request.url === 'string' ? new URL(request.url, this.baseUrl) : request.url;
        let scopes = [...request.scopes];
        let authorization = await this.#auth.authorization(scopes);
        let reauthorized = false;
        const policy = request.retry === false ? { ...this.#retry, attempts: 1 } : this.#retry;
        for (let redirects = 0;;) {
            if (url.protocol !== 'https:' && !(this.#options.plainHttp && url.protocol === 'http:')) {
                throw new errors/* ActionFailure */.dR(`${this.registry} sent us to ${url.origin}, which is not HTTPS: refusing (set insecure only for a registry you trust).`);
            }
            const sameOrigin = url.origin === this.baseUrl.origin;
            const headers = { 'User-Agent': USER_AGENT, ...request.headers };
            if (sameOrigin && authorization)
                headers.Authorization = authorization;
            const response = await (0,retry/* sendWithRetries */.HI)({ method: request.method, url, headers, body: request.body, tls: this.#options.tls, timeoutMs: this.#options.timeoutMs }, policy, {
                sleep: this.#options.sleep,
                onRetry: (attempt, reason, delay) => this.#options.io.info(`Retrying ${request.method} ${url.pathname} on ${url.host} after ${reason} in ${delay} ms (attempt ${attempt + 1}/${policy.attempts})`),
            });
            // The path only: upload Locations carry signed state in their query.
            this.#options.io.debug(`${request.method} ${url.host}${url.pathname} -> HTTP ${response.status}`);
            if (response.status === 401 && sameOrigin && !reauthorized) {
                reauthorized = true;
                const next = await this.#auth.reauthorize(response, scopes, authorization);
                if (next) {
                    ({ header: authorization, scopes } = next);
                    continue;
                }
            }
            const location = (0,http_request/* header */.wx)(response.headers, 'location');
            if (response.status >= 300 && response.status < 400 && location && (request.method === 'GET' || request.method === 'HEAD')) {
                if (++redirects > MAX_REDIRECTS)
                    throw new errors/* ActionFailure */.dR(`Too many redirects from ${this.registry} for ${request.method} ${url.pathname}.`);
                url = new URL(location, url);
                continue;
            }
            return response;
        }
    }
    #scopes(repository, access) {
        return [(0,oci_scopes/* repositoryScope */.F7)(repository, access === 'push' || this.#pushRepositories.has(repository) ? 'push' : 'pull')];
    }
    async #fail(operation, repository, response, access) {
        const unauthorized = response.status === 401 || response.status === 403;
        const credential = unauthorized ? await this.#auth.credential() : undefined;
        return (0,oci_errors/* registryFailure */.MX)({ operation, registry: this.registry, repository, credential, access }, response);
    }
}
function checkManifestReference(reference) {
    if (!(0,oci_reference/* isDigest */.Bc)(reference) && !(0,oci_reference/* isValidTag */.r_)(reference))
        throw new errors/* ActionFailure */.dR(`"${reference}" is neither a tag nor a digest.`);
}
function digestWithAlgorithm(body, like) {
    const algorithm = like.split(':')[0] ?? 'sha256';
    if (!['sha256', 'sha384', 'sha512'].includes(algorithm))
        return like; // unknown algorithm: nothing to check against
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(body).digest('hex')}`;
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ configKeyHost),
/* harmony export */   UA: () => (/* binding */ defaultCredentialSource),
/* harmony export */   a: () => (/* binding */ chainCredentials)
/* harmony export */ });
/* unused harmony exports anonymous, inputCredentials, githubTokenCredentials, dockerConfigKeys */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9364);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(488);



const anonymous = { forRegistry: async () => undefined };
/** Tries each source in turn; the first that knows the registry wins. */
function chainCredentials(...sources) {
    return {
        async forRegistry(registry) {
            for (const source of sources) {
                const found = await source.forRegistry(registry);
                if (found)
                    return found;
            }
            return undefined;
        },
    };
}
/** The `username`/`password` inputs; both or neither, and the password is masked at once. */
function inputCredentials(inputs, io) {
    const { username, password } = inputs;
    if (!username && !password)
        return anonymous;
    if (!username)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('is required when the password input is set', 'username');
    if (!password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('is required when the username input is set', 'password');
    io.mask(password);
    const registries = inputs.registries ? new Set(inputs.registries) : undefined;
    return {
        forRegistry: async (registry) => !registries || registries.has(registry) ? { username, password, source: 'the username and password inputs' } : undefined,
    };
}
/** GHCR accepts the workflow's GITHUB_TOKEN as a password with any user name. */
function githubTokenCredentials(env, io) {
    const token = env.GITHUB_TOKEN;
    if (!token)
        return anonymous;
    io.mask(token);
    return {
        forRegistry: async (registry) => registry === 'ghcr.io' ? { username: env.GITHUB_ACTOR || 'github-actions', password: token, source: 'GITHUB_TOKEN' } : undefined,
    };
}
/**
 * The order users expect: explicit inputs, then a `docker login` / `buildah login` on the
 * machine, then GITHUB_TOKEN for ghcr.io. Config files are read once, on first use.
 */
function defaultCredentialSource(options) {
    const env = options.env ?? process.env;
    return chainCredentials(inputCredentials(options, options.io), (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerConfigCredentials */ .D)({ env, io: options.io, homeDir: options.homeDir }), githubTokenCredentials(env, options.io));
}
/** The keys a docker config may use for a registry: Docker Hub has its historical URL. */
function dockerConfigKeys(registry) {
    if (registry === DOCKER_HUB) {
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://registry-1.docker.io'];
    }
    return [registry, `https://${registry}`, `http://${registry}`];
}
/** `https://ghcr.io/v1/` -> `ghcr.io`: docker config keys come in several spellings. */
function configKeyHost(key) {
    return key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
}


/***/ }),

/***/ 9364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ dockerConfigCredentials)
/* harmony export */ });
/* unused harmony exports dockerConfigFiles, runCredentialHelper */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3171);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(488);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9978);







const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const HELPER_TIMEOUT_MS = 30_000;
function normaliseHost(host) {
    return HUB_ALIASES.has(host) ? _reference_js__WEBPACK_IMPORTED_MODULE_5__/* .DOCKER_HUB */ .Xb : host;
}
/** Docker's own config first, then the containers (podman/buildah/skopeo) auth files. */
function dockerConfigFiles(env, homeDir = node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir()) {
    const files = [node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(homeDir, '.docker'), 'config.json')];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    if (env.XDG_RUNTIME_DIR)
        files.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    return files;
}
async function loadConfig(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`Cannot read the registry credentials file ${file}: ${error.message}`, { cause: error });
    }
    try {
        return { file, config: JSON.parse(text) };
    }
    catch {
        // The parser's message may quote the file's content, which holds secrets: name the file only.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`The registry credentials file ${file} is not valid JSON.`);
    }
}
/**
 * The entry for a registry host. A key naming just the host (any scheme, Docker Hub's `/v1/`)
 * wins over one scoped to a repository (`ghcr.io/other-org`), whatever their order in the file:
 * we look up per host, and a repository-scoped login is meant for that repository only.
 */
function findByHost(record, registry) {
    if (!record)
        return undefined;
    let scoped;
    for (const [key, value] of Object.entries(record)) {
        if (normaliseHost((0,_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .configKeyHost */ .Oq)(key)) !== registry)
            continue;
        if (!hasRepositoryPath(key))
            return value;
        scoped ??= value;
    }
    return scoped;
}
/** `ghcr.io/org` or `https://ghcr.io/org`: more than a host, unlike `https://index.docker.io/v1/`. */
function hasRepositoryPath(key) {
    const path = key.replace(/^[a-z]+:\/\//i, '').replace(/^[^/]*/, '').replace(/^\/v[12]\/?$/, '').replace(/\/+$/, '');
    return path !== '';
}
function entryCredential(entry, source, io) {
    let { username, password } = entry;
    if (entry.auth) {
        io.mask(entry.auth);
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0) {
            username = decoded.slice(0, colon);
            password = decoded.slice(colon + 1);
        }
    }
    if (password)
        io.mask(password);
    if (entry.identitytoken)
        io.mask(entry.identitytoken);
    if (entry.registrytoken)
        io.mask(entry.registrytoken);
    if (entry.identitytoken)
        return { username, identityToken: entry.identitytoken, source };
    if (entry.registrytoken)
        return { registryToken: entry.registrytoken, source };
    if (username && password)
        return { username, password, source };
    return undefined;
}
/** The server URL a credential helper stores Docker Hub under differs from the host. */
function helperServerUrl(registry) {
    return registry === _reference_js__WEBPACK_IMPORTED_MODULE_5__/* .DOCKER_HUB */ .Xb ? 'https://index.docker.io/v1/' : registry;
}
/** Runs `docker-credential-<helper> get`, which reads the server URL on stdin and prints JSON. */
async function runCredentialHelper(helper, registry, env, io) {
    if (!HELPER_NAME.test(helper))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`The docker credential helper name "${helper}" is not valid.`);
    const command = `docker-credential-${helper}`;
    let result;
    try {
        result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R)({ program: command, args: ['get'], env, input: helperServerUrl(registry), timeoutMs: HELPER_TIMEOUT_MS });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`Cannot run the docker credential helper ${command}: ${error.message}`);
    }
    const stdout = result.stdout.trim();
    if (result.code !== 0) {
        // Helpers say "credentials not found in native keychain" on stdout for an unknown server.
        if (/not found/i.test(stdout) || /not found/i.test(result.stderr))
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`The docker credential helper ${command} failed for ${registry} (exit ${result.code}).`);
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionFailure */ .dR(`The docker credential helper ${command} printed something that is not JSON.`);
    }
    if (!parsed.Secret)
        return undefined;
    io.mask(parsed.Secret);
    const source = `the docker credential helper ${command}`;
    // Docker's convention: the user name `<token>` marks an identity (refresh) token.
    return parsed.Username === '<token>' ? { identityToken: parsed.Secret, source } : { username: parsed.Username, password: parsed.Secret, source };
}
/** Credentials from `docker login` (config.json: auths, credHelpers, credsStore) and containers auth files. */
function dockerConfigCredentials(options) {
    const { env, io } = options;
    let loaded;
    const configs = () => {
        loaded ??= Promise.all(dockerConfigFiles(env, options.homeDir).map(loadConfig)).then((all) => all.filter((c) => c !== undefined));
        return loaded;
    };
    const answers = new Map();
    const lookup = async (registry) => {
        for (const { file, config } of await configs()) {
            const helper = findByHost(config.credHelpers, registry);
            if (helper)
                return runCredentialHelper(helper, registry, env, io);
            const entry = findByHost(config.auths, registry);
            const credential = entry && entryCredential(entry, `the docker config ${file}`, io);
            if (credential)
                return credential;
            if (entry && config.credsStore)
                return runCredentialHelper(config.credsStore, registry, env, io);
        }
        return undefined;
    };
    return {
        forRegistry(registry) {
            // Helpers are processes: ask each one once per registry, whatever the number of clients.
            let answer = answers.get(registry);
            if (!answer) {
                answer = lookup(registry);
                answers.set(registry, answer);
            }
            return answer;
        },
    };
}


/***/ }),

/***/ 7298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MX: () => (/* binding */ registryFailure),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   ut: () => (/* binding */ describeErrorBody)
/* harmony export */ });
/* unused harmony export authHint */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** A registry answered, but not with what the operation needed. */
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR {
    status;
    code;
    name = 'RegistryError';
    constructor(message, status, 
    /** The first distribution error code, e.g. `MANIFEST_INVALID`, `DENIED`. */
    code) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
const MAX_DETAIL = 300;
/** `MANIFEST_INVALID: manifest invalid (detail)` from a distribution error body, if it is one. */
function describeErrorBody(body) {
    let errors;
    try {
        errors = JSON.parse(body.toString('utf8')).errors;
    }
    catch {
        const text = body.toString('utf8').trim().slice(0, MAX_DETAIL);
        return text && !/^\s*</.test(text) ? { text } : {};
    }
    if (!Array.isArray(errors) || errors.length === 0)
        return {};
    const parts = errors.slice(0, 3).map((error) => {
        const detail = error.detail === undefined || error.detail === null ? '' : ` (${JSON.stringify(error.detail).slice(0, MAX_DETAIL)})`;
        return `${String(error.code ?? 'ERROR')}: ${String(error.message ?? '')}${detail}`;
    });
    const first = errors[0]?.code;
    return { code: typeof first === 'string' ? first : undefined, text: parts.join('; ') };
}
function registryFailure(context, response) {
    const { code, text } = describeErrorBody(response.body);
    const answer = `HTTP ${response.status}${text ? ` ${text}` : ''}`;
    const target = `${context.registry}/${context.repository}`;
    if (response.status === 401 || response.status === 403) {
        return new RegistryError(`Cannot ${context.operation} ${target}: ${context.registry} refused access (${answer}). ${authHint(context)}`, response.status, code);
    }
    return new RegistryError(`Cannot ${context.operation} ${target}: ${context.registry} answered ${answer}.`, response.status, code);
}
function authHint(context) {
    const access = context.access ?? 'pull';
    if (!context.credential) {
        return `No credentials were found for ${context.registry}: set the username and password inputs (or run docker login) for an account with ${access} access to ${context.repository}.`;
    }
    return `The credentials from ${context.credential.source} were refused or lack ${access} access to ${context.repository}: check the username and password inputs.`;
}


/***/ }),

/***/ 8501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   gp: () => (/* binding */ manifestMediaType),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* unused harmony exports OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** What a manifest GET/HEAD accepts: without the list types a registry may answer with a converted manifest. */
const MANIFEST_MEDIA_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
function sha256Digest(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
/**
 * The media type of manifest bytes: the registry's Content-Type when it is a manifest type,
 * otherwise the document's own `mediaType` field.
 */
function manifestMediaType(contentType, body) {
    const fromHeader = contentType?.split(';')[0]?.trim();
    if (fromHeader && MANIFEST_MEDIA_TYPES.includes(fromHeader))
        return fromHeader;
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        if (typeof parsed.mediaType === 'string')
            return parsed.mediaType;
        return Array.isArray(parsed.manifests) ? OCI_INDEX : OCI_MANIFEST;
    }
    catch {
        return fromHeader ?? OCI_MANIFEST;
    }
}


/***/ }),

/***/ 8248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ scopesCover),
/* harmony export */   F7: () => (/* binding */ repositoryScope),
/* harmony export */   OL: () => (/* binding */ mergeScopes)
/* harmony export */ });
/** Token scopes as the distribution token spec writes them: `repository:<name>:<action>,<action>`. */
function parseScope(scope) {
    // A repository name may not hold a colon, but a resource type such as `registry:catalog:*` does.
    const last = scope.lastIndexOf(':');
    if (last <= 0)
        return { resource: scope, actions: new Set() };
    return { resource: scope.slice(0, last), actions: new Set(scope.slice(last + 1).split(',').filter(Boolean)) };
}
function repositoryScope(repository, access) {
    return `repository:${repository}:${access === 'push' ? 'pull,push' : 'pull'}`;
}
/** Joins scopes naming the same resource, so a token request asks for each resource once. */
function mergeScopes(scopes) {
    const merged = new Map();
    for (const scope of scopes) {
        const { resource, actions } = parseScope(scope);
        const known = merged.get(resource) ?? new Set();
        for (const action of actions)
            known.add(action);
        merged.set(resource, known);
    }
    return [...merged]
        .map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`)
        .sort();
}
/** True when every action of every wanted scope is among the granted ones. */
function scopesCover(granted, wanted) {
    const grantedByResource = new Map(granted.map((scope) => {
        const parsed = parseScope(scope);
        return [parsed.resource, parsed.actions];
    }));
    return wanted.every((scope) => {
        const { resource, actions } = parseScope(scope);
        const have = grantedByResource.get(resource);
        return have !== undefined && [...actions].every((action) => have.has(action) || have.has('*'));
    });
}


/***/ }),

/***/ 3168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ registryTransport)
/* harmony export */ });
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6081);
/* harmony import */ var _http_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3333);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(488);



const PROBE_TIMEOUT_MS = 10_000;
/**
 * How to reach a registry given the user's TLS inputs. Verified HTTPS unless `insecure`, which
 * means what containers/image's --tls-verify=false means: HTTPS without verification, and plain
 * HTTP only for a registry that does not speak TLS at all.
 */
async function registryTransport(registry, options) {
    const tls = { caFile: options.caFile, insecureSkipVerify: options.insecure };
    if (!options.insecure)
        return { tls, plainHttp: false };
    try {
        await (0,_http_request_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)({ method: 'GET', url: new URL(`https://${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .registryApiHost */ .Mb)(registry)}/v2/`), tls, timeoutMs: PROBE_TIMEOUT_MS });
        return { tls, plainHttp: false };
    }
    catch (error) {
        if (error instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpConnectionError */ .J)
            return { tls, plainHttp: true };
        throw error;
    }
}


/***/ }),

/***/ 9978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess),
/* harmony export */   o: () => (/* binding */ ProgramNotFoundError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** The program is not installed (or not on PATH). */
class ProgramNotFoundError extends Error {
    program;
    name = 'ProgramNotFoundError';
    constructor(program) {
        super(`"${program}" was not found on this machine`);
        this.program = program;
    }
}
/**
 * Runs one program to completion within a time limit and never throws for a non-zero exit:
 * callers decide what a failure means (a rejected push is an outcome, not an exception).
 * Rejects only when the program cannot be started.
 */
function runProcess(request) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(request.program, [...request.args], { cwd: request.cwd, env: request.env, stdio: ['pipe', 'pipe', 'pipe'] });
        const stdout = [];
        const stderr = [];
        const streams = request.onLine ? [lineSplitter(request.onLine), lineSplitter(request.onLine)] : undefined;
        child.stdout.on('data', (chunk) => (streams ? streams[0].push(chunk) : stdout.push(chunk)));
        child.stderr.on('data', (chunk) => (streams ? streams[1].push(chunk) : stderr.push(chunk)));
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, request.timeoutMs);
        child.once('error', (error) => {
            clearTimeout(timer);
            reject(error.code === 'ENOENT' ? new ProgramNotFoundError(request.program) : error);
        });
        child.once('close', (code, signal) => {
            clearTimeout(timer);
            for (const stream of streams ?? [])
                stream.end();
            resolve({
                code: code ?? 128,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                timedOut,
                ...(signal ? { signal } : {}),
            });
        });
        // A program that exits without reading its input must not crash us with EPIPE.
        child.stdin.on('error', () => { });
        child.stdin.end(request.input ?? '');
    });
}
/** Progress bars rewrite a line with \r: keep only its final state. */
function lineSplitter(emit) {
    let pending = '';
    const flush = (line) => {
        const visible = line.split('\r').filter(Boolean).pop() ?? '';
        if (visible.trim())
            emit(visible.trimEnd());
    };
    return {
        push: (chunk) => {
            pending += chunk.toString('utf8');
            const lines = pending.split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines)
                flush(line);
        },
        end: () => {
            if (pending)
                flush(pending);
            pending = '';
        },
    };
}


/***/ })

};
