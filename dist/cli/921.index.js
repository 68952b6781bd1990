export const id = 921;
export const ids = [921];
export const modules = {

/***/ 1921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RegistryClients: () => (/* binding */ RegistryClients),
  resolveSource: () => (/* binding */ resolveSource),
  runPromote: () => (/* binding */ runPromote)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/oci/client.ts + 3 modules
var client = __webpack_require__(1390);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/core/argocd/connect.ts + 2 modules
var connect = __webpack_require__(5598);
// EXTERNAL MODULE: ./src/core/oci/errors.ts
var oci_errors = __webpack_require__(7298);
// EXTERNAL MODULE: ./src/core/oci/media-types.ts
var media_types = __webpack_require__(8501);
// EXTERNAL MODULE: ./src/core/http/request.ts
var request = __webpack_require__(3333);
// EXTERNAL MODULE: ./src/core/oci/scopes.ts
var scopes = __webpack_require__(8248);
;// CONCATENATED MODULE: ./src/core/oci/referrers.ts





/**
 * The referrers tag schema of OCI distribution-spec v1.1 ("Referrers Tag Schema"): a registry
 * without the referrers API keeps them in an index tagged `<alg>-<hex>` of the subject.
 */
function referrersTag(subject) {
    return subject.replace(':', '-');
}
/**
 * What refers to `subject` in a repository: the referrers API (`GET /v2/<name>/referrers/<digest>`,
 * distribution-spec v1.1 "Listing Referrers") when the registry has it, else the tag schema.
 * A registry with the API answers 200 with an index even when nothing refers to the subject; a 404
 * means it has no such endpoint.
 */
async function listReferrers(client, repository, subject) {
    const fromApi = await referrersApi(client, repository, subject);
    if (fromApi)
        return fromApi;
    const tagged = await client.getManifest(repository, referrersTag(subject));
    return tagged ? indexEntries(tagged.body, `${repository}:${referrersTag(subject)}`) : [];
}
/**
 * Makes `referrers`, already copied, findable from `subject` in the target: a registry with the
 * referrers API indexed them when they were put (their `subject` field); otherwise they are added
 * to the subject's tag-schema index, keeping entries another tool put there.
 */
async function recordReferrers(client, repository, subject, referrers) {
    const listed = await referrersApi(client, repository, subject);
    const known = listed ?? (await tagSchemaEntries(client, repository, subject));
    const missing = referrers.filter((referrer) => !known.some((entry) => entry.digest === referrer.digest));
    if (!missing.length)
        return;
    if (listed) {
        throw new errors/* ActionFailure */.dR(`${client.registry}/${repository} does not list ${missing.map((entry) => entry.digest).join(', ')} as referrers of ${subject} after they were copied.`);
    }
    const index = { schemaVersion: 2, mediaType: media_types/* OCI_INDEX */.$p, manifests: [...known, ...missing] };
    await client.putManifest(repository, referrersTag(subject), Buffer.from(JSON.stringify(index)), media_types/* OCI_INDEX */.$p);
}
async function referrersApi(client, repository, subject) {
    const response = await client.request({
        method: 'GET',
        url: `/v2/${repository}/referrers/${subject}`,
        scopes: [(0,scopes/* repositoryScope */.F7)(repository, 'pull')],
        headers: { Accept: media_types/* OCI_INDEX */.$p },
    });
    if (response.status === 404)
        return undefined;
    if (response.status !== 200)
        throw (0,oci_errors/* registryFailure */.MX)({ operation: `list the referrers of ${subject} in`, registry: client.registry, repository }, response);
    // Some registries route unknown paths to an HTML page with 200: only an index counts as an answer.
    if (!(0,request/* header */.wx)(response.headers, 'content-type')?.includes('json'))
        return undefined;
    // The API may filter or page (`Link`); the whole first page is what a copy needs for its subject.
    return indexEntries(response.body, `referrers of ${subject}`);
}
async function tagSchemaEntries(client, repository, subject) {
    const tagged = await client.getManifest(repository, referrersTag(subject));
    return tagged ? indexEntries(tagged.body, `${repository}:${referrersTag(subject)}`) : [];
}
function indexEntries(body, what) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new errors/* ActionFailure */.dR(`The ${what} is not a JSON index.`);
    }
    if (!Array.isArray(parsed.manifests))
        return [];
    return parsed.manifests.filter((entry) => typeof entry?.digest === 'string' && typeof entry.size === 'number' && typeof entry.mediaType === 'string');
}

