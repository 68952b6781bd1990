export const id = 836;
export const ids = [836];
export const modules = {

/***/ 3836:
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/core/oci/blob-file.ts






/**
 * Lets `producer` write a blob once into a new file in `dir` while its sha256 and size are
 * computed on the way, so the upload can stream it from disk: memory stays flat whatever the
 * size. The producer may end the sink; it is ended for it otherwise. On failure the file is removed.
 */
async function writeBlobFile(dir, producer) {
    const file = external_node_path_default().join(dir, `blob-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.tmp`);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const sink = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            size += chunk.length;
            callback(null, chunk);
        },
    });
    // `wx`: never write through a file (or link) someone else put there.
    const written = (0,external_node_stream_promises_.pipeline)(sink, (0,external_node_fs_.createWriteStream)(file, { flags: 'wx', mode: 0o600 }));
    // Awaited below; this only keeps an early failure (disk full) from counting as unhandled meanwhile.
    written.catch(() => undefined);
    try {
        await producer(sink);
        if (!sink.writableEnded)
            sink.end();
        await written;
    }
    catch (error) {
        sink.destroy();
        await written.catch(() => undefined);
        await (0,promises_.rm)(file, { force: true });
        throw error;
    }
    return { path: file, digest: `sha256:${hash.digest('hex')}`, size };
}

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
        const blob = await writeBlobFile(workDir, async (sink) => {
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

;// CONCATENATED MODULE: ./src/core/backoff.ts
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The wait before retry number `attempt` (1 for the first retry): an exponential bound capped by
 * the policy, randomised so parallel jobs do not retry in step. `equal` jitter waits at least half
 * the bound (a registry or API that is briefly down); `full` jitter spreads from zero (writers
 * racing for one git branch, where spreading out matters more than waiting).
 */
function backoffDelay(attempt, policy, jitter = 'equal', random = Math.random) {
    const bound = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(jitter === 'full' ? random() * bound : bound / 2 + (random() * bound) / 2);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/core/http/errors.ts

const TLS_ERROR_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'EPROTO',
]);
/** A request that got no HTTP answer: refused, reset, timed out, or a TLS failure. */
class HttpConnectionError extends errors/* ActionFailure */.dR {
    code;
    transient;
    name = 'HttpConnectionError';
    constructor(message, code, 
    /** Worth another try: a reset or a time-out may pass, a bad certificate will not. */
    transient, options) {
        super(message, options);
        this.code = code;
        this.transient = transient;
    }
}
/** Turns a socket-level error into a message a user can act on; the URL carries no credentials. */
function describeConnectionError(error, target) {
    const code = error?.code;
    const where = `${target.protocol}//${target.host}`;
    if (code && TLS_ERROR_CODES.has(code)) {
        const reason = error.message;
        return new HttpConnectionError(`TLS verification failed for ${where}: ${reason} (${code}). Give the CA certificate with the ca-file input, or opt out explicitly with insecure.`, code, false, { cause: error });
    }
    switch (code) {
        case 'ECONNREFUSED':
            return new HttpConnectionError(`Connection refused by ${where}: nothing listens there.`, code, true, { cause: error });
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return new HttpConnectionError(`Cannot resolve the host of ${where}.`, code, code === 'EAI_AGAIN', { cause: error });
        case 'ETIMEDOUT':
        case 'REQUEST_TIMEOUT':
            return new HttpConnectionError(`Timed out waiting for ${where}.`, code, true, { cause: error });
        case 'ECONNRESET':
        case 'EPIPE':
        case 'ECONNABORTED':
        case 'UND_ERR_SOCKET':
            return new HttpConnectionError(`The connection to ${where} was dropped (${code}).`, code, true, { cause: error });
        default:
            return new HttpConnectionError(`Request to ${where} failed: ${error?.message ?? String(error)}`, code, error?.message === 'socket hang up', { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/core/http/request.ts





const DEFAULT_TIMEOUT_MS = 30_000;
const agents = new Map();
/** One keep-alive agent per protocol and trust setting, so connections are reused across calls. */
function agentFor(url, tls) {
    const secure = url.protocol === 'https:';
    const key = `${url.protocol}|${tls?.caFile ?? ''}|${tls?.insecureSkipVerify ? 'insecure' : 'verify'}`;
    let agent = agents.get(key);
    if (!agent) {
        const ca = secure && tls?.caFile ? readCaFile(tls.caFile) : undefined;
        agent = secure
            ? new (external_node_https_default()).Agent({
                keepAlive: true,
                rejectUnauthorized: !tls?.insecureSkipVerify,
                // Giving `ca` replaces Node's trust store, so the system roots are passed along with it.
                ...(ca ? { ca: [ca, ...external_node_tls_.rootCertificates] } : {}),
            })
            : new (external_node_http_default()).Agent({ keepAlive: true });
        agents.set(key, agent);
    }
    return agent;
}
function readCaFile(caFile) {
    try {
        return (0,external_node_fs_.readFileSync)(caFile, 'utf8');
    }
    catch (error) {
        throw new HttpConnectionError(`Cannot read the CA file ${caFile}: ${error.message}`, 'CA_FILE', false, { cause: error });
    }
}
/** Sends one request and resolves with its status, headers and the response stream. */
function sendForStream(request) {
    const { url } = request;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return Promise.reject(new HttpConnectionError(`Unsupported URL scheme ${url.protocol} in ${url.origin}`, undefined, false));
    }
    const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const body = request.body;
    const headers = { ...request.headers };
    if (body !== undefined && headers['content-length'] === undefined && headers['Content-Length'] === undefined) {
        headers['Content-Length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
    }
    let agent;
    try {
        agent = agentFor(url, request.tls);
    }
    catch (error) {
        return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
        const outgoing = transport.request(url, { method: request.method, headers, agent, signal: request.signal });
        outgoing.setTimeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS, () => {
            outgoing.destroy(Object.assign(new Error('request timed out'), { code: 'REQUEST_TIMEOUT' }));
        });
        outgoing.once('error', (error) => reject(describeConnectionError(error, url)));
        outgoing.once('response', (response) => {
            response.once('error', () => { }); // surfaced to whoever consumes the stream
            resolve({ status: response.statusCode ?? 0, headers: response.headers, stream: response });
        });
        if (body === undefined)
            outgoing.end();
        else if (typeof body === 'string' || Buffer.isBuffer(body))
            outgoing.end(body);
        else {
            const stream = body.open();
            stream.once('error', (error) => outgoing.destroy(error));
            // A request that fails mid-body must not leave the source (often an open file) behind.
            outgoing.once('close', () => stream.destroy());
            stream.pipe(outgoing);
        }
    });
}
/** Sends one request and reads the whole response body. */
async function send(request) {
    const response = await sendForStream(request);
    const chunks = [];
    try {
        for await (const chunk of response.stream)
            chunks.push(chunk);
    }
    catch (error) {
        throw describeConnectionError(error, request.url);
    }
    return { status: response.status, headers: response.headers, body: Buffer.concat(chunks) };
}
function header(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./src/core/http/retry.ts



const DEFAULT_RETRY_POLICY = { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000 };
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
function isTransientStatus(status) {
    return TRANSIENT_STATUSES.has(status);
}
/** `Retry-After` in seconds or as an HTTP date, capped by the policy; undefined when absent. */
function retryAfterDelay(response, policy, now = Date.now()) {
    const value = header(response.headers, 'retry-after');
    if (!value)
        return undefined;
    const seconds = Number(value);
    const delay = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
    return Number.isFinite(delay) ? Math.min(Math.max(delay, 0), policy.maxDelayMs) : undefined;
}
/**
 * Sends a request, retrying dropped connections and transient statuses (429 honouring
 * `Retry-After`, 5xx) within the policy's budget. The last answer or error is returned or thrown.
 */
async function sendWithRetries(request, policy = DEFAULT_RETRY_POLICY, hooks = {}) {
    const wait = hooks.sleep ?? sleep;
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await send(request);
        }
        catch (error) {
            const transient = error instanceof HttpConnectionError && error.transient;
            if (!transient || attempt >= policy.attempts || request.signal?.aborted)
                throw error;
            const delay = backoffDelay(attempt, policy);
            hooks.onRetry?.(attempt, error.message, delay);
            await wait(delay);
            continue;
        }
        if (!isTransientStatus(response.status) || attempt >= policy.attempts)
            return response;
        const delay = retryAfterDelay(response, policy) ?? backoffDelay(attempt, policy);
        hooks.onRetry?.(attempt, `HTTP ${response.status}`, delay);
        await wait(delay);
    }
}

;// CONCATENATED MODULE: ./src/core/oci/challenge.ts
/**
 * Parses `Bearer realm="https://auth/token",service="registry",scope="repository:a:pull,push"`.
 * Values may be quoted (commas and escaped quotes inside) or bare tokens; only the first
 * challenge is read, which is the one registries send.
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const text = header.trim();
    const schemeMatch = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?:\s+|$)/.exec(text);
    if (!schemeMatch?.[1])
        return undefined;
    const params = {};
    let rest = text.slice(schemeMatch[0].length);
    // Bounded: every iteration consumes at least one character or stops.
    while (rest.length > 0) {
        const param = /^\s*,?\s*([A-Za-z0-9_-]+)\s*=\s*/.exec(rest);
        if (!param?.[1])
            break;
        rest = rest.slice(param[0].length);
        let value;
        if (rest.startsWith('"')) {
            let index = 1;
            value = '';
            while (index < rest.length && rest[index] !== '"') {
                if (rest[index] === '\\' && index + 1 < rest.length)
                    index++;
                value += rest[index];
                index++;
            }
            rest = rest.slice(index + 1);
        }
        else {
            const bare = /^[^,\s]*/.exec(rest)?.[0] ?? '';
            value = bare;
            rest = rest.slice(bare.length);
        }
        params[param[1].toLowerCase()] = value;
    }
    return { scheme: schemeMatch[1].toLowerCase(), params };
}

