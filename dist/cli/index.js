#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ definition)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __nccwpck_require__(6107);
// EXTERNAL MODULE: ./src/core/tls-inputs.ts
var tls_inputs = __nccwpck_require__(2530);
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
    const { caFile, insecure } = (0,tls_inputs/* readTlsInputs */.t)(reader, workspace);
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
    run: async (inputs, runtime) => (await Promise.all(/* import() */[__nccwpck_require__.e(598), __nccwpck_require__.e(181)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4606))).runArgocdSync(inputs, runtime),
};


/***/ }),

/***/ 9531:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ definition)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __nccwpck_require__(6107);
// EXTERNAL MODULE: ./src/core/tls-inputs.ts
var tls_inputs = __nccwpck_require__(2530);
;// CONCATENATED MODULE: ./src/core/build/metadata/flavor.ts

const DEFAULT_FLAVOR = { latest: 'auto', prefix: '', prefixOnLatest: false, suffix: '', suffixOnLatest: false };
/** Lines such as `latest=false`, `prefix=app-,onlatest=true`, `suffix=-alpine`. */
function parseFlavor(lines, input = 'flavor') {
    const flavor = { ...DEFAULT_FLAVOR };
    for (const line of lines) {
        const fields = line.split(',').map((field) => field.trim()).filter(Boolean);
        const [head, ...rest] = fields.map((field) => {
            const at = field.indexOf('=');
            if (at <= 0)
                throw new errors/* ConfigurationError */.j1(`expected key=value, got "${field}" in "${line}"`, input);
            return { key: field.slice(0, at).trim(), value: field.slice(at + 1).trim() };
        });
        if (!head)
            continue;
        switch (head.key) {
            case 'latest':
                if (head.value !== 'auto' && head.value !== 'true' && head.value !== 'false') {
                    throw new errors/* ConfigurationError */.j1(`latest must be auto, true or false, got "${head.value}"`, input);
                }
                if (rest.length)
                    throw new errors/* ConfigurationError */.j1(`latest takes no other attribute, in "${line}"`, input);
                flavor.latest = head.value;
                break;
            case 'prefix':
            case 'suffix': {
                let onLatest = false;
                for (const { key, value } of rest) {
                    if (key !== 'onlatest' || (value !== 'true' && value !== 'false')) {
                        throw new errors/* ConfigurationError */.j1(`${head.key} accepts only onlatest=true|false after it, in "${line}"`, input);
                    }
                    onLatest = value === 'true';
                }
                if (head.key === 'prefix')
                    Object.assign(flavor, { prefix: head.value, prefixOnLatest: onLatest });
                else
                    Object.assign(flavor, { suffix: head.value, suffixOnLatest: onLatest });
                break;
            }
            default:
                throw new errors/* ConfigurationError */.j1(`unknown flavor "${head.key}" (known: latest, prefix, suffix)`, input);
        }
    }
    return flavor;
}

;// CONCATENATED MODULE: ./src/core/build/metadata/tag-rules.ts

/** metadata-action's default priorities: the highest-priority tag becomes the image version. */
const DEFAULT_PRIORITY = { semver: 900, ref: 600, raw: 200, sha: 100 };
const ATTRIBUTES = {
    sha: ['format'],
    ref: ['event'],
    semver: ['pattern', 'value'],
    raw: ['value'],
};
const COMMON = ['type', 'enable', 'priority', 'prefix', 'suffix'];
const UNSUPPORTED_TYPES = new Set(['schedule', 'edge', 'match', 'pep440']);
/** With no `tags` input: the full commit SHA (what skip-existing looks for) and `sha-<7>`. */
const DEFAULT_TAG_RULES = ['type=sha,format=long,prefix=', 'type=sha'];
function parseTagRules(lines, input = 'tags') {
    return lines.map((line) => parseTagRule(line, input));
}
/**
 * `type=ref,event=branch`, `type=raw,value=stable`, or a bare `stable` (a raw tag). Every
 * attribute is checked here so that a typo fails the step before anything is built.
 */
function parseTagRule(line, input = 'tags') {
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(`${why} in "${line}"`, input);
    };
    const fields = splitFields(line);
    if (fields.length === 1 && !fields[0].includes('='))
        fields[0] = `value=${fields[0]}`;
    const attributes = new Map();
    for (const field of fields) {
        const at = field.indexOf('=');
        if (at <= 0)
            fail(`expected key=value attributes separated by commas, got "${field}"`);
        const key = field.slice(0, at).trim();
        if (attributes.has(key))
            fail(`"${key}" is given twice`);
        attributes.set(key, field.slice(at + 1).trim());
    }
    const typeText = attributes.get('type') ?? 'raw';
    if (UNSUPPORTED_TYPES.has(typeText))
        fail(`type=${typeText} is not supported (supported: sha, ref, semver, raw)`);
    if (!(typeText in ATTRIBUTES))
        fail(`unknown type "${typeText}" (supported: sha, ref, semver, raw)`);
    const type = typeText;
    for (const key of attributes.keys()) {
        if (!COMMON.includes(key) && !ATTRIBUTES[type].includes(key)) {
            fail(`"${key}" is not an attribute of type=${type} (allowed: ${[...COMMON, ...ATTRIBUTES[type]].join(', ')})`);
        }
    }
    const rule = { type, enable: attributes.get('enable') || 'true', priority: DEFAULT_PRIORITY[type] };
    const priority = attributes.get('priority');
    if (priority !== undefined) {
        if (!/^\d+$/.test(priority))
            fail(`priority must be a whole number, got "${priority}"`);
        rule.priority = Number(priority);
    }
    if (attributes.has('prefix'))
        rule.prefix = attributes.get('prefix');
    if (attributes.has('suffix'))
        rule.suffix = attributes.get('suffix');
    switch (type) {
        case 'sha': {
            const format = attributes.get('format') || 'short';
            if (format !== 'short' && format !== 'long')
                fail(`format must be short or long, got "${format}"`);
            rule.format = format;
            rule.prefix ??= 'sha-';
            break;
        }
        case 'ref': {
            const event = attributes.get('event');
            if (event !== 'branch' && event !== 'tag' && event !== 'pr')
                fail('type=ref needs event=branch, event=tag or event=pr');
            rule.event = event;
            if (event === 'pr')
                rule.prefix ??= 'pr-';
            break;
        }
        case 'semver': {
            const pattern = attributes.get('pattern');
            if (!pattern)
                fail('type=semver needs a pattern, e.g. pattern={{version}}');
            rule.pattern = pattern;
            if (attributes.get('value'))
                rule.value = attributes.get('value');
            break;
        }
        case 'raw': {
            const value = attributes.get('value');
            if (!value)
                fail('type=raw needs a value, e.g. value=stable');
            rule.value = value;
            break;
        }
    }
    return rule;
}
/** Splits on commas outside `{{ }}`, so `{{date 'YYYY,MM'}}` stays whole. */
function splitFields(line) {
    const fields = [];
    let depth = 0;
    let current = '';
    for (let index = 0; index < line.length; index++) {
        const pair = line.slice(index, index + 2);
        if (pair === '{{' || pair === '}}') {
            depth += pair === '{{' ? 1 : -1;
            current += pair;
            index++;
            continue;
        }
        if (line[index] === ',' && depth <= 0) {
            fields.push(current.trim());
            current = '';
            continue;
        }
        current += line[index];
    }
    fields.push(current.trim());
    return fields.filter((field) => field.length > 0);
}

