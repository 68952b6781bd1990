import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3915:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 3639:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ CleanupRegistry),
/* harmony export */   h: () => (/* binding */ processCleanups)
/* harmony export */ });
class CleanupRegistry {
    #pending = new Set();
    /** Registers `cleanup`; the returned function unregisters it (call it once the work is done). */
    add(cleanup) {
        this.#pending.add(cleanup);
        return () => {
            this.#pending.delete(cleanup);
        };
    }
    get size() {
        return this.#pending.size;
    }
    /**
     * Runs every registered cleanup once, the latest first (a child started after its credentials
     * file was written is stopped before the file is removed). A failing cleanup does not stop
     * the others.
     */
    async runAll() {
        const cleanups = [...this.#pending].reverse();
        this.#pending.clear();
        for (const cleanup of cleanups) {
            try {
                await cleanup();
            }
            catch {
                // Best effort: the process is ending; the next cleanup matters more than this error.
            }
        }
    }
}
/** The cleanups of this process; the edge runs them on SIGINT/SIGTERM. */
const processCleanups = new CleanupRegistry();


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dR: () => (/* binding */ ActionFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * A mistake in what the user gave us: a missing or malformed input, an unusable combination.
 * The edge reports it with exit code 2 in the CLI; on GitHub every failure is exit code 1.
 */
class ConfigurationError extends Error {
    input;
    name = 'ConfigurationError';
    constructor(message, 
    /** The input (as named in action.yml) the message is about, when there is one. */
    input) {
        super(input ? `Input "${input}": ${message}` : message);
        this.input = input;
    }
}
/** A remote or runtime failure that the user can act on; the message is written for them. */
class ActionFailure extends Error {
    name = 'ActionFailure';
    constructor(message, options) {
        super(message, options);
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}


/***/ }),

/***/ 6081:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ deadlineExceeded),
/* harmony export */   Jo: () => (/* binding */ HttpConnectionError),
/* harmony export */   si: () => (/* binding */ describeConnectionError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

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

/***/ 1315:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  he: () => (/* binding */ DEADLINE_MS_PER_MIB),
  u8: () => (/* binding */ DEFAULT_DEADLINE_MS),
  C9: () => (/* binding */ DEFAULT_IDLE_TIMEOUT_MS),
  wx: () => (/* binding */ header),
  tN: () => (/* binding */ send),
  ab: () => (/* binding */ sendForStream)
});

// UNUSED EXPORTS: requestDeadline

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
// EXTERNAL MODULE: ./src/core/http/errors.ts
var errors = __nccwpck_require__(6081);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/http/proxy.ts

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
        throw new core_errors/* ConfigurationError */.j1(`the environment variable ${found.name} is not a valid proxy URL: expected http://host:port.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new core_errors/* ConfigurationError */.j1(`the environment variable ${found.name} names a ${url.protocol.slice(0, -1)} proxy: only http:// and https:// proxies are supported.`);
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

;// CONCATENATED MODULE: ./src/core/http/request.ts





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
        const trust = { rejectUnauthorized: !tls?.insecureSkipVerify, ...(ca ? { ca: [ca, ...external_node_tls_.rootCertificates] } : {}), ...identity };
        const { EnvHttpProxyAgent } = await (undici ??= __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19)));
        dispatcher = new EnvHttpProxyAgent({ httpProxy: through, httpsProxy: through, noProxy: proxy.noProxy ?? '', connect: trust, requestTls: trust, proxyTunnel: false });
        dispatchers.set(key, dispatcher);
    }
    return dispatcher;
}
function readPemFile(file, what) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* HttpConnectionError */.Jo(`Cannot read the ${what} file ${file}: ${error.message}`, 'PEM_FILE', false, { cause: error });
    }
}
function readCaFile(caFile) {
    try {
        return (0,external_node_fs_.readFileSync)(caFile, 'utf8');
    }
    catch (error) {
        throw new errors/* HttpConnectionError */.Jo(`Cannot read the CA file ${caFile}: ${error.message}`, 'CA_FILE', false, { cause: error });
    }
}
/** Aborts at the deadline or when the caller's signal fires, whichever comes first. */
function startDeadline(deadlineMs, outer) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort((0,errors/* deadlineExceeded */.GQ)(deadlineMs)), deadlineMs);
    return { signal: outer ? AbortSignal.any([outer, controller.signal]) : controller.signal, clear: () => clearTimeout(timer) };
}
/**
 * The answer's body, failed after `idleMs` without a chunk. undici's own body timeout does the same
 * on a one-second clock; this one is exact, so short test time-outs behave like long ones.
 */
function watchSilence(body, idleMs) {
    const silence = () => watched.destroy(Object.assign(new Error(`no data for ${idleMs} ms`), { code: 'REQUEST_TIMEOUT' }));
    const timer = setTimeout(silence, idleMs);
    const watched = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            timer.refresh();
            done(null, chunk);
        },
    });
    (0,external_node_stream_.pipeline)(body, watched, () => clearTimeout(timer));
    return watched;
}
/** Sends one request and resolves with its status, headers and the response stream. */
async function sendForStream(request) {
    const { url } = request;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* HttpConnectionError */.Jo(`Unsupported URL scheme ${url.protocol} in ${url.origin}`, undefined, false);
    }
    const headers = { ...request.headers };
    const body = request.body;
    if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) {
        headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
    }
    const dispatcher = await dispatcherFor(url, request.tls, proxySettings());
    const idle = request.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    const deadline = startDeadline(requestDeadline(request), request.signal);
    const source = body === undefined || typeof body === 'string' || Buffer.isBuffer(body) ? body : body.open();
    try {
        const { request: send } = await (undici ??= __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19)));
        const response = await send(url, { dispatcher, method: request.method, headers, body: source, signal: deadline.signal, headersTimeout: idle, bodyTimeout: idle });
        const stream = watchSilence(response.body, idle);
        stream.once('close', deadline.clear);
        stream.once('error', () => { }); // surfaced to whoever consumes the stream
        return { status: response.statusCode, headers: response.headers, stream };
    }
    catch (error) {
        deadline.clear();
        // A request that fails mid-body must not leave the source (often an open file) behind.
        if (source instanceof external_node_stream_.Readable)
            source.destroy();
        throw (0,errors/* describeConnectionError */.si)(deadline.signal.aborted ? deadline.signal.reason : error, url);
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
        throw (0,errors/* describeConnectionError */.si)(error, request.url);
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

/***/ 5834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ isTransientStatus),
/* harmony export */   HI: () => (/* binding */ sendWithRetries),
/* harmony export */   WO: () => (/* binding */ retryAfterDelay),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3915);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6081);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1315);




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

/***/ 1881:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xq: () => (/* binding */ PROVIDERS),
  e_: () => (/* binding */ cloudCredentials)
});

// UNUSED EXPORTS: ACR_TOKEN_USER

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/http/errors.ts
var http_errors = __nccwpck_require__(6081);
// EXTERNAL MODULE: ./src/core/http/retry.ts
var retry = __nccwpck_require__(5834);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
var oci_errors = __nccwpck_require__(7298);
// EXTERNAL MODULE: ./src/core/secret-forms.ts
var secret_forms = __nccwpck_require__(3657);
;// CONCATENATED MODULE: ./src/core/oci/cloud-login.ts







/**
 * Cloud registries whose login is a short-lived token made from the cloud's own credentials,
 * as `flux push artifact --provider` does (fluxcd/pkg auth/aws, auth/azure, auth/gcp).
 */
const PROVIDERS = ['generic', 'aws', 'azure', 'gcp'];
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

