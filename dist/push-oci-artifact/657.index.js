export const id = 657;
export const ids = [657];
export const modules = {

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GithubIO: () => (/* binding */ GithubIO)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _core_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7719);


/** The IO on a GitHub runner: workflow commands and file commands through `@actions/core`. */
class GithubIO {
    debug(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message);
    }
    info(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
    }
    warning(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
    }
    error(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message);
    }
    isDebug() {
        return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o();
    }
    mask(secret) {
        for (const fragment of (0,_core_io_js__WEBPACK_IMPORTED_MODULE_1__/* .secretFragments */ .yR)(secret))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(fragment);
    }
    setOutput(name, value) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
    }
    group(name, fn) {
        return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, fn);
    }
    async writeSummary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(markdown);
            return;
        }
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
    }
    fail(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    }
}


/***/ })

};