;// CONCATENATED MODULE: ./src/core/build/plan.ts
const BUILDER_NAMES = ['docker', 'buildah', 'kaniko'];

// EXTERNAL MODULE: ./src/core/secret-value.ts
var secret_value = __nccwpck_require__(2087);
// EXTERNAL MODULE: ./src/core/oci/cloud-providers.ts
var cloud_providers = __nccwpck_require__(4619);
// EXTERNAL MODULE: ./src/core/oci/login-inputs.ts
var login_inputs = __nccwpck_require__(6600);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var reference = __nccwpck_require__(488);
;// CONCATENATED MODULE: ./src/actions/build-push/inputs.ts










const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
function parseBuildPushInputs(reader, { ci: context, env, workspace }) {
    const registryInput = reader.optional('registry');
    const image = resolveImage(reader.required('image'), registryInput ?? present(env.HARBOR_HOST), registryInput !== undefined);
    const rulesText = reader.lines('tags');
    const buildArgs = reader.keyValues('build-args');
    for (const name of buildArgs.keys()) {
        if (!BUILD_ARG_NAME.test(name))
            throw new errors/* ConfigurationError */.j1(`"${name}" is not a valid build argument name (letters, digits, _)`, 'build-args');
    }
    const platforms = reader.list('platforms');
    for (const platform of platforms) {
        if (!PLATFORM.test(platform))
            throw new errors/* ConfigurationError */.j1(`"${platform}" is not a platform such as linux/amd64 or linux/arm64/v8`, 'platforms');
    }
    const username = reader.optional('username');
    const password = reader.secret('password');
    const inputs = {
        image,
        context: (0,paths/* resolveUserPath */.T8)(workspace, reader.optional('context') ?? '.'),
        file: optionalPath(workspace, reader.optional('file')),
        tagRules: parseTagRules(rulesText.length ? rulesText : DEFAULT_TAG_RULES, 'tags'),
        flavor: parseFlavor(reader.lines('flavor'), 'flavor'),
        labels: reader.keyValues('labels'),
        buildArgs,
        secrets: parseSecrets(reader.secretLines('secrets')),
        target: reader.optional('target'),
        platforms,
        cacheFrom: reader.lines('cache-from'),
        cacheTo: reader.lines('cache-to'),
        push: reader.boolean('push'),
        builder: reader.oneOf('builder', ['auto', ...BUILDER_NAMES]),
        login: resolveLogin(image.registry, username, password?.reveal(), env),
        githubToken: reader.secret('github-token'),
        provider: reader.oneOf('provider', cloud_providers/* PROVIDERS */.x),
        skipExisting: reader.boolean('skip-existing'),
        ...(0,tls_inputs/* readTlsInputs */.t)(reader, workspace),
    };
    if (inputs.provider !== 'generic' && (username || password)) {
        throw new errors/* ConfigurationError */.j1(`is ${inputs.provider}: the login comes from the cloud's credentials, so leave out username and password`, 'provider');
    }
    if (inputs.target !== undefined && !/^[A-Za-z0-9][\w.-]*$/.test(inputs.target)) {
        throw new errors/* ConfigurationError */.j1(`"${inputs.target}" is not a build stage name`, 'target');
    }
    if (context.defaultBranch)
        inputs.defaultBranch = context.defaultBranch;
    return inputs;
}
/** `app` + registry `harbor.example.com/team` style inputs become one repository reference. */
function resolveImage(text, registry, registryFromInput) {
    const explicitHost = hasRegistryHost(text);
    const qualified = registry && !explicitHost ? `${registry.replace(/\/+$/, '')}/${text}` : text;
    const image = (0,reference/* parseImageReference */.o_)(qualified, 'image');
    if (image.tag || image.digest) {
        throw new errors/* ConfigurationError */.j1(`give the repository only ("${text.replace(/[:@].*$/, '')}"); tags come from the tags input`, 'image');
    }
    if (registryFromInput && explicitHost && registry !== image.registry && (0,reference/* parseImageReference */.o_)(`${registry}/x`).registry !== image.registry) {
        throw new errors/* ConfigurationError */.j1(`"${registry}" differs from the image's registry ${image.registry}`, 'registry');
    }
    return image;
}
function hasRegistryHost(text) {
    const slash = text.indexOf('/');
    if (slash < 0)
        return false;
    const first = text.slice(0, slash);
    return first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('[');
}
/** Inputs first, then HARBOR_* / CI_REGISTRY_* for their own host only (see ciVariableCredential). */
function resolveLogin(registry, username, password, env) {
    const found = (0,login_inputs/* credentialFromInputs */.NO)(registry, { username, password }, env) ?? (0,login_inputs/* ciVariableCredential */.c7)(registry, env);
    if (!found)
        return undefined;
    if (!found.username || !found.password) {
        // The builders log in with user:password; only GHCR's any-user login makes a token alone enough.
        throw new errors/* ConfigurationError */.j1(`is required with the password input for ${registry}: the builders log in with a user name and password`, 'username');
    }
    return { registry, username: found.username, password: new secret_value/* SecretValue */.i(found.password), source: found.source };
}
function parseSecrets(secretLines) {
    const seen = new Set();
    return secretLines.map((secretLine) => {
        const line = secretLine.reveal();
        const at = line.indexOf('=');
        const id = at < 0 ? '' : line.slice(0, at).trim();
        // Never echo the line: it holds the secret.
        if (!SECRET_ID.test(id))
            throw new errors/* ConfigurationError */.j1('expected id=value lines, with an id of letters, digits, _ . -', 'secrets');
        if (seen.has(id))
            throw new errors/* ConfigurationError */.j1(`the id "${id}" is given twice`, 'secrets');
        seen.add(id);
        return { id, value: new secret_value/* SecretValue */.i(line.slice(at + 1)) };
    });
}
function optionalPath(workspace, given) {
    return given === undefined ? undefined : (0,paths/* resolveUserPath */.T8)(workspace, given);
}
function present(value) {
    return value && value.trim() ? value.trim() : undefined;
}

;// CONCATENATED MODULE: ./src/actions/build-push/definition.ts

