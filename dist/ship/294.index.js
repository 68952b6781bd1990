export const id = 294;
export const ids = [294];
export const modules = {

/***/ 93915:
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

/***/ 46081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ deadlineExceeded),
/* harmony export */   Jo: () => (/* binding */ HttpConnectionError),
/* harmony export */   si: () => (/* binding */ describeConnectionError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

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
/** A request that got no full HTTP answer: refused, reset, silent, past its deadline, cancelled, or a TLS failure. */
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
/** The reason a request is aborted with when its total deadline passes. */
function deadlineExceeded(deadlineMs) {
    return Object.assign(new Error(`the request did not finish within its ${deadlineMs} ms deadline`), { code: 'DEADLINE_EXCEEDED' });
}
/** Turns a socket-level error into a message a user can act on; the URL carries no credentials. */
function describeConnectionError(error, target) {
    if (error instanceof HttpConnectionError)
        return error;
    const where = `${target.protocol}//${target.host}`;
    const name = error?.name;
    const message = error?.message ?? String(error);
    // DOMException carries a numeric code: only string codes are socket and undici error codes.
    const raw = error?.code;
    const code = typeof raw === 'string' ? raw : undefined;
    // undici reports a proxy's refusal of a CONNECT tunnel as an aborted request.
    const proxyStatus = /^Proxy response \((\d+)\)/.exec(message)?.[1];
    if (proxyStatus) {
        return new HttpConnectionError(`The proxy refused to connect to ${where} (HTTP ${proxyStatus}).`, 'PROXY_REFUSED', Number(proxyStatus) >= 500, { cause: error });
    }
    if (code === 'DEADLINE_EXCEEDED') {
        return new HttpConnectionError(`${where} did not answer in full in time: ${message}.`, code, false, { cause: error });
    }
    if (name === 'AbortError' || code === 'UND_ERR_ABORTED') {
        return new HttpConnectionError(`The request to ${where} was cancelled.`, 'ABORTED', false, { cause: error });
    }
    if (code && TLS_ERROR_CODES.has(code)) {
        return new HttpConnectionError(`TLS verification failed for ${where}: ${message} (${code}). Give the CA certificate with the ca-file input, or opt out explicitly with insecure.`, code, false, { cause: error });
    }
    switch (code) {
        case 'ECONNREFUSED':
            return new HttpConnectionError(`Connection refused by ${where}: nothing listens there.`, code, true, { cause: error });
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return new HttpConnectionError(`Cannot resolve the host of ${where}.`, code, code === 'EAI_AGAIN', { cause: error });
        case 'ETIMEDOUT':
        case 'REQUEST_TIMEOUT':
        case 'UND_ERR_CONNECT_TIMEOUT':
        case 'UND_ERR_HEADERS_TIMEOUT':
        case 'UND_ERR_BODY_TIMEOUT':
            // One code for every silence, whichever layer noticed it: callers tell a time-out by it.
            return new HttpConnectionError(`Timed out waiting for ${where}.`, 'REQUEST_TIMEOUT', true, { cause: error });
        case 'ECONNRESET':
        case 'EPIPE':
        case 'ECONNABORTED':
        case 'UND_ERR_SOCKET':
            return new HttpConnectionError(`The connection to ${where} was dropped (${code}).`, code, true, { cause: error });
        default:
            return new HttpConnectionError(`Request to ${where} failed: ${message}`, code, message === 'socket hang up', { cause: error });
    }
}


/***/ }),

/***/ 19388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ proxySettings),
/* harmony export */   g: () => (/* binding */ curlProxyEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

function first(env, lower, upper) {
    for (const name of [lower, upper]) {
        const value = env[name]?.trim();
        if (value)
            return { name, value };
    }
    return undefined;
}
/** Validates a proxy variable; a value without a scheme means `http://`, as curl reads it. */
function proxyUrl(found) {
    if (!found)
        return undefined;
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(found.value) ? found.value : `http://${found.value}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        // The value may hold proxy credentials: name the variable, never print it.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the environment variable ${found.name} is not a valid proxy URL: expected http://host:port.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the environment variable ${found.name} names a ${url.protocol.slice(0, -1)} proxy: only http:// and https:// proxies are supported.`);
    }
    return url.href;
}
function proxySettings(env = process.env) {
    const noProxy = first(env, 'no_proxy', 'NO_PROXY')?.value;
    return {
        http: proxyUrl(first(env, 'http_proxy', 'HTTP_PROXY')),
        https: proxyUrl(first(env, 'https_proxy', 'HTTPS_PROXY')),
        ...(noProxy ? { noProxy } : {}),
    };
}
/**
 * git reaches HTTP remotes through libcurl, which ignores an upper-case `HTTP_PROXY` (a CGI
 * safeguard). The toolkit honours it, so we hand git the lower-case copies it reads; a variable
 * already set in lower case wins, as it does for our own requests.
 */
function curlProxyEnv(env) {
    const added = {};
    for (const [lower, upper] of [['http_proxy', 'HTTP_PROXY'], ['https_proxy', 'HTTPS_PROXY'], ['no_proxy', 'NO_PROXY']]) {
        const value = env[upper];
        if (!env[lower] && value)
            added[lower] = value;
    }
    return added;
}


/***/ }),

/***/ 73333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ DEFAULT_IDLE_TIMEOUT_MS),
/* harmony export */   ab: () => (/* binding */ sendForStream),
/* harmony export */   he: () => (/* binding */ DEADLINE_MS_PER_MIB),
/* harmony export */   tN: () => (/* binding */ send),
/* harmony export */   u8: () => (/* binding */ DEFAULT_DEADLINE_MS),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* unused harmony export requestDeadline */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46081);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19388);





/** Silence allowed before a request is abandoned (and retried, where the caller retries). */
const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
/** Total time allowed for one request and its answer... */
const DEFAULT_DEADLINE_MS = 300_000;
/** ...plus this long per MiB of request body, so a big upload on a slow link still fits (1 MiB/s). */
const DEADLINE_MS_PER_MIB = 1_000;
/** The deadline a request gets: its own, else the default sized by its body. */
function requestDeadline(request) {
    if (request.deadlineMs !== undefined)
        return request.deadlineMs;
    const bytes = request.body === undefined ? 0 : typeof request.body === 'string' ? Buffer.byteLength(request.body) : request.body.length;
    return DEFAULT_DEADLINE_MS + Math.ceil((bytes / 1_048_576) * DEADLINE_MS_PER_MIB);
}
// undici is loaded on the first request, not at start-up: the bundles start as fast as before.
let undici;
const dispatchers = new Map();
/**
 * One keep-alive dispatcher per protocol, trust setting and proxy setting, so connections are
 * reused across calls. undici's EnvHttpProxyAgent applies `NO_PROXY` per host; it is given the
 * proxy for this protocol only, so an `https:` request never falls back to `HTTP_PROXY`. Through a
 * proxy, `https:` goes over a CONNECT tunnel (TLS checked end to end against the same trust) and
 * `http:` as an absolute-URI request, as curl does.
 */