// EXTERNAL MODULE: ./src/core/oci/tag-move.ts
var tag_move = __webpack_require__(9899);
;// CONCATENATED MODULE: ./src/core/oci/copy.ts







/** How many blobs or child manifests move at once: enough to hide round trips, few enough for a small registry. */
const PARALLEL = 4;
/** Signatures of signatures: followed this deep, no further (a cycle cannot be built, but a chain can be long). */
const MAX_REFERRER_DEPTH = 3;
/**
 * Copies a manifest by digest, with everything it needs, without pulling a layer to disk or memory:
 * on one registry each blob is mounted from the source repository; across registries it is
 * streamed from one to the other. An index stays an index: each platform manifest is copied under
 * its own digest first. The bytes of every manifest are put back unchanged, so the digest is the
 * same. Referrers come next, and the tags move last, once nothing they name can be missing.
 */
async function copyByDigest(request) {
    const copier = new ManifestCopier(request);
    // Listing the referrers needs nothing copied: it runs beside the image's copy.
    const listed = request.referrers ? listReferrers(request.source.client, request.source.repository, request.digest) : Promise.resolve([]);
    listed.catch(() => undefined);
    const root = await copier.copy(request.digest);
    const referrers = await copier.copyReferrers(request.digest, 1, await listed);
    // All or nothing: a tag that fails puts back those moved before it.
    const moves = request.tags.length ? await (0,tag_move/* moveTags */.F)(request.target.client, request.target.repository, root, request.tags, request.io) : [];
    const tags = moves.map((move) => move.tag);
    return { digest: request.digest, mediaType: root.mediaType, manifests: copier.manifests, blobs: copier.blobs, bytesCopied: copier.bytesCopied, tags, referrers };
}
class ManifestCopier {
    manifests = 0;
    bytesCopied = 0;
    blobs = { exists: 0, mounted: 0, uploaded: 0 };
    #request;
    #sameRegistry;
    /** Copies in flight or done, by digest: an index may name one manifest twice, a referrer may be an image's child. */
    #started = new Map();
    constructor(request) {
        this.#request = request;
        this.#sameRegistry = request.source.client.baseUrl.origin === request.target.client.baseUrl.origin;
    }
    copy(digest) {
        let started = this.#started.get(digest);
        if (!started) {
            started = this.#copy(digest);
            this.#started.set(digest, started);
        }
        return started;
    }
    async #copy(digest) {
        const { source, target, io } = this.#request;
        const [manifest, present] = await Promise.all([source.client.getManifest(source.repository, digest), target.client.headManifest(target.repository, digest)]);
        if (!manifest) {
            throw new oci_errors/* RegistryError */.gl(`${source.client.registry}/${source.repository} holds no manifest ${digest}.`, 404, 'MANIFEST_UNKNOWN');
        }
        // A registry validates what a manifest names when it is put, so one it already has is complete.
        if (present)
            return manifest;
        const parsed = parseManifest(manifest);
        if (parsed.manifests) {
            await (0,connect/* mapWithConcurrency */.WS)(parsed.manifests, PARALLEL, (child) => this.copy(child.digest));
        }
        else {
            await (0,connect/* mapWithConcurrency */.WS)(parsed.blobs, PARALLEL, (blob) => this.#copyBlob(blob));
        }
        await target.client.putManifest(target.repository, digest, manifest.body, manifest.mediaType);
        this.manifests++;
        io.debug(`Copied ${manifest.mediaType} ${digest} to ${target.client.registry}/${target.repository}`);
        return manifest;
    }
    async #copyBlob(blob) {
        const { source, target } = this.#request;
        const mountFrom = this.#sameRegistry && source.repository !== target.repository ? source.repository : undefined;
        const result = await target.client.uploadBlob(target.repository, {
            digest: blob.digest,
            size: blob.size,
            open: (start, end) => {
                this.bytesCopied += end - start;
                return openRange(source, blob, start, end);
            },
        }, mountFrom ? { mountFrom } : {});
        this.blobs[result]++;
    }
    /** Copies the referrers of `subject` (and theirs, to a bounded depth), `listed` when already known. */
    async copyReferrers(subject, depth, listed) {
        const { source, target, io } = this.#request;
        const referrers = listed ?? (await listReferrers(source.client, source.repository, subject));
        if (!referrers.length)
            return [];
        for (const referrer of referrers) {
            await this.copy(referrer.digest);
            if (depth < MAX_REFERRER_DEPTH)
                await this.copyReferrers(referrer.digest, depth + 1);
        }
        await recordReferrers(target.client, target.repository, subject, referrers);
        io.info(`Copied ${referrers.length} referrer(s) of ${subject.slice(0, 19)}…: ${referrers.map((entry) => entry.artifactType ?? entry.mediaType).join(', ')}`);
        return referrers;
    }
}
function parseManifest(manifest) {
    let document;
    try {
        document = JSON.parse(manifest.body.toString('utf8'));
    }
    catch {
        throw new errors/* ActionFailure */.dR(`Manifest ${manifest.digest} is not JSON: cannot tell what it needs copied.`);
    }
    if (manifest.mediaType === media_types/* OCI_INDEX */.$p || manifest.mediaType === media_types/* DOCKER_MANIFEST_LIST */.m6 || Array.isArray(document.manifests)) {
        return { manifests: descriptors(document.manifests, manifest.digest), blobs: [] };
    }
    const config = document.config === undefined ? [] : descriptors([document.config], manifest.digest);
    return { blobs: [...config, ...descriptors(document.layers ?? [], manifest.digest), ...descriptors(document.blobs ?? [], manifest.digest)] };
}
function descriptors(list, owner) {
    if (!Array.isArray(list))
        throw new errors/* ActionFailure */.dR(`Manifest ${owner} lists its content in an unexpected shape.`);
    return list.map((entry) => {
        if (typeof entry?.digest !== 'string' || typeof entry.size !== 'number' || !/^sha256:[0-9a-f]{64}$/.test(entry.digest)) {
            throw new errors/* ActionFailure */.dR(`Manifest ${owner} names a descriptor without a sha256 digest and size.`);
        }
        return entry;
    });
}
/**
 * A stream of bytes `start`..`end` of a source blob, handed to the upload at once while the GET
 * starts: the upload's body is a factory of streams, and the GET is asynchronous.
 */
