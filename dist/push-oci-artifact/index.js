import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3639:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ CleanupRegistry),
/* harmony export */   h: () => (/* binding */ processCleanups)
/* harmony export */ });
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


/***/ }),

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

/***/ 1599:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y2: () => (/* binding */ walkArtifact),
/* harmony export */   c8: () => (/* binding */ resolveArtifactPath),
/* harmony export */   pD: () => (/* binding */ walkArtifactLazily)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6107);




const PATH_INPUT = 'path';
const SINGLE_FILE_ROOT_MODE = 0o700;
/**
 * The `path` input as a real path. It may be anywhere (manifests rendered into $RUNNER_TEMP or
 * /tmp, as `flux push artifact` allows); a relative one starts at the workspace. Only paths found
 * inside the tree (symlinks) are confined to it.
 */
function resolveArtifactPath(input, workspace) {
    const candidate = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveUserPath */ .T8)(workspace, input);
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(candidate);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${input}" does not exist (looked for ${candidate})`, PATH_INPUT);
    }
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    if (!stats.isDirectory() && !stats.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${input}" is neither a directory nor a regular file`, PATH_INPUT);
    }
    return real;
}
/**
 * The entries `flux push artifact` puts in its tarball: depth first, each directory's children
 * sorted by name (byte order, as Go's os.ReadDir), a directory before its contents, the root as
 * `.`. Only regular files and directories: a symlink is skipped, as Flux skips it (fluxcd/pkg
 * tar/tar.go), unless `resolveSymlinks`: then one whose target is inside the root is packed as
 * that file or directory under the link's name (as `flux push artifact --resolve-symlinks`
 * copies targets in), and one pointing out of the root, nowhere, or up to a directory that holds
 * it is still skipped. A name source-controller would refuse to extract fails the walk.
 * A single file gives `.` (0700) plus the file, as Flux 2.9 packs a copy in a fresh temp dir.
 */
function walkArtifact(root, matcher, options = {}) {
    const walk = walkArtifactLazily(root, matcher, options);
    for (const _entry of walk.entries)
        ;
    return walk.result;
}
/**
 * The same walk, one entry at a time, so packing can start while later directories are still
 * being read; `result` fills up as `entries` is consumed.
 */