async function dispatcherFor(url, tls, proxy) {
    const secure = url.protocol === 'https:';
    const through = (secure ? proxy.https : proxy.http) ?? '';
    const key = JSON.stringify([url.protocol, tls?.caFile ?? '', Boolean(tls?.insecureSkipVerify), tls?.clientCertFile ?? '', tls?.clientKeyFile ?? '', through, proxy.noProxy ?? '']);
    let dispatcher = dispatchers.get(key);
    if (!dispatcher) {
        const ca = secure && tls?.caFile ? readCaFile(tls.caFile) : undefined;
        // Giving `ca` replaces Node's trust store, so the system roots are passed along with it.
        // A client certificate (mutual TLS) goes with the trust settings, to the server directly or through a tunnel.
        const identity = secure && tls?.clientCertFile && tls.clientKeyFile ? { cert: readPemFile(tls.clientCertFile, 'client certificate'), key: readPemFile(tls.clientKeyFile, 'client key') } : {};
        const trust = { rejectUnauthorized: !tls?.insecureSkipVerify, ...(ca ? { ca: [ca, ...node_tls__WEBPACK_IMPORTED_MODULE_2__.rootCertificates] } : {}), ...identity };
        const { EnvHttpProxyAgent } = await (undici ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19)));
        dispatcher = new EnvHttpProxyAgent({ httpProxy: through, httpsProxy: through, noProxy: proxy.noProxy ?? '', connect: trust, requestTls: trust, proxyTunnel: false });
        dispatchers.set(key, dispatcher);
    }
    return dispatcher;
}
function readPemFile(file, what) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpConnectionError */ .Jo(`Cannot read the ${what} file ${file}: ${error.message}`, 'PEM_FILE', false, { cause: error });
    }
}
function readCaFile(caFile) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(caFile, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpConnectionError */ .Jo(`Cannot read the CA file ${caFile}: ${error.message}`, 'CA_FILE', false, { cause: error });
    }
}
/** Aborts at the deadline or when the caller's signal fires, whichever comes first. */
function startDeadline(deadlineMs, outer) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .deadlineExceeded */ .GQ)(deadlineMs)), deadlineMs);
    return { signal: outer ? AbortSignal.any([outer, controller.signal]) : controller.signal, clear: () => clearTimeout(timer) };
}
/**
 * The answer's body, failed after `idleMs` without a chunk. undici's own body timeout does the same
 * on a one-second clock; this one is exact, so short test time-outs behave like long ones.
 */
function watchSilence(body, idleMs) {
    const silence = () => watched.destroy(Object.assign(new Error(`no data for ${idleMs} ms`), { code: 'REQUEST_TIMEOUT' }));
    const timer = setTimeout(silence, idleMs);
    const watched = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, done) {
            timer.refresh();
            done(null, chunk);
        },
    });
    (0,node_stream__WEBPACK_IMPORTED_MODULE_1__.pipeline)(body, watched, () => clearTimeout(timer));
    return watched;
}
/** Sends one request and resolves with its status, headers and the response stream. */
async function sendForStream(request) {
    const { url } = request;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpConnectionError */ .Jo(`Unsupported URL scheme ${url.protocol} in ${url.origin}`, undefined, false);
    }
    const headers = { ...request.headers };
    const body = request.body;
    if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) {
        headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
    }
    const dispatcher = await dispatcherFor(url, request.tls, (0,_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .proxySettings */ .E)());
    const idle = request.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    const deadline = startDeadline(requestDeadline(request), request.signal);
    const source = body === undefined || typeof body === 'string' || Buffer.isBuffer(body) ? body : body.open();
    try {
        const { request: send } = await (undici ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19)));
        const response = await send(url, { dispatcher, method: request.method, headers, body: source, signal: deadline.signal, headersTimeout: idle, bodyTimeout: idle });
        const stream = watchSilence(response.body, idle);
        stream.once('close', deadline.clear);
        stream.once('error', () => { }); // surfaced to whoever consumes the stream
        return { status: response.statusCode, headers: response.headers, stream };
    }
    catch (error) {
        deadline.clear();
        // A request that fails mid-body must not leave the source (often an open file) behind.
        if (source instanceof node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable)
            source.destroy();
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeConnectionError */ .si)(deadline.signal.aborted ? deadline.signal.reason : error, url);
    }
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeConnectionError */ .si)(error, request.url);
    }
    finally {
        response.stream.destroy();
    }
    return { status: response.status, headers: response.headers, body: Buffer.concat(chunks) };
}
function header(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}


/***/ }),

/***/ 25834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ isTransientStatus),
/* harmony export */   HI: () => (/* binding */ sendWithRetries),
/* harmony export */   WO: () => (/* binding */ retryAfterDelay),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93915);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46081);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73333);




const DEFAULT_RETRY_POLICY = { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000 };
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
function isTransientStatus(status) {
    return TRANSIENT_STATUSES.has(status);
}
/** `Retry-After` in seconds or as an HTTP date, capped by the policy; undefined when absent. */
function retryAfterDelay(response, policy, now = Date.now()) {
    const value = (0,_request_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .wx)(response.headers, 'retry-after');
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
    // The wait between attempts ends early when the caller gives up, so a cancelled job stops at once.
    const wait = async (ms) => {
        try {
            await (hooks.sleep ? hooks.sleep(ms) : (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal: request.signal }));
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeConnectionError */ .si)(request.signal?.aborted ? request.signal.reason : error, request.url);
        }
    };
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await (0,_request_js__WEBPACK_IMPORTED_MODULE_2__/* .send */ .tN)(request);
        }
        catch (error) {
            const transient = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpConnectionError */ .Jo && error.transient;
            if (!transient || attempt >= policy.attempts || request.signal?.aborted)
                throw error;
            const delay = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_3__/* .backoffDelay */ .E)(attempt, policy);
            hooks.onRetry?.(attempt, error.message, delay);
            await wait(delay);
            continue;
        }
        if (!isTransientStatus(response.status) || attempt >= policy.attempts)
            return response;
        const delay = retryAfterDelay(response, policy) ?? (0,_backoff_js__WEBPACK_IMPORTED_MODULE_3__/* .backoffDelay */ .E)(attempt, policy);
        hooks.onRetry?.(attempt, `HTTP ${response.status}`, delay);
        await wait(delay);
    }
}


/***/ }),

/***/ 91390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient)
});

// UNUSED EXPORTS: DEFAULT_CHUNKED_THRESHOLD, DEFAULT_CHUNK_SIZE

// EXTERNAL MODULE: ./src/core/backoff.ts
var backoff = __webpack_require__(93915);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/http/request.ts
var http_request = __webpack_require__(73333);
// EXTERNAL MODULE: ./src/core/http/retry.ts
var retry = __webpack_require__(25834);
;// CONCATENATED MODULE: ./src/core/oci/challenge.ts
const TOKEN = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)/;
const PARAM_NAME = /^([A-Za-z0-9_-]+)\s*=\s*/;
/**
 * Every challenge of a `WWW-Authenticate` value, in order (RFC 9110 §11.6.1). A server may send
 * several, in one header or in several that Node joins with ", ":
 * `Basic realm="reg", Bearer realm="https://auth/token",service="registry",scope="repository:a:pull,push"`.
 * Values are quoted (commas and escaped quotes inside) or bare tokens.
 */