function openRange(source, blob, start, end) {
    // A wide buffer between the two sockets: the default 16 KiB would stall the upload on every few packets.
    const out = new external_node_stream_.PassThrough({ highWaterMark: 1024 * 1024 });
    const whole = start === 0 && end === blob.size;
    source.client.blobStream(source.repository, blob.digest, { start, end, size: blob.size }).then(({ stream, partial }) => {
        const body = whole || partial ? stream : stream.pipe(sliceOf(start, end));
        stream.once('error', (error) => out.destroy(error));
        body.once('error', (error) => out.destroy(error));
        body.pipe(out);
    }, (error) => out.destroy(error));
    return out;
}
/** Keeps bytes `start`..`end` of a whole blob a registry sent instead of the range asked for. */
function sliceOf(start, end) {
    let offset = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            const from = Math.max(start - offset, 0);
            const to = Math.min(end - offset, chunk.length);
            offset += chunk.length;
            callback(null, to > from ? chunk.subarray(from, to) : undefined);
        },
    });
}

// EXTERNAL MODULE: ./src/core/oci/credentials.ts
var oci_credentials = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var oci_reference = __webpack_require__(488);
// EXTERNAL MODULE: ./src/core/oci/transport.ts
var transport = __webpack_require__(3168);
// EXTERNAL MODULE: ./src/actions/ship/record.ts
var ship_record = __webpack_require__(365);
// EXTERNAL MODULE: ./src/actions/ship/stage.ts
var stage = __webpack_require__(4404);
// EXTERNAL MODULE: ./src/actions/promote/inputs.ts
var promote_inputs = __webpack_require__(8951);
;// CONCATENATED MODULE: ./src/actions/promote/summary.ts