const definition = {
    name: 'build-push',
    description: 'Build a container image with buildx, buildah or kaniko, tag it from the commit (metadata-action rules), add OCI labels, ' +
        'push it with retries (or skip the build when the commit is already in the registry) and output the digest to pin.',
    inputs: {
        image: { description: 'Repository to push to, without a tag: ghcr.io/org/app, harbor.example.com/team/app.', required: true },
        context: { description: 'Build context directory; a relative path starts at the workspace, any other path is allowed.', default: '.' },
        file: { description: 'Dockerfile path; a relative path starts at the workspace (default: <context>/Dockerfile).' },
        tags: {
            description: 'Tag rules, one per line, in docker/metadata-action syntax: type=sha[,format=long], type=ref,event=branch|tag|pr, ' +
                'type=semver,pattern={{version}}, type=raw,value=stable, each with optional enable=, priority=, prefix=, suffix=. ' +
                'Default: the full commit SHA and sha-<7>.',
            multiple: true,
        },
        flavor: { description: 'latest=auto|true|false, prefix=…[,onlatest=true], suffix=…[,onlatest=true], one per line.', multiple: true },
        labels: { description: 'Labels, one key=value per line; they override the default org.opencontainers.image.* labels.', multiple: true },
        'build-args': { description: 'Build arguments, one KEY=value per line (not for secrets: they stay in the image history).', multiple: true },
        secrets: {
            description: 'Build secrets, one id=value per line, mounted with RUN --mount=type=secret,id=…; never in the image or the logs.',
            secret: true,
            multiple: true,
        },
        target: { description: 'Build stage to stop at.' },
        platforms: { description: 'Target platforms, comma or newline separated (several need builder docker).', multiple: true },
        'cache-from': { description: 'Cache sources, one per line (buildx syntax; buildah and kaniko take type=registry,ref=REPO).', multiple: true },
        'cache-to': { description: 'Cache destinations, one per line (buildx syntax; buildah and kaniko take type=registry,ref=REPO).', multiple: true },
        push: { description: 'Push the image; false only builds it.', default: 'true' },
        builder: { description: 'auto (buildx when a Docker daemon answers, else buildah, else kaniko), docker, buildah or kaniko.', default: 'auto' },
        registry: { description: "Registry to log in to and push to (default: the image's registry, or HARBOR_HOST for an image without one)." },
        username: { description: 'Registry user name (default: HARBOR_USERNAME for HARBOR_HOST, or CI_REGISTRY_USER for CI_REGISTRY: each only for its own host).' },
        password: {
            description: 'Registry password or token (default: HARBOR_PASSWORD, or CI_REGISTRY_PASSWORD). For ghcr.io a token alone will do: the user name is then the actor.',
            secret: true,
        },
        'github-token': {
            description: 'Token for a ghcr.io image when no other login is given (neither the inputs nor a docker login): GHCR takes it with any user name.',
            default: '${{ github.token }}',
            secret: true,
        },
        provider: {
            description: 'generic (the logins above), aws (ECR: GetAuthorizationToken with the AWS_* keys), azure (ACR: a token of the AZURE_* service principal, exchanged at the registry) or gcp (GCR/Artifact Registry: GOOGLE_OAUTH_ACCESS_TOKEN or the metadata server).',
            default: 'generic',
        },
        'skip-existing': {
            description: "Skip the build when the commit's SHA tag is already in the registry; the other tags are pointed at the existing manifest by a registry-side copy.",
            default: 'false',
        },
        'ca-file': {
            description: "PEM file of a CA to trust for the registry, besides the system's (an internal Harbor with a private CA), so TLS stays verified. " +
                'With builder docker the CA must also be trusted by the Docker daemon / BuildKit, which pushes the image itself.',
        },
        insecure: { description: 'Do not verify the registry\'s TLS certificate, and allow plain HTTP.', default: 'false' },
    },
    outputs: {
        digest: { description: 'Manifest digest in the registry (sha256:…).' },
        image: { description: 'The pushed image pinned by digest, registry/repository@sha256:…, what bump-manifest writes.' },
        tags: { description: 'The pushed references, registry/repository:tag, one per line.' },
        imageid: { description: 'Image ID (config digest): from the builder, or from the registry when the build was skipped.' },
        metadata: { description: 'JSON: image, digest, tags, labels, builder, skipped and the builder\'s own metadata.' },
        skipped: { description: 'true when the build was skipped because the commit\'s image already existed.' },
    },
    parse: parseBuildPushInputs,
    run: async (inputs, runtime) => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(710), __nccwpck_require__.e(774)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9774))).runBuildPush(inputs, runtime),
};


/***/ }),

/***/ 936:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ definition)
});

// EXTERNAL MODULE: ./src/core/git/commit-message.ts
var commit_message = __nccwpck_require__(3725);
// EXTERNAL MODULE: ./src/core/git/auth.ts
var auth = __nccwpck_require__(476);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __nccwpck_require__(6107);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/config-edit/image-update.ts
var image_update = __nccwpck_require__(716);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var oci_reference = __nccwpck_require__(488);
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



const definition = {
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
        const { runBumpManifest } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(476), __nccwpck_require__.e(291), __nccwpck_require__.e(898), __nccwpck_require__.e(328)]).then(__nccwpck_require__.bind(__nccwpck_require__, 328));
        return runBumpManifest(inputs, runtime);
    },
};


/***/ }),

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

/***/ 5852:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o: () => (/* binding */ actions)
});

// EXTERNAL MODULE: ./src/actions/argocd-sync/definition.ts + 1 modules
var definition = __nccwpck_require__(1716);
// EXTERNAL MODULE: ./src/actions/build-push/definition.ts + 4 modules
var build_push_definition = __nccwpck_require__(9531);
// EXTERNAL MODULE: ./src/actions/bump-manifest/definition.ts + 1 modules
var bump_manifest_definition = __nccwpck_require__(936);
// EXTERNAL MODULE: ./src/actions/ship/stage.ts
var ship_stage = __nccwpck_require__(4404);
// EXTERNAL MODULE: ./src/actions/promote/inputs.ts
var inputs = __nccwpck_require__(8951);
;// CONCATENATED MODULE: ./src/actions/promote/definition.ts


const definition_definition = {
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
        ...(0,ship_stage/* stageInputSpecs */.FG)(inputs/* BUMP_STAGE */.kD),
        ...(0,ship_stage/* stageInputSpecs */.FG)(inputs/* SYNC_STAGE */.bG),
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
        ...(0,ship_stage/* stageOutputSpecs */.wr)(inputs/* BUMP_STAGE */.kD),
        ...(0,ship_stage/* stageOutputSpecs */.wr)(inputs/* SYNC_STAGE */.bG),
    },
    parse: inputs/* parsePromoteInputs */.JI,
    run: async (inputs, runtime) => (await Promise.all(/* import() */[__nccwpck_require__.e(710), __nccwpck_require__.e(598), __nccwpck_require__.e(921)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1921))).runPromote(inputs, runtime),
};

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/actions/ship/stages.ts
var ship_stages = __nccwpck_require__(851);
;// CONCATENATED MODULE: ./src/actions/ship/inputs.ts



