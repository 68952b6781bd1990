export const id = 926;
export const ids = [926];
export const modules = {

/***/ 1926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runArgocdSync: () => (/* binding */ runArgocdSync)
});

;// CONCATENATED MODULE: ./src/core/backoff.ts
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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/http/errors.ts

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
class HttpConnectionError extends errors/* ActionFailure */.dR {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
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
        throw new errors/* ConfigurationError */.j1(`the environment variable ${found.name} is not a valid proxy URL: expected http://host:port.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* ConfigurationError */.j1(`the environment variable ${found.name} names a ${url.protocol.slice(0, -1)} proxy: only http:// and https:// proxies are supported.`);
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
        const { EnvHttpProxyAgent } = await (undici ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19)));
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
        throw new HttpConnectionError(`Cannot read the ${what} file ${file}: ${error.message}`, 'PEM_FILE', false, { cause: error });
    }
}
function readCaFile(caFile) {
    try {
        return (0,external_node_fs_.readFileSync)(caFile, 'utf8');
    }
    catch (error) {
        throw new HttpConnectionError(`Cannot read the CA file ${caFile}: ${error.message}`, 'CA_FILE', false, { cause: error });
    }
}
/** Aborts at the deadline or when the caller's signal fires, whichever comes first. */
function startDeadline(deadlineMs, outer) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(deadlineExceeded(deadlineMs)), deadlineMs);
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
        throw new HttpConnectionError(`Unsupported URL scheme ${url.protocol} in ${url.origin}`, undefined, false);
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
        const { request: send } = await (undici ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19)));
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
        throw describeConnectionError(deadline.signal.aborted ? deadline.signal.reason : error, url);
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
        throw describeConnectionError(error, request.url);
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

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/core/http/retry.ts




const DEFAULT_RETRY_POLICY = { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000 };
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
function isTransientStatus(status) {
    return TRANSIENT_STATUSES.has(status);
}
/** `Retry-After` in seconds or as an HTTP date, capped by the policy; undefined when absent. */
function retryAfterDelay(response, policy, now = Date.now()) {
    const value = header(response.headers, 'retry-after');
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
            await (hooks.sleep ? hooks.sleep(ms) : (0,promises_.setTimeout)(ms, undefined, { signal: request.signal }));
        }
        catch (error) {
            throw describeConnectionError(request.signal?.aborted ? request.signal.reason : error, request.url);
        }
    };
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await send(request);
        }
        catch (error) {
            const transient = error instanceof HttpConnectionError && error.transient;
            if (!transient || attempt >= policy.attempts || request.signal?.aborted)
                throw error;
            const delay = backoffDelay(attempt, policy);
            hooks.onRetry?.(attempt, error.message, delay);
            await wait(delay);
            continue;
        }
        if (!isTransientStatus(response.status) || attempt >= policy.attempts)
            return response;
        const delay = retryAfterDelay(response, policy) ?? backoffDelay(attempt, policy);
        hooks.onRetry?.(attempt, `HTTP ${response.status}`, delay);
        await wait(delay);
    }
}

;// CONCATENATED MODULE: ./src/core/argocd/deadline.ts

/** The action's own time limit ran out (the `timeout` input): not a failure of the server's. */
class DeadlineExceeded extends errors/* ActionFailure */.dR {
    name = 'DeadlineExceeded';
}
/**
 * A signal aborted at `deadline` (epoch ms) with a `DeadlineExceeded` naming what ran out, or when `parent`
 * aborts. Every request of a wait takes it, so the limit holds through a slow connect or a server that trickles
 * bytes: an idle time-out alone never fires while bytes keep coming.
 */
function deadlineSignal(deadline, what, parent, now = Date.now()) {
    const controller = new AbortController();
    if (parent?.aborted) {
        controller.abort(parent.reason);
        return controller.signal;
    }
    const timer = setTimeout(() => controller.abort(new DeadlineExceeded(what)), Math.max(0, deadline - now));
    // The timer must not keep a finished run's process alive.
    timer.unref();
    const onParentAbort = () => {
        clearTimeout(timer);
        controller.abort(parent?.reason);
    };
    parent?.addEventListener('abort', onParentAbort, { once: true });
    controller.signal.addEventListener('abort', () => parent?.removeEventListener('abort', onParentAbort), { once: true });
    return controller.signal;
}
/** Both limits at once: aborted by whichever comes first (undefined parts are ignored). */
function eitherSignal(...signals) {
    const present = signals.filter((signal) => signal !== undefined);
    if (present.length <= 1)
        return present[0];
    return AbortSignal.any(present);
}

// EXTERNAL MODULE: ./src/core/secret-forms.ts
var secret_forms = __webpack_require__(3657);
;// CONCATENATED MODULE: ./src/core/argocd/errors.ts


/**
 * An HTTP answer from Argo CD that is not a success. `apiMessage` is the gRPC status message from the
 * `{"error","code","message"}` body (or the text/plain body of a routing error), never request data.
 */
class ArgocdApiError extends errors/* ActionFailure */.dR {
    status;
    apiMessage;
    grpcCode;
    name = 'ArgocdApiError';
    constructor(message, status, apiMessage, grpcCode) {
        super(message);
        this.status = status;
        this.apiMessage = apiMessage;
        this.grpcCode = grpcCode;
    }
    get isOperationInProgress() {
        return this.status === 400 && /another operation is already in progress/i.test(this.apiMessage);
    }
    get isNoOperationInProgress() {
        return this.status === 400 && /no operation is in progress/i.test(this.apiMessage);
    }
    /**
     * The repo-server (or something behind it) was unavailable while resolving the revision: Argo CD wraps every
     * resolution error as FailedPrecondition (server/application/application.go `resolveRevision`), so this is a
     * 400 code 9 whose message carries the inner `code = Unavailable`. Nothing was changed: a retry is safe.
     */
    get isRepoServerUnavailable() {
        return (this.status === 400 && /error resolving repo revision:.*code = (Unavailable|DeadlineExceeded)/i.test(this.apiMessage)) || (this.status === 503 && this.grpcCode === 14);
    }
    /** The repo-server answered that the revision does not exist (util/git/client.go `lsRemote`). */
    get isUnresolvableRevision() {
        return this.status === 400 && /unable to resolve '.*' to a commit SHA|error resolving repo revision/i.test(this.apiMessage) && !this.isRepoServerUnavailable;
    }
    /**
     * Worth reading again within the wait: 5xx, 408, 429, and a bare 403 on an app already read, which is how
     * Argo CD reports any Kubernetes read error (server/application/application.go `getAppEnforceRBAC`).
     */
    get isTransientRead() {
        return this.status >= 500 || this.status === 408 || this.status === 429 || (this.status === 403 && this.apiMessage === 'permission denied');
    }
}
/** Reads the gRPC-gateway error body: `{"error":"…","code":9,"message":"…"}` or a stream's `{"error":{…}}`. */
function parseErrorBody(body) {
    // A stream error written through the SSE marshaler arrives framed as an event: `data: {"error":{…}}`.
    const trimmed = body.trim();
    const text = trimmed.startsWith('data:') ? trimmed.slice('data:'.length).trim() : trimmed;
    try {
        const parsed = JSON.parse(text);
        const nested = typeof parsed.error === 'object' && parsed.error !== null ? parsed.error : undefined;
        const source = nested ?? parsed;
        const message = typeof source.message === 'string' ? source.message : typeof parsed.error === 'string' ? parsed.error : '';
        const code = typeof source.code === 'number' ? source.code : typeof source.grpc_code === 'number' ? source.grpc_code : undefined;
        return { message, grpcCode: code };
    }
    catch {
        // An HTML page from a proxy says nothing useful past its first line.
        return { message: text.startsWith('<') ? 'an HTML page (a proxy or the web UI answered, not the API)' : (0,secret_forms/* clipRemoteText */.wy)(text.split('\n')[0], 300) };
    }
}
/**
 * The user-facing explanation of an API error on one call, with what to do about it. The statuses follow
 * reference §3.3/§4: a 403 means "missing or forbidden" unless a project was given, which turns missing into 404.
 */
function describeApiFailure(what, status, apiMessage, about) {
    const detail = apiMessage ? `: ${apiMessage}` : '';
    switch (status) {
        case 401:
            return `${what} failed: Argo CD rejected the credentials (HTTP 401${detail}). The auth-token is invalid, expired or revoked, or the login failed.`;
        case 403:
            if (/sync window/i.test(apiMessage))
                return `${what} was refused by a sync window (HTTP 403${detail}).`;
            if (!about.app)
                return `${what} failed: permission denied (HTTP 403${detail}).`;
            // A detailed denial (`permission denied: applications, sync, PROJ/APP, sub: …`) comes from an RBAC check on
            // an application Argo CD found; only the bare "permission denied" may hide a missing one.
            if (/^permission denied: /.test(apiMessage))
                return `${what} failed: permission denied (HTTP 403${detail}). The token's role lacks this permission on the application.`;
            return about.project
                ? `${what} failed: permission denied (HTTP 403${detail}). The token's role needs get and sync on this application.`
                : `${what} failed: the application does not exist or the token may not read it (Argo CD answers HTTP 403 for both${detail}). Check the applications input, and set the project input to tell the two apart.`;
        case 404:
            return about.app
                ? `${what} failed: not found (HTTP 404${detail}). Check the application name, app-namespace and project.`
                : `${what} failed: not found (HTTP 404${detail}). Check that server is Argo CD's base URL, with its path prefix if it has one.`;
        case 415:
            return `${what} failed: the server refused the request's content type (HTTP 415${detail}).`;
        default:
            return `${what} failed: HTTP ${status}${detail}.`;
    }
}