function walkArtifactLazily(root, matcher, options = {}) {
    const result = { entries: [], skippedSymlinks: [], skippedSpecial: [] };
    return { entries: generateEntries(root, matcher, result, options.resolveSymlinks ?? false), result };
}
function* generateEntries(root, matcher, result, resolveSymlinks) {
    const rootStats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(root);
    if (rootStats.isFile()) {
        result.entries.push({ name: '.', type: 'directory', mode: SINGLE_FILE_ROOT_MODE, size: 0, absolutePath: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(root) });
        yield result.entries[0];
        refuseUnextractable(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(root));
        result.entries.push(fileEntry(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(root), root, rootStats));
        yield result.entries[1];
        return;
    }
    const rootEntry = directoryEntry('.', root, rootStats);
    result.entries.push(rootEntry);
    yield rootEntry;
    // An explicit stack rather than recursive generators: yield* through every level of nesting
    // costs more than the lstat calls themselves on a tree of small files.
    const stack = [frameOf(root, '')];
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.next === frame.names.length) {
            stack.pop();
            continue;
        }
        const name = frame.names[frame.next++];
        // `frame.directory` is already a clean real path: concatenation instead of path.join's normalising.
        const absolutePath = `${frame.directory}${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}${name}`;
        const relative = frame.prefix ? `${frame.prefix}/${name}` : name;
        let stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolutePath);
        let source = absolutePath;
        if (stats.isSymbolicLink()) {
            const target = resolveSymlinks ? targetInside(absolutePath, root) : undefined;
            // A link up to a directory being walked would never end.
            if (!target || (target.stats.isDirectory() && stack.some((open) => open.directory === target.real))) {
                result.skippedSymlinks.push(relative);
                continue;
            }
            ({ stats, real: source } = target);
        }
        if (stats.isDirectory()) {
            const excluded = matcher.excludes(relative, true);
            // An excluded directory loses only its own header; a negated pattern may still want a child.
            if (!excluded || matcher.hasNegations)
                stack.push(frameOf(source, relative));
            if (excluded)
                continue;
            refuseUnextractable(relative);
            const entry = directoryEntry(relative, source, stats);
            result.entries.push(entry);
            yield entry;
        }
        else if (matcher.excludes(relative, false)) {
            continue;
        }
        else if (stats.isFile()) {
            refuseUnextractable(relative);
            const entry = fileEntry(relative, source, stats);
            result.entries.push(entry);
            yield entry;
        }
        else {
            result.skippedSpecial.push(relative);
        }
    }
}
function frameOf(directory, prefix) {
    const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(directory);
    names.sort(names.some((name) => SURROGATE_OR_LATER.test(name)) ? compareUtf8Bytes : compareCodeUnits);
    return { directory, prefix, names, next: 0 };
}
function fileEntry(name, absolutePath, stats) {
    return { name, type: 'file', mode: stats.mode & 0o7777, size: stats.size, absolutePath };
}
function directoryEntry(name, absolutePath, stats) {
    return { name, type: 'directory', mode: stats.mode & 0o7777, size: 0, absolutePath };
}
/** The real target of a link and its stats, when it exists inside the root. */
function targetInside(link, root) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(link);
    }
    catch {
        return undefined; // dangling, or a loop of links
    }
    if (!isInside(real, root))
        return undefined;
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    return stats.isFile() || stats.isDirectory() ? { real, stats } : undefined;
}
/**
 * source-controller's extraction refuses the whole artifact when a name holds `\` or `../`
 * (fluxcd/pkg tar/untar.go validRelPath), which a file or directory name ending in `..` gives
 * its children: refused here, before anything is pushed.
 */
function refuseUnextractable(relative) {
    const problem = relative.includes('\\') ? 'a \\' : relative.includes('../') ? 'a name ending in ".." above it' : undefined;
    if (problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${relative}" holds ${problem}, and Flux's source-controller refuses to extract an artifact with such a name: rename it or list it in ignore-paths`, PATH_INPUT);
    }
}
function isInside(candidate, root) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, candidate);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
/**
 * Go compares names as UTF-8 bytes. UTF-16 code-unit order (JavaScript's) is the same except
 * around surrogate pairs, so only a directory holding such a name pays for byte comparisons.
 */
