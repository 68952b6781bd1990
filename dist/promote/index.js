import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5600:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T1: () => (/* binding */ createPullRequestApi),
/* harmony export */   Vm: () => (/* binding */ chooseProvider),
/* harmony export */   xq: () => (/* binding */ PROVIDERS),
/* harmony export */   zq: () => (/* binding */ defaultApiUrl)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const PROVIDERS = ['auto', 'github', 'gitlab', 'gitea'];
/** `scheme://host[:port]` of an http(s) remote, `https://host` of an ssh one, undefined for a local one. */
function webOrigin(remote) {
    const scp = /^[\w.-]+@([^:/]+):/.exec(remote.url);
    if (scp)
        return `https://${scp[1]}`;
    try {
        const url = new URL(remote.url);
        if (url.protocol === 'http:' || url.protocol === 'https:')
            return url.origin;
        if (url.protocol === 'ssh:')
            return `https://${url.hostname}`;
    }
    catch {
        // A local path.
    }
    return undefined;
}
function hostOf(url) {
    try {
        return url ? new URL(url).hostname : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The provider hosting the repository: the `provider` input, else told from the URL's host
 * (the public services, the host of the CI system the job runs on, or a host named after the
 * product). A host we cannot place is an input error, never a guess: a guess would send the
 * token to the wrong kind of API.
 */
function chooseProvider(given, remote, env) {
    if (given !== 'auto')
        return given;
    const host = hostOf(webOrigin(remote));
    if (host === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`pull-request mode needs a hosted repository; ${remote.display} is a local one`, 'repository');
    }
    if (host === 'github.com' || host === hostOf(env.GITHUB_SERVER_URL))
        return 'github';
    if (host === 'gitlab.com' || host === env.CI_SERVER_HOST || /(^|[.-])gitlab([.-]|$)/.test(host))
        return 'gitlab';
    if (host === 'codeberg.org' || /(^|[.-])(gitea|forgejo)([.-]|$)/.test(host))
        return 'gitea';
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`cannot tell whether ${host} is GitHub, GitLab or Gitea; set provider to github, gitlab or gitea`, 'provider');
}
/** The REST API base for a provider, as each documents its default location. */
function defaultApiUrl(provider, remote, env) {
    const origin = webOrigin(remote);
    if (origin === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`pull-request mode needs a hosted repository; ${remote.display} is a local one`, 'repository');
    const host = new URL(origin).hostname;
    if (provider === 'github') {
        if (env.GITHUB_API_URL && host === hostOf(env.GITHUB_SERVER_URL))
            return env.GITHUB_API_URL;
        return host === 'github.com' ? 'https://api.github.com' : `${origin}/api/v3`;
    }
    if (provider === 'gitlab')
        return env.CI_API_V4_URL && host === env.CI_SERVER_HOST ? env.CI_API_V4_URL : `${origin}/api/v4`;
    return `${origin}/api/v1`;
}
/** The API client for one provider; each module is loaded only when used. */
async function createPullRequestApi(provider, token, apiUrl, slug) {
    if (provider === 'gitlab')
        return (await __nccwpck_require__.e(/* import() */ 437).then(__nccwpck_require__.bind(__nccwpck_require__, 6437))).createGitlabMergeRequestApi(token, apiUrl, slug);
    if (provider === 'gitea')
        return (await __nccwpck_require__.e(/* import() */ 617).then(__nccwpck_require__.bind(__nccwpck_require__, 3617))).createGiteaPullRequestApi(token, apiUrl, slug);
    return (await Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(474)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4474))).createGithubPullRequestApi(token, apiUrl);
}


/***/ }),

/***/ 8019:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kD: () => (/* binding */ BUMP_STAGE),
  bG: () => (/* binding */ SYNC_STAGE),
  JI: () => (/* binding */ parsePromoteInputs)
});

// UNUSED EXPORTS: PROMOTE_STAGES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __nccwpck_require__(6107);
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

// EXTERNAL MODULE: ./src/core/oci/reference.ts
var oci_reference = __nccwpck_require__(488);
// EXTERNAL MODULE: ./src/core/secret-value.ts
var secret_value = __nccwpck_require__(2087);
// EXTERNAL MODULE: ./src/core/secret-forms.ts
var secret_forms = __nccwpck_require__(3657);
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
    const file = (0,paths/* resolveUserPath */.T8)(workspace, given);
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
        headers[name] = new secret_value/* SecretValue */.i(line.slice(colon + 1).trim());
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
    return { kind: 'token', token: new secret_value/* SecretValue */.i(token) };
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
    run: async (inputs, runtime) => (await Promise.all(/* import() */[__nccwpck_require__.e(598), __nccwpck_require__.e(606)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4606))).runArgocdSync(inputs, runtime),
};

// EXTERNAL MODULE: ./src/core/git/commit-message.ts
var commit_message = __nccwpck_require__(3725);
// EXTERNAL MODULE: ./src/core/git/auth.ts
var auth = __nccwpck_require__(476);
// EXTERNAL MODULE: ./src/core/config-edit/image-update.ts
var image_update = __nccwpck_require__(716);
// EXTERNAL MODULE: ./src/actions/bump-manifest/providers.ts
var providers = __nccwpck_require__(5600);
;// CONCATENATED MODULE: ./src/actions/bump-manifest/inputs.ts







