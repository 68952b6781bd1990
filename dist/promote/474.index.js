export const id = 474;
export const ids = [474];
export const modules = {

/***/ 4474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGithubPullRequestApi: () => (/* binding */ createGithubPullRequestApi)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * The PullRequestApi over GitHub's REST API, through `@actions/github`'s Octokit. Loaded only in
 * pull-request mode: Octokit and its HTTP stack are most of this action's bundle start-up cost.
 */
function createGithubPullRequestApi(token, baseUrl) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: baseUrl.replace(/\/+$/, '') });
    const call = async (what, slug, request) => {
        try {
            return await request();
        }
        catch (error) {
            throw describeFailure(error, what, slug, baseUrl);
        }
    };
    return {
        async findOpen(slug, head, base) {
            const { data } = await call('list pull requests', slug, () => octokit.rest.pulls.list({ ...slug, head: `${slug.owner}:${head}`, base, state: 'open', per_page: 10 }));
            // The API already filters by head and base; checking again guards against a server that ignores them.
            const match = data.find((pull) => pull.head.ref === head && pull.base.ref === base);
            return match ? { number: match.number, url: match.html_url } : undefined;
        },
        async create(slug, request) {
            const { data } = await call('open a pull request', slug, () => octokit.rest.pulls.create({ ...slug, ...request }));
            return toPullRequest(data);
        },
        async update(slug, number, request) {
            const { data } = await call(`update pull request #${number}`, slug, () => octokit.rest.pulls.update({ ...slug, pull_number: number, ...request }));
            return toPullRequest(data);
        },
        async addLabels(slug, number, labels) {
            await call(`label pull request #${number}`, slug, () => octokit.rest.issues.addLabels({ ...slug, issue_number: number, labels: [...labels] }));
        },
    };
}
function toPullRequest(data) {
    return { number: data.number, url: data.html_url };
}
/** Octokit's errors, rewritten for the person reading the job log; the token is never in them. */
function describeFailure(error, what, slug, baseUrl) {
    const status = error.status;
    const data = error.response?.data;
    const details = [data?.message, ...(data?.errors ?? []).map((entry) => entry.message)].filter(Boolean).join('; ');
    const where = `${slug.owner}/${slug.repo} at ${baseUrl}`;
    if (status === 401)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`the GitHub API rejected the token while trying to ${what} in ${where} (401)`);
    if (status === 403 || status === 404) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`could not ${what} in ${where} (${status}${details ? `: ${details}` : ''}): the token needs the pull-requests: write permission on that repository`);
    }
    if (status)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`could not ${what} in ${where} (${status}${details ? `: ${details}` : ''})`);
    const message = error instanceof Error ? error.message : String(error);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`could not reach the GitHub API at ${baseUrl} to ${what}: ${message}`, { cause: error });
}


/***/ })

};
