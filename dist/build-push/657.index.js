export const id = 657;
export const ids = [657];
export const modules = {

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GithubIO: () => (/* binding */ GithubIO)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _core_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3657);


/**
 * The IO on a GitHub runner: workflow commands and file commands through `@actions/core`. The
 * runner masks what `setSecret` told it; text is also masked here against every secret this
 * process made (a `SecretValue` built where no IO was at hand), before the runner sees it.
 */
class GithubIO {
    #told = new Set();
    debug(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(_core_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .processSecrets */ .rW.redact(message));
    }
    info(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(_core_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .processSecrets */ .rW.redact(message));
    }
    warning(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(_core_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .processSecrets */ .rW.redact(message));
    }
    error(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(_core_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .processSecrets */ .rW.redact(message));
    }
    isDebug() {
        return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o();
    }
    mask(secret) {
        _core_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .processSecrets */ .rW.add(secret);
        for (const form of (0,_core_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .secretForms */ .eo)(secret)) {
            if (this.#told.has(form))
                continue;
            this.#told.add(form);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(form);
        }
    }
    setOutput(name, value) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, _core_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .processSecrets */ .rW.redact(value));
    }
    group(name, fn) {
        return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(_core_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .processSecrets */ .rW.redact(name), fn);
    }
    async writeSummary(markdown) {
        const text = _core_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .processSecrets */ .rW.redact(markdown);
        if (!process.env.GITHUB_STEP_SUMMARY) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text);
            return;
        }
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(text, true).write();
    }
    fail(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(_core_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .processSecrets */ .rW.redact(message));
    }
}


/***/ })

};