// Mirrors the engine's TargetKind (kept here so this small module does not load the engine).
const TARGET_KINDS = ['kustomization', 'kubernetes', 'helm-values', 'argocd-application', 'compose', 'json'];
const HELM_MODES = ['auto', 'tag', 'digest', 'tag-digest'];
const MODES = ['push', 'pull-request'];
function parseBumpManifestInputs(reader, { workspace }) {
    const imageLines = reader.lines('image');
    const files = reader.lines('files');
    if (files.length === 0)
        reader.required('files');
    const kind = reader.list('kind');
    const helmRepository = reader.required('helm-repository-key');
    const helmTag = reader.required('helm-tag-key');
    const helmDigest = reader.optional('helm-digest-key');
    const helmMode = reader.oneOf('helm-mode', HELM_MODES);
    const set = [...reader.keyValues('set')].map(([path, value]) => ({ path, value }));
    const from = reader.optional('from');
    // With `from` the lines are image names whose reference is read from there; else full updates.
    const updates = from ? imageLines.map((line) => imageName(line)) : imageLines.map((line) => (0,image_update/* parseImageUpdate */.EF)(line, 'image'));
    const allowNoMatch = reader.boolean('allow-no-match');
    const dryRun = reader.boolean('dry-run');
    // The checkout may be anywhere; a relative path starts at the workspace.
    const path = (0,paths/* resolveUserPath */.T8)(workspace, reader.required('path'));
    const repository = reader.optional('repository');
    const branch = reader.optional('branch');
    const token = reader.secret('token');
    const tokenUsername = reader.required('token-username');
    const authorName = reader.required('author-name');
    const authorEmail = reader.required('author-email');
    const message = reader.required('message');
    const mode = reader.oneOf('mode', MODES);
    const pullRequestBranch = reader.optional('pull-request-branch');
    const pullRequestTitle = reader.optional('pull-request-title');
    const pullRequestBody = reader.optional('pull-request-body');
    const pullRequestLabels = reader.list('pull-request-labels');
    const pushRetries = reader.integer('push-retries', { min: 0, max: 50 });
    const provider = reader.oneOf('provider', providers/* PROVIDERS */.xq);
    const apiUrl = reader.optional('api-url');
    if (updates.length === 0 && set.length === 0 && !from) {
        throw new errors/* ConfigurationError */.j1('give at least one image update (or "set" lines, or "from" with image names)', 'image');
    }
    if (from && updates.length === 0)
        throw new errors/* ConfigurationError */.j1('with "from", name the images to promote', 'image');
    for (const file of files)
        checkInsideRoot(file, 'files');
    if (from)
        checkInsideRoot(from, 'from');
    for (const entry of set) {
        if (!/^[^.\s][^\s]*$/.test(entry.path) || entry.path.endsWith('.')) {
            throw new errors/* ConfigurationError */.j1(`"${entry.path}" is not a key path such as image.tag or spec.template.image`, 'set');
        }
    }
    const kinds = kind.length === 1 && kind[0] === 'auto' ? undefined : kind.map((name) => checkKind(name));
    if (repository)
        (0,auth/* parseRepositoryUrl */.fn)(repository, 'repository');
    if (branch && !isValidBranchName(branch))
        throw new errors/* ConfigurationError */.j1(`"${branch}" is not a valid branch name`, 'branch');
    if (pullRequestBranch && !isValidBranchName(pullRequestBranch)) {
        throw new errors/* ConfigurationError */.j1(`"${pullRequestBranch}" is not a valid branch name`, 'pull-request-branch');
    }
    if (!/^[^\s@<>]+@[^\s@<>]+$/.test(authorEmail)) {
        throw new errors/* ConfigurationError */.j1(`expected an e-mail address such as bot@example.com, got "${authorEmail}"`, 'author-email');
    }
    if (/[<>\n]/.test(authorName))
        throw new errors/* ConfigurationError */.j1('must not contain <, > or line breaks', 'author-name');
    (0,commit_message/* validateMessageTemplate */.kt)(message, 'message');
    if (mode === 'pull-request' && !token) {
        throw new errors/* ConfigurationError */.j1('is required in pull-request mode: it authenticates the pull/merge request API calls', 'token');
    }
    if (apiUrl && !/^https?:\/\/[^\s]+$/.test(apiUrl)) {
        throw new errors/* ConfigurationError */.j1(`expected an http(s) URL such as https://gitlab.example.com/api/v4, got "${apiUrl}"`, 'api-url');
    }
    return {
        updates,
        files,
        kinds,
        helm: { repository: helmRepository, tag: helmTag, digest: helmDigest, mode: helmMode === 'auto' ? undefined : helmMode },
        set,
        from,
        allowNoMatch,
        dryRun,
        path,
        repository,
        branch,
        token,
        tokenUsername: tokenUsername || auth/* DEFAULT_TOKEN_USERNAME */.bl,
        author: { name: authorName, email: authorEmail },
        message,
        mode,
        pullRequest: { branch: pullRequestBranch, title: pullRequestTitle, body: pullRequestBody, labels: pullRequestLabels },
        pushRetries,
        provider,
        apiUrl,
    };
}
/** Globs and paths are relative to the repository: absolute ones and `..` would leave it. */
function checkInsideRoot(pattern, inputName) {
    const normalised = pattern.replace(/\\/g, '/');
    if (normalised.startsWith('/') || /^[A-Za-z]:\//.test(normalised) || normalised.split('/').includes('..')) {
        throw new errors/* ConfigurationError */.j1(`"${pattern}" leaves the repository; give a path relative to its root, without ".."`, inputName);
    }
}
function checkKind(name) {
    if (!TARGET_KINDS.includes(name)) {
        throw new errors/* ConfigurationError */.j1(`expected auto or one or more of ${TARGET_KINDS.join(', ')}, got "${name}"`, 'kind');
    }
    return name;
}
/** The rules of `git check-ref-format --branch`, minus the exotic ones git would catch anyway. */
function isValidBranchName(name) {
    return (!/[\s~^:?*[\\\x00-\x1f\x7f]/.test(name) &&
        !name.startsWith('-') &&
        !name.startsWith('/') &&
        !name.endsWith('/') &&
        !name.endsWith('.') &&
        !name.endsWith('.lock') &&
        !name.includes('..') &&
        !name.includes('//') &&
        !name.includes('@{') &&
        name !== '@');
}
function imageName(text) {
    const reference = (0,oci_reference/* parseImageReference */.o_)(text, 'image');
    if (reference.tag !== undefined || reference.digest !== undefined || text.includes('=')) {
        throw new errors/* ConfigurationError */.j1(`with "from", give image names only (the reference is read from "from"), got "${text}"`, 'image');
    }
    return { image: text };
}

;// CONCATENATED MODULE: ./src/actions/bump-manifest/definition.ts



const definition_definition = {
    name: 'bump-manifest',
    description: 'Write a new image reference (or promote one from another environment) into Kustomize, Kubernetes, Helm values, ' +
        'Argo CD Application, Compose or JSON files of a GitOps repository, editing only the bytes that change, then commit ' +
        'and push it (retrying when other pipelines push at the same time) or open a pull request.',
    inputs: {
        image: {
            description: 'Image updates, one per line: build-push\'s "image" output (ghcr.io/org/app@sha256:…), image:tag, ' +
                'image@digest, or name=newName:tag@digest. With "from", image names only.',
            multiple: true,
        },
        files: {
            description: 'Files or globs to edit, one per line, relative to the repository root (or to "path" for a checkout); a glob selects YAML and JSON files only. Required: ' +
                'a repository-wide default would bump every environment at once.',
            required: true,
            multiple: true,
        },
        kind: {
            description: 'auto (detect each file), or one or more of kustomization, kubernetes, helm-values, argocd-application, compose, json.',
            default: 'auto',
            multiple: true,
        },
        'helm-repository-key': { description: 'Key path of the image repository in Helm values.', default: 'image.repository' },
        'helm-tag-key': { description: 'Key path of the image tag in Helm values.', default: 'image.tag' },
        'helm-digest-key': { description: 'Key path of the image digest in Helm values (default: a "digest" key next to the tag, when present).' },
        'helm-mode': {
            description: 'What to write into Helm values: auto (what the update carries), tag, digest, or tag-digest.',
            default: 'auto',
        },
        set: { description: 'Plain values to set in the target files, one key.path=value per line.', multiple: true },
        from: { description: 'Promotion: read the current references of the "image" names from this file and write them into "files".' },
        'allow-no-match': { description: 'Succeed when no target file references an image (otherwise an error).', default: 'false' },
        'dry-run': { description: 'Compute and report the diff; write, commit and push nothing.', default: 'false' },
        path: { description: 'Directory of an existing checkout to edit and push from (ignored with "repository").', default: '.' },
        repository: { description: 'URL of a separate config repository to clone shallowly (https://host/org/config.git).' },
        branch: {
            description: 'Branch to update (the pull request base in pull-request mode). Default: the checkout\'s branch, or the remote\'s default.',
        },
        token: { description: 'Token to push with (sent as an HTTP header, never stored) and for the pull-request API.', secret: true },
        'token-username': { description: 'User name sent with the token: x-access-token (GitHub), oauth2 (GitLab), …', default: auth/* DEFAULT_TOKEN_USERNAME */.bl },
        'author-name': { description: 'Commit author and committer name.', default: 'gitops-actions[bot]' },
        'author-email': { description: 'Commit author and committer e-mail.', default: 'gitops-actions[bot]@users.noreply.github.com' },
        message: {
            description: 'Commit message template; {image}, {tag}, {digest}, {ref} (tag@digest) and {files} are replaced.',
            default: commit_message/* DEFAULT_COMMIT_MESSAGE */.Kb,
        },
        mode: { description: 'push (to "branch"), or pull-request (push a dedicated branch and open or update a pull request).', default: 'push' },
        'pull-request-branch': {
            description: 'Branch for pull-request mode. Default: gitops-actions/bump/<branch>/<hash of the images and files>, stable across versions.',
        },
        'pull-request-title': { description: 'Pull request title. Default: the commit message\'s first line.' },
        'pull-request-body': { description: 'Pull request body. Default: the changes, as in the step summary.' },
        'pull-request-labels': { description: 'Labels to add to the pull request (comma or newline separated).', multiple: true },
        'push-retries': { description: 'How many times to fetch, re-apply and push again when the branch moved meanwhile.', default: '10' },
        provider: {
            description: 'Who hosts the repository, for pull-request mode: github, gitlab (merge requests) or gitea. Default auto: told from the ' +
                'repository URL (github.com, gitlab.com, codeberg.org, the CI server\'s own host, or a host named gitlab/gitea/forgejo).',
            default: 'auto',
        },
        'api-url': {
            description: 'REST API base URL for pull-request mode; the token is sent there and nowhere else. Default: https://api.github.com ' +
                '(GITHUB_API_URL on GitHub), <host>/api/v3 for GitHub Enterprise, <host>/api/v4 for GitLab (CI_API_V4_URL), <host>/api/v1 for Gitea.',
        },
    },
    outputs: {
        changed: { description: 'true when a commit was pushed (in dry-run: when one would be).' },
        commit: { description: 'SHA of the commit that holds the update on the pushed branch (ours, or the tip that already had it); empty in dry-run.' },
        files: { description: 'Changed files, one per line, relative to the repository root.' },
        branch: { description: 'The branch pushed: "branch", or the pull request branch.' },
        'pull-request-url': { description: 'URL of the opened or updated pull request (pull-request mode).' },
        'pull-request-number': { description: 'Number of the opened or updated pull request (pull-request mode).' },
    },
    parse: parseBumpManifestInputs,
    async run(inputs, runtime) {
        const { runBumpManifest } = await Promise.all(/* import() */[__nccwpck_require__.e(866), __nccwpck_require__.e(291), __nccwpck_require__.e(898), __nccwpck_require__.e(328)]).then(__nccwpck_require__.bind(__nccwpck_require__, 328));
        return runBumpManifest(inputs, runtime);
    },
};

// EXTERNAL MODULE: ./src/actions/ship/stage.ts
var stage = __nccwpck_require__(4404);
;// CONCATENATED MODULE: ./src/actions/promote/inputs.ts






const PROMOTE_STAGES = ['copy', 'bump', 'sync'];
/** bump-manifest writes the promoted reference into the target environment; its image line is ours. */
const BUMP_STAGE = { name: 'bump', definition: definition_definition, inputPrefix: 'config-', outputPrefix: 'config-', filled: ['image', 'from'] };
const SYNC_STAGE = { name: 'sync', definition: definition, inputPrefix: 'argocd-', outputPrefix: 'argocd-' };
/** A digest that parses and names nothing: the stages' inputs are checked before the real one is known. */
const PLACEHOLDER_DIGEST = `sha256:${'0'.repeat(64)}`;
function parsePromoteInputs(reader, context) {
    const sourceText = reader.required('source');
    const source = (0,oci_reference/* parseImageReference */.o_)(sourceText, 'source');
    const digest = reader.optional('digest');
    const from = reader.optional('from');
    if (digest !== undefined) {
        if (!(0,oci_reference/* isDigest */.Bc)(digest))
            throw new errors/* ConfigurationError */.j1(`expected sha256: followed by 64 lowercase hex digits, got "${digest}"`, 'digest');
        if (source.digest && source.digest !== digest)
            throw new errors/* ConfigurationError */.j1(`pins ${source.digest}, but the digest input is ${digest}`, 'source');
    }
    const pinned = digest ?? source.digest;
    if (pinned)
        source.digest = pinned;
    if (!pinned && !source.tag && !from) {
        throw new errors/* ConfigurationError */.j1(`"${sourceText}" is neither pinned (@sha256:…) nor tagged: give a digest, a tag, or "from" (an environment folder running it)`, 'source');
    }
    if (from && (source.tag || source.digest) && !digest) {
        throw new errors/* ConfigurationError */.j1('with "from", give the image name only (its reference is read from there)', 'source');
    }
    const targetText = reader.optional('target');
    const target = targetText ? (0,oci_reference/* parseImageReference */.o_)(targetText, 'target') : { registry: source.registry, repository: source.repository };
    if (target.digest)
        throw new errors/* ConfigurationError */.j1(`"${targetText}" holds a digest: name a repository, with a tag if you like (the digest never changes)`, 'target');
    const tags = [...new Set([...(target.tag ? [target.tag] : []), ...reader.list('tags')])];
    for (const tag of tags)
        if (!(0,oci_reference/* isValidTag */.r_)(tag))
            throw new errors/* ConfigurationError */.j1(`"${tag}" is not a valid tag (letters, digits, _ . -; at most 128)`, 'tags');
    delete target.tag;
    const stages = (0,stage/* selectStages */.ut)(reader.list('stages'), PROMOTE_STAGES);
    // Without a copy, the same repository is fine: the bump moves an environment to what another runs.
    if (stages.has('copy') && (0,oci_reference/* normalizedName */.j8)(target) === (0,oci_reference/* normalizedName */.j8)(source) && tags.every((tag) => tag === source.tag)) {
        throw new errors/* ConfigurationError */.j1(`is the source itself (${(0,oci_reference/* normalizedName */.j8)(source)}${source.tag ? `:${source.tag}` : ''}): name another repository or a new tag`, 'target');
    }
    const bumpValues = (0,stage/* readStageValues */.zW)(BUMP_STAGE, reader);
    const syncValues = (0,stage/* readStageValues */.zW)(SYNC_STAGE, reader);
    const inputs = {
        source,
        ...(digest ? { pinnedBy: 'digest' } : source.digest ? { pinnedBy: 'source' } : {}),
        ...(from ? { from } : {}),
        target,
        tags,
        referrers: reader.boolean('referrers'),
        stages,
        targetLogin: login(reader, 'username', 'password', context.workspace),
        ...githubToken(reader),
        sourceLogin: login(reader, 'source-username', 'source-password', context.workspace),
    };
    const environment = reader.optional('environment');
    if (environment)
        inputs.environment = environment;
    const configImage = reader.optional('config-image');
    if (configImage) {
        const parsed = (0,oci_reference/* parseImageReference */.o_)(configImage, 'config-image');
        if (parsed.tag || parsed.digest)
            throw new errors/* ConfigurationError */.j1(`give the image name only, got "${configImage}"`, 'config-image');
        inputs.configImage = configImage;
    }
    // The config repository is opened to read `from` too, so its inputs are checked then as well.
    if (stages.has('bump') || from) {
        // `files` is only needed by the bump itself; reading `from` alone needs the repository.
        const files = stages.has('bump') ? {} : { files: from };
        const parse = (image) => (0,stage/* parseStage */.YA)(BUMP_STAGE, bumpValues, { image, ...files }, context);
        const bump = parse(`${(0,oci_reference/* normalizedName */.j8)(target)}@${PLACEHOLDER_DIGEST}`);
        if (stages.has('bump'))
            (0,stage/* refuseSyncOfPullRequest */.lY)(stages, bump, 'config-mode');
        inputs.bump = parse;
    }
    if (stages.has('sync'))
        inputs.sync = (0,stage/* parseStage */.YA)(SYNC_STAGE, syncValues, {}, context);
    return inputs;
}
function githubToken(reader) {
    const token = reader.secret('github-token');
    return token ? { githubToken: token } : {};
}
function login(reader, userInput, passwordInput, workspace) {
    const username = reader.optional(userInput);
    const password = reader.secret(passwordInput);
    // A password alone is a token: GHCR takes it with any user name (see credentialFromInputs).
    if (username && !password)
        throw new errors/* ConfigurationError */.j1(`is required when ${userInput} is given`, passwordInput);
    const result = readTlsInputs(reader, workspace);
    if (username)
        result.username = username;
    if (password)
        result.password = password;
    return result;
}


/***/ }),