const SURROGATE_OR_LATER = /[\ud800-\uffff]/;
function compareUtf8Bytes(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports normalizedName, familiarName, formatReference */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
// The grammar allows any algorithm, but registries accept only the registered ones, lowercase.
const DIGEST = /^(?:sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$/;
const MAX_NAME_LENGTH = 255;
/** Parses `[registry/]repository[:tag][@digest]`; throws a ConfigurationError naming `inputName`. */
function parseImageReference(text, inputName) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${text}" is not a valid image reference: ${why}`, inputName);
    };
    const trimmed = text.trim();
    if (!trimmed)
        fail('it is empty');
    let rest = trimmed;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            fail(`the digest "${digest}" is not sha256: followed by 64 lowercase hex digits`);
    }
    let tag;
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/')) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!TAG.test(tag))
            fail(`the tag "${tag}" may hold only letters, digits, _ . - (at most 128, not starting with . or -)`);
    }
    if (rest.length > MAX_NAME_LENGTH)
        fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
    const { registry, path } = splitRegistry(rest);
    if (!DOMAIN.test(registry))
        fail(`"${registry}" is not a valid registry host`);
    const components = path.split('/');
    for (const component of components) {
        if (!PATH_COMPONENT.test(component)) {
            fail(component.toLowerCase() !== component
                ? 'repository names must be lowercase'
                : `"${component}" is not a valid path component`);
        }
    }
    const normalisedRegistry = DOCKER_HUB_ALIASES.has(registry) ? DOCKER_HUB : registry;
    const repository = normalisedRegistry === DOCKER_HUB && components.length === 1 ? `library/${path}` : path;
    const reference = { registry: normalisedRegistry, repository };
    if (tag !== undefined)
        reference.tag = tag;
    if (digest !== undefined)
        reference.digest = digest;
    return reference;
}
function splitRegistry(name) {
    const slash = name.indexOf('/');
    if (slash < 0)
        return { registry: DOCKER_HUB, path: name };
    const first = name.slice(0, slash);
    const looksLikeHost = first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('[');
    return looksLikeHost ? { registry: first, path: name.slice(slash + 1) } : { registry: DOCKER_HUB, path: name };
}
/** `docker.io/library/nginx`: the name two references must share to be the same image. */
function normalizedName(reference) {
    const parsed = typeof reference === 'string' ? parseImageReference(reference) : reference;
    return `${parsed.registry}/${parsed.repository}`;
}
/** Docker's shortest spelling: `nginx`, `org/app`, `ghcr.io/org/app`. */
function familiarName(reference) {
    if (reference.registry !== DOCKER_HUB)
        return `${reference.registry}/${reference.repository}`;
    return reference.repository.startsWith('library/') && reference.repository.split('/').length === 2
        ? reference.repository.slice('library/'.length)
        : reference.repository;
}
/** `registry/repository[:tag][@digest]`, fully qualified. */
function formatReference(reference) {
    return `${normalizedName(reference)}${reference.tag ? `:${reference.tag}` : ''}${reference.digest ? `@${reference.digest}` : ''}`;
}
/** The host the Registry API is served from: Docker Hub's differs from its name. */
function registryApiHost(registry) {
    return DOCKER_HUB_ALIASES.has(registry) ? DOCKER_HUB_API_HOST : registry;
}
function isDigest(text) {
    return DIGEST.test(text);
}
function isValidTag(text) {
    return TAG.test(text);
}


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ workspaceOf),
/* harmony export */   T8: () => (/* binding */ resolveUserPath)
/* harmony export */ });
/* unused harmony exports isInside, resolveInsideRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);



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
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, workspace);
}
/** A path named in an input: absolute as given, relative from the workspace. */
function resolveUserPath(workspace, given) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, given);
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


/***/ }),

/***/ 3657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   ks: () => (/* binding */ SecretRegistry),
/* harmony export */   rW: () => (/* binding */ processSecrets),
/* harmony export */   wy: () => (/* binding */ clipRemoteText)
/* harmony export */ });
/* unused harmony exports MIN_MASKED_LENGTH, redact, hideUserInfo */
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

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

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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

// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __nccwpck_require__(6107);
;// CONCATENATED MODULE: ./src/platform/execute.ts




