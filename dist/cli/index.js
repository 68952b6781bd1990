#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2734:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o: () => (/* binding */ actions)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/secret-value.ts
/**
 * A secret carried inside parsed inputs: JSON and string conversions show `***`, so logging the
 * inputs (as the debug mode does) or interpolating one by mistake cannot leak it.
 */
class SecretValue {
    #value;
    constructor(value) {
        this.#value = value;
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

;// CONCATENATED MODULE: ./src/actions/argocd-sync/inputs.ts



const INPUT_SPECS = {
    server: { description: 'Base URL of Argo CD, with its path prefix if it has one (https://argocd.example.com or https://example.com/argocd).', required: true },
    'auth-token': { description: 'Argo CD API token (account or project role token), sent as a bearer token. Default: the ARGOCD_AUTH_TOKEN environment variable, as for the argocd CLI (keeps the token off a command line). Or give username and password.', secret: true },
    username: { description: 'Argo CD local user for a session login, with password (prefer auth-token in CI).' },
    password: { description: 'Password of username.', secret: true },
    'ca-file': { description: 'PEM file of a CA certificate to trust for server, in addition to the system ones.' },
    insecure: { description: 'Skip TLS certificate verification. Only for test setups; prefer ca-file.', default: 'false' },
    applications: { description: 'Applications to sync: names, or namespace/name for apps outside the control-plane namespace; one per line or comma-separated. Or give selector.' },
    selector: { description: 'Label selector choosing the applications to sync (e.g. team=shop,env=prod), instead of applications.' },
    project: { description: 'Argo CD project the applications must belong to; also makes a missing application a clear 404.' },
    'app-namespace': { description: 'Namespace of the Application resources (apps in any namespace) when applications gives bare names.' },
    revision: { description: 'Git revision (branch, tag, SHA) or Helm chart version to sync to; empty: the application\'s target revision.' },
    prune: { description: 'Delete resources that are no longer in git.', default: 'false' },
    'dry-run': { description: 'Preview the sync without changing anything.', default: 'false' },
    force: { description: 'Force apply (delete and re-create resources that cannot be patched).', default: 'false' },
    resources: { description: 'Sync only these resources, one per line as GROUP:KIND:NAME or GROUP:KIND:NAMESPACE/NAME (GROUP empty for core kinds, e.g. :Service:web).' },
    'sync-options': { description: 'Sync options for this sync, e.g. ServerSideApply=true, CreateNamespace=true; they replace the application\'s own.' },
    'apply-out-of-sync-only': { description: 'Apply only resources that are out of sync: adds ApplyOutOfSyncOnly=true to sync-options, or to the application\'s own sync options when sync-options is empty.', default: 'false' },
    'operation-in-progress': { description: 'When an operation is already running: fail, wait for it to end then sync, or terminate it then sync.', default: 'fail' },
    refresh: { description: 'Refresh before syncing: none, normal (re-read git) or hard (also regenerate manifests).', default: 'none' },
    'refresh-timeout': { description: 'Longest wait for the refresh (Argo CD has no limit of its own), e.g. 90s, 2m.', default: '2m' },
    wait: { description: 'Wait for the sync to finish and the application to be Synced (and Healthy, see health-check).', default: 'true' },
    timeout: { description: 'Longest time per application, from its first read to the end of the wait, e.g. 5m, 300s.', default: '5m' },
    'health-check': { description: 'Also wait for the application to be Healthy.', default: 'true' },
    'accept-suspended': { description: 'Count a Suspended application (e.g. a paused rollout) as healthy.', default: 'false' },
    'degraded-fails-fast': { description: 'Fail as soon as the application is Degraded after the sync instead of waiting for the timeout.', default: 'true' },
    concurrency: { description: 'How many applications to sync at the same time.', default: '4' },
};
const OUTPUT_SPECS = {
    revision: { description: 'The revision synced (for a multi-source application its sources\' revisions, space-separated); with several applications that differ, name=revision pairs, comma-separated.' },
    'sync-status': { description: 'Sync status (Synced, OutOfSync, Unknown); with several applications, the worst.' },
    'health-status': { description: 'Health status (Healthy, Progressing, Degraded, Suspended, Missing, Unknown); with several applications, the worst.' },
    'operation-phase': { description: 'Phase of the sync operation (Succeeded, Failed, Error, Running, ...); with several applications, the worst.' },
    applications: { description: 'JSON array, one object per application: name, namespace, outcome, revision, revisions (multi-source), syncStatus, healthStatus, operationPhase, operationMessage, failure, problems, durationMs.' },
};
const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const SYNC_OPTION = /^[A-Za-z][A-Za-z0-9]*=\S+$/;
function parseArgocdSyncInputs(reader, _context, env = {}) {
    const server = parseServer(reader.required('server'));
    const credentials = parseCredentials(reader, env);
    const caFile = reader.optional('ca-file');
    const insecure = reader.boolean('insecure');
    if (caFile && !(0,external_node_fs_.existsSync)(caFile))
        throw new errors/* ConfigurationError */.j1(`the file ${caFile} does not exist`, 'ca-file');
    if (caFile && insecure)
        throw new errors/* ConfigurationError */.j1('give either ca-file (verify with this CA) or insecure (do not verify), not both', 'insecure');
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
    if (timeoutMs <= 0)
        throw new errors/* ConfigurationError */.j1('must be longer than 0', 'timeout');
    if (refreshTimeoutMs <= 0)
        throw new errors/* ConfigurationError */.j1('must be longer than 0', 'refresh-timeout');
    return {
        server,
        credentials,
        caFile,
        insecure,
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
            health: reader.boolean('health-check'),
            acceptSuspended: reader.boolean('accept-suspended'),
            degradedFailsFast: reader.boolean('degraded-fails-fast'),
        },
        concurrency: reader.integer('concurrency', { min: 1, max: 32 }),
    };
}
function parseServer(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`expected an http(s) URL such as https://argocd.example.com, got "${value}"`, 'server');
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
/** The auth-token input, else username and password, else ARGOCD_AUTH_TOKEN from the environment. */
function parseCredentials(reader, env) {
    const token = reader.optional('auth-token');
    const username = reader.optional('username');
    const password = reader.optional('password');
    if (token && (username || password))
        throw new errors/* ConfigurationError */.j1('give either auth-token or username and password, not both', 'auth-token');
    if (token)
        return tokenCredentials(token, '');
    if (username && password)
        return { kind: 'login', username, password: new SecretValue(password) };
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

const definition = {
    name: 'argocd-sync',
    description: 'Refresh, sync and wait for Argo CD applications over the REST API, and explain failures.',
    inputs: INPUT_SPECS,
    outputs: OUTPUT_SPECS,
    parse: parseArgocdSyncInputs,
    run: async (inputs, io, context) => (await __nccwpck_require__.e(/* import() */ 259).then(__nccwpck_require__.bind(__nccwpck_require__, 259))).runArgocdSync(inputs, io, context),
};

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

// EXTERNAL MODULE: ./src/core/oci/reference.ts
var oci_reference = __nccwpck_require__(488);
;// CONCATENATED MODULE: ./src/actions/build-push/inputs.ts






const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
function parseBuildPushInputs(reader, context, env) {
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
    const inputs = {
        image,
        context: reader.optional('context') ?? '.',
        file: reader.optional('file'),
        tagRules: parseTagRules(rulesText.length ? rulesText : DEFAULT_TAG_RULES, 'tags'),
        flavor: parseFlavor(reader.lines('flavor'), 'flavor'),
        labels: reader.keyValues('labels'),
        buildArgs,
        secrets: parseSecrets(reader.lines('secrets')),
        target: reader.optional('target'),
        platforms,
        cacheFrom: reader.lines('cache-from'),
        cacheTo: reader.lines('cache-to'),
        push: reader.boolean('push'),
        builder: reader.oneOf('builder', ['auto', ...BUILDER_NAMES]),
        login: resolveLogin(image.registry, reader.optional('username'), reader.optional('password'), env),
        skipExisting: reader.boolean('skip-existing'),
        insecure: reader.boolean('insecure'),
        caFile: reader.optional('ca-file'),
    };
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
    const image = (0,oci_reference/* parseImageReference */.o_)(qualified, 'image');
    if (image.tag || image.digest) {
        throw new errors/* ConfigurationError */.j1(`give the repository only ("${text.replace(/[:@].*$/, '')}"); tags come from the tags input`, 'image');
    }
    if (registryFromInput && explicitHost && registry !== image.registry && (0,oci_reference/* parseImageReference */.o_)(`${registry}/x`).registry !== image.registry) {
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
/** Inputs first, then what GitLab users export for Harbor, then GitLab's own registry variables. */
function resolveLogin(registry, username, password, env) {
    if (username || password) {
        if (!username)
            throw new errors/* ConfigurationError */.j1('is required when the password input is set', 'username');
        if (!password)
            throw new errors/* ConfigurationError */.j1('is required when the username input is set', 'password');
        return { registry, username, password: new SecretValue(password), source: 'the username and password inputs' };
    }
    // Only for the Harbor they name: without HARBOR_HOST these would go to whatever registry the image is on.
    const harborHost = present(env.HARBOR_HOST);
    if (harborHost && present(env.HARBOR_USERNAME) && present(env.HARBOR_PASSWORD) && hostOf(harborHost) === registry) {
        return { registry, username: env.HARBOR_USERNAME.trim(), password: new SecretValue(env.HARBOR_PASSWORD.trim()), source: 'HARBOR_USERNAME/HARBOR_PASSWORD' };
    }
    if (present(env.CI_REGISTRY) === registry && present(env.CI_REGISTRY_USER) && present(env.CI_REGISTRY_PASSWORD)) {
        return { registry, username: env.CI_REGISTRY_USER.trim(), password: new SecretValue(env.CI_REGISTRY_PASSWORD.trim()), source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD' };
    }
    return undefined;
}
function parseSecrets(lines) {
    const seen = new Set();
    return lines.map((line) => {
        const at = line.indexOf('=');
        const id = at < 0 ? '' : line.slice(0, at).trim();
        // Never echo the line: it holds the secret.
        if (!SECRET_ID.test(id))
            throw new errors/* ConfigurationError */.j1('expected id=value lines, with an id of letters, digits, _ . -', 'secrets');
        if (seen.has(id))
            throw new errors/* ConfigurationError */.j1(`the id "${id}" is given twice`, 'secrets');
        seen.add(id);
        return { id, value: new SecretValue(line.slice(at + 1)) };
    });
}
function hostOf(text) {
    return (0,oci_reference/* parseImageReference */.o_)(`${text.replace(/^https?:\/\//, '').replace(/\/.*$/, '')}/x`).registry;
}
function present(value) {
    return value && value.trim() ? value.trim() : undefined;
}

;// CONCATENATED MODULE: ./src/actions/build-push/definition.ts

const definition_definition = {
    name: 'build-push',
    description: 'Build a container image with buildx, buildah or kaniko, tag it from the commit (metadata-action rules), add OCI labels, ' +
        'push it with retries (or skip the build when the commit is already in the registry) and output the digest to pin.',
    inputs: {
        image: { description: 'Repository to push to, without a tag: ghcr.io/org/app, harbor.example.com/team/app.', required: true },
        context: { description: 'Build context directory, inside the workspace.', default: '.' },
        file: { description: 'Dockerfile path, inside the workspace (default: <context>/Dockerfile).' },
        tags: {
            description: 'Tag rules, one per line, in docker/metadata-action syntax: type=sha[,format=long], type=ref,event=branch|tag|pr, ' +
                'type=semver,pattern={{version}}, type=raw,value=stable, each with optional enable=, priority=, prefix=, suffix=. ' +
                'Default: the full commit SHA and sha-<7>.',
        },
        flavor: { description: 'latest=auto|true|false, prefix=…[,onlatest=true], suffix=…[,onlatest=true], one per line.' },
        labels: { description: 'Labels, one key=value per line; they override the default org.opencontainers.image.* labels.' },
        'build-args': { description: 'Build arguments, one KEY=value per line (not for secrets: they stay in the image history).' },
        secrets: {
            description: 'Build secrets, one id=value per line, mounted with RUN --mount=type=secret,id=…; never in the image or the logs.',
            secret: true,
        },
        target: { description: 'Build stage to stop at.' },
        platforms: { description: 'Target platforms, comma or newline separated (several need builder docker).' },
        'cache-from': { description: 'Cache sources, one per line (buildx syntax; buildah and kaniko take type=registry,ref=REPO).' },
        'cache-to': { description: 'Cache destinations, one per line (buildx syntax; buildah and kaniko take type=registry,ref=REPO).' },
        push: { description: 'Push the image; false only builds it.', default: 'true' },
        builder: { description: 'auto (buildx when a Docker daemon answers, else buildah, else kaniko), docker, buildah or kaniko.', default: 'auto' },
        registry: { description: "Registry to log in to and push to (default: the image's registry, or HARBOR_HOST for an image without one)." },
        username: { description: 'Registry user name (default: HARBOR_USERNAME, or CI_REGISTRY_USER for GitLab\'s registry).' },
        password: { description: 'Registry password or token (default: HARBOR_PASSWORD, or CI_REGISTRY_PASSWORD).', secret: true },
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
    run: async (inputs, io, context) => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(688), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2566))).runBuildPush(inputs, io, context),
};

// EXTERNAL MODULE: ./src/core/git/commit-message.ts
var commit_message = __nccwpck_require__(3725);
// EXTERNAL MODULE: ./src/core/git/auth.ts
var auth = __nccwpck_require__(476);
// EXTERNAL MODULE: ./src/core/config-edit/image-update.ts
var image_update = __nccwpck_require__(716);
;// CONCATENATED MODULE: ./src/actions/bump-manifest/inputs.ts





// Mirrors the engine's TargetKind (kept here so this small module does not load the engine).
const TARGET_KINDS = ['kustomization', 'kubernetes', 'helm-values', 'argocd-application', 'compose', 'json'];
const HELM_MODES = ['auto', 'tag', 'digest', 'tag-digest'];
const MODES = ['push', 'pull-request'];
function parseBumpManifestInputs(reader, context) {
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
    const path = reader.required('path');
    const repository = reader.optional('repository');
    const branch = reader.optional('branch');
    const token = reader.optional('token');
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
    const githubApiUrl = reader.optional('github-api-url') ?? context.apiUrl;
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
        throw new errors/* ConfigurationError */.j1('is required in pull-request mode: it authenticates the GitHub API calls', 'token');
    }
    if (githubApiUrl && !/^https?:\/\/[^\s]+$/.test(githubApiUrl)) {
        throw new errors/* ConfigurationError */.j1(`expected an http(s) URL such as https://api.github.com, got "${githubApiUrl}"`, 'github-api-url');
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
        githubApiUrl,
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



const bump_manifest_definition_definition = {
    name: 'bump-manifest',
    description: 'Write a new image reference (or promote one from another environment) into Kustomize, Kubernetes, Helm values, ' +
        'Argo CD Application, Compose or JSON files of a GitOps repository, editing only the bytes that change, then commit ' +
        'and push it (retrying when other pipelines push at the same time) or open a pull request.',
    inputs: {
        image: {
            description: 'Image updates, one per line: build-push\'s "image" output (ghcr.io/org/app:1.2@sha256:…), image:tag, ' +
                'image@digest, or name=newName:tag@digest. With "from", image names only.',
        },
        files: {
            description: 'Files or globs to edit, one per line, relative to the repository root (or to "path" for a checkout). Required: ' +
                'a repository-wide default would bump every environment at once.',
            required: true,
        },
        kind: {
            description: 'auto (detect each file), or one or more of kustomization, kubernetes, helm-values, argocd-application, compose, json.',
            default: 'auto',
        },
        'helm-repository-key': { description: 'Key path of the image repository in Helm values.', default: 'image.repository' },
        'helm-tag-key': { description: 'Key path of the image tag in Helm values.', default: 'image.tag' },
        'helm-digest-key': { description: 'Key path of the image digest in Helm values (default: a "digest" key next to the tag, when present).' },
        'helm-mode': {
            description: 'What to write into Helm values: auto (what the update carries), tag, digest, or tag-digest.',
            default: 'auto',
        },
        set: { description: 'Plain values to set in the target files, one key.path=value per line.' },
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
        'pull-request-labels': { description: 'Labels to add to the pull request (comma or newline separated).' },
        'push-retries': { description: 'How many times to fetch, re-apply and push again when the branch moved meanwhile.', default: '10' },
        'github-api-url': { description: 'GitHub REST API base URL for pull-request mode. Default: the runner\'s (GITHUB_API_URL) or https://api.github.com.' },
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
    async run(inputs, io, context) {
        const { runBumpManifest } = await Promise.all(/* import() */[__nccwpck_require__.e(66), __nccwpck_require__.e(653)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3653));
        return runBumpManifest(inputs, io, context);
    },
};

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/flux-artifact/walk.ts
var walk = __nccwpck_require__(1599);
;// CONCATENATED MODULE: ./src/actions/push-oci-artifact/inputs.ts





/** `flux push artifact`'s default `--ignore-paths`, as the flag spells it. */
const DEFAULT_IGNORE_PATHS_INPUT = '.git/,.gitignore,.gitmodules,.gitattributes,*.jpg,*.jpeg,*.gif,*.png,*.wmv,*.flv,*.tar.gz,*.zip';
const ANNOTATION_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
function parsePushOciArtifactInputs(reader, context, env) {
    const target = parseArtifactUrl(reader.required('url'));
    const workspace = env.GITHUB_WORKSPACE || env.CI_PROJECT_DIR || process.cwd();
    const artifactPath = reader.required('path');
    const root = (0,walk/* resolveArtifactPath */.c8)(artifactPath, workspace);
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
    const inputs = {
        target,
        path: artifactPath,
        root,
        workspace,
        tempDir: env.RUNNER_TEMP || external_node_os_default().tmpdir(),
        source,
        revision,
        annotations: parseAnnotations(reader.lines('annotations')),
        ignorePaths: orDefault(reader.list('ignore-paths'), DEFAULT_IGNORE_PATHS_INPUT.split(',')),
        reproducible: reader.boolean('reproducible'),
        tags: [...new Set(tags.filter((tag) => tag !== target.tag))],
        insecure: reader.boolean('insecure'),
    };
    if (reader.boolean('cache')) {
        // XDG's cache home, else ~/.cache: it survives between runs on persistent runners and laptops.
        inputs.cacheDir = external_node_path_default().join(env.XDG_CACHE_HOME || external_node_path_default().join(env.HOME || external_node_os_default().homedir(), '.cache'), 'gitops-actions', 'oci-layers');
    }
    const username = reader.optional('username');
    const password = reader.optional('password');
    if (password && !username)
        throw new errors/* ConfigurationError */.j1('is required when password is given', 'username');
    if (username && !password)
        throw new errors/* ConfigurationError */.j1('is required when username is given', 'password');
    if (username)
        inputs.username = username;
    if (password)
        inputs.password = password;
    const dockerConfig = reader.optional('docker-config');
    if (dockerConfig)
        inputs.dockerConfig = dockerConfig;
    const caFile = reader.optional('ca-file');
    if (caFile)
        inputs.caFile = caFile;
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

const push_oci_artifact_definition_definition = {
    name: 'push-oci-artifact',
    description: 'Pack a directory (or one file) of Kubernetes manifests as a Flux OCI artifact, exactly in the format ' +
        '`flux push artifact` builds, and push it for a Flux OCIRepository, without the flux binary.',
    inputs: {
        url: { description: 'Where to push: oci://<registry>/<repository>[:<tag>] (tag "latest" when absent).', required: true },
        path: { description: 'Directory (or single file) to pack, inside the workspace.', required: true },
        source: { description: 'The org.opencontainers.image.source annotation. Default: the repository URL of this pipeline.' },
        revision: { description: 'The org.opencontainers.image.revision annotation. Default: <branch or tag>@sha1:<commit SHA>.' },
        annotations: { description: 'More manifest annotations, one key=value per line; they override the built-in ones.' },
        'ignore-paths': {
            description: 'Files to leave out, gitignore patterns separated by commas or newlines. Giving it replaces the default (Flux\'s).',
            default: DEFAULT_IGNORE_PATHS_INPUT,
        },
        reproducible: {
            description: 'Set the created time to the Unix epoch, so the same files and inputs always give the same digest.',
            default: 'false',
        },
        tags: { description: 'More tags for the same manifest, separated by commas or newlines.' },
        username: { description: 'Registry user name (with password). Default: docker config credentials, or GITHUB_TOKEN for ghcr.io.' },
        password: { description: 'Registry password or token.', secret: true },
        'docker-config': { description: 'A docker config.json (or the directory holding one) to read registry credentials from.' },
        insecure: { description: 'Skip TLS verification, and use plain HTTP when the registry has no TLS.', default: 'false' },
        'ca-file': { description: 'PEM file of a CA to trust for the registry, besides the system\'s.' },
        cache: {
            description: 'Remember the layer of this tree on this machine, so pushing it again unchanged skips packing.',
            default: 'true',
        },
    },
    outputs: {
        digest: { description: 'The manifest digest, sha256:…' },
        url: { description: 'The artifact by digest: <registry>/<repository>@sha256:…' },
        repository: { description: 'The repository: <registry>/<repository>.' },
        tags: { description: 'The tags now pointing at the digest, comma separated.' },
    },
    parse: parsePushOciArtifactInputs,
    async run(inputs, io, context) {
        const { prefetchedLayerCache } = await __nccwpck_require__.e(/* import() */ 279).then(__nccwpck_require__.bind(__nccwpck_require__, 6279));
        const cache = prefetchedLayerCache(inputs, io);
        const { runPushOciArtifact } = await Promise.all(/* import() */[__nccwpck_require__.e(298), __nccwpck_require__.e(688), __nccwpck_require__.e(279), __nccwpck_require__.e(641)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3641));
        return runPushOciArtifact(inputs, io, context, process.env, cache);
    },
};

;// CONCATENATED MODULE: ./src/actions/index.ts




/** Every action the CLI offers, in the order a pipeline runs them. `--help` lists them so. */
const actions = [definition_definition, push_oci_artifact_definition_definition, bump_manifest_definition_definition, definition];


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2734);
/* harmony import */ var _platform_cli_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(591);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);



process.exitCode = await (0,_platform_cli_main_js__WEBPACK_IMPORTED_MODULE_1__/* .cliMain */ .m0)(_actions_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actions */ .o, { argv: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr, version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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
/* harmony export */   c8: () => (/* binding */ resolveArtifactPath),
/* harmony export */   pD: () => (/* binding */ walkArtifactLazily)
/* harmony export */ });
/* unused harmony export walkArtifact */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);



const PATH_INPUT = 'path';
const SINGLE_FILE_ROOT_MODE = 0o700;
/**
 * The `path` input as a real path inside the workspace: relative paths are taken from the
 * workspace, and neither `..` nor a symlink may lead out of it.
 */
function resolveArtifactPath(input, workspace) {
    const workspaceReal = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspaceReal, input);
    if (!isInside(candidate, workspaceReal)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${input}" is outside the workspace ${workspaceReal}`, PATH_INPUT);
    }
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(candidate);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${input}" does not exist (looked for ${candidate})`, PATH_INPUT);
    }
    if (!isInside(real, workspaceReal)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${input}" resolves through a symlink to ${real}, outside the workspace`, PATH_INPUT);
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
 * `.`. Only regular files and directories; a symlink is skipped as Flux skips it, but one that
 * points out of the root is refused: it is either a mistake or an attempt to pack foreign files.
 * A single file gives `.` (0700) plus the file, as Flux 2.9 packs a copy in a fresh temp dir.
 */
function walkArtifact(root, matcher) {
    const walk = walkArtifactLazily(root, matcher);
    for (const _entry of walk.entries)
        ;
    return walk.result;
}
/**
 * The same walk, one entry at a time, so packing can start while later directories are still
 * being read; `result` fills up as `entries` is consumed.
 */
function walkArtifactLazily(root, matcher) {
    const result = { entries: [], skippedSymlinks: [], skippedSpecial: [], newestChangeMs: 0 };
    return { entries: generateEntries(root, matcher, result), result };
}
function* generateEntries(root, matcher, result) {
    const rootStats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(root);
    if (rootStats.isFile()) {
        result.entries.push({ name: '.', type: 'directory', mode: SINGLE_FILE_ROOT_MODE, size: 0, absolutePath: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(root) });
        yield result.entries[0];
        result.entries.push(fileEntry(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(root), root, rootStats, result));
        yield result.entries[1];
        return;
    }
    const rootEntry = directoryEntry('.', root, rootStats, result);
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
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolutePath);
        if (stats.isDirectory()) {
            const excluded = matcher.excludes(relative, true);
            // An excluded directory loses only its own header; a negated pattern may still want a child.
            if (!excluded || matcher.hasNegations)
                stack.push(frameOf(absolutePath, relative));
            if (excluded)
                continue;
            const entry = directoryEntry(relative, absolutePath, stats, result);
            result.entries.push(entry);
            yield entry;
        }
        else if (matcher.excludes(relative, false)) {
            continue;
        }
        else if (stats.isFile()) {
            const entry = fileEntry(relative, absolutePath, stats, result);
            result.entries.push(entry);
            yield entry;
        }
        else if (stats.isSymbolicLink()) {
            refuseEscapingSymlink(absolutePath, relative, root);
            result.skippedSymlinks.push(relative);
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
function fileEntry(name, absolutePath, stats, result) {
    return { name, type: 'file', mode: stats.mode & 0o7777, size: stats.size, absolutePath, stamp: stampOf(stats, result) };
}
function directoryEntry(name, absolutePath, stats, result) {
    return { name, type: 'directory', mode: stats.mode & 0o7777, size: 0, absolutePath, stamp: stampOf(stats, result) };
}
function stampOf(stats, result) {
    if (stats.mtimeMs > result.newestChangeMs)
        result.newestChangeMs = stats.mtimeMs;
    if (stats.ctimeMs > result.newestChangeMs)
        result.newestChangeMs = stats.ctimeMs;
    return [stats.dev, stats.ino, stats.mtimeMs, stats.ctimeMs];
}
function refuseEscapingSymlink(link, relative, root) {
    const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(link);
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(link), target);
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(link);
    }
    catch {
        real = undefined; // dangling: the lexical target is all there is to judge
    }
    if (!isInside(lexical, root) || (real !== undefined && !isInside(real, root))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the symlink "${relative}" points to "${target}", outside ${root}; remove it or list it in ignore-paths`, PATH_INPUT);
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/** GitHub's convention for tokens over basic auth; GitLab wants `oauth2`, Gitea/Bitbucket others. */
const DEFAULT_TOKEN_USERNAME = 'x-access-token';
const SCP_LIKE = /^[\w.-]+@[^:/]+:.+/;
/**
 * Checks a repository URL given as input: http(s) or ssh, and no credentials inside it (they
 * would end up in `.git/config`, in git's messages and in our logs). The rejected URL is not
 * echoed, since the part we refuse is a secret.
 */
function parseRepositoryUrl(text, inputName) {
    const trimmed = text.trim();
    if (SCP_LIKE.test(trimmed))
        return { url: trimmed, display: trimmed };
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`expected an https://, http:// or ssh:// git URL such as https://github.com/org/config.git, got "${trimmed}"`, inputName);
    }
    if (!['https:', 'http:', 'ssh:'].includes(url.protocol)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`expected an https://, http:// or ssh:// git URL, got a ${url.protocol} URL`, inputName);
    }
    if (url.password || (url.username && url.protocol !== 'ssh:')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('must not contain credentials; give the token in the "token" input, which is sent as a header and never stored', inputName);
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

/***/ 488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   j8: () => (/* binding */ normalizedName),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports familiarName, formatReference */
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

/***/ 591:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m0: () => (/* binding */ cliMain)
});

// UNUSED EXPORTS: EXIT_FAILURE, EXIT_SUCCESS, EXIT_USAGE

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
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
    /** The trimmed value, or the default, or undefined. */
    optional(name) {
        const spec = this.specs[name];
        if (!spec)
            throw new Error(`Bug: input "${name}" is not declared in the action's spec`);
        this.#read.add(name);
        const raw = this.source(name)?.trim();
        const value = raw ? raw : spec.default === undefined || spec.default === '' ? undefined : spec.default;
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
        return parseList(this.optional(name));
    }
    /** Items separated by newlines only, for values that may themselves hold commas. */
    lines(name) {
        return parseLines(this.optional(name));
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/core/io.ts
/** Values shorter than this are not masked: masking "a" or "1" would shred every log line. */
const MIN_MASKED_LENGTH = 3;
/** Replaces every registered secret in `text` by `***`, longest first so overlaps go whole. */
function redact(text, secrets) {
    const ordered = [...secrets].filter((s) => s.length >= MIN_MASKED_LENGTH).sort((a, b) => b.length - a.length);
    let result = text;
    for (const secret of ordered) {
        if (result.includes(secret))
            result = result.split(secret).join('***');
    }
    return result;
}
/** A secret is masked line by line too, as the GitHub runner does with multiline secrets. */
function secretFragments(secret) {
    const lines = secret.split(/\r?\n/).map((line) => line.trim());
    return [secret, ...lines.filter((line) => line !== secret && line.length >= MIN_MASKED_LENGTH)];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/platform/output-formats.ts

/**
 * The `name<<delimiter` block that `$GITHUB_OUTPUT` expects, as `@actions/core` writes it:
 * a random delimiter that the value must not contain, so a value cannot inject more outputs.
 */
function githubOutputBlock(name, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Output "${name}" contains its own delimiter; refusing to write it`);
    }
    return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
/** GitLab and shells accept only letters, digits and underscores in variable names. */
function dotenvKey(outputName) {
    return outputName.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}
const PLAIN_DOTENV_VALUE = /^[^\s"'`#\\][^\n\r"\\]*$/;
/**
 * One `KEY=value` line. Single-line plain values stay bare (GitLab reads them as they are);
 * anything with a newline, quote, backslash or edge whitespace is double-quoted with `\n`,
 * `\r`, `\"` and `\\` escapes, the dotenv convention, and still one line.
 */
function dotenvLine(outputName, value) {
    const key = dotenvKey(outputName);
    if (value === '' || (PLAIN_DOTENV_VALUE.test(value) && value.trimEnd() === value))
        return `${key}=${value}\n`;
    const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
    return `${key}="${escaped}"\n`;
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
    #secrets = new Set();
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
        for (const fragment of secretFragments(secret))
            this.#secrets.add(fragment);
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
        const { githubOutput, dotenv, resultsDir, json } = this.options.targets;
        const entries = [...this.#outputs];
        if (githubOutput)
            (0,external_node_fs_.appendFileSync)(githubOutput, entries.map(([name, value]) => githubOutputBlock(name, value)).join(''));
        if (dotenv)
            (0,external_node_fs_.writeFileSync)(dotenv, entries.map(([name, value]) => dotenvLine(name, value)).join(''));
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
        return redact(text, this.#secrets);
    }
    #seconds() {
        return Math.floor((this.options.now?.() ?? Date.now()) / 1000);
    }
}

;// CONCATENATED MODULE: ./src/platform/cli-args.ts

/** Flags of the CLI itself; no action may declare an input with one of these names. */
const CLI_FLAGS = (/* unused pure expression or super */ null && (['dotenv', 'results-dir', 'json', 'summary', 'debug', 'help']));
/**
 * `--name value`, `--name=value`, and a bare `--name` for a boolean input or switch.
 * Names are exactly action.yml's; anything else is a usage error naming it.
 */
function parseCliArguments(definition, args) {
    const invocation = { inputs: new Map(), targets: {}, debug: false, help: false };
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (!arg.startsWith('--') || arg === '--') {
            throw new errors/* ConfigurationError */.j1(`unexpected argument "${arg}"; inputs are given as --<input-name> <value>`);
        }
        const equals = arg.indexOf('=');
        const name = arg.slice(2, equals < 0 ? undefined : equals);
        const next = args[index + 1];
        const takeValue = () => {
            if (equals >= 0)
                return arg.slice(equals + 1);
            if (next === undefined || next.startsWith('--'))
                throw new errors/* ConfigurationError */.j1(`option --${name} needs a value`);
            index++;
            return next;
        };
        const takeSwitch = () => {
            if (equals >= 0)
                return arg.slice(equals + 1) !== 'false';
            if (next === 'true' || next === 'false') {
                index++;
                return next === 'true';
            }
            return true;
        };
        switch (name) {
            case 'help':
                invocation.help = true;
                break;
            case 'debug':
                invocation.debug = takeSwitch();
                break;
            case 'json':
                invocation.targets.json = takeSwitch();
                break;
            case 'dotenv':
                invocation.targets.dotenv = takeValue();
                break;
            case 'results-dir':
                invocation.targets.resultsDir = takeValue();
                break;
            case 'summary':
                invocation.targets.summaryFile = takeValue();
                break;
            default: {
                const spec = definition.inputs[name];
                if (!spec) {
                    throw new errors/* ConfigurationError */.j1(`unknown option --${name} for ${definition.name}; see gitops-actions ${definition.name} --help`);
                }
                const isBoolean = spec.default === 'true' || spec.default === 'false';
                invocation.inputs.set(name, isBoolean && equals < 0 && (next === undefined || next.startsWith('--')) ? 'true' : takeValue());
            }
        }
    }
    return invocation;
}
function actionHelp(definition) {
    const lines = [`gitops-actions ${definition.name} [--<input> <value>]... [options]`, '', definition.description, '', 'Inputs:'];
    for (const [name, spec] of Object.entries(definition.inputs)) {
        const notes = [spec.required ? 'required' : undefined, spec.default !== undefined && spec.default !== '' ? `default: ${spec.default}` : undefined]
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
    '  --dotenv FILE        write outputs as KEY=value lines (GitLab artifacts:reports:dotenv)',
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

;// CONCATENATED MODULE: ./src/platform/execute.ts



/** Reads the context and the inputs; secrets go to `onSecret` the moment they are read. */
function parseAction(definition, source, env, onSecret) {
    const context = readCiContext(env);
    const inputs = definition.parse(new InputReader(definition.inputs, source, onSecret), context, env);
    return { inputs, context };
}
/** Runs a parsed action and sets every declared output, in one place, then the summary. */
async function runParsedAction(definition, parsed, io) {
    if (io.isDebug())
        io.debug(`${definition.name} inputs: ${JSON.stringify(parsed.inputs)}`);
    const result = await definition.run(parsed.inputs, io, parsed.context);
    for (const name of Object.keys(definition.outputs))
        io.setOutput(name, result.outputs[name] ?? '');
    if (result.summary)
        await io.writeSummary(result.summary);
    if (result.failure !== undefined)
        throw new errors/* ActionFailure */.dR(result.failure);
    return result;
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
    const fromEnv = inputSourceFromEnv(cli.env);
    const source = (name) => invocation.inputs.get(name) ?? fromEnv(name);
    try {
        const parsed = parseAction(definition, source, cli.env, (secret) => io.mask(secret));
        await runParsedAction(definition, parsed, io);
        return EXIT_SUCCESS;
    }
    catch (error) {
        io.error((0,errors/* errorMessage */.gJ)(error));
        return (0,errors/* isConfigurationError */.p0)(error) ? EXIT_USAGE : EXIT_FAILURE;
    }
    finally {
        // Outputs set before a failure are handed on too, as on GitHub where each is written at once.
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

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

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

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
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