/***/ 4404:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ stageInputSpecs),
/* harmony export */   MY: () => (/* binding */ FlowProgress),
/* harmony export */   Tp: () => (/* binding */ stageOutputs),
/* harmony export */   YA: () => (/* binding */ parseStage),
/* harmony export */   lY: () => (/* binding */ refuseSyncOfPullRequest),
/* harmony export */   ut: () => (/* binding */ selectStages),
/* harmony export */   wr: () => (/* binding */ stageOutputSpecs),
/* harmony export */   zW: () => (/* binding */ readStageValues)
/* harmony export */ });
/* unused harmony export flowInputName */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9114);


/** The flow's name for a stage input. */
function flowInputName(stage, name) {
    return stage.shared?.[name] ?? `${stage.inputPrefix}${name}`;
}
/**
 * The stage's inputs as the flow declares them: prefixed, none required (the stage may be
 * switched off; its parser still demands them when it is on), defaults and secrecy kept.
 */
function stageInputSpecs(stage) {
    const specs = {};
    for (const [name, spec] of Object.entries(stage.definition.inputs)) {
        if (stage.filled?.includes(name) || stage.shared?.[name])
            continue;
        const { required: _required, ...rest } = spec;
        specs[flowInputName(stage, name)] = { ...rest, description: `${stageLabel(stage)}: ${spec.description}` };
    }
    return specs;
}
function stageOutputSpecs(stage) {
    return Object.fromEntries(Object.entries(stage.definition.outputs).map(([name, spec]) => [`${stage.outputPrefix}${name}`, { description: `${stageLabel(stage)}: ${spec.description}` }]));
}
/** What the user gave for a stage, by the stage's own input names; read once, at parse time. */
function readStageValues(stage, reader) {
    const values = {};
    for (const [name, spec] of Object.entries(stage.definition.inputs)) {
        if (stage.filled?.includes(name))
            continue;
        // Revealed only to be handed to the stage's own parser, which masks it again as it reads it.
        values[name] = spec.secret ? reader.secret(flowInputName(stage, name))?.reveal() : reader.optional(flowInputName(stage, name));
    }
    return values;
}
/**
 * The stage's parsed inputs from the user's values and what the flow fills in. Its errors name
 * the flow's input, so the user reads the name they wrote.
 */
