export const id = 641;
export const ids = [641];
export const modules = {

/***/ 3641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPushOciArtifact: () => (/* binding */ runPushOciArtifact)
});

// UNUSED EXPORTS: outputsOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/oci/blob-file.ts
var blob_file = __webpack_require__(5921);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/flux-artifact/flux-format.ts


/** fluxcd/pkg oci/globals.go. */
const FLUX_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.flux.config.v1+json';
const FLUX_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.flux.content.v1.tar+gzip';
const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
/** fluxcd/pkg oci/constants.go. */
const SOURCE_ANNOTATION = 'org.opencontainers.image.source';
const REVISION_ANNOTATION = 'org.opencontainers.image.revision';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
/** `--reproducible`: the Unix epoch, as Flux formats `time.Unix(0, 0)` on a UTC machine. */
const REPRODUCIBLE_CREATED = '1970-01-01T00:00:00Z';
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
/** `2026-08-07T12:34:56Z`: RFC 3339 in UTC with whole seconds, as Go's time.RFC3339 prints it. */
function rfc3339Seconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Flux's Metadata.ToAnnotations: source, revision, created, then the user's over them. */
function buildAnnotations(inputs) {
    const annotations = {
        [SOURCE_ANNOTATION]: inputs.source,
        [REVISION_ANNOTATION]: inputs.revision,
        [CREATED_ANNOTATION]: inputs.created,
    };
    for (const [key, value] of inputs.extra)
        annotations[key] = value;
    const created = annotations[CREATED_ANNOTATION];
    if (!RFC3339.test(created) || Number.isNaN(Date.parse(created))) {
        throw new errors/* ConfigurationError */.j1(`${CREATED_ANNOTATION} must be an RFC 3339 time such as 2026-01-31T12:00:00Z, got "${created}"`, 'annotations');
    }
    return annotations;
}
/**
 * The config blob ggcr ≤ v0.21.5 wrote for Flux (233 bytes for a second-precision UTC time),
 * with `created` equal to the created annotation as fluxcd/pkg#1239 intends. Nothing in Flux
 * reads it; registries only require it to exist.
 */