/** A digest that parses and names nothing: the bump's inputs are checked before the build gives the real one. */
const PLACEHOLDER_DIGEST = `sha256:${'0'.repeat(64)}`;
function parseShipInputs(reader, context) {
    const stages = (0,ship_stage/* selectStages */.ut)(reader.list('stages'), ship_stages/* SHIP_STAGES */.jQ.map((stage) => stage.name));
    if (stages.has('bump') && !stages.has('build')) {
        throw new errors/* ConfigurationError */.j1('bump pins the image the build stage pushes: add build (to move an image already pushed, use the promote action)', 'stages');
    }
    const inputs = { stages };
    const environment = reader.optional('environment');
    if (environment)
        inputs.environment = environment;
    // Every stage's values are read, switched on or not, so the same inputs mean the same on every run.
    const values = Object.fromEntries(ship_stages/* SHIP_STAGES */.jQ.map((stage) => [stage.name, (0,ship_stage/* readStageValues */.zW)(stage, reader)]));
    if (stages.has('build'))
        inputs.build = (0,ship_stage/* parseStage */.YA)(ship_stages/* BUILD */.Bv, values.build, {}, context);
    if (stages.has('artifact'))
        inputs.artifact = (0,ship_stage/* parseStage */.YA)(ship_stages/* ARTIFACT */.tX, values.artifact, {}, context);
    if (stages.has('bump')) {
        const image = reader.optional('image') ?? '';
        const parse = (line) => (0,ship_stage/* parseStage */.YA)(ship_stages/* BUMP */.HT, values.bump, { image: line }, context);
        (0,ship_stage/* refuseSyncOfPullRequest */.lY)(stages, parse(`${image}@${PLACEHOLDER_DIGEST}`), 'config-mode');
        inputs.bump = parse;
    }
    if (stages.has('sync'))
        inputs.sync = (0,ship_stage/* parseStage */.YA)(ship_stages/* SYNC */.a9, values.sync, {}, context);
    return inputs;
}

;// CONCATENATED MODULE: ./src/actions/ship/definition.ts



const OWN_OUTPUTS = {
    digest: { description: 'The image digest built and pinned (sha256:…); with the artifact stage alone, the artifact\'s.' },
    image: { description: 'The image pinned by digest, registry/repository@sha256:…, as written into the config repository.' },
    commit: { description: 'The config commit holding the new digest (bump stage).' },
    'sync-status': { description: 'Argo CD sync status after the sync stage.' },
    'health-status': { description: 'Argo CD health status after the sync stage.' },
    record: { description: 'JSON deployment record: commit, image digest, config commit, environment, Argo CD revision and health, links.' },
};
const OWN_INPUTS = {
    stages: {
        description: 'What to run, in this order, comma or newline separated: build (build-push), artifact (push-oci-artifact, for Flux), ' +
            'bump (bump-manifest, pinning the built repository@digest), sync (argocd-sync).',
        default: 'build,bump,sync',
        multiple: true,
    },
    environment: { description: 'Name of the environment deployed to, for the deployment record.' },
};
/**
 * The root action (`uses: org/gitops-actions@v1`): build-push, then bump-manifest pinning what was
 * built, then argocd-sync, or push-oci-artifact for Flux; each stage is the single action's own
 * parser and run, its inputs and outputs under the stage's prefix.
 */
const ship_definition_definition = {
    name: 'ship',
    description: 'The whole flow in one step: build and push an image, pin its digest in the config repository, sync Argo CD and wait until ' +
        'it runs it (or push the manifests as an OCI artifact for Flux), with a deployment record. Each stage is one of the single actions.',
    inputs: { ...OWN_INPUTS, ...Object.fromEntries(ship_stages/* SHIP_STAGES */.jQ.flatMap((stage) => Object.entries((0,ship_stage/* stageInputSpecs */.FG)(stage)))) },
    outputs: { ...OWN_OUTPUTS, ...Object.assign({}, ...ship_stages/* SHIP_STAGES */.jQ.map(ship_stage/* stageOutputSpecs */.wr)) },
    parse: parseShipInputs,
    run: async (inputs, runtime) => (await __nccwpck_require__.e(/* import() */ 283).then(__nccwpck_require__.bind(__nccwpck_require__, 5283))).runShip(inputs, runtime),
};

// EXTERNAL MODULE: ./src/actions/push-oci-artifact/definition.ts + 1 modules
var push_oci_artifact_definition = __nccwpck_require__(5083);
;// CONCATENATED MODULE: ./src/actions/index.ts






/** Every action the CLI offers, in the order a pipeline runs them. `--help` lists them so. */
const actions = [build_push_definition/* definition */.m, push_oci_artifact_definition/* definition */.m, bump_manifest_definition/* definition */.m, definition/* definition */.m, definition_definition, ship_definition_definition];


/***/ }),

/***/ 8951:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JI: () => (/* binding */ parsePromoteInputs),
/* harmony export */   bG: () => (/* binding */ SYNC_STAGE),
/* harmony export */   kD: () => (/* binding */ BUMP_STAGE)
/* harmony export */ });
/* unused harmony export PROMOTE_STAGES */
/* harmony import */ var _core_tls_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2530);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _core_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(488);
/* harmony import */ var _argocd_sync_definition_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1716);
/* harmony import */ var _bump_manifest_definition_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(936);
/* harmony import */ var _ship_stage_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4404);






