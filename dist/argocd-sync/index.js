import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dR: () => (/* binding */ ActionFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * A mistake in what the user gave us: a missing or malformed input, an unusable combination.
 * The edge reports it with exit code 2 in the CLI; on GitHub every failure is exit code 1.
 */
class ConfigurationError extends Error {
    input;
    name = 'ConfigurationError';
    constructor(message, 
    /** The input (as named in action.yml) the message is about, when there is one. */
    input) {
        super(input ? `Input "${input}": ${message}` : message);
        this.input = input;
    }
}
/** A remote or runtime failure that the user can act on; the message is written for them. */
class ActionFailure extends Error {
    name = 'ActionFailure';
    constructor(message, options) {
        super(message, options);
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}


/***/ }),

/***/ 9199:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

/** The real clock. A sleep ends at once when the signal aborts, with the signal's reason. */
const systemClock = {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
        try {
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(Math.max(0, ms), undefined, signal ? { signal } : undefined);
        }
        catch (error) {
            signal?.throwIfAborted();
            throw error;
        }
    },
};


/***/ }),

/***/ 3657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ hideUserInfo),
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   ks: () => (/* binding */ SecretRegistry),
/* harmony export */   rW: () => (/* binding */ processSecrets),
/* harmony export */   wy: () => (/* binding */ clipRemoteText)
/* harmony export */ });
/* unused harmony exports MIN_MASKED_LENGTH, redact */
/**
 * Every form in which a secret can come back to us, computed in one place. Masking only the value
 * as given lets it through as soon as a remote quotes it in another encoding: a registry's JSON
 * `detail` escapes `"` and `\`, a git server's `remote:` line or a token service URL-encodes it,
 * an auth echo shows `Basic base64(user:secret)`. Each IO registers these forms when a secret is
 * read, and remote text is masked with them before it is cut, so no cut can leave half a secret.
 */