;// CONCATENATED MODULE: ./src/core/argocd/watch-stream.ts

/**
 * Splits Argo CD's watch stream into events. Both framings of the v3.5.1 forwarder (reference §1.3) are read:
 * newline-delimited `{"result":{…}}` objects, and server-sent events (`data: {…}` lines, `:` keepalive comments).
 * A line split across chunks is kept until its end arrives.
 */
class WatchStreamParser {
    #pending = '';
    push(chunk) {
        this.#pending += chunk;
        const events = [];
        let newline;
        while ((newline = this.#pending.indexOf('\n')) >= 0) {
            const line = this.#pending.slice(0, newline).trim();
            this.#pending = this.#pending.slice(newline + 1);
            const event = parseLine(line);
            if (event)
                events.push(event);
        }
        return events;
    }
    /** What is left when the stream ends: a last line without its newline. */
    end() {
        const rest = this.#pending.trim();
        this.#pending = '';
        const event = rest ? parseLine(rest) : undefined;
        return event ? [event] : [];
    }
}
function parseLine(line) {
    if (line === '')
        return undefined;
    if (line.startsWith(':'))
        return { kind: 'keepalive' };
    const json = line.startsWith('data:') ? line.slice('data:'.length).trim() : line;
    if (json === '')
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch {
        return { kind: 'error', message: `unreadable watch stream line: ${(0,secret_forms/* clipRemoteText */.wy)(json, 120)}` };
    }
    const record = parsed;
    if (record.error)
        return { kind: 'error', message: record.error.message ?? 'stream error', httpCode: record.error.http_code };
    if (record.result?.application) {
        return { kind: 'event', type: record.result.type ?? 'MODIFIED', application: record.result.application };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/argocd/types.ts
function appLabel(ref) {
    return ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
}
const COMPLETED_PHASES = new Set(['Succeeded', 'Failed', 'Error']);

;// CONCATENATED MODULE: ./src/core/argocd/client.ts








const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_READ_RETRY_POLICY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 5_000 };
// Any User-Agent but `argocd-client/<old>` is accepted (reference §0).
const USER_AGENT = 'gitops-actions-argocd-sync/0.1';
/** Argo CD's REST API (grpc-gateway, reference §0–§1): the calls sync and wait need, nothing else. */
class ArgocdClient {
    #options;
    #authorization;
    constructor(options) {
        this.#options = options;
        this.#authorization = `Bearer ${options.token}`;
    }
    /** The `Authorization` value, so the caller can mask this derived form of the token too. */
    get authorizationHeader() {
        return this.#authorization;
    }
    /** Logs in with a username and password (`POST /api/v1/session`) and returns the session token. */
    static async createSession(options, username, password) {
        const anonymous = new ArgocdClient({ ...options, token: '' });
        const session = await anonymous.#call('POST', '/api/v1/session', 'Logging in to Argo CD', { body: { username, password } });
        if (!session.token)
            throw new errors/* ActionFailure */.dR('Logging in to Argo CD returned no session token.');
        return session.token;
    }
    /** `GET /api/version`: proves the URL reaches Argo CD's API and not a UI or a proxy page. */
    async version(signal) {
        const body = await this.#call('GET', '/api/version', 'Reaching the Argo CD API (GET /api/version)', { retries: true, signal });
        if (typeof body.Version !== 'string') {
            throw new errors/* ActionFailure */.dR(`${this.#options.server.origin} answered GET /api/version without a version: it is not the Argo CD API. Check the server input and its path prefix.`);
        }
        return body.Version;
    }
    /** `GET /api/v1/session/userinfo`: never 401s; an invalid token shows as `loggedIn` absent. */
    async userInfo(signal) {
        const body = await this.#call('GET', '/api/v1/session/userinfo', 'Checking the token', { retries: true, signal });
        return { loggedIn: body.loggedIn === true, username: body.username };
    }
    /** Reads one application; with `refresh` Argo CD blocks until the controller has refreshed it. */
    getApplication(ref, options = {}) {
        return this.#call('GET', `/api/v1/applications/${encodeURIComponent(ref.name)}`, `Reading application ${appLabel(ref)}`, {
            query: { appNamespace: ref.namespace, project: ref.project, refresh: options.refresh },
            timeoutMs: options.timeoutMs,
            signal: options.signal,
            retries: options.retries ?? true,
            ref,
        });
    }
    /** Not retried here: Argo CD answers a bad selector with a 500 that no retry can mend (the caller retries the rest). */
    async listApplications(filter, signal) {
        const list = await this.#call('GET', '/api/v1/applications', 'Listing applications', {
            query: { selector: filter.selector, projects: filter.project, appNamespace: filter.appNamespace },
            signal,
        });
        return list.items ?? [];
    }
    /** `POST …/sync`: the answer is the application with its new `operation` (holding the resolved revision). */
    sync(ref, body, options = {}) {
        // Body, not query: the route takes `body: "*"`, so appNamespace and project go in it (reference §1.1).
        const request = { ...body, ...(ref.namespace ? { appNamespace: ref.namespace } : {}), ...(ref.project ? { project: ref.project } : {}) };
        return this.#call('POST', `/api/v1/applications/${encodeURIComponent(ref.name)}/sync`, `Syncing application ${appLabel(ref)}`, { body: request, ...options, ref });
    }
    /** `DELETE …/operation`; the refusal text when Argo CD says no operation is in progress, else undefined. */
    async terminateOperation(ref, signal) {
        try {
            await this.#call('DELETE', `/api/v1/applications/${encodeURIComponent(ref.name)}/operation`, `Terminating the operation of ${appLabel(ref)}`, {
                query: { appNamespace: ref.namespace, project: ref.project },
                signal,
                ref,
            });
            return undefined;
        }
        catch (error) {
            if (error instanceof ArgocdApiError && error.isNoOperationInProgress)
                return error.apiMessage;
            throw error;
        }
    }
    resourceTree(ref, signal) {
        return this.#call('GET', `/api/v1/applications/${encodeURIComponent(ref.name)}/resource-tree`, `Reading the resource tree of ${appLabel(ref)}`, {
            query: { appNamespace: ref.namespace, project: ref.project },
            signal,
            ref,
        });
    }
    /**
     * Watches one application. Asks for server-sent events because that framing carries a keepalive every 15 s,
     * which lets `idleTimeoutMs` tell a stalled stream from a quiet one. Ends when the server closes the stream;
     * throws on a failed connection or an idle timeout.
     */
    async *watchApplication(ref, options) {
        const request = this.#request('GET', '/api/v1/stream/applications', {
            query: { name: ref.name, appNamespace: ref.namespace, project: ref.project, resourceVersion: options.resourceVersion },
            timeoutMs: options.idleTimeoutMs,
            signal: options.signal,
        });
        request.headers['Accept'] = 'text/event-stream';
        const response = await sendForStream(request);
        const stream = response.stream;
        try {
            if (response.status !== 200) {
                const chunks = [];
                for await (const chunk of stream)
                    chunks.push(chunk);
                throw this.#apiError(`Watching application ${appLabel(ref)}`, response.status, Buffer.concat(chunks).toString('utf8'), ref);
            }
            const parser = new WatchStreamParser();
            stream.setEncoding('utf8');
            for await (const chunk of stream)
                yield* parser.push(chunk);
            yield* parser.end();
        }
        finally {
            stream.destroy();
        }
    }
    #request(method, path, options) {
        const url = new URL(this.#options.server.href);
        url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
        url.search = '';
        for (const [name, value] of Object.entries(options.query ?? {}))
            if (value)
                url.searchParams.set(name, value);
        const headers = { ...this.#options.headers, Accept: 'application/json', 'User-Agent': this.#options.userAgent ?? USER_AGENT };
        if (this.#options.token)
            headers['Authorization'] = this.#authorization;
        // Argo CD compares the content type of every non-GET exactly: a charset suffix is a 415 (reference §0).
        if (method !== 'GET')
            headers['Content-Type'] = 'application/json';
        return {
            method,
            url,
            headers,
            body: options.body === undefined ? undefined : JSON.stringify(options.body),
            idleTimeoutMs: options.timeoutMs ?? this.#options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
            tls: this.#options.tls,
            signal: options.signal ?? this.#options.signal,
        };
    }
    async #call(method, path, what, options = {}) {
        const request = this.#request(method, path, options);
        const policy = this.#options.retryPolicy ?? DEFAULT_READ_RETRY_POLICY;
        // Writes are not retried blindly: a dropped sync may have been applied, and the retry would then see
        // "another operation is already in progress" for our own operation.
        let response;
        try {
            if (request.signal?.aborted)
                throw request.signal.reason;
            response = options.retries
                ? await sendWithRetries(request, policy, { onRetry: (attempt, reason, delay) => this.#options.onRetry?.(what, attempt, reason, delay) })
                : await send(request);
        }
        catch (error) {
            // Our own deadline cut the call (whatever the socket said): say which step it stopped, and why.
            if (request.signal?.aborted && request.signal.reason instanceof DeadlineExceeded) {
                throw new DeadlineExceeded(`${what}: ${request.signal.reason.message}`, { cause: error });
            }
            // A time-out or a dropped connection in the middle of the work must say which step it hit.
            if (options.ref && error instanceof HttpConnectionError)
                throw new HttpConnectionError(`${what}: ${error.message}`, error.code, error.transient, { cause: error });
            throw error;
        }
        const text = response.body.toString('utf8');
        if (response.status < 200 || response.status > 299)
            throw this.#apiError(what, response.status, text, options.ref);
        const type = header(response.headers, 'content-type') ?? '';
        if (!type.includes('json')) {
            throw new errors/* ActionFailure */.dR(`${what}: ${this.#options.server.origin} answered with ${type || 'no content type'}, not JSON: the server input does not point at the Argo CD API (check its path prefix).`);
        }
        try {
            return (text.trim() === '' ? {} : JSON.parse(text));
        }
        catch {
            throw new errors/* ActionFailure */.dR(`${what}: the answer was not valid JSON.`);
        }
    }
    #apiError(what, status, body, ref) {
        const { message, grpcCode } = parseErrorBody(body);
        return new ArgocdApiError(describeApiFailure(what, status, message, { app: Boolean(ref), project: Boolean(ref?.project) }), status, message, grpcCode);
    }
}

;// CONCATENATED MODULE: ./src/core/argocd/connect.ts





/**
 * Logs in if needed and proves the server is Argo CD's API and the token is good (reference §2.4 step 1),
 * so a bad URL, a TLS failure or a bad token fails here, clearly, before anything is changed.
 */
async function connectToArgocd(settings, io) {
    const where = settings.server.origin + settings.server.pathname.replace(/\/+$/, '');
    if (sendsCredentialsInClear(settings.server)) {
        io.warning(`${where} is plain http://: the ${settings.credentials.kind === 'token' ? 'auth-token' : 'password'} goes over the network unencrypted; use https:// (or a loopback address, e.g. a port-forward)`);
    }
    try {
        let token;
        if (settings.credentials.kind === 'token') {
            token = settings.credentials.token.reveal();
            // Masked here too: it may come from ARGOCD_AUTH_TOKEN rather than a secret input.
            io.mask(token);
        }
        else {
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
            throw new errors/* ActionFailure */.dR(`Argo CD at ${where} does not accept the ${settings.credentials.kind === 'token' ? 'auth-token' : 'session token'}: it is invalid, expired or revoked (GET /api/v1/session/userinfo says not logged in).`);
        }
        return { client, version, username: user.username };
    }
    catch (error) {
        if (error instanceof HttpConnectionError)
            throw new errors/* ActionFailure */.dR(`Cannot reach Argo CD at ${where}: ${error.message}`, { cause: error });
        throw error;
    }
}
const LIST_ATTEMPTS = 3;
const LIST_BACKOFF = { baseDelayMs: 500, maxDelayMs: 5_000 };
/** Turns the applications/selector inputs into app references; a selector matching nothing is an error. */
async function resolveApplications(client, selection, signal) {
    if (selection.applications.length) {
        return selection.applications.map((item) => {
            const [first, second] = item.split('/');
            return second === undefined
                ? { name: first, namespace: selection.appNamespace, project: selection.project }
                : { name: second, namespace: first, project: selection.project };
        });
    }
    if (!selection.selector)
        throw new errors/* ConfigurationError */.j1('give applications or a selector', 'applications');
    let apps;
    for (let attempt = 1;; attempt++) {
        try {
            apps = await client.listApplications({ selector: selection.selector, project: selection.project, appNamespace: selection.appNamespace }, signal);
            break;
        }
        catch (error) {
            // server/application/application.go `List` returns labels.Parse's error as a plain Go error: HTTP 500.
            if (error instanceof ArgocdApiError && (error.status === 400 || /error parsing the selector/i.test(error.apiMessage))) {
                throw new errors/* ConfigurationError */.j1(`Argo CD rejected the label selector "${selection.selector}": ${error.apiMessage}`, 'selector');
            }
            const transient = (error instanceof ArgocdApiError && error.isTransientRead) || (error instanceof HttpConnectionError && error.transient);
            if (!transient || attempt >= LIST_ATTEMPTS || signal?.aborted)
                throw error;
            await sleep(backoffDelay(attempt, LIST_BACKOFF));
        }
    }
    const refs = apps
        .filter((app) => app.metadata?.name)
        .map((app) => ({ name: app.metadata.name, namespace: app.metadata?.namespace ?? selection.appNamespace, project: selection.project }));
    if (!refs.length) {
        throw new errors/* ActionFailure */.dR(`No application matches the selector "${selection.selector}"${selection.project ? ` in project ${selection.project}` : ''} (or the token may not read them).`);
    }
    return refs;
}
/** Runs `task` over `items` with at most `limit` at once, keeping the order of results. */
async function mapWithConcurrency(items, limit, task) {
    const results = new Array(items.length);
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
function sendsCredentialsInClear(server) {
    if (server.protocol !== 'http:')
        return false;
    const host = server.hostname.replace(/^\[|\]$/g, '');
    return !(host === 'localhost' || host === '::1' || /^127\./.test(host));
}

;// CONCATENATED MODULE: ./src/core/argocd/revisions.ts
/**
 * Revision comparison as Argo CD makes it possible. The repo-server takes seven or more hex digits for a
 * truncated commit SHA and hands it on as given (util/git/client.go `lsRemote`), while the controller reports
 * full SHAs once it has generated the manifests (controller/sync.go `SyncAppState`): two SHAs are the same
 * commit when one starts the other. Anything else (a branch, a tag, a Helm chart version) compares exactly.
 */
const SHA_LIKE = /^[0-9a-f]{7,40}$/i;
function isShaLike(revision) {
    return revision !== undefined && SHA_LIKE.test(revision);
}
function sameRevision(a, b) {
    if (!a || !b)
        return false;
    if (isShaLike(a) && isShaLike(b)) {
        const [x, y] = [a.toLowerCase(), b.toLowerCase()];
        return x.startsWith(y) || y.startsWith(x);
    }
    return a === b;
}
function sameRevisions(a, b) {
    return !!a && !!b && a.length === b.length && a.every((item, index) => sameRevision(item, b[index]));
}
/** A multi-source app's revisions space-separated, a single source's revision, or undefined. */
function describeRevisions(revision, revisions) {
    return revisions?.length ? revisions.join(' ') : revision || undefined;
}

;// CONCATENATED MODULE: ./src/core/argocd/wait-conditions.ts


const REFRESH_ANNOTATION = 'argocd.argoproj.io/refresh';
/** Argo CD stamps times at second precision: a start in the same second as our request is ours. */
const CLOCK_SKEW_MS = 1_000;
/**
 * Judges successive observations of one application after our sync. Our operation is recognised by who started
 * it, when, and its revision when it still carries one (a retry with `retry.refresh` clears it: controller/
 * appcontroller.go `processRequestedAppOperation`), and captured the moment it completes, because a later
 * operation replaces `operationState` (argo-cd#5592). Sync and health are judged only once the controller has
 * reconciled after our operation (`reconciledAt >= finishedAt`): before that they are stale.
 *
 * Synced is Argo CD's verdict, not a revision check: after an operation the controller compares the live
 * manifests with the target resolved afresh (controller/state.go `CompareAppState`), so `status.sync.revision`
 * is the branch head now, which an unrelated commit moves without changing our app. When the target resolves to
 * another commit than the one synced (a pinned or older revision, or the branch moved on) Argo CD cannot call the
 * app Synced at our revision: the sync status is then reported, not waited for.
 */
class SyncWaitTracker {
    criteria;
    #operation;
    /** The resourceVersion of the write in which our operation was first seen completed. */
    #completedIn;
    #degradedSince;
    constructor(criteria) {
        this.criteria = criteria;
    }
    /** Our completed operation, once seen. */
    get operation() {
        return this.#operation;
    }
    /** True when the app's current operation state is our operation (completed or not). */
    isOurs(state) {
        if (!state)
            return false;
        const ours = this.criteria.ours;
        const sync = state.operation?.sync;
        if (Boolean(sync?.dryRun) !== ours.dryRun)
            return false;
        const by = state.operation?.initiatedBy;
        if (ours.initiatedBy) {
            if (ours.initiatedBy.username !== undefined && by?.username !== ours.initiatedBy.username)
                return false;
            if (Boolean(ours.initiatedBy.automated) !== Boolean(by?.automated))
                return false;
        }
        const started = Date.parse(state.startedAt ?? '');
        if (ours.startedNotBefore !== undefined && !Number.isNaN(started) && started < ours.startedNotBefore - CLOCK_SKEW_MS)
            return false;
        // A revision present must be ours; an absent one was cleared by a refreshing retry of our operation.
        if (ours.revisions?.length && sync?.revisions?.length)
            return sameRevisions(sync.revisions, ours.revisions);
        if (ours.revision && sync?.revision)
            return sameRevision(sync.revision, ours.revision);
        return true;
    }
    observe(app, now = Date.now()) {
        const state = app.status?.operationState;
        if (!this.#operation) {
            if (!this.isOurs(state))
                return { done: false, waitingFor: app.operation ? 'the operation to start' : 'our operation to appear' };
            if (!COMPLETED_PHASES.has(state.phase ?? '')) {
                const retrying = state.retryCount ? ` (retry ${state.retryCount}: ${state.message ?? ''})` : state.message ? ` (${state.message})` : '';
                return { done: false, waitingFor: `the operation to finish (phase ${state.phase ?? 'pending'}${retrying})` };
            }
            this.#operation = structuredClone(state);
            this.#completedIn = app.metadata?.resourceVersion;
        }
        const operation = this.#operation;
        if (operation.phase !== 'Succeeded') {
            return { done: true, outcome: 'operation-failed', message: `The sync operation ended with phase ${operation.phase}: ${operation.message ?? 'no message'}`, operation };
        }
        if (this.criteria.ours.dryRun)
            return { done: true, outcome: 'succeeded', operation };
        if (!reconciledAfter(app, operation))
            return { done: false, waitingFor: 'the controller to reconcile after the operation' };
        // Argo CD's times have second precision: a reconcile in the same second as the end of the operation may
        // be the one before it. The write that completed the operation is never its reconcile; a later write is.
        // Asking for a refresh makes that later write come even when nothing else changes; the write that only
        // requests a refresh (the annotation, server/application/application.go `Get`) is not it either.
        const pendingRefresh = app.metadata?.annotations?.[REFRESH_ANNOTATION] !== undefined;
        if (sameSecond(app.status?.reconciledAt, operation.finishedAt) && (app.metadata?.resourceVersion === this.#completedIn || pendingRefresh)) {
            return { done: false, waitingFor: 'the controller to reconcile after the operation', refresh: true };
        }
        const sync = this.#judgeSync(app, operation);
        if (sync && !sync.done)
            return sync;
        if (sync?.done && sync.outcome !== 'succeeded')
            return sync;
        if (this.criteria.health) {
            if (app.operation)
                return { done: false, waitingFor: 'another operation that started after ours' };
            const health = this.#judgeHealth(app, now);
            if (health)
                return health;
        }
        return { done: true, outcome: 'succeeded', operation, note: sync?.done ? sync.note : undefined };
    }
    /** The revision(s) our operation deployed: full SHAs from its result, else what it was asked for. */
    syncedRevision() {
        const result = this.#operation?.syncResult;
        return describeRevisions(result?.revision, result?.revisions) ?? describeRevisions(this.criteria.ours.revision, this.criteria.ours.revisions);
    }
    #judgeSync(app, operation) {
        const status = app.status?.sync?.status;
        const pruneSkipped = (operation.syncResult?.resources ?? []).filter((r) => r.status === 'PruneSkipped' && !/no prune/i.test(r.message ?? ''));
        // `argocd app sync`'s own rule: after the operation, OutOfSync with resources left for pruning is a failure.
        if (!this.criteria.resources?.length && status === 'OutOfSync' && pruneSkipped.length) {
            return { done: true, outcome: 'prune-required', message: `${pruneSkipped.length} resource(s) require pruning: the application stays OutOfSync unless prune is enabled`, operation };
        }
        if (!this.criteria.sync)
            return undefined;
        if (this.criteria.resources?.length) {
            const unsynced = selectedResources(app, this.criteria.resources).filter((resource) => resource?.status !== 'Synced');
            return unsynced.length ? { done: false, waitingFor: `${unsynced.length} selected resource(s) to be Synced` } : undefined;
        }
        if (status === 'Synced')
            return undefined;
        const target = describeRevisions(app.status?.sync?.revision, app.status?.sync?.revisions);
        const synced = describeRevisions(operation.syncResult?.revision, operation.syncResult?.revisions);
        const moved = target && synced && !(app.status?.sync?.revisions?.length ? sameRevisions(app.status.sync.revisions, operation.syncResult?.revisions) : sameRevision(target, synced));
        if (moved && status === 'OutOfSync') {
            return {
                done: true,
                outcome: 'succeeded',
                operation,
                note: `Argo CD shows OutOfSync because it compares with the target revision, which resolves to ${target}; this sync deployed ${synced}`,
            };
        }
        return { done: false, waitingFor: `Argo CD to report Synced (it reports ${status ?? 'no sync status'}${target ? ` against the target ${target}` : ''})` };
    }
    #judgeHealth(app, now) {
        const statuses = this.criteria.resources?.length
            ? selectedResources(app, this.criteria.resources).map((resource) => resource?.health?.status ?? 'Healthy')
            : [app.status?.health?.status ?? 'Unknown'];
        if (statuses.includes('Degraded')) {
            this.#degradedSince ??= now;
            const lasted = now - this.#degradedSince;
            if (this.criteria.degradedFailsFast && lasted >= this.criteria.degradedGraceMs) {
                const detail = app.status?.health?.message ? `: ${app.status.health.message}` : '';
                const span = this.criteria.degradedGraceMs > 0 ? ` for ${Math.round(lasted / 1000)}s (degraded-grace)` : '';
                return { done: true, outcome: 'degraded', message: `The application is Degraded after the sync${span}${detail}`, operation: this.#operation };
            }
        }
        else {
            // A rollout passes through brief Degraded states: the grace period counts one unbroken stretch.
            this.#degradedSince = undefined;
        }
        const pending = statuses.filter((status) => !(status === 'Healthy' || (status === 'Suspended' && this.criteria.acceptSuspended)));
        if (!pending.length)
            return undefined;
        // Still Degraded, within the grace period: look again when it runs out, even if nothing changes by then.
        const recheckInMs = this.#degradedSince !== undefined && this.criteria.degradedFailsFast ? this.#degradedSince + this.criteria.degradedGraceMs - now : undefined;
        return { done: false, waitingFor: `health Healthy (it is ${pending.join(', ')})`, ...(recheckInMs !== undefined ? { recheckInMs } : {}) };
    }
}
/** Argo CD writes times with second precision, so "not before" is the test (reference §2.2 uses strict before). */
function reconciledAfter(app, operation) {
    const reconciled = Date.parse(app.status?.reconciledAt ?? '');
    const finished = Date.parse(operation.finishedAt ?? '');
    if (Number.isNaN(finished))
        return true;
    return !Number.isNaN(reconciled) && reconciled >= finished;
}
function sameSecond(a, b) {
    return a !== undefined && b !== undefined && Date.parse(a) === Date.parse(b);
}
/** True once no operation is requested or running: the state `operation-in-progress: wait|terminate` waits for. */
function operationIdle(app) {
    return !app.operation;
}
function describeOperationInProgress(app) {
    const state = app.status?.operationState;
    const by = app.operation?.initiatedBy?.automated ? 'automated sync' : app.operation?.initiatedBy?.username ? `user ${app.operation.initiatedBy.username}` : 'someone';
    const revision = describeRevisions(app.operation?.sync?.revision, app.operation?.sync?.revisions);
    const phase = state?.phase ? `, phase ${state.phase}${state.startedAt ? ` since ${state.startedAt}` : ''}` : ', requested (not picked up yet)';
    return `an operation${revision ? ` to ${revision}` : ''} started by ${by} is in progress${phase}`;
}
function selectedResources(app, keys) {
    const resources = app.status?.resources ?? [];
    return keys.map((key) => resources.find((resource) => isSelected(resource, key)));
}
/** Argo CD's `SyncOperationResource.HasIdentity`: a selection without a namespace matches any namespace. */
function isSelected(resource, selection) {
    return (resource.group ?? '') === (selection.group ?? '') && resource.kind === selection.kind && resource.name === selection.name && (!selection.namespace || resource.namespace === selection.namespace);
}
function sameResource(a, b) {
    return (a.group ?? '') === (b.group ?? '') && a.kind === b.kind && a.name === b.name && (a.namespace ?? '') === (b.namespace ?? '');
}

;// CONCATENATED MODULE: ./src/core/argocd/problems.ts


const FAILED_HOOK_PHASES = new Set(['Failed', 'Error']);
/**
 * The resources to name when a sync or wait fails: those whose last operation result failed, then those
 * the live comparison shows not Synced or not Healthy. Health messages come from the resource tree when
 * the application keeps health there (`resourceHealthSource: appTree`, reference §1.5).
 */
function findResourceProblems(app, operation, tree, options = {}) {
    const problems = [];
    const add = (key, fields) => {
        const existing = problems.find((problem) => sameResource(problem, key));
        if (existing) {
            existing.syncStatus ??= fields.syncStatus;
            existing.healthStatus ??= fields.healthStatus;
            existing.message ??= fields.message;
        }
        else {
            problems.push({ group: key.group, kind: key.kind, name: key.name, namespace: key.namespace, ...fields });
        }
    };
    for (const result of operation?.syncResult?.resources ?? []) {
        const failed = result.status === 'SyncFailed' || FAILED_HOOK_PHASES.has(result.hookPhase ?? '');
        if (failed)
            add(result, { syncStatus: result.status ?? `hook ${result.hookPhase}`, message: result.message });
    }
    for (const resource of app?.status?.resources ?? []) {
        const node = tree?.nodes?.find((candidate) => sameResource(candidate, resource));
        const health = resource.health?.status ?? node?.health?.status;
        const unhealthy = health !== undefined && health !== 'Healthy' && !(health === 'Suspended' && options.acceptSuspended);
        const unsynced = !resource.hook && resource.status !== undefined && resource.status !== 'Synced';
        if (!unhealthy && !unsynced)
            continue;
        add(resource, {
            syncStatus: resource.status,
            healthStatus: health,
            message: resource.health?.message ?? node?.health?.message,
        });
    }
    // Degraded children (a ReplicaSet, a Pod) explain a Degraded Deployment better than the Deployment does.
    for (const node of tree?.nodes ?? []) {
        const health = node.health?.status;
        if ((health === 'Degraded' || health === 'Missing') && !problems.some((problem) => sameResource(problem, node))) {
            add(node, { healthStatus: health, message: node.health?.message });
        }
    }
    return problems;
}
/** `Deployment web (namespace shop): OutOfSync, Degraded: Deployment "web" exceeded its progress deadline`. */
function describeResourceProblem(problem) {
    const states = [problem.syncStatus, problem.healthStatus].filter(Boolean).join(', ');
    const where = problem.namespace ? ` (namespace ${problem.namespace})` : '';
    return `${problem.kind ?? 'resource'} ${problem.name ?? '?'}${where}: ${states || 'unknown state'}${problem.message ? `: ${oneLine(problem.message)}` : ''}`;
}
function oneLine(text, max = 400) {
    return (0,secret_forms/* clipRemoteText */.wy)(text.replace(/\s+/g, ' ').trim(), max);
}

;// CONCATENATED MODULE: ./src/core/argocd/app-result.ts


function summarise(parts) {
    const { app, operation } = parts;
    const state = operation ?? app?.status?.operationState;
    const result = operation?.syncResult;
    const revisions = result?.revisions?.length ? result.revisions : parts.requested.revisions?.length ? parts.requested.revisions : undefined;
    const revision = describeRevisions(result?.revision, result?.revisions) ?? describeRevisions(parts.requested.revision, parts.requested.revisions);
    const target = describeRevisions(app?.status?.sync?.revision, app?.status?.sync?.revisions);
    return {
        name: parts.ref.name,
        namespace: parts.ref.namespace,
        outcome: parts.outcome,
        revision: revision ?? target ?? '',
        ...(revisions ? { revisions } : {}),
        ...(target ? { targetRevision: target } : {}),
        syncStatus: app?.status?.sync?.status ?? 'Unknown',
        healthStatus: app?.status?.health?.status ?? 'Unknown',
        operationPhase: state?.phase ?? (app?.operation ? 'Pending' : ''),
        operationMessage: state?.message ? oneLine(state.message) : undefined,
        failure: parts.failure,
        notes: parts.notes,
        problems: parts.problems ?? [],
        durationMs: parts.now - parts.startedAt,
    };
}
/** The user-facing failure text of one application: why, the operation's message, Argo CD's view, each resource in trouble. */
function describeAppFailure(result) {
    const label = result.namespace ? `${result.namespace}/${result.name}` : result.name;
    const failure = result.failure ?? result.outcome;
    const lines = [failure.startsWith(label) ? failure : `${label}: ${failure}`];
    if (result.operationMessage && !lines[0].includes(result.operationMessage))
        lines.push(`  Operation (${result.operationPhase || 'none'}): ${result.operationMessage}`);
    // Our revision and Argo CD's target are told apart: they differ whenever the branch moved or a pinned revision was synced.
    const target = result.targetRevision ? ` against the target revision ${result.targetRevision}` : '';
    lines.push(`  Argo CD reports: sync ${result.syncStatus}${target}, health ${result.healthStatus}`);
    if (result.revision)
        lines.push(`  Synced by this run: ${result.revision}`);
    for (const note of result.notes)
        lines.push(`  Note: ${note}`);
    for (const problem of result.problems)
        lines.push(`  - ${describeResourceProblem(problem)}`);
    return lines.join('\n');
}
function formatDuration(ms) {
    if (ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}

// EXTERNAL MODULE: ./src/core/runtime.ts
var runtime = __webpack_require__(9199);
;// CONCATENATED MODULE: ./src/core/argocd/observe.ts




const DEFAULT_OBSERVE_TUNING = {
    streamPollMs: 10_000,
    fallbackPollMs: 2_500,
    streamIdleMs: 30_000,
    healthyStreamMs: 30_000,
    reconnectBaseMs: 5_000,
    reconnectMaxMs: 30_000,
    maxFailedStreams: 6,
    pollTimeoutMs: 15_000,
    writeTimeoutMs: 30_000,
};
/**
 * Not done yet; `recheckInMs` asks for another evaluation of the same state then (a grace period running out),
 * `refresh` for one `?refresh=normal` read, which makes the controller reconcile and write now.
 */
/** Argo CD answers 403 both for a Kubernetes read error (transient) and for an app deleted meanwhile. */
const MAX_FORBIDDEN_IN_A_ROW = 3;
/**
 * Observes one application through the watch stream and polling at once until `evaluate` says done, the app
 * disappears, or the deadline passes. Every loop and every request is bounded by the deadline: it never hangs.
 */
async function observeUntil(client, ref, options) {
    const tuning = { ...DEFAULT_OBSERVE_TUNING, ...options.tuning };
    const clock = options.clock ?? runtime/* systemClock */.m;
    if (options.signal?.aborted)
        return { kind: 'gone', message: 'the wait was cancelled' };
    const stop = new AbortController();
    // The caller's deadline signal firing is the timeout, not a cancellation.
    const onOuterAbort = () => finish(options.signal?.reason instanceof DeadlineExceeded ? { kind: 'timeout', waitingFor, app: lastApp } : { kind: 'gone', message: 'the wait was cancelled', app: lastApp });
    options.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const wake = new Wakeup(clock);
    let settled;
    let resolveSettled;
    const settledPromise = new Promise((resolve) => (resolveSettled = resolve));
    let lastApp;
    let waitingFor = 'the first observation';
    let resourceVersion = options.resourceVersion;
    let streamLive = false;
    let lastTransient;
    let forbiddenInARow = 0;
    let recheck;
    let refreshed = false;
    function finish(result) {
        if (settled)
            return;
        settled = result;
        resolveSettled(result);
        stop.abort();
        wake.wake();
    }
    function observe(app) {
        if (settled)
            return;
        lastApp = app;
        resourceVersion = app.metadata?.resourceVersion ?? resourceVersion;
        lastTransient = undefined;
        forbiddenInARow = 0;
        recheck?.abort();
        const evaluation = options.evaluate(app);
        if (evaluation.done)
            return finish({ kind: 'done', result: evaluation.result, app });
        if (evaluation.recheckInMs !== undefined)
            recheck = after(evaluation.recheckInMs, () => observe(app));
        if (evaluation.refresh && !refreshed) {
            refreshed = true;
            client.getApplication(ref, { refresh: 'normal', signal: stop.signal, timeoutMs: tuning.pollTimeoutMs, retries: false }).then(observe, (error) => {
                if (settled)
                    return;
                // Asked for again at the next observation that needs it: without the refresh's write, a reconcile in the
                // operation's last second is confirmed only by the controller's next periodic one (minutes away).
                refreshed = false;
                options.onDebug?.(`${appLabel(ref)}: refresh after the operation failed, will ask again: ${error.message}`);
            });
        }
        if (evaluation.waitingFor !== waitingFor) {
            waitingFor = evaluation.waitingFor;
            options.onProgress?.(`${appLabel(ref)}: waiting for ${waitingFor}`);
        }
    }
    /**
     * A 401, a 404 or another definite 4xx on a read means the app is gone or we lost access: waiting cannot help.
     * 5xx and a bare 403 (Argo CD's answer to any Kubernetes read error) are read again until the deadline.
     */
    function fatal(error) {
        if (!(error instanceof ArgocdApiError))
            return false;
        // A 403 that persists is what a deleted application looks like: a few in a row end the wait.
        const forbidden = error.status === 403 ? ++forbiddenInARow : 0;
        if (error.isTransientRead && forbidden < MAX_FORBIDDEN_IN_A_ROW) {
            lastTransient = error.message;
            return false;
        }
        if (forbidden >= MAX_FORBIDDEN_IN_A_ROW) {
            finish({ kind: 'gone', message: `the application ${appLabel(ref)} was deleted, or the token may no longer read it (HTTP 403 to ${forbidden} reads in a row)`, app: lastApp });
            return true;
        }
        finish({ kind: 'gone', message: error.message, app: lastApp });
        return true;
    }
    /** On the stream only a 401 is final; anything else (a proxy's 404, a 403, a 5xx) leaves polling to carry on. */
    function fatalOnStream(error) {
        const status = error instanceof ArgocdApiError ? error.status : error instanceof StreamError ? error.httpCode : undefined;
        if (status !== 401)
            return false;
        finish({ kind: 'gone', message: error.message, app: lastApp });
        return true;
    }
    function setLive(live) {
        if (streamLive === live)
            return;
        streamLive = live;
        options.onDebug?.(`${appLabel(ref)}: watch stream ${live ? 'delivering' : 'not delivering; polling every ' + tuning.fallbackPollMs + ' ms'}`);
        wake.wake();
    }
    async function pollLoop() {
        let lastPollAt = clock.now();
        while (!settled) {
            const due = lastPollAt + (streamLive ? tuning.streamPollMs : tuning.fallbackPollMs);
            const until = Math.min(due, options.deadline);
            if (clock.now() < until) {
                await wake.sleep(until - clock.now());
                continue;
            }
            if (clock.now() >= options.deadline)
                return;
            lastPollAt = clock.now();
            try {
                observe(await client.getApplication(ref, { signal: stop.signal, timeoutMs: tuning.pollTimeoutMs, retries: false }));
            }
            catch (error) {
                if (settled || fatal(error))
                    return;
                options.onDebug?.(`${appLabel(ref)}: poll failed, will retry: ${error.message}`);
            }
        }
    }
    async function streamLoop() {
        let failures = 0;
        while (!settled && failures <= tuning.maxFailedStreams) {
            const startedAt = clock.now();
            let delivered = false;
            try {
                const events = client.watchApplication(ref, { resourceVersion, idleTimeoutMs: tuning.streamIdleMs, signal: stop.signal });
                for await (const event of events) {
                    if (event.kind === 'error')
                        throw new StreamError(`Watching application ${appLabel(ref)}: ${event.message}`, event.httpCode);
                    if (event.kind === 'event' && event.type === 'DELETED') {
                        return finish({ kind: 'gone', message: `the application ${appLabel(ref)} was deleted`, app: event.application });
                    }
                    // Only an application event proves the stream delivers: a keepalive comes through buffering proxies
                    // and stalled servers too. The server always sends the current state first (reference §1.3).
                    if (event.kind !== 'event')
                        continue;
                    delivered = true;
                    setLive(true);
                    observe(event.application);
                    if (settled)
                        return;
                }
                options.onDebug?.(`${appLabel(ref)}: watch stream closed by the server`);
            }
            catch (error) {
                if (settled || fatalOnStream(error))
                    return;
                options.onDebug?.(`${appLabel(ref)}: watch stream failed: ${error.message}`);
                // A path the proxy does not route will not start routing: poll for the rest of the wait.
                if (error instanceof ArgocdApiError && (error.status === 404 || error.status === 405)) {
                    setLive(false);
                    options.onProgress?.(`${appLabel(ref)}: the watch stream is not reachable (HTTP ${error.status}); polling instead`);
                    return;
                }
            }
            setLive(false);
            const healthy = delivered && clock.now() - startedAt >= tuning.healthyStreamMs;
            failures = healthy ? 0 : failures + 1;
            const delay = healthy ? 0 : Math.min(tuning.reconnectBaseMs * 2 ** (failures - 1), tuning.reconnectMaxMs);
            if (delay > 0)
                await wake.sleep(Math.min(delay, Math.max(0, options.deadline - clock.now())));
            if (clock.now() >= options.deadline)
                return;
        }
        if (!settled)
            options.onDebug?.(`${appLabel(ref)}: watch stream given up after ${failures} failed attempts; polling only`);
    }
    /** Runs `fn` after `ms` on the clock unless the returned controller is aborted first (or the wait ends). */
    function after(ms, fn) {
        const cancel = new AbortController();
        clock.sleep(Math.max(0, ms), AbortSignal.any([cancel.signal, stop.signal])).then(fn, () => undefined);
        return cancel;
    }
    const deadlineTimer = after(options.deadline - clock.now(), () => finish({ kind: 'timeout', waitingFor: lastTransient ? `${waitingFor}; Argo CD kept failing the reads: ${lastTransient}` : waitingFor, app: lastApp }));
    const loops = Promise.allSettled([pollLoop(), streamLoop()]);
    const result = await settledPromise;
    deadlineTimer.abort();
    recheck?.abort();
    options.signal?.removeEventListener('abort', onOuterAbort);
    await loops;
    if (result.kind !== 'timeout')
        return result;
    return lastLook(client, ref, options, tuning, result);
}
/** A stream's in-band error event (`{"error":{…}}`), with the HTTP status it stands for. */
class StreamError extends Error {
    httpCode;
    constructor(message, httpCode) {
        super(message);
        this.httpCode = httpCode;
    }
}
/** How long the read at the deadline may take: the wait must end close to its timeout, whatever the server does. */
const LAST_LOOK_MS = 1_000;
/** At the deadline, one fresh read: the state may have been reached between two observations. */
async function lastLook(client, ref, options, tuning, timeout) {
    try {
        const limit = Math.min(tuning.pollTimeoutMs, LAST_LOOK_MS);
        const app = await client.getApplication(ref, { timeoutMs: limit, signal: AbortSignal.timeout(limit), retries: false });
        const evaluation = options.evaluate(app);
        return evaluation.done ? { kind: 'done', result: evaluation.result, app } : { kind: 'timeout', waitingFor: evaluation.waitingFor, app };
    }
    catch {
        return timeout;
    }
}
/** A sleep on the clock that `wake()` cuts short, so loops re-plan at once when the situation changes. */
class Wakeup {
    clock;
    #wakers = new Set();
    constructor(clock) {
        this.clock = clock;
    }
    async sleep(ms) {
        const waker = new AbortController();
        this.#wakers.add(waker);
        try {
            await this.clock.sleep(Math.max(0, ms), waker.signal);
        }
        catch {
            // Woken early: the caller re-plans either way.
        }
        finally {
            this.#wakers.delete(waker);
        }
    }
    wake() {
        for (const waker of [...this.#wakers])
            waker.abort();
    }
}

;// CONCATENATED MODULE: ./src/core/argocd/start-sync.ts








/** Each in-progress, unavailable or unanswered sync is met (policy, backoff, a look for our operation), then tried again. */
const MAX_SYNC_ATTEMPTS = 4;
const SYNC_RETRY_BACKOFF = { baseDelayMs: 1_000, maxDelayMs: 5_000 };
/**
 * Starts our sync, or adopts an operation already running for the same revision (the push → webhook → auto-sync
 * race: a second sync would run the hooks twice, a terminate would kill the very deploy we want).
 */
async function startSync(ctx, current) {
    const { client, ref, settings, deps } = ctx;
    if (current.operation) {
        const adopted = adopt(ctx, current);
        if (adopted)
            return adopted;
        await settleOperation(ctx, current);
    }
    const tuning = { ...DEFAULT_OBSERVE_TUNING, ...deps.tuning };
    for (let attempt = 1;; attempt++) {
        const requestedAt = deps.clock.now();
        try {
            const answer = await client.sync(ref, syncBody(settings, current), { signal: ctx.signal, timeoutMs: tuning.writeTimeoutMs });
            return { app: answer, identity: identityOf(answer, settings, requestedAt) };
        }
        catch (error) {
            if (ctx.signal.aborted)
                throw error;
            if (isUnanswered(error)) {
                // The request may have been applied before its answer was lost: look before sending it again.
                deps.onProgress(`${appLabel(ref)}: the sync got no answer (${error.message}); checking whether it started`);
                const found = await findOurOperation(ctx, requestedAt);
                if (found) {
                    ctx.notes.push('the sync request got no answer, but its operation had started: this run waited for it');
                    return found;
                }
                if (attempt >= MAX_SYNC_ATTEMPTS)
                    throw error;
                await pause(ctx, attempt, `no operation of ours is there; sending the sync again`);
                continue;
            }
            if (!(error instanceof ArgocdApiError) || attempt >= MAX_SYNC_ATTEMPTS)
                throw explainSyncError(error, settings);
            if (error.isRepoServerUnavailable) {
                // Nothing was set: Argo CD could not reach its repo-server to resolve the revision. Trying again is safe.
                await pause(ctx, attempt, `Argo CD is unavailable for now (${error.apiMessage})`);
                continue;
            }
            if (!error.isOperationInProgress)
                throw explainSyncError(error, settings);
            // An operation started between our read and our sync (auto-sync, a hook): adopt it or apply the policy.
            current = await client.getApplication(ref, { signal: ctx.signal });
            const adopted = adopt(ctx, current);
            if (adopted)
                return adopted;
            await settleOperation(ctx, current);
        }
    }
}
async function pause(ctx, attempt, why) {
    const delay = Math.min(backoffDelay(attempt, SYNC_RETRY_BACKOFF), Math.max(0, ctx.deadline - ctx.deps.clock.now()));
    ctx.deps.onProgress(`${appLabel(ctx.ref)}: ${why}; retrying the sync in ${delay} ms`);
    await ctx.deps.clock.sleep(delay);
}
/** A sync whose fate is unknown: no answer in time, a dropped connection, or a proxy's 502/504 in front of Argo CD. */
function isUnanswered(error) {
    if (error instanceof HttpConnectionError)
        return error.transient;
    return error instanceof ArgocdApiError && (error.status === 502 || error.status === 504);
}
function explainSyncError(error, settings) {
    if (!(error instanceof ArgocdApiError) || !error.isUnresolvableRevision)
        return error;
    if (settings.revision)
        return new errors/* ConfigurationError */.j1(`Argo CD cannot resolve "${settings.revision}" in the application's repository: ${error.apiMessage}`, 'revision');
    return new errors/* ActionFailure */.dR(`Argo CD cannot resolve the application's target revision: ${error.apiMessage}`);
}
/** The identity of the operation a sync answer carries: who, from when, which revision. */
function identityOf(answer, settings, requestedAt) {
    const sync = answer.operation?.sync;
    return {
        revision: sync?.revision ?? settings.revision,
        revisions: sync?.revisions?.length ? sync.revisions : undefined,
        initiatedBy: answer.operation?.initiatedBy,
        startedNotBefore: requestedAt,
        dryRun: settings.dryRun,
    };
}
/** After an unanswered sync: our operation, started by our user since the request, requested or already running. */
async function findOurOperation(ctx, requestedAt) {
    const app = await ctx.client.getApplication(ctx.ref, { signal: ctx.signal });
    const state = app.status?.operationState;
    const operation = app.operation ?? state?.operation;
    if (!operation)
        return undefined;
    const startedAt = Date.parse(state?.startedAt ?? '');
    const recent = app.operation && !state ? true : !Number.isNaN(startedAt) && startedAt >= requestedAt - 1_000;
    const byUs = ctx.deps.username === undefined || operation.initiatedBy?.username === ctx.deps.username;
    if (!recent || !byUs || operation.initiatedBy?.automated || Boolean(operation.sync?.dryRun) !== ctx.settings.dryRun)
        return undefined;
    if (ctx.settings.revision && operation.sync?.revision && isShaLike(ctx.settings.revision) && !sameRevision(operation.sync.revision, ctx.settings.revision))
        return undefined;
    return {
        app,
        identity: { revision: operation.sync?.revision, revisions: operation.sync?.revisions, initiatedBy: operation.initiatedBy, startedNotBefore: requestedAt, dryRun: ctx.settings.dryRun },
    };
}
/**
 * An operation in progress that deploys what we were asked to deploy: our revision by SHA prefix, or (with no
 * revision, or the target's own ref) the target head the controller last resolved, which auto-sync uses.
 */
function adopt(ctx, app) {
    const { settings } = ctx;
    const operation = app.operation;
    if (!operation?.sync || settings.dryRun || settings.resources.length || operation.sync.dryRun)
        return undefined;
    const opRevisions = operation.sync.revisions?.length ? operation.sync.revisions : undefined;
    const target = app.spec?.source?.targetRevision ?? 'HEAD';
    let same = false;
    if (app.spec?.sources?.length && settings.revision)
        return undefined; // per-source pins: never the auto-sync's target
    if (settings.revision && isShaLike(settings.revision) && settings.revision !== target)
        same = sameRevision(operation.sync.revision, settings.revision);
    else if (!settings.revision || settings.revision === target) {
        same = opRevisions ? sameRevisions(opRevisions, app.status?.sync?.revisions) : sameRevision(operation.sync.revision, app.status?.sync?.revision);
    }
    if (!same)
        return undefined;
    const state = app.status?.operationState;
    const revision = describeRevisions(operation.sync.revision, opRevisions);
    const by = operation.initiatedBy?.automated ? 'an automated sync' : `user ${operation.initiatedBy?.username ?? 'unknown'}`;
    ctx.deps.onProgress(`${appLabel(ctx.ref)}: ${by} is already syncing ${revision}, the revision asked for; waiting for that operation instead of starting another`);
    ctx.notes.push(`adopted the operation ${by} had already started for ${revision}`);
    const started = Date.parse(state?.startedAt ?? '');
    return {
        app,
        identity: {
            revision: operation.sync.revision,
            revisions: opRevisions,
            initiatedBy: operation.initiatedBy,
            startedNotBefore: Number.isNaN(started) ? ctx.deps.clock.now() : started,
            dryRun: false,
        },
    };
}
/**
 * A multi-source application's `revision` input: `POSITION=REVISION` items (1-based, as the CLI's
 * `--source-positions`), one per line or comma-separated. Undefined when no revision is given.
 */
function sourceRevisions(revision, sources) {
    if (!revision)
        return undefined;
    const items = revision.split(/[\n,]/).map((item) => item.trim()).filter(Boolean);
    const parsed = items.map((item) => /^(\d+)=(\S+)$/.exec(item));
    const bad = items.find((_, index) => !parsed[index] || Number(parsed[index][1]) < 1 || Number(parsed[index][1]) > sources);
    if (bad !== undefined) {
        throw new errors/* ConfigurationError */.j1(`a multi-source application takes POSITION=REVISION items, POSITION from 1 to ${sources} (its sources in order), e.g. 1=v1.2.3; got "${bad}"`, 'revision');
    }
    return parsed.map((match) => ({ position: Number(match[1]), revision: match[2] }));
}
/** Applies the operation-in-progress policy; returns once no operation is in progress. */
async function settleOperation(ctx, app) {
    const { client, ref, settings, deps } = ctx;
    if (!app.operation)
        return;
    const what = describeOperationInProgress(app);
    if (settings.operationInProgress === 'fail') {
        throw new errors/* ActionFailure */.dR(`${appLabel(ref)}: ${what}. Set operation-in-progress to wait or terminate to handle it.`);
    }
    let current = app;
    if (settings.operationInProgress === 'terminate') {
        deps.onProgress(`${appLabel(ref)}: ${what}; terminating it`);
        const refusal = await client.terminateOperation(ref, ctx.signal);
        if (refusal) {
            // Argo CD refuses to terminate an operation the controller has not picked up yet
            // (server/application/application.go `TerminateOperation` needs an operationState): said, never silent.
            deps.onProgress(`${appLabel(ref)}: Argo CD refused to terminate it ("${refusal}"); waiting for the controller to pick it up`);
            current = await observe(ctx, current, (next) => !next.operation || next.status?.operationState !== undefined, 'the operation to be picked up, to terminate it');
            const again = current.operation ? await client.terminateOperation(ref, ctx.signal) : refusal;
            const outcome = !current.operation ? 'it ended before it could be terminated' : again ? `refused again ("${again}"), so this run waited for it to end` : 'terminated once the controller had picked it up';
            const note = `Argo CD refused to terminate the operation in progress ("${refusal}"): ${outcome}`;
            deps.onProgress(`${appLabel(ref)}: ${note}`);
            ctx.notes.push(note);
        }
    }
    else {
        deps.onProgress(`${appLabel(ref)}: ${what}; waiting for it to end`);
    }
    await observe(ctx, current, operationIdle, 'the operation in progress to end', what);
}
async function observe(ctx, app, until, waitingFor, what = waitingFor) {
    const observed = await observeUntil(ctx.client, ctx.ref, {
        deadline: ctx.deadline,
        resourceVersion: app.metadata?.resourceVersion,
        evaluate: (next) => (until(next) ? { done: true, result: next } : { done: false, waitingFor }),
        onProgress: ctx.deps.onProgress,
        onDebug: ctx.deps.onDebug,
        tuning: ctx.deps.tuning,
        signal: ctx.signal,
        clock: ctx.deps.clock,
    });
    if (observed.kind === 'done')
        return observed.result;
    if (observed.kind === 'gone')
        throw new errors/* ActionFailure */.dR(`${appLabel(ctx.ref)}: ${observed.message}`);
    throw new errors/* ActionFailure */.dR(`Timed out waiting for the operation in progress on ${appLabel(ctx.ref)} to end (${what}).`);
}
/**
 * `ApplicationSyncRequest` with only what was asked: Go's omitempty makes absent and false the same.
 * `app` is the application as last read, whose own sync options ApplyOutOfSyncOnly must keep.
 */
function syncBody(settings, app) {
    const body = {};
    const perSource = app?.spec?.sources?.length ? sourceRevisions(settings.revision, app.spec.sources.length) : undefined;
    if (perSource) {
        body.revisions = perSource.map((item) => item.revision);
        body.sourcePositions = perSource.map((item) => item.position);
    }
    else if (settings.revision)
        body.revision = settings.revision;
    if (settings.prune)
        body.prune = true;
    if (settings.dryRun)
        body.dryRun = true;
    // The CLI's default strategy is hook; `{"hook":{"force":true}}` is the inline wire form (reference §0).
    if (settings.force)
        body.strategy = { hook: { force: true } };
    if (settings.resources.length)
        body.resources = settings.resources;
    // Present `syncOptions` replaces the app's own (reference §1.1), so it is sent only when the user gave some,
    // and ApplyOutOfSyncOnly alone is added to the app's own options rather than silently dropping them.
    const own = app?.spec?.syncPolicy?.syncOptions ?? [];
    const items = settings.syncOptions.length ? [...settings.syncOptions] : settings.applyOutOfSyncOnly ? own.filter((option) => !option.startsWith('ApplyOutOfSyncOnly=')) : [];
    if (settings.applyOutOfSyncOnly && !items.includes('ApplyOutOfSyncOnly=true'))
        items.push('ApplyOutOfSyncOnly=true');
    if (items.length)
        body.syncOptions = { items };
    return body;
}

;// CONCATENATED MODULE: ./src/core/argocd/sync-app.ts










/** A best-effort step after the deadline (explaining, terminating) gets this much more time, no more. */
const AFTER_DEADLINE_MS = 3_000;
/** Reads, optionally refreshes, syncs and waits for one application; failures become a result, not a throw. */
async function syncApplication(client, ref, settings, deps) {
    const startedAt = deps.clock.now();
    const deadline = startedAt + settings.timeoutMs;
    const signal = deadlineSignal(deadline, `the timeout (${formatDuration(settings.timeoutMs)}) ran out`, deps.signal, startedAt);
    const notes = [];
    let lastApp;
    let operation;
    let identity;
    const result = (outcome, failure, problems, input) => ({
        ...summarise({ ref, outcome, app: lastApp, operation, requested: { revision: identity?.revision, revisions: identity?.revisions }, failure, notes, problems, startedAt, now: deps.clock.now() }),
        ...(input ? { input } : {}),
    });
    try {
        lastApp = await client.getApplication(ref, { signal });
        // As the CLI: a multi-source app takes revisions per source (`--revisions` with `--source-positions`).
        if (lastApp.spec?.sources?.length)
            sourceRevisions(settings.revision, lastApp.spec.sources.length);
        checkSelectedResources(ref, lastApp, settings);
        if (settings.refresh !== 'none')
            lastApp = await refresh(client, ref, settings, deps, signal);
        const started = await startSync({ client, ref, settings, deps, deadline, signal, notes }, lastApp);
        lastApp = started.app;
        identity = started.identity;
        const requested = identity.revisions?.join(' ') ?? identity.revision;
        deps.onProgress(`${appLabel(ref)}: sync started${requested ? ` at revision ${requested}` : ''}`);
        if (!settings.wait)
            return result('started');
        const tracker = new SyncWaitTracker({
            ours: identity,
            sync: settings.syncStatus,
            health: settings.health,
            acceptSuspended: settings.acceptSuspended,
            degradedFailsFast: settings.degradedFailsFast,
            degradedGraceMs: settings.degradedGraceMs,
            resources: settings.resources.length ? settings.resources : undefined,
        });
        const observed = await observeUntil(client, ref, {
            deadline,
            resourceVersion: lastApp.metadata?.resourceVersion,
            evaluate: (app) => {
                const verdict = tracker.observe(app);
                return verdict.done ? { done: true, result: verdict } : verdict;
            },
            onProgress: deps.onProgress,
            onDebug: deps.onDebug,
            tuning: deps.tuning,
            signal: deps.signal,
            clock: deps.clock,
        });
        lastApp = observed.app ?? lastApp;
        operation = tracker.operation ?? (tracker.isOurs(lastApp?.status?.operationState) ? lastApp?.status?.operationState : undefined);
        if (observed.kind === 'done') {
            const verdict = observed.result;
            if (verdict.outcome === 'succeeded') {
                if (verdict.note)
                    notes.push(verdict.note);
                return result('succeeded');
            }
            return result(verdict.outcome, verdict.message, await explainProblems(client, ref, lastApp, operation, settings));
        }
        const problems = await explainProblems(client, ref, lastApp, operation, settings);
        if (observed.kind === 'gone')
            return result('gone', observed.message, problems);
        if (settings.terminateOnTimeout)
            await terminateOnTimeout(client, ref, lastApp, tracker, notes, deps);
        return result('timeout', `Timed out after ${formatDuration(settings.timeoutMs)} waiting for ${appLabel(ref)}: still waiting for ${observed.waitingFor}.`, problems);
    }
    catch (error) {
        if (error instanceof DeadlineExceeded)
            return result('timeout', `Timed out after ${formatDuration(settings.timeoutMs)} on ${appLabel(ref)}: ${error.message}.`);
        return result('error', (0,errors/* errorMessage */.gJ)(error), undefined, error instanceof errors/* ConfigurationError */.j1 ? error.input : undefined);
    }
}
/** As `argocd app sync --resource`: a selection that matches none of the app's resources fails at once. */
function checkSelectedResources(ref, app, settings) {
    if (!settings.resources.length)
        return;
    const resources = app.status?.resources ?? [];
    if (settings.resources.some((selection) => resources.some((resource) => isSelected(resource, selection))))
        return;
    const wanted = settings.resources.map((r) => `${r.group}:${r.kind}:${r.namespace ? `${r.namespace}/` : ''}${r.name}`).join(', ');
    const has = resources.slice(0, 10).map((r) => `${r.group ?? ''}:${r.kind}:${r.namespace ? `${r.namespace}/` : ''}${r.name}`).join(', ');
    throw new errors/* ConfigurationError */.j1(`no resource of ${appLabel(ref)} matches ${wanted}; it manages ${has || 'no resources'}`, 'resources');
}
async function refresh(client, ref, settings, deps, deadline) {
    deps.onProgress(`${appLabel(ref)}: ${settings.refresh} refresh`);
    // Argo CD blocks the GET until the controller has refreshed, with no server-side limit (reference §1.2).
    const limit = AbortSignal.timeout(settings.refreshTimeoutMs);
    try {
        return await client.getApplication(ref, { refresh: settings.refresh === 'hard' ? 'hard' : 'normal', timeoutMs: settings.refreshTimeoutMs, signal: eitherSignal(limit, deadline), retries: false });
    }
    catch (error) {
        const timedOut = limit.aborted || (error instanceof HttpConnectionError && error.code === 'REQUEST_TIMEOUT');
        if (timedOut && !deadline.aborted)
            throw new errors/* ActionFailure */.dR(`The ${settings.refresh} refresh of ${appLabel(ref)} did not finish within refresh-timeout (${formatDuration(settings.refreshTimeoutMs)}).`);
        throw error;
    }
}
/** `terminate-on-timeout`: our operation is not left running after we gave up on it. */
async function terminateOnTimeout(client, ref, app, tracker, notes, deps) {
    if (!app?.operation || tracker.operation || !tracker.isOurs(app.status?.operationState ?? { operation: app.operation, startedAt: new Date().toISOString() }))
        return;
    try {
        const refusal = await client.terminateOperation(ref, AbortSignal.timeout(AFTER_DEADLINE_MS));
        const note = refusal ? `terminating our operation at the timeout was refused ("${refusal}")` : 'our operation was terminated at the timeout (terminate-on-timeout)';
        deps.onProgress(`${appLabel(ref)}: ${note}`);
        notes.push(note);
    }
    catch (error) {
        notes.push(`terminating our operation at the timeout failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
async function explainProblems(client, ref, app, operation, settings) {
    let tree;
    try {
        tree = await client.resourceTree(ref, AbortSignal.timeout(AFTER_DEADLINE_MS));
    }
    catch {
        tree = undefined; // the explanation is best effort; the failure itself is already known
    }
    const selected = settings.resources;
    const problems = findResourceProblems(app, operation, tree, { acceptSuspended: settings.acceptSuspended });
    return selected.length ? problems.filter((problem) => selected.some((key) => isSelected(problem, key))) : problems;
}

;// CONCATENATED MODULE: ./src/actions/argocd-sync/summary.ts

const SYNC_RANK = ['Synced', 'Unknown', 'OutOfSync'];
const HEALTH_RANK = ['Healthy', 'Suspended', 'Progressing', 'Missing', 'Unknown', 'Degraded'];
const PHASE_RANK = ['', 'Succeeded', 'Pending', 'Running', 'Terminating', 'Error', 'Failed'];
/** One value per output: the app's own for one app, the worst (or name=value pairs) for several. */
function buildOutputs(results) {
    const revisions = new Set(results.map((result) => result.revision));
    return {
        revision: revisions.size <= 1 ? (results[0]?.revision ?? '') : results.map((result) => `${result.name}=${result.revision}`).join(','),
        'sync-status': worst(results.map((result) => result.syncStatus), SYNC_RANK),
        'health-status': worst(results.map((result) => result.healthStatus), HEALTH_RANK),
        'operation-phase': worst(results.map((result) => result.operationPhase), PHASE_RANK),
        applications: JSON.stringify(results),
    };
}
/** Unknown values rank worst: a state we do not know is not a state to report as fine. */
function worst(values, rank) {
    const score = (value) => (rank.includes(value) ? rank.indexOf(value) : rank.length);
    return values.reduce((bad, value) => (score(value) > score(bad) ? value : bad), values[0] ?? '');
}
function renderSummary(results, settings) {
    const lines = [
        `### Argo CD sync${settings.dryRun ? ' (dry run)' : ''}`,
        '',
        '| Application | Outcome | Revision | Sync | Health | Operation | Time |',
        '| --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const result of results) {
        const name = result.namespace ? `${result.namespace}/${result.name}` : result.name;
        const cells = [name, result.outcome, result.revision ? `\`${result.revision.slice(0, 12)}\`` : '', result.syncStatus, result.healthStatus, result.operationPhase, `${(result.durationMs / 1000).toFixed(1)} s`];
        lines.push(`| ${cells.map(cell).join(' | ')} |`);
    }
    const failures = results.filter((result) => result.failure);
    if (failures.length) {
        lines.push('', '#### Failures');
        for (const result of failures) {
            lines.push('', `**${cell(result.name)}**: ${cell(result.failure ?? '')}`);
            if (result.operationMessage && !result.failure?.includes(result.operationMessage))
                lines.push(`- Operation (${result.operationPhase}): ${cell(result.operationMessage)}`);
            for (const note of result.notes)
                lines.push(`- Note: ${cell(note)}`);
            for (const problem of result.problems)
                lines.push(`- ${cell(describeResourceProblem(problem))}`);
        }
    }
    const noted = results.filter((result) => !result.failure && result.notes.length);
    if (noted.length) {
        lines.push('', '#### Notes');
        for (const result of noted)
            for (const note of result.notes)
                lines.push(`- **${cell(result.name)}**: ${cell(note)}`);
    }
    return `${lines.join('\n')}\n`;
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/actions/argocd-sync/run.ts






const FAILED_OUTCOMES = new Set(['operation-failed', 'degraded', 'prune-required', 'timeout', 'gone', 'error']);
async function runArgocdSync(inputs, runtime, tuning) {
    const { io } = runtime;
    if (inputs.insecure)
        io.warning('TLS certificate verification is off (insecure: true): anyone on the path can read the token.');
    // Header values are credentials of a proxy in front of Argo CD: masked one by one, as they are sent.
    const headers = Object.fromEntries(Object.entries(inputs.headers).map(([name, value]) => [name, value.reveal()]));
    for (const value of Object.values(headers))
        if (value)
            io.mask(value);
    const tls = { caFile: inputs.caFile, insecureSkipVerify: inputs.insecure, clientCertFile: inputs.clientCertFile, clientKeyFile: inputs.clientKeyFile };
    // `timeout` bounds connecting as well: a server that accepts and then trickles bytes cannot hold the run.
    // A cancelled run (SIGINT/SIGTERM) stops connecting too.
    const connectSignal = AbortSignal.any([
        deadlineSignal(Date.now() + inputs.sync.timeoutMs, `the timeout (${formatDuration(inputs.sync.timeoutMs)}) ran out while connecting`),
        runtime.signal,
    ]);
    const { client, refs, username } = await io.group('Connecting to Argo CD', async () => {
        const connection = await connectToArgocd({ server: inputs.server, credentials: inputs.credentials, tls, headers, signal: connectSignal }, io);
        io.info(`Argo CD ${connection.version} at ${inputs.server.href}, logged in as ${connection.username ?? 'unknown'}`);
        const found = await resolveApplications(connection.client, inputs, connectSignal);
        io.info(`Applications: ${found.map(appLabel).join(', ')}`);
        return { client: connection.client, refs: found, username: connection.username };
    });
    const results = await io.group(`Syncing ${refs.length} application(s)`, () => mapWithConcurrency(refs, inputs.concurrency, (ref) => syncApplication(client, ref, inputs.sync, {
        onProgress: (message) => io.info(message),
        onDebug: (message) => io.debug(message),
        tuning,
        username,
        // A cancelled run stops waiting (every request of the wait takes the signal).
        signal: runtime.signal,
        clock: runtime.clock,
    })));
    const failed = results.filter((result) => FAILED_OUTCOMES.has(result.outcome));
    // Every failure a mistake in the inputs (a revision Argo CD cannot resolve, resources matching nothing): exit 2.
    const input = failed[0]?.input;
    if (failed.length && failed.every((result) => result.input === input) && input && failed.length === results.length) {
        throw new errors/* ConfigurationError */.j1(failed.map((result) => result.failure?.replace(`Input "${input}": `, '') ?? result.outcome).join('\n'), input);
    }
    const outputs = buildOutputs(results);
    const summary = renderSummary(results, inputs.sync);
    for (const result of results) {
        if (failed.includes(result))
            continue;
        io.info(`${result.name}: ${result.outcome} (sync ${result.syncStatus}, health ${result.healthStatus})`);
        for (const note of result.notes)
            io.info(`${result.name}: note: ${note}`);
    }
    if (failed.length === 0)
        return { outputs, summary };
    const details = failed.map(describeAppFailure).join('\n');
    return { outputs, summary, failure: `${failed.length} of ${results.length} application(s) failed:\n${details}` };
}


/***/ })

};