function buildConfigBlob(diffId, created) {
    return goJson({
        architecture: '',
        created,
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: [diffId] },
        config: {},
    });
}
/** The manifest bytes exactly as Go's json.Marshal of ggcr's v1.Manifest lays them out. */
function buildManifest(config, layer, annotations) {
    const descriptor = (d) => ({ mediaType: d.mediaType, size: d.size, digest: d.digest });
    const head = goJsonText({ schemaVersion: 2, mediaType: OCI_MANIFEST_MEDIA_TYPE, config: descriptor(config), layers: [descriptor(layer)] });
    // Written by hand: a JavaScript object would put integer-like keys first, whatever their order.
    const entries = Object.keys(annotations)
        .sort(compareUtf8)
        .map((key) => `${goJsonText(key)}:${goJsonText(annotations[key])}`);
    return Buffer.from(`${head.slice(0, -1)},"annotations":{${entries.join(',')}}}`, 'utf8');
}
function descriptorOf(mediaType, bytes) {
    return { mediaType, size: bytes.length, digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}` };
}
/**
 * Compact JSON with Go's HTML-safe escaping of `<`, `>`, `&` and of U+2028/U+2029, which
 * JSON.stringify leaves alone. Those characters only ever occur inside strings, so replacing
 * them in the whole text is safe.
 */
function goJson(value) {
    return Buffer.from(goJsonText(value), 'utf8');
}
function goJsonText(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Go sorts map keys as byte strings. */
function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/core/flux-artifact/ignore-rules.ts

/**
 * `flux push artifact`'s default `--ignore-paths` (fluxcd/pkg sourceignore `ExcludeVCS` + `ExcludeExt`).
 * Giving the input replaces this list, as the flag does.
 */
const DEFAULT_IGNORE_PATHS = (/* unused pure expression or super */ null && ([
    '.git/',
    '.gitignore',
    '.gitmodules',
    '.gitattributes',
    '*.jpg',
    '*.jpeg',
    '*.gif',
    '*.png',
    '*.wmv',
    '*.flv',
    '*.tar.gz',
    '*.zip',
]));
/**
 * gitignore patterns with Flux's (go-git's) semantics, which differ from git's in one point: the
 * last rule matching the path *or any parent directory* decides, so `!dir/keep.yaml` re-includes
 * that file even when `dir/` is excluded (git would keep it out). Each rule is one `ignore`
 * instance, so the pattern syntax itself (anchoring, `**`, `dir/`, escapes) is the library's,
 * made case-sensitive as go-git is.
 */
function createIgnoreMatcher(patterns) {
    const rules = [];
    for (const raw of patterns) {
        const line = raw.replace(/\r$/, '');
        if (!line.trim() || line.startsWith('#'))
            continue;
        const negative = line.startsWith('!');
        const pattern = negative ? line.slice(1) : line;
        if (!pattern.trim())
            continue;
        rules.push({ pattern, matcher: ignore_default()({ allowRelativePaths: true, ignorecase: false }).add(pattern), negative });
    }
    const hasNegations = rules.some((rule) => rule.negative);
    if (!hasNegations) {
        // Without `!` rules both semantics agree (any rule matching the path or a parent excludes it),
        // and one instance tests all rules in a single pass: much faster on large trees.
        const all = ignore_default()({ allowRelativePaths: true, ignorecase: false }).add(rules.map((rule) => rule.pattern));
        // Patterns without a slash (but a trailing one) match a name at any depth, so when all are
        // such, the last path component decides alone (the parents were tested on the way down).
        const byName = rules.every((rule) => !rule.pattern.replace(/\/\s*$/, '').includes('/'));
        return {
            hasNegations,
            excludes: (relativePath, isDirectory) => !isRoot(relativePath) && all.ignores(subjectOf(byName ? relativePath.slice(relativePath.lastIndexOf('/') + 1) : relativePath, isDirectory)),
        };
    }
    return {
        hasNegations,
        excludes(relativePath, isDirectory) {
            if (isRoot(relativePath))
                return false;
            const subject = subjectOf(relativePath, isDirectory);
            for (let index = rules.length - 1; index >= 0; index--) {
                const rule = rules[index];
                if (rule.matcher.ignores(subject))
                    return !rule.negative;
            }
            return false;
        },
    };
}
/** The root (`.`) is never matched, as in Flux. */
function isRoot(relativePath) {
    return relativePath === '.' || relativePath === '';
}
/** `ignore` tells a directory by its trailing slash. */
function subjectOf(relativePath, isDirectory) {
    return isDirectory ? `${relativePath}/` : relativePath;
}

// EXTERNAL MODULE: ./src/core/flux-artifact/tree-snapshot.ts + 1 modules
var tree_snapshot = __webpack_require__(1520);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/core/flux-artifact/tar-header.ts
/**
 * Tar headers byte for byte as Go's archive/tar Writer writes them for the headers Flux builds
 * (fluxcd/pkg tar/tar.go): uid/gid 0, empty uname/gname, zero times, permission bits only.
 * USTAR when the entry fits, else a PAX `x` record followed by the main header; never a global
 * header (source-controller would extract it as a file).
 */
const BLOCK_SIZE = 512;
const NAME_SIZE = 100;
const PREFIX_SIZE = 155;
/** The largest size an 11-digit octal field holds (8 GiB - 1). */
const MAX_OCTAL_SIZE = 0o77777777777;
const TYPE_REGULAR = 0x30; // '0'
const TYPE_DIRECTORY = 0x35; // '5'
const TYPE_PAX = 0x78; // 'x'
/** The end of an archive: two zero blocks, and no padding to a 10240-byte record (as Go's Close). */
const TAR_TRAILER = Buffer.alloc(2 * BLOCK_SIZE);
/** Zero bytes that pad `size` bytes of content to a whole block. */
function paddingFor(size) {
    const remainder = size % BLOCK_SIZE;
    return remainder === 0 ? EMPTY : Buffer.alloc(BLOCK_SIZE - remainder);
}
const EMPTY = Buffer.alloc(0);
/** One entry's header block(s): 512 bytes in USTAR, more when a PAX record is needed. */
function tarHeader(fields) {
    const nameBytes = Buffer.byteLength(fields.name);
    const ascii = isAscii(fields.name);
    const split = splitUstarPath(fields.name);
    const nameFits = ascii && (nameBytes <= NAME_SIZE || split !== undefined);
    const sizeFits = fields.size <= MAX_OCTAL_SIZE;
    if (nameFits && sizeFits) {
        const block = Buffer.alloc(BLOCK_SIZE);
        const [prefix, name] = split ?? ['', fields.name];
        writeV7Fields(block, { ...fields, name });
        writeString(block, 345, PREFIX_SIZE, prefix);
        return finishBlock(block);
    }
    const records = new Map();
    if (!nameFits)
        records.set('path', fields.name);
    if (!sizeFits)
        records.set('size', String(fields.size));
    const data = Buffer.from([...records.keys()]
        .sort()
        .map((key) => paxRecord(key, records.get(key)))
        .join(''));
    const paxHeader = Buffer.alloc(BLOCK_SIZE);
    writeString(paxHeader, 0, NAME_SIZE, paxHeaderName(fields.name));
    paxHeader[156] = TYPE_PAX;
    writeOctal(paxHeader, 100, 8, 0);
    writeOctal(paxHeader, 108, 8, 0);
    writeOctal(paxHeader, 116, 8, 0);
    writeOctal(paxHeader, 124, 12, data.length);
    writeOctal(paxHeader, 136, 12, 0);
    const main = Buffer.alloc(BLOCK_SIZE);
    // Go writes the best-effort ASCII form (truncated by writeString), and 0 for a size that does not fit.
    writeV7Fields(main, { ...fields, name: toAscii(fields.name), size: sizeFits ? fields.size : 0 });
    return Buffer.concat([finishBlock(paxHeader), data, paddingFor(data.length), finishBlock(main)]);
}
function writeV7Fields(block, fields) {
    writeString(block, 0, NAME_SIZE, fields.name);
    writeOctal(block, 100, 8, fields.mode);
    writeOctal(block, 108, 8, 0); // uid
    writeOctal(block, 116, 8, 0); // gid
    writeOctal(block, 124, 12, fields.size);
    writeOctal(block, 136, 12, 0); // mtime: Go writes a zero time as the epoch
    block[156] = fields.typeflag;
    // uname and gname stay empty (all NUL); devmajor and devminor are written as octal zero.
    writeOctal(block, 329, 8, 0);
    writeOctal(block, 337, 8, 0);
}
/** USTAR magic and version, then the checksum: 6 octal digits, NUL, space. */
function finishBlock(block) {
    block.write('ustar\0', 257, 'latin1');
    block.write('00', 263, 'latin1');
    block.fill(0x20, 148, 156);
    // Bytes 265..329 (uname, gname) are always NUL here: summing them would add nothing.
    let sum = 0;
    for (let index = 0; index < 265; index++)
        sum += block[index];
    for (let index = 329; index < BLOCK_SIZE; index++)
        sum += block[index];
    writeOctal(block, 148, 7, sum);
    block[155] = 0x20;
    return block;
}
/** Zero-padded octal filling the field but its last byte, which is NUL (Go's formatOctal). */
function writeOctal(block, offset, width, value) {
    const digits = value.toString(8).padStart(width - 1, '0');
    block.write(digits, offset, width - 1, 'latin1');
    block[offset + width - 1] = 0;
}
/**
 * Go's formatString: truncated to the field; and when the cut leaves a slash in the last byte,
 * a NUL replaces the first of the trailing slashes, so no reader takes a file for a directory.
 */
function writeString(block, offset, width, value) {
    const bytes = Buffer.from(value);
    bytes.copy(block, offset, 0, width);
    if (bytes.length > width && bytes[width - 1] === SLASH) {
        let end = width - 1;
        while (end > 0 && bytes[end - 1] === SLASH)
            end--;
        block[offset + end] = 0;
    }
}
const SLASH = 0x2f;
/** Go's splitUSTARPath: a prefix of at most 155 bytes and a name of at most 100, split at a slash. */
function splitUstarPath(name) {
    let length = name.length;
    if (length <= NAME_SIZE || !isAscii(name))
        return undefined;
    if (length > PREFIX_SIZE + 1)
        length = PREFIX_SIZE + 1;
    else if (name[length - 1] === '/')
        length--;
    const slash = name.lastIndexOf('/', length - 1);
    const suffixLength = name.length - slash - 1;
    if (slash <= 0 || suffixLength > NAME_SIZE || suffixLength === 0 || slash > PREFIX_SIZE)
        return undefined;
    return [name.slice(0, slash), name.slice(slash + 1)];
}
/** `<length> <key>=<value>\n`, where the length counts itself (Go's formatPAXRecord). */
function paxRecord(key, value) {
    const body = Buffer.byteLength(key) + Buffer.byteLength(value) + 3;
    let size = body + String(body).length;
    if (String(size).length + body !== size)
        size = body + String(size).length;
    return `${size} ${key}=${value}\n`;
}
/** `dir/PaxHeaders.0/file`, ASCII only, at most 100 bytes, no trailing slash (Go's writePAXHeader). */
function paxHeaderName(name) {
    const slash = name.lastIndexOf('/');
    const dir = slash >= 0 ? name.slice(0, slash) : '';
    const file = name.slice(slash + 1);
    const joined = dir ? `${dir}/PaxHeaders.0/${file}` : `PaxHeaders.0/${file}`;
    return toAscii(joined).slice(0, NAME_SIZE).replace(/\/+$/, '');
}
function isAscii(text) {
    return /^[\x01-\x7f]*$/.test(text);
}
function toAscii(text) {
    return text.replace(/[^\x01-\x7f]/g, '');
}

;// CONCATENATED MODULE: ./src/core/flux-artifact/tar-stream.ts



/** Batches this size keep the gzip threads busy without holding more than a few MB in memory. */
const DEFAULT_BATCH_SIZE = 256 * 1024;
/**
 * The tarball of `entries` as a sequence of buffers of exactly `batchSize` bytes (the last one
 * shorter), file content read straight into them. Reading is synchronous: for thousands of small
 * manifests one syscall each is much faster than a thread-pool round trip per file.
 * The batch boundaries depend only on the content, so the gzip stream they feed is too.
 */
function* tarBatches(entries, batchSize = DEFAULT_BATCH_SIZE) {
    let batch = Buffer.allocUnsafe(batchSize);
    let used = 0;
    const append = function* (bytes) {
        let offset = 0;
        while (offset < bytes.length) {
            const copied = bytes.copy(batch, used, offset);
            offset += copied;
            used += copied;
            if (used === batchSize) {
                yield batch;
                batch = Buffer.allocUnsafe(batchSize);
                used = 0;
            }
        }
    };
    for (const entry of entries) {
        const typeflag = entry.type === 'directory' ? TYPE_DIRECTORY : TYPE_REGULAR;
        yield* append(tarHeader({ name: entry.name, typeflag, mode: entry.mode, size: entry.size }));
        if (entry.type !== 'file')
            continue;
        const fd = openFile(entry);
        try {
            let remaining = entry.size;
            while (remaining > 0) {
                const wanted = Math.min(remaining, batchSize - used);
                const read = (0,external_node_fs_.readSync)(fd, batch, used, wanted, null);
                if (read === 0)
                    throw changedWhilePacking(entry);
                used += read;
                remaining -= read;
                if (used === batchSize) {
                    yield batch;
                    batch = Buffer.allocUnsafe(batchSize);
                    used = 0;
                }
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        yield* append(paddingFor(entry.size));
    }
    yield* append(TAR_TRAILER);
    if (used > 0)
        yield batch.subarray(0, used);
}
/**
 * O_NOFOLLOW: a file swapped for a symlink after the walk must not be followed out of the root.
 * A file that shrank since the walk fails the read loop; one that grew is packed with its first
 * `size` bytes, a consistent entry (as GNU tar does), and its new ctime misses the layer cache.
 */
function openFile(entry) {
    try {
        return (0,external_node_fs_.openSync)(entry.absolutePath, OPEN_FLAGS);
    }
    catch (error) {
        throw new errors/* ActionFailure */.dR(`Cannot read "${entry.name}" while packing: ${error.message}`, { cause: error });
    }
}
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW;
function changedWhilePacking(entry) {
    return new errors/* ActionFailure */.dR(`"${entry.name}" changed while it was being packed; nothing was pushed. Run again once the files are settled.`);
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/core/flux-artifact/worker-compressor.ts



/** The name scripts/build.mjs gives the bundled gzip-worker.ts, next to each bundle that packs layers. */
const GZIP_WORKER_FILE = 'gzip-worker.js';
/**
 * The bundled gzip worker next to the running code (dist/<bundle>/, where the chunk holding this
 * module lives), or undefined when running from source (tsx, vitest), whose workers cannot load
 * TypeScript: then the caller compresses on its own thread, to the same bytes.
 */
function bundledGzipWorker() {
    // The name is a variable on purpose: webpack (ncc) rewrites `new URL('literal', import.meta.url)`
    // into an asset copied raw from src/, which would be the TypeScript source, not the bundle.
    const url = new URL(GZIP_WORKER_FILE, import.meta.url);
    return url.protocol === 'file:' && (0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(url)) ? url : undefined;
}
/**
 * Compresses `batches` (in order) in a worker thread running `workerUrl`, yielding the gzip bytes
 * in order. Pulling the next batch (reading files, on this thread) overlaps with the worker's
 * deflate of the previous ones; at most `maxInFlight` batches wait in the worker, so memory stays
 * flat when the worker is the slower side. Each batch is transferred, not copied, so the caller
 * must be done with it (hashed) before handing it over. The worker is always terminated, and its
 * failure fails the iteration.
 */
async function* compressInWorker(batches, workerUrl, maxInFlight) {
    const worker = new external_node_worker_threads_.Worker(workerUrl);
    const replies = new ReplyQueue(worker);
    let inFlight = 0;
    const send = (input, last) => {
        // Only a view over its whole ArrayBuffer is transferred (tarBatches allocates one per batch);
        // any other (a pooled slice) is copied, so memory shared with other code is never detached.
        const owned = input.byteOffset === 0 && input.byteLength === input.buffer.byteLength;
        const request = { input, last };
        worker.postMessage(request, owned ? [input.buffer] : []);
        inFlight++;
    };
    try {
        for (const batch of batches) {
            send(batch, false);
            for (; inFlight >= maxInFlight; inFlight--)
                yield* await replies.next();
        }
        send(Buffer.alloc(0), true);
        for (; inFlight > 0; inFlight--)
            yield* await replies.next();
    }
    finally {
        await worker.terminate();
    }
}
/** The worker's replies in arrival order, or its failure once no reply is left to hand out. */
class ReplyQueue {
    #replies = [];
    #failure;
    #wake;
    constructor(worker) {
        worker.on('message', (reply) => {
            this.#replies.push(reply);
            this.#wake?.();
        });
        worker.on('error', (error) => this.#fail(new Error(`The gzip worker thread failed: ${error.message}`, { cause: error })));
        // Node delivers every message a worker posted before its 'exit': an exit with replies still
        // awaited means the worker died (or was stopped) mid-layer.
        worker.on('exit', (code) => this.#fail(new Error(`The gzip worker thread stopped (exit code ${code}) before the layer was compressed`)));
    }
    async next() {
        while (this.#replies.length === 0) {
            if (this.#failure)
                throw this.#failure;
            await new Promise((resolve) => (this.#wake = resolve));
            this.#wake = undefined;
        }
        return this.#replies.shift().output.map((chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    #fail(error) {
        this.#failure ??= error;
        this.#wake?.();
    }
}

;// CONCATENATED MODULE: ./src/core/flux-artifact/pack.ts






/** The compressor's identity and settings live with it, shared by both compressing paths. */

/** Tar handed to the compressor at a time; the compressor's output is the same whatever the split. */
const BATCH_SIZE = 1024 * 1024;
/** Tar batches waiting in the gzip worker at most: enough to keep it busy while files are read. */
const MAX_BATCHES_IN_FLIGHT = 4;
/** Compressed bytes buffered ahead of the sink. */
const SINK_BUFFER = 1024 * 1024;
/**
 * Streams the gzipped tarball into `sink` (ended when done), reading each file once and holding
 * a few MB at most, and returns the tarball's digest. In the bundles, a worker thread deflates
 * while this thread reads and hashes the next batches (deflate costs about twice the reading);
 * from source (tests, tsx), both run on this thread. Either way the bytes are GoGzip's, the same.
 */
async function packLayer(entries, sink, options = {}) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let tarSize = 0;
    function* hashedBatches() {
        for (const batch of tarBatches(entries, BATCH_SIZE)) {
            hash.update(batch);
            tarSize += batch.length;
            yield batch;
        }
    }
    const worker = options.gzipWorker === undefined ? bundledGzipWorker() : (options.gzipWorker ?? undefined);
    options.io?.debug(worker ? `Compressing in a worker thread (${(0,external_node_url_.fileURLToPath)(worker)}).` : 'Compressing on the main thread (no bundled gzip worker next to this code).');
    const compressed = worker ? compressInWorker(hashedBatches(), worker, MAX_BATCHES_IN_FLIGHT) : compressHere(hashedBatches());
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(compressed, { objectMode: false, highWaterMark: SINK_BUFFER }), sink);
    return { diffId: `sha256:${hash.digest('hex')}`, tarSize };
}
/** Deflate on this thread, paced by the sink's backpressure; pako loads only when a layer is packed here. */
async function* compressHere(batches) {
    const { GoGzip } = await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(361)]).then(__webpack_require__.bind(__webpack_require__, 9361));
    const gzip = new GoGzip();
    for (const batch of batches)
        yield* gzip.push(batch, false);
    yield* gzip.push(new Uint8Array(0), true);
}

// EXTERNAL MODULE: ./src/core/flux-artifact/walk.ts
var flux_artifact_walk = __webpack_require__(1599);
;// CONCATENATED MODULE: ./src/core/flux-artifact/push.ts








/**
 * `flux push artifact` without flux: pack, upload the blobs, then put the manifest under each tag
 * last, so a failure anywhere before leaves every tag as it was. A tag already pointing at the
 * identical manifest is left alone and reported as unchanged.
 */
async function pushArtifact(options, registry, io) {
    const annotations = buildAnnotations({ source: options.source, revision: options.revision, created: options.created, extra: options.annotations });
    const { artifact, reused, summary } = await obtainArtifact(options, annotations, registry, io);
    for (const link of summary.skippedSymlinks)
        io.warning(`Skipped the symlink "${link}": Flux artifacts hold only regular files and directories.`);
    for (const special of summary.skippedSpecial)
        io.warning(`Skipped "${special}": not a regular file or directory.`);
    if (summary.files === 0)
        io.warning(`No files under ${options.root} after the ignore rules: the artifact is empty.`);
    const { manifest, digest, config, configBlob } = artifact;
    let current = reused?.current;
    if (!current || current.some((head) => head?.digest !== digest)) {
        // The config must be in before any manifest names it; asking where the tags point meanwhile is free.
        [, current] = await Promise.all([
            registry.uploadBlob(options.repository, { digest: config.digest, size: config.size, data: configBlob }),
            current ?? Promise.all(options.tags.map((tag) => registry.headManifest(options.repository, tag))),
        ]);
    }
    const tags = [];
    for (const [index, tag] of options.tags.entries()) {
        if (current[index]?.digest === digest) {
            io.info(`${options.repository}:${tag} already points to ${digest}: skipped the push.`);
            tags.push({ tag, outcome: 'unchanged' });
            continue;
        }
        await registry.putManifest(options.repository, tag, manifest, OCI_MANIFEST_MEDIA_TYPE);
        io.info(`Pushed ${options.repository}:${tag} -> ${digest}`);
        tags.push({ tag, outcome: 'pushed' });
    }
    return {
        digest,
        manifest,
        config,
        layer: artifact.layer,
        annotations,
        files: summary.files,
        tarSize: artifact.tarSize,
        layerSource: reused ? 'cache' : 'packed',
        tags,
    };
}
/**
 * The artifact to push: an earlier push's layer when the cache proves the tree unchanged (from
 * its snapshot alone, or else from a fresh walk) and the registry still has it; otherwise a
 * fresh pack and upload.
 */
async function obtainArtifact(options, annotations, registry, io) {
    const startedAtMs = Date.now();
    const recalled = await options.cache.recall(options.root, options.ignorePaths);
    let snapshotHeld = false;
    if (recalled?.snapshot) {
        // Where the tags point is asked meanwhile: needed whenever the snapshot holds, harmless otherwise.
        const current = Promise.all(options.tags.map((tag) => registry.headManifest(options.repository, tag)));
        current.catch(() => { }); // when unused; a registry failure shows again on the way that does not reuse
        snapshotHeld = await options.cache.snapshotHolds(options.root, options.ignorePaths, recalled);
        const reused = snapshotHeld ? await reuse(options, describeArtifact(recalled.layer, annotations), registry, io, current) : undefined;
        if (reused)
            return { artifact: reused.artifact, reused, summary: recalled.summary };
    }
    const matcher = createIgnoreMatcher(options.ignorePaths);
    const walk = (0,flux_artifact_walk/* walkArtifactLazily */.pD)(options.root, matcher);
    let entries = walk.entries;
    if (recalled && !snapshotHeld) {
        // Pushed from here before: walk everything first, to see whether anything packed changed.
        entries = [...walk.entries];
        const reused = recalled.signature === (0,tree_snapshot/* treeSignature */.Xz)(walk.result.entries) ? await reuse(options, describeArtifact(recalled.layer, annotations), registry, io) : undefined;
        if (reused)
            return { artifact: reused.artifact, reused, summary: summarize(walk.result) };
    }
    // Before any packing work: wrong credentials or a missing permission fail here, in seconds.
    await registry.checkAccess(options.repository, 'push');
    // Without a record the walk feeds the packer directly, so reading directories overlaps compressing.
    const snapshot = !matcher.hasNegations && (await isDirectory(options.root));
    const packed = await packAndUpload(options, entries, { walk: walk.result, startedAtMs, snapshot }, registry, io);
    return { artifact: describeArtifact(packed, annotations), summary: summarize(walk.result) };
}
/** Config and manifest bytes for a layer: a pure function, so a reused layer gives the same manifest as a fresh pack. */
function describeArtifact(layer, annotations) {
    const configBlob = buildConfigBlob(layer.diffId, annotations[CREATED_ANNOTATION]);
    const config = descriptorOf(FLUX_CONFIG_MEDIA_TYPE, configBlob);
    const layerDescriptor = { mediaType: FLUX_CONTENT_MEDIA_TYPE, size: layer.size, digest: layer.digest };
    const manifest = buildManifest(config, layerDescriptor, annotations);
    return { layer: layerDescriptor, tarSize: layer.tarSize, configBlob, config, manifest, digest: descriptorOf(OCI_MANIFEST_MEDIA_TYPE, manifest).digest };
}
/**
 * An earlier push's layer for this unchanged tree, when the registry still has it. Tags that
 * already name the manifest prove it (a registry only stores a manifest whose blobs it holds),
 * which saves asking about the layer itself.
 */
async function reuse(options, artifact, registry, io, asked) {
    const current = await (asked ?? Promise.all(options.tags.map((tag) => registry.headManifest(options.repository, tag))));
    const proven = current.some((head) => head?.digest === artifact.digest);
    if (!proven && !(await registry.blobExists(options.repository, artifact.layer.digest))) {
        io.debug(`Cached layer ${artifact.layer.digest} is not in ${options.repository}: packing again.`);
        return undefined;
    }
    io.info(`No file changed since an earlier push: reusing layer ${artifact.layer.digest}, already in the registry.`);
    return { artifact, current };
}
async function packAndUpload(options, entries, state, registry, io) {
    const workDir = await (0,promises_.mkdtemp)(external_node_path_default().join(options.tempDir, 'push-oci-artifact-'));
    try {
        let packed;
        const blob = await (0,blob_file/* writeBlobFile */.T)(workDir, async (sink) => {
            packed = await packLayer(entries, sink, { io });
        });
        const { diffId, tarSize } = packed;
        io.info(`Packed ${state.walk.entries.length} entries: ${formatBytes(tarSize)} tar, ${formatBytes(blob.size)} gzip, layer ${blob.digest}`);
        const outcome = await registry.uploadBlob(options.repository, { digest: blob.digest, size: blob.size, path: blob.path });
        io.info(outcome === 'exists' ? 'The registry already has this layer.' : `Uploaded the layer (${formatBytes(blob.size)}).`);
        const layer = { diffId, digest: blob.digest, size: blob.size, tarSize };
        const { walk, startedAtMs, snapshot } = state;
        const record = { entries: walk.entries, newestChangeMs: walk.newestChangeMs, startedAtMs, summary: summarize(walk), snapshot };
        await options.cache.store(options.root, options.ignorePaths, record, layer);
        return layer;
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
function summarize(walk) {
    const files = walk.entries.reduce((count, entry) => count + (entry.type === 'file' ? 1 : 0), 0);
    return { files, entries: walk.entries.length, skippedSymlinks: walk.skippedSymlinks, skippedSpecial: walk.skippedSpecial };
}
async function isDirectory(file) {
    return (await (0,promises_.stat)(file)).isDirectory();
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// EXTERNAL MODULE: ./src/core/oci/client.ts + 3 modules
var oci_client = __webpack_require__(1390);
// EXTERNAL MODULE: ./src/core/oci/credentials.ts
var credentials = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/core/oci/transport.ts
var transport = __webpack_require__(3168);
// EXTERNAL MODULE: ./src/actions/push-oci-artifact/prefetch.ts + 1 modules
var prefetch = __webpack_require__(6279);
;// CONCATENATED MODULE: ./src/actions/push-oci-artifact/summary.ts

/** The step summary: what was pushed where, and whether anything had to move. */
function renderSummary(result, repository) {
    const pushed = result.tags.some((entry) => entry.outcome === 'pushed');
    const rows = [
        ['Repository', code(repository)],
        ['Digest', code(result.digest)],
        ['Tags', result.tags.map((entry) => `${code(entry.tag)} (${entry.outcome})`).join(', ')],
        ['Files', String(result.files)],
        ['Layer', `${formatBytes(result.layer.size)} gzip of ${formatBytes(result.tarSize)} tar${result.layerSource === 'cache' ? ', unchanged files: not packed again' : ''}`],
        ['Source', escapeCell(result.annotations['org.opencontainers.image.source'] ?? '')],
        ['Revision', escapeCell(result.annotations['org.opencontainers.image.revision'] ?? '')],
        ['Created', escapeCell(result.annotations['org.opencontainers.image.created'] ?? '')],
    ];
    return [
        `### Flux OCI artifact ${pushed ? 'pushed' : 'unchanged'}`,
        '',
        pushed ? '' : 'Every tag already pointed to this exact manifest: nothing was pushed.\n',
        '| | |',
        '|---|---|',
        ...rows.map(([name, value]) => `| ${name} | ${value} |`),
        '',
    ]
        .filter((line, index, lines) => !(line === '' && lines[index - 1] === ''))
        .join('\n');
}
function code(text) {
    return `\`${escapeCell(text).replace(/`/g, "'")}\``;
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/actions/push-oci-artifact/run.ts