function parseStage(stage, values, filled, context) {
    const source = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputSourceFromObject */ .V2)({ ...values, ...filled });
    try {
        return stage.definition.parse(new _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputReader */ .i_(stage.definition.inputs, source), context);
    }
    catch (error) {
        if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isConfigurationError */ .p0)(error) || !error.input)
            throw error;
        const flowName = flowInputName(stage, error.input);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).slice(`Input "${error.input}": `.length)} (${stage.name} stage)`, flowName);
    }
}
/**
 * A bump that opens a pull request changes nothing Argo CD deploys until someone merges it: a sync
 * after it would wait on what already ran and report that as the deployment. So the two are
 * refused together, before anything moves.
 */
function refuseSyncOfPullRequest(stages, bump, modeInput) {
    if (!stages.has('sync') || bump?.mode !== 'pull-request')
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('is pull-request, so the change waits for a merge and the sync stage would only confirm what already runs: take sync out of stages (Argo CD deploys the change once the pull request is merged), or use push', modeInput);
}
/** The stages a `stages` input names, each known, in the flow's order. */
function selectStages(names, known, inputName = 'stages') {
    for (const name of names) {
        if (!known.includes(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`expected some of ${known.join(', ')}, got "${name}"`, inputName);
    }
    if (!names.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`name at least one of ${known.join(', ')}`, inputName);
    return new Set(names);
}
/** One stage's outputs from a flow's, by the stage's own names. */
function stageOutputs(outputs, stage) {
    return Object.fromEntries(Object.entries(outputs).filter(([name]) => name.startsWith(stage.outputPrefix)).map(([name, value]) => [name.slice(stage.outputPrefix.length), value]));
}
/** What running the stages so far gave: each stage's outputs under its prefix, and their summaries. */
class FlowProgress {
    outputs = {};
    summaries = [];
    /**
     * Runs one stage inside a log group and keeps what it reports. A stage that reports a failure
     * (an application that did not get healthy) still hands its outputs on; the flow stops there.
     */
    async run(stage, inputs, runtime) {
        const result = await runtime.io.group(`Stage ${stage.name}: ${stage.definition.name}`, () => stage.definition.run(inputs, runtime));
        for (const [name, value] of Object.entries(result.outputs))
            this.outputs[`${stage.outputPrefix}${name}`] = value;
        if (result.summary)
            this.summaries.push(result.summary);
        return result;
    }
}
function stageLabel(stage) {
    return `${stage.name} stage (${stage.definition.name})`;
}


/***/ }),

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

/***/ 716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ findUpdate),
/* harmony export */   EF: () => (/* binding */ parseImageUpdate),
/* harmony export */   R9: () => (/* binding */ resolveUpdates),
/* harmony export */   Yt: () => (/* binding */ rewriteReference),
/* harmony export */   bx: () => (/* binding */ PRESERVE),
/* harmony export */   mQ: () => (/* binding */ splitReference)
/* harmony export */ });
/* unused harmony exports joinReference, nameKeyOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(488);


/** The kustomize "preserve" marker: `app=*:v2` keeps the name, `app=reg/app:*` keeps the tag. */
const PRESERVE = '*';
/**
 * Accepts every form `kustomize edit set image` accepts: `a=b:t@d`, `a=b@d`, `a=b:t`, `a=b`,
 * `a:t`, `a:t@d`, `a@d` (with `*` preserve markers), so `ghcr.io/org/app:1.2@sha256:…` (a
 * build-push output) names the image and its new tag and digest at once.
 */
function parseImageUpdate(text, inputName) {
    const trimmed = text.trim();
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${text}" is not an image update: ${why}; expected image=newName:newTag@digest, image:newTag, image@digest or image:newTag@digest`, inputName);
    };
    if (!trimmed)
        fail('it is empty');
    const equals = trimmed.indexOf('=');
    const image = equals >= 0 ? trimmed.slice(0, equals) : undefined;
    const value = splitReference(equals >= 0 ? trimmed.slice(equals + 1) : trimmed);
    if (image !== undefined) {
        const plain = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(image, inputName);
        if (plain.tag !== undefined || plain.digest !== undefined)
            fail(`the image to find ("${image}") must not carry a tag or digest`);
    }
    else if (value.name === PRESERVE) {
        fail('a "*" name needs the image=*:tag form');
    }
    if (value.name !== PRESERVE)
        (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(value.name, inputName);
    if (value.tag !== undefined && value.tag !== PRESERVE)
        (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(`x:${value.tag}`, inputName);
    if (value.digest !== undefined && value.digest !== PRESERVE)
        (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(`x@${value.digest}`, inputName);
    const update = { image: image ?? value.name };
    if (image !== undefined)
        update.newName = value.name;
    if (value.tag !== undefined)
        update.newTag = value.tag;
    if (value.digest !== undefined)
        update.newDigest = value.digest;
    if (image === undefined && value.tag === undefined && value.digest === undefined)
        fail('it names no new tag, digest or name');
    return update;
}
/** Splits like kustomize `SplitImageName`: a `:` before the last `/` belongs to a registry port. */
function splitReference(text) {
    let rest = text.trim();
    const result = { name: '' };
    const at = rest.indexOf('@');
    if (at >= 0) {
        result.digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        result.tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    result.name = rest;
    return result;
}
function joinReference(reference) {
    return `${reference.name}${reference.tag ? `:${reference.tag}` : ''}${reference.digest ? `@${reference.digest}` : ''}`;
}
function resolveUpdates(updates, inputName) {
    const seen = new Map();
    return updates.map((update) => {
        const key = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizedName */ .j8)((0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(update.image, inputName));
        const previous = seen.get(key);
        if (previous !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${previous}" and "${update.image}" name the same image`, inputName);
        seen.set(key, update.image);
        return { ...update, key, shortName: key.slice(key.lastIndexOf('/') + 1) };
    });
}
/** The normalised name of an image string found in a file, or undefined when it is not one (`${IMAGE}`). */
function nameKeyOf(text) {
    try {
        return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizedName */ .j8)((0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(text));
    }
    catch {
        return undefined;
    }
}
function findUpdate(text, updates) {
    if (!updates.some((update) => text.includes(update.shortName)))
        return undefined;
    const key = nameKeyOf(text);
    return key === undefined ? undefined : updates.find((update) => update.key === key);
}
/**
 * What a full reference in a resource becomes, as `kustomize build` would render it with the
 * equivalent `images:` entry: tag and digest are replaced together (one given drops the other),
 * and a rename alone keeps them.
 */
function rewriteReference(existing, update) {
    const old = splitReference(existing);
    const name = update.newName !== undefined && update.newName !== PRESERVE ? update.newName : old.name;
    if (update.newTag === undefined && update.newDigest === undefined)
        return joinReference({ ...old, name });
    const next = { name };
    const tag = update.newTag === PRESERVE ? old.tag : update.newTag;
    const digest = update.newDigest === PRESERVE ? old.digest : update.newDigest;
    if (tag !== undefined)
        next.tag = tag;
    if (digest !== undefined)
        next.digest = digest;
    return joinReference(next);
}


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

/***/ 476:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ gitAuthEnvironment),
/* harmony export */   bl: () => (/* binding */ DEFAULT_TOKEN_USERNAME),
/* harmony export */   fn: () => (/* binding */ parseRepositoryUrl),
/* harmony export */   kW: () => (/* binding */ describeRemote)
/* harmony export */ });
/* unused harmony export authorizationHeader */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);
/* harmony import */ var _secret_forms_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3657);