;// CONCATENATED MODULE: ./src/core/oci/errors.ts

/** A registry answered, but not with what the operation needed. */
class RegistryError extends errors/* ActionFailure */.dR {
    status;
    code;
    name = 'RegistryError';
    constructor(message, status, 
    /** The first distribution error code, e.g. `MANIFEST_INVALID`, `DENIED`. */
    code) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
const MAX_DETAIL = 300;
/** `MANIFEST_INVALID: manifest invalid (detail)` from a distribution error body, if it is one. */
function describeErrorBody(body) {
    let errors;
    try {
        errors = JSON.parse(body.toString('utf8')).errors;
    }
    catch {
        const text = body.toString('utf8').trim().slice(0, MAX_DETAIL);
        return text && !/^\s*</.test(text) ? { text } : {};
    }
    if (!Array.isArray(errors) || errors.length === 0)
        return {};
    const parts = errors.slice(0, 3).map((error) => {
        const detail = error.detail === undefined || error.detail === null ? '' : ` (${JSON.stringify(error.detail).slice(0, MAX_DETAIL)})`;
        return `${String(error.code ?? 'ERROR')}: ${String(error.message ?? '')}${detail}`;
    });
    const first = errors[0]?.code;
    return { code: typeof first === 'string' ? first : undefined, text: parts.join('; ') };
}
function registryFailure(context, response) {
    const { code, text } = describeErrorBody(response.body);
    const answer = `HTTP ${response.status}${text ? ` ${text}` : ''}`;
    const target = `${context.registry}/${context.repository}`;
    if (response.status === 401 || response.status === 403) {
        return new RegistryError(`Cannot ${context.operation} ${target}: ${context.registry} refused access (${answer}). ${authHint(context)}`, response.status, code);
    }
    return new RegistryError(`Cannot ${context.operation} ${target}: ${context.registry} answered ${answer}.`, response.status, code);
}
function authHint(context) {
    const access = context.access ?? 'pull';
    if (!context.credential) {
        return `No credentials were found for ${context.registry}: set the username and password inputs (or run docker login) for an account with ${access} access to ${context.repository}.`;
    }
    return `The credentials from ${context.credential.source} were refused or lack ${access} access to ${context.repository}: check the username and password inputs.`;
}

;// CONCATENATED MODULE: ./src/core/oci/scopes.ts
/** Token scopes as the distribution token spec writes them: `repository:<name>:<action>,<action>`. */
function parseScope(scope) {
    // A repository name may not hold a colon, but a resource type such as `registry:catalog:*` does.
    const last = scope.lastIndexOf(':');
    if (last <= 0)
        return { resource: scope, actions: new Set() };
    return { resource: scope.slice(0, last), actions: new Set(scope.slice(last + 1).split(',').filter(Boolean)) };
}
function repositoryScope(repository, access) {
    return `repository:${repository}:${access === 'push' ? 'pull,push' : 'pull'}`;
}
/** Joins scopes naming the same resource, so a token request asks for each resource once. */
function mergeScopes(scopes) {
    const merged = new Map();
    for (const scope of scopes) {
        const { resource, actions } = parseScope(scope);
        const known = merged.get(resource) ?? new Set();
        for (const action of actions)
            known.add(action);
        merged.set(resource, known);
    }
    return [...merged]
        .map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`)
        .sort();
}
/** True when every action of every wanted scope is among the granted ones. */
function scopesCover(granted, wanted) {
    const grantedByResource = new Map(granted.map((scope) => {
        const parsed = parseScope(scope);
        return [parsed.resource, parsed.actions];
    }));
    return wanted.every((scope) => {
        const { resource, actions } = parseScope(scope);
        const have = grantedByResource.get(resource);
        return have !== undefined && [...actions].every((action) => have.has(action) || have.has('*'));
    });
}

;// CONCATENATED MODULE: ./src/core/oci/auth.ts






/** Tokens are renewed this long before the realm says they expire, so none dies in flight. */
const EXPIRY_MARGIN_MS = 10_000;
const DEFAULT_TOKEN_SECONDS = 60;
/**
 * The login state for one registry: what `/v2/` demanded, and bearer tokens per scope set.
 * Credentials leave this class only towards the registry host itself (Basic, after a Basic
 * challenge) or the token realm that host named.
 */
class RegistryAuth {
    options;
    #challenge;
    #pinged;
    #credential;
    #tokens = [];
    #basicHeader;
    constructor(options) {
        this.options = options;
    }
    credential() {
        this.#credential ??= this.options.credentials.forRegistry(this.options.registry);
        return this.#credential;
    }
    /** `GET /v2/` once per client: it tells whether and how to authenticate. */
    ping() {
        this.#pinged ??= this.#ping().catch((error) => {
            this.#pinged = undefined;
            throw error;
        });
        return this.#pinged;
    }
    async #ping() {
        const url = new URL('/v2/', this.options.baseUrl);
        const response = await sendWithRetries({ method: 'GET', url, tls: this.options.tls, timeoutMs: this.options.timeoutMs }, this.options.retry, { onRetry: (attempt, reason, delay) => this.options.io.info(`Retrying ${url.href} after ${reason} in ${delay} ms (attempt ${attempt + 1}/${this.options.retry.attempts})`) });
        if (response.status === 401) {
            this.#challenge = parseChallenge(header(response.headers, 'www-authenticate'));
            return;
        }
        if (response.status >= 200 && response.status < 300)
            return;
        const { text } = describeErrorBody(response.body);
        throw new RegistryError(`${url.origin} does not answer as an OCI registry: GET /v2/ gave HTTP ${response.status}${text ? ` ${text}` : ''}.`, response.status, undefined);
    }
    /** The Authorization header for a request to the registry needing `scopes`, if any is needed. */
    async authorization(scopes) {
        const challenge = this.#challenge;
        if (!challenge)
            return undefined;
        const credential = await this.credential();
        if (challenge.scheme === 'basic')
            return this.#basic(credential);
        if (challenge.scheme !== 'bearer')
            return undefined;
        if (credential?.registryToken)
            return this.#mask(`Bearer ${credential.registryToken}`);
        const now = Date.now();
        const cached = this.#tokens.find((token) => token.expiresAt > now && scopesCover(token.scopes, scopes));
        if (cached)
            return cached.value;
        return this.#fetchToken(challenge, mergeScopes(scopes), credential);
    }
    /**
     * A 401 from the registry: learn its (new) challenge and return the header to try once more
     * with, or undefined when another try cannot help.
     */
    async reauthorize(response, scopes, sentHeader) {
        const challenge = parseChallenge(header(response.headers, 'www-authenticate'));
        if (!challenge)
            return undefined;
        this.#challenge = challenge;
        if (challenge.scheme === 'bearer') {
            const credential = await this.credential();
            if (credential?.registryToken)
                return undefined;
            // The challenge names the scope the registry wanted: ask for it along with ours.
            const wanted = mergeScopes([...scopes, ...(challenge.params.scope ?? '').split(' ').filter(Boolean)]);
            this.#tokens = this.#tokens.filter((token) => token.value !== sentHeader);
            const fresh = await this.#fetchToken(challenge, wanted, credential);
            return fresh === sentHeader ? undefined : { header: fresh, scopes: wanted };
        }
        if (challenge.scheme === 'basic') {
            const basic = this.#basic(await this.credential());
            return basic && basic !== sentHeader ? { header: basic, scopes: [...scopes] } : undefined;
        }
        return undefined;
    }
    #basic(credential) {
        if (!credential?.username || !credential.password)
            return undefined;
        this.#basicHeader ??= this.#mask(basicHeader(credential.username, credential.password, this.options.io));
        return this.#basicHeader;
    }
    #mask(value) {
        this.options.io.mask(value);
        return value;
    }
    async #fetchToken(challenge, scopes, credential) {
        const realm = this.#realmUrl(challenge, credential);
        const service = challenge.params.service;
        let response = credential?.identityToken
            ? await this.#exchangeRefreshToken(realm, service, scopes, credential.identityToken)
            : await this.#getToken(realm, service, scopes, credential);
        if (credential?.identityToken && (response.status === 404 || response.status === 405)) {
            // A realm without the OAuth2 endpoint: Docker's fallback sends the identity token as a password.
            const asPassword = { username: credential.username ?? '<token>', password: credential.identityToken, source: credential.source };
            response = await this.#getToken(realm, service, scopes, asPassword);
        }
        if (response.status === 401 || response.status === 403) {
            const who = credential ? `the credentials from ${credential.source}` : 'an anonymous request';
            throw new RegistryError(`The token service ${realm.origin} of ${this.options.registry} refused ${who} (HTTP ${response.status}) for ${scopes.join(' ')}: check the username and password inputs.`, response.status, describeErrorBody(response.body).code);
        }
        if (response.status !== 200) {
            const { code, text } = describeErrorBody(response.body);
            throw new RegistryError(`The token service ${realm.origin} of ${this.options.registry} answered HTTP ${response.status}${text ? ` ${text}` : ''}.`, response.status, code);
        }
        let parsed;
        try {
            parsed = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw new errors/* ActionFailure */.dR(`The token service ${realm.origin} of ${this.options.registry} answered with something that is not JSON.`);
        }
        const token = typeof parsed.token === 'string' && parsed.token ? parsed.token : parsed.access_token;
        if (typeof token !== 'string' || !token) {
            throw new errors/* ActionFailure */.dR(`The token service ${realm.origin} of ${this.options.registry} answered without a token.`);
        }
        this.options.io.mask(token);
        const value = this.#mask(`Bearer ${token}`);
        const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS;
        this.#tokens.push({ scopes, value, expiresAt: Date.now() + seconds * 1000 - EXPIRY_MARGIN_MS });
        return value;
    }
    #realmUrl(challenge, credential) {
        let realm;
        try {
            realm = new URL(challenge.params.realm ?? '');
        }
        catch {
            throw new errors/* ActionFailure */.dR(`${this.options.registry} asked for a bearer token without a valid realm URL (${challenge.params.realm ?? 'none'}).`);
        }
        if (realm.protocol !== 'https:' && realm.protocol !== 'http:') {
            throw new errors/* ActionFailure */.dR(`${this.options.registry} names a token realm with an unsupported scheme: ${realm.protocol}`);
        }
        // A plain-HTTP realm would see the password in clear: only for a registry the user marked insecure.
        if (realm.protocol === 'http:' && credential && !this.options.plainHttp) {
            throw new errors/* ActionFailure */.dR(`${this.options.registry} sends logins to the plain-HTTP token service ${realm.origin}; refusing to send credentials there. Set insecure only if you trust that network.`);
        }
        return realm;
    }
    #getToken(realm, service, scopes, credential) {
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const headers = {};
        if (credential?.username && credential.password) {
            headers.Authorization = basicHeader(credential.username, credential.password, this.options.io);
            url.searchParams.set('account', credential.username);
        }
        return this.#sendToRealm({ method: 'GET', url, headers });
    }
    /** OAuth2 refresh-token grant (ACR, `docker login` with an identity token). */
    #exchangeRefreshToken(realm, service, scopes, refreshToken) {
        const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'gitops-actions' });
        if (service)
            form.set('service', service);
        form.set('scope', scopes.join(' '));
        return this.#sendToRealm({
            method: 'POST',
            url: realm,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
        });
    }
    #sendToRealm(request) {
        return sendWithRetries({ ...request, tls: this.options.tls, timeoutMs: this.options.timeoutMs }, this.options.retry);
    }
}
function basicHeader(username, password, io) {
    const encoded = Buffer.from(`${username}:${password}`).toString('base64');
    io.mask(encoded);
    return `Basic ${encoded}`;
}

;// CONCATENATED MODULE: ./src/core/oci/blob-upload.ts







/** A failure worth starting the upload over for: the session or the connection was lost. */
class TransientUploadError extends errors/* ActionFailure */.dR {
    retryAfterMs;
    constructor(message, retryAfterMs) {
        super(message);
        this.retryAfterMs = retryAfterMs;
    }
}
const OCTET_STREAM = { 'Content-Type': 'application/octet-stream' };
function bodyFor(blob, start, end) {
    if (blob.data)
        return blob.data.subarray(start, end);
    if (end <= start)
        return Buffer.alloc(0);
    const file = blob.path;
    return { length: end - start, open: () => (0,external_node_fs_.createReadStream)(file, { start, end: end - 1 }) };
}
function withDigest(location, digest) {
    // Appending keeps the registry's own query (e.g. distribution's signed `_state`) byte for byte.
    return new URL(`${location.href}${location.search ? '&' : '?'}digest=${encodeURIComponent(digest)}`);
}
function nextLocation(response, current) {
    const location = header(response.headers, 'location');
    return location ? new URL(location, current) : current;
}
/** `Range: 0-1234` (inclusive end) -> 1235 bytes received. */
function receivedBytes(response) {
    const match = /^(?:bytes=)?0-(\d+)$/.exec(header(response.headers, 'range') ?? '');
    return match?.[1] === undefined ? undefined : Number(match[1]) + 1;
}
/**
 * Uploads one blob, `exists` having been ruled out: a mount when asked, else one POST+PUT at or
 * below the threshold, or PATCH chunks above it. Dropped connections and transient statuses are
 * retried within the policy: chunks resume where the registry says it is, otherwise the
 * upload starts over in a new session.
 */
async function pushBlob(deps, repository, blob, mountFrom) {
    const scopes = [repositoryScope(repository, 'push'), ...(mountFrom ? [repositoryScope(mountFrom, 'pull')] : [])];
    const operation = `upload blob ${blob.digest} to`;
    let attempt = 1;
    const retryOrGiveUp = async (reason, retryAfterMs) => {
        if (attempt >= deps.policy.attempts) {
            throw new errors/* ActionFailure */.dR(`Cannot ${operation} ${repository}: gave up after ${attempt} attempts; the last one failed with: ${reason}`);
        }
        const delay = retryAfterMs ?? backoffDelay(attempt, deps.policy);
        deps.io.info(`Retrying the upload of ${blob.digest} in ${delay} ms after: ${reason} (attempt ${attempt + 1}/${deps.policy.attempts})`);
        attempt++;
        await deps.sleep(delay);
    };
    let mount = mountFrom;
    for (;;) {
        const session = await startSession(deps, repository, blob.digest, scopes, mount);
        if (session === 'mounted')
            return 'mounted';
        mount = undefined;
        try {
            if (blob.size <= deps.chunkedThreshold)
                await putWhole(deps, repository, session.location, scopes, blob);
            else
                await uploadChunks(deps, repository, session, scopes, blob, retryOrGiveUp);
            return 'uploaded';
        }
        catch (error) {
            if (!(error instanceof TransientUploadError))
                throw error;
            // The registry may have committed the blob before the answer was lost.
            if (await deps.blobExists(repository, blob.digest))
                return 'uploaded';
            await retryOrGiveUp(error.message, error.retryAfterMs);
        }
    }
}
async function startSession(deps, repository, digest, scopes, mountFrom) {
    const query = mountFrom ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}` : '';
    const url = `/v2/${repository}/blobs/uploads/${query}`;
    const response = await deps.request({ method: 'POST', url, scopes, body: Buffer.alloc(0), retry: true });
    if (response.status === 201 && mountFrom)
        return 'mounted';
    const location = header(response.headers, 'location');
    if (response.status !== 202 || !location)
        throw deps.fail(`start an upload of ${digest} to`, repository, response);
    const minChunk = Number(header(response.headers, 'oci-chunk-min-length') ?? 0);
    return { location: new URL(location, deps.baseUrl), minChunk: Number.isFinite(minChunk) ? minChunk : 0 };
}
/** Turns a lost connection or a transient status into a TransientUploadError; other errors stay. */
async function sendUploadRequest(deps, request) {
    let response;
    try {
        response = await deps.request({ ...request, retry: false });
    }
    catch (error) {
        if (error instanceof HttpConnectionError && error.transient)
            throw new TransientUploadError(error.message);
        throw error;
    }
    if (isTransientStatus(response.status)) {
        throw new TransientUploadError(`HTTP ${response.status} from ${request.method} ${new URL(request.url, deps.baseUrl).pathname}`, retryAfterDelay(response, deps.policy));
    }
    return response;
}
async function putWhole(deps, repository, location, scopes, blob) {
    const response = await sendUploadRequest(deps, {
        method: 'PUT',
        url: withDigest(location, blob.digest),
        scopes,
        headers: OCTET_STREAM,
        body: bodyFor(blob, 0, blob.size),
    });
    checkCommitted(deps, repository, blob, response);
}
/**
 * 416 (out of order), or the session unknown/invalid: distribution cancels a session whose data
 * and signed state disagree after a dropped chunk. A new session is the way on.
 */
function sessionLost(response) {
    if (response.status === 416 || response.status === 404)
        return true;
    return response.status === 400 && /"code"\s*:\s*"BLOB_UPLOAD_(?:INVALID|UNKNOWN)"/.test(response.body.toString('utf8'));
}
function checkCommitted(deps, repository, blob, response) {
    if (sessionLost(response))
        throw new TransientUploadError(`the registry dropped the upload session (HTTP ${response.status} on its final PUT)`);
    if (response.status < 200 || response.status >= 300)
        throw deps.fail(`upload blob ${blob.digest} to`, repository, response);
    const stored = header(response.headers, 'docker-content-digest');
    if (stored && stored !== blob.digest) {
        throw new errors/* ActionFailure */.dR(`The registry stored blob ${stored} in ${repository} where ${blob.digest} was uploaded: the data changed on the way.`);
    }
}
async function uploadChunks(deps, repository, session, scopes, blob, retryOrGiveUp) {
    const chunkSize = Math.max(deps.chunkSize, session.minChunk);
    let location = session.location;
    let offset = 0;
    while (offset < blob.size) {
        const end = Math.min(offset + chunkSize, blob.size);
        let response;
        try {
            response = await sendUploadRequest(deps, {
                method: 'PATCH',
                url: location,
                scopes,
                headers: { ...OCTET_STREAM, 'Content-Range': `${offset}-${end - 1}` },
                body: bodyFor(blob, offset, end),
            });
        }
        catch (error) {
            if (!(error instanceof TransientUploadError))
                throw error;
            await retryOrGiveUp(error.message, error.retryAfterMs);
            // Ask the registry how much it kept, and go on from there.
            ({ location, offset } = await uploadStatus(deps, location, scopes));
            continue;
        }
        if (sessionLost(response))
            throw new TransientUploadError(`the registry dropped the upload session (HTTP ${response.status} on the chunk at ${offset})`);
        if (response.status < 200 || response.status >= 300)
            throw deps.fail(`upload blob ${blob.digest} to`, repository, response);
        location = nextLocation(response, location);
        const kept = receivedBytes(response) ?? end;
        // A registry that keeps reporting no progress would be sent the same chunk forever: each such
        // answer uses up one attempt of the budget.
        if (kept <= offset)
            await retryOrGiveUp(`the registry kept only ${kept} bytes after the chunk at ${offset}`);
        offset = kept;
    }
    let response;
    try {
        response = await sendUploadRequest(deps, { method: 'PUT', url: withDigest(location, blob.digest), scopes, body: Buffer.alloc(0) });
    }
    catch (error) {
        if (error instanceof TransientUploadError)
            deps.io.info(`Finishing the upload of ${blob.digest} failed (${error.message}).`);
        throw error;
    }
    checkCommitted(deps, repository, blob, response);
}
/** `GET <location>`: 204 with the Range the registry holds; anything else means the session is gone. */
async function uploadStatus(deps, location, scopes) {
    const response = await sendUploadRequest(deps, { method: 'GET', url: location, scopes });
    const offset = receivedBytes(response);
    if (response.status !== 204 || offset === undefined) {
        throw new TransientUploadError(`the registry lost the upload session (HTTP ${response.status} on its status)`);
    }
    // distribution reports `0-0` for both nothing and one byte received; 0 is the safe reading.
    return { location: nextLocation(response, location), offset: offset === 1 ? 0 : offset };
}

;// CONCATENATED MODULE: ./src/core/oci/media-types.ts

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** What a manifest GET/HEAD accepts: without the list types a registry may answer with a converted manifest. */
const MANIFEST_MEDIA_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
function sha256Digest(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}
/**
 * The media type of manifest bytes: the registry's Content-Type when it is a manifest type,
 * otherwise the document's own `mediaType` field.
 */
function manifestMediaType(contentType, body) {
    const fromHeader = contentType?.split(';')[0]?.trim();
    if (fromHeader && MANIFEST_MEDIA_TYPES.includes(fromHeader))
        return fromHeader;
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        if (typeof parsed.mediaType === 'string')
            return parsed.mediaType;
        return Array.isArray(parsed.manifests) ? OCI_INDEX : OCI_MANIFEST;
    }
    catch {
        return fromHeader ?? OCI_MANIFEST;
    }
}