const PROMOTE_STAGES = ['copy', 'bump', 'sync'];
/** bump-manifest writes the promoted reference into the target environment; its image line is ours. */
const BUMP_STAGE = { name: 'bump', definition: _bump_manifest_definition_js__WEBPACK_IMPORTED_MODULE_4__/* .definition */ .m, inputPrefix: 'config-', outputPrefix: 'config-', filled: ['image', 'from'] };
const SYNC_STAGE = { name: 'sync', definition: _argocd_sync_definition_js__WEBPACK_IMPORTED_MODULE_3__/* .definition */ .m, inputPrefix: 'argocd-', outputPrefix: 'argocd-' };
/** A digest that parses and names nothing: the stages' inputs are checked before the real one is known. */
const PLACEHOLDER_DIGEST = `sha256:${'0'.repeat(64)}`;
function parsePromoteInputs(reader, context) {
    const sourceText = reader.required('source');
    const source = (0,_core_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(sourceText, 'source');
    const digest = reader.optional('digest');
    const from = reader.optional('from');
    if (digest !== undefined) {
        if (!(0,_core_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .isDigest */ .Bc)(digest))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`expected sha256: followed by 64 lowercase hex digits, got "${digest}"`, 'digest');
        if (source.digest && source.digest !== digest)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`pins ${source.digest}, but the digest input is ${digest}`, 'source');
    }
    const pinned = digest ?? source.digest;
    if (pinned)
        source.digest = pinned;
    if (!pinned && !source.tag && !from) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${sourceText}" is neither pinned (@sha256:…) nor tagged: give a digest, a tag, or "from" (an environment folder running it)`, 'source');
    }
    if (from && (source.tag || source.digest) && !digest) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('with "from", give the image name only (its reference is read from there)', 'source');
    }
    const targetText = reader.optional('target');
    const target = targetText ? (0,_core_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(targetText, 'target') : { registry: source.registry, repository: source.repository };
    if (target.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${targetText}" holds a digest: name a repository, with a tag if you like (the digest never changes)`, 'target');
    const tags = [...new Set([...(target.tag ? [target.tag] : []), ...reader.list('tags')])];
    for (const tag of tags)
        if (!(0,_core_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidTag */ .r_)(tag))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${tag}" is not a valid tag (letters, digits, _ . -; at most 128)`, 'tags');
    delete target.tag;
    const stages = (0,_ship_stage_js__WEBPACK_IMPORTED_MODULE_5__/* .selectStages */ .ut)(reader.list('stages'), PROMOTE_STAGES);
    // Without a copy, the same repository is fine: the bump moves an environment to what another runs.
    if (stages.has('copy') && (0,_core_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizedName */ .j8)(target) === (0,_core_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizedName */ .j8)(source) && tags.every((tag) => tag === source.tag)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`is the source itself (${(0,_core_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizedName */ .j8)(source)}${source.tag ? `:${source.tag}` : ''}): name another repository or a new tag`, 'target');
    }
    const bumpValues = (0,_ship_stage_js__WEBPACK_IMPORTED_MODULE_5__/* .readStageValues */ .zW)(BUMP_STAGE, reader);
    const syncValues = (0,_ship_stage_js__WEBPACK_IMPORTED_MODULE_5__/* .readStageValues */ .zW)(SYNC_STAGE, reader);
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
        const parsed = (0,_core_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(configImage, 'config-image');
        if (parsed.tag || parsed.digest)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`give the image name only, got "${configImage}"`, 'config-image');
        inputs.configImage = configImage;
    }
    // The config repository is opened to read `from` too, so its inputs are checked then as well.
    if (stages.has('bump') || from) {
        // `files` is only needed by the bump itself; reading `from` alone needs the repository.
        const files = stages.has('bump') ? {} : { files: from };
        const parse = (image) => (0,_ship_stage_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStage */ .YA)(BUMP_STAGE, bumpValues, { image, ...files }, context);
        const bump = parse(`${(0,_core_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizedName */ .j8)(target)}@${PLACEHOLDER_DIGEST}`);
        if (stages.has('bump'))
            (0,_ship_stage_js__WEBPACK_IMPORTED_MODULE_5__/* .refuseSyncOfPullRequest */ .lY)(stages, bump, 'config-mode');
        inputs.bump = parse;
    }
    if (stages.has('sync'))
        inputs.sync = (0,_ship_stage_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStage */ .YA)(SYNC_STAGE, syncValues, {}, context);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`is required when ${userInput} is given`, passwordInput);
    const result = (0,_core_tls_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readTlsInputs */ .t)(reader, workspace);
    if (username)
        result.username = username;
    if (password)
        result.password = password;
    return result;
}


/***/ }),

/***/ 5083:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ definition)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __nccwpck_require__(6107);
// EXTERNAL MODULE: ./src/core/tls-inputs.ts
var tls_inputs = __nccwpck_require__(2530);
// EXTERNAL MODULE: ./src/core/flux-artifact/walk.ts
var walk = __nccwpck_require__(1599);
// EXTERNAL MODULE: ./src/core/oci/cloud-providers.ts
var cloud_providers = __nccwpck_require__(4619);
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
        ...(0,tls_inputs/* readTlsInputs */.t)(reader, workspace),
        provider: reader.oneOf('provider', cloud_providers/* PROVIDERS */.x),
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
        const { runPushOciArtifact } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(925), __nccwpck_require__.e(710), __nccwpck_require__.e(463)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9463));
        return runPushOciArtifact(inputs, runtime);
    },
};


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

/***/ 851:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ BUILD),
/* harmony export */   HT: () => (/* binding */ BUMP),
/* harmony export */   a9: () => (/* binding */ SYNC),
/* harmony export */   jQ: () => (/* binding */ SHIP_STAGES),
/* harmony export */   tX: () => (/* binding */ ARTIFACT)
/* harmony export */ });
/* harmony import */ var _argocd_sync_definition_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1716);
/* harmony import */ var _build_push_definition_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9531);
/* harmony import */ var _bump_manifest_definition_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(936);
/* harmony import */ var _push_oci_artifact_definition_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5083);




/** The registry login build-push is given serves the artifact push too. */
const SHARED_LOGIN = { username: 'username', password: 'password', 'github-token': 'github-token', provider: 'provider', insecure: 'insecure', 'ca-file': 'ca-file' };
const BUILD = { name: 'build', definition: _build_push_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .definition */ .m, inputPrefix: '', outputPrefix: 'build-' };
const ARTIFACT = { name: 'artifact', definition: _push_oci_artifact_definition_js__WEBPACK_IMPORTED_MODULE_3__/* .definition */ .m, inputPrefix: 'artifact-', outputPrefix: 'artifact-', shared: SHARED_LOGIN };
/** The image line is build-push's `image` output: repository@digest, pinned. */
const BUMP = { name: 'bump', definition: _bump_manifest_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .definition */ .m, inputPrefix: 'config-', outputPrefix: 'config-', filled: ['image', 'from'] };
const SYNC = { name: 'sync', definition: _argocd_sync_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .definition */ .m, inputPrefix: 'argocd-', outputPrefix: 'argocd-' };
/** In the order they run. */
const SHIP_STAGES = [BUILD, ARTIFACT, BUMP, SYNC];


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5852);
/* harmony import */ var _platform_cli_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9959);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);



process.exitCode = await (0,_platform_cli_main_js__WEBPACK_IMPORTED_MODULE_1__/* .cliMain */ .m0)(_actions_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actions */ .o, { argv: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr, version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x, handleSignals: true });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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
/* harmony export */   BH: () => (/* binding */ isExpression),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   V2: () => (/* binding */ inputSourceFromObject),
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   tg: () => (/* binding */ inputSourceFromEnv)
/* harmony export */ });
/* unused harmony exports parseBoolean, parseLines, parseKeyValues, parseDuration */
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

/***/ 4619:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ PROVIDERS)
/* harmony export */ });
/**
 * Cloud registries whose login is a short-lived token made from the cloud's own credentials,
 * as `flux push artifact --provider` does (fluxcd/pkg auth/aws, auth/azure, auth/gcp). A module
 * of its own: the input parsers need only the names, not the token exchanges (cloud-login.ts
 * pulls in the HTTP stack and crypto, which the CLI would otherwise load at every start).
 */
const PROVIDERS = ['generic', 'aws', 'azure', 'gcp'];


/***/ }),

/***/ 6600:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ credentialFromInputs),
/* harmony export */   c7: () => (/* binding */ ciVariableCredential),
/* harmony export */   eb: () => (/* binding */ githubTokenCredential)
/* harmony export */ });
/* unused harmony export GHCR */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(488);