/** The copy stage for the step summary: what moved, and how little had to. */
function renderCopySummary(source, target, result) {
    const name = (0,oci_reference/* normalizedName */.j8)(target);
    const { exists, mounted, uploaded } = result.blobs;
    const rows = [
        ['From', `\`${(0,oci_reference/* normalizedName */.j8)(source.reference)}@${result.digest}\` (${source.how})`],
        ['To', `\`${name}@${result.digest}\``],
        ['Kind', `\`${result.mediaType}\``],
        ['Tags', result.tags.length ? result.tags.map((tag) => `\`${name}:${tag}\``).join(', ') : '(none: by digest only)'],
        ['Manifests written', String(result.manifests)],
        ['Blobs', `${exists} already there, ${mounted} mounted, ${uploaded} streamed (${(result.bytesCopied / 2 ** 20).toFixed(1)} MiB)`],
        ['Referrers', result.referrers.length ? result.referrers.map((entry) => `\`${entry.artifactType ?? entry.mediaType}\` ${entry.digest.slice(0, 19)}…`).join(', ') : 'none'],
    ];
    return ['### Promoted by digest', '', '| | |', '|---|---|', ...rows.map(([key, value]) => `| ${key} | ${value.replace(/\|/g, '\\|')} |`), ''].join('\n');
}

;// CONCATENATED MODULE: ./src/actions/promote/run.ts










async function runPromote(inputs, runtime) {
    const { io, env, ci: context } = runtime;
    const registries = new RegistryClients(inputs, io, env);
    const source = await io.group('Resolve the source', () => resolveSource(inputs, registries, runtime));
    io.info(`Promoting ${(0,oci_reference/* formatReference */.FH)(source.reference)} (${source.how})`);
    const target = { ...inputs.target, digest: source.reference.digest };
    const sameRepository = (0,oci_reference/* normalizedName */.j8)(target) === (0,oci_reference/* normalizedName */.j8)(source.reference);
    if (inputs.stages.has('copy') && sameRepository && inputs.tags.every((tag) => tag === source.reference.tag)) {
        throw new errors/* ConfigurationError */.j1(`is the source itself (${(0,oci_reference/* normalizedName */.j8)(source.reference)}): name another repository or a new tag`, 'target');
    }
    let copied;
    if (inputs.stages.has('copy')) {
        const targetName = (0,oci_reference/* normalizedName */.j8)(target);
        copied = await io.group(`Copy ${source.reference.digest} to ${targetName}`, async () => copyByDigest({
            source: { client: await registries.client(source.reference.registry), repository: source.reference.repository },
            target: { client: await registries.client(target.registry), repository: target.repository },
            digest: source.reference.digest,
            tags: inputs.tags,
            referrers: inputs.referrers,
            io,
        }));
    }
    const progress = new stage/* FlowProgress */.MY();
    const summaries = [];
    if (copied)
        summaries.push(renderCopySummary(source, target, copied));
    const image = `${(0,oci_reference/* normalizedName */.j8)(target)}@${source.reference.digest}`;
    let bumpInputs;
    let failure;
    try {
        if (inputs.stages.has('bump') && inputs.bump) {
            const name = inputs.configImage ?? (0,oci_reference/* normalizedName */.j8)(target);
            bumpInputs = inputs.bump(name === (0,oci_reference/* normalizedName */.j8)(target) ? image : `${name}=${image}`);
            const result = await progress.run(promote_inputs/* BUMP_STAGE */.kD, bumpInputs, runtime);
            failure = result.failure;
        }
        if (!failure && inputs.stages.has('sync') && inputs.sync)
            failure = (await progress.run(promote_inputs/* SYNC_STAGE */.bG, inputs.sync, runtime)).failure;
    }
    catch (error) {
        // The copy is done and stays: its outputs are handed on with the failure of the stage after it.
        if ((0,errors/* isConfigurationError */.p0)(error) || !copied)
            throw error;
        failure = error.message;
    }
    const record = (0,ship_record/* deploymentRecord */.l)({
        context,
        environment: inputs.environment,
        image,
        digest: source.reference.digest,
        promotedFrom: (0,oci_reference/* formatReference */.FH)(source.reference),
        tags: copied?.tags.map((tag) => `${(0,oci_reference/* normalizedName */.j8)(target)}:${tag}`),
        bump: bumpInputs && { outputs: (0,stage/* stageOutputs */.Tp)(progress.outputs, promote_inputs/* BUMP_STAGE */.kD), repository: bumpInputs.repository },
        argocd: inputs.sync && inputs.stages.has('sync') ? { outputs: (0,stage/* stageOutputs */.Tp)(progress.outputs, promote_inputs/* SYNC_STAGE */.bG), server: inputs.sync.server, applications: inputs.sync.applications } : undefined,
    });
    const outputs = {
        ...progress.outputs,
        digest: source.reference.digest,
        image,
        source: `${(0,oci_reference/* normalizedName */.j8)(source.reference)}@${source.reference.digest}`,
        tags: (copied?.tags ?? []).map((tag) => `${(0,oci_reference/* normalizedName */.j8)(target)}:${tag}`).join('\n'),
        referrers: (copied?.referrers ?? []).map((referrer) => referrer.digest).join('\n'),
        commit: progress.outputs['config-commit'] ?? '',
        'pull-request-url': progress.outputs['config-pull-request-url'] ?? '',
        'sync-status': progress.outputs['argocd-sync-status'] ?? '',
        'health-status': progress.outputs['argocd-health-status'] ?? '',
        record: JSON.stringify(record),
    };
    const summary = [(0,ship_record/* renderRecord */.s)(record), ...summaries, ...progress.summaries].join('\n');
    return { outputs: outputs, summary, ...(failure === undefined ? {} : { failure }) };
}
/**
 * Pins the source once: a digest given is checked to exist; a tag is resolved; an environment
 * folder is read with bump-manifest's promotion logic and what it runs is resolved. A reference
 * the registry does not hold is the user's mistake (exit 2), named by the input that gave it.
 */