// EXTERNAL MODULE: ./src/core/oci/reference.ts
var oci_reference = __webpack_require__(488);
;// CONCATENATED MODULE: ./src/core/oci/client.ts











const DEFAULT_CHUNKED_THRESHOLD = 32 * 1024 * 1024;
const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const MAX_TAG_PAGES = 100;
const USER_AGENT = 'gitops-actions';
const ACCEPT_MANIFESTS = MANIFEST_MEDIA_TYPES.join(', ');
/** An OCI Distribution API client for one registry host, shared by every action. */
class RegistryClient {
    registry;
    baseUrl;
    #options;
    #auth;
    #retry;
    /** Repositories this client pushes to: its reads there use the push token too, saving a token round trip. */
    #pushRepositories = new Set();
    constructor(options) {
        this.#options = options;
        this.registry = options.registry;
        this.#retry = options.retry ?? DEFAULT_RETRY_POLICY;
        this.baseUrl = new URL(`${options.plainHttp ? 'http' : 'https'}://${(0,oci_reference/* registryApiHost */.Mb)(options.registry)}`);
        this.#auth = new RegistryAuth({
            registry: options.registry,
            baseUrl: this.baseUrl,
            credentials: options.credentials,
            tls: options.tls ?? {},
            plainHttp: options.plainHttp ?? false,
            io: options.io,
            retry: this.#retry,
            timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        });
    }
    /** Pings the registry and proves `access` to `repository` now, so a bad login fails before any work. */
    async checkAccess(repository, access) {
        const scopes = this.#scopes(repository, access);
        if (access === 'pull') {
            const response = await this.request({ method: 'GET', url: `/v2/${repository}/tags/list?n=1`, scopes });
            // 404 NAME_UNKNOWN: allowed in, and the repository is simply empty.
            if (response.status === 200 || response.status === 404)
                return;
            throw await this.#fail(`read`, repository, response, access);
        }
        this.#pushRepositories.add(repository);
        const response = await this.request({ method: 'POST', url: `/v2/${repository}/blobs/uploads/`, scopes, body: Buffer.alloc(0) });
        const location = header(response.headers, 'location');
        if (response.status !== 202 || !location)
            throw await this.#fail('push to', repository, response, access);
        // Only a probe: give the empty upload session back.
        await this.request({ method: 'DELETE', url: new URL(location, this.baseUrl), scopes }).catch(() => undefined);
    }
    async blobExists(repository, digest) {
        const response = await this.request({ method: 'HEAD', url: `/v2/${repository}/blobs/${digest}`, scopes: this.#scopes(repository, 'pull') });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw await this.#fail(`check blob ${digest} in`, repository, response, 'pull');
    }
    /** HEAD first; then a cross-repository mount when `mountFrom` names a repository of this registry, else an upload. */
    async uploadBlob(repository, blob, options = {}) {
        if (!/^sha256:[0-9a-f]{64}$/.test(blob.digest))
            throw new errors/* ActionFailure */.dR(`Blob digest "${blob.digest}" is not a sha256 digest.`);
        if ((blob.path === undefined) === (blob.data === undefined))
            throw new errors/* ActionFailure */.dR('A blob to upload needs exactly one of path or data.');
        if (blob.data && blob.data.length !== blob.size)
            throw new errors/* ActionFailure */.dR(`Blob ${blob.digest}: size ${blob.size} does not match its ${blob.data.length} bytes.`);
        this.#pushRepositories.add(repository);
        if (await this.blobExists(repository, blob.digest))
            return 'exists';
        return pushBlob({
            request: (request) => this.request(request),
            baseUrl: this.baseUrl,
            blobExists: (repo, digest) => this.blobExists(repo, digest),
            fail: (operation, repo, response) => registryFailure({ operation, registry: this.registry, repository: repo }, response),
            io: this.#options.io,
            policy: this.#retry,
            sleep: this.#options.sleep ?? sleep,
            chunkedThreshold: this.#options.chunkedUploadThreshold ?? DEFAULT_CHUNKED_THRESHOLD,
            chunkSize: this.#options.chunkSize ?? DEFAULT_CHUNK_SIZE,
        }, repository, blob, options.mountFrom);
    }
    /** The raw manifest bytes, verified against the digest; undefined when the registry has no such manifest. */
    async getManifest(repository, reference) {
        checkManifestReference(reference);
        const response = await this.request({
            method: 'GET',
            url: `/v2/${repository}/manifests/${reference}`,
            scopes: this.#scopes(repository, 'pull'),
            headers: { Accept: ACCEPT_MANIFESTS },
        });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw await this.#fail(`get manifest ${reference} from`, repository, response, 'pull');
        const body = response.body;
        const digest = sha256Digest(body);
        const expected = (0,oci_reference/* isDigest */.Bc)(reference) ? reference : header(response.headers, 'docker-content-digest');
        if (expected && expected !== digestWithAlgorithm(body, expected)) {
            throw new errors/* ActionFailure */.dR(`The manifest ${repository}:${reference} from ${this.registry} does not match its digest ${expected}: refusing it.`);
        }
        return { digest, mediaType: manifestMediaType(header(response.headers, 'content-type'), body), body };
    }
    async headManifest(repository, reference) {
        checkManifestReference(reference);
        const response = await this.request({
            method: 'HEAD',
            url: `/v2/${repository}/manifests/${reference}`,
            scopes: this.#scopes(repository, 'pull'),
            headers: { Accept: ACCEPT_MANIFESTS },
        });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw await this.#fail(`check manifest ${reference} in`, repository, response, 'pull');
        const digest = header(response.headers, 'docker-content-digest');
        const contentType = header(response.headers, 'content-type');
        const size = Number(header(response.headers, 'content-length'));
        if (!digest || !contentType || !Number.isFinite(size)) {
            // Some registries leave these out of a HEAD; the GET tells all.
            const manifest = await this.getManifest(repository, reference);
            return manifest && { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.body.length };
        }
        return { digest, mediaType: manifestMediaType(contentType, Buffer.alloc(0)), size };
    }
    /** Stores the exact bytes under a tag or their digest; returns the digest the registry confirmed. */
    async putManifest(repository, reference, body, mediaType) {
        checkManifestReference(reference);
        const digest = sha256Digest(body);
        if ((0,oci_reference/* isDigest */.Bc)(reference) && reference !== digest)
            throw new errors/* ActionFailure */.dR(`Manifest bytes have digest ${digest}, not ${reference}.`);
        this.#pushRepositories.add(repository);
        const response = await this.request({
            method: 'PUT',
            url: `/v2/${repository}/manifests/${reference}`,
            scopes: this.#scopes(repository, 'push'),
            headers: { 'Content-Type': mediaType },
            body,
        });
        if (response.status < 200 || response.status >= 300)
            throw await this.#fail(`push manifest ${reference} to`, repository, response, 'push');
        const confirmed = header(response.headers, 'docker-content-digest');
        if (confirmed && confirmed !== digest) {
            throw new errors/* ActionFailure */.dR(`${this.registry} stored manifest ${repository}:${reference} as ${confirmed}, but the bytes sent have digest ${digest}.`);
        }
        return digest;
    }
    /** Points `toTag` at the manifest `fromReference` names, by re-PUTting its exact bytes: no blob moves. */
    async copyTag(repository, fromReference, toTag) {
        if (!(0,oci_reference/* isValidTag */.r_)(toTag))
            throw new errors/* ActionFailure */.dR(`"${toTag}" is not a valid tag.`);
        const manifest = await this.getManifest(repository, fromReference);
        if (!manifest)
            throw new RegistryError(`Cannot tag ${this.registry}/${repository}:${fromReference} as ${toTag}: no such manifest.`, 404, 'MANIFEST_UNKNOWN');
        return this.putManifest(repository, toTag, manifest.body, manifest.mediaType);
    }
    /** Every tag, following `Link` pagination (bounded); empty when the repository does not exist. */
    async listTags(repository) {
        const tags = [];
        let next = `/v2/${repository}/tags/list?n=1000`;
        for (let page = 0; next && page < MAX_TAG_PAGES; page++) {
            const response = await this.request({ method: 'GET', url: next, scopes: this.#scopes(repository, 'pull') });
            if (response.status === 404)
                return tags;
            if (response.status !== 200)
                throw await this.#fail('list the tags of', repository, response, 'pull');
            const parsed = JSON.parse(response.body.toString('utf8'));
            tags.push(...(parsed.tags ?? []));
            next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header(response.headers, 'link') ?? '')?.[1];
        }
        return tags;
    }
    /**
     * One registry call: authenticated for `scopes`, retried within the policy, a 401 answered once
     * with a fresh challenge, redirects followed for reads without the Authorization header
     * leaving the registry's origin (blob storage lives elsewhere).
     */
    async request(request) {
        await this.#auth.ping();
        let url = typeof request.url === 'string' ? new URL(request.url, this.baseUrl) : request.url;
        let scopes = [...request.scopes];
        let authorization = await this.#auth.authorization(scopes);
        let reauthorized = false;
        const policy = request.retry === false ? { ...this.#retry, attempts: 1 } : this.#retry;
        for (let redirects = 0;;) {
            if (url.protocol !== 'https:' && !(this.#options.plainHttp && url.protocol === 'http:')) {
                throw new errors/* ActionFailure */.dR(`${this.registry} sent us to ${url.origin}, which is not HTTPS: refusing (set insecure only for a registry you trust).`);
            }
            const sameOrigin = url.origin === this.baseUrl.origin;
            const headers = { 'User-Agent': USER_AGENT, ...request.headers };
            if (sameOrigin && authorization)
                headers.Authorization = authorization;
            const response = await sendWithRetries({ method: request.method, url, headers, body: request.body, tls: this.#options.tls, timeoutMs: this.#options.timeoutMs }, policy, {
                sleep: this.#options.sleep,
                onRetry: (attempt, reason, delay) => this.#options.io.info(`Retrying ${request.method} ${url.pathname} on ${url.host} after ${reason} in ${delay} ms (attempt ${attempt + 1}/${policy.attempts})`),
            });
            // The path only: upload Locations carry signed state in their query.
            this.#options.io.debug(`${request.method} ${url.host}${url.pathname} -> HTTP ${response.status}`);
            if (response.status === 401 && sameOrigin && !reauthorized) {
                reauthorized = true;
                const next = await this.#auth.reauthorize(response, scopes, authorization);
                if (next) {
                    ({ header: authorization, scopes } = next);
                    continue;
                }
            }
            const location = header(response.headers, 'location');
            if (response.status >= 300 && response.status < 400 && location && (request.method === 'GET' || request.method === 'HEAD')) {
                if (++redirects > MAX_REDIRECTS)
                    throw new errors/* ActionFailure */.dR(`Too many redirects from ${this.registry} for ${request.method} ${url.pathname}.`);
                url = new URL(location, url);
                continue;
            }
            return response;
        }
    }
    #scopes(repository, access) {
        return [repositoryScope(repository, access === 'push' || this.#pushRepositories.has(repository) ? 'push' : 'pull')];
    }
    async #fail(operation, repository, response, access) {
        const unauthorized = response.status === 401 || response.status === 403;
        const credential = unauthorized ? await this.#auth.credential() : undefined;
        return registryFailure({ operation, registry: this.registry, repository, credential, access }, response);
    }
}
function checkManifestReference(reference) {
    if (!(0,oci_reference/* isDigest */.Bc)(reference) && !(0,oci_reference/* isValidTag */.r_)(reference))
        throw new errors/* ActionFailure */.dR(`"${reference}" is neither a tag nor a digest.`);
}
function digestWithAlgorithm(body, like) {
    const algorithm = like.split(':')[0] ?? 'sha256';
    if (!['sha256', 'sha384', 'sha512'].includes(algorithm))
        return like; // unknown algorithm: nothing to check against
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(body).digest('hex')}`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/core/process.ts

/** The program is not installed (or not on PATH). */
class ProgramNotFoundError extends Error {
    program;
    name = 'ProgramNotFoundError';
    constructor(program) {
        super(`"${program}" was not found on this machine`);
        this.program = program;
    }
}
/**
 * Runs one program to completion within a time limit and never throws for a non-zero exit:
 * callers decide what a failure means (a rejected push is an outcome, not an exception).
 * Rejects only when the program cannot be started.
 */
function runProcess(request) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(request.program, [...request.args], { cwd: request.cwd, env: request.env, stdio: ['pipe', 'pipe', 'pipe'] });
        const stdout = [];
        const stderr = [];
        const streams = request.onLine ? [lineSplitter(request.onLine), lineSplitter(request.onLine)] : undefined;
        child.stdout.on('data', (chunk) => (streams ? streams[0].push(chunk) : stdout.push(chunk)));
        child.stderr.on('data', (chunk) => (streams ? streams[1].push(chunk) : stderr.push(chunk)));
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, request.timeoutMs);
        child.once('error', (error) => {
            clearTimeout(timer);
            reject(error.code === 'ENOENT' ? new ProgramNotFoundError(request.program) : error);
        });
        child.once('close', (code, signal) => {
            clearTimeout(timer);
            for (const stream of streams ?? [])
                stream.end();
            resolve({
                code: code ?? 128,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                timedOut,
                ...(signal ? { signal } : {}),
            });
        });
        // A program that exits without reading its input must not crash us with EPIPE.
        child.stdin.on('error', () => { });
        child.stdin.end(request.input ?? '');
    });
}
/** Progress bars rewrite a line with \r: keep only its final state. */
function lineSplitter(emit) {
    let pending = '';
    const flush = (line) => {
        const visible = line.split('\r').filter(Boolean).pop() ?? '';
        if (visible.trim())
            emit(visible.trimEnd());
    };
    return {
        push: (chunk) => {
            pending += chunk.toString('utf8');
            const lines = pending.split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines)
                flush(line);
        },
        end: () => {
            if (pending)
                flush(pending);
            pending = '';
        },
    };
}

;// CONCATENATED MODULE: ./src/core/oci/docker-config.ts







const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const HELPER_TIMEOUT_MS = 30_000;
function normaliseHost(host) {
    return HUB_ALIASES.has(host) ? oci_reference/* DOCKER_HUB */.Xb : host;
}
/** Docker's own config first, then the containers (podman/buildah/skopeo) auth files. */
function dockerConfigFiles(env, homeDir = external_node_os_default().homedir()) {
    const files = [external_node_path_default().join(env.DOCKER_CONFIG || external_node_path_default().join(homeDir, '.docker'), 'config.json')];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    if (env.XDG_RUNTIME_DIR)
        files.push(external_node_path_default().join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    return files;
}
async function loadConfig(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* ActionFailure */.dR(`Cannot read the registry credentials file ${file}: ${error.message}`, { cause: error });
    }
    try {
        return { file, config: JSON.parse(text) };
    }
    catch {
        // The parser's message may quote the file's content, which holds secrets: name the file only.
        throw new errors/* ActionFailure */.dR(`The registry credentials file ${file} is not valid JSON.`);
    }
}
/**
 * The entry for a registry host. A key naming just the host (any scheme, Docker Hub's `/v1/`)
 * wins over one scoped to a repository (`ghcr.io/other-org`), whatever their order in the file:
 * we look up per host, and a repository-scoped login is meant for that repository only.
 */
function findByHost(record, registry) {
    if (!record)
        return undefined;
    let scoped;
    for (const [key, value] of Object.entries(record)) {
        if (normaliseHost(configKeyHost(key)) !== registry)
            continue;
        if (!hasRepositoryPath(key))
            return value;
        scoped ??= value;
    }
    return scoped;
}
/** `ghcr.io/org` or `https://ghcr.io/org`: more than a host, unlike `https://index.docker.io/v1/`. */
function hasRepositoryPath(key) {
    const path = key.replace(/^[a-z]+:\/\//i, '').replace(/^[^/]*/, '').replace(/^\/v[12]\/?$/, '').replace(/\/+$/, '');
    return path !== '';
}
function entryCredential(entry, source, io) {
    let { username, password } = entry;
    if (entry.auth) {
        io.mask(entry.auth);
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0) {
            username = decoded.slice(0, colon);
            password = decoded.slice(colon + 1);
        }
    }
    if (password)
        io.mask(password);
    if (entry.identitytoken)
        io.mask(entry.identitytoken);
    if (entry.registrytoken)
        io.mask(entry.registrytoken);
    if (entry.identitytoken)
        return { username, identityToken: entry.identitytoken, source };
    if (entry.registrytoken)
        return { registryToken: entry.registrytoken, source };
    if (username && password)
        return { username, password, source };
    return undefined;
}
/** The server URL a credential helper stores Docker Hub under differs from the host. */
function helperServerUrl(registry) {
    return registry === oci_reference/* DOCKER_HUB */.Xb ? 'https://index.docker.io/v1/' : registry;
}
/** Runs `docker-credential-<helper> get`, which reads the server URL on stdin and prints JSON. */
async function runCredentialHelper(helper, registry, env, io) {
    if (!HELPER_NAME.test(helper))
        throw new errors/* ActionFailure */.dR(`The docker credential helper name "${helper}" is not valid.`);
    const command = `docker-credential-${helper}`;
    let result;
    try {
        result = await runProcess({ program: command, args: ['get'], env, input: helperServerUrl(registry), timeoutMs: HELPER_TIMEOUT_MS });
    }
    catch (error) {
        throw new errors/* ActionFailure */.dR(`Cannot run the docker credential helper ${command}: ${error.message}`);
    }
    const stdout = result.stdout.trim();
    if (result.code !== 0) {
        // Helpers say "credentials not found in native keychain" on stdout for an unknown server.
        if (/not found/i.test(stdout) || /not found/i.test(result.stderr))
            return undefined;
        throw new errors/* ActionFailure */.dR(`The docker credential helper ${command} failed for ${registry} (exit ${result.code}).`);
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new errors/* ActionFailure */.dR(`The docker credential helper ${command} printed something that is not JSON.`);
    }
    if (!parsed.Secret)
        return undefined;
    io.mask(parsed.Secret);
    const source = `the docker credential helper ${command}`;
    // Docker's convention: the user name `<token>` marks an identity (refresh) token.
    return parsed.Username === '<token>' ? { identityToken: parsed.Secret, source } : { username: parsed.Username, password: parsed.Secret, source };
}
/** Credentials from `docker login` (config.json: auths, credHelpers, credsStore) and containers auth files. */
function dockerConfigCredentials(options) {
    const { env, io } = options;
    let loaded;
    const configs = () => {
        loaded ??= Promise.all(dockerConfigFiles(env, options.homeDir).map(loadConfig)).then((all) => all.filter((c) => c !== undefined));
        return loaded;
    };
    const answers = new Map();
    const lookup = async (registry) => {
        for (const { file, config } of await configs()) {
            const helper = findByHost(config.credHelpers, registry);
            if (helper)
                return runCredentialHelper(helper, registry, env, io);
            const entry = findByHost(config.auths, registry);
            const credential = entry && entryCredential(entry, `the docker config ${file}`, io);
            if (credential)
                return credential;
            if (entry && config.credsStore)
                return runCredentialHelper(config.credsStore, registry, env, io);
        }
        return undefined;
    };
    return {
        forRegistry(registry) {
            // Helpers are processes: ask each one once per registry, whatever the number of clients.
            let answer = answers.get(registry);
            if (!answer) {
                answer = lookup(registry);
                answers.set(registry, answer);
            }
            return answer;
        },
    };
}

;// CONCATENATED MODULE: ./src/core/oci/credentials.ts



const anonymous = { forRegistry: async () => undefined };
/** Tries each source in turn; the first that knows the registry wins. */
function chainCredentials(...sources) {
    return {
        async forRegistry(registry) {
            for (const source of sources) {
                const found = await source.forRegistry(registry);
                if (found)
                    return found;
            }
            return undefined;
        },
    };
}
/** The `username`/`password` inputs; both or neither, and the password is masked at once. */
function inputCredentials(inputs, io) {
    const { username, password } = inputs;
    if (!username && !password)
        return anonymous;
    if (!username)
        throw new errors/* ConfigurationError */.j1('is required when the password input is set', 'username');
    if (!password)
        throw new errors/* ConfigurationError */.j1('is required when the username input is set', 'password');
    io.mask(password);
    const registries = inputs.registries ? new Set(inputs.registries) : undefined;
    return {
        forRegistry: async (registry) => !registries || registries.has(registry) ? { username, password, source: 'the username and password inputs' } : undefined,
    };
}
/** GHCR accepts the workflow's GITHUB_TOKEN as a password with any user name. */
function githubTokenCredentials(env, io) {
    const token = env.GITHUB_TOKEN;
    if (!token)
        return anonymous;
    io.mask(token);
    return {
        forRegistry: async (registry) => registry === 'ghcr.io' ? { username: env.GITHUB_ACTOR || 'github-actions', password: token, source: 'GITHUB_TOKEN' } : undefined,
    };
}
/**
 * The order users expect: explicit inputs, then a `docker login` / `buildah login` on the
 * machine, then GITHUB_TOKEN for ghcr.io. Config files are read once, on first use.
 */
function defaultCredentialSource(options) {
    const env = options.env ?? process.env;
    return chainCredentials(inputCredentials(options, options.io), dockerConfigCredentials({ env, io: options.io, homeDir: options.homeDir }), githubTokenCredentials(env, options.io));
}
/** The keys a docker config may use for a registry: Docker Hub has its historical URL. */
function dockerConfigKeys(registry) {
    if (registry === DOCKER_HUB) {
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://registry-1.docker.io'];
    }
    return [registry, `https://${registry}`, `http://${registry}`];
}
/** `https://ghcr.io/v1/` -> `ghcr.io`: docker config keys come in several spellings. */
function configKeyHost(key) {
    return key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
}

;// CONCATENATED MODULE: ./src/core/oci/transport.ts



const PROBE_TIMEOUT_MS = 10_000;
/**
 * How to reach a registry given the user's TLS inputs. Verified HTTPS unless `insecure`, which
 * means what containers/image's --tls-verify=false means: HTTPS without verification, and plain
 * HTTP only for a registry that does not speak TLS at all.
 */
async function registryTransport(registry, options) {
    const tls = { caFile: options.caFile, insecureSkipVerify: options.insecure };
    if (!options.insecure)
        return { tls, plainHttp: false };
    try {
        await send({ method: 'GET', url: new URL(`https://${(0,oci_reference/* registryApiHost */.Mb)(registry)}/v2/`), tls, timeoutMs: PROBE_TIMEOUT_MS });
        return { tls, plainHttp: false };
    }
    catch (error) {
        if (error instanceof HttpConnectionError)
            return { tls, plainHttp: true };
        throw error;
    }
}

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
    const client = new RegistryClient({
        registry,
        credentials: defaultCredentialSource({ username: inputs.username, password: inputs.password, io, env: credentialEnv }),
        io,
        ...(await registryTransport(registry, { insecure: inputs.insecure, caFile })),
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