const GHCR = 'ghcr.io';
/** GHCR takes a GitHub token with any user name; the actor when the runner names one. */
const GHCR_FALLBACK_USER = 'github-actions';
/**
 * The `username`/`password` inputs for `registry`. A password alone is a token: for ghcr.io, which
 * takes any user name, the login of the actor; elsewhere a bearer token sent as is, as
 * `flux push artifact --creds <token>` does. A user name alone is a mistake.
 */
function credentialFromInputs(registry, inputs, env) {
    const { username, password } = inputs;
    if (!username && !password)
        return undefined;
    if (!password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('is required when the username input is set', 'password');
    if (username)
        return { username, password, source: 'the username and password inputs' };
    if (registry === GHCR)
        return { username: ghcrUser(env), password, source: 'the password input' };
    return { registryToken: password, source: 'the password input (a token without username, sent as a bearer token)' };
}
/**
 * The variables CI systems and teams set for their registry, each only for its own host:
 * `HARBOR_HOST`/`HARBOR_USERNAME`/`HARBOR_PASSWORD`, and GitLab's predefined
 * `CI_REGISTRY`/`CI_REGISTRY_USER`/`CI_REGISTRY_PASSWORD` (a job token valid for this job).
 */
function ciVariableCredential(registry, env) {
    const harborHost = present(env.HARBOR_HOST);
    const harborUser = present(env.HARBOR_USERNAME);
    const harborPassword = present(env.HARBOR_PASSWORD);
    if (harborHost && harborUser && harborPassword && hostOf(harborHost) === registry) {
        return { username: harborUser, password: harborPassword, source: 'HARBOR_USERNAME/HARBOR_PASSWORD' };
    }
    const gitlabRegistry = present(env.CI_REGISTRY);
    const gitlabUser = present(env.CI_REGISTRY_USER);
    const gitlabPassword = present(env.CI_REGISTRY_PASSWORD);
    if (gitlabRegistry && gitlabUser && gitlabPassword && hostOf(gitlabRegistry) === registry) {
        return { username: gitlabUser, password: gitlabPassword, source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD' };
    }
    return undefined;
}
/**
 * The workflow's token for ghcr.io only: the `github-token` input (which action.yml defaults to
 * `github.token`), else a GITHUB_TOKEN variable, which the CLI may be given.
 */
function githubTokenCredential(registry, githubToken, env) {
    if (registry !== GHCR)
        return undefined;
    if (githubToken)
        return { username: ghcrUser(env), password: githubToken, source: 'the github-token input' };
    const token = present(env.GITHUB_TOKEN);
    return token ? { username: ghcrUser(env), password: token, source: 'GITHUB_TOKEN' } : undefined;
}
function ghcrUser(env) {
    return present(env.GITHUB_ACTOR) ?? GHCR_FALLBACK_USER;
}
/** `https://harbor.example.com/` or `harbor.example.com:8443` -> the normalised registry host. */
function hostOf(text) {
    try {
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(`${text.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '')}/x`).registry;
    }
    catch {
        return undefined;
    }
}
function present(value) {
    return value && value.trim() ? value.trim() : undefined;
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
/* harmony export */   ks: () => (/* binding */ SecretRegistry),
/* harmony export */   rW: () => (/* binding */ processSecrets),
/* harmony export */   wy: () => (/* binding */ clipRemoteText)
/* harmony export */ });
/* unused harmony exports MIN_MASKED_LENGTH, secretForms, redact */
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

/***/ 2530:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readTlsInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6107);



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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('cannot be true together with ca-file: give ca-file to verify the server with your CA, or insecure to skip verification', 'insecure');
    }
    return { insecure, caFile: checkedCaFile(workspace, given) };
}
/**
 * The CA file may lie anywhere (a bundle such as /etc/ssl/certs/… is a legitimate choice); it is
 * checked here so a wrong path fails before any network call, and a DER file or a key does not
 * surface later as a puzzling TLS failure.
 */
function checkedCaFile(workspace, given) {
    const resolved = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveUserPath */ .T8)(workspace, given);
    let stats;
    let text;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(resolved);
        text = stats.isFile() ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(resolved, 'latin1') : '';
    }
    catch (error) {
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(code === 'ENOENT' ? `"${given}" does not exist` : `cannot read "${given}" (${code ?? String(error)})`, 'ca-file');
    }
    if (!stats.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${given}" is not a file; give the PEM file of the CA certificate`, 'ca-file');
    if (!text.includes('-----BEGIN CERTIFICATE-----')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`"${given}" holds no PEM certificate (-----BEGIN CERTIFICATE-----)`, 'ca-file');
    }
    return resolved;
}


/***/ }),

/***/ 9959:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m0: () => (/* binding */ cliMain)
});

// UNUSED EXPORTS: EXIT_FAILURE, EXIT_SUCCESS, EXIT_USAGE

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __nccwpck_require__(9114);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/secret-forms.ts
var secret_forms = __nccwpck_require__(3657);
;// CONCATENATED MODULE: ./src/platform/output-formats.ts
/**
 * The `name<<delimiter` block that `$GITHUB_OUTPUT` expects, as `@actions/core` writes it:
 * a random delimiter that the value must not contain, so a value cannot inject more outputs.
 */
// Web Crypto, reached only when an output is written: importing node:crypto would load it at every start.
function githubOutputBlock(name, value, delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`) {
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Output "${name}" contains its own delimiter; refusing to write it`);
    }
    return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
/** GitLab and shells accept only ASCII letters, digits and underscores in variable names. */
function dotenvKey(outputName, prefix = '') {
    return `${prefix}${outputName.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`;
}
/** A `--dotenv-prefix` is glued to every key, so it must itself be a valid start of one (or empty: none). */
function isDotenvPrefix(prefix) {
    return /^([A-Za-z_][A-Za-z0-9_]*)?$/.test(prefix);
}
/**
 * The single-line form of a value, as GitLab's dotenv report reads it
 * (app/services/ci/parse_dotenv_artifact_service.rb): one `KEY=value` per line, no multi-line
 * values, no escapes, quotes kept literally and edge whitespace trimmed. So nothing is quoted or
 * escaped here; JSON is compacted onto one line and any other multi-line value (our outputs'
 * lists: tags, files) becomes its non-empty lines joined by commas, which every list input takes.
 */
