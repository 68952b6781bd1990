export const id = 144;
export const ids = [144];
export const modules = {

/***/ 5144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NON_INTERACTIVE_ENV: () => (/* binding */ NON_INTERACTIVE_ENV),
/* harmony export */   createGitRunner: () => (/* binding */ createGitRunner)
/* harmony export */ });
/* harmony import */ var _http_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9388);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9978);


/**
 * What every git command we run needs whatever the runner's own settings: no prompt that would
 * hang a CI job, and English messages because rejections are recognised by their text.
 */
const NON_INTERACTIVE_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    // Empty, not unset: git skips an empty askpass program, so a helper left on the runner
    // cannot be asked for (or invent) credentials we did not give.
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    LC_ALL: 'C',
    LANGUAGE: 'C',
};
/** The real `git` binary on PATH (or `gitBinary`), with a bounded run time. */
function createGitRunner(options = {}) {
    const binary = options.gitBinary ?? 'git';
    const baseEnv = options.baseEnv ?? process.env;
    const timeoutMs = options.timeoutMs ?? 300_000;
    return async (args, runOptions) => {
        let result;
        try {
            result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)({
                program: binary,
                args,
                cwd: runOptions.cwd,
                env: { ...baseEnv, ...(0,_http_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .curlProxyEnv */ .g)(baseEnv), ...NON_INTERACTIVE_ENV, ...runOptions.env },
                input: runOptions.input,
                timeoutMs,
            });
        }
        catch (error) {
            if (error instanceof _process_js__WEBPACK_IMPORTED_MODULE_1__/* .ProgramNotFoundError */ .oo)
                throw new Error(`git was not found (looked for "${binary}" on PATH); install git on the runner`, { cause: error });
            throw error;
        }
        const killed = result.signal ? `git ${args[0] ?? ''} was killed by ${result.signal} (time limit ${timeoutMs} ms)\n` : '';
        return { code: result.code, stdout: result.stdout, stderr: killed + result.stderr };
    };
}


/***/ })

};
