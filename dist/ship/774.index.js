export const id = 774;
export const ids = [774];
export const modules = {

/***/ 69774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuildPush: () => (/* binding */ runBuildPush)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/cleanup.ts
var cleanup = __webpack_require__(3639);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/core/build/auth-config.ts



const DOCKER_HUB_KEYS = ['docker.io', 'https://index.docker.io/v1/'];
/**
 * Writes the credentials to a throw-away Docker config dir and containers auth file inside
 * `dir` (removed by the caller in `finally`); the user's own files are only read, never written.
 * Other registries' logins the user already has are carried over so base images still pull.
 */
async function writeThrowAwayAuth(dir, login, env, io) {
    const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    io.mask(auth);
    const keys = DOCKER_HUB_KEYS.includes(login.registry) ? DOCKER_HUB_KEYS : [login.registry];
    const userDockerDir = env.DOCKER_CONFIG || (env.HOME ? external_node_path_default().join(env.HOME, '.docker') : undefined);
    const userDocker = readJson(userDockerDir ? external_node_path_default().join(userDockerDir, 'config.json') : undefined);
    const userContainers = readJson(env.REGISTRY_AUTH_FILE || (env.XDG_RUNTIME_DIR ? external_node_path_default().join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json') : undefined));
    const ours = Object.fromEntries(keys.map((key) => [key, { auth }]));
    const credHelpers = { ...userDocker.credHelpers };
    for (const key of keys)
        delete credHelpers[key];
    const dockerConfig = {
        auths: { ...userDocker.auths, ...ours },
        // No credsStore: it would take precedence over the auths we just wrote.
        ...(Object.keys(credHelpers).length ? { credHelpers } : {}),
        ...(userDockerDir ? { cliPluginsExtraDirs: [external_node_path_default().join(userDockerDir, 'cli-plugins')] } : {}),
    };
    const dockerConfigDir = external_node_path_default().join(dir, 'docker-config');
    await (0,promises_.mkdir)(dockerConfigDir, { recursive: true, mode: 0o700 });
    await (0,promises_.writeFile)(external_node_path_default().join(dockerConfigDir, 'config.json'), JSON.stringify(dockerConfig), { mode: 0o600 });
    const authFile = external_node_path_default().join(dir, 'containers-auth.json');
    const containersAuths = { ...userDocker.auths, ...userContainers.auths, ...ours };
    await (0,promises_.writeFile)(authFile, JSON.stringify({ auths: containersAuths }), { mode: 0o600 });
    const buildxConfigDir = env.BUILDX_CONFIG || (userDockerDir && (0,external_node_fs_.existsSync)(external_node_path_default().join(userDockerDir, 'buildx')) ? external_node_path_default().join(userDockerDir, 'buildx') : undefined);
    return { authFile, dockerConfigDir, ...(buildxConfigDir ? { buildxConfigDir } : {}) };
}
function readJson(file) {
    if (!file || !(0,external_node_fs_.existsSync)(file))
        return {};
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}

// EXTERNAL MODULE: ./src/core/oci/reference.ts
var reference = __webpack_require__(10488);
;// CONCATENATED MODULE: ./src/core/build/builders/cache.ts


/**
 * buildah and kaniko know only one kind of cache: layers in a registry repository. They accept
 * the buildx spelling `type=registry,ref=REPO[:TAG]` (so a workflow can switch builders) or a
 * bare repository; any other cache type is refused rather than silently ignored.
 */
function registryCacheRepository(spec, builder, input) {
    const fields = new Map();
    if (!spec.includes('='))
        fields.set('ref', spec);
    else {
        for (const field of spec.split(',')) {
            const at = field.indexOf('=');
            fields.set(field.slice(0, at).trim(), field.slice(at + 1).trim());
        }
    }
    const type = fields.get('type') ?? 'registry';
    if (type !== 'registry') {
        throw new errors/* ConfigurationError */.j1(`${builder} can only cache in a registry (type=registry,ref=REPO), not type=${type}`, input);
    }
    const ref = fields.get('ref');
    if (!ref)
        throw new errors/* ConfigurationError */.j1(`"${spec}" needs ref=REPOSITORY`, input);
    const parsed = (0,reference/* parseImageReference */.o_)(ref, input);
    // Both tools store cache layers under tags of their own choosing: a tag here would be ignored.
    return `${parsed.registry}/${parsed.repository}`;
}

;// CONCATENATED MODULE: ./src/core/build/builders/buildah.ts


/**
 * `buildah bud` then `buildah push --digestfile` of the first tag: daemonless, works as root in
 * a container. The push runs only after the build succeeded, so a failed build pushes nothing.
 */
function buildahCommands(plan, program = 'buildah') {
    if (plan.platforms.length > 1) {
        throw new errors/* ConfigurationError */.j1('buildah builds one platform per step; run one job per platform or use builder docker', 'platforms');
    }
    const env = plan.auth ? { REGISTRY_AUTH_FILE: plan.auth.authFile } : {};
    const registryFlags = [
        ...(plan.tlsVerify ? [] : ['--tls-verify=false']),
        ...(plan.certDir ? ['--cert-dir', plan.certDir] : []),
        ...(plan.auth ? ['--authfile', plan.auth.authFile] : []),
    ];
    const cacheFrom = plan.cacheFrom.map((spec) => registryCacheRepository(spec, 'buildah', 'cache-from'));
    const cacheTo = plan.cacheTo.map((spec) => registryCacheRepository(spec, 'buildah', 'cache-to'));
    const build = {
        program,
        args: [
            'bud',
            // Docker format keeps HEALTHCHECK/SHELL and matches what `docker build` users expect.
            '--format',
            'docker',
            '--iidfile',
            plan.files.imageId,
            '--file',
            plan.dockerfile,
            ...(plan.target ? ['--target', plan.target] : []),
            ...plan.platforms.flatMap((platform) => ['--platform', platform]),
            ...[...plan.buildArgs].flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
            ...plan.secrets.flatMap((secret) => ['--secret', `id=${secret.id},src=${secret.file}`]),
            ...[...plan.labels].flatMap(([key, value]) => ['--label', `${key}=${value}`]),
            ...(cacheFrom.length || cacheTo.length ? ['--layers'] : []),
            ...cacheFrom.flatMap((repository) => ['--cache-from', repository]),
            ...cacheTo.flatMap((repository) => ['--cache-to', repository]),
            ...plan.tags.flatMap((tag) => ['--tag', `${plan.repository}:${tag}`]),
            ...registryFlags,
            plan.contextDir,
        ],
        env,
    };
    const first = `${plan.repository}:${plan.tags[0]}`;
    const push = plan.push
        ? [{ program, args: ['push', '--digestfile', plan.files.digest, ...registryFlags, first, `docker://${first}`], env }]
        : [];
    return { build, push, pushesAllTags: false };
}
/** Pushes one more tag of the built image (when no registry client copies it by manifest). */
function buildahPushTag(plan, tag, program = 'buildah') {
    const { push } = buildahCommands({ ...plan, tags: [tag], push: true }, program);
    const command = push[0];
    // The digest file belongs to the first push; this one must not overwrite it.
    const at = command.args.indexOf('--digestfile');
    command.args.splice(at, 2);
    return command;
}

;// CONCATENATED MODULE: ./src/core/build/builders/docker.ts
/**
 * `docker buildx build` as docker/build-push-action runs it: one argv, results read back from
 * `--metadata-file` (the digest) and `--iidfile`. buildx pushes every tag itself, after the build.
 */
function dockerCommands(plan, program = 'docker') {
    const output = !plan.push
        ? []
        : plan.tlsVerify
            ? ['--push']
            : // A plain-HTTP or self-signed registry must be allowed per push; --push cannot say so.
                ['--output', `type=image,"name=${plan.tags.map((tag) => `${plan.repository}:${tag}`).join(',')}",push=true,registry.insecure=true`];
    return {
        build: {
            program,
            args: [
                'buildx',
                'build',
                '--file',
                plan.dockerfile,
                '--iidfile',
                plan.files.imageId,
                '--metadata-file',
                plan.files.metadata,
                ...(plan.target ? ['--target', plan.target] : []),
                ...(plan.platforms.length ? ['--platform', plan.platforms.join(',')] : []),
                ...[...plan.buildArgs].flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
                ...plan.secrets.flatMap((secret) => ['--secret', `id=${secret.id},src=${secret.file}`]),
                ...[...plan.labels].flatMap(([key, value]) => ['--label', `${key}=${value}`]),
                ...plan.cacheFrom.flatMap((spec) => ['--cache-from', spec]),
                ...plan.cacheTo.flatMap((spec) => ['--cache-to', spec]),
                ...plan.tags.flatMap((tag) => ['--tag', `${plan.repository}:${tag}`]),
                ...output,
                plan.contextDir,
            ],
            // DOCKER_CONFIG swaps the whole config dir; see auth-config.ts for how plugins stay found.
            env: plan.auth
                ? { DOCKER_CONFIG: plan.auth.dockerConfigDir, ...(plan.auth.buildxConfigDir ? { BUILDX_CONFIG: plan.auth.buildxConfigDir } : {}) }
                : {},
        },
        push: [],
        pushesAllTags: plan.push,
    };
}

;// CONCATENATED MODULE: ./src/core/build/builders/kaniko.ts


const KANIKO_EXECUTOR = '/kaniko/executor';
/**
 * `/kaniko/executor`, pushing every `--destination` itself once the build succeeded. Kaniko has no
 * secret mounts: passing secrets as build args would store them in the image history, so they are
 * refused. (Kaniko is archived upstream; buildah is the daemonless builder to prefer.)
 */
function kanikoCommands(plan, program = KANIKO_EXECUTOR) {
    if (plan.secrets.length) {
        throw new errors/* ConfigurationError */.j1('kaniko cannot mount build secrets, and a build-arg would leave them in the image history; use builder buildah or docker', 'secrets');
    }
    if (plan.platforms.length > 1) {
        throw new errors/* ConfigurationError */.j1('kaniko builds a single platform; run one job per platform or use builder docker', 'platforms');
    }
    const caches = [
        ...plan.cacheTo.map((spec) => registryCacheRepository(spec, 'kaniko', 'cache-to')),
        ...plan.cacheFrom.map((spec) => registryCacheRepository(spec, 'kaniko', 'cache-from')),
    ];
    if (new Set(caches).size > 1) {
        throw new errors/* ConfigurationError */.j1(`kaniko reads and writes one cache repository, got ${[...new Set(caches)].join(', ')}`, 'cache-to');
    }
    return {
        build: {
            program,
            args: [
                '--dockerfile',
                plan.dockerfile,
                '--context',
                `dir://${plan.contextDir}`,
                ...(plan.target ? ['--target', plan.target] : []),
                ...plan.platforms.flatMap((platform) => ['--custom-platform', platform]),
                ...[...plan.buildArgs].flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
                ...[...plan.labels].flatMap(([key, value]) => ['--label', `${key}=${value}`]),
                ...(caches.length ? ['--cache=true', '--cache-repo', caches[0]] : []),
                ...plan.tags.flatMap((tag) => ['--destination', `${plan.repository}:${tag}`]),
                ...(plan.push ? ['--digest-file', plan.files.digest, '--push-retry', '3'] : ['--no-push']),
                ...(plan.tlsVerify ? [] : ['--insecure', '--skip-tls-verify', '--insecure-pull', '--skip-tls-verify-pull']),
                ...(plan.certDir ? ['--registry-certificate', `${registryHost(plan.repository)}=${plan.certDir}/ca.crt`] : []),
            ],
            env: plan.auth ? { DOCKER_CONFIG: plan.auth.dockerConfigDir } : {},
        },
        push: [],
        pushesAllTags: plan.push,
    };
}
function registryHost(repository) {
    return repository.slice(0, repository.indexOf('/'));
}

;// CONCATENATED MODULE: ./src/core/build/builders/index.ts






/** The exact commands `builder` runs for `plan`: pure, so tests can compare argv tables. */
function builderCommands(builder, plan) {
    switch (builder) {
        case 'docker':
            return dockerCommands(plan);
        case 'buildah':
            return buildahCommands(plan);
        case 'kaniko':
            return kanikoCommands(plan);
    }
}

// EXTERNAL MODULE: ./src/core/backoff.ts
var backoff = __webpack_require__(93915);
;// CONCATENATED MODULE: ./src/core/build/run-command.ts


const DEFAULT_COMMAND_RETRY = { attempts: 3, delayMs: 2_000 };
// What registries and their proxies answer when they are briefly overloaded or restarting.
const TRANSIENT_OUTPUT = /\b(429|500|502|503|504)\b|too many requests|service unavailable|bad gateway|gateway time-?out|connection reset|connection refused|i\/o timeout|tls handshake timeout|unexpected EOF|no response|temporarily unavailable/i;
function looksTransient(output) {
    return output.some((line) => TRANSIENT_OUTPUT.test(line));
}
/**
 * Runs a command with its output streamed to the log; a failure becomes an ActionFailure quoting
 * the last lines. With `retry`, failures whose output looks transient are tried again.
 */
async function runCommand(runner, command, io, what, retry) {
    const attempts = retry?.attempts ?? 1;
    const wait = retry?.sleep ?? backoff/* sleep */.y;
    for (let attempt = 1;; attempt++) {
        const result = await runner(command, (line) => io.info(line));
        if (result.code === 0)
            return;
        const transient = looksTransient(result.tail) && (retry?.when?.(result.tail) ?? true);
        if (attempt < attempts && transient) {
            const delay = retry.delayMs * 2 ** (attempt - 1);
            io.warning(`${what} failed with a transient error (attempt ${attempt} of ${attempts}); retrying in ${Math.round(delay / 1000)} s`);
            await wait(delay);
            continue;
        }
        const last = result.tail.slice(-5).join('\n');
        throw new errors/* ActionFailure */.dR(`${what} failed (${command.program} exited with ${result.code})${last ? `:\n${last}` : ''}`);
    }
}

;// CONCATENATED MODULE: ./src/core/build/secrets.ts


/**
 * Each secret becomes a 0600 file mounted with `--secret id=…,src=…`: a mount is never part of
 * a layer or of the history, unlike a build-arg. The directory is removed by the caller.
 */
async function writeSecretFiles(dir, secrets, io) {
    if (!secrets.length)
        return [];
    const secretsDir = external_node_path_default().join(dir, 'secrets');
    await (0,promises_.mkdir)(secretsDir, { recursive: true, mode: 0o700 });
    return Promise.all(secrets.map(async (secret, index) => {
        io.mask(secret.value.reveal());
        const file = external_node_path_default().join(secretsDir, `secret-${index}`);
        await (0,promises_.writeFile)(file, secret.value.reveal(), { mode: 0o600 });
        return { id: secret.id, file };
    }));
}

// EXTERNAL MODULE: ./src/core/oci/tag-move.ts
var tag_move = __webpack_require__(9899);
;// CONCATENATED MODULE: ./src/core/build/registry-tags.ts


const REVISION_LABEL = 'org.opencontainers.image.revision';
/**
 * The image ID of a pushed single-platform image: its config digest, which is what buildah and
 * docker report as the ID. An index has no single config, so it has no ID.
 */
async function imageIdInRegistry(registry, repository, digest) {
    const manifest = await registry.getManifest(repository, digest);
    if (!manifest)
        return '';
    try {
        const config = JSON.parse(manifest.body.toString('utf8')).config;
        return typeof config?.digest === 'string' ? config.digest : '';
    }
    catch {
        return '';
    }
}
/**
 * The image `tag` names, when it was built from `revision`. A `sha-<7>` tag can name another
 * commit whose SHA starts alike, so the image's revision label, when it has one, must agree:
 * otherwise reusing it would ship another commit's code under this commit's name.
 */
async function findExisting(registry, repository, tag, revision, io) {
    const existing = await registry.headManifest(repository, tag);
    if (!existing || !revision)
        return existing;
    const built = await revisionInRegistry(registry, repository, existing.digest);
    if (built !== undefined && built !== revision) {
        io.warning(`${tag} exists but was built from commit ${built}, not ${revision}: building`);
        return undefined;
    }
    return existing;
}
/** The revision label of an image (of an index's first image), undefined when it has none. */
async function revisionInRegistry(registry, repository, digest) {
    let manifest = parseJson(await registry.getManifest(repository, digest));
    const child = manifest.manifests?.[0]?.digest;
    if (typeof child === 'string')
        manifest = parseJson(await registry.getManifest(repository, child));
    const configDigest = manifest.config?.digest;
    if (typeof configDigest !== 'string')
        return undefined;
    const config = parseJson({ body: await registry.getBlob(repository, configDigest) });
    const revision = config.config?.Labels?.[REVISION_LABEL];
    return typeof revision === 'string' ? revision : undefined;
}
function parseJson(content) {
    try {
        return content ? JSON.parse(content.body.toString('utf8')) ?? {} : {};
    }
    catch {
        return {};
    }
}
/**
 * Points each tag at `digest` by copying the manifest inside the registry (no pull, no push of
 * layers, same digest), all or nothing (see moveTags): a tag already there is left alone; one
 * pointing elsewhere is moved, as a build would have moved it (e.g. `latest` on a release of an
 * already-built commit). `alreadyMoved` names a tag the builder pushed itself, put back too when
 * a later tag fails.
 */
async function applyTags(registry, repository, digest, tags, io, alreadyMoved = []) {
    const manifest = await registry.getManifest(repository, digest);
    if (!manifest)
        throw new errors/* ActionFailure */.dR(`${registry.registry}/${repository}@${digest} is not in the registry: no tag was moved.`);
    const moves = await (0,tag_move/* moveTags */.F)(registry, repository, manifest, tags, io, { alreadyMoved });
    for (const move of moves) {
        const how = move.outcome === 'unchanged' ? `already ${digest}` : move.outcome === 'moved' ? `moved from ${move.previous} → ${digest}` : `added → ${digest}`;
        io.info(`${move.tag}: ${how}`);
    }
}

;// CONCATENATED MODULE: ./src/core/build/build-push.ts










/**
 * Builds and pushes, or, with skip-existing and the commit's tag already in the registry, only
 * points the missing tags at the existing manifest. Tags are pushed only after a successful
 * build; every temp file (credentials, secrets, digest files) is removed before returning.
 */
async function buildAndPush(request, deps) {
    const { io, registry } = deps;
    const { plan } = request;
    const fullTags = plan.tags.map((tag) => `${plan.repository}:${tag}`);
    /** Where the first tag pointed before the builder moved it: put back if a later tag cannot move. */
    let firstTagBefore;
    if (plan.push && registry) {
        // Before the build: wrong credentials or an unreachable registry must not cost a build first.
        await io.group(`Checking push access to ${plan.repository}`, () => registry.checkAccess(request.repositoryPath, 'push').catch((error) => {
            throw new errors/* ActionFailure */.dR(`Cannot push to ${plan.repository} (the "image" input's registry); nothing was built: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
        }));
        if (request.skipExisting && request.commitTag) {
            const existing = await findExisting(registry, request.repositoryPath, request.commitTag, request.revision, io);
            if (existing) {
                io.info(`${plan.repository}:${request.commitTag} already exists (${existing.digest}): build skipped`);
                await applyTags(registry, request.repositoryPath, existing.digest, plan.tags, io);
                const imageId = await imageIdInRegistry(registry, request.repositoryPath, existing.digest);
                return { digest: existing.digest, imageId, tags: fullTags, skipped: true };
            }
        }
        firstTagBefore = await registry.headManifest(request.repositoryPath, plan.tags[0]);
    }
    const workDir = await (0,promises_.mkdtemp)(external_node_path_default().join(deps.tempRoot ?? external_node_os_default().tmpdir(), 'build-push-'));
    // The credentials and secrets in workDir go on cancellation too (SIGTERM unwinds no `finally`):
    // registered before the builder starts, so its process group is stopped first.
    const removeWorkDir = () => (0,promises_.rm)(workDir, { recursive: true, force: true, maxRetries: 3 });
    const forget = cleanup/* processCleanups */.h.add(removeWorkDir);
    try {
        const files = { digest: external_node_path_default().join(workDir, 'digest'), imageId: external_node_path_default().join(workDir, 'iid'), metadata: external_node_path_default().join(workDir, 'metadata.json') };
        const secrets = await writeSecretFiles(workDir, request.secrets, io);
        const auth = request.login ? await writeThrowAwayAuth(workDir, request.login, deps.env, io) : undefined;
        const certDir = request.caFile && plan.tlsVerify ? await certDirFor(request.builder, request.caFile, workDir, io) : undefined;
        const fullPlan = { ...plan, files, secrets, ...(auth ? { auth } : {}), ...(certDir ? { certDir } : {}) };
        const commands = builderCommands(request.builder, fullPlan);
        const retry = deps.retry ?? DEFAULT_COMMAND_RETRY;
        await io.group(`Building ${fullTags[0]} with ${request.builder}`, () => runCommand(deps.runner, commands.build, io, `The ${request.builder} build`, commands.pushesAllTags ? { ...retry, when: mentionsPush } : undefined));
        for (const push of commands.push) {
            await io.group(`Pushing ${fullTags[0]}`, () => runCommand(deps.runner, push, io, `Pushing ${fullTags[0]}`, retry));
        }
        const imageId = await readOptional(files.imageId);
        const builderMetadata = await readMetadata(files.metadata);
        if (!plan.push)
            return { digest: '', imageId, tags: fullTags, skipped: false, builderMetadata };
        const reported = (await readOptional(files.digest)) || digestFromMetadata(builderMetadata);
        let digest = reported;
        if (registry) {
            const inRegistry = await registry.headManifest(request.repositoryPath, plan.tags[0]);
            if (!inRegistry)
                throw new errors/* ActionFailure */.dR(`${fullTags[0]} is not in the registry after the push`);
            if (reported && inRegistry.digest !== reported)
                io.warning(`${request.builder} reported ${reported}, the registry serves ${inRegistry.digest}; using the registry's`);
            digest = inRegistry.digest;
        }
        if (!digest)
            throw new errors/* ActionFailure */.dR(`${request.builder} pushed ${fullTags[0]} but reported no digest`);
        if (!commands.pushesAllTags && plan.tags.length > 1) {
            if (registry) {
                const builderMoved = firstTagBefore?.digest === digest ? [] : [{ tag: plan.tags[0], previous: firstTagBefore?.digest }];
                await applyTags(registry, request.repositoryPath, digest, plan.tags.slice(1), io, builderMoved);
            }
            else {
                for (const tag of plan.tags.slice(1)) {
                    await runCommand(deps.runner, buildahPushTag(fullPlan, tag), io, `Pushing ${plan.repository}:${tag}`, retry);
                }
            }
        }
        return { digest, imageId, tags: fullTags, skipped: false, builderMetadata };
    }
    finally {
        await removeWorkDir();
        forget();
    }
}
/**
 * A directory holding only `ca.crt`, a copy of the user's CA: buildah's --cert-dir reads every
 * *.crt, *.cert and *.key in the directory it is given (so not the user's own, say /etc/ssl/certs),
 * and kaniko's --registry-certificate takes `<dir>/ca.crt`. buildx has no such flag: its pushes
 * trust what the Docker daemon / BuildKit trusts.
 */
async function certDirFor(builder, caFile, workDir, io) {
    if (builder === 'docker') {
        io.warning('ca-file is used for the registry checks only: docker buildx pushes with the trust of the Docker daemon / BuildKit, which must trust this CA too');
        return undefined;
    }
    const certDir = external_node_path_default().join(workDir, 'certs');
    await (0,promises_.mkdir)(certDir);
    await (0,promises_.copyFile)(caFile, external_node_path_default().join(certDir, 'ca.crt'));
    return certDir;
}
/** buildx builds and pushes in one command: only a failed push is worth a retry, not a failed RUN. */
function mentionsPush(tail) {
    return tail.some((line) => /push|exporting to image/i.test(line));
}
async function readOptional(file) {
    try {
        return (await (0,promises_.readFile)(file, 'utf8')).trim();
    }
    catch {
        return '';
    }
}
async function readMetadata(file) {
    const text = await readOptional(file);
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function digestFromMetadata(metadata) {
    const value = metadata && typeof metadata === 'object' ? metadata['containerimage.digest'] : undefined;
    return typeof value === 'string' ? value : '';
}

// EXTERNAL MODULE: ./src/core/process.ts
var process = __webpack_require__(99978);
;// CONCATENATED MODULE: ./src/core/build/detect-builder.ts



function createProbe(env, timeoutMs = 10_000) {
    return (program, args) => (0,process/* runProcess */.R3)({ program, args, env, timeoutMs }).then((result) => result.code === 0, () => false);
}
/**
 * `auto`: buildx when a Docker daemon answers (the client alone is common on runners without a
 * daemon, so `docker version` must reach the server), else buildah, else kaniko's executor.
 */
async function detectBuilder(probe, paths = {}) {
    const docker = paths.docker ?? 'docker';
    const tried = [];
    if (await probe(docker, ['version', '--format', '{{.Server.Version}}'])) {
        if (await probe(docker, ['buildx', 'version']))
            return 'docker';
        tried.push('a Docker daemon answers but the buildx plugin is missing');
    }
    else
        tried.push('no Docker daemon answers `docker version`');
    if (await probe(paths.buildah ?? 'buildah', ['--version']))
        return 'buildah';
    tried.push('`buildah --version` failed');
    if (await probe(paths.kaniko ?? KANIKO_EXECUTOR, ['version']))
        return 'kaniko';
    tried.push(`${paths.kaniko ?? KANIKO_EXECUTOR} is absent`);
    throw new errors/* ActionFailure */.dR(`No image builder found (builder: auto): ${tried.join('; ')}. Install buildah, run in a kaniko image, or give a Docker daemon with buildx.`);
}

;// CONCATENATED MODULE: ./src/core/build/metadata/labels.ts
const OCI = 'org.opencontainers.image';
/**
 * The OCI annotation keys metadata-action writes as labels (those knowable without the GitHub API),
 * merged with the user's and sorted so the argv (and so the build cache key) is stable.
 */
function ociLabels(inputs) {
    const { context } = inputs;
    const created = context.commitTime && !Number.isNaN(Date.parse(context.commitTime)) ? new Date(context.commitTime) : inputs.now;
    const defaults = {
        [`${OCI}.created`]: created.toISOString(),
        [`${OCI}.revision`]: context.sha,
        [`${OCI}.source`]: context.repositoryUrl,
        [`${OCI}.url`]: context.repositoryUrl,
        [`${OCI}.title`]: lastSegment(context.repository ?? inputs.repository),
        [`${OCI}.version`]: inputs.version,
    };
    const merged = new Map();
    for (const [key, value] of Object.entries(defaults))
        if (value)
            merged.set(key, value);
    for (const [key, value] of inputs.userLabels ?? [])
        merged.set(key, value);
    return new Map([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function lastSegment(path) {
    return path.split('/').filter(Boolean).pop() ?? path;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/core/build/metadata/template.ts

const EXPRESSION = /\{\{\s*([^{}]*?)\s*\}\}/g;
const DATE_CALL = /^(date|commit_date)\s+'([^']*)'$/;
const DATE_TOKENS = /YYYY|YY|MM|DD|HH|mm|ss/g;
/**
 * Expands metadata-action style expressions (`{{branch}}`, `{{version}}`, `{{date 'YYYYMMDD'}}`)
 * against a closed set of names. An unknown name or a stray brace is the user's mistake, so it is
 * a ConfigurationError rather than silently becoming an empty tag.
 */
function expandTemplate(template, values, options) {
    const expanded = template.replace(EXPRESSION, (whole, body) => {
        const date = DATE_CALL.exec(body);
        if (date) {
            const when = date[1] === 'date' ? options.now : options.commitTime;
            if (!when)
                throw new errors/* ConfigurationError */.j1(`"${whole}" needs a ${date[1] === 'date' ? 'clock' : 'commit time'}, and none is known here`, options.input);
            return formatDate(when, date[2]);
        }
        if (!Object.prototype.hasOwnProperty.call(values, body)) {
            const known = Object.keys(values).map((name) => `{{${name}}}`);
            throw new errors/* ConfigurationError */.j1(`unknown expression "${whole}" in "${template}"; known: ${[...known, "{{date 'FORMAT'}}", "{{commit_date 'FORMAT'}}"].join(', ')}`, options.input);
        }
        return values[body] ?? '';
    });
    if (expanded.includes('{{') || expanded.includes('}}')) {
        throw new errors/* ConfigurationError */.j1(`unbalanced "{{" or "}}" in "${template}"`, options.input);
    }
    return expanded;
}
/** UTC only: a tag computed on runners in different time zones must not differ. */
function formatDate(when, format) {
    const pad = (value, width = 2) => String(value).padStart(width, '0');
    const parts = {
        YYYY: pad(when.getUTCFullYear(), 4),
        YY: pad(when.getUTCFullYear() % 100),
        MM: pad(when.getUTCMonth() + 1),
        DD: pad(when.getUTCDate()),
        HH: pad(when.getUTCHours()),
        mm: pad(when.getUTCMinutes()),
        ss: pad(when.getUTCSeconds()),
    };
    return format.replace(DATE_TOKENS, (token) => parts[token]);
}

;// CONCATENATED MODULE: ./src/core/build/metadata/tags.ts




const SHORT_SHA_LENGTH = 7;
const MAX_TAG_LENGTH = 128;
/** Tags from the commit and the rules, as docker/metadata-action computes them. */
function computeTags(inputs) {
    const input = inputs.input ?? 'tags';
    const { context, flavor } = inputs;
    const globals = globalValues(context);
    const expand = (text, extra = {}) => expandTemplate(text, { ...globals, ...extra }, { input, now: inputs.now, commitTime: commitDate(context) });
    const notes = [];
    const candidates = [];
    inputs.rules.forEach((rule, order) => {
        const enabled = expand(rule.enable).trim();
        if (enabled !== 'true' && enabled !== 'false') {
            throw new errors/* ConfigurationError */.j1(`enable must be true or false (or an expression giving one), got "${rule.enable}" → "${enabled}"`, input);
        }
        if (enabled === 'false')
            return;
        const produced = ruleValue(rule, context, expand, notes);
        if (!produced || !produced.value)
            return;
        const prefix = expand(rule.prefix ?? flavor.prefix);
        const suffix = expand(rule.suffix ?? flavor.suffix);
        const fromContext = rule.type === 'ref' || rule.type === 'semver';
        const room = MAX_TAG_LENGTH - prefix.length - suffix.length;
        const value = `${prefix}${fromContext ? produced.value.slice(0, Math.max(room, 1)) : produced.value}${suffix}`;
        if (!(0,reference/* isValidTag */.r_)(value)) {
            throw new errors/* ConfigurationError */.j1(`"${value}" is not a valid tag: letters, digits, _ . - only, at most 128, not starting with . or -`, input);
        }
        candidates.push({ value, priority: rule.priority, order, rule, release: produced.release });
    });
    candidates.sort((a, b) => b.priority - a.priority || a.order - b.order);
    const tags = [...new Set(candidates.map((candidate) => candidate.value))];
    const version = tags[0];
    // As metadata-action: the highest-priority tag alone decides `latest=auto`, so a pre-release
    // semver outranking `type=ref,event=tag` keeps `latest` where it is; and no tag, no `latest`.
    const top = candidates[0];
    const wantsLatest = top !== undefined && (flavor.latest === 'true' || (flavor.latest === 'auto' && top.release));
    if (wantsLatest) {
        const latest = `${flavor.prefixOnLatest ? flavor.prefix : ''}latest${flavor.suffixOnLatest ? flavor.suffix : ''}`;
        if (!(0,reference/* isValidTag */.r_)(latest))
            throw new errors/* ConfigurationError */.j1(`"${latest}" is not a valid tag`, 'flavor');
        if (!tags.includes(latest))
            tags.push(latest);
    }
    const shaTags = candidates.filter((candidate) => candidate.rule.type === 'sha');
    const commitTag = (shaTags.find((candidate) => candidate.rule.format === 'long') ?? shaTags[0])?.value;
    return { tags, version, commitTag, notes };
}
function ruleValue(rule, context, expand, notes) {
    switch (rule.type) {
        case 'sha':
            if (!context.sha)
                return undefined;
            return { value: rule.format === 'long' ? context.sha : context.sha.slice(0, SHORT_SHA_LENGTH), release: false };
        case 'ref':
            if (rule.event === 'branch' && context.refType === 'branch' && context.branch)
                return { value: sanitizeTag(context.branch), release: false };
            if (rule.event === 'tag' && context.refType === 'tag' && context.tag)
                return { value: sanitizeTag(context.tag), release: true };
            if (rule.event === 'pr' && context.refType === 'pull-request' && context.pullRequest !== undefined) {
                return { value: String(context.pullRequest), release: false };
            }
            return undefined;
        case 'semver':
            return semverValue(rule, context, expand, notes);
        case 'raw':
            return { value: expand(rule.value ?? '').trim(), release: false };
    }
}
function semverValue(rule, context, expand, notes) {
    const raw = rule.value ? expand(rule.value).trim() : context.refType === 'tag' ? context.tag : undefined;
    if (!raw)
        return undefined;
    const parsed = semver_default().parse(semver_default().clean(raw, { loose: true }) ?? raw, { loose: true });
    if (!parsed) {
        notes.push(`"${raw}" is not a semantic version: type=semver,pattern=${rule.pattern} gave no tag`);
        return undefined;
    }
    const pattern = rule.pattern;
    const prerelease = parsed.prerelease.length > 0;
    // A pre-release only ever gets its own full version: `1.2` must not move to 1.2.0-rc.1.
    // Only a pattern of exactly `{{raw}}` keeps the raw pre-release (metadata-action's isRawStatement).
    const effective = prerelease && !/^\{\{\s*raw\s*\}\}$/.test(pattern) ? '{{version}}' : pattern;
    // 0.x promises no compatibility, so a bare `{{major}}` tag ("0") would mean nothing.
    if (parsed.major === 0 && /\{\{\s*major\s*\}\}/.test(effective) && !/minor|patch|version|raw/.test(effective))
        return undefined;
    const value = expand(effective, {
        version: parsed.version,
        major: String(parsed.major),
        minor: String(parsed.minor),
        patch: String(parsed.patch),
        raw,
    });
    return { value: sanitizeTag(value), release: !prerelease };
}
/** Global expressions usable in every rule attribute. */
function globalValues(context) {
    const isDefault = context.refType === 'branch' && !!context.branch && context.branch === context.defaultBranch;
    return {
        branch: context.refType === 'branch' && context.branch ? sanitizeTag(context.branch) : '',
        tag: context.refType === 'tag' && context.tag ? sanitizeTag(context.tag) : '',
        sha: context.sha ? context.sha.slice(0, SHORT_SHA_LENGTH) : '',
        is_default_branch: String(isDefault),
        is_not_default_branch: String(!isDefault),
    };
}
function commitDate(context) {
    if (!context.commitTime)
        return undefined;
    const date = new Date(context.commitTime);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** `feature/Login` becomes `feature-Login`: runs of characters a tag cannot hold become `-`. */
function sanitizeTag(text) {
    return text.replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '');
}

;// CONCATENATED MODULE: ./src/core/build/runner.ts

/** The real runner: a child process with a time limit, output split into lines. */
function createProcessRunner(options) {
    const timeoutMs = options.timeoutMs ?? 3_600_000;
    const tailLines = options.tailLines ?? 20;
    return async (command, onLine) => {
        const tail = [];
        const emit = (line) => {
            tail.push(line);
            if (tail.length > tailLines)
                tail.shift();
            onLine(line);
        };
        const result = await (0,process/* runProcess */.R3)({ program: command.program, args: command.args, cwd: options.cwd, env: { ...options.baseEnv, ...command.env }, timeoutMs, onLine: emit });
        if (result.signal)
            emit(`${command.program} was killed by ${result.signal}${result.timedOut ? ` (time limit ${timeoutMs} ms)` : ''}`);
        return { code: result.code, tail };
    };
}

// EXTERNAL MODULE: ./src/core/oci/client.ts + 3 modules
var oci_client = __webpack_require__(91390);
// EXTERNAL MODULE: ./src/core/oci/cloud-login.ts + 1 modules
var cloud_login = __webpack_require__(61881);
// EXTERNAL MODULE: ./src/core/oci/credentials.ts
var credentials = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/core/oci/docker-config.ts
var docker_config = __webpack_require__(39364);
// EXTERNAL MODULE: ./src/core/oci/login-inputs.ts
var login_inputs = __webpack_require__(46600);
// EXTERNAL MODULE: ./src/core/oci/media-types.ts
var media_types = __webpack_require__(98501);
// EXTERNAL MODULE: ./src/core/oci/scopes.ts
var scopes = __webpack_require__(8248);
// EXTERNAL MODULE: ./src/core/oci/transport.ts
var oci_transport = __webpack_require__(53168);
;// CONCATENATED MODULE: ./src/actions/build-push/registry.ts










/**
 * The builder's and the client's login, in one order: the inputs (or HARBOR_* / CI_REGISTRY_*),
 * then what `docker login` / `buildah login` left on this machine, then the github-token input
 * for ghcr.io. A docker login comes before the workflow token: a personal token someone logged in
 * with may push where the workflow's may not.
 */
function credentialsFor(inputs, io, env) {
    if (inputs.provider !== 'generic')
        return cloudSource(inputs, io, env);
    const login = inputs.login;
    const fromInputs = login ? (0,credentials/* fixedCredential */.EP)({ username: login.username, password: login.password.reveal(), source: login.source }, [login.registry]) : undefined;
    return (0,credentials/* chainCredentials */.a)(...(fromInputs ? [fromInputs] : []), (0,docker_config/* dockerConfigCredentials */.D)({ env, io }), (0,credentials/* githubTokenCredentials */.ZZ)(env, io, inputs.githubToken?.reveal()));
}
/** One cloud login per run: the builder and the registry client share it (keyed by the parsed image). */
const cloudSources = new WeakMap();
/** The registry's URL as connectRegistry found it (plain HTTP for a local registry without TLS). */
const registryUrls = new WeakMap();
function cloudSource(inputs, io, env) {
    let source = cloudSources.get(inputs.image);
    if (!source) {
        const registryUrl = registryUrls.get(inputs.image);
        source = (0,cloud_login/* cloudCredentials */.e)(inputs.provider, inputs.image.registry, { env, io, ...(registryUrl ? { registryUrl } : {}) });
        cloudSources.set(inputs.image, source);
    }
    return source;
}
/**
 * The login the builder is handed: the inputs', or the GitHub token for a ghcr.io image when no
 * docker login on this machine covers it (the builder reads those itself).
 */
async function builderLogin(inputs, io, env) {
    const { registry, repository } = inputs.image;
    if (inputs.provider !== 'generic') {
        const cloud = await cloudSource(inputs, io, env).forRegistry(registry, repository);
        // ACR's refresh token is the password of its fixed user, as `az acr login` hands it to docker.
        const password = cloud?.password ?? cloud?.identityToken;
        return cloud?.username && password ? { registry, username: cloud.username, password } : undefined;
    }
    if (inputs.login)
        return { registry, username: inputs.login.username, password: inputs.login.password.reveal() };
    const token = (0,login_inputs/* githubTokenCredential */.eb)(registry, inputs.githubToken?.reveal(), env);
    if (!token?.username || !token.password)
        return undefined;
    if (await (0,docker_config/* dockerConfigCredentials */.D)({ env, io }).forRegistry(registry, repository))
        return undefined;
    io.mask(token.password);
    return { registry, username: token.username, password: token.password };
}
/**
 * A registry client with the same credentials the builder gets. With `insecure`, HTTPS without
 * verification is tried first and plain HTTP only when the registry does not speak TLS, as
 * containers/image does with --tls-verify=false. `inputs.caFile` (already resolved) is trusted
 * besides the system's CAs.
 */
async function connectRegistry(inputs, io, env) {
    const registry = inputs.image.registry;
    const transport = await (0,oci_transport/* registryTransport */.H)(registry, { insecure: inputs.insecure, caFile: inputs.caFile, io }).catch((error) => {
        const image = `${registry}/${inputs.image.repository}`;
        throw new errors/* ActionFailure */.dR(`Cannot push to ${image} (the "image" input's registry); nothing was built: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    });
    registryUrls.set(inputs.image, new URL(`${transport.plainHttp ? 'http' : 'https'}://${(0,reference/* registryApiHost */.Mb)(registry)}`));
    const credentials = credentialsFor(inputs, io, env);
    const client = new oci_client/* RegistryClient */.bP({ registry, credentials, io, ...transport });
    return {
        checkAccess: (repository, access) => client.checkAccess(repository, access),
        headManifest: (repository, reference) => client.headManifest(repository, reference),
        getManifest: (repository, reference) => client.getManifest(repository, reference),
        registry,
        putManifest: (repository, reference, body, mediaType) => client.putManifest(repository, reference, body, mediaType),
        deleteTag: (repository, tag) => client.deleteTag(repository, tag),
        getBlob: async (repository, digest) => {
            // push scope: the client already holds a push token for this repository (checkAccess).
            const response = await client.request({ method: 'GET', url: `/v2/${repository}/blobs/${digest}`, scopes: [(0,scopes/* repositoryScope */.F7)(repository, 'push')] });
            if (response.status !== 200)
                throw new errors/* ActionFailure */.dR(`Cannot read blob ${digest} of ${registry}/${repository}: HTTP ${response.status}`);
            if ((0,media_types/* sha256Digest */.sI)(response.body) !== digest)
                throw new errors/* ActionFailure */.dR(`Blob ${digest} of ${registry}/${repository} does not match its digest: refusing it`);
            return response.body;
        },
    };
}

;// CONCATENATED MODULE: ./src/actions/build-push/summary.ts
/** The step summary: what was pushed and how to pin it. */
function renderSummary(summary) {
    const outcome = summary.skipped ? 'skipped: the commit was already built' : summary.pushed ? 'built and pushed' : 'built (not pushed)';
    const rows = [
        ['Image', code(summary.image || '(not pushed)')],
        ['Digest', code(summary.digest || '(none)')],
        ['Tags', summary.tags.map(code).join('<br>')],
        ['Builder', summary.builder],
        ['Duration', `${(summary.durationMs / 1000).toFixed(1)} s`],
    ];
    return [`### build-push: ${outcome}`, '', '| | |', '|---|---|', ...rows.map(([name, value]) => `| ${name} | ${value} |`), ''].join('\n');
}
function code(text) {
    return `\`${text.replace(/[`|]/g, '')}\``;
}

;// CONCATENATED MODULE: ./src/actions/build-push/workspace.ts



/**
 * The context directory and Dockerfile (absolute already: user paths may be anywhere, as with
 * docker/build-push-action), checked to exist so a typo fails before the builder starts.
 */
function checkBuildPaths(context, file) {
    if (kindOf(context) !== 'directory')
        throw new errors/* ConfigurationError */.j1(`"${context}" ${kindOf(context) === 'missing' ? 'does not exist' : 'is not a directory'}`, 'context');
    const dockerfile = file ?? external_node_path_default().join(context, 'Dockerfile');
    const kind = kindOf(dockerfile);
    if (kind !== 'file') {
        if (file === undefined)
            throw new errors/* ConfigurationError */.j1(`no Dockerfile in "${context}"; set the file input`, 'context');
        throw new errors/* ConfigurationError */.j1(`"${file}" ${kind === 'missing' ? 'does not exist' : 'is not a file'}`, 'file');
    }
    return { contextDir: context, dockerfile };
}
function kindOf(target) {
    try {
        const stats = (0,external_node_fs_.statSync)(target);
        return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
    }
    catch {
        return 'missing';
    }
}

;// CONCATENATED MODULE: ./src/actions/build-push/run.ts










async function runBuildPush(inputs, runtime, overrides = {}) {
    const { io, env, clock } = runtime;
    const deps = {
        runner: overrides.runner ?? createProcessRunner({ baseEnv: env, cwd: runtime.workspace }),
        probe: overrides.probe ?? createProbe(env),
        connect: overrides.connect ?? ((connectInputs, connectIo) => connectRegistry(connectInputs, connectIo, env)),
    };
    const started = clock.now();
    for (const secret of inputs.secrets)
        io.mask(secret.value.reveal());
    if (inputs.login)
        io.mask(inputs.login.password.reveal());
    const { contextDir, dockerfile } = checkBuildPaths(inputs.context, inputs.file);
    const context = runtime.ci;
    const now = new Date(clock.now());
    const ci = { ...context, ...(context.defaultBranch || !inputs.defaultBranch ? {} : { defaultBranch: inputs.defaultBranch }) };
    const computed = computeTags({ rules: inputs.tagRules, flavor: inputs.flavor, context: ci, now });
    for (const note of computed.notes)
        io.warning(note);
    if (!computed.tags.length) {
        throw new errors/* ConfigurationError */.j1('no tag applies to this commit (is the commit SHA known? GITHUB_SHA, CI_COMMIT_SHA or GIT_COMMIT)', 'tags');
    }
    if (inputs.skipExisting && !computed.commitTag) {
        throw new errors/* ConfigurationError */.j1('needs a type=sha tag (the default tags have one) to recognise the commit in the registry', 'skip-existing');
    }
    // The commit tag goes first: pushed first, and the one skip-existing looks up.
    const tags = computed.commitTag ? [computed.commitTag, ...computed.tags.filter((tag) => tag !== computed.commitTag)] : computed.tags;
    const repository = `${inputs.image.registry}/${inputs.image.repository}`;
    const labels = ociLabels({ context: ci, repository, version: computed.version, now, userLabels: inputs.labels });
    const builder = inputs.builder === 'auto' ? await detectBuilder(deps.probe) : inputs.builder;
    io.info(`Builder: ${builder}${inputs.builder === 'auto' ? ' (auto)' : ''}; tags: ${tags.join(', ')}`);
    const registry = inputs.push ? await deps.connect(inputs, io) : undefined;
    const login = await builderLogin(inputs, io, env);
    if (!inputs.push && inputs.skipExisting)
        io.warning('skip-existing has no effect with push: false');
    const result = await buildAndPush({
        builder,
        plan: {
            contextDir,
            dockerfile,
            repository,
            tags,
            labels,
            buildArgs: inputs.buildArgs,
            ...(inputs.target ? { target: inputs.target } : {}),
            platforms: inputs.platforms,
            cacheFrom: inputs.cacheFrom,
            cacheTo: inputs.cacheTo,
            push: inputs.push,
            tlsVerify: !inputs.insecure,
        },
        repositoryPath: inputs.image.repository,
        ...(computed.commitTag ? { commitTag: computed.commitTag } : {}),
        ...(labels.has(REVISION_LABEL) ? { revision: labels.get(REVISION_LABEL) } : {}),
        secrets: inputs.secrets,
        ...(inputs.caFile ? { caFile: inputs.caFile } : {}),
        ...(login ? { login } : {}),
        skipExisting: inputs.skipExisting && inputs.push,
    }, { io, runner: deps.runner, ...(registry ? { registry } : {}), env, tempRoot: runtime.tempDir });
    const image = result.digest ? `${repository}@${result.digest}` : '';
    const metadata = {
        image,
        digest: result.digest,
        tags: result.tags,
        labels: Object.fromEntries(labels),
        builder,
        skipped: result.skipped,
        imageid: result.imageId,
        ...(result.builderMetadata !== undefined ? { builder_metadata: result.builderMetadata } : {}),
    };
    return {
        outputs: {
            digest: result.digest,
            image,
            tags: result.tags.join('\n'),
            imageid: result.imageId,
            metadata: JSON.stringify(metadata),
            skipped: String(result.skipped),
        },
        summary: renderSummary({ image, tags: result.tags, digest: result.digest, builder, durationMs: clock.now() - started, skipped: result.skipped, pushed: inputs.push }),
    };
}


/***/ })

};