async function resolveSource(inputs, registries, runtime) {
    let reference = { ...inputs.source };
    let how;
    let input = inputs.pinnedBy ?? 'source';
    if (reference.digest)
        how = 'pinned';
    else if (inputs.from) {
        const running = await readRunningReference(inputs, runtime);
        reference = running.reference;
        how = `${inputs.from} runs ${running.text}`;
        input = 'from';
    }
    else
        how = `tag ${reference.tag}`;
    const client = await registries.client(reference.registry);
    const name = (0,oci_reference/* normalizedName */.j8)(reference);
    if (reference.digest) {
        if (!(await client.headManifest(reference.repository, reference.digest))) {
            throw new errors/* ConfigurationError */.j1(`${name} holds no manifest ${reference.digest}: nothing to promote`, input);
        }
        return { reference: { ...reference, digest: reference.digest }, how };
    }
    const found = await client.headManifest(reference.repository, reference.tag);
    if (!found)
        throw new errors/* ConfigurationError */.j1(`${name} has no tag "${reference.tag}": nothing to promote`, input);
    return { reference: { ...reference, digest: found.digest }, how: `${how}, resolved to ${found.digest}` };
}
/** What the `from` environment runs for the source image, read in the config repository. */
async function readRunningReference(inputs, runtime) {
    const { io, env } = runtime;
    // Loaded here: the config repository's code is needed only when a folder is read.
    const [{ readImagesFrom }, { createGitRunner }, { openWorkspace }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(476), __webpack_require__.e(898)]).then(__webpack_require__.bind(__webpack_require__, 1898)),
        __webpack_require__.e(/* import() */ 144).then(__webpack_require__.bind(__webpack_require__, 5144)),
        __webpack_require__.e(/* import() */ 73).then(__webpack_require__.bind(__webpack_require__, 2073)),
    ]);
    const bump = inputs.bump(`${(0,oci_reference/* normalizedName */.j8)(inputs.source)}@sha256:${'0'.repeat(64)}`);
    const workspace = await openWorkspace({ ...bump, dryRun: true }, io, createGitRunner({ baseEnv: env }), env, runtime.tempDir);
    try {
        const [update] = await readImagesFrom(workspace.root, inputs.from, [(0,oci_reference/* normalizedName */.j8)(inputs.source)]);
        const name = update.newName ? (0,oci_reference/* parseImageReference */.o_)(update.newName, 'from') : inputs.source;
        const reference = { registry: name.registry, repository: name.repository };
        if (update.newTag)
            reference.tag = update.newTag;
        if (update.newDigest) {
            if (!(0,oci_reference/* isDigest */.Bc)(update.newDigest))
                throw new errors/* ConfigurationError */.j1(`runs ${update.newDigest}, which is not a sha256 digest`, 'from');
            reference.digest = update.newDigest;
        }
        return { reference, text: (0,oci_reference/* formatReference */.FH)(reference) };
    }
    finally {
        await workspace.cleanup();
    }
}
/** One client per registry, with the credentials the inputs give for it. */
class RegistryClients {
    inputs;
    io;
    env;
    #clients = new Map();
    constructor(inputs, io, env) {
        this.inputs = inputs;
        this.io = io;
        this.env = env;
    }
    client(registry) {
        let client = this.#clients.get(registry);
        if (!client) {
            client = this.#create(registry);
            this.#clients.set(registry, client);
        }
        return client;
    }
    async #create(registry) {
        const targetRegistry = this.inputs.target.registry;
        // The target's login is not sent to another registry: the source's own, else docker config.
        const login = registry === targetRegistry ? this.inputs.targetLogin : this.inputs.sourceLogin;
        const credentials = (0,oci_credentials/* defaultCredentialSource */.UA)({
            username: login.username,
            password: login.password?.reveal(),
            githubToken: this.inputs.githubToken?.reveal(),
            io: this.io,
            env: this.env,
        });
        return new client/* RegistryClient */.bP({ registry, credentials, io: this.io, ...(await (0,transport/* registryTransport */.H)(registry, { insecure: login.insecure, caFile: login.caFile, io: this.io })) });
    }
}


