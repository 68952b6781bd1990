export const id = 617;
export const ids = [617];
export const modules = {

/***/ 13617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGiteaPullRequestApi: () => (/* binding */ createGiteaPullRequestApi)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _rest_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14191);


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

/***/ 14191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ restApi),
/* harmony export */   v: () => (/* binding */ RestApiError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_http_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25834);
/* harmony import */ var _core_secret_forms_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43657);



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


/***/ })

};