function parseChallenges(header) {
    const challenges = [];
    let rest = (header ?? '').trim();
    let current;
    // Bounded: every iteration consumes at least one character or stops.
    while (rest.length > 0) {
        rest = rest.replace(/^[\s,]+/, '');
        const name = TOKEN.exec(rest)?.[1];
        if (!name)
            break;
        const param = PARAM_NAME.exec(rest);
        if (!param || !current) {
            // A token not followed by `=` starts the next challenge.
            current = { scheme: name.toLowerCase(), params: {} };
            challenges.push(current);
            rest = rest.slice(name.length);
            continue;
        }
        rest = rest.slice(param[0].length);
        const { value, length } = readValue(rest);
        current.params[(param[1]).toLowerCase()] = value;
        rest = rest.slice(length);
    }
    return challenges;
}
function readValue(text) {
    if (!text.startsWith('"')) {
        const bare = /^[^,\s]*/.exec(text)?.[0] ?? '';
        return { value: bare, length: bare.length };
    }
    let index = 1;
    let value = '';
    while (index < text.length && text[index] !== '"') {
        if (text[index] === '\\' && index + 1 < text.length)
            index++;
        value += text[index];
        index++;
    }
    return { value, length: index + 1 };
}
/**
 * The challenge to answer among those a registry sent: Bearer when offered (a scoped token,
 * and the password goes only to the realm), else Basic, else the first (which we cannot answer).
 */
function pickChallenge(headers) {
    const raw = headers['www-authenticate'];
    const challenges = parseChallenges(Array.isArray(raw) ? raw.join(', ') : raw);
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic') ?? challenges[0];
}
/** The first challenge of one header value. */
function parseChallenge(header) {
    return parseChallenges(header)[0];
}