/** GitHub's convention for tokens over basic auth; GitLab wants `oauth2`, Gitea/Bitbucket others. */
const DEFAULT_TOKEN_USERNAME = 'x-access-token';
const SCP_LIKE = /^[\w.-]+@[^:/]+:.+/;
/**
 * Checks a repository URL given as input: http(s) or ssh, and no credentials inside it (they
 * would end up in `.git/config`, in git's messages and in our logs). The rejected URL is not
 * echoed, since the part we refuse is a secret.
 */
function parseRepositoryUrl(text, inputName, baseDir = process.cwd()) {
    const trimmed = text.trim();
    if (SCP_LIKE.test(trimmed))
        return { url: trimmed, display: trimmed };
    // A local repository (air-gapped runners, local trials): git is given a file:// URL, so a
    // shallow clone stays shallow (git ignores --depth for a plain path).
    if (/^(\/|\.\.?\/)/.test(trimmed)) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(baseDir, trimmed);
        return { url: (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(absolute).href, display: absolute };
    }
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`expected an https://, http://, ssh:// or file:// git URL such as https://github.com/org/config.git, or a path starting with / or ./, got "${(0,_secret_forms_js__WEBPACK_IMPORTED_MODULE_3__/* .hideUserInfo */ .Mi)(trimmed)}"`, inputName);
    }
    if (url.protocol === 'file:') {
        if (url.host)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`a file:// URL names a path on this machine (file:///srv/config.git), not a host`, inputName);
        return { url: url.href, display: (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(url) };
    }
    if (!['https:', 'http:', 'ssh:'].includes(url.protocol)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`expected an https://, http://, ssh:// or file:// git URL, got a ${url.protocol} URL`, inputName);
    }
    if (url.password || (url.username && url.protocol !== 'ssh:')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('must not contain credentials; give the token in the "token" input, which is sent as a header and never stored', inputName);
    }
    return describeRemote(trimmed);
}
/** Describes a URL we did not choose (e.g. an existing checkout's `origin`). */
function describeRemote(remoteUrl) {
    if (SCP_LIKE.test(remoteUrl))
        return { url: remoteUrl, display: remoteUrl };
    try {
        const url = new URL(remoteUrl);
        const origin = url.protocol === 'http:' || url.protocol === 'https:' ? `${url.protocol}//${url.host}/` : undefined;
        url.username = '';
        url.password = '';
        return { url: remoteUrl, display: url.toString(), httpOrigin: origin };
    }
    catch {
        // A local path or something git understands and URL does not: nothing to strip.
        return { url: remoteUrl, display: remoteUrl };
    }
}
/**
 * The environment that makes git send `Authorization: Basic base64(user:token)` to one origin,
 * the way actions/checkout does it, but through `GIT_CONFIG_COUNT/KEY_n/VALUE_n`: the token is in
 * no argv (visible in `ps`), no URL and no `.git/config`. The empty first value clears headers a
 * previous checkout persisted for the same origin, so git does not send two Authorization headers.
 * Every derived form is masked before it exists anywhere else.
 */