/***/ 7298:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MX: () => (/* binding */ registryFailure),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   ut: () => (/* binding */ describeErrorBody)
/* harmony export */ });
/* unused harmony export authHint */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _secret_forms_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3657);


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

/***/ 6600:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ credentialFromInputs),
/* harmony export */   c7: () => (/* binding */ ciVariableCredential),
/* harmony export */   eb: () => (/* binding */ githubTokenCredential)
/* harmony export */ });
/* unused harmony export GHCR */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(488);


const GHCR = 'ghcr.io';
/** GHCR takes a GitHub token with any user name; the actor when the runner names one. */
const GHCR_FALLBACK_USER = 'github-actions';
/**
 * The `username`/`password` inputs for `registry`. A password alone is a token: for ghcr.io, which
 * takes any user name, the login of the actor; elsewhere a bearer token sent as is, as
 * `flux push artifact --creds <token>` does. A user name alone is a mistake.
 */
function credentialFromInputs(registry, inputs, env) {
    const { username, password } = inputs;
    if (!username && !password)
        return undefined;
    if (!password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('is required when the username input is set', 'password');
    if (username)
        return { username, password, source: 'the username and password inputs' };
    if (registry === GHCR)
        return { username: ghcrUser(env), password, source: 'the password input' };
    return { registryToken: password, source: 'the password input (a token without username, sent as a bearer token)' };
}
/**
 * The variables CI systems and teams set for their registry, each only for its own host:
 * `HARBOR_HOST`/`HARBOR_USERNAME`/`HARBOR_PASSWORD`, and GitLab's predefined
 * `CI_REGISTRY`/`CI_REGISTRY_USER`/`CI_REGISTRY_PASSWORD` (a job token valid for this job).
 */
function ciVariableCredential(registry, env) {
    const harborHost = present(env.HARBOR_HOST);
    const harborUser = present(env.HARBOR_USERNAME);
    const harborPassword = present(env.HARBOR_PASSWORD);
    if (harborHost && harborUser && harborPassword && hostOf(harborHost) === registry) {
        return { username: harborUser, password: harborPassword, source: 'HARBOR_USERNAME/HARBOR_PASSWORD' };
    }
    const gitlabRegistry = present(env.CI_REGISTRY);
    const gitlabUser = present(env.CI_REGISTRY_USER);
    const gitlabPassword = present(env.CI_REGISTRY_PASSWORD);
    if (gitlabRegistry && gitlabUser && gitlabPassword && hostOf(gitlabRegistry) === registry) {
        return { username: gitlabUser, password: gitlabPassword, source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD' };
    }
    return undefined;
}
/**
 * The workflow's token for ghcr.io only: the `github-token` input (which action.yml defaults to
 * `github.token`), else a GITHUB_TOKEN variable, which the CLI may be given.
 */
function githubTokenCredential(registry, githubToken, env) {
    if (registry !== GHCR)
        return undefined;
    if (githubToken)
        return { username: ghcrUser(env), password: githubToken, source: 'the github-token input' };
    const token = present(env.GITHUB_TOKEN);
    return token ? { username: ghcrUser(env), password: token, source: 'GITHUB_TOKEN' } : undefined;
}
function ghcrUser(env) {
    return present(env.GITHUB_ACTOR) ?? GHCR_FALLBACK_USER;
}
/** `https://harbor.example.com/` or `harbor.example.com:8443` -> the normalised registry host. */
function hostOf(text) {
    try {
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(`${text.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '')}/x`).registry;
    }
    catch {
        return undefined;
    }
}
function present(value) {
    return value && value.trim() ? value.trim() : undefined;
}


/***/ }),

/***/ 488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports normalizedName, familiarName, formatReference */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
// The grammar allows any algorithm, but registries accept only the registered ones, lowercase.
const DIGEST = /^(?:sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$/;
const MAX_NAME_LENGTH = 255;
/** Parses `[registry/]repository[:tag][@digest]`; throws a ConfigurationError naming `inputName`. */
function parseImageReference(text, inputName) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${text}" is not a valid image reference: ${why}`, inputName);
    };
    const trimmed = text.trim();
    if (!trimmed)
        fail('it is empty');
    let rest = trimmed;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            fail(`the digest "${digest}" is not sha256: followed by 64 lowercase hex digits`);
    }
    let tag;
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/')) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!TAG.test(tag))
            fail(`the tag "${tag}" may hold only letters, digits, _ . - (at most 128, not starting with . or -)`);
    }
    if (rest.length > MAX_NAME_LENGTH)
        fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
    const { registry, path } = splitRegistry(rest);
    if (!DOMAIN.test(registry))
        fail(`"${registry}" is not a valid registry host`);
    const components = path.split('/');
    for (const component of components) {
        if (!PATH_COMPONENT.test(component)) {
            fail(component.toLowerCase() !== component
                ? 'repository names must be lowercase'
                : `"${component}" is not a valid path component`);
        }
    }
    const normalisedRegistry = DOCKER_HUB_ALIASES.has(registry) ? DOCKER_HUB : registry;
    const repository = normalisedRegistry === DOCKER_HUB && components.length === 1 ? `library/${path}` : path;
    const reference = { registry: normalisedRegistry, repository };
    if (tag !== undefined)
        reference.tag = tag;
    if (digest !== undefined)
        reference.digest = digest;
    return reference;
}
function splitRegistry(name) {
    const slash = name.indexOf('/');
    if (slash < 0)
        return { registry: DOCKER_HUB, path: name };
    const first = name.slice(0, slash);
    const looksLikeHost = first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('[');
    return looksLikeHost ? { registry: first, path: name.slice(slash + 1) } : { registry: DOCKER_HUB, path: name };
}
/** `docker.io/library/nginx`: the name two references must share to be the same image. */
function normalizedName(reference) {
    const parsed = typeof reference === 'string' ? parseImageReference(reference) : reference;
    return `${parsed.registry}/${parsed.repository}`;
}
/** Docker's shortest spelling: `nginx`, `org/app`, `ghcr.io/org/app`. */
function familiarName(reference) {
    if (reference.registry !== DOCKER_HUB)
        return `${reference.registry}/${reference.repository}`;
    return reference.repository.startsWith('library/') && reference.repository.split('/').length === 2
        ? reference.repository.slice('library/'.length)
        : reference.repository;
}
/** `registry/repository[:tag][@digest]`, fully qualified. */
function formatReference(reference) {
    return `${normalizedName(reference)}${reference.tag ? `:${reference.tag}` : ''}${reference.digest ? `@${reference.digest}` : ''}`;
}
/** The host the Registry API is served from: Docker Hub's differs from its name. */
function registryApiHost(registry) {
    return DOCKER_HUB_ALIASES.has(registry) ? DOCKER_HUB_API_HOST : registry;
}
function isDigest(text) {
    return DIGEST.test(text);
}
function isValidTag(text) {
    return TAG.test(text);
}


/***/ }),

/***/ 3657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   ks: () => (/* binding */ SecretRegistry),
/* harmony export */   rW: () => (/* binding */ processSecrets),
/* harmony export */   wy: () => (/* binding */ clipRemoteText)
/* harmony export */ });
/* unused harmony exports MIN_MASKED_LENGTH, redact, hideUserInfo */
/**
 * Every form in which a secret can come back to us, computed in one place. Masking only the value
 * as given lets it through as soon as a remote quotes it in another encoding: a registry's JSON
 * `detail` escapes `"` and `\`, a git server's `remote:` line or a token service URL-encodes it,
 * an auth echo shows `Basic base64(user:secret)`. Each IO registers these forms when a secret is
 * read, and remote text is masked with them before it is cut, so no cut can leave half a secret.
 */