function dotenvValue(value) {
    if (!/[\r\n]/.test(value))
        return value.trim();
    const trimmed = value.trim();
    if (/^[[{]/.test(trimmed)) {
        try {
            return JSON.stringify(JSON.parse(trimmed));
        }
        catch {
            // not JSON after all: a list of lines
        }
    }
    return trimmed
        .split(/\r?\n|\r/)
        .map((line) => line.trim())
        .filter(Boolean)
        .join(',');
}
function dotenvLine(outputName, value, prefix = '') {
    return `${dotenvKey(outputName, prefix)}=${dotenvValue(value)}\n`;
}
/** A Tekton result file holds the raw value: no quoting, no trailing newline added. */
function tektonResultFileName(outputName) {
    if (!/^[a-z0-9][a-z0-9-]*$/i.test(outputName))
        throw new Error(`Output name "${outputName}" is not a valid result name`);
    return outputName;
}

;// CONCATENATED MODULE: ./src/platform/cli-io.ts




/** The IO of the CLI: plain lines, GitLab sections, and every registered secret shown as `***`. */
class CliIO {
    options;
    #secrets = new secret_forms/* SecretRegistry */.ks();
    #outputs = new Map();
    #sections = 0;
    constructor(options) {
        this.options = options;
    }
    debug(message) {
        if (this.options.debug)
            this.#line(this.options.stdout, `[debug] ${message}`);
    }
    info(message) {
        this.#line(this.options.stdout, message);
    }
    warning(message) {
        this.#line(this.options.stderr, `warning: ${message}`);
    }
    error(message) {
        this.#line(this.options.stderr, `error: ${message}`);
    }
    isDebug() {
        return this.options.debug;
    }
    mask(secret) {
        this.#secrets.add(secret);
        secret_forms/* processSecrets */.rW.add(secret);
    }
    setOutput(name, value) {
        this.#outputs.set(name, this.#redact(value));
    }
    async group(name, fn) {
        const section = `gitops_${++this.#sections}`;
        const title = this.#redact(name);
        if (this.options.gitlab) {
            this.options.stdout.write(`\x1b[0Ksection_start:${this.#seconds()}:${section}[collapsed=false]\r\x1b[0K${title}\n`);
        }
        else {
            this.options.stdout.write(`==> ${title}\n`);
        }
        try {
            return await fn();
        }
        finally {
            if (this.options.gitlab)
                this.options.stdout.write(`\x1b[0Ksection_end:${this.#seconds()}:${section}\r\x1b[0K\n`);
        }
    }
    async writeSummary(markdown) {
        const text = this.#redact(markdown);
        const file = this.options.targets.summaryFile;
        if (file)
            (0,external_node_fs_.appendFileSync)(file, `${text}\n`);
        else
            this.options.stdout.write(`${text}\n`);
    }
    /** Writes the outputs to every target asked for; called once, after a successful run. */
    flushOutputs() {
        const { githubOutput, dotenv, dotenvPrefix, dotenvOmit, resultsDir, json } = this.options.targets;
        const entries = [...this.#outputs];
        if (githubOutput)
            (0,external_node_fs_.appendFileSync)(githubOutput, entries.map(([name, value]) => githubOutputBlock(name, value)).join(''));
        if (dotenv) {
            const kept = entries.filter(([name]) => !dotenvOmit?.has(name));
            (0,external_node_fs_.writeFileSync)(dotenv, kept.map(([name, value]) => dotenvLine(name, value, dotenvPrefix)).join(''));
        }
        if (resultsDir) {
            (0,external_node_fs_.mkdirSync)(resultsDir, { recursive: true });
            for (const [name, value] of entries)
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(resultsDir, tektonResultFileName(name)), value);
        }
        if (json)
            this.options.stdout.write(`${JSON.stringify(Object.fromEntries(entries))}\n`);
    }
    #line(sink, message) {
        sink.write(`${this.#redact(message)}\n`);
    }
    #redact(text) {
        // A SecretValue made where no IO was at hand is in the process registry only.
        return secret_forms/* processSecrets */.rW.redact(this.#secrets.redact(text));
    }
    #seconds() {
        return Math.floor((this.options.now?.() ?? Date.now()) / 1000);
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/platform/cli-args.ts




/** Flags of the CLI itself; no action may declare an input with one of these names. */
const CLI_FLAGS = ['dotenv', 'dotenv-prefix', 'dotenv-omit', 'results-dir', 'json', 'summary', 'debug', 'help'];
/**
 * `--name value`, `--name=value`, and a bare `--name` for a boolean input or switch (`--name false`
 * too). Node's `util.parseArgs` splits the words; the rules are ours: names are exactly
 * action.yml's, a repeated flag appends for a list input (`multiple` in the spec) and is a usage
 * error for any other, never a silent drop.
 */
function parseCliArguments(definition, args) {
    const invocation = { inputs: new Map(), targets: {}, debug: false, help: false };
    const switches = new Set(['help', 'debug', 'json']);
    for (const [name, spec] of Object.entries(definition.inputs))
        if (isBooleanInput(spec))
            switches.add(name);
    const options = {};
    for (const name of [...CLI_FLAGS, ...Object.keys(definition.inputs)])
        options[name] = { type: switches.has(name) ? 'boolean' : 'string', multiple: true };
    let tokens;
    try {
        // Not strict: an unknown flag and `--push=false` come back as tokens and get our own errors.
        ({ tokens } = (0,external_node_util_.parseArgs)({ args, options, strict: false, allowPositionals: true, tokens: true }));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1((0,errors/* errorMessage */.gJ)(error));
    }
    const seen = new Set();
    for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index];
        if (token.kind !== 'option') {
            const text = token.kind === 'positional' ? token.value : '--';
            throw new errors/* ConfigurationError */.j1(`unexpected argument "${text}"; inputs are given as --<input-name> <value>`);
        }
        if (token.rawName.startsWith('-') && !token.rawName.startsWith('--')) {
            throw new errors/* ConfigurationError */.j1(`unknown option ${token.rawName}; options are --<input-name> <value>, see gitops-actions ${definition.name} --help`);
        }
        const { name } = token;
        const spec = definition.inputs[name];
        if (!spec && !CLI_FLAGS.includes(name)) {
            const choices = [...Object.keys(definition.inputs), ...CLI_FLAGS].map((flag) => `--${flag}`).join(', ');
            throw new errors/* ConfigurationError */.j1(`unknown option --${name} for ${definition.name}; one of: ${choices}`);
        }
        let value;
        if (switches.has(name)) {
            // A word after a switch is its value (`--push false`); one that is not true/false is then
            // reported by the input's own parser, naming the input.
            const next = tokens[index + 1];
            if (token.inlineValue)
                value = token.value;
            else if (next?.kind === 'positional') {
                value = next.value;
                index++;
            }
            else
                value = 'true';
        }
        else {
            if (token.value === undefined)
                throw new errors/* ConfigurationError */.j1(`option --${name} needs a value`);
            value = token.value;
        }
        if (seen.has(name) && !spec?.multiple) {
            throw new errors/* ConfigurationError */.j1(`option --${name} was given twice; it takes one value`);
        }
        seen.add(name);
        switch (name) {
            case 'help':
                invocation.help = value !== 'false';
                break;
            case 'debug':
                invocation.debug = value !== 'false';
                break;
            case 'json':
                invocation.targets.json = value !== 'false';
                break;
            case 'dotenv':
                invocation.targets.dotenv = value;
                break;
            case 'dotenv-prefix': {
                const prefix = value;
                if (!isDotenvPrefix(prefix)) {
                    throw new errors/* ConfigurationError */.j1(`option --dotenv-prefix: expected letters, digits and underscores not starting with a digit (BUILD_), got "${prefix}"`);
                }
                invocation.targets.dotenvPrefix = prefix;
                break;
            }
            case 'dotenv-omit': {
                const names = (0,core_inputs/* parseList */.E1)(value);
                const unknown = names.filter((output) => !Object.hasOwn(definition.outputs, output));
                if (unknown.length > 0) {
                    const named = unknown.map((output) => `"${output}"`).join(', ');
                    throw new errors/* ConfigurationError */.j1(`option --dotenv-omit: ${definition.name} has no output ${named}; its outputs: ${Object.keys(definition.outputs).join(', ')}`);
                }
                invocation.targets.dotenvOmit = new Set(names);
                break;
            }
            case 'results-dir':
                invocation.targets.resultsDir = value;
                break;
            case 'summary':
                invocation.targets.summaryFile = value;
                break;
            default: {
                const before = invocation.inputs.get(name);
                invocation.inputs.set(name, before === undefined ? value : `${before}\n${value}`);
            }
        }
    }
    return invocation;
}
function isBooleanInput(spec) {
    return spec.default === 'true' || spec.default === 'false';
}
function actionHelp(definition) {
    const lines = [`gitops-actions ${definition.name} [--<input> <value>]... [options]`, '', definition.description, '', 'Inputs:'];
    for (const [name, spec] of Object.entries(definition.inputs)) {
        const notes = [spec.required ? 'required' : undefined, spec.default !== undefined && spec.default !== '' && !(0,core_inputs/* isExpression */.BH)(spec.default) ? `default: ${spec.default}` : undefined]
            .filter(Boolean)
            .join(', ');
        lines.push(`  --${name}${notes ? ` (${notes})` : ''}`, `      ${spec.description.split('\n')[0]}`);
    }
    lines.push('', 'Outputs:');
    for (const [name, spec] of Object.entries(definition.outputs))
        lines.push(`  ${name}: ${spec.description.split('\n')[0]}`);
    lines.push('', OPTIONS_HELP);
    return lines.join('\n');
}
const OPTIONS_HELP = [
    'Options:',
    '  --json               print all outputs as one JSON object, the last line of stdout',
    '  --dotenv FILE        write outputs as KEY=value lines, one line each (GitLab artifacts:reports:dotenv)',
    '  --dotenv-prefix P    put P before every dotenv key (BUILD_DIGEST), so two steps\' outputs do not collide',
    '  --dotenv-omit A,B    leave these outputs (comma-separated names) out of the dotenv file only',
    '  --results-dir DIR    write one file per output (Tekton results)',
    '  --summary FILE       append the markdown summary to FILE (default: $GITHUB_STEP_SUMMARY, else stdout)',
    '  --debug              show debug lines (also RUNNER_DEBUG=1 or CI_DEBUG_TRACE=true)',
    'Every input can also be given as the environment variable INPUT_<NAME> (upper case, - or _), as on GitHub.',
    'Outputs are also appended to $GITHUB_OUTPUT when it is set.',
    'Exit status: 0 success, 1 failure, 2 usage or input error.',
].join('\n');

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