function gitAuthEnvironment(remote, credentials, io, inheritedEnv = process.env) {
    if (!credentials?.token)
        return {};
    if (!remote.httpOrigin) {
        io.warning(`The token is only used for http(s) remotes; ${remote.display} is reached with the runner's own git/ssh setup`);
        return {};
    }
    const header = authorizationHeader(credentials, io);
    const inheritedCount = Number(inheritedEnv.GIT_CONFIG_COUNT ?? '0');
    const first = Number.isInteger(inheritedCount) && inheritedCount > 0 ? inheritedCount : 0;
    const key = `http.${remote.httpOrigin}.extraheader`;
    return {
        GIT_CONFIG_COUNT: String(first + 2),
        [`GIT_CONFIG_KEY_${first}`]: key,
        [`GIT_CONFIG_VALUE_${first}`]: '',
        [`GIT_CONFIG_KEY_${first + 1}`]: key,
        [`GIT_CONFIG_VALUE_${first + 1}`]: `Authorization: ${header}`,
    };
}
/** `Basic base64(user:token)`, masked in all its forms. */
function authorizationHeader(credentials, io) {
    io.mask(credentials.token);
    const username = credentials.username || DEFAULT_TOKEN_USERNAME;
    const pair = `${username}:${credentials.token}`;
    io.mask(pair);
    const encoded = Buffer.from(pair, 'utf8').toString('base64');
    io.mask(encoded);
    const header = `Basic ${encoded}`;
    io.mask(header);
    return header;
}