/** Values shorter than this are not masked: masking "a" or "1" would shred every log line. */
const MIN_MASKED_LENGTH = 3;
/** A base64 run shorter than this is too likely to occur by chance in a digest or an id. */
const MIN_BASE64_LENGTH = 4;
/** The value, each of its lines, and every encoding of them a remote or a header can produce. */
function secretForms(secret) {
    const forms = new Set();
    // A multiline secret is also masked line by line, as the GitHub runner does.
    const lines = secret.split(/\r?\n/).map((line) => line.trim());
    for (const value of [secret, ...lines]) {
        if (value.length < MIN_MASKED_LENGTH)
            continue;
        for (const form of textForms(value))
            forms.add(form);
        // `Basic base64(user:secret)`, docker's `auth` field, a Kubernetes secret: base64 after any prefix.
        for (const form of base64Forms(value))
            forms.add(form);
    }
    return [...forms].filter((form) => form.length >= MIN_MASKED_LENGTH);
}
/** JSON string escapes (JavaScript's, Go's, ASCII-only, twice nested) and URL encodings. */
function textForms(value) {
    const json = JSON.stringify(value).slice(1, -1);
    // Go's encoding/json also escapes <, > and & (registries, Argo CD and Gitea are written in Go).
    const goJson = json.replace(/[<>&\u2028\u2029]/g, unicodeEscape);
    // Python's json.dumps and others write every non-ASCII character as \uXXXX.
    const asciiJson = goJson.replace(/[^\x20-\x7e]/g, unicodeEscape);
    const nestedJson = JSON.stringify(json).slice(1, -1);
    const url = encodeURIComponent(value);
    // Forms encode a space as + (application/x-www-form-urlencoded), Go's url.QueryEscape too.
    const form = url.replace(/%20/g, '+');
    const lowerHex = url.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
    return [value, json, goJson, asciiJson, nestedJson, url, form, lowerHex, encodeURI(value)];
}
function unicodeEscape(char) {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/**
 * base64 of the value after a prefix of any length (`user:` in a Basic header or docker `auth`):
 * for each of the three alignments, the characters that encode only the value's own bytes.
 * Standard and URL-safe alphabets; the one or two edge characters that mix in the prefix's or
 * the suffix's bits stay visible, and say nothing useful about the secret.
 */
function base64Forms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const forms = [];
    for (let start = 0; start < 3; start++) {
        const whole = Math.floor((bytes.length - start) / 3) * 3;
        if (whole <= 0)
            continue;
        const core = bytes.subarray(start, start + whole).toString('base64');
        if (core.length < MIN_BASE64_LENGTH)
            continue;
        forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return forms;
}
/** Replaces every form in `text` by `***`, longest first so overlapping forms go whole. */
function redact(text, forms) {
    const ordered = [...forms].filter((form) => form.length >= MIN_MASKED_LENGTH).sort((a, b) => b.length - a.length);
    return redactOrdered(text, ordered);
}
function redactOrdered(text, ordered) {
    let result = text;
    for (const form of ordered) {
        if (result.includes(form))
            result = result.split(form).join('***');
    }
    return result;
}
/** The forms of every secret registered so far, kept ordered longest first for `redact`. */
class SecretRegistry {
    #forms = new Set();
    #ordered = [];
    /** Registers a secret; returns its forms that were not known yet (to hand to a runner's masker). */
    add(secret) {
        const added = secretForms(secret).filter((form) => !this.#forms.has(form));
        if (!added.length)
            return [];
        for (const form of added)
            this.#forms.add(form);
        this.#ordered = [...this.#forms].sort((a, b) => b.length - a.length);
        return added;
    }
    redact(text) {
        return redactOrdered(text, this.#ordered);
    }
    get forms() {
        return this.#forms;
    }
}
/**
 * The secrets this process has seen, whoever read them. Core code that quotes a remote's answer
 * has no IO at hand (an error is built far from where it is printed), so it masks against this
 * registry; every `SecretValue` and every IO's `mask` feeds it.
 */
const processSecrets = new SecretRegistry();
/**
 * Text a remote sent, made fit to quote: masked first, then cut to `max` characters, so a secret
 * the cut would straddle is already `***` (cutting first would leave its start readable).
 */
function clipRemoteText(text, max) {
    const masked = processSecrets.redact(text);
    return masked.length > max ? `${masked.slice(0, max - 1)}…` : masked;
}
/**
 * A URL as given by the user, fit to quote in an error even when it does not parse: any user
 * info (`user:token@`) in its authority becomes `***@`. A URL we reject as malformed is exactly
 * the one whose token no parser has picked out to mask.
 */
function hideUserInfo(urlText) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(urlText)?.[0];
    if (!scheme)
        return urlText.includes('@') ? '***' : urlText;
    // The last @ anywhere: a token holding / or ? has not been encoded, or the URL would have parsed.
    const rest = urlText.slice(scheme.length);
    const at = rest.lastIndexOf('@');
    return at < 0 ? urlText : `${scheme}***${rest.slice(at)}`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/secret-forms.ts
var secret_forms = __nccwpck_require__(3657);
;// CONCATENATED MODULE: ./src/core/secret-value.ts

/**
 * A secret carried inside parsed inputs: JSON and string conversions show `***`, so logging the
 * inputs (as the debug mode does) or interpolating one by mistake cannot leak it.
 */
class SecretValue {
    #value;
    constructor(value) {
        this.#value = value;
        // Registered the moment it exists: an error quoting a remote's answer masks it even if no IO saw it.
        secret_forms/* processSecrets */.rW.add(value);
    }
    reveal() {
        return this.#value;
    }
    toJSON() {
        return '***';
    }
    toString() {
        return '***';
    }
}

;// CONCATENATED MODULE: ./src/core/inputs.ts


function inputSourceFromObject(values) {
    return (name) => values[name];
}
/**
 * `@actions/core`'s `getInput` semantics on a plain environment: `INPUT_` + the name upper-cased
 * with spaces turned into underscores (hyphens stay). Shells and GitLab cannot name a variable
 * with a hyphen, so `INPUT_AUTH_TOKEN` stands for `auth-token` too.
 */
function inputSourceFromEnv(env) {
    return (name) => {
        const runnerName = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
        return env[runnerName] ?? env[runnerName.replace(/-/g, '_')];
    };
}
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
const DURATION_UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Reads the inputs of one action, and only those its spec declares: reading an undeclared name
 * is a programming error caught by the action.yml contract test. Empty means unset, and unset
 * means the spec's default, so action.yml and the CLI can never disagree.
 */
class InputReader {
    specs;
    source;
    onSecret;
    #read = new Set();
    constructor(specs, source, onSecret = () => { }) {
        this.specs = specs;
        this.source = source;
        this.onSecret = onSecret;
    }
    /** Names read so far, for the contract test. */
    get namesRead() {
        return this.#read;
    }
    /** The trimmed value, or the default, or undefined. A secret input is read with `secret`. */
    optional(name) {
        if (this.#spec(name).secret)
            throw new Error(`Bug: secret input "${name}" must be read with secret() or secretLines()`);
        return this.#raw(name);
    }
    /** A secret input, masked the moment it is read and carried as a `SecretValue` from then on. */
    secret(name) {
        if (!this.#spec(name).secret)
            throw new Error(`Bug: input "${name}" is not declared secret`);
        const value = this.#raw(name);
        return value === undefined ? undefined : new SecretValue(value);
    }
    /** A secret input of several lines (build secrets as `id=value`), each line a `SecretValue`. */
    secretLines(name) {
        if (!this.#spec(name).secret || !this.#spec(name).multiple)
            throw new Error(`Bug: input "${name}" is not declared secret and multiple`);
        return parseLines(this.#raw(name)).map((line) => new SecretValue(line));
    }
    #spec(name) {
        const spec = this.specs[name];
        if (!spec)
            throw new Error(`Bug: input "${name}" is not declared in the action's spec`);
        return spec;
    }
    #raw(name) {
        const spec = this.#spec(name);
        this.#read.add(name);
        const raw = this.source(name)?.trim();
        const value = raw ? raw : spec.default === undefined || spec.default === '' || isExpression(spec.default) ? undefined : spec.default;
        if (value !== undefined && spec.secret)
            this.onSecret(value);
        return value;
    }
    required(name) {
        const value = this.optional(name);
        if (value === undefined)
            throw new errors/* ConfigurationError */.j1('is required and was not given', name);
        return value;
    }
    /** Only true/True/TRUE/false/False/FALSE, as `core.getBooleanInput`; anything else is an error. */
    boolean(name) {
        const value = this.optional(name);
        if (value === undefined) {
            throw new Error(`Bug: boolean input "${name}" needs a default in its spec`);
        }
        return parseBoolean(value, name);
    }
    /** Items separated by newlines or commas, trimmed, empty ones dropped. */
    list(name) {
        return parseList(this.#multiple(name));
    }
    /** Items separated by newlines only, for values that may themselves hold commas. */
    lines(name) {
        return parseLines(this.#multiple(name));
    }
    // A list input must say so in its spec: the CLI appends a repeated flag only for those.
    #multiple(name) {
        if (!this.#spec(name).multiple)
            throw new Error(`Bug: list input "${name}" needs multiple: true in its spec`);
        return this.optional(name);
    }
    /** `key=value` lines; the first `=` splits, so values may hold more. */
    keyValues(name) {
        return parseKeyValues(this.lines(name), name);
    }
    /** `90s`, `5m`, `1h`, `250ms`, or a bare number of seconds; returns milliseconds. */
    duration(name) {
        return parseDuration(this.required(name), name);
    }
    integer(name, bounds = {}) {
        const value = this.required(name);
        if (!/^-?\d+$/.test(value))
            throw new errors/* ConfigurationError */.j1(`expected a whole number, got "${value}"`, name);
        const number = Number(value);
        if (bounds.min !== undefined && number < bounds.min) {
            throw new errors/* ConfigurationError */.j1(`must be at least ${bounds.min}, got ${number}`, name);
        }
        if (bounds.max !== undefined && number > bounds.max) {
            throw new errors/* ConfigurationError */.j1(`must be at most ${bounds.max}, got ${number}`, name);
        }
        return number;
    }
    oneOf(name, choices) {
        const value = this.required(name);
        if (!choices.includes(value)) {
            throw new errors/* ConfigurationError */.j1(`expected one of ${choices.join(', ')}, got "${value}"`, name);
        }
        return value;
    }
}
/**
 * A default such as `${{ github.token }}`: the GitHub runner evaluates it before the action
 * reads INPUT_*; anywhere else (the CLI, tests) nothing does, so it means unset, not its text.
 */
function isExpression(text) {
    return /^\$\{\{.*\}\}$/s.test(text.trim());
}
function parseBoolean(value, name) {
    if (TRUE_WORDS.has(value))
        return true;
    if (FALSE_WORDS.has(value))
        return false;
    throw new errors/* ConfigurationError */.j1(`expected true or false, got "${value}"`, name);
}
function parseList(value) {
    if (!value)
        return [];
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
function parseLines(value) {
    if (!value)
        return [];
    return value
        .split(/\r?\n/)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
function parseKeyValues(lines, name) {
    const map = new Map();
    for (const line of lines) {
        const at = line.indexOf('=');
        const key = at < 0 ? '' : line.slice(0, at).trim();
        if (!key)
            throw new errors/* ConfigurationError */.j1(`expected key=value lines, got "${line}"`, name);
        map.set(key, line.slice(at + 1).trim());
    }
    return map;
}
function parseDuration(value, name) {
    const match = DURATION.exec(value.trim());
    if (!match) {
        throw new errors/* ConfigurationError */.j1(`expected a duration such as 90s, 5m or 1h, got "${value}"`, name);
    }
    return Math.round(Number(match[1]) * DURATION_UNIT_MS[match[2] ?? 's']);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/core/context.ts

function readCiContext(env, readFile = (path) => (0,external_node_fs_.readFileSync)(path, 'utf8')) {
    if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_SHA)
        return readGithub(env, readFile);
    if (env.GITLAB_CI === 'true' || env.CI_COMMIT_SHA)
        return readGitlab(env);
    return readGeneric(env);
}
function readGithub(env, readFile) {
    const ref = present(env.GITHUB_REF);
    const server = present(env.GITHUB_SERVER_URL) ?? 'https://github.com';
    const repository = present(env.GITHUB_REPOSITORY);
    const pullRequest = ref ? pullRequestNumber(ref) : undefined;
    const fromRef = ref ? splitRef(ref) : {};
    const event = readGithubEvent(env, readFile);
    const context = {
        provider: 'github',
        sha: present(env.GITHUB_SHA),
        ref,
        refType: pullRequest !== undefined ? 'pull-request' : fromRef.refType,
        branch: pullRequest !== undefined ? present(env.GITHUB_HEAD_REF) : fromRef.branch,
        tag: fromRef.tag,
        pullRequest,
        repository,
        repositoryUrl: repository ? `${server}/${repository}` : undefined,
        runUrl: repository && env.GITHUB_RUN_ID
            ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
            : undefined,
        eventName: present(env.GITHUB_EVENT_NAME),
        actor: present(env.GITHUB_ACTOR),
        apiUrl: present(env.GITHUB_API_URL) ?? 'https://api.github.com',
        defaultBranch: event.defaultBranch,
        commitTime: event.commitTime,
    };
    return prune(context);
}
function readGitlab(env) {
    const mergeRequest = present(env.CI_MERGE_REQUEST_IID);
    const tag = present(env.CI_COMMIT_TAG);
    const branch = present(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME) ?? present(env.CI_COMMIT_BRANCH);
    const refName = present(env.CI_COMMIT_REF_NAME);
    const refType = mergeRequest ? 'pull-request' : tag ? 'tag' : branch || refName ? 'branch' : undefined;
    const context = {
        provider: 'gitlab',
        sha: present(env.CI_COMMIT_SHA),
        ref: tag ? `refs/tags/${tag}` : mergeRequest ? `refs/merge-requests/${mergeRequest}/head` : refName ? `refs/heads/${branch ?? refName}` : undefined,
        refType,
        branch: tag ? undefined : (branch ?? refName),
        tag,
        pullRequest: mergeRequest ? Number(mergeRequest) : undefined,
        defaultBranch: present(env.CI_DEFAULT_BRANCH),
        repository: present(env.CI_PROJECT_PATH),
        repositoryUrl: present(env.CI_PROJECT_URL),
        runUrl: present(env.CI_PIPELINE_URL) ?? present(env.CI_JOB_URL),
        eventName: present(env.CI_PIPELINE_SOURCE),
        actor: present(env.GITLAB_USER_LOGIN),
        commitTime: present(env.CI_COMMIT_TIMESTAMP),
    };
    return prune(context);
}
/** Generic names a Tekton task (or Jenkins, or a shell) sets from its params. */
function readGeneric(env) {
    const ref = present(env.GIT_REF);
    const fromRef = ref ? splitRef(ref) : {};
    const tag = present(env.GIT_TAG) ?? fromRef.tag;
    const branch = present(env.GIT_BRANCH) ?? fromRef.branch;
    const context = {
        provider: 'generic',
        sha: present(env.GIT_COMMIT) ?? present(env.GIT_COMMIT_SHA),
        ref: ref ?? (tag ? `refs/tags/${tag}` : branch ? `refs/heads/${branch}` : undefined),
        refType: tag ? 'tag' : branch ? 'branch' : undefined,
        branch: tag ? undefined : branch,
        tag,
        repositoryUrl: present(env.GIT_URL) ? webUrl(env.GIT_URL) : undefined,
        runUrl: present(env.PIPELINE_RUN_URL),
        commitTime: present(env.GIT_COMMIT_TIME),
    };
    return prune(context);
}
/** GitHub gives the default branch and the commit time only in the event payload (push events for the latter). */
function readGithubEvent(env, readFile) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        const event = JSON.parse(readFile(env.GITHUB_EVENT_PATH));
        const text = (value) => (typeof value === 'string' && value ? value : undefined);
        return { defaultBranch: text(event.repository?.default_branch), commitTime: text(event.head_commit?.timestamp) };
    }
    catch {
        return {};
    }
}
function splitRef(ref) {
    if (ref.startsWith('refs/heads/'))
        return { refType: 'branch', branch: ref.slice('refs/heads/'.length) };
    if (ref.startsWith('refs/tags/'))
        return { refType: 'tag', tag: ref.slice('refs/tags/'.length) };
    if (!ref.startsWith('refs/'))
        return { refType: 'branch', branch: ref };
    return {};
}
function pullRequestNumber(ref) {
    const match = /^refs\/pull\/(\d+)\//.exec(ref);
    return match ? Number(match[1]) : undefined;
}
/** `git@host:org/app.git` and `https://host/org/app.git` both become `https://host/org/app`. */
function webUrl(gitUrl) {
    const scp = /^[\w.-]+@([^:/]+):(.+?)(?:\.git)?\/?$/.exec(gitUrl);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    return gitUrl.replace(/\.git\/?$/, '').replace(/\/\/[^@/]+@/, '//');
}
function present(value) {
    return value && value.trim() ? value.trim() : undefined;
}
function prune(context) {
    for (const key of Object.keys(context)) {
        if (context[key] === undefined)
            delete context[key];
    }
    return context;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/paths.ts



/**
 * Two kinds of path, two rules:
 * - a path the user names in an input (`context`, `file`, `path`, `ca-file`, `docker-config`…)
 *   may be anywhere, as docker/build-push-action and `flux push artifact` allow; a relative one
 *   starts at the workspace;
 * - a path found inside data (a symlink in an artifact tree, a file or glob inside a config
 *   repository) never leaves the root it was found in, also through a symlinked directory.
 */
/** GITHUB_WORKSPACE, else GitLab's CI_PROJECT_DIR, else the working directory. */
function workspaceOf(env, cwd = process.cwd()) {
    const workspace = env.GITHUB_WORKSPACE?.trim() || env.CI_PROJECT_DIR?.trim() || cwd;
    return external_node_path_default().resolve(cwd, workspace);
}
/** A path named in an input: absolute as given, relative from the workspace. */
function resolveUserPath(workspace, given) {
    return external_node_path_default().resolve(workspace, given);
}
/** True when `candidate` (absolute, already real) is `root` itself or below it. */
function isInside(root, candidate) {
    const relative = path.relative(root, candidate);
    return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}
/**
 * The real path of `relative` below `root`, refused when it (or any symlink on the way) leads out
 * of the real root. `what` names the data in the error, e.g. `"files" entry`.
 */
function resolveInsideRoot(root, relative, what, input) {
    const realRoot = realpathSync(root);
    const joined = path.resolve(realRoot, relative);
    let real;
    try {
        real = realpathSync(joined);
    }
    catch (error) {
        const code = error.code;
        throw new ConfigurationError(`${what} "${relative}" ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`}`, input);
    }
    if (!isInside(realRoot, real))
        throw new ConfigurationError(`${what} "${relative}" leads outside ${realRoot}`, input);
    return real;
}

;// CONCATENATED MODULE: ./src/platform/execute.ts




/** The context every action parses against, the same for all: env, CI context, workspace. */
function parseContextOf(env, cwd = process.cwd()) {
    return { env, ci: readCiContext(env), workspace: workspaceOf(env, cwd) };
}
/** Reads the context and the inputs; secrets go to `onSecret` the moment they are read. */
function parseAction(definition, source, env, onSecret) {
    const context = parseContextOf(env);
    const inputs = definition.parse(new InputReader(definition.inputs, source, onSecret), context);
    return { inputs, context };
}
/** Runs a parsed action and sets every declared output, in one place, then the summary. */
async function runParsedAction(definition, inputs, runtime) {
    const { io } = runtime;
    // SecretValue serialises as ***, so the parsed inputs can be shown whole.
    if (io.isDebug())
        io.debug(`${definition.name} inputs: ${JSON.stringify(inputs)}`);
    const result = await definition.run(inputs, runtime);
    for (const name of Object.keys(definition.outputs))
        io.setOutput(name, result.outputs[name] ?? '');
    if (result.summary)
        await io.writeSummary(result.summary);
    if (result.failure !== undefined)
        throw new errors/* ActionFailure */.dR(result.failure);
    return result;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./src/core/cleanup.ts
class CleanupRegistry {
    #pending = new Set();
    /** Registers `cleanup`; the returned function unregisters it (call it once the work is done). */
    add(cleanup) {
        this.#pending.add(cleanup);
        return () => {
            this.#pending.delete(cleanup);
        };
    }
    get size() {
        return this.#pending.size;
    }
    /**
     * Runs every registered cleanup once, the latest first (a child started after its credentials
     * file was written is stopped before the file is removed). A failing cleanup does not stop
     * the others.
     */
    async runAll() {
        const cleanups = [...this.#pending].reverse();
        this.#pending.clear();
        for (const cleanup of cleanups) {
            try {
                await cleanup();
            }
            catch {
                // Best effort: the process is ending; the next cleanup matters more than this error.
            }
        }
    }
}
/** The cleanups of this process; the edge runs them on SIGINT/SIGTERM. */
const processCleanups = new CleanupRegistry();

// EXTERNAL MODULE: ./src/core/runtime.ts
var core_runtime = __nccwpck_require__(9199);
;// CONCATENATED MODULE: ./src/platform/cancellation.ts

/** The shell's convention: 128 + the signal's number. */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
/** However slow a cleanup is, a cancelled run is gone by then (the GitHub runner SIGKILLs at 7.5 s). */
const CLEANUP_DEADLINE_MS = 6_000;
/**
 * Cancellation at the edge. Node's default for SIGINT/SIGTERM is to die at once, skipping every
 * `finally`: the build went on in its own process group and the temp dir kept `config.json` and
 * the build secrets. Here the first signal aborts `signal`, stops every child process group and
 * removes every registered file (`processCleanups`), then exits 130/143. A second signal
 * during the cleanup exits at once.
 */
function installCancellation(options) {
    const controller = new AbortController();
    const target = options.target ?? process;
    const cleanups = options.cleanups ?? processCleanups;
    const onSignal = (name) => {
        const code = EXIT_CODES[name];
        if (controller.signal.aborted) {
            options.exit(code);
            return;
        }
        controller.abort(new Error(`cancelled by ${name}`));
        const deadline = new Promise((resolve) => setTimeout(resolve, CLEANUP_DEADLINE_MS).unref());
        void Promise.race([cleanups.runAll(), deadline]).then(() => {
            options.report(`error: cancelled by ${name}: stopped the running commands and removed temporary files`);
            options.exit(code);
        });
    };
    const onInt = () => onSignal('SIGINT');
    const onTerm = () => onSignal('SIGTERM');
    target.on('SIGINT', onInt);
    target.on('SIGTERM', onTerm);
    return {
        signal: controller.signal,
        dispose: () => {
            target.off('SIGINT', onInt);
            target.off('SIGTERM', onTerm);
        },
    };
}

;// CONCATENATED MODULE: ./src/platform/runtime.ts






/**
 * Builds the one runtime every action's run takes. The temp dir is the run's own, so one removal
 * takes every credential file and build secret with it. The run's cleanups are also registered
 * with the process's (`processCleanups`), which the cancellation handler runs on a signal.
 */
function createRuntime(context, options) {
    const base = context.env.RUNNER_TEMP?.trim() || external_node_os_default().tmpdir();
    const tempDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(base, 'gitops-actions-'));
    const cleanups = new CleanupRegistry();
    cleanups.add(() => (0,external_node_fs_.rmSync)(tempDir, { recursive: true, force: true }));
    const forget = processCleanups.add(() => cleanups.runAll());
    const cancellation = options.cancellation ? installCancellation({ ...options.cancellation, cleanups: processCleanups }) : undefined;
    let closing;
    const runtime = {
        ...context,
        io: options.io,
        tempDir,
        clock: options.clock ?? core_runtime/* systemClock */.m,
        signal: cancellation?.signal ?? new AbortController().signal,
        stdin: options.stdin ?? process.stdin,
        onCleanup: (cleanup) => {
            if (closing)
                throw new Error('Bug: onCleanup after the run was closed');
            cleanups.add(cleanup);
        },
    };
    const close = () => {
        closing ??= (async () => {
            cancellation?.dispose();
            forget();
            await cleanups.runAll();
        })();
        return closing;
    };
    return { runtime, close };
}

;// CONCATENATED MODULE: ./src/platform/github-entry.ts





/** Exit status of an input error, as in the CLI; GitHub fails the step on any non-zero. */
const EXIT_INPUT_ERROR = 2;
/**
 * The edge of every action on GitHub. The inputs are parsed before `@actions/core` is even
 * loaded (it pulls in an HTTP stack), so a bad input fails in the time node takes to start.
 * The one failure reported without it is written as `core.error` would write it.
 */
async function runOnGithub(definition) {
    const secrets = [];
    const forms = new secret_forms/* SecretRegistry */.ks();
    let parsed;
    try {
        parsed = parseAction(definition, inputSourceFromEnv(process.env), process.env, (secret) => {
            secrets.push(secret);
            forms.add(secret);
        });
    }
    catch (error) {
        process.stdout.write(`::error::${escapeCommandData(forms.redact((0,errors/* errorMessage */.gJ)(error)))}\n`);
        process.exitCode = (0,errors/* isConfigurationError */.p0)(error) ? EXIT_INPUT_ERROR : 1;
        return;
    }
    const { GithubIO } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(657)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6657));
    const io = new GithubIO();
    for (const secret of secrets)
        io.mask(secret);
    const { runtime, close } = createRuntime(parsed.context, {
        io,
        cancellation: { report: (line) => process.stdout.write(`::error::${escapeCommandData(line)}\n`), exit: (code) => process.exit(code) },
    });
    try {
        await runParsedAction(definition, parsed.inputs, runtime);
    }
    catch (error) {
        io.fail((0,errors/* errorMessage */.gJ)(error));
        if ((0,errors/* isConfigurationError */.p0)(error))
            process.exitCode = EXIT_INPUT_ERROR;
    }
    finally {
        await close();
    }
}
/** `@actions/core`'s escaping of a workflow command's data. */
function escapeCommandData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

;// CONCATENATED MODULE: ./src/core/tls-inputs.ts



/**
 * The `ca-file` and `insecure` inputs, read the same way by every action. Both together is an
 * input error: one says "verify with this CA", the other "do not verify", and silently dropping
 * either would weaken or break TLS behind the user's back.
 */
function readTlsInputs(reader, workspace) {
    const insecure = reader.boolean('insecure');
    const given = reader.optional('ca-file');
    if (!given)
        return { insecure };
    if (insecure) {
        throw new errors/* ConfigurationError */.j1('cannot be true together with ca-file: give ca-file to verify the server with your CA, or insecure to skip verification', 'insecure');
    }
    return { insecure, caFile: checkedCaFile(workspace, given) };
}
/**
 * The CA file may lie anywhere (a bundle such as /etc/ssl/certs/… is a legitimate choice); it is
 * checked here so a wrong path fails before any network call, and a DER file or a key does not
 * surface later as a puzzling TLS failure.
 */
function checkedCaFile(workspace, given) {
    const resolved = resolveUserPath(workspace, given);
    let stats;
    let text;
    try {
        stats = (0,external_node_fs_.statSync)(resolved);
        text = stats.isFile() ? (0,external_node_fs_.readFileSync)(resolved, 'latin1') : '';
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j1(code === 'ENOENT' ? `"${given}" does not exist` : `cannot read "${given}" (${code ?? String(error)})`, 'ca-file');
    }
    if (!stats.isFile())
        throw new errors/* ConfigurationError */.j1(`"${given}" is not a file; give the PEM file of the CA certificate`, 'ca-file');
    if (!text.includes('-----BEGIN CERTIFICATE-----')) {
        throw new errors/* ConfigurationError */.j1(`"${given}" holds no PEM certificate (-----BEGIN CERTIFICATE-----)`, 'ca-file');
    }
    return resolved;
}

;// CONCATENATED MODULE: ./src/actions/argocd-sync/inputs.ts






const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const SYNC_OPTION = /^[A-Za-z][A-Za-z0-9]*=\S+$/;
function parseArgocdSyncInputs(reader, { env, workspace }) {
    const server = parseServer(reader.optional('server') ?? env.ARGOCD_SERVER?.trim());
    const credentials = parseCredentials(reader, env);
    const { caFile, insecure } = readTlsInputs(reader, workspace);
    // Header values may be credentials (Cloudflare Access, IAP): read as secrets, masked.
    const headers = parseHeaders(reader.secretLines('header').map((line) => line.reveal()));
    const clientCert = reader.optional('client-cert');
    const clientKey = reader.optional('client-key');
    if (clientCert && !clientKey)
        throw new errors/* ConfigurationError */.j1('is required with client-cert', 'client-key');
    if (clientKey && !clientCert)
        throw new errors/* ConfigurationError */.j1('is required with client-key', 'client-cert');
    const clientCertFile = existingFile(clientCert, 'client-cert', workspace);
    const clientKeyFile = existingFile(clientKey, 'client-key', workspace);
    if (insecure && server.protocol === 'http:')
        throw new errors/* ConfigurationError */.j1('has no effect on an http:// server', 'insecure');
    const applications = reader.list('applications');
    const selector = reader.optional('selector');
    if (applications.length && selector)
        throw new errors/* ConfigurationError */.j1('give either applications or selector, not both', 'selector');
    if (!applications.length && !selector)
        throw new errors/* ConfigurationError */.j1('give the applications to sync (or a selector)', 'applications');
    for (const item of applications) {
        const parts = item.split('/');
        if (parts.length > 2 || !parts.every((part) => NAME.test(part))) {
            throw new errors/* ConfigurationError */.j1(`expected name or namespace/name (lower-case letters, digits, - and .), got "${item}"`, 'applications');
        }
    }
    const appNamespace = reader.optional('app-namespace');
    if (appNamespace && !NAME.test(appNamespace))
        throw new errors/* ConfigurationError */.j1(`not a namespace name: "${appNamespace}"`, 'app-namespace');
    const syncOptions = reader.list('sync-options');
    for (const option of syncOptions)
        if (!SYNC_OPTION.test(option))
            throw new errors/* ConfigurationError */.j1(`expected Key=value items, got "${option}"`, 'sync-options');
    const timeoutMs = reader.duration('timeout');
    const refreshTimeoutMs = reader.duration('refresh-timeout');
    const degradedGraceMs = reader.duration('degraded-grace');
    if (timeoutMs <= 0)
        throw new errors/* ConfigurationError */.j1('must be longer than 0', 'timeout');
    if (refreshTimeoutMs <= 0)
        throw new errors/* ConfigurationError */.j1('must be longer than 0', 'refresh-timeout');
    return {
        server,
        credentials,
        caFile,
        insecure,
        headers,
        clientCertFile,
        clientKeyFile,
        applications,
        selector,
        project: reader.optional('project'),
        appNamespace,
        sync: {
            revision: reader.optional('revision'),
            prune: reader.boolean('prune'),
            dryRun: reader.boolean('dry-run'),
            force: reader.boolean('force'),
            resources: reader.lines('resources').map(parseResource),
            syncOptions,
            applyOutOfSyncOnly: reader.boolean('apply-out-of-sync-only'),
            operationInProgress: reader.oneOf('operation-in-progress', ['fail', 'wait', 'terminate']),
            refresh: reader.oneOf('refresh', ['none', 'normal', 'hard']),
            refreshTimeoutMs,
            wait: reader.boolean('wait'),
            timeoutMs,
            terminateOnTimeout: reader.boolean('terminate-on-timeout'),
            syncStatus: reader.boolean('sync-status-check'),
            health: reader.boolean('health-check'),
            acceptSuspended: reader.boolean('accept-suspended'),
            degradedFailsFast: reader.boolean('degraded-fails-fast'),
            degradedGraceMs,
        },
        concurrency: reader.integer('concurrency', { min: 1, max: 32 }),
    };
}
/** A URL, or `host[:port][/path]` as the argocd CLI and ARGOCD_SERVER take it, served over https. */
function parseServer(given) {
    if (!given)
        throw new errors/* ConfigurationError */.j1('is required (or the ARGOCD_SERVER environment variable)', 'server');
    const value = /^[a-z][a-z0-9+.-]*:\/\//i.test(given) ? given : `https://${given}`;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`expected a URL such as https://argocd.example.com or a host[:port] such as argocd.example.com, got "${(0,secret_forms/* hideUserInfo */.Mi)(given)}"`, 'server');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* ConfigurationError */.j1(`expected an http:// or https:// URL, got scheme ${url.protocol}`, 'server');
    if (url.username || url.password)
        throw new errors/* ConfigurationError */.j1('must not hold credentials; use auth-token, or username and password', 'server');
    if (url.search || url.hash)
        throw new errors/* ConfigurationError */.j1('must be a base URL without query string or fragment', 'server');
    if (/\/api(\/|$)/.test(url.pathname))
        throw new errors/* ConfigurationError */.j1('give the base URL without /api (it is appended)', 'server');
    return url;
}
/** RFC 9110 token characters: what a header name may hold. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** `Name: value` lines, as the argocd CLI's `--header`; a line without a colon or with a bad name is refused. */
/** A file named by an input: anywhere, relative from the workspace, checked to exist. */
function existingFile(given, name, workspace) {
    if (!given)
        return undefined;
    const file = resolveUserPath(workspace, given);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* ConfigurationError */.j1(`"${given}" does not exist`, name);
    return file;
}
function parseHeaders(lines) {
    const headers = {};
    for (const [index, line] of lines.entries()) {
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        // The line is not quoted back: it may hold a credential.
        if (colon < 0)
            throw new errors/* ConfigurationError */.j1(`line ${index + 1} has no ":"; expected "Name: value" per line`, 'header');
        if (!HEADER_NAME.test(name))
            throw new errors/* ConfigurationError */.j1(`line ${index + 1} has no valid header name before ":"; expected "Name: value" per line`, 'header');
        if (/^(authorization|host|content-type|content-length)$/i.test(name))
            throw new errors/* ConfigurationError */.j1(`line ${index + 1} sets ${name}, which the action sets itself`, 'header');
        headers[name] = new SecretValue(line.slice(colon + 1).trim());
    }
    return headers;
}
/** The auth-token input, else username and password, else ARGOCD_AUTH_TOKEN from the environment. */
function parseCredentials(reader, env) {
    const token = reader.secret('auth-token');
    const username = reader.optional('username');
    const password = reader.secret('password');
    if (token && (username || password))
        throw new errors/* ConfigurationError */.j1('give either auth-token or username and password, not both', 'auth-token');
    if (token)
        return tokenCredentials(token.reveal(), '');
    if (username && password)
        return { kind: 'login', username, password };
    if (username)
        throw new errors/* ConfigurationError */.j1('is required with username', 'password');
    if (password)
        throw new errors/* ConfigurationError */.j1('is required with password', 'username');
    const fromEnv = env.ARGOCD_AUTH_TOKEN?.trim();
    if (fromEnv)
        return tokenCredentials(fromEnv, ' (from ARGOCD_AUTH_TOKEN)');
    throw new errors/* ConfigurationError */.j1('is required (or username and password, or the ARGOCD_AUTH_TOKEN environment variable)', 'auth-token');
}
function tokenCredentials(token, from) {
    // Argo CD ignores a bearer token that is not three dot-separated parts and answers "no session information".
    if (!/^[^.\s]+\.[^.\s]+\.[^.\s]+$/.test(token))
        throw new errors/* ConfigurationError */.j1(`is not an Argo CD token${from} (a JWT: three dot-separated parts)`, 'auth-token');
    return { kind: 'token', token: new SecretValue(token) };
}
/** The CLI's `--resource` form: `GROUP:KIND:NAME` or `GROUP:KIND:NAMESPACE/NAME`. */
function parseResource(line) {
    const parts = line.split(':');
    const [group, kind, qualified] = parts;
    const [namespace, name] = qualified?.includes('/') ? qualified.split('/') : ['', qualified];
    if (parts.length !== 3 || !kind || !name || name.includes('/')) {
        throw new errors/* ConfigurationError */.j1(`expected GROUP:KIND:NAME or GROUP:KIND:NAMESPACE/NAME, got "${line}"`, 'resources');
    }
    return { group: group ?? '', kind, name, namespace: namespace ?? '' };
}

;// CONCATENATED MODULE: ./src/actions/argocd-sync/definition.ts

const INPUT_SPECS = {
    server: { description: 'Argo CD server: a base URL with its path prefix if it has one (https://argocd.example.com, https://example.com/argocd), or host[:port] as the argocd CLI takes it (https is assumed). Default: the ARGOCD_SERVER environment variable.' },
    'auth-token': { description: 'Argo CD API token (account or project role token), sent as a bearer token. Default: the ARGOCD_AUTH_TOKEN environment variable, as for the argocd CLI (keeps the token off a command line). Or give username and password.', secret: true },
    username: { description: 'Argo CD local user for a session login, with password (prefer auth-token in CI).' },
    password: { description: 'Password of username.', secret: true },
    'ca-file': { description: 'PEM file of a CA certificate to trust for server, in addition to the system ones.' },
    insecure: { description: 'Skip TLS certificate verification. Only for test setups; prefer ca-file.', default: 'false' },
    header: { description: 'Extra HTTP headers for every request, one "Name: value" per line, as the argocd CLI\'s --header (e.g. the credentials of Cloudflare Access or IAP in front of Argo CD). Values are masked.', secret: true, multiple: true },
    'client-cert': { description: 'PEM file of a client certificate, for an Argo CD (or proxy) that requires mutual TLS; with client-key.' },
    'client-key': { description: 'PEM file of the private key of client-cert.' },
    applications: { description: 'Applications to sync: names, or namespace/name for apps outside the control-plane namespace; one per line or comma-separated. Or give selector.', multiple: true },
    selector: { description: 'Label selector choosing the applications to sync (e.g. team=shop,env=prod), instead of applications.' },
    project: { description: 'Argo CD project the applications must belong to; also makes a missing application a clear 404.' },
    'app-namespace': { description: 'Namespace of the Application resources (apps in any namespace) when applications gives bare names.' },
    revision: { description: 'Git revision (branch, tag, SHA, a short SHA too) or Helm chart version to sync to; empty: the application\'s target revision. For a multi-source application, POSITION=REVISION items (1-based, one per line or comma-separated), as the argocd CLI\'s --revisions with --source-positions.' },
    prune: { description: 'Delete resources that are no longer in git.', default: 'false' },
    'dry-run': { description: 'Preview the sync without changing anything.', default: 'false' },
    force: { description: 'Force apply (delete and re-create resources that cannot be patched).', default: 'false' },
    resources: { description: 'Sync only these resources, one per line as GROUP:KIND:NAME or GROUP:KIND:NAMESPACE/NAME (GROUP empty for core kinds, e.g. :Service:web).', multiple: true },
    'sync-options': { description: 'Sync options for this sync, e.g. ServerSideApply=true, CreateNamespace=true; they replace the application\'s own.', multiple: true },
    'apply-out-of-sync-only': { description: 'Apply only resources that are out of sync: adds ApplyOutOfSyncOnly=true to sync-options, or to the application\'s own sync options when sync-options is empty.', default: 'false' },
    'operation-in-progress': { description: 'When an operation is already running: fail, wait for it to end then sync, or terminate it then sync.', default: 'fail' },
    refresh: { description: 'Refresh before syncing: none, normal (re-read git) or hard (also regenerate manifests).', default: 'none' },
    'refresh-timeout': { description: 'Longest wait for the refresh (Argo CD has no limit of its own), e.g. 90s, 2m.', default: '2m' },
    wait: { description: 'Wait for the sync to finish and the application to be Synced (and Healthy, see health-check).', default: 'true' },
    timeout: { description: 'Longest time per application, from its first read to the end of the wait, e.g. 5m, 300s. It bounds every request (connecting too), however slowly the server answers.', default: '5m' },
    'terminate-on-timeout': { description: 'At the timeout, terminate the sync operation this run started if it is still running, instead of leaving it to run.', default: 'false' },
    'sync-status-check': { description: 'Also wait for Argo CD to report the application Synced (live manifests equal to the target\'s); false waits only for the sync operation to succeed, as argocd app sync does, for apps that stay OutOfSync by design (ignored differences, resources managed elsewhere).', default: 'true' },
    'health-check': { description: 'Also wait for the application to be Healthy.', default: 'true' },
    'accept-suspended': { description: 'Count a Suspended application (e.g. a paused rollout) as healthy.', default: 'false' },
    'degraded-fails-fast': { description: 'Fail when the application stays Degraded after the sync for degraded-grace, instead of waiting for the timeout.', default: 'true' },
    'degraded-grace': { description: 'How long the application may stay Degraded after the sync before degraded-fails-fast fails it: rollouts pass through brief Degraded states. 0s fails at the first Degraded.', default: '30s' },
    concurrency: { description: 'How many applications to sync at the same time.', default: '4' },
};
const OUTPUT_SPECS = {
    revision: { description: 'The revision synced (for a multi-source application its sources\' revisions, space-separated); with several applications that differ, name=revision pairs, comma-separated.' },
    'sync-status': { description: 'Sync status (Synced, OutOfSync, Unknown); with several applications, the worst.' },
    'health-status': { description: 'Health status (Healthy, Progressing, Degraded, Suspended, Missing, Unknown); with several applications, the worst.' },
    'operation-phase': { description: 'Phase of the sync operation (Succeeded, Failed, Error, Running, ...); with several applications, the worst.' },
    applications: { description: 'JSON array, one object per application: name, namespace, outcome, revision, revisions (multi-source), targetRevision, syncStatus, healthStatus, operationPhase, operationMessage, failure, notes, problems, durationMs.' },
};
const definition = {
    name: 'argocd-sync',
    description: 'Refresh, sync and wait for Argo CD applications over the REST API, and explain failures.',
    inputs: INPUT_SPECS,
    outputs: OUTPUT_SPECS,
    parse: parseArgocdSyncInputs,
    run: async (inputs, runtime) => (await __nccwpck_require__.e(/* import() */ 926).then(__nccwpck_require__.bind(__nccwpck_require__, 1926))).runArgocdSync(inputs, runtime),
};

;// CONCATENATED MODULE: ./src/actions/argocd-sync/index.ts


void runOnGithub(definition);