;// CONCATENATED MODULE: ./src/platform/cli-main.ts






const EXIT_SUCCESS = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
/** `gitops-actions <action> --<input> <value>…`: returns the exit status. */
async function cliMain(actions, cli) {
    const [command, ...rest] = cli.argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        cli.stdout.write(`${topLevelHelp(actions)}\n`);
        return command === undefined ? EXIT_USAGE : EXIT_SUCCESS;
    }
    if (command === '--version') {
        cli.stdout.write(`${cli.version}\n`);
        return EXIT_SUCCESS;
    }
    const definition = actions.find((action) => action.name === command);
    if (!definition) {
        cli.stderr.write(`error: unknown action "${command}"; one of: ${actions.map((action) => action.name).join(', ')}\n`);
        return EXIT_USAGE;
    }
    let invocation;
    try {
        invocation = parseCliArguments(definition, rest);
    }
    catch (error) {
        cli.stderr.write(`error: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        return EXIT_USAGE;
    }
    if (invocation.help) {
        cli.stdout.write(`${actionHelp(definition)}\n`);
        return EXIT_SUCCESS;
    }
    const io = new CliIO({
        stdout: cli.stdout,
        stderr: cli.stderr,
        debug: invocation.debug || cli.env.RUNNER_DEBUG === '1' || cli.env.CI_DEBUG_TRACE === 'true',
        gitlab: Boolean(cli.env.GITLAB_CI),
        targets: {
            githubOutput: cli.env.GITHUB_OUTPUT || undefined,
            summaryFile: cli.env.GITHUB_STEP_SUMMARY || undefined,
            ...invocation.targets,
        },
    });
    const fromEnv = (0,core_inputs/* inputSourceFromEnv */.tg)(cli.env);
    const source = (name) => invocation.inputs.get(name) ?? fromEnv(name);
    let parsed;
    try {
        parsed = parseAction(definition, source, cli.env, (secret) => io.mask(secret));
    }
    catch (error) {
        io.error((0,errors/* errorMessage */.gJ)(error));
        return (0,errors/* isConfigurationError */.p0)(error) ? EXIT_USAGE : EXIT_FAILURE;
    }
    const cancellation = cli.handleSignals ? { report: (line) => void cli.stderr.write(`${line}\n`), exit: (code) => process.exit(code) } : undefined;
    const { runtime, close } = createRuntime(parsed.context, { io, ...(cancellation ? { cancellation } : {}), ...(cli.stdin ? { stdin: cli.stdin } : {}) });
    try {
        await runParsedAction(definition, parsed.inputs, runtime);
        return EXIT_SUCCESS;
    }
    catch (error) {
        io.error((0,errors/* errorMessage */.gJ)(error));
        return (0,errors/* isConfigurationError */.p0)(error) ? EXIT_USAGE : EXIT_FAILURE;
    }
    finally {
        const cancelled = runtime.signal.aborted;
        await close();
        // Outputs set before a failure are handed on too, as on GitHub where each is written at once;
        // a cancelled run hands on nothing (the signal handler exits as soon as it has cleaned up).
        if (!cancelled)
            io.flushOutputs();
    }
}
function topLevelHelp(actions) {
    const width = Math.max(0, ...actions.map((action) => action.name.length));
    return [
        'gitops-actions: take a commit to a verified GitOps deployment.',
        '',
        'Usage: gitops-actions <action> [--<input> <value>]... [options]',
        '       gitops-actions <action> --help',
        '',
        'Actions:',
        ...actions.map((action) => `  ${action.name.padEnd(width)}  ${action.description.split('\n')[0]}`),
        '',
        OPTIONS_HELP,
    ].join('\n');
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Kept in step with package.json by test/contract/version.test.ts.
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

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

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

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
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