// EXTERNAL MODULE: ./src/core/oci/errors.ts
var oci_errors = __webpack_require__(77298);
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
    #credentials = new Map();
    #tokens = [];
    #basicHeaders = new Map();
    /** Realms that answered the OAuth2 refresh-token POST with 404/405: asked with GET from then on. */
    #realmsWithoutOAuth = new Set();
    constructor(options) {
        this.options = options;
    }
    /** The login for a repository of this registry (a repository-scoped one when the user has it). */
    credential(repository) {
        const key = repository ?? '';
        let found = this.#credentials.get(key);
        if (!found) {
            found = this.options.credentials.forRegistry(this.options.registry, repository);
            this.#credentials.set(key, found);
        }
        return found;
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
        const response = await (0,retry/* sendWithRetries */.HI)({ method: 'GET', url, tls: this.options.tls, idleTimeoutMs: this.options.timeoutMs, signal: this.options.signal }, this.options.retry, { onRetry: (attempt, reason, delay) => this.options.io.info(`Retrying ${url.href} after ${reason} in ${delay} ms (attempt ${attempt + 1}/${this.options.retry.attempts})`) });
        if (response.status === 401) {
            this.#challenge = pickChallenge(response.headers);
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
        const credential = await this.credential(targetRepository(scopes));
        // A registry token is sent as is, whatever the scheme asked (go-containerregistry does the same).
        if (credential?.registryToken)
            return this.#mask(`Bearer ${credential.registryToken}`);
        if (challenge.scheme === 'basic')
            return this.#basic(credential);
        if (challenge.scheme !== 'bearer')
            return undefined;
        const now = Date.now();
        const owner = credentialKey(credential);
        const cached = this.#tokens.find((token) => token.credential === owner && token.expiresAt > now && (0,oci_scopes/* scopesCover */.Bn)(token.scopes, scopes));
        if (cached)
            return cached.value;
        return this.#fetchToken(challenge, (0,oci_scopes/* mergeScopes */.OL)(scopes), credential);
    }
    /**
     * A 401 from the registry: learn its (new) challenge and return the header to try once more
     * with, or undefined when another try cannot help.
     */
    async reauthorize(response, scopes, sentHeader) {
        const challenge = pickChallenge(response.headers);
        if (!challenge)
            return undefined;
        this.#challenge = challenge;
        const credential = await this.credential(targetRepository(scopes));
        if (credential?.registryToken)
            return undefined;
        if (challenge.scheme === 'bearer') {
            // The challenge names the scope the registry wanted: ask for it along with ours.
            const wanted = (0,oci_scopes/* mergeScopes */.OL)([...scopes, ...(challenge.params.scope ?? '').split(' ').filter(Boolean)]);
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
    #basic(credential) {
        if (!credential?.username || !credential.password)
            return undefined;
        const key = credentialKey(credential);
        let value = this.#basicHeaders.get(key);
        if (!value) {
            value = this.#mask(basicHeader(credential.username, credential.password, this.options.io));
            this.#basicHeaders.set(key, value);
        }
        return value;
    }
    #mask(value) {
        this.options.io.mask(value);
        return value;
    }
    async #fetchToken(challenge, scopes, credential) {
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
        this.#tokens.push({ credential: credentialKey(credential), scopes, value, expiresAt: Date.now() + seconds * 1000 - EXPIRY_MARGIN_MS });
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
        return (0,retry/* sendWithRetries */.HI)({ ...request, tls: this.options.tls, idleTimeoutMs: this.options.timeoutMs, signal: this.options.signal }, this.options.retry);
    }
}
function basicHeader(username, password, io) {
    const encoded = Buffer.from(`${username}:${password}`).toString('base64');
    io.mask(encoded);
    return `Basic ${encoded}`;
}
/** The repository a request is for: the one it pushes to, else the first it names. */
function targetRepository(scopes) {
    const repositories = scopes.filter((scope) => scope.startsWith('repository:'));
    const target = repositories.find((scope) => /[:,]push(,|$)/.test(scope.slice(scope.lastIndexOf(':')))) ?? repositories[0];
    return target?.slice('repository:'.length, target.lastIndexOf(':'));
}
/** Tells logins apart without holding the secret: tokens and Basic headers are kept per login. */
function credentialKey(credential) {
    return credential ? `${credential.source}\u0000${credential.username ?? ''}` : '';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/http/errors.ts
var http_errors = __webpack_require__(46081);
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
    if (blob.open) {
        const open = blob.open;
        return { length: end - start, open: () => open(start, end) };
    }
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
    let spare = mount ? undefined : deps.takeSession?.(repository);
    for (;;) {
        const session = spare ?? (await startSession(deps, repository, blob.digest, scopes, mount));
        spare = undefined;
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
    return uploadSession(response, deps.baseUrl);
}
/** The session a `202 Accepted` to `POST …/blobs/uploads/` opened. */
function uploadSession(response, baseUrl) {
    const minChunk = Number((0,http_request/* header */.wx)(response.headers, 'oci-chunk-min-length') ?? 0);
    return { location: new URL((0,http_request/* header */.wx)(response.headers, 'location') ?? '', baseUrl), minChunk: Number.isFinite(minChunk) ? minChunk : 0 };
}
/** Turns a lost connection or a transient status into a TransientUploadError; other errors stay. */
async function sendUploadRequest(deps, request) {
    let response;
    try {
        response = await deps.request({ ...request, retry: false });
    }
    catch (error) {
        if (error instanceof http_errors/* HttpConnectionError */.Jo && error.transient)
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
var media_types = __webpack_require__(98501);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var oci_reference = __webpack_require__(10488);
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
    /** Upload sessions the push-access check opened, one per repository, waiting for a blob. */
    #spareSessions = new Map();
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
            timeoutMs: options.timeoutMs ?? http_request/* DEFAULT_IDLE_TIMEOUT_MS */.C9,
            signal: options.signal,
        });
    }
    /**
     * Pings the registry and proves `access` to `repository` now, so a bad login fails before any
     * work. For push, the proof is the start of an upload session, kept for the first blob upload:
     * the check costs no request and no token that the push would not make anyway. A session left
     * unused (every blob already there, or a builder pushing on its own) is empty, and registries
     * purge stale sessions; deleting it would need a token with `delete` access on token registries.
     */
    /**
     * Says the run will push to `repository`: every token asked for it from now on carries push
     * access, so reading its tag before a push costs the same one token as the push itself. A
     * registry that grants less still answers the read; the push then fails on its own check.
     */
    expectPush(repository) {
        this.#pushRepositories.add(repository);
    }
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
        this.#spareSessions.set(repository, uploadSession(response, this.baseUrl));
    }
    async blobExists(repository, digest) {
        const response = await this.request({ method: 'HEAD', url: `/v2/${repository}/blobs/${digest}`, scopes: this.#scopes(repository, 'pull') });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw await this.#fail(`check blob ${digest} in`, repository, response, 'pull');
    }
    /** A cross-repository mount when `mountFrom` names a repository of this registry, else HEAD first and an upload. */
    async uploadBlob(repository, blob, options = {}) {
        if (!/^sha256:[0-9a-f]{64}$/.test(blob.digest))
            throw new errors/* ActionFailure */.dR(`Blob digest "${blob.digest}" is not a sha256 digest.`);
        if ([blob.path, blob.data, blob.open].filter((source) => source !== undefined).length !== 1) {
            throw new errors/* ActionFailure */.dR('A blob to upload needs exactly one of path, data or open.');
        }
        if (blob.data && blob.data.length !== blob.size)
            throw new errors/* ActionFailure */.dR(`Blob ${blob.digest}: size ${blob.size} does not match its ${blob.data.length} bytes.`);
        this.#pushRepositories.add(repository);
        // A mount needs no HEAD first: the registry answers 201 for a blob the repository already has.
        if (!options.mountFrom && (await this.blobExists(repository, blob.digest)))
            return 'exists';
        return pushBlob({
            request: (request) => this.request(request),
            baseUrl: this.baseUrl,
            blobExists: (repo, digest) => this.blobExists(repo, digest),
            fail: (operation, repo, response) => (0,oci_errors/* registryFailure */.MX)({ operation, registry: this.registry, repository: repo }, response),
            io: this.#options.io,
            policy: this.#retry,
            sleep: this.#options.sleep ?? backoff/* sleep */.y,
            takeSession: (repo) => {
                const session = this.#spareSessions.get(repo);
                this.#spareSessions.delete(repo);
                return session;
            },
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
    /**
     * Removes a tag, leaving the manifest. True when the registry did; false when it cannot
     * delete tags (distribution before 3.0 answers 405 or UNSUPPORTED), so callers can say so.
     */
    async deleteTag(repository, tag) {
        if (!(0,oci_reference/* isValidTag */.r_)(tag))
            throw new errors/* ActionFailure */.dR(`"${tag}" is not a valid tag.`);
        const scopes = [(0,oci_scopes/* repositoryScope */.F7)(repository, 'push'), `repository:${repository}:delete`];
        const response = await this.request({ method: 'DELETE', url: `/v2/${repository}/manifests/${tag}`, scopes });
        if (response.status === 202 || response.status === 200)
            return true;
        if (response.status === 404 || response.status === 405 || (response.status === 400 && /UNSUPPORTED|TAG_INVALID|DIGEST_INVALID/.test(response.body.toString('utf8'))))
            return false;
        throw await this.#fail(`delete tag ${tag} from`, repository, response, 'push');
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
     * Bytes `start`..`end` (end exclusive) of a blob of `size` bytes, as a stream: a copy between
     * registries pipes it into the upload and never holds a layer in memory. Authenticated and
     * redirected as `request`, but not retried here: the upload reading it starts over on a dropped
     * connection and opens the blob again.
     */
    async blobStream(repository, digest, bytes) {
        const whole = bytes.start === 0 && bytes.end === bytes.size;
        const headers = whole ? {} : { Range: `bytes=${bytes.start}-${bytes.end - 1}` };
        const scopes = this.#scopes(repository, 'pull');
        // The answer is the big part here: its deadline grows with its size, as an upload's does with its body.
        const deadlineMs = http_request/* DEFAULT_DEADLINE_MS */.u8 + Math.ceil((bytes.end - bytes.start) / (1024 * 1024)) * http_request/* DEADLINE_MS_PER_MIB */.he;
        const answer = await this.#exchange({ method: 'GET', url: `/v2/${repository}/blobs/${digest}`, scopes, headers }, (url, sent) => (0,http_request/* sendForStream */.ab)({ method: 'GET', url, headers: sent, tls: this.#options.tls, idleTimeoutMs: this.#options.timeoutMs, deadlineMs, signal: this.#options.signal }));
        // A registry may ignore Range and send the whole blob (200): `partial` tells the caller.
        if ('stream' in answer)
            return { stream: answer.stream, partial: !whole && answer.status === 206 };
        throw await this.#fail(`read blob ${digest} from`, repository, answer, 'pull');
    }
    /**
     * One registry call: authenticated for `scopes`, retried within the policy, a 401 answered once
     * with a fresh challenge, redirects followed for reads without the Authorization header
     * leaving the registry's origin (blob storage lives elsewhere).
     */
    async request(request) {
        const policy = request.retry === false ? { ...this.#retry, attempts: 1 } : this.#retry;
        const answer = await this.#exchange(request, (url, headers) => (0,retry/* sendWithRetries */.HI)({ method: request.method, url, headers, body: request.body, tls: this.#options.tls, idleTimeoutMs: this.#options.timeoutMs, signal: this.#options.signal }, policy, {
            sleep: this.#options.sleep,
            onRetry: (attempt, reason, delay) => this.#options.io.info(`Retrying ${request.method} ${url.pathname} on ${url.host} after ${reason} in ${delay} ms (attempt ${attempt + 1}/${policy.attempts})`),
        }));
        return answer;
    }
    /**
     * The loop under `request` and `blobStream`: `send` makes one call; a streamed answer with a 2xx
     * status is handed back unread, any other answer is read whole for the 401 and redirect rules.
     */
    async #exchange(request, send) {
        await this.#auth.ping();
        let url = typeof request.url === 'string' ? new URL(request.url, this.baseUrl) : request.url;
        let scopes = [...request.scopes];
        let authorization = await this.#auth.authorization(scopes);
        let reauthorized = false;
        for (let redirects = 0;;) {
            if (url.protocol !== 'https:' && !(this.#options.plainHttp && url.protocol === 'http:')) {
                throw new errors/* ActionFailure */.dR(`${this.registry} sent us to ${url.origin}, which is not HTTPS: refusing (set insecure only for a registry you trust).`);
            }
            const sameOrigin = url.origin === this.baseUrl.origin;
            const headers = { 'User-Agent': USER_AGENT, ...request.headers };
            if (sameOrigin && authorization)
                headers.Authorization = authorization;
            const sent = await send(url, headers);
            // The path only: upload Locations carry signed state in their query.
            this.#options.io.debug(`${request.method} ${url.host}${url.pathname} -> HTTP ${sent.status}`);
            if ('stream' in sent && sent.status >= 200 && sent.status < 300)
                return sent;
            const response = 'stream' in sent ? await readWhole(sent) : sent;
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
        const credential = unauthorized ? await this.#auth.credential(repository) : undefined;
        return (0,oci_errors/* registryFailure */.MX)({ operation, registry: this.registry, repository, credential, access }, response);
    }
}
async function readWhole(response) {
    const chunks = [];
    for await (const chunk of response.stream)
        chunks.push(chunk);
    return { status: response.status, headers: response.headers, body: Buffer.concat(chunks) };
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

/***/ 61881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ cloudCredentials)
});

// UNUSED EXPORTS: ACR_TOKEN_USER

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/http/errors.ts
var http_errors = __webpack_require__(46081);
// EXTERNAL MODULE: ./src/core/http/retry.ts
var retry = __webpack_require__(25834);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/oci/aws-sigv4.ts

const sha256Hex = (data) => (0,external_node_crypto_.createHash)('sha256').update(data, 'utf8').digest('hex');
const hmac = (key, data) => (0,external_node_crypto_.createHmac)('sha256', key).update(data, 'utf8').digest();
/** RFC 3986 encoding, as SigV4 wants it: everything but unreserved characters. */
function encode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * The headers that sign a request with AWS Signature Version 4 (AWS's "Create a signed AWS API
 * request" steps): X-Amz-Date, X-Amz-Security-Token for temporary keys, and Authorization.
 */
function signV4(request, keys, region, service, now) {
    const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const date = amzDate.slice(0, 8);
    const added = { 'X-Amz-Date': amzDate, ...(keys.sessionToken ? { 'X-Amz-Security-Token': keys.sessionToken } : {}) };
    const all = new Map();
    for (const [name, value] of Object.entries({ Host: request.url.host, ...request.headers, ...added })) {
        all.set(name.toLowerCase(), value.trim().replace(/\s+/g, ' '));
    }
    const names = [...all.keys()].sort();
    const signedHeaders = names.join(';');
    const canonicalHeaders = names.map((name) => `${name}:${all.get(name)}\n`).join('');
    const path = request.url.pathname.split('/').map((segment) => encode(decodeURIComponent(segment))).join('/') || '/';
    const query = [...request.url.searchParams]
        .map(([key, value]) => [encode(key), encode(value)])
        .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
        .map(([key, value]) => `${key}=${value}`)
        .join('&');
    const canonicalRequest = [request.method, path, query, canonicalHeaders, signedHeaders, sha256Hex(request.body)].join('\n');
    const scope = `${date}/${region}/${service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
    const signingKey = hmac(hmac(hmac(hmac(`AWS4${keys.secretAccessKey}`, date), region), service), 'aws4_request');
    const signature = (0,external_node_crypto_.createHmac)('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
    return { ...added, Authorization: `AWS4-HMAC-SHA256 Credential=${keys.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}` };
}

// EXTERNAL MODULE: ./src/core/oci/errors.ts
var oci_errors = __webpack_require__(77298);
// EXTERNAL MODULE: ./src/core/secret-forms.ts
var secret_forms = __webpack_require__(43657);
;// CONCATENATED MODULE: ./src/core/oci/cloud-login.ts







const REQUEST_IDLE_MS = 10_000;
const RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 4_000 };
/** `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`, as the ECR docs and fluxcd/pkg auth/aws parse it. */
const ECR_HOST = /^\d{12}\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
/** GCR and Artifact Registry hosts: `gcr.io`, `eu.gcr.io`, `europe-west1-docker.pkg.dev`. */
const GOOGLE_HOST = /^(?:[a-z0-9-]+\.)?gcr\.io$|^[a-z0-9-]+-docker\.pkg\.dev$/;
/** The credential the `provider` input asks for, fetched once, for its registry only. */
function cloudCredentials(provider, registry, deps) {
    let fetched;
    return {
        forRegistry: (host) => {
            if (host !== registry)
                return Promise.resolve(undefined);
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
async function ecrLogin(registry, deps) {
    const { env } = deps;
    const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
    if (!accessKeyId || !secretAccessKey) {
        throw new errors/* ConfigurationError */.j1('is aws, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set: configure them first (aws-actions/configure-aws-credentials on GitHub, CI/CD variables on GitLab)', 'provider');
    }
    const region = ECR_HOST.exec(registry)?.[1] ?? (env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim());
    if (!region)
        throw new errors/* ConfigurationError */.j1(`is aws, but ${registry} is not an ECR host (<account>.dkr.ecr.<region>.amazonaws.com) and AWS_REGION is not set`, 'provider');
    deps.io.mask(secretAccessKey);
    const sessionToken = env.AWS_SESSION_TOKEN?.trim() || undefined;
    if (sessionToken)
        deps.io.mask(sessionToken);
    const endpoint = new URL(env.AWS_ENDPOINT_URL_ECR?.trim() || env.AWS_ENDPOINT_URL?.trim() || `https://api.ecr.${region}.amazonaws.com`);
    const body = '{}';
    const headers = { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken' };
    const signed = signV4({ method: 'POST', url: endpoint, headers, body }, { accessKeyId, secretAccessKey, sessionToken }, region, 'ecr', (deps.now ?? (() => new Date()))());
    const response = await call('ECR GetAuthorizationToken', endpoint, deps, { method: 'POST', headers: { ...headers, ...signed }, body });
    const data = parseJson(response, 'ECR GetAuthorizationToken');
    const token = data.authorizationData?.[0]?.authorizationToken;
    const decoded = typeof token === 'string' ? Buffer.from(token, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        throw new errors/* ActionFailure */.dR('ECR GetAuthorizationToken answered without an authorization token.');
    const password = decoded.slice(colon + 1);
    deps.io.mask(password);
    deps.io.mask(token);
    return { username: decoded.slice(0, colon), password, source: 'the aws provider (ECR GetAuthorizationToken)' };
}
/** The user name ACR gives every refresh token (what `az acr login` logs in docker with). */
const ACR_TOKEN_USER = '00000000-0000-0000-0000-000000000000';
/**
 * ACR: an Entra ID (Azure AD) access token for the service principal in AZURE_TENANT_ID /
 * AZURE_CLIENT_ID with AZURE_CLIENT_SECRET, or with the workload-identity token in
 * AZURE_FEDERATED_TOKEN_FILE (AZURE_AUTHORITY_HOST for other clouds, as azidentity reads them),
 * exchanged at the registry's `/oauth2/exchange` for an ACR refresh token, which the token
 * realm then turns into scoped tokens (the identity-token path).
 */
async function acrLogin(registry, deps) {
    const { env } = deps;
    const tenant = env.AZURE_TENANT_ID?.trim();
    const clientId = env.AZURE_CLIENT_ID?.trim();
    const secret = env.AZURE_CLIENT_SECRET?.trim();
    const assertionFile = env.AZURE_FEDERATED_TOKEN_FILE?.trim();
    if (!tenant || !clientId || !(secret || assertionFile)) {
        throw new errors/* ConfigurationError */.j1('is azure, but AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or AZURE_FEDERATED_TOKEN_FILE) are not set: set them, or run az acr login first and leave provider generic', 'provider');
    }
    if (secret)
        deps.io.mask(secret);
    const form = new URLSearchParams({ client_id: clientId, scope: 'https://management.azure.com/.default', grant_type: 'client_credentials' });
    if (secret)
        form.set('client_secret', secret);
    else {
        const assertion = (await (0,promises_.readFile)(assertionFile, 'utf8').catch(() => {
            throw new errors/* ConfigurationError */.j1(`is azure, but AZURE_FEDERATED_TOKEN_FILE (${assertionFile}) cannot be read`, 'provider');
        })).trim();
        deps.io.mask(assertion);
        form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
        form.set('client_assertion', assertion);
    }
    const authority = (env.AZURE_AUTHORITY_HOST?.trim() || 'https://login.microsoftonline.com').replace(/\/+$/, '');
    const tokenUrl = new URL(`${authority}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`);
    const aad = parseJson(await call('Entra ID', tokenUrl, deps, postForm(form)), 'Entra ID').access_token;
    if (typeof aad !== 'string' || !aad)
        throw new errors/* ActionFailure */.dR('Entra ID answered without an access token.');
    deps.io.mask(aad);
    const exchangeUrl = new URL('/oauth2/exchange', deps.registryUrl ?? `https://${registry}`);
    const exchange = new URLSearchParams({ grant_type: 'access_token', service: registry, tenant, access_token: aad });
    const refresh = parseJson(await call(`The token exchange of ${registry}`, exchangeUrl, deps, postForm(exchange)), 'ACR').refresh_token;
    if (typeof refresh !== 'string' || !refresh)
        throw new errors/* ActionFailure */.dR(`The token exchange of ${registry} answered without a refresh token.`);
    deps.io.mask(refresh);
    return { username: ACR_TOKEN_USER, identityToken: refresh, source: 'the azure provider (ACR token exchange)' };
}
function postForm(form) {
    return { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() };
}
/**
 * GCR / Artifact Registry: an OAuth2 access token as the password of `oauth2accesstoken`. From
 * GOOGLE_OAUTH_ACCESS_TOKEN or CLOUDSDK_AUTH_ACCESS_TOKEN (what google-github-actions/auth gives
 * with token_format: access_token), else the metadata server of a GCE/GKE/Cloud Build runner
 * (GCE_METADATA_HOST points it elsewhere, as for Google's client libraries).
 */
async function googleLogin(registry, deps) {
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
    let response;
    try {
        response = await call('the GCE metadata server', url, deps, { method: 'GET', headers: { 'Metadata-Flavor': 'Google' } });
    }
    catch (error) {
        if (!(error instanceof http_errors/* HttpConnectionError */.Jo))
            throw error;
        throw new errors/* ConfigurationError */.j1('is gcp, but there is no Google access token: set GOOGLE_OAUTH_ACCESS_TOKEN (google-github-actions/auth with token_format: access_token) or run on Google Cloud, where the metadata server gives one', 'provider');
    }
    const token = parseJson(response, 'The GCE metadata server').access_token;
    if (typeof token !== 'string' || !token)
        throw new errors/* ActionFailure */.dR('The GCE metadata server answered without an access token.');
    deps.io.mask(token);
    return { username: 'oauth2accesstoken', password: token, source: 'the gcp provider (GCE metadata server)' };
}
async function call(what, url, deps, request) {
    const response = await (0,retry/* sendWithRetries */.HI)({ ...request, url, idleTimeoutMs: REQUEST_IDLE_MS }, deps.retry ?? RETRY);
    if (response.status === 200)
        return response;
    const { text } = (0,oci_errors/* describeErrorBody */.ut)(response.body);
    const answer = text ?? (0,secret_forms/* clipRemoteText */.wy)(response.body.toString('utf8').trim(), 200);
    throw new errors/* ActionFailure */.dR(`${what} at ${url.origin} refused the login (HTTP ${response.status})${answer ? `: ${answer}` : ''}.`);
}
function parseJson(response, what) {
    try {
        return JSON.parse(response.body.toString('utf8'));
    }
    catch {
        throw new errors/* ActionFailure */.dR(`${what} answered with something that is not JSON.`);
    }
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EP: () => (/* binding */ fixedCredential),
/* harmony export */   Oq: () => (/* binding */ configKeyHost),
/* harmony export */   UA: () => (/* binding */ defaultCredentialSource),
/* harmony export */   ZZ: () => (/* binding */ githubTokenCredentials),
/* harmony export */   a: () => (/* binding */ chainCredentials)
/* harmony export */ });
/* unused harmony exports anonymous, inputCredentials, ciVariableCredentials */
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39364);
/* harmony import */ var _login_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46600);


const anonymous = { forRegistry: async () => undefined };
/** Tries each source in turn; the first that knows the registry wins. */
function chainCredentials(...sources) {
    return {
        async forRegistry(registry, repository) {
            for (const source of sources) {
                const found = await source.forRegistry(registry, repository);
                if (found)
                    return found;
            }
            return undefined;
        },
    };
}
/** One fixed credential, for the registries named (all when none are). */
function fixedCredential(credential, registries) {
    if (!credential)
        return anonymous;
    const only = registries ? new Set(registries) : undefined;
    return { forRegistry: async (registry) => (!only || only.has(registry) ? credential : undefined) };
}
/** The inputs as a source; the password is masked at once. */
function inputCredentials(inputs, io, env = {}) {
    if (inputs.password)
        io.mask(inputs.password);
    if (!inputs.registries) {
        if (inputs.username || inputs.password)
            (0,_login_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialFromInputs */ .NO)(undefined, inputs, env); // checks the pair
        return {
            forRegistry: async (registry) => (0,_login_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialFromInputs */ .NO)(registry, inputs, env),
        };
    }
    const credentials = new Map(inputs.registries.map((registry) => [registry, (0,_login_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialFromInputs */ .NO)(registry, inputs, env)]));
    return { forRegistry: async (registry) => credentials.get(registry) };
}
function ciVariableCredentials(env, io) {
    return {
        forRegistry: async (registry) => {
            const found = (0,_login_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .ciVariableCredential */ .c7)(registry, env);
            if (found?.password)
                io.mask(found.password);
            return found;
        },
    };
}
function githubTokenCredentials(env, io, githubToken) {
    return {
        forRegistry: async (registry) => {
            const found = (0,_login_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .githubTokenCredential */ .eb)(registry, githubToken, env);
            if (found?.password)
                io.mask(found.password);
            return found;
        },
    };
}
/**
 * The order users expect: explicit inputs, then the CI variables of the registry's own host, then
 * a `docker login` / `buildah login` on the machine (or the file the `docker-config` input names),
 * then the GitHub token for ghcr.io. Config files are read once, on first use.
 */
function defaultCredentialSource(options) {
    const env = options.env ?? process.env;
    return chainCredentials(inputCredentials(options, options.io, env), ciVariableCredentials(env, options.io), (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerConfigCredentials */ .D)({ env, io: options.io, homeDir: options.homeDir, file: options.dockerConfigFile }), githubTokenCredentials(env, options.io, options.githubToken));
}
/** `https://ghcr.io/v1/` -> `ghcr.io`: docker config keys come in several spellings. */
function configKeyHost(key) {
    return key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
}


/***/ }),