/** The context every action parses against, the same for all: env, CI context, workspace. */
function parseContextOf(env, cwd = process.cwd()) {
    return { env, ci: readCiContext(env), workspace: (0,paths/* workspaceOf */.B3)(env, cwd) };
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/cleanup.ts
var cleanup = __nccwpck_require__(3639);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __nccwpck_require__(8500);
;// CONCATENATED MODULE: ./src/core/runtime.ts

/** The real clock. A sleep ends at once when the signal aborts, with the signal's reason. */
const systemClock = {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
        try {
            await (0,promises_.setTimeout)(Math.max(0, ms), undefined, signal ? { signal } : undefined);
        }
        catch (error) {
            signal?.throwIfAborted();
            throw error;
        }
    },
};

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
    const cleanups = options.cleanups ?? cleanup/* processCleanups */.h;
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
    const cleanups = new cleanup/* CleanupRegistry */._();
    cleanups.add(() => (0,external_node_fs_.rmSync)(tempDir, { recursive: true, force: true }));
    const forget = cleanup/* processCleanups */.h.add(() => cleanups.runAll());
    const cancellation = options.cancellation ? installCancellation({ ...options.cancellation, cleanups: cleanup/* processCleanups */.h }) : undefined;
    let closing;
    const runtime = {
        ...context,
        io: options.io,
        tempDir,
        clock: options.clock ?? systemClock,
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
    const resolved = (0,paths/* resolveUserPath */.T8)(workspace, given);
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

// EXTERNAL MODULE: ./src/core/flux-artifact/walk.ts
var walk = __nccwpck_require__(1599);
;// CONCATENATED MODULE: ./src/core/oci/cloud-providers.ts
/**
 * Cloud registries whose login is a short-lived token made from the cloud's own credentials,
 * as `flux push artifact --provider` does (fluxcd/pkg auth/aws, auth/azure, auth/gcp). A module
 * of its own: the input parsers need only the names, not the token exchanges (cloud-login.ts
 * pulls in the HTTP stack and crypto, which the CLI would otherwise load at every start).
 */
const PROVIDERS = ['generic', 'aws', 'azure', 'gcp'];

// EXTERNAL MODULE: ./src/core/oci/reference.ts
var oci_reference = __nccwpck_require__(488);
;// CONCATENATED MODULE: ./src/actions/push-oci-artifact/inputs.ts






/** `flux push artifact`'s default `--ignore-paths`, as the flag spells it. */
const OUTPUT_FORMATS = ['json', 'yaml'];
const MODES = ['push', 'diff', 'tag'];
/** `path: -` reads the manifests from stdin, as `flux push artifact -f -`. */
const STDIN_PATH = '-';
const DEFAULT_IGNORE_PATHS_INPUT = '.git/,.gitignore,.gitmodules,.gitattributes,*.jpg,*.jpeg,*.gif,*.png,*.wmv,*.flv,*.tar.gz,*.zip';
const ANNOTATION_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
function parsePushOciArtifactInputs(reader, { ci: context, workspace }) {
    const target = parseArtifactUrl(reader.required('url'));
    const mode = reader.oneOf('mode', MODES);
    const artifactPath = reader.optional('path') ?? '';
    if (!artifactPath && mode !== 'tag')
        throw new errors/* ConfigurationError */.j1(`is required to ${mode}: the directory or file to pack, or - for stdin`, 'path');
    const root = artifactPath === STDIN_PATH || mode === 'tag' ? undefined : (0,walk/* resolveArtifactPath */.c8)(artifactPath, workspace);
    const source = reader.optional('source') ?? context.repositoryUrl;
    if (!source) {
        throw new errors/* ConfigurationError */.j1('is required here: the CI context does not name the repository (expected e.g. https://github.com/org/app)', 'source');
    }
    const revision = reader.optional('revision') ?? defaultRevision(context);
    const tags = reader.list('tags');
    for (const tag of tags) {
        if (!(0,oci_reference/* isValidTag */.r_)(tag))
            throw new errors/* ConfigurationError */.j1(`"${tag}" is not a valid tag (letters, digits, _ . -; at most 128; not starting with . or -)`, 'tags');
    }
    if (mode === 'tag' && tags.length === 0)
        throw new errors/* ConfigurationError */.j1('is required in mode tag: the tags to point at what the url\'s tag names', 'tags');
    const inputs = {
        target,
        mode,
        path: artifactPath,
        ...(root ? { root } : {}),
        source,
        revision,
        annotations: parseAnnotations(reader.lines('annotations')),
        ignorePaths: [...orDefault(reader.list('ignore-paths'), DEFAULT_IGNORE_PATHS_INPUT.split(',')), ...reader.list('add-ignore-paths')],
        reproducible: reader.boolean('reproducible'),
        resolveSymlinks: reader.boolean('resolve-symlinks'),
        output: reader.oneOf('output', OUTPUT_FORMATS),
        timeoutMs: reader.duration('timeout'),
        tags: [...new Set(tags.filter((tag) => tag !== target.tag))],
        ...readTlsInputs(reader, workspace),
        provider: reader.oneOf('provider', PROVIDERS),
    };
    const username = reader.optional('username');
    const password = reader.secret('password');
    if (username && !password)
        throw new errors/* ConfigurationError */.j1('is required when username is given', 'password');
    if (username)
        inputs.username = username;
    if (password)
        inputs.password = password;
    const githubToken = reader.secret('github-token');
    if (githubToken)
        inputs.githubToken = githubToken;
    if (inputs.provider !== 'generic' && (username || password)) {
        throw new errors/* ConfigurationError */.j1(`is ${inputs.provider}: the login comes from the cloud's credentials, so leave out username and password`, 'provider');
    }
    const dockerConfig = reader.optional('docker-config');
    if (dockerConfig)
        inputs.dockerConfig = (0,paths/* resolveUserPath */.T8)(workspace, dockerConfig);
    return inputs;
}
/** `oci://host/repo[:tag]`, as `flux push artifact` takes it: no digest, `latest` by default. */
function parseArtifactUrl(url) {
    if (!url.startsWith('oci://')) {
        throw new errors/* ConfigurationError */.j1(`expected oci://<registry>/<repository>[:<tag>], got "${url}"`, 'url');
    }
    const reference = (0,oci_reference/* parseImageReference */.o_)(url.slice('oci://'.length), 'url');
    if (reference.digest)
        throw new errors/* ConfigurationError */.j1(`"${url}" holds a digest: push to a tag (oci://host/repo:tag)`, 'url');
    return { ...reference, tag: reference.tag ?? 'latest' };
}
/** Flux's documented form, which notification-controller parses back: `main@sha1:<sha>`. */
function defaultRevision(context) {
    if (!context.sha) {
        throw new errors/* ConfigurationError */.j1('is required here: the CI context has no commit SHA (expected e.g. main@sha1:<commit>)', 'revision');
    }
    const ref = context.tag ?? context.branch;
    return ref ? `${ref}@sha1:${context.sha}` : `sha1:${context.sha}`;
}
/** `key=value` lines; the first `=` splits, so values may hold more (Flux refuses those). */
function parseAnnotations(lines) {
    const annotations = new Map();
    for (const line of lines) {
        const at = line.indexOf('=');
        const key = at < 0 ? '' : line.slice(0, at).trim();
        if (!ANNOTATION_KEY.test(key)) {
            throw new errors/* ConfigurationError */.j1(`expected key=value lines with a key such as org.opencontainers.image.title, got "${line}"`, 'annotations');
        }
        annotations.set(key, line.slice(at + 1).trim());
    }
    return annotations;
}
/** An input given empty means its default, as flux's flag does. */
function orDefault(list, fallback) {
    return list.length > 0 ? list : fallback;
}

;// CONCATENATED MODULE: ./src/actions/push-oci-artifact/definition.ts

const definition = {
    name: 'push-oci-artifact',
    description: 'Pack a directory (or one file) of Kubernetes manifests as a Flux OCI artifact, exactly in the format ' +
        '`flux push artifact` builds, and push it for a Flux OCIRepository, without the flux binary.',
    inputs: {
        url: { description: 'Where to push: oci://<registry>/<repository>[:<tag>] (tag "latest" when absent).', required: true },
        path: {
            description: 'Directory (or single file) to pack; a relative path starts at the workspace. - reads the manifests from stdin (as flux push artifact -f -). Required but in mode tag.',
        },
        mode: {
            description: 'push; diff: compare the tree with what the url\'s tag holds and set changed, pushing nothing (as flux diff artifact); ' +
                'tag: point the tags input at the manifest the url\'s tag names, packing nothing (as flux tag artifact).',
            default: 'push',
        },
        source: { description: 'The org.opencontainers.image.source annotation. Default: the repository URL of this pipeline.' },
        revision: { description: 'The org.opencontainers.image.revision annotation. Default: <branch or tag>@sha1:<commit SHA>.' },
        annotations: { description: 'More manifest annotations, one key=value per line; they override the built-in ones.', multiple: true },
        'ignore-paths': {
            description: 'Files to leave out, gitignore patterns separated by commas or newlines, matched as Flux matches them (go-git rules, ' +
                'Go filepath.Match: [^a] negates a class). Giving it replaces the default (Flux\'s).',
            default: DEFAULT_IGNORE_PATHS_INPUT,
            multiple: true,
        },
        'add-ignore-paths': {
            description: 'More patterns to leave out, added to ignore-paths (or to its default), as flux push artifact --add-ignore-paths.',
            multiple: true,
        },
        output: { description: 'Format of the info output, as flux push artifact --output: json or yaml.', default: 'json' },
        timeout: { description: 'Longest time for the whole push, e.g. 5m, 300s (flux\'s --timeout); it bounds every registry request.', default: '5m' },
        'resolve-symlinks': {
            description: 'Pack what symlinks point to when the target is inside the tree (as flux push artifact --resolve-symlinks); others are skipped with a warning, as every symlink is by default.',
            default: 'false',
        },
        reproducible: {
            description: 'Set the created time to the Unix epoch, so the same files and inputs always give the same digest.',
            default: 'false',
        },
        tags: { description: 'More tags for the same manifest, separated by commas or newlines.', multiple: true },
        username: {
            description: 'Registry user name (with password). Default: HARBOR_USERNAME for HARBOR_HOST, CI_REGISTRY_USER for CI_REGISTRY, ' +
                'then the docker-config file or a docker/podman login, then github-token for ghcr.io.',
        },
        password: {
            description: 'Registry password or token. Without username: for ghcr.io the user name is the actor; elsewhere it is sent as a bearer token.',
            secret: true,
        },
        'github-token': { description: 'Token for ghcr.io when no other login is given (GHCR takes it with any user name).', default: '${{ github.token }}', secret: true },
        provider: {
            description: 'generic (the logins above), aws (ECR: GetAuthorizationToken with the AWS_* keys), azure (ACR: a token of the AZURE_* service principal, exchanged at the registry) or gcp (GCR/Artifact Registry: GOOGLE_OAUTH_ACCESS_TOKEN or the metadata server), as flux push artifact --provider.',
            default: 'generic',
        },
        'docker-config': {
            description: 'A registry auth file (docker config.json, podman auth.json) or the directory holding config.json: read instead of the default ones, and it must hold the registry.',
        },
        insecure: { description: 'Skip TLS verification, and use plain HTTP when the registry has no TLS.', default: 'false' },
        'ca-file': { description: 'PEM file of a CA to trust for the registry, besides the system\'s.' },
    },
    outputs: {
        digest: { description: 'The manifest digest, sha256:…' },
        url: { description: 'The artifact by digest: <registry>/<repository>@sha256:…' },
        repository: { description: 'The repository: <registry>/<repository>.' },
        tags: { description: 'The tags now pointing at the digest, comma separated.' },
        changed: { description: 'true when a tag moved (push, tag), or when the tree differs from what the tag holds (diff).' },
        info: { description: 'The artifact as flux push artifact --output prints it, in the output format: url (oci://…@sha256:…), repository, tag, digest.' },
    },
    parse: parsePushOciArtifactInputs,
    async run(inputs, runtime) {
        const { runPushOciArtifact } = await Promise.all(/* import() */[__nccwpck_require__.e(487), __nccwpck_require__.e(176)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6176));
        return runPushOciArtifact(inputs, runtime);
    },
};

;// CONCATENATED MODULE: ./src/actions/push-oci-artifact/index.ts


void runOnGithub(definition);

