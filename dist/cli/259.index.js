export const id = 259;
export const ids = [259];
export const modules = {

/***/ 259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runArgocdSync: () => (/* binding */ runArgocdSync)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/http/errors.ts
var http_errors = __webpack_require__(6081);
// EXTERNAL MODULE: ./src/core/http/request.ts
var http_request = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/http/retry.ts
var retry = __webpack_require__(5834);
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
}
/** Reads the gRPC-gateway error body: `{"error":"…","code":9,"message":"…"}` or a stream's `{"error":{…}}`. */
function parseErrorBody(body) {
    const text = body.trim();
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
        return { message: text.startsWith('<') ? 'an HTML page (a proxy or the web UI answered, not the API)' : text.split('\n')[0].slice(0, 300) };
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
                : `${what} failed: the application does not exist or the token may not read it (Argo CD answers HTTP 403 for both${detail}). Set the project input to tell them apart.`;
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
        return { kind: 'error', message: `unreadable watch stream line: ${json.slice(0, 120)}` };
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
    static async createSession(server, username, password, tls, timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
        const anonymous = new ArgocdClient({ server, token: '', tls, requestTimeoutMs: timeoutMs });
        const session = await anonymous.#call('POST', '/api/v1/session', 'Logging in to Argo CD', { body: { username, password } });
        if (!session.token)
            throw new errors/* ActionFailure */.dR('Logging in to Argo CD returned no session token.');
        return session.token;
    }
    /** `GET /api/version`: proves the URL reaches Argo CD's API and not a UI or a proxy page. */
    async version() {
        const body = await this.#call('GET', '/api/version', 'Reaching the Argo CD API (GET /api/version)', { retries: true });
        if (typeof body.Version !== 'string') {
            throw new errors/* ActionFailure */.dR(`${this.#options.server.origin} answered GET /api/version without a version: it is not the Argo CD API. Check the server input and its path prefix.`);
        }
        return body.Version;
    }
    /** `GET /api/v1/session/userinfo`: never 401s; an invalid token shows as `loggedIn` absent. */
    async userInfo() {
        const body = await this.#call('GET', '/api/v1/session/userinfo', 'Checking the token', { retries: true });
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
    async listApplications(filter) {
        const list = await this.#call('GET', '/api/v1/applications', 'Listing applications', {
            query: { selector: filter.selector, projects: filter.project, appNamespace: filter.appNamespace },
            retries: true,
        });
        return list.items ?? [];
    }
    /** `POST …/sync`: the answer is the application with its new `operation` (holding the resolved revision). */
    sync(ref, body, signal) {
        // Body, not query: the route takes `body: "*"`, so appNamespace and project go in it (reference §1.1).
        const request = { ...body, ...(ref.namespace ? { appNamespace: ref.namespace } : {}), ...(ref.project ? { project: ref.project } : {}) };
        return this.#call('POST', `/api/v1/applications/${encodeURIComponent(ref.name)}/sync`, `Syncing application ${appLabel(ref)}`, { body: request, signal, ref });
    }
    /** `DELETE …/operation`; false when Argo CD says no operation is in progress. */
    async terminateOperation(ref, signal) {
        try {
            await this.#call('DELETE', `/api/v1/applications/${encodeURIComponent(ref.name)}/operation`, `Terminating the operation of ${appLabel(ref)}`, {
                query: { appNamespace: ref.namespace, project: ref.project },
                signal,
                ref,
            });
            return true;
        }
        catch (error) {
            if (error instanceof ArgocdApiError && error.isNoOperationInProgress)
                return false;
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
        const response = await (0,http_request/* sendForStream */.ab)(request);
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
        const headers = { Accept: 'application/json', 'User-Agent': this.#options.userAgent ?? USER_AGENT };
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
            timeoutMs: options.timeoutMs ?? this.#options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
            tls: this.#options.tls,
            signal: options.signal,
        };
    }
    async #call(method, path, what, options = {}) {
        const request = this.#request(method, path, options);
        const policy = this.#options.retryPolicy ?? DEFAULT_READ_RETRY_POLICY;
        // Writes are not retried blindly: a dropped sync may have been applied, and the retry would then see
        // "another operation is already in progress" for our own operation.
        let response;
        try {
            response = options.retries
                ? await (0,retry/* sendWithRetries */.HI)(request, policy, { onRetry: (attempt, reason, delay) => this.#options.onRetry?.(what, attempt, reason, delay) })
                : await (0,http_request/* send */.tN)(request);
        }
        catch (error) {
            // A time-out or a dropped connection in the middle of the work must say which step it hit.
            if (options.ref && error instanceof http_errors/* HttpConnectionError */.J)
                throw new http_errors/* HttpConnectionError */.J(`${what}: ${error.message}`, error.code, error.transient, { cause: error });
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
    try {
        let token;
        if (settings.credentials.kind === 'token') {
            token = settings.credentials.token.reveal();
            // Masked here too: it may come from ARGOCD_AUTH_TOKEN rather than a secret input.
            io.mask(token);
        }
        else {
            token = await ArgocdClient.createSession(settings.server, settings.credentials.username, settings.credentials.password.reveal(), settings.tls, settings.requestTimeoutMs);
            io.mask(token);
        }
        const client = new ArgocdClient({
            server: settings.server,
            token,
            tls: settings.tls,
            requestTimeoutMs: settings.requestTimeoutMs,
            onRetry: (what, attempt, reason, delay) => io.info(`${what}: attempt ${attempt} failed (${reason}); retrying in ${delay} ms`),
        });
        io.mask(client.authorizationHeader);
        const version = await client.version();
        const user = await client.userInfo();
        if (!user.loggedIn) {
            throw new errors/* ActionFailure */.dR(`Argo CD at ${where} does not accept the ${settings.credentials.kind === 'token' ? 'auth-token' : 'session token'}: it is invalid, expired or revoked (GET /api/v1/session/userinfo says not logged in).`);
        }
        return { client, version, username: user.username };
    }
    catch (error) {
        if (error instanceof http_errors/* HttpConnectionError */.J)
            throw new errors/* ActionFailure */.dR(`Cannot reach Argo CD at ${where}: ${error.message}`, { cause: error });
        throw error;
    }
}
/** Turns the applications/selector inputs into app references; a selector matching nothing is an error. */
async function resolveApplications(client, selection) {
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
    try {
        apps = await client.listApplications({ selector: selection.selector, project: selection.project, appNamespace: selection.appNamespace });
    }
    catch (error) {
        if (error instanceof ArgocdApiError && error.status === 400)
            throw new errors/* ConfigurationError */.j1(`Argo CD rejected the label selector: ${error.apiMessage}`, 'selector');
        throw error;
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

// EXTERNAL MODULE: ./src/core/backoff.ts
var backoff = __webpack_require__(3915);
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
};
/**
 * Observes one application through the watch stream and polling at once until `evaluate` says done, the app
 * disappears, or the deadline passes. Every loop and every request is bounded by the deadline: it never hangs.
 */
async function observeUntil(client, ref, options) {
    const tuning = { ...DEFAULT_OBSERVE_TUNING, ...options.tuning };
    if (options.signal?.aborted)
        return { kind: 'gone', message: 'the wait was cancelled' };
    const stop = new AbortController();
    const onOuterAbort = () => finish({ kind: 'gone', message: 'the wait was cancelled', app: lastApp });
    options.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const wake = new Wakeup();
    let settled;
    let resolveSettled;
    const settledPromise = new Promise((resolve) => (resolveSettled = resolve));
    let lastApp;
    let waitingFor = 'the first observation';
    let resourceVersion = options.resourceVersion;
    let streamLive = false;
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
        const evaluation = options.evaluate(app);
        if (evaluation.done)
            return finish({ kind: 'done', result: evaluation.result, app });
        if (evaluation.waitingFor !== waitingFor) {
            waitingFor = evaluation.waitingFor;
            options.onProgress?.(`${appLabel(ref)}: waiting for ${waitingFor}`);
        }
    }
    /** A 4xx on a read means the app is gone or we lost access: waiting longer cannot help. */
    function fatal(error) {
        if (!(error instanceof ArgocdApiError) || error.status < 400 || error.status >= 500 || error.status === 408 || error.status === 429)
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
        let lastPollAt = Date.now();
        while (!settled) {
            const due = lastPollAt + (streamLive ? tuning.streamPollMs : tuning.fallbackPollMs);
            const until = Math.min(due, options.deadline);
            if (Date.now() < until) {
                await wake.sleep(until - Date.now());
                continue;
            }
            if (Date.now() >= options.deadline)
                return;
            lastPollAt = Date.now();
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
            const startedAt = Date.now();
            let delivered = false;
            try {
                const events = client.watchApplication(ref, { resourceVersion, idleTimeoutMs: tuning.streamIdleMs, signal: stop.signal });
                for await (const event of events) {
                    if (event.kind === 'error')
                        throw new Error(event.message);
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
                if (settled || fatal(error))
                    return;
                options.onDebug?.(`${appLabel(ref)}: watch stream failed: ${error.message}`);
            }
            setLive(false);
            const healthy = delivered && Date.now() - startedAt >= tuning.healthyStreamMs;
            failures = healthy ? 0 : failures + 1;
            const delay = healthy ? 0 : Math.min(tuning.reconnectBaseMs * 2 ** (failures - 1), tuning.reconnectMaxMs);
            if (delay > 0)
                await wake.sleep(Math.min(delay, Math.max(0, options.deadline - Date.now())));
            if (Date.now() >= options.deadline)
                return;
        }
        if (!settled)
            options.onDebug?.(`${appLabel(ref)}: watch stream given up after ${failures} failed attempts; polling only`);
    }
    const deadlineTimer = setTimeout(() => finish({ kind: 'timeout', waitingFor, app: lastApp }), Math.max(0, options.deadline - Date.now()));
    const loops = Promise.allSettled([pollLoop(), streamLoop()]);
    const result = await settledPromise;
    clearTimeout(deadlineTimer);
    options.signal?.removeEventListener('abort', onOuterAbort);
    await loops;
    if (result.kind !== 'timeout')
        return result;
    return lastLook(client, ref, options, tuning, result);
}
/** At the deadline, one fresh read: the state may have been reached between two observations. */
async function lastLook(client, ref, options, tuning, timeout) {
    try {
        const app = await client.getApplication(ref, { timeoutMs: Math.min(tuning.pollTimeoutMs, 10_000), retries: false });
        const evaluation = options.evaluate(app);
        return evaluation.done ? { kind: 'done', result: evaluation.result, app } : { kind: 'timeout', waitingFor: evaluation.waitingFor, app };
    }
    catch {
        return timeout;
    }
}
/** A sleep that `wake()` cuts short, so loops re-plan at once when the situation changes. */
class Wakeup {
    #wakers = new Set();
    sleep(ms) {
        return new Promise((resolve) => {
            const done = () => {
                clearTimeout(timer);
                this.#wakers.delete(done);
                resolve();
            };
            const timer = setTimeout(done, Math.max(0, ms));
            this.#wakers.add(done);
        });
    }
    wake() {
        for (const waker of [...this.#wakers])
            waker();
    }
}

;// CONCATENATED MODULE: ./src/core/argocd/wait-conditions.ts

/**
 * Judges successive observations of one application after our sync. Our operation is recognised by the
 * revision our sync resolved (an auto-sync to another commit is not ours) and captured the moment it completes,
 * because a later operation replaces `operationState` (argo-cd#5592). Sync and health are judged only once the
 * controller has reconciled after our operation (`reconciledAt >= finishedAt`): before that they are stale.
 */
class SyncWaitTracker {
    criteria;
    #operation;
    constructor(criteria) {
        this.criteria = criteria;
    }
    /** Our completed operation, once seen. */
    get operation() {
        return this.#operation;
    }
    observe(app) {
        const state = app.status?.operationState;
        if (!this.#operation) {
            if (!state || !this.#isOurs(state)) {
                return { done: false, waitingFor: app.operation ? 'the operation to start' : 'our operation to appear' };
            }
            if (!COMPLETED_PHASES.has(state.phase ?? '')) {
                const retrying = state.retryCount ? ` (retry ${state.retryCount}: ${state.message ?? ''})` : '';
                return { done: false, waitingFor: `the operation to finish (phase ${state.phase ?? 'pending'}${retrying})` };
            }
            this.#operation = structuredClone(state);
        }
        const operation = this.#operation;
        if (operation.phase !== 'Succeeded') {
            return { done: true, outcome: 'operation-failed', message: `The sync operation ended with phase ${operation.phase}: ${operation.message ?? 'no message'}`, operation };
        }
        if (this.criteria.dryRun)
            return { done: true, outcome: 'succeeded', operation };
        if (!reconciledAfter(app, operation))
            return { done: false, waitingFor: 'the controller to reconcile after the operation' };
        if (app.operation)
            return { done: false, waitingFor: 'another operation that started after ours' };
        const sync = this.#judgeSync(app, operation);
        if (sync)
            return sync;
        if (this.criteria.health) {
            const health = this.#judgeHealth(app);
            if (health)
                return health;
        }
        return { done: true, outcome: 'succeeded', operation };
    }
    #isOurs(state) {
        const sync = state.operation?.sync;
        if (sync && Boolean(sync.dryRun) !== this.criteria.dryRun)
            return false;
        if (this.criteria.revisions?.length)
            return sameList(sync?.revisions ?? state.syncResult?.revisions, this.criteria.revisions);
        if (this.criteria.revision)
            return (sync?.revision ?? state.syncResult?.revision) === this.criteria.revision;
        return true;
    }
    #judgeSync(app, operation) {
        if (this.criteria.resources?.length) {
            const unsynced = selectedResources(app, this.criteria.resources).filter((resource) => resource?.status !== 'Synced');
            return unsynced.length ? { done: false, waitingFor: `${unsynced.length} selected resource(s) to be Synced` } : undefined;
        }
        const status = app.status?.sync?.status;
        if (status !== 'Synced') {
            const pruneSkipped = (operation.syncResult?.resources ?? []).filter((r) => r.status === 'PruneSkipped' && !/no prune/i.test(r.message ?? ''));
            if (pruneSkipped.length) {
                return { done: true, outcome: 'prune-required', message: `${pruneSkipped.length} resource(s) require pruning: the application stays OutOfSync unless prune is enabled`, operation };
            }
            if (!this.#revisionMatches(app)) {
                // Argo CD compares with the app's target revision, not with the one synced: this is why it stays OutOfSync.
                const target = app.status?.sync?.revisions?.join(' ') ?? app.status?.sync?.revision ?? 'unknown';
                return { done: false, waitingFor: `sync status Synced (now ${status ?? 'unknown'}: the application's target revision resolves to ${target}, not to the synced ${this.#ourRevision()})` };
            }
            return { done: false, waitingFor: `sync status Synced (now ${status ?? 'unknown'})` };
        }
        if (!this.#revisionMatches(app))
            return { done: false, waitingFor: `sync status at our revision (now ${app.status?.sync?.revision ?? 'unknown'})` };
        return undefined;
    }
    #judgeHealth(app) {
        const statuses = this.criteria.resources?.length
            ? selectedResources(app, this.criteria.resources).map((resource) => resource?.health?.status ?? 'Healthy')
            : [app.status?.health?.status ?? 'Unknown'];
        const degraded = statuses.includes('Degraded');
        if (degraded && this.criteria.degradedFailsFast) {
            const detail = app.status?.health?.message ? `: ${app.status.health.message}` : '';
            return { done: true, outcome: 'degraded', message: `The application is Degraded after the sync${detail}`, operation: this.#operation };
        }
        const pending = statuses.filter((status) => !(status === 'Healthy' || (status === 'Suspended' && this.criteria.acceptSuspended)));
        return pending.length ? { done: false, waitingFor: `health Healthy (now ${pending.join(', ')})` } : undefined;
    }
    #ourRevision() {
        return this.criteria.revisions?.length ? this.criteria.revisions.join(' ') : (this.criteria.revision ?? 'unknown');
    }
    #revisionMatches(app) {
        const sync = app.status?.sync;
        if (this.criteria.revisions?.length)
            return sameList(sync?.revisions, this.criteria.revisions);
        return !this.criteria.revision || sync?.revision === this.criteria.revision;
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
/** True once no operation is requested or running: the state `operation-in-progress: wait|terminate` waits for. */
function operationIdle(app) {
    return !app.operation;
}
function describeOperationInProgress(app) {
    const state = app.status?.operationState;
    const by = app.operation?.initiatedBy?.automated ? 'automated sync' : app.operation?.initiatedBy?.username ? `user ${app.operation.initiatedBy.username}` : 'someone';
    const revision = app.operation?.sync?.revision ? ` to ${app.operation.sync.revision}` : '';
    const phase = state?.phase ? `, phase ${state.phase}${state.startedAt ? ` since ${state.startedAt}` : ''}` : '';
    return `an operation${revision} started by ${by} is in progress${phase}`;
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
function sameList(a, b) {
    return !!a && a.length === b.length && a.every((item, index) => item === b[index]);
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
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

;// CONCATENATED MODULE: ./src/core/argocd/sync-app.ts








/** Bounded: each in-progress or unavailable answer from the sync is met (policy, backoff), then the sync is tried again. */
const MAX_SYNC_ATTEMPTS = 3;
const SYNC_RETRY_BACKOFF = { baseDelayMs: 1_000, maxDelayMs: 5_000 };
const GRPC_UNAVAILABLE = 14;
/** Reads, optionally refreshes, syncs and waits for one application; failures become a result, not a throw. */
async function syncApplication(client, ref, settings, deps) {
    const startedAt = Date.now();
    const deadline = startedAt + settings.timeoutMs;
    let lastApp;
    let operation;
    let revision;
    let revisions;
    const result = (outcome, failure, problems = []) => summarise(ref, outcome, lastApp, operation, { revision, revisions }, failure, problems, startedAt);
    try {
        lastApp = await client.getApplication(ref);
        if (settings.revision && lastApp.spec?.sources?.length) {
            // As the CLI: Argo CD takes a multi-source app's revisions per source, so one revision cannot be honoured.
            throw new errors/* ConfigurationError */.j1(`${appLabel(ref)} is a multi-source application: a single revision cannot apply to its ${lastApp.spec.sources.length} sources; leave revision empty to sync their target revisions`, 'revision');
        }
        if (settings.refresh !== 'none')
            lastApp = await refresh(client, ref, settings, deps);
        const answer = await syncHandlingOperations(client, ref, settings, deps, deadline, lastApp);
        lastApp = answer;
        revisions = answer.operation?.sync?.revisions?.length ? answer.operation.sync.revisions : undefined;
        revision = answer.operation?.sync?.revision ?? revisions?.join(' ') ?? settings.revision;
        deps.onProgress(`${appLabel(ref)}: sync started${revision ? ` at revision ${revision}` : ''}`);
        if (!settings.wait)
            return result('started');
        const tracker = new SyncWaitTracker({
            revision: answer.operation?.sync?.revision,
            revisions: answer.operation?.sync?.revisions,
            dryRun: settings.dryRun,
            health: settings.health,
            acceptSuspended: settings.acceptSuspended,
            degradedFailsFast: settings.degradedFailsFast,
            resources: settings.resources.length ? settings.resources : undefined,
        });
        const observed = await observeUntil(client, ref, {
            deadline,
            resourceVersion: answer.metadata?.resourceVersion,
            evaluate: (app) => {
                const verdict = tracker.observe(app);
                return verdict.done ? { done: true, result: verdict } : verdict;
            },
            onProgress: deps.onProgress,
            onDebug: deps.onDebug,
            tuning: deps.tuning,
            signal: deps.signal,
        });
        lastApp = observed.app ?? lastApp;
        operation = tracker.operation ?? lastApp?.status?.operationState;
        if (observed.kind === 'done') {
            if (observed.result.outcome === 'succeeded')
                return result('succeeded');
            const problems = await explainProblems(client, ref, lastApp, operation, settings);
            return result(observed.result.outcome, observed.result.message, problems);
        }
        const problems = await explainProblems(client, ref, lastApp, operation, settings);
        if (observed.kind === 'gone')
            return result('gone', observed.message, problems);
        return result('timeout', `Timed out after ${formatDuration(settings.timeoutMs)} waiting for ${appLabel(ref)}: still waiting for ${observed.waitingFor}.`, problems);
    }
    catch (error) {
        return result('error', (0,errors/* errorMessage */.gJ)(error));
    }
}
async function refresh(client, ref, settings, deps) {
    deps.onProgress(`${appLabel(ref)}: ${settings.refresh} refresh`);
    // Argo CD blocks the GET until the controller has refreshed, with no server-side limit (reference §1.2).
    const limit = AbortSignal.timeout(settings.refreshTimeoutMs);
    try {
        return await client.getApplication(ref, { refresh: settings.refresh === 'hard' ? 'hard' : 'normal', timeoutMs: settings.refreshTimeoutMs, signal: limit, retries: false });
    }
    catch (error) {
        const timedOut = limit.aborted || (error instanceof http_errors/* HttpConnectionError */.J && error.code === 'REQUEST_TIMEOUT');
        if (timedOut)
            throw new errors/* ActionFailure */.dR(`The ${settings.refresh} refresh of ${appLabel(ref)} did not finish within refresh-timeout (${formatDuration(settings.refreshTimeoutMs)}).`);
        throw error;
    }
}
async function syncHandlingOperations(client, ref, settings, deps, deadline, current) {
    if (current.operation)
        await settleOperation(client, ref, settings, deps, deadline, current);
    for (let attempt = 1;; attempt++) {
        try {
            return await client.sync(ref, syncBody(settings, current), deps.signal);
        }
        catch (error) {
            if (!(error instanceof ArgocdApiError) || attempt >= MAX_SYNC_ATTEMPTS)
                throw error;
            if (error.status === 503 && error.grpcCode === GRPC_UNAVAILABLE) {
                // Argo CD itself answered Unavailable (repo-server or Kubernetes API down for a moment): the operation
                // was not set, so trying again is safe. A proxy's 502/504 or a dropped connection may hide an applied
                // sync, so those are not retried.
                const delay = Math.min((0,backoff/* backoffDelay */.E)(attempt, SYNC_RETRY_BACKOFF), Math.max(0, deadline - Date.now()));
                deps.onProgress(`${appLabel(ref)}: Argo CD is unavailable (${error.apiMessage}); retrying the sync in ${delay} ms`);
                await (0,backoff/* sleep */.y)(delay);
                continue;
            }
            if (!error.isOperationInProgress)
                throw error;
            // An operation started between our read and our sync (auto-sync, a hook): same policy, then again.
            await settleOperation(client, ref, settings, deps, deadline, await client.getApplication(ref));
        }
    }
}
/** Applies the operation-in-progress policy; returns once no operation is in progress. */
async function settleOperation(client, ref, settings, deps, deadline, app) {
    if (!app.operation)
        return;
    const what = describeOperationInProgress(app);
    if (settings.operationInProgress === 'fail') {
        throw new errors/* ActionFailure */.dR(`${appLabel(ref)}: ${what}. Set operation-in-progress to wait or terminate to handle it.`);
    }
    if (settings.operationInProgress === 'terminate') {
        deps.onProgress(`${appLabel(ref)}: ${what}; terminating it`);
        const terminated = await client.terminateOperation(ref, deps.signal);
        if (!terminated)
            deps.onDebug(`${appLabel(ref)}: Argo CD says no operation is in progress any more`);
    }
    else {
        deps.onProgress(`${appLabel(ref)}: ${what}; waiting for it to end`);
    }
    const observed = await observeUntil(client, ref, {
        deadline,
        resourceVersion: app.metadata?.resourceVersion,
        evaluate: (next) => (operationIdle(next) ? { done: true, result: true } : { done: false, waitingFor: 'the operation in progress to end' }),
        onProgress: deps.onProgress,
        onDebug: deps.onDebug,
        tuning: deps.tuning,
        signal: deps.signal,
    });
    if (observed.kind === 'gone')
        throw new errors/* ActionFailure */.dR(`${appLabel(ref)}: ${observed.message}`);
    if (observed.kind === 'timeout')
        throw new errors/* ActionFailure */.dR(`Timed out waiting for the operation in progress on ${appLabel(ref)} to end (${what}).`);
}
/**
 * `ApplicationSyncRequest` with only what was asked: Go's omitempty makes absent and false the same.
 * `app` is the application as last read, whose own sync options ApplyOutOfSyncOnly must keep.
 */
function syncBody(settings, app) {
    const body = {};
    if (settings.revision)
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
async function explainProblems(client, ref, app, operation, settings) {
    let tree;
    try {
        tree = await client.resourceTree(ref, AbortSignal.timeout(10_000));
    }
    catch {
        tree = undefined; // the explanation is best effort; the failure itself is already known
    }
    const selected = settings.resources;
    const problems = findResourceProblems(app, operation, tree, { acceptSuspended: settings.acceptSuspended });
    return selected.length ? problems.filter((problem) => selected.some((key) => isSelected(problem, key))) : problems;
}
function summarise(ref, outcome, app, operation, synced, failure, problems, startedAt) {
    const state = operation ?? app?.status?.operationState;
    const liveRevisions = app?.status?.sync?.revisions?.length ? app.status.sync.revisions : undefined;
    const revisions = synced.revisions ?? (synced.revision ? undefined : liveRevisions);
    return {
        name: ref.name,
        namespace: ref.namespace,
        outcome,
        revision: synced.revision ?? app?.status?.sync?.revision ?? revisions?.join(' ') ?? '',
        ...(revisions ? { revisions } : {}),
        syncStatus: app?.status?.sync?.status ?? 'Unknown',
        healthStatus: app?.status?.health?.status ?? 'Unknown',
        operationPhase: state?.phase ?? (app?.operation ? 'Pending' : ''),
        operationMessage: state?.message ? oneLine(state.message) : undefined,
        failure,
        problems,
        durationMs: Date.now() - startedAt,
    };
}
/** The user-facing failure text of one application: why, the operation's message, each resource in trouble. */
function describeAppFailure(result) {
    const label = result.namespace ? `${result.namespace}/${result.name}` : result.name;
    const failure = result.failure ?? result.outcome;
    const lines = [failure.startsWith(label) ? failure : `${label}: ${failure}`];
    if (result.operationMessage && !lines[0].includes(result.operationMessage))
        lines.push(`  Operation (${result.operationPhase || 'none'}): ${result.operationMessage}`);
    lines.push(`  Now: sync ${result.syncStatus}, health ${result.healthStatus}${result.revision ? `, revision ${result.revision}` : ''}`);
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
            for (const problem of result.problems)
                lines.push(`- ${cell(describeResourceProblem(problem))}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/actions/argocd-sync/run.ts




const FAILED_OUTCOMES = new Set(['operation-failed', 'degraded', 'prune-required', 'timeout', 'gone', 'error']);
async function runArgocdSync(inputs, io, _context, tuning) {
    if (inputs.insecure)
        io.warning('TLS certificate verification is off (insecure: true): anyone on the path can read the token.');
    const { client, refs } = await io.group('Connecting to Argo CD', async () => {
        const connection = await connectToArgocd({ server: inputs.server, credentials: inputs.credentials, tls: { caFile: inputs.caFile, insecureSkipVerify: inputs.insecure } }, io);
        io.info(`Argo CD ${connection.version} at ${inputs.server.href}, logged in as ${connection.username ?? 'unknown'}`);
        const found = await resolveApplications(connection.client, inputs);
        io.info(`Applications: ${found.map(appLabel).join(', ')}`);
        return { client: connection.client, refs: found };
    });
    const results = await io.group(`Syncing ${refs.length} application(s)`, () => mapWithConcurrency(refs, inputs.concurrency, (ref) => syncApplication(client, ref, inputs.sync, {
        onProgress: (message) => io.info(message),
        onDebug: (message) => io.debug(message),
        tuning,
    })));
    const outputs = buildOutputs(results);
    const summary = renderSummary(results, inputs.sync);
    const failed = results.filter((result) => FAILED_OUTCOMES.has(result.outcome));
    for (const result of results)
        if (!failed.includes(result))
            io.info(`${result.name}: ${result.outcome} (sync ${result.syncStatus}, health ${result.healthStatus})`);
    if (failed.length === 0)
        return { outputs, summary };
    const details = failed.map(describeAppFailure).join('\n');
    return { outputs, summary, failure: `${failed.length} of ${results.length} application(s) failed:\n${details}` };
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


/***/ })

};
