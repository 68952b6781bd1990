export const id = 617;
export const ids = [617];
export const modules = {

/***/ 3617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGiteaPullRequestApi: () => (/* binding */ createGiteaPullRequestApi)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _rest_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4191);


/** Pages read at most while looking for an open pull request or a label (50 each). */
const MAX_PAGES = 20;
const PAGE_SIZE = 50;
/**
 * Pull requests through Gitea's API v1 (templates/swagger/v1_json.tmpl, also served by every
 * instance at /api/swagger): `repoListPullRequests`, `repoCreatePullRequest`,
 * `repoEditPullRequest`, `repoListLabels`, `issueAddLabel`. Labels are added by id, and Gitea
 * does not create missing ones: `checkLabels` finds them before anything is pushed. The token
 * goes in `Authorization: token …`.
 */
function createGiteaPullRequestApi(token, baseUrl, slug) {
    const repo = `/repos/${encodeURIComponent(slug.owner)}/${encodeURIComponent(slug.repo)}`;
    const api = (0,_rest_api_js__WEBPACK_IMPORTED_MODULE_1__/* .restApi */ .X)({
        baseUrl,
        name: 'Gitea',
        authHeader: ['authorization', `token ${token}`],
        permissionHint: 'the token needs the write:repository and write:issue scopes, and write access to that repository',
        where: `${slug.owner}/${slug.repo}`,
    });
    const toPull = (pull) => ({ number: pull.number, url: pull.html_url });
    const pages = async (what, path, found) => {
        for (let page = 1; page <= MAX_PAGES; page++) {
            const items = await api.call(what, 'GET', `${path}${path.includes('?') ? '&' : '?'}limit=${PAGE_SIZE}&page=${page}`);
            if (found(items) || items.length < PAGE_SIZE)
                return;
        }
    };
    const labelIds = async (labels) => {
        const known = new Map();
        await pages('list labels', `${repo}/labels`, (items) => {
            for (const label of items)
                known.set(label.name, label.id);
            return labels.every((name) => known.has(name));
        });
        const missing = labels.filter((name) => !known.has(name));
        if (missing.length) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${missing.map((name) => `"${name}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} not a label of ${slug.owner}/${slug.repo}; Gitea adds existing labels only: create ${missing.length > 1 ? 'them' : 'it'} first`, 'pull-request-labels');
        }
        return labels.map((name) => known.get(name));
    };
    return {
        async findOpen(_slug, head, base) {
            let match;
            await pages('list pull requests', `${repo}/pulls?state=open`, (items) => {
                match = items.find((pull) => pull.head.ref === head && pull.base.ref === base);
                return match !== undefined;
            });
            return match ? toPull(match) : undefined;
        },
        async create(_slug, request) {
            return toPull(await api.call('open a pull request', 'POST', `${repo}/pulls`, request));
        },
        async update(_slug, number, request) {
            return toPull(await api.call(`update pull request #${number}`, 'PATCH', `${repo}/pulls/${number}`, request));
        },
        async checkLabels(_slug, labels) {
            await labelIds(labels);
        },
        async addLabels(_slug, number, labels) {
            await api.call(`label pull request #${number}`, 'POST', `${repo}/issues/${number}/labels`, { labels: await labelIds(labels) });
        },
    };
}


/***/ }),

/***/ 4191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ restApi),
/* harmony export */   v: () => (/* binding */ RestApiError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_http_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5834);
/* harmony import */ var _core_secret_forms_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3657);



/** A stalled API is given up after 30 s of silence, a trickling one after 60 s in all. */
/** An answer outside 2xx: the status is kept so a caller can recognise an expected refusal. */
class RestApiError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const IDLE_TIMEOUT_MS = 30_000;
const DEADLINE_MS = 60_000;
/**
 * JSON over the shared HTTP client (transient failures retried). Redirects are not followed, so
 * the token goes to `baseUrl`'s origin and nowhere else. Error messages quote the API's own
 * `message`/`error` fields, never the request.
 */
function restApi(options) {
    const base = options.baseUrl.replace(/\/+$/, '');
    return {
        async call(what, method, path, body) {
            const url = new URL(`${base}${path}`);
            const headers = { accept: 'application/json', [options.authHeader[0]]: options.authHeader[1] };
            if (body !== undefined)
                headers['content-type'] = 'application/json';
            let response;
            try {
                response = await (0,_core_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .sendWithRetries */ .HI)({ method, url, headers, body: body === undefined ? undefined : JSON.stringify(body), idleTimeoutMs: IDLE_TIMEOUT_MS, deadlineMs: DEADLINE_MS });
            }
            catch (error) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`could not reach the ${options.name} API at ${base} to ${what}: ${error.message}`, { cause: error });
            }
            const text = response.body.toString('utf8');
            if (response.status >= 200 && response.status < 300) {
                try {
                    return (text ? JSON.parse(text) : undefined);
                }
                catch {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`the ${options.name} API at ${base} answered ${what} with something that is not JSON`);
                }
            }
            const details = apiMessage(text);
            const status = `${response.status}${details ? `: ${details}` : ''}`;
            if (response.status === 401)
                throw new RestApiError(`the ${options.name} API rejected the token while trying to ${what} in ${options.where} at ${base} (401)`, 401);
            if (response.status === 403 || response.status === 404) {
                throw new RestApiError(`could not ${what} in ${options.where} at ${base} (${status}): ${options.permissionHint}`, response.status);
            }
            throw new RestApiError(`could not ${what} in ${options.where} at ${base} (${status})`, response.status);
        },
    };
}
/** The human part of an error body (`message`, `error`, GitLab's message arrays), cut to one line. */
function apiMessage(text) {
    try {
        const parsed = JSON.parse(text);
        const message = parsed.message ?? parsed.error;
        const flat = typeof message === 'string' ? message : JSON.stringify(message);
        return (0,_core_secret_forms_js__WEBPACK_IMPORTED_MODULE_2__/* .clipRemoteText */ .wy)((flat ?? '').replace(/\s+/g, ' '), 300);
    }
    catch {
        return '';
    }
}


/***/ }),

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
/* harmony export */   GQ: () => (/* binding */ deadlineExceeded),
/* harmony export */   Jo: () => (/* binding */ HttpConnectionError),
/* harmony export */   si: () => (/* binding */ describeConnectionError)
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

/***/ 9388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ proxySettings),
/* harmony export */   g: () => (/* binding */ curlProxyEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

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

/***/ 3333:
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6081);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9388);





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
        const { EnvHttpProxyAgent } = await (undici ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19)));
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
        const { request: send } = await (undici ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19)));
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

/***/ 5834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ isTransientStatus),
/* harmony export */   HI: () => (/* binding */ sendWithRetries),
/* harmony export */   WO: () => (/* binding */ retryAfterDelay),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3915);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6081);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3333);




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


/***/ })

};
