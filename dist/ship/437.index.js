export const id = 437;
export const ids = [437];
export const modules = {

/***/ 16437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitlabMergeRequestApi: () => (/* binding */ createGitlabMergeRequestApi)
/* harmony export */ });
/* harmony import */ var _rest_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14191);

/**
 * Merge requests through GitLab's REST API v4 (doc/api/merge_requests.md): list open ones by
 * source and target branch, create, edit title and description, add labels. The project is
 * addressed by its URL-encoded full path, so nested groups work; the token goes in the
 * `PRIVATE-TOKEN` header (personal, project or group access tokens with the `api` scope).
 */
function createGitlabMergeRequestApi(token, baseUrl, slug) {
    const project = `/projects/${encodeURIComponent(slug.path)}`;
    const api = (0,_rest_api_js__WEBPACK_IMPORTED_MODULE_0__/* .restApi */ .X)({
        baseUrl,
        name: 'GitLab',
        authHeader: ['PRIVATE-TOKEN', token],
        permissionHint: 'the token needs the api scope and at least the Developer role on that project',
        where: slug.path,
    });
    const toRequest = (request) => ({ number: request.iid, url: request.web_url });
    const findOpen = async (head, base) => {
        const query = new URLSearchParams({ state: 'opened', source_branch: head, target_branch: base, per_page: '20' });
        const found = await api.call('list merge requests', 'GET', `${project}/merge_requests?${query.toString()}`);
        // The API filters already; checking again guards against a server that ignores a filter.
        const match = found.find((request) => request.source_branch === head && request.target_branch === base);
        return match ? toRequest(match) : undefined;
    };
    const update = async (number, request) => toRequest(await api.call(`update merge request !${number}`, 'PUT', `${project}/merge_requests/${number}`, {
        title: request.title,
        description: request.body,
    }));
    return {
        noun: 'merge request',
        findOpen: (_slug, head, base) => findOpen(head, base),
        async create(_slug, request) {
            try {
                const created = await api.call('open a merge request', 'POST', `${project}/merge_requests`, {
                    source_branch: request.head,
                    target_branch: request.base,
                    title: request.title,
                    description: request.body,
                    // The bump branch is ours: gone with the merge.
                    remove_source_branch: true,
                });
                return toRequest(created);
            }
            catch (error) {
                // 409: another pipeline opened it since we looked (two bumps at once): update that one.
                const open = error instanceof _rest_api_js__WEBPACK_IMPORTED_MODULE_0__/* .RestApiError */ .v && error.status === 409 ? await findOpen(request.head, request.base) : undefined;
                if (!open)
                    throw error;
                return update(open.number, request);
            }
        },
        update: (_slug, number, request) => update(number, request),
        async addLabels(_slug, number, labels) {
            // GitLab creates a label that does not exist yet, as GitHub does.
            await api.call(`label merge request !${number}`, 'PUT', `${project}/merge_requests/${number}`, { add_labels: labels.join(',') });
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