async function runPushOciArtifact(inputs, io, _context, env = process.env, cache = (0,prefetch.prefetchedLayerCache)(inputs, io)) {
    const { workspace } = inputs;
    const caFile = inputs.caFile ? existingFile(inputs.caFile, 'ca-file', workspace) : undefined;
    const credentialEnv = dockerConfigEnv(inputs.dockerConfig, workspace, env);
    const { registry, repository } = inputs.target;
    const client = new oci_client/* RegistryClient */.bP({
        registry,
        credentials: (0,credentials/* defaultCredentialSource */.UA)({ username: inputs.username, password: inputs.password, io, env: credentialEnv }),
        io,
        ...(await (0,transport/* registryTransport */.H)(registry, { insecure: inputs.insecure, caFile })),
    });
    const result = await io.group(`Push ${registry}/${repository}:${inputs.target.tag}`, () => pushArtifact({
        repository,
        tags: [inputs.target.tag, ...inputs.tags],
        root: inputs.root,
        ignorePaths: inputs.ignorePaths,
        source: inputs.source,
        revision: inputs.revision,
        created: inputs.reproducible ? REPRODUCIBLE_CREATED : rfc3339Seconds(new Date()),
        annotations: inputs.annotations,
        tempDir: inputs.tempDir,
        cache,
    }, client, io));
    return { outputs: outputsOf(result, registry, repository), summary: renderSummary(result, `${registry}/${repository}`) };
}
function outputsOf(result, registry, repository) {
    return {
        digest: result.digest,
        url: `${registry}/${repository}@${result.digest}`,
        repository: `${registry}/${repository}`,
        tags: result.tags.map((entry) => entry.tag).join(','),
    };
}
/** The `docker-config` input as the DOCKER_CONFIG / REGISTRY_AUTH_FILE the credential lookup reads first. */
function dockerConfigEnv(input, workspace, env) {
    if (!input)
        return env;
    const file = external_node_path_default().resolve(workspace, input);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* ConfigurationError */.j1(`"${input}" does not exist`, 'docker-config');
    if ((0,external_node_fs_.statSync)(file).isDirectory())
        return { ...env, DOCKER_CONFIG: file };
    return external_node_path_default().basename(file) === 'config.json'
        ? { ...env, DOCKER_CONFIG: external_node_path_default().dirname(file) }
        : { ...env, DOCKER_CONFIG: external_node_path_default().dirname(file), REGISTRY_AUTH_FILE: file };
}
function existingFile(input, name, workspace) {
    const file = external_node_path_default().resolve(workspace, input);
    if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile())
        throw new errors/* ConfigurationError */.j1(`"${input}" is not a readable file`, name);
    return file;
}


/***/ })

};