/** Values shorter than this are not masked: masking "a" or "1" would shred every log line. */
const MIN_MASKED_LENGTH = 3;
/** A base64 run shorter than this is too likely to occur by chance in a digest or an id. */
const MIN_BASE64_LENGTH = 4;
/** The value, each of its lines, and every encoding of them a remote or a header can produce. */
function secretForms(secret) {
    const forms = new Set();
    // A multiline secret is also masked line by line, as the GitHub runner does.
    const lines = secret.split(/\r?\n/).map((line) => line.trim());
    for (const value of [secret, ...lines]) {
        if (value.length < MIN_MASKED_LENGTH)
            continue;
        for (const form of textForms(value))
            forms.add(form);
        // `Basic base64(user:secret)`, docker's `auth` field, a Kubernetes secret: base64 after any prefix.
        for (const form of base64Forms(value))
            forms.add(form);
    }
    return [...forms].filter((form) => form.length >= MIN_MASKED_LENGTH);
}
/** JSON string escapes (JavaScript's, Go's, ASCII-only, twice nested) and URL encodings. */
function textForms(value) {
    const json = JSON.stringify(value).slice(1, -1);
    // Go's encoding/json also escapes <, > and & (registries, Argo CD and Gitea are written in Go).
    const goJson = json.replace(/[<>&\u2028\u2029]/g, unicodeEscape);
    // Python's json.dumps and others write every non-ASCII character as \uXXXX.
    const asciiJson = goJson.replace(/[^\x20-\x7e]/g, unicodeEscape);
    const nestedJson = JSON.stringify(json).slice(1, -1);
    const url = encodeURIComponent(value);
    // Forms encode a space as + (application/x-www-form-urlencoded), Go's url.QueryEscape too.
    const form = url.replace(/%20/g, '+');
    const lowerHex = url.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
    return [value, json, goJson, asciiJson, nestedJson, url, form, lowerHex, encodeURI(value)];
}
function unicodeEscape(char) {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/**
 * base64 of the value after a prefix of any length (`user:` in a Basic header or docker `auth`):
 * for each of the three alignments, the characters that encode only the value's own bytes.
 * Standard and URL-safe alphabets; the one or two edge characters that mix in the prefix's or
 * the suffix's bits stay visible, and say nothing useful about the secret.
 */
function base64Forms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const forms = [];
    for (let start = 0; start < 3; start++) {
        const whole = Math.floor((bytes.length - start) / 3) * 3;
        if (whole <= 0)
            continue;
        const core = bytes.subarray(start, start + whole).toString('base64');
        if (core.length < MIN_BASE64_LENGTH)
            continue;
        forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return forms;
}
/** Replaces every form in `text` by `***`, longest first so overlapping forms go whole. */
function redact(text, forms) {
    const ordered = [...forms].filter((form) => form.length >= MIN_MASKED_LENGTH).sort((a, b) => b.length - a.length);
    return redactOrdered(text, ordered);
}
function redactOrdered(text, ordered) {
    let result = text;
    for (const form of ordered) {
        if (result.includes(form))
            result = result.split(form).join('***');
    }
    return result;
}
/** The forms of every secret registered so far, kept ordered longest first for `redact`. */
class SecretRegistry {
    #forms = new Set();
    #ordered = [];
    /** Registers a secret; returns its forms that were not known yet (to hand to a runner's masker). */
    add(secret) {
        const added = secretForms(secret).filter((form) => !this.#forms.has(form));
        if (!added.length)
            return [];
        for (const form of added)
            this.#forms.add(form);
        this.#ordered = [...this.#forms].sort((a, b) => b.length - a.length);
        return added;
    }
    redact(text) {
        return redactOrdered(text, this.#ordered);
    }
    get forms() {
        return this.#forms;
    }
}
/**
 * The secrets this process has seen, whoever read them. Core code that quotes a remote's answer
 * has no IO at hand (an error is built far from where it is printed), so it masks against this
 * registry; every `SecretValue` and every IO's `mask` feeds it.
 */
const processSecrets = new SecretRegistry();
/**
 * Text a remote sent, made fit to quote: masked first, then cut to `max` characters, so a secret
 * the cut would straddle is already `***` (cutting first would leave its start readable).
 */
function clipRemoteText(text, max) {
    const masked = processSecrets.redact(text);
    return masked.length > max ? `${masked.slice(0, max - 1)}…` : masked;
}
/**
 * A URL as given by the user, fit to quote in an error even when it does not parse: any user
 * info (`user:token@`) in its authority becomes `***@`. A URL we reject as malformed is exactly
 * the one whose token no parser has picked out to mask.
 */
function hideUserInfo(urlText) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(urlText)?.[0];
    if (!scheme)
        return urlText.includes('@') ? '***' : urlText;
    // The last @ anywhere: a token holding / or ? has not been encoded, or the URL would have parsed.
    const rest = urlText.slice(scheme.length);
    const at = rest.lastIndexOf('@');
    return at < 0 ? urlText : `${scheme}***${rest.slice(at)}`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/secret-forms.ts
var secret_forms = __nccwpck_require__(3657);
;// CONCATENATED MODULE: ./src/core/secret-value.ts

/**
 * A secret carried inside parsed inputs: JSON and string conversions show `***`, so logging the
 * inputs (as the debug mode does) or interpolating one by mistake cannot leak it.
 */
class SecretValue {
    #value;
    constructor(value) {
        this.#value = value;
        // Registered the moment it exists: an error quoting a remote's answer masks it even if no IO saw it.
        secret_forms/* processSecrets */.rW.add(value);
    }
    reveal() {
        return this.#value;
    }
    toJSON() {
        return '***';
    }
    toString() {
        return '***';
    }
}

;// CONCATENATED MODULE: ./src/core/inputs.ts


function inputSourceFromObject(values) {
    return (name) => values[name];
}
/**
 * `@actions/core`'s `getInput` semantics on a plain environment: `INPUT_` + the name upper-cased
 * with spaces turned into underscores (hyphens stay). Shells and GitLab cannot name a variable
 * with a hyphen, so `INPUT_AUTH_TOKEN` stands for `auth-token` too.
 */
function inputSourceFromEnv(env) {
    return (name) => {
        const runnerName = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
        return env[runnerName] ?? env[runnerName.replace(/-/g, '_')];
    };
}
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
const DURATION_UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Reads the inputs of one action, and only those its spec declares: reading an undeclared name
 * is a programming error caught by the action.yml contract test. Empty means unset, and unset
 * means the spec's default, so action.yml and the CLI can never disagree.
 */
class InputReader {
    specs;
    source;
    onSecret;
    #read = new Set();
    constructor(specs, source, onSecret = () => { }) {
        this.specs = specs;
        this.source = source;
        this.onSecret = onSecret;
    }
    /** Names read so far, for the contract test. */
    get namesRead() {
        return this.#read;
    }
    /** The trimmed value, or the default, or undefined. A secret input is read with `secret`. */
    optional(name) {
        if (this.#spec(name).secret)
            throw new Error(`Bug: secret input "${name}" must be read with secret() or secretLines()`);
        return this.#raw(name);
    }
    /** A secret input, masked the moment it is read and carried as a `SecretValue` from then on. */
    secret(name) {
        if (!this.#spec(name).secret)
            throw new Error(`Bug: input "${name}" is not declared secret`);
        const value = this.#raw(name);
        return value === undefined ? undefined : new SecretValue(value);
    }
    /** A secret input of several lines (build secrets as `id=value`), each line a `SecretValue`. */
    secretLines(name) {
        if (!this.#spec(name).secret || !this.#spec(name).multiple)
            throw new Error(`Bug: input "${name}" is not declared secret and multiple`);
        return parseLines(this.#raw(name)).map((line) => new SecretValue(line));
    }
    #spec(name) {
        const spec = this.specs[name];
        if (!spec)
            throw new Error(`Bug: input "${name}" is not declared in the action's spec`);
        return spec;
    }
    #raw(name) {
        const spec = this.#spec(name);
        this.#read.add(name);
        const raw = this.source(name)?.trim();
        const value = raw ? raw : spec.default === undefined || spec.default === '' || isExpression(spec.default) ? undefined : spec.default;
        if (value !== undefined && spec.secret)
            this.onSecret(value);
        return value;
    }
    required(name) {
        const value = this.optional(name);
        if (value === undefined)
            throw new errors/* ConfigurationError */.j1('is required and was not given', name);
        return value;
    }
    /** Only true/True/TRUE/false/False/FALSE, as `core.getBooleanInput`; anything else is an error. */
    boolean(name) {
        const value = this.optional(name);
        if (value === undefined) {
            throw new Error(`Bug: boolean input "${name}" needs a default in its spec`);
        }
        return parseBoolean(value, name);
    }
    /** Items separated by newlines or commas, trimmed, empty ones dropped. */
    list(name) {
        return parseList(this.#multiple(name));
    }
    /** Items separated by newlines only, for values that may themselves hold commas. */
    lines(name) {
        return parseLines(this.#multiple(name));
    }
    // A list input must say so in its spec: the CLI appends a repeated flag only for those.
    #multiple(name) {
        if (!this.#spec(name).multiple)
            throw new Error(`Bug: list input "${name}" needs multiple: true in its spec`);
        return this.optional(name);
    }
    /** `key=value` lines; the first `=` splits, so values may hold more. */
    keyValues(name) {
        return parseKeyValues(this.lines(name), name);
    }
    /** `90s`, `5m`, `1h`, `250ms`, or a bare number of seconds; returns milliseconds. */
    duration(name) {
        return parseDuration(this.required(name), name);
    }
    integer(name, bounds = {}) {
        const value = this.required(name);
        if (!/^-?\d+$/.test(value))
            throw new errors/* ConfigurationError */.j1(`expected a whole number, got "${value}"`, name);
        const number = Number(value);
        if (bounds.min !== undefined && number < bounds.min) {
            throw new errors/* ConfigurationError */.j1(`must be at least ${bounds.min}, got ${number}`, name);
        }
        if (bounds.max !== undefined && number > bounds.max) {
            throw new errors/* ConfigurationError */.j1(`must be at most ${bounds.max}, got ${number}`, name);
        }
        return number;
    }
    oneOf(name, choices) {
        const value = this.required(name);
        if (!choices.includes(value)) {
            throw new errors/* ConfigurationError */.j1(`expected one of ${choices.join(', ')}, got "${value}"`, name);
        }
        return value;
    }
}
/**
 * A default such as `${{ github.token }}`: the GitHub runner evaluates it before the action
 * reads INPUT_*; anywhere else (the CLI, tests) nothing does, so it means unset, not its text.
 */
function isExpression(text) {
    return /^\$\{\{.*\}\}$/s.test(text.trim());
}
function parseBoolean(value, name) {
    if (TRUE_WORDS.has(value))
        return true;
    if (FALSE_WORDS.has(value))
        return false;
    throw new errors/* ConfigurationError */.j1(`expected true or false, got "${value}"`, name);
}
function parseList(value) {
    if (!value)
        return [];
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
function parseLines(value) {
    if (!value)
        return [];
    return value
        .split(/\r?\n/)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
function parseKeyValues(lines, name) {
    const map = new Map();
    for (const line of lines) {
        const at = line.indexOf('=');
        const key = at < 0 ? '' : line.slice(0, at).trim();
        if (!key)
            throw new errors/* ConfigurationError */.j1(`expected key=value lines, got "${line}"`, name);
        map.set(key, line.slice(at + 1).trim());
    }
    return map;
}
function parseDuration(value, name) {
    const match = DURATION.exec(value.trim());
    if (!match) {
        throw new errors/* ConfigurationError */.j1(`expected a duration such as 90s, 5m or 1h, got "${value}"`, name);
    }
    return Math.round(Number(match[1]) * DURATION_UNIT_MS[match[2] ?? 's']);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/core/context.ts

function readCiContext(env, readFile = (path) => (0,external_node_fs_.readFileSync)(path, 'utf8')) {
    if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_SHA)
        return readGithub(env, readFile);
    if (env.GITLAB_CI === 'true' || env.CI_COMMIT_SHA)
        return readGitlab(env);
    return readGeneric(env);
}
function readGithub(env, readFile) {
    const ref = present(env.GITHUB_REF);
    const server = present(env.GITHUB_SERVER_URL) ?? 'https://github.com';
    const repository = present(env.GITHUB_REPOSITORY);
    const pullRequest = ref ? pullRequestNumber(ref) : undefined;
    const fromRef = ref ? splitRef(ref) : {};
    const event = readGithubEvent(env, readFile);
    const context = {
        provider: 'github',
        sha: present(env.GITHUB_SHA),
        ref,
        refType: pullRequest !== undefined ? 'pull-request' : fromRef.refType,
        branch: pullRequest !== undefined ? present(env.GITHUB_HEAD_REF) : fromRef.branch,
        tag: fromRef.tag,
        pullRequest,
        repository,
        repositoryUrl: repository ? `${server}/${repository}` : undefined,
        runUrl: repository && env.GITHUB_RUN_ID
            ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
            : undefined,
        eventName: present(env.GITHUB_EVENT_NAME),
        actor: present(env.GITHUB_ACTOR),
        apiUrl: present(env.GITHUB_API_URL) ?? 'https://api.github.com',
        defaultBranch: event.defaultBranch,
        commitTime: event.commitTime,
    };
    return prune(context);
}
function readGitlab(env) {
    const mergeRequest = present(env.CI_MERGE_REQUEST_IID);
    const tag = present(env.CI_COMMIT_TAG);
    const branch = present(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME) ?? present(env.CI_COMMIT_BRANCH);
    const refName = present(env.CI_COMMIT_REF_NAME);
    const refType = mergeRequest ? 'pull-request' : tag ? 'tag' : branch || refName ? 'branch' : undefined;
    const context = {
        provider: 'gitlab',
        sha: present(env.CI_COMMIT_SHA),
        ref: tag ? `refs/tags/${tag}` : mergeRequest ? `refs/merge-requests/${mergeRequest}/head` : refName ? `refs/heads/${branch ?? refName}` : undefined,
        refType,
        branch: tag ? undefined : (branch ?? refName),
        tag,
        pullRequest: mergeRequest ? Number(mergeRequest) : undefined,
        defaultBranch: present(env.CI_DEFAULT_BRANCH),
        repository: present(env.CI_PROJECT_PATH),
        repositoryUrl: present(env.CI_PROJECT_URL),
        runUrl: present(env.CI_PIPELINE_URL) ?? present(env.CI_JOB_URL),
        eventName: present(env.CI_PIPELINE_SOURCE),
        actor: present(env.GITLAB_USER_LOGIN),
        commitTime: present(env.CI_COMMIT_TIMESTAMP),
    };
    return prune(context);
}
/** Generic names a Tekton task (or Jenkins, or a shell) sets from its params. */
function readGeneric(env) {
    const ref = present(env.GIT_REF);
    const fromRef = ref ? splitRef(ref) : {};
    const tag = present(env.GIT_TAG) ?? fromRef.tag;
    const branch = present(env.GIT_BRANCH) ?? fromRef.branch;
    const context = {
        provider: 'generic',
        sha: present(env.GIT_COMMIT) ?? present(env.GIT_COMMIT_SHA),
        ref: ref ?? (tag ? `refs/tags/${tag}` : branch ? `refs/heads/${branch}` : undefined),
        refType: tag ? 'tag' : branch ? 'branch' : undefined,
        branch: tag ? undefined : branch,
        tag,
        repositoryUrl: present(env.GIT_URL) ? webUrl(env.GIT_URL) : undefined,
        runUrl: present(env.PIPELINE_RUN_URL),
        commitTime: present(env.GIT_COMMIT_TIME),
    };
    return prune(context);
}
/** GitHub gives the default branch and the commit time only in the event payload (push events for the latter). */
function readGithubEvent(env, readFile) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        const event = JSON.parse(readFile(env.GITHUB_EVENT_PATH));
        const text = (value) => (typeof value === 'string' && value ? value : undefined);
        return { defaultBranch: text(event.repository?.default_branch), commitTime: text(event.head_commit?.timestamp) };
    }
    catch {
        return {};
    }
}
function splitRef(ref) {
    if (ref.startsWith('refs/heads/'))
        return { refType: 'branch', branch: ref.slice('refs/heads/'.length) };
    if (ref.startsWith('refs/tags/'))
        return { refType: 'tag', tag: ref.slice('refs/tags/'.length) };
    if (!ref.startsWith('refs/'))
        return { refType: 'branch', branch: ref };
    return {};
}
function pullRequestNumber(ref) {
    const match = /^refs\/pull\/(\d+)\//.exec(ref);
    return match ? Number(match[1]) : undefined;
}
/** `git@host:org/app.git` and `https://host/org/app.git` both become `https://host/org/app`. */
function webUrl(gitUrl) {
    const scp = /^[\w.-]+@([^:/]+):(.+?)(?:\.git)?\/?$/.exec(gitUrl);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    return gitUrl.replace(/\.git\/?$/, '').replace(/\/\/[^@/]+@/, '//');
}
function present(value) {
    return value && value.trim() ? value.trim() : undefined;
}
function prune(context) {
    for (const key of Object.keys(context)) {
        if (context[key] === undefined)
            delete context[key];
    }
    return context;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/paths.ts



/**
 * Two kinds of path, two rules:
 * - a path the user names in an input (`context`, `file`, `path`, `ca-file`, `docker-config`…)
 *   may be anywhere, as docker/build-push-action and `flux push artifact` allow; a relative one
 *   starts at the workspace;
 * - a path found inside data (a symlink in an artifact tree, a file or glob inside a config
 *   repository) never leaves the root it was found in, also through a symlinked directory.
 */
/** GITHUB_WORKSPACE, else GitLab's CI_PROJECT_DIR, else the working directory. */
function workspaceOf(env, cwd = process.cwd()) {
    const workspace = env.GITHUB_WORKSPACE?.trim() || env.CI_PROJECT_DIR?.trim() || cwd;
    return external_node_path_default().resolve(cwd, workspace);
}
/** A path named in an input: absolute as given, relative from the workspace. */
function resolveUserPath(workspace, given) {
    return external_node_path_default().resolve(workspace, given);
}
/** True when `candidate` (absolute, already real) is `root` itself or below it. */
function isInside(root, candidate) {
    const relative = path.relative(root, candidate);
    return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}
/**
 * The real path of `relative` below `root`, refused when it (or any symlink on the way) leads out
 * of the real root. `what` names the data in the error, e.g. `"files" entry`.
 */
function resolveInsideRoot(root, relative, what, input) {
    const realRoot = realpathSync(root);
    const joined = path.resolve(realRoot, relative);
    let real;
    try {
        real = realpathSync(joined);
    }
    catch (error) {
        const code = error.code;
        throw new ConfigurationError(`${what} "${relative}" ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`}`, input);
    }
    if (!isInside(realRoot, real))
        throw new ConfigurationError(`${what} "${relative}" leads outside ${realRoot}`, input);
    return real;
}

;// CONCATENATED MODULE: ./src/platform/execute.ts




/** The context every action parses against, the same for all: env, CI context, workspace. */
function parseContextOf(env, cwd = process.cwd()) {
    return { env, ci: readCiContext(env), workspace: workspaceOf(env, cwd) };
}
/** Reads the context and the inputs; secrets go to `onSecret` the moment they are read. */
function parseAction(definition, source, env, onSecret) {
    const context = parseContextOf(env);
    const inputs = definition.parse(new InputReader(definition.inputs, source, onSecret), context);
    return { inputs, context };
}
/** Runs a parsed action and sets every declared output, in one place, then the summary. */
async function runParsedAction(definition, inputs, runtime) {
    const { io } = runtime;
    // SecretValue serialises as ***, so the parsed inputs can be shown whole.
    if (io.isDebug())
        io.debug(`${definition.name} inputs: ${JSON.stringify(inputs)}`);
    const result = await definition.run(inputs, runtime);
    for (const name of Object.keys(definition.outputs))
        io.setOutput(name, result.outputs[name] ?? '');
    if (result.summary)
        await io.writeSummary(result.summary);
    if (result.failure !== undefined)
        throw new errors/* ActionFailure */.dR(result.failure);
    return result;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/core/cleanup.ts
var cleanup = __nccwpck_require__(3639);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __nccwpck_require__(8500);
;// CONCATENATED MODULE: ./src/core/runtime.ts

/** The real clock. A sleep ends at once when the signal aborts, with the signal's reason. */
const systemClock = {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
        try {
            await (0,promises_.setTimeout)(Math.max(0, ms), undefined, signal ? { signal } : undefined);
        }
        catch (error) {
            signal?.throwIfAborted();
            throw error;
        }
    },
};

;// CONCATENATED MODULE: ./src/platform/cancellation.ts

/** The shell's convention: 128 + the signal's number. */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
/** However slow a cleanup is, a cancelled run is gone by then (the GitHub runner SIGKILLs at 7.5 s). */
const CLEANUP_DEADLINE_MS = 6_000;
/**
 * Cancellation at the edge. Node's default for SIGINT/SIGTERM is to die at once, skipping every
 * `finally`: the build went on in its own process group and the temp dir kept `config.json` and
 * the build secrets. Here the first signal aborts `signal`, stops every child process group and
 * removes every registered file (`processCleanups`), then exits 130/143. A second signal
 * during the cleanup exits at once.
 */
function installCancellation(options) {
    const controller = new AbortController();
    const target = options.target ?? process;
    const cleanups = options.cleanups ?? cleanup/* processCleanups */.h;
    const onSignal = (name) => {
        const code = EXIT_CODES[name];
        if (controller.signal.aborted) {
            options.exit(code);
            return;
        }
        controller.abort(new Error(`cancelled by ${name}`));
        const deadline = new Promise((resolve) => setTimeout(resolve, CLEANUP_DEADLINE_MS).unref());
        void Promise.race([cleanups.runAll(), deadline]).then(() => {
            options.report(`error: cancelled by ${name}: stopped the running commands and removed temporary files`);
            options.exit(code);
        });
    };
    const onInt = () => onSignal('SIGINT');
    const onTerm = () => onSignal('SIGTERM');
    target.on('SIGINT', onInt);
    target.on('SIGTERM', onTerm);
    return {
        signal: controller.signal,
        dispose: () => {
            target.off('SIGINT', onInt);
            target.off('SIGTERM', onTerm);
        },
    };
}

;// CONCATENATED MODULE: ./src/platform/runtime.ts






/**
 * Builds the one runtime every action's run takes. The temp dir is the run's own, so one removal
 * takes every credential file and build secret with it. The run's cleanups are also registered
 * with the process's (`processCleanups`), which the cancellation handler runs on a signal.
 */
function createRuntime(context, options) {
    const base = context.env.RUNNER_TEMP?.trim() || external_node_os_default().tmpdir();
    const tempDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(base, 'gitops-actions-'));
    const cleanups = new cleanup/* CleanupRegistry */._();
    cleanups.add(() => (0,external_node_fs_.rmSync)(tempDir, { recursive: true, force: true }));
    const forget = cleanup/* processCleanups */.h.add(() => cleanups.runAll());
    const cancellation = options.cancellation ? installCancellation({ ...options.cancellation, cleanups: cleanup/* processCleanups */.h }) : undefined;
    let closing;
    const runtime = {
        ...context,
        io: options.io,
        tempDir,
        clock: options.clock ?? systemClock,
        signal: cancellation?.signal ?? new AbortController().signal,
        stdin: options.stdin ?? process.stdin,
        onCleanup: (cleanup) => {
            if (closing)
                throw new Error('Bug: onCleanup after the run was closed');
            cleanups.add(cleanup);
        },
    };
    const close = () => {
        closing ??= (async () => {
            cancellation?.dispose();
            forget();
            await cleanups.runAll();
        })();
        return closing;
    };
    return { runtime, close };
}

;// CONCATENATED MODULE: ./src/platform/github-entry.ts





/** Exit status of an input error, as in the CLI; GitHub fails the step on any non-zero. */
const EXIT_INPUT_ERROR = 2;
/**
 * The edge of every action on GitHub. The inputs are parsed before `@actions/core` is even
 * loaded (it pulls in an HTTP stack), so a bad input fails in the time node takes to start.
 * The one failure reported without it is written as `core.error` would write it.
 */
async function runOnGithub(definition) {
    const secrets = [];
    const forms = new secret_forms/* SecretRegistry */.ks();
    let parsed;
    try {
        parsed = parseAction(definition, inputSourceFromEnv(process.env), process.env, (secret) => {
            secrets.push(secret);
            forms.add(secret);
        });
    }
    catch (error) {
        process.stdout.write(`::error::${escapeCommandData(forms.redact((0,errors/* errorMessage */.gJ)(error)))}\n`);
        process.exitCode = (0,errors/* isConfigurationError */.p0)(error) ? EXIT_INPUT_ERROR : 1;
        return;
    }
    const { GithubIO } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(657)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6657));
    const io = new GithubIO();
    for (const secret of secrets)
        io.mask(secret);
    const { runtime, close } = createRuntime(parsed.context, {
        io,
        cancellation: { report: (line) => process.stdout.write(`::error::${escapeCommandData(line)}\n`), exit: (code) => process.exit(code) },
    });
    try {
        await runParsedAction(definition, parsed.inputs, runtime);
    }
    catch (error) {
        io.fail((0,errors/* errorMessage */.gJ)(error));
        if ((0,errors/* isConfigurationError */.p0)(error))
            process.exitCode = EXIT_INPUT_ERROR;
    }
    finally {
        await close();
    }
}
/** `@actions/core`'s escaping of a workflow command's data. */
function escapeCommandData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

;// CONCATENATED MODULE: ./src/core/tls-inputs.ts



/**
 * The `ca-file` and `insecure` inputs, read the same way by every action. Both together is an
 * input error: one says "verify with this CA", the other "do not verify", and silently dropping
 * either would weaken or break TLS behind the user's back.
 */
function readTlsInputs(reader, workspace) {
    const insecure = reader.boolean('insecure');
    const given = reader.optional('ca-file');
    if (!given)
        return { insecure };
    if (insecure) {
        throw new errors/* ConfigurationError */.j1('cannot be true together with ca-file: give ca-file to verify the server with your CA, or insecure to skip verification', 'insecure');
    }
    return { insecure, caFile: checkedCaFile(workspace, given) };
}
/**
 * The CA file may lie anywhere (a bundle such as /etc/ssl/certs/… is a legitimate choice); it is
 * checked here so a wrong path fails before any network call, and a DER file or a key does not
 * surface later as a puzzling TLS failure.
 */
function checkedCaFile(workspace, given) {
    const resolved = resolveUserPath(workspace, given);
    let stats;
    let text;
    try {
        stats = (0,external_node_fs_.statSync)(resolved);
        text = stats.isFile() ? (0,external_node_fs_.readFileSync)(resolved, 'latin1') : '';
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j1(code === 'ENOENT' ? `"${given}" does not exist` : `cannot read "${given}" (${code ?? String(error)})`, 'ca-file');
    }
    if (!stats.isFile())
        throw new errors/* ConfigurationError */.j1(`"${given}" is not a file; give the PEM file of the CA certificate`, 'ca-file');
    if (!text.includes('-----BEGIN CERTIFICATE-----')) {
        throw new errors/* ConfigurationError */.j1(`"${given}" holds no PEM certificate (-----BEGIN CERTIFICATE-----)`, 'ca-file');
    }
    return resolved;
}

;// CONCATENATED MODULE: ./src/core/build/metadata/flavor.ts

const DEFAULT_FLAVOR = { latest: 'auto', prefix: '', prefixOnLatest: false, suffix: '', suffixOnLatest: false };
/** Lines such as `latest=false`, `prefix=app-,onlatest=true`, `suffix=-alpine`. */
function parseFlavor(lines, input = 'flavor') {
    const flavor = { ...DEFAULT_FLAVOR };
    for (const line of lines) {
        const fields = line.split(',').map((field) => field.trim()).filter(Boolean);
        const [head, ...rest] = fields.map((field) => {
            const at = field.indexOf('=');
            if (at <= 0)
                throw new errors/* ConfigurationError */.j1(`expected key=value, got "${field}" in "${line}"`, input);
            return { key: field.slice(0, at).trim(), value: field.slice(at + 1).trim() };
        });
        if (!head)
            continue;
        switch (head.key) {
            case 'latest':
                if (head.value !== 'auto' && head.value !== 'true' && head.value !== 'false') {
                    throw new errors/* ConfigurationError */.j1(`latest must be auto, true or false, got "${head.value}"`, input);
                }
                if (rest.length)
                    throw new errors/* ConfigurationError */.j1(`latest takes no other attribute, in "${line}"`, input);
                flavor.latest = head.value;
                break;
            case 'prefix':
            case 'suffix': {
                let onLatest = false;
                for (const { key, value } of rest) {
                    if (key !== 'onlatest' || (value !== 'true' && value !== 'false')) {
                        throw new errors/* ConfigurationError */.j1(`${head.key} accepts only onlatest=true|false after it, in "${line}"`, input);
                    }
                    onLatest = value === 'true';
                }
                if (head.key === 'prefix')
                    Object.assign(flavor, { prefix: head.value, prefixOnLatest: onLatest });
                else
                    Object.assign(flavor, { suffix: head.value, suffixOnLatest: onLatest });
                break;
            }
            default:
                throw new errors/* ConfigurationError */.j1(`unknown flavor "${head.key}" (known: latest, prefix, suffix)`, input);
        }
    }
    return flavor;
}

;// CONCATENATED MODULE: ./src/core/build/metadata/tag-rules.ts

/** metadata-action's default priorities: the highest-priority tag becomes the image version. */
const DEFAULT_PRIORITY = { semver: 900, ref: 600, raw: 200, sha: 100 };
const ATTRIBUTES = {
    sha: ['format'],
    ref: ['event'],
    semver: ['pattern', 'value'],
    raw: ['value'],
};
const COMMON = ['type', 'enable', 'priority', 'prefix', 'suffix'];
const UNSUPPORTED_TYPES = new Set(['schedule', 'edge', 'match', 'pep440']);
/** With no `tags` input: the full commit SHA (what skip-existing looks for) and `sha-<7>`. */
const DEFAULT_TAG_RULES = ['type=sha,format=long,prefix=', 'type=sha'];
function parseTagRules(lines, input = 'tags') {
    return lines.map((line) => parseTagRule(line, input));
}
/**
 * `type=ref,event=branch`, `type=raw,value=stable`, or a bare `stable` (a raw tag). Every
 * attribute is checked here so that a typo fails the step before anything is built.
 */
function parseTagRule(line, input = 'tags') {
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(`${why} in "${line}"`, input);
    };
    const fields = splitFields(line);
    if (fields.length === 1 && !fields[0].includes('='))
        fields[0] = `value=${fields[0]}`;
    const attributes = new Map();
    for (const field of fields) {
        const at = field.indexOf('=');
        if (at <= 0)
            fail(`expected key=value attributes separated by commas, got "${field}"`);
        const key = field.slice(0, at).trim();
        if (attributes.has(key))
            fail(`"${key}" is given twice`);
        attributes.set(key, field.slice(at + 1).trim());
    }
    const typeText = attributes.get('type') ?? 'raw';
    if (UNSUPPORTED_TYPES.has(typeText))
        fail(`type=${typeText} is not supported (supported: sha, ref, semver, raw)`);
    if (!(typeText in ATTRIBUTES))
        fail(`unknown type "${typeText}" (supported: sha, ref, semver, raw)`);
    const type = typeText;
    for (const key of attributes.keys()) {
        if (!COMMON.includes(key) && !ATTRIBUTES[type].includes(key)) {
            fail(`"${key}" is not an attribute of type=${type} (allowed: ${[...COMMON, ...ATTRIBUTES[type]].join(', ')})`);
        }
    }
    const rule = { type, enable: attributes.get('enable') || 'true', priority: DEFAULT_PRIORITY[type] };
    const priority = attributes.get('priority');
    if (priority !== undefined) {
        if (!/^\d+$/.test(priority))
            fail(`priority must be a whole number, got "${priority}"`);
        rule.priority = Number(priority);
    }
    if (attributes.has('prefix'))
        rule.prefix = attributes.get('prefix');
    if (attributes.has('suffix'))
        rule.suffix = attributes.get('suffix');
    switch (type) {
        case 'sha': {
            const format = attributes.get('format') || 'short';
            if (format !== 'short' && format !== 'long')
                fail(`format must be short or long, got "${format}"`);
            rule.format = format;
            rule.prefix ??= 'sha-';
            break;
        }
        case 'ref': {
            const event = attributes.get('event');
            if (event !== 'branch' && event !== 'tag' && event !== 'pr')
                fail('type=ref needs event=branch, event=tag or event=pr');
            rule.event = event;
            if (event === 'pr')
                rule.prefix ??= 'pr-';
            break;
        }
        case 'semver': {
            const pattern = attributes.get('pattern');
            if (!pattern)
                fail('type=semver needs a pattern, e.g. pattern={{version}}');
            rule.pattern = pattern;
            if (attributes.get('value'))
                rule.value = attributes.get('value');
            break;
        }
        case 'raw': {
            const value = attributes.get('value');
            if (!value)
                fail('type=raw needs a value, e.g. value=stable');
            rule.value = value;
            break;
        }
    }
    return rule;
}
/** Splits on commas outside `{{ }}`, so `{{date 'YYYY,MM'}}` stays whole. */
function splitFields(line) {
    const fields = [];
    let depth = 0;
    let current = '';
    for (let index = 0; index < line.length; index++) {
        const pair = line.slice(index, index + 2);
        if (pair === '{{' || pair === '}}') {
            depth += pair === '{{' ? 1 : -1;
            current += pair;
            index++;
            continue;
        }
        if (line[index] === ',' && depth <= 0) {
            fields.push(current.trim());
            current = '';
            continue;
        }
        current += line[index];
    }
    fields.push(current.trim());
    return fields.filter((field) => field.length > 0);
}

;// CONCATENATED MODULE: ./src/core/build/plan.ts
const BUILDER_NAMES = ['docker', 'buildah', 'kaniko'];

// EXTERNAL MODULE: ./src/core/oci/cloud-login.ts + 1 modules
var cloud_login = __nccwpck_require__(1881);
// EXTERNAL MODULE: ./src/core/oci/login-inputs.ts
var login_inputs = __nccwpck_require__(6600);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var reference = __nccwpck_require__(488);
;// CONCATENATED MODULE: ./src/actions/build-push/inputs.ts










const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
function parseBuildPushInputs(reader, { ci: context, env, workspace }) {
    const registryInput = reader.optional('registry');
    const image = resolveImage(reader.required('image'), registryInput ?? inputs_present(env.HARBOR_HOST), registryInput !== undefined);
    const rulesText = reader.lines('tags');
    const buildArgs = reader.keyValues('build-args');
    for (const name of buildArgs.keys()) {
        if (!BUILD_ARG_NAME.test(name))
            throw new errors/* ConfigurationError */.j1(`"${name}" is not a valid build argument name (letters, digits, _)`, 'build-args');
    }
    const platforms = reader.list('platforms');
    for (const platform of platforms) {
        if (!PLATFORM.test(platform))
            throw new errors/* ConfigurationError */.j1(`"${platform}" is not a platform such as linux/amd64 or linux/arm64/v8`, 'platforms');
    }
    const username = reader.optional('username');
    const password = reader.secret('password');
    const inputs = {
        image,
        context: resolveUserPath(workspace, reader.optional('context') ?? '.'),
        file: optionalPath(workspace, reader.optional('file')),
        tagRules: parseTagRules(rulesText.length ? rulesText : DEFAULT_TAG_RULES, 'tags'),
        flavor: parseFlavor(reader.lines('flavor'), 'flavor'),
        labels: reader.keyValues('labels'),
        buildArgs,
        secrets: parseSecrets(reader.secretLines('secrets')),
        target: reader.optional('target'),
        platforms,
        cacheFrom: reader.lines('cache-from'),
        cacheTo: reader.lines('cache-to'),
        push: reader.boolean('push'),
        builder: reader.oneOf('builder', ['auto', ...BUILDER_NAMES]),
        login: resolveLogin(image.registry, username, password?.reveal(), env),
        githubToken: reader.secret('github-token'),
        provider: reader.oneOf('provider', cloud_login/* PROVIDERS */.xq),
        skipExisting: reader.boolean('skip-existing'),
        ...readTlsInputs(reader, workspace),
    };
    if (inputs.provider !== 'generic' && (username || password)) {
        throw new errors/* ConfigurationError */.j1(`is ${inputs.provider}: the login comes from the cloud's credentials, so leave out username and password`, 'provider');
    }
    if (inputs.target !== undefined && !/^[A-Za-z0-9][\w.-]*$/.test(inputs.target)) {
        throw new errors/* ConfigurationError */.j1(`"${inputs.target}" is not a build stage name`, 'target');
    }
    if (context.defaultBranch)
        inputs.defaultBranch = context.defaultBranch;
    return inputs;
}
/** `app` + registry `harbor.example.com/team` style inputs become one repository reference. */
function resolveImage(text, registry, registryFromInput) {
    const explicitHost = hasRegistryHost(text);
    const qualified = registry && !explicitHost ? `${registry.replace(/\/+$/, '')}/${text}` : text;
    const image = (0,reference/* parseImageReference */.o_)(qualified, 'image');
    if (image.tag || image.digest) {
        throw new errors/* ConfigurationError */.j1(`give the repository only ("${text.replace(/[:@].*$/, '')}"); tags come from the tags input`, 'image');
    }
    if (registryFromInput && explicitHost && registry !== image.registry && (0,reference/* parseImageReference */.o_)(`${registry}/x`).registry !== image.registry) {
        throw new errors/* ConfigurationError */.j1(`"${registry}" differs from the image's registry ${image.registry}`, 'registry');
    }
    return image;
}
function hasRegistryHost(text) {
    const slash = text.indexOf('/');
    if (slash < 0)
        return false;
    const first = text.slice(0, slash);
    return first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('[');
}
/** Inputs first, then HARBOR_* / CI_REGISTRY_* for their own host only (see ciVariableCredential). */
function resolveLogin(registry, username, password, env) {
    const found = (0,login_inputs/* credentialFromInputs */.NO)(registry, { username, password }, env) ?? (0,login_inputs/* ciVariableCredential */.c7)(registry, env);
    if (!found)
        return undefined;
    if (!found.username || !found.password) {
        // The builders log in with user:password; only GHCR's any-user login makes a token alone enough.
        throw new errors/* ConfigurationError */.j1(`is required with the password input for ${registry}: the builders log in with a user name and password`, 'username');
    }
    return { registry, username: found.username, password: new SecretValue(found.password), source: found.source };
}
function parseSecrets(secretLines) {
    const seen = new Set();
    return secretLines.map((secretLine) => {
        const line = secretLine.reveal();
        const at = line.indexOf('=');
        const id = at < 0 ? '' : line.slice(0, at).trim();
        // Never echo the line: it holds the secret.
        if (!SECRET_ID.test(id))
            throw new errors/* ConfigurationError */.j1('expected id=value lines, with an id of letters, digits, _ . -', 'secrets');
        if (seen.has(id))
            throw new errors/* ConfigurationError */.j1(`the id "${id}" is given twice`, 'secrets');
        seen.add(id);
        return { id, value: new SecretValue(line.slice(at + 1)) };
    });
}
function optionalPath(workspace, given) {
    return given === undefined ? undefined : resolveUserPath(workspace, given);
}
function inputs_present(value) {
    return value && value.trim() ? value.trim() : undefined;
}

;// CONCATENATED MODULE: ./src/actions/build-push/definition.ts

const definition = {
    name: 'build-push',
    description: 'Build a container image with buildx, buildah or kaniko, tag it from the commit (metadata-action rules), add OCI labels, ' +
        'push it with retries (or skip the build when the commit is already in the registry) and output the digest to pin.',
    inputs: {
        image: { description: 'Repository to push to, without a tag: ghcr.io/org/app, harbor.example.com/team/app.', required: true },
        context: { description: 'Build context directory; a relative path starts at the workspace, any other path is allowed.', default: '.' },
        file: { description: 'Dockerfile path; a relative path starts at the workspace (default: <context>/Dockerfile).' },
        tags: {
            description: 'Tag rules, one per line, in docker/metadata-action syntax: type=sha[,format=long], type=ref,event=branch|tag|pr, ' +
                'type=semver,pattern={{version}}, type=raw,value=stable, each with optional enable=, priority=, prefix=, suffix=. ' +
                'Default: the full commit SHA and sha-<7>.',
            multiple: true,
        },
        flavor: { description: 'latest=auto|true|false, prefix=…[,onlatest=true], suffix=…[,onlatest=true], one per line.', multiple: true },
        labels: { description: 'Labels, one key=value per line; they override the default org.opencontainers.image.* labels.', multiple: true },
        'build-args': { description: 'Build arguments, one KEY=value per line (not for secrets: they stay in the image history).', multiple: true },
        secrets: {
            description: 'Build secrets, one id=value per line, mounted with RUN --mount=type=secret,id=…; never in the image or the logs.',
            secret: true,
            multiple: true,
        },
        target: { description: 'Build stage to stop at.' },
        platforms: { description: 'Target platforms, comma or newline separated (several need builder docker).', multiple: true },
        'cache-from': { description: 'Cache sources, one per line (buildx syntax; buildah and kaniko take type=registry,ref=REPO).', multiple: true },
        'cache-to': { description: 'Cache destinations, one per line (buildx syntax; buildah and kaniko take type=registry,ref=REPO).', multiple: true },
        push: { description: 'Push the image; false only builds it.', default: 'true' },
        builder: { description: 'auto (buildx when a Docker daemon answers, else buildah, else kaniko), docker, buildah or kaniko.', default: 'auto' },
        registry: { description: "Registry to log in to and push to (default: the image's registry, or HARBOR_HOST for an image without one)." },
        username: { description: 'Registry user name (default: HARBOR_USERNAME for HARBOR_HOST, or CI_REGISTRY_USER for CI_REGISTRY: each only for its own host).' },
        password: {
            description: 'Registry password or token (default: HARBOR_PASSWORD, or CI_REGISTRY_PASSWORD). For ghcr.io a token alone will do: the user name is then the actor.',
            secret: true,
        },
        'github-token': {
            description: 'Token for a ghcr.io image when no other login is given (neither the inputs nor a docker login): GHCR takes it with any user name.',
            default: '${{ github.token }}',
            secret: true,
        },
        provider: {
            description: 'generic (the logins above), aws (ECR: GetAuthorizationToken with the AWS_* keys), azure (ACR: a token of the AZURE_* service principal, exchanged at the registry) or gcp (GCR/Artifact Registry: GOOGLE_OAUTH_ACCESS_TOKEN or the metadata server).',
            default: 'generic',
        },
        'skip-existing': {
            description: "Skip the build when the commit's SHA tag is already in the registry; the other tags are pointed at the existing manifest by a registry-side copy.",
            default: 'false',
        },
        'ca-file': {
            description: "PEM file of a CA to trust for the registry, besides the system's (an internal Harbor with a private CA), so TLS stays verified. " +
                'With builder docker the CA must also be trusted by the Docker daemon / BuildKit, which pushes the image itself.',
        },
        insecure: { description: 'Do not verify the registry\'s TLS certificate, and allow plain HTTP.', default: 'false' },
    },
    outputs: {
        digest: { description: 'Manifest digest in the registry (sha256:…).' },
        image: { description: 'The pushed image pinned by digest, registry/repository@sha256:…, what bump-manifest writes.' },
        tags: { description: 'The pushed references, registry/repository:tag, one per line.' },
        imageid: { description: 'Image ID (config digest): from the builder, or from the registry when the build was skipped.' },
        metadata: { description: 'JSON: image, digest, tags, labels, builder, skipped and the builder\'s own metadata.' },
        skipped: { description: 'true when the build was skipped because the commit\'s image already existed.' },
    },
    parse: parseBuildPushInputs,
    run: async (inputs, runtime) => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(159)]).then(__nccwpck_require__.bind(__nccwpck_require__, 159))).runBuildPush(inputs, runtime),
};

;// CONCATENATED MODULE: ./src/actions/build-push/index.ts


void runOnGithub(definition);