/***/ 39364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ dockerConfigCredentials)
/* harmony export */ });
/* unused harmony exports dockerConfigFiles, runCredentialHelper */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3171);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10488);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99978);







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
 * The entry for a registry and repository, the most specific first, as docker, containers/image
 * and go-containerregistry choose: for `host/team/app`, a key `host/team/app`, then `host/team`,
 * then the host alone (any scheme, Docker Hub's `/v1/`). A key scoped to another repository is
 * never used; without a repository, the host's own key wins over any scoped one.
 */
function findEntry(record, registry, repository) {
    if (!record)
        return undefined;
    let best;
    let anyScoped;
    for (const [key, value] of Object.entries(record)) {
        if (normaliseHost((0,_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .configKeyHost */ .Oq)(key)) !== registry)
            continue;
        const scope = repositoryPath(key);
        let depth = 0;
        if (scope) {
            anyScoped ??= value;
            if (!repository || (repository !== scope && !repository.startsWith(`${scope}/`)))
                continue;
            depth = scope.split('/').length;
        }
        if (!best || depth > best.depth)
            best = { value, depth };
    }
    // Asked for the host alone and it has only scoped logins: the registry's own is all there is.
    return best?.value ?? (repository ? undefined : anyScoped);
}
/** `ghcr.io/org` or `https://ghcr.io/org/` -> `org`; empty for a host key or Docker Hub's `https://index.docker.io/v1/`. */
function repositoryPath(key) {
    return key.replace(/^[a-z]+:\/\//i, '').replace(/^[^/]*/, '').replace(/^\/v[12]\/?$/, '').replace(/^\/+|\/+$/g, '');
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
        result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)({ program: command, args: ['get'], env, input: helperServerUrl(registry), timeoutMs: HELPER_TIMEOUT_MS });
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
    const { io } = options;
    const env = options.env;
    let loaded;
    const configs = () => {
        const files = options.file ? [options.file] : dockerConfigFiles(env, options.homeDir);
        loaded ??= Promise.all(files.map(loadConfig)).then((all) => all.filter((c) => c !== undefined));
        return loaded;
    };
    const answers = new Map();
    const lookup = async (registry, repository) => {
        const found = await configs();
        if (options.file && found.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`"${options.file}" does not exist`, 'docker-config');
        for (const { file, config } of found) {
            const helper = findEntry(config.credHelpers, registry, repository);
            if (helper)
                return runCredentialHelper(helper, registry, env, io);
            const entry = findEntry(config.auths, registry, repository);
            const credential = entry && entryCredential(entry, `the docker config ${file}`, io);
            if (credential)
                return credential;
            if (entry && config.credsStore)
                return runCredentialHelper(config.credsStore, registry, env, io);
        }
        if (options.file) {
            const target = repository ? `${registry}/${repository}` : registry;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`"${options.file}" holds no credentials for ${target}: log in to ${registry} with that file (docker login, buildah login --authfile) or name the file that has them`, 'docker-config');
        }
        return undefined;
    };
    return {
        forRegistry(registry, repository) {
            // Helpers are processes: ask each one once per registry and repository, whatever the number of clients.
            const key = `${registry}/${repository ?? ''}`;
            let answer = answers.get(key);
            if (!answer) {
                answer = lookup(registry, repository);
                answers.set(key, answer);
            }
            return answer;
        },
    };
}