/***/ }),

/***/ 3725:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ DEFAULT_COMMIT_MESSAGE),
/* harmony export */   jq: () => (/* binding */ renderCommitMessage),
/* harmony export */   kt: () => (/* binding */ validateMessageTemplate)
/* harmony export */ });
/* unused harmony export MESSAGE_PLACEHOLDERS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const MESSAGE_PLACEHOLDERS = ['image', 'tag', 'digest', 'ref', 'files'];
const DEFAULT_COMMIT_MESSAGE = 'chore(deploy): bump {image} to {ref}';
const PLACEHOLDER = /\{([A-Za-z-]+)\}/g;
/** Fails on a placeholder we would leave verbatim in the commit: a typo must not ship. */
function validateMessageTemplate(template, inputName) {
    for (const match of template.matchAll(PLACEHOLDER)) {
        if (!MESSAGE_PLACEHOLDERS.includes(match[1])) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unknown placeholder {${match[1]}}; the message may use ${MESSAGE_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}`, inputName);
        }
    }
    if (!template.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('must not be empty', inputName);
}
/**
 * `{image}` the image names written, `{tag}`, `{digest}`, `{ref}` (`tag@digest`, or whichever is
 * set), `{files}` the changed paths. Several updates are joined with ", ".
 */
function renderCommitMessage(template, facts) {
    const values = facts.updates.length
        ? {
            image: join(facts.updates.map((update) => update.newName ?? update.image)),
            tag: join(facts.updates.map((update) => update.newTag ?? '')),
            digest: join(facts.updates.map((update) => update.newDigest ?? '')),
            ref: join(facts.updates.map(referenceOf)),
            files: join(facts.files),
        }
        : {
            image: join((facts.set ?? []).map((entry) => entry.path)),
            tag: join((facts.set ?? []).map((entry) => entry.value)),
            digest: '',
            ref: join((facts.set ?? []).map((entry) => entry.value)),
            files: join(facts.files),
        };
    return template.replace(PLACEHOLDER, (whole, name) => name in values ? values[name] : whole);
}
function referenceOf(update) {
    if (update.newTag && update.newDigest)
        return `${update.newTag}@${update.newDigest}`;
    return update.newTag ?? update.newDigest ?? '';
}
function join(items) {
    return [...new Set(items.filter(Boolean))].join(', ');
}


/***/ }),

/***/ 9114:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V2: () => (/* binding */ inputSourceFromObject),
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   tg: () => (/* binding */ inputSourceFromEnv)
/* harmony export */ });
/* unused harmony exports isExpression, parseBoolean, parseList, parseLines, parseKeyValues, parseDuration */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _secret_value_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2087);


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
        return value === undefined ? undefined : new _secret_value_js__WEBPACK_IMPORTED_MODULE_1__/* .SecretValue */ .i(value);
    }
    /** A secret input of several lines (build secrets as `id=value`), each line a `SecretValue`. */
    secretLines(name) {
        if (!this.#spec(name).secret || !this.#spec(name).multiple)
            throw new Error(`Bug: input "${name}" is not declared secret and multiple`);
        return parseLines(this.#raw(name)).map((line) => new _secret_value_js__WEBPACK_IMPORTED_MODULE_1__/* .SecretValue */ .i(line));
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('is required and was not given', name);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`expected a whole number, got "${value}"`, name);
        const number = Number(value);
        if (bounds.min !== undefined && number < bounds.min) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`must be at least ${bounds.min}, got ${number}`, name);
        }
        if (bounds.max !== undefined && number > bounds.max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`must be at most ${bounds.max}, got ${number}`, name);
        }
        return number;
    }
    oneOf(name, choices) {
        const value = this.required(name);
        if (!choices.includes(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`expected one of ${choices.join(', ')}, got "${value}"`, name);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`expected true or false, got "${value}"`, name);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`expected key=value lines, got "${line}"`, name);
        map.set(key, line.slice(at + 1).trim());
    }
    return map;
}
function parseDuration(value, name) {
    const match = DURATION.exec(value.trim());
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`expected a duration such as 90s, 5m or 1h, got "${value}"`, name);
    }
    return Math.round(Number(match[1]) * DURATION_UNIT_MS[match[2] ?? 's']);
}


/***/ }),

/***/ 488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   j8: () => (/* binding */ normalizedName),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony export familiarName */
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

/***/ 2087:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ SecretValue)
/* harmony export */ });
/* harmony import */ var _secret_forms_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3657);

/**
 * A secret carried inside parsed inputs: JSON and string conversions show `***`, so logging the
 * inputs (as the debug mode does) or interpolating one by mistake cannot leak it.
 */
class SecretValue {
    #value;
    constructor(value) {
        this.#value = value;
        // Registered the moment it exists: an error quoting a remote's answer masks it even if no IO saw it.
        _secret_forms_js__WEBPACK_IMPORTED_MODULE_0__/* .processSecrets */ .rW.add(value);
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

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

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

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __nccwpck_require__(9114);
// EXTERNAL MODULE: ./src/core/secret-forms.ts
var secret_forms = __nccwpck_require__(3657);
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
    const inputs = definition.parse(new core_inputs/* InputReader */.i_(definition.inputs, source, onSecret), context);
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
        parsed = parseAction(definition, (0,core_inputs/* inputSourceFromEnv */.tg)(process.env), process.env, (secret) => {
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

// EXTERNAL MODULE: ./src/actions/ship/stage.ts
var stage = __nccwpck_require__(4404);
// EXTERNAL MODULE: ./src/actions/promote/inputs.ts + 5 modules
var inputs = __nccwpck_require__(8019);
;// CONCATENATED MODULE: ./src/actions/promote/definition.ts


const definition = {
    name: 'promote',
    description: 'Promote an image or artifact by digest, without rebuilding: copy it (layers mounted or streamed, never pulled; an index ' +
        'with every platform; signatures and other referrers too) to a new tag or repository, then optionally bump the target ' +
        'environment in the config repository and sync it with Argo CD.',
    inputs: {
        source: {
            description: 'The image to promote: registry/repository@sha256:… (pinned), registry/repository:tag (resolved once, then only the digest is used), ' +
                'or registry/repository with "from".',
            required: true,
        },
        digest: { description: 'The digest to promote (sha256:…), when source names only the repository; "from" is then not read.' },
        from: {
            description: 'An environment folder (files or a glob) of the config repository: the reference of source it runs is promoted. ' +
                'The repository is given by the config-repository or config-path inputs.',
        },
        target: { description: 'Where to copy: registry/repository[:tag]. Default: the source repository (then give a new tag).' },
        tags: { description: 'More tags for the promoted digest in the target, separated by commas or newlines.', multiple: true },
        referrers: { description: 'Also copy what refers to the digest (signatures, SBOMs, attestations).', default: 'true' },
        stages: {
            description: 'What to do, comma or newline separated: copy (the registry copy), bump (write it into the target environment), sync (Argo CD).',
            default: 'copy',
            multiple: true,
        },
        environment: { description: 'Name of the target environment, for the deployment record.' },
        'config-image': { description: 'The image name the target environment\'s files use. Default: the target repository.' },
        username: { description: 'User name for the target registry (and the source\'s, when the same). Default: the docker config credentials (DOCKER_CONFIG, ~/.docker/config.json).' },
        password: { description: 'Password or token for the target registry; alone, a token (for ghcr.io, with any user name).', secret: true },
        'github-token': {
            description: 'Token for ghcr.io when no other login is given (GHCR takes it with any user name).',
            default: '${{ github.token }}',
            secret: true,
        },
        'source-username': { description: 'User name for the source registry, when it differs from the target\'s.' },
        'source-password': { description: 'Password or token for the source registry.', secret: true },
        insecure: { description: 'Skip TLS verification, and use plain HTTP for a registry without TLS.', default: 'false' },
        'ca-file': { description: 'PEM file of a CA to trust for the registries, besides the system\'s.' },
        ...(0,stage/* stageInputSpecs */.FG)(inputs/* BUMP_STAGE */.kD),
        ...(0,stage/* stageInputSpecs */.FG)(inputs/* SYNC_STAGE */.bG),
    },
    outputs: {
        digest: { description: 'The promoted digest, sha256:… (the same in source and target).' },
        image: { description: 'The promoted image pinned by digest in the target: registry/repository@sha256:…' },
        source: { description: 'Where it came from, pinned by digest: registry/repository@sha256:…' },
        tags: { description: 'The target references now pointing at the digest, registry/repository:tag, one per line.' },
        referrers: { description: 'Digests of the referrers copied with it, one per line.' },
        commit: { description: 'The config commit holding the promotion (bump stage).' },
        'pull-request-url': { description: 'The pull request of the promotion (bump stage in pull-request mode).' },
        'sync-status': { description: 'Argo CD sync status after the sync stage.' },
        'health-status': { description: 'Argo CD health status after the sync stage.' },
        record: { description: 'JSON deployment record: environment, commit, image, digest, config commit, Argo CD revision and health, links.' },
        ...(0,stage/* stageOutputSpecs */.wr)(inputs/* BUMP_STAGE */.kD),
        ...(0,stage/* stageOutputSpecs */.wr)(inputs/* SYNC_STAGE */.bG),
    },
    parse: inputs/* parsePromoteInputs */.JI,
    run: async (inputs, runtime) => (await Promise.all(/* import() */[__nccwpck_require__.e(598), __nccwpck_require__.e(122)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9122))).runPromote(inputs, runtime),
};

;// CONCATENATED MODULE: ./src/actions/promote/index.ts


void runOnGithub(definition);

