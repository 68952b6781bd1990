export const id = 598;
export const ids = [598];
export const modules = {

/***/ 5598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e9: () => (/* binding */ connectToArgocd),
  WS: () => (/* binding */ mapWithConcurrency),
  Ul: () => (/* binding */ resolveApplications)
});

// EXTERNAL MODULE: ./src/core/backoff.ts
var backoff = __webpack_require__(3915);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/http/errors.ts
var http_errors = __webpack_require__(6081);
// EXTERNAL MODULE: ./src/core/http/request.ts
var http_request = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/http/retry.ts
var retry = __webpack_require__(5834);
// EXTERNAL MODULE: ./src/core/argocd/deadline.ts
var deadline = __webpack_require__(3728);
// EXTERNAL MODULE: ./src/core/argocd/errors.ts
var argocd_errors = __webpack_require__(4035);
// EXTERNAL MODULE: ./src/core/secret-forms.ts
var secret_forms = __webpack_require__(3657);
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

// EXTERNAL MODULE: ./src/core/argocd/types.ts
var types = __webpack_require__(1423);
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
        return this.#call('GET', `/api/v1/applications/${encodeURIComponent(ref.name)}`, `Reading application ${(0,types/* appLabel */._)(ref)}`, {
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
        return this.#call('POST', `/api/v1/applications/${encodeURIComponent(ref.name)}/sync`, `Syncing application ${(0,types/* appLabel */._)(ref)}`, { body: request, ...options, ref });
    }
    /** `DELETE …/operation`; the refusal text when Argo CD says no operation is in progress, else undefined. */
    async terminateOperation(ref, signal) {
        try {
            await this.#call('DELETE', `/api/v1/applications/${encodeURIComponent(ref.name)}/operation`, `Terminating the operation of ${(0,types/* appLabel */._)(ref)}`, {
                query: { appNamespace: ref.namespace, project: ref.project },
                signal,
                ref,
            });
            return undefined;
        }
        catch (error) {
            if (error instanceof argocd_errors/* ArgocdApiError */.t4 && error.isNoOperationInProgress)
                return error.apiMessage;
            throw error;
        }
    }
    resourceTree(ref, signal) {
        return this.#call('GET', `/api/v1/applications/${encodeURIComponent(ref.name)}/resource-tree`, `Reading the resource tree of ${(0,types/* appLabel */._)(ref)}`, {
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
        const response = await (0,http_request/* sendForStream */.ab)(request);
        const stream = response.stream;
        try {
            if (response.status !== 200) {
                const chunks = [];
                for await (const chunk of stream)
                    chunks.push(chunk);
                throw this.#apiError(`Watching application ${(0,types/* appLabel */._)(ref)}`, response.status, Buffer.concat(chunks).toString('utf8'), ref);
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
                ? await (0,retry/* sendWithRetries */.HI)(request, policy, { onRetry: (attempt, reason, delay) => this.#options.onRetry?.(what, attempt, reason, delay) })
                : await (0,http_request/* send */.tN)(request);
        }
        catch (error) {
            // Our own deadline cut the call (whatever the socket said): say which step it stopped, and why.
            if (request.signal?.aborted && request.signal.reason instanceof deadline/* DeadlineExceeded */.m4) {
                throw new deadline/* DeadlineExceeded */.m4(`${what}: ${request.signal.reason.message}`, { cause: error });
            }
            // A time-out or a dropped connection in the middle of the work must say which step it hit.
            if (options.ref && error instanceof http_errors/* HttpConnectionError */.Jo)
                throw new http_errors/* HttpConnectionError */.Jo(`${what}: ${error.message}`, error.code, error.transient, { cause: error });
            throw error;
        }
        const text = response.body.toString('utf8');
        if (response.status < 200 || response.status > 299)
            throw this.#apiError(what, response.status, text, options.ref);
        const type = (0,http_request/* header */.wx)(response.headers, 'content-type') ?? '';
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
        const { message, grpcCode } = (0,argocd_errors/* parseErrorBody */.kW)(body);
        return new argocd_errors/* ArgocdApiError */.t4((0,argocd_errors/* describeApiFailure */.ge)(what, status, message, { app: Boolean(ref), project: Boolean(ref?.project) }), status, message, grpcCode);
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
        if (error instanceof http_errors/* HttpConnectionError */.Jo)
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
            if (error instanceof argocd_errors/* ArgocdApiError */.t4 && (error.status === 400 || /error parsing the selector/i.test(error.apiMessage))) {
                throw new errors/* ConfigurationError */.j1(`Argo CD rejected the label selector "${selection.selector}": ${error.apiMessage}`, 'selector');
            }
            const transient = (error instanceof argocd_errors/* ArgocdApiError */.t4 && error.isTransientRead) || (error instanceof http_errors/* HttpConnectionError */.Jo && error.transient);
            if (!transient || attempt >= LIST_ATTEMPTS || signal?.aborted)
                throw error;
            await (0,backoff/* sleep */.y)((0,backoff/* backoffDelay */.E)(attempt, LIST_BACKOFF));
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


/***/ }),

/***/ 3728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ deadlineSignal),
/* harmony export */   kX: () => (/* binding */ eitherSignal),
/* harmony export */   m4: () => (/* binding */ DeadlineExceeded)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** The action's own time limit ran out (the `timeout` input): not a failure of the server's. */
class DeadlineExceeded extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR {
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


/***/ }),

/***/ 4035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ge: () => (/* binding */ describeApiFailure),
/* harmony export */   kW: () => (/* binding */ parseErrorBody),
/* harmony export */   t4: () => (/* binding */ ArgocdApiError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _secret_forms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3657);


/**
 * An HTTP answer from Argo CD that is not a success. `apiMessage` is the gRPC status message from the
 * `{"error","code","message"}` body (or the text/plain body of a routing error), never request data.
 */
class ArgocdApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR {
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
        return { message: text.startsWith('<') ? 'an HTML page (a proxy or the web UI answered, not the API)' : (0,_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .clipRemoteText */ .wy)(text.split('\n')[0], 300) };
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


/***/ }),

/***/ 1423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ COMPLETED_PHASES),
/* harmony export */   _: () => (/* binding */ appLabel)
/* harmony export */ });
function appLabel(ref) {
    return ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name;
}
const COMPLETED_PHASES = new Set(['Succeeded', 'Failed', 'Error']);


/***/ })

};