/***/ }),

/***/ 77298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MX: () => (/* binding */ registryFailure),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   ut: () => (/* binding */ describeErrorBody)
/* harmony export */ });
/* unused harmony export authHint */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _secret_forms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43657);


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
        const text = (0,_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .clipRemoteText */ .wy)(body.toString('utf8').trim(), MAX_DETAIL);
        return text && !/^\s*</.test(text) ? { text } : {};
    }
    if (!Array.isArray(errors) || errors.length === 0)
        return {};
    const parts = errors.slice(0, 3).map((error) => {
        const detail = error.detail === undefined || error.detail === null ? '' : ` (${(0,_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .clipRemoteText */ .wy)(JSON.stringify(error.detail), MAX_DETAIL)})`;
        return `${typeof error.code === 'string' ? error.code : 'ERROR'}: ${typeof error.message === 'string' ? error.message : ''}${detail}`;
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

/***/ 98501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   gp: () => (/* binding */ manifestMediaType),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* unused harmony exports OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
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

/***/ 9899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ moveTags)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10488);


/**
 * Points every tag at one manifest, all or nothing. First everything a move needs is checked
 * and fetched: valid names, where each tag points, and the bytes of each manifest a tag will
 * leave (to put it back). Then the tags move in order; when one fails, those already moved
 * are put back (re-put of the old manifest, or deletion of a tag that was new) and the error
 * says exactly which tags, if any, could not be put back.
 */