/***/ }),

/***/ 365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ deploymentRecord),
/* harmony export */   s: () => (/* binding */ renderRecord)
/* harmony export */ });
function deploymentRecord(parts) {
    const { context } = parts;
    const links = {};
    if (context.repositoryUrl && context.sha)
        links.commit = `${context.repositoryUrl}/commit/${context.sha}`;
    if (context.runUrl)
        links.run = context.runUrl;
    const record = { links };
    if (parts.environment)
        record.environment = parts.environment;
    if (context.sha)
        record.commit = context.sha;
    if (parts.image)
        record.image = parts.image;
    if (parts.digest)
        record.digest = parts.digest;
    if (parts.promotedFrom)
        record.promotedFrom = parts.promotedFrom;
    if (parts.tags?.length)
        record.tags = parts.tags;
    if (parts.bump) {
        const { outputs, repository } = parts.bump;
        const web = repository ? webUrl(repository) : undefined;
        record.config = {
            ...(repository ? { repository } : {}),
            branch: outputs.branch,
            commit: outputs.commit,
            changed: outputs.changed === 'true',
            ...(outputs['pull-request-url'] ? { pullRequest: outputs['pull-request-url'] } : {}),
        };
        if (web && outputs.commit)
            links.config = `${web}/commit/${outputs.commit}`;
        if (outputs['pull-request-url'])
            links.pullRequest = outputs['pull-request-url'];
    }
    if (parts.argocd) {
        const { outputs, server, applications } = parts.argocd;
        record.argocd = { applications: [...applications], revision: outputs.revision, sync: outputs['sync-status'], health: outputs['health-status'] };
        const base = server.href.replace(/\/$/, '');
        for (const application of applications) {
            const [namespace, name] = application.includes('/') ? application.split('/') : [undefined, application];
            links[`argocd:${application}`] = `${base}/applications/${namespace ? `${namespace}/` : ''}${name}`;
        }
    }
    return record;
}
/** The record as the step summary shows it: one table, links last. */
function renderRecord(record) {
    const rows = [
        ['Environment', record.environment],
        ['Commit', record.commit && code(record.commit)],
        ['Image', record.image && code(record.image)],
        ['Promoted from', record.promotedFrom && code(record.promotedFrom)],
        ['Tags', record.tags?.map(code).join(', ')],
        ['Config commit', record.config?.commit && `${code(record.config.commit)}${record.config.branch ? ` on ${code(record.config.branch)}` : ''}${record.config.changed === false ? ' (already there)' : ''}`],
        ['Pull request', record.config?.pullRequest],
        ['Argo CD', record.argocd && `${record.argocd.sync ?? '?'} / ${record.argocd.health ?? '?'}${record.argocd.revision ? ` at ${code(record.argocd.revision)}` : ''}`],
        ...Object.entries(record.links).map(([name, url]) => [`Link: ${name}`, url]),
    ];
    return [
        '### Deployment record',
        '',
        '| | |',
        '|---|---|',
        ...rows.filter((row) => Boolean(row[1])).map(([name, value]) => `| ${name} | ${value.replace(/\|/g, '\\|')} |`),
        '',
    ].join('\n');
}
/** https://host/org/config(.git) -> https://host/org/config; other URLs (ssh) have no web page we can name. */
function webUrl(repository) {
    if (!/^https?:\/\//.test(repository))
        return undefined;
    return repository.replace(/\.git$/, '').replace(/\/$/, '');
}
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}


/***/ })

};