async function moveTags(registry, repository, manifest, tags, io, options = {}) {
    const invalid = tags.filter((tag) => !(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidTag */ .r_)(tag));
    if (invalid.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`Not valid tags, so no tag was moved: ${invalid.join(', ')}.`);
    const current = options.current ?? (await Promise.all(tags.map((tag) => registry.headManifest(repository, tag))));
    const previousOf = async (digest) => {
        if (!digest || digest === manifest.digest)
            return undefined;
        const content = await registry.getManifest(repository, digest);
        if (!content)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`${registry.registry}/${repository}@${digest} vanished while checking the tags: no tag was moved.`);
        return content;
    };
    const plan = [];
    const moves = [];
    for (const [index, tag] of tags.entries()) {
        const before = current[index];
        if (before?.digest === manifest.digest) {
            moves.push({ tag, outcome: 'unchanged', previous: before.digest });
            continue;
        }
        plan.push({ tag, previous: await previousOf(before?.digest) });
        moves.push({ tag, outcome: before ? 'moved' : 'added', ...(before ? { previous: before.digest } : {}) });
    }
    const done = [];
    for (const earlier of options.alreadyMoved ?? [])
        done.push({ tag: earlier.tag, previous: await previousOf(earlier.previous) });
    for (const step of plan) {
        try {
            await registry.putManifest(repository, step.tag, manifest.body, manifest.mediaType);
        }
        catch (error) {
            const report = await putBack(registry, repository, done, io);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`Cannot point ${registry.registry}/${repository}:${step.tag} at ${manifest.digest}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)} ${report}`, { cause: error });
        }
        done.push(step);
    }
    return moves;
}
/** Undoes the moves in reverse order; returns the sentence saying where the tags stand. */
async function putBack(registry, repository, done, io) {
    if (done.length === 0)
        return 'No tag was moved.';
    const restored = [];
    const stillMoved = [];
    for (const step of [...done].reverse()) {
        try {
            if (step.previous) {
                await registry.putManifest(repository, step.tag, step.previous.body, step.previous.mediaType);
                restored.push(`${step.tag} (back to ${step.previous.digest})`);
            }
            else if (await registry.deleteTag(repository, step.tag)) {
                restored.push(`${step.tag} (removed again)`);
            }
            else {
                stillMoved.push(`${step.tag} (new; this registry cannot delete a tag)`);
            }
        }
        catch (error) {
            stillMoved.push(`${step.tag} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)})`);
        }
    }
    if (restored.length)
        io.info(`Put back: ${restored.join(', ')}.`);
    const back = restored.length ? `Put back: ${restored.join(', ')}.` : '';
    const left = stillMoved.length ? `Still moved: ${stillMoved.join(', ')}.` : 'No tag is left moved.';
    return `${back} ${left}`.trim();
}


/***/ }),

/***/ 53168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ registryTransport)
/* harmony export */ });
/* unused harmony export isLoopbackRegistry */
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46081);
/* harmony import */ var _http_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73333);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25834);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10488);




const PROBE_TIMEOUT_MS = 10_000;
/** A reset or a stall is retried, never read as "no TLS here". */
const PROBE_RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 2_000 };
/**
 * What a TLS client sees when the server answers in plain HTTP: OpenSSL reads the start of
 * `HTTP/1.1 400` as a record header ("wrong version number", "packet length too long").
 */
function isPlainHttpAnswer(error) {
    if (!(error instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpConnectionError */ .Jo))
        return false;
    const cause = error.cause?.message ?? '';
    return error.code === 'ERR_SSL_WRONG_VERSION_NUMBER' || (error.code === 'EPROTO' && /wrong version number|packet length too long|http request/i.test(cause));
}
/**
 * `localhost`, 127.0.0.0/8 and `::1`: a registry there is on this machine, where plain HTTP
 * exposes nothing on a network; go-containerregistry and Flux use plain HTTP for them too.
 */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(1, registry.indexOf(']')) : registry.replace(/:\d+$/, '');
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/**
 * How to reach a registry. Verified HTTPS, except:
 * - a loopback registry (see isLoopbackRegistry) that answers HTTPS in plain HTTP is spoken to
 *   in plain HTTP, with verification still on for every other host;
 * - with `insecure` (containers/image's --tls-verify=false), HTTPS without verification, and plain
 *   HTTP only for a registry that does not speak TLS at all.
 * The switch happens only on proof, an HTTP answer to the TLS handshake followed by a registry
 * answer in plain HTTP, and is logged; a reset or a stall is retried and then fails, so a
 * registry that speaks TLS is never downgraded (the password would go out in clear).
 */
async function registryTransport(registry, options) {
    const tls = { caFile: options.caFile, insecureSkipVerify: options.insecure };
    const loopback = isLoopbackRegistry(registry);
    if (!options.insecure && !loopback)
        return { tls, plainHttp: false };
    const host = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .registryApiHost */ .Mb)(registry);
    try {
        await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .sendWithRetries */ .HI)({ method: 'GET', url: new URL(`https://${host}/v2/`), tls, idleTimeoutMs: PROBE_TIMEOUT_MS }, options.retry ?? PROBE_RETRY);
        return { tls, plainHttp: false };
    }
    catch (error) {
        if (!isPlainHttpAnswer(error))
            throw error;
        try {
            await (0,_http_request_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)({ method: 'GET', url: new URL(`http://${host}/v2/`), idleTimeoutMs: PROBE_TIMEOUT_MS });
        }
        catch {
            throw error; // neither TLS nor plain HTTP: the HTTPS failure says more
        }
        if (loopback)
            options.io.info(`${registry} does not speak TLS: using plain HTTP, as for any registry on this machine.`);
        else
            options.io.warning(`${registry} does not speak TLS: using plain HTTP, as the insecure input allows; credentials cross the network in clear.`);
        return { tls, plainHttp: true };
    }
}


/***/ }),

/***/ 99978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   oo: () => (/* binding */ ProgramNotFoundError)
/* harmony export */ });
/* unused harmony exports withoutActionInputs, ProcessCancelledError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3639);


/** The program is not installed (or not on PATH). */
class ProgramNotFoundError extends Error {
    program;
    name = 'ProgramNotFoundError';
    constructor(program) {
        super(`"${program}" was not found on this machine`);
        this.program = program;
    }
}
/** After SIGTERM, how long a cancelled group gets to exit before SIGKILL. */
const STOP_GRACE_MS = 3_000;
/** After the program exits, how long its leftover children may hold its output pipes open. */
const ORPHAN_GRACE_MS = 5_000;
/**
 * Runs one program to completion within a time limit and never throws for a non-zero exit:
 * callers decide what a failure means (a rejected push is an outcome, not an exception).
 * Rejects only when the program cannot be started.
 *
 * The program leads its own process group, and the group is what gets stopped (at the time
 * limit, on `signal`, on cancellation of the whole run): `git clone` leaves `git-remote-http`
 * children holding the pipes, `buildah` its RUN steps; killing the program alone left them
 * running and this promise pending for ever.
 */
function runProcess(request) {
    return new Promise((resolve, reject) => {
        if (request.signal?.aborted) {
            reject(cancelled(request));
            return;
        }
        const env = withoutActionInputs(request.env ?? process.env);
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(request.program, [...request.args], { cwd: request.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
        const stdout = [];
        const stderr = [];
        const streams = request.onLine ? [lineSplitter(request.onLine), lineSplitter(request.onLine)] : undefined;
        child.stdout.on('data', (chunk) => (streams ? streams[0].push(chunk) : stdout.push(chunk)));
        child.stderr.on('data', (chunk) => (streams ? streams[1].push(chunk) : stderr.push(chunk)));
        let timedOut = false;
        let exited = false;
        const timers = [];
        const group = child.pid;
        const stop = () => {
            if (group === undefined)
                return Promise.resolve();
            if (exited) {
                killGroup(group, 'SIGKILL');
                return Promise.resolve();
            }
            killGroup(group, 'SIGTERM');
            return new Promise((done) => {
                const force = setTimeout(() => {
                    killGroup(group, 'SIGKILL');
                    done();
                }, STOP_GRACE_MS);
                child.once('exit', () => {
                    clearTimeout(force);
                    // What the program left behind in its group goes with it.
                    killGroup(group, 'SIGKILL');
                    done();
                });
            });
        };
        const unregister = _cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .processCleanups */ .h.add(stop);
        const onAbort = () => void stop();
        request.signal?.addEventListener('abort', onAbort, { once: true });
        const finish = () => {
            for (const timer of timers)
                clearTimeout(timer);
            unregister();
            request.signal?.removeEventListener('abort', onAbort);
        };
        timers.push(setTimeout(() => {
            timedOut = true;
            if (group !== undefined)
                killGroup(group, 'SIGKILL');
        }, request.timeoutMs));
        child.once('exit', () => {
            exited = true;
            // Orphans that keep stdout/stderr open would hold 'close' back for ever.
            if (group !== undefined)
                timers.push(setTimeout(() => killGroup(group, 'SIGKILL'), ORPHAN_GRACE_MS));
        });
        child.once('error', (error) => {
            finish();
            reject(error.code === 'ENOENT' ? new ProgramNotFoundError(request.program) : error);
        });
        child.once('close', (code, signal) => {
            finish();
            for (const stream of streams ?? [])
                stream.end();
            if (request.signal?.aborted) {
                reject(cancelled(request));
                return;
            }
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
/**
 * The environment without the action's inputs. On GitHub and in the CLI the inputs, secrets
 * included (`INPUT_TOKEN`, `INPUT_PASSWORD`), are environment variables of this process; git, its
 * hooks and credential helpers, buildah and whatever they start have no use for them, and a child
 * that dumps its environment would show them unmasked. Credentials a child needs are given to it
 * on purpose, in its own variables or files.
 */
function withoutActionInputs(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !/^INPUT_/i.test(name)));
}
/** The run was cancelled while (or before) the program ran: not a failure of the program. */
class ProcessCancelledError extends Error {
    name = 'ProcessCancelledError';
}
function cancelled(request) {
    return new ProcessCancelledError(`${request.program} was stopped: the run was cancelled`);
}
/** Signals every process of a group; a group already gone is what we wanted. */
function killGroup(group, signal) {
    try {
        process.kill(-group, signal);
    }
    catch {
        // ESRCH: nothing left in the group.
    }
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
