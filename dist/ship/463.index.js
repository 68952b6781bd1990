export const id = 463;
export const ids = [463];
export const modules = {

/***/ 99463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPushOciArtifact: () => (/* binding */ runPushOciArtifact)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
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

// EXTERNAL MODULE: ./src/core/oci/tag-move.ts
var tag_move = __webpack_require__(9899);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/flux-artifact/flux-format.ts


/** fluxcd/pkg oci/globals.go. */
const FLUX_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.flux.config.v1+json';
const FLUX_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.flux.content.v1.tar+gzip';
const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
/** fluxcd/pkg oci/constants.go. */
const SOURCE_ANNOTATION = 'org.opencontainers.image.source';
const REVISION_ANNOTATION = 'org.opencontainers.image.revision';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
/**
 * Ours, not Flux's: the sha256 of the uncompressed tarball (the layer's OCI diff_id, as the
 * config's rootfs.diff_ids holds it). Read from the tag's manifest, it tells a push on a fresh
 * runner that the tree is unchanged before anything is compressed (docs/decisions/0001-*.md).
 * Flux ignores annotations it does not know.
 */
const DIFF_ID_ANNOTATION = 'io.gitops-actions.content.diff-id';
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
    for (const [key, value] of inputs.extra) {
        if (key === DIFF_ID_ANNOTATION)
            throw new errors/* ConfigurationError */.j1(`${DIFF_ID_ANNOTATION} is written by the action (the tarball's digest); leave it out`, 'annotations');
        annotations[key] = value;
    }
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
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/**
 * The layer of a manifest this action pushed (one Flux content layer and our diff_id
 * annotation); undefined for anything else: another tool's artifact, an image, an index.
 */
function recordedLayer(manifestBytes) {
    let manifest;
    try {
        manifest = JSON.parse(manifestBytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    const diffId = manifest.annotations?.[DIFF_ID_ANNOTATION];
    if (manifest.mediaType !== OCI_MANIFEST_MEDIA_TYPE || typeof diffId !== 'string' || !DIGEST.test(diffId))
        return undefined;
    if (!Array.isArray(manifest.layers) || manifest.layers.length !== 1)
        return undefined;
    const layer = manifest.layers[0];
    if (layer.mediaType !== FLUX_CONTENT_MEDIA_TYPE || typeof layer.digest !== 'string' || !DIGEST.test(layer.digest))
        return undefined;
    if (typeof layer.size !== 'number' || !Number.isSafeInteger(layer.size) || layer.size <= 0)
        return undefined;
    return { diffId, layer: { mediaType: layer.mediaType, size: layer.size, digest: layer.digest } };
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

;// CONCATENATED MODULE: ./src/core/flux-artifact/go-path-match.ts
/**
 * Go's path/filepath.Match on Unix, which Flux's ignore rules use for each path component
 * (fluxcd/pkg sourceignore/gitignore/pattern.go): written from its documented grammar and
 * behaviour (golang/go src/path/filepath/match.go), on code points rather than UTF-8 bytes:
 * - `*` any run of characters but `/`, `?` one character but `/`;
 * - `[…]` a non-empty class of characters and `lo-hi` ranges, negated by a leading `^` only
 *   (`[!a]` is the class of `!` and `a`, unlike in git or a shell);
 * - `\` escapes the next character, inside a class too;
 * - the whole name must match; a malformed pattern is an error wherever it is malformed, even
 *   past the point where matching failed (Go ≥ 1.16 checks the rest of the pattern).
 */
const STAR = 0x2a; // *
const QUESTION = 0x3f; // ?
const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const CARET = 0x5e; // ^
const DASH = 0x2d; // -
const BACKSLASH = 0x5c; // \
const SLASH = 0x2f; // /
class BadPattern extends Error {
}
/**
 * `pattern` as a test of names: true when a name matches; false too for a malformed pattern, as
 * Flux's matcher treats it. The common shapes (a plain name, `*.ext`) skip the general matcher:
 * the walk asks every rule about every path component.
 */
function compileGoPattern(pattern) {
    if (!/[*?[\\]/.test(pattern))
        return (name) => name === pattern;
    const suffix = pattern.slice(1);
    if (pattern.startsWith('*') && !/[*?[\\]/.test(suffix))
        return (name) => name.endsWith(suffix) && !name.includes('/');
    const compiled = codePoints(pattern);
    return (name) => {
        try {
            return match(compiled, codePoints(name));
        }
        catch (error) {
            if (error instanceof BadPattern)
                return false;
            throw error;
        }
    };
}
/** Why Go refuses `pattern` (its ErrBadPattern), or undefined when it is well formed. */
function goPatternError(pattern) {
    try {
        match(codePoints(pattern), []);
        return undefined;
    }
    catch (error) {
        if (error instanceof BadPattern)
            return error.message;
        throw error;
    }
}
function codePoints(text) {
    return Array.from(text, (character) => character.codePointAt(0));
}
function match(pattern, name) {
    let rest = pattern;
    let subject = name;
    next: while (rest.length > 0) {
        const { star, chunk, after } = scanChunk(rest);
        rest = after;
        // A trailing star takes whatever is left, if it holds no separator.
        if (star && chunk.length === 0)
            return !subject.includes(SLASH);
        const here = matchChunk(chunk, subject);
        if (here && (here.length === 0 || rest.length > 0)) {
            subject = here;
            continue;
        }
        if (star) {
            // Let the star take one more character at a time, never a separator.
            for (let skip = 0; skip < subject.length && subject[skip] !== SLASH; skip++) {
                const later = matchChunk(chunk, subject.slice(skip + 1));
                if (!later || (rest.length === 0 && later.length > 0))
                    continue;
                subject = later;
                continue next;
            }
        }
        // No match: the rest of the pattern must still be well formed.
        while (rest.length > 0) {
            const scanned = scanChunk(rest);
            rest = scanned.after;
            matchChunk(scanned.chunk, []);
        }
        return false;
    }
    return subject.length === 0;
}
/** Leading stars, then everything up to the next star outside a class. */
function scanChunk(pattern) {
    let start = 0;
    while (start < pattern.length && pattern[start] === STAR)
        start++;
    let inClass = false;
    let end = start;
    for (; end < pattern.length; end++) {
        const character = pattern[end];
        if (character === BACKSLASH) {
            if (end + 1 < pattern.length)
                end++;
        }
        else if (character === OPEN) {
            inClass = true;
        }
        else if (character === CLOSE) {
            inClass = false;
        }
        else if (character === STAR && !inClass) {
            break;
        }
    }
    return { star: start > 0, chunk: pattern.slice(start, end), after: pattern.slice(end) };
}
/**
 * Matches a star-free chunk against the start of `subject`: what is left of it, or undefined.
 * The chunk is parsed to its end even after a mismatch, so a malformed one always throws.
 */
function matchChunk(chunk, subject) {
    let at = 0;
    let position = 0;
    let failed = false;
    while (at < chunk.length) {
        if (position >= subject.length)
            failed = true;
        const character = chunk[at];
        if (character === OPEN) {
            const candidate = failed ? -1 : subject[position++];
            at++;
            const negated = chunk[at] === CARET;
            if (negated)
                at++;
            let matched = false;
            for (let ranges = 0;; ranges++) {
                if (chunk[at] === CLOSE && ranges > 0) {
                    at++;
                    break;
                }
                const low = classCharacter(chunk, at);
                at = low.next;
                let high = low;
                if (chunk[at] === DASH) {
                    high = classCharacter(chunk, at + 1);
                    at = high.next;
                }
                if (low.value <= candidate && candidate <= high.value)
                    matched = true;
            }
            if (matched === negated)
                failed = true;
        }
        else if (character === QUESTION) {
            if (!failed && subject[position++] === SLASH)
                failed = true;
            at++;
        }
        else {
            if (character === BACKSLASH) {
                at++;
                if (at >= chunk.length)
                    throw new BadPattern('a trailing \\ escapes nothing');
            }
            if (!failed && chunk[at] !== subject[position++])
                failed = true;
            at++;
        }
    }
    return failed ? undefined : subject.slice(position);
}
/** One character of a class (possibly escaped); a class must go on after it, to its `]`. */
function classCharacter(chunk, at) {
    let index = at;
    const first = chunk[index];
    if (first === undefined)
        throw new BadPattern('a [ class is not closed with ]');
    if (first === DASH || first === CLOSE)
        throw new BadPattern(`a [ class holds a bare ${String.fromCodePoint(first)} (escape it with \\)`);
    if (first === BACKSLASH)
        index++;
    const value = chunk[index];
    if (value === undefined || index + 1 >= chunk.length)
        throw new BadPattern('a [ class is not closed with ]');
    return { value, next: index + 1 };
}

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
const INPUT = 'ignore-paths';
const ANY_DEPTH = '**';
/**
 * Ignore patterns with exactly Flux's semantics, which are go-git's gitignore rules, not git's
 * (fluxcd/pkg oci/build.go joins the patterns with newlines and reads them with sourceignore
 * ReadPatterns; sourceignore/gitignore/{pattern,matcher}.go match them):
 * - lines starting with `#` and blank lines are dropped; trailing spaces are cut unless escaped;
 * - the last rule that matches decides; a rule matches a path when it matches the path or any
 *   directory above it, so `!dir/keep.yaml` re-includes that file even when `dir/` is excluded
 *   (without the directory's own entry, as Flux);
 * - a pattern without `/` matches a name at any depth; with one, it is matched from the root,
 *   component by component, and matching a leading part suffices: `dir/**` matches `dir` itself,
 *   so Flux drops that directory's entry (git would keep it);
 * - each component is matched with Go's filepath.Match (go-path-match.ts): `[^a]` negates a class
 *   and `[!a]` is a class of `!` and `a`. A pattern Go cannot parse never matches in Flux; here it
 *   is an input error, so a typo does not silently pack what was meant to be left out.
 */
function createIgnoreMatcher(patterns) {
    const rules = patterns
        .flatMap((pattern) => pattern.split('\n'))
        .map((line) => line.replace(/\r$/, ''))
        .flatMap((line) => (line.startsWith('#') || !line.trim() ? [] : [parseRule(line)]));
    return {
        hasNegations: rules.some((rule) => rule.negative),
        excludes(relativePath, isDirectory) {
            // The root (`.`) is never matched, as in Flux (a path no longer than the domain).
            if (relativePath === '.' || relativePath === '')
                return false;
            const path = relativePath.split('/');
            for (let index = rules.length - 1; index >= 0; index--) {
                const rule = rules[index];
                if (rule.anchored ? matchAnchored(rule, path, isDirectory) : matchName(rule, path, isDirectory))
                    return !rule.negative;
            }
            return false;
        },
    };
}
function parseRule(line) {
    const negative = line.startsWith('!');
    let pattern = negative ? line.slice(1) : line;
    if (!pattern.endsWith('\\ '))
        pattern = pattern.replace(/ +$/, '');
    const directoryOnly = pattern.endsWith('/');
    if (directoryOnly)
        pattern = pattern.slice(0, -1);
    const parts = pattern.split('/');
    for (const part of parts) {
        const problem = part === ANY_DEPTH ? undefined : goPatternError(part);
        if (problem)
            throw new errors/* ConfigurationError */.j1(`"${line}" is not a pattern Go's filepath.Match can parse (${problem})`, INPUT);
    }
    return { negative, directoryOnly, anchored: pattern.includes('/'), parts, tests: parts.map(compileGoPattern) };
}
/** A pattern without `/`: the first component that matches decides, on any level. */
function matchName(rule, path, isDirectory) {
    for (const [index, name] of path.entries()) {
        if (!rule.tests[0](name))
            continue;
        // A directory-only rule does not match the path's last component unless it is a directory.
        return !(rule.directoryOnly && !isDirectory && index === path.length - 1);
    }
    return false;
}
/** A pattern with `/`, from the root: `**` skips any number of levels; a leading part of the path suffices. */
function matchAnchored(rule, path, isDirectory) {
    let rest = path;
    let matched = false;
    let crossing = false;
    for (const [index, part] of rule.parts.entries()) {
        if (part === '') {
            // A leading `/` (or `//`): anchors, and ends any `**` before it.
            crossing = false;
            continue;
        }
        if (part === ANY_DEPTH) {
            // A trailing `**` adds nothing to what matched before it: `dir/**` matches `dir` as well.
            if (index === rule.parts.length - 1)
                break;
            crossing = true;
            continue;
        }
        // `**` inside a component (`a**`) never matches in go-git.
        if (part.includes(ANY_DEPTH))
            return false;
        if (rest.length === 0)
            return false;
        if (crossing) {
            crossing = false;
            const at = rest.findIndex(rule.tests[index]);
            matched = at >= 0;
            rest = matched ? rest.slice(at + 1) : [];
        }
        else {
            if (!rule.tests[index](rest[0]))
                return false;
            matched = true;
            rest = rest.slice(1);
        }
    }
    return matched && !(rule.directoryOnly && !isDirectory && rest.length === 0);
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/pako/dist/pako.mjs
var pako = __webpack_require__(9925);
;// CONCATENATED MODULE: ./src/core/flux-artifact/block-gzip.ts

/**
 * The layer's gzip, as independent blocks that any number of threads can deflate (pigz's scheme),
 * in pako, a pure-JavaScript deflate bundled into dist/, not node:zlib: Node ships Chromium's
 * zlib fork, whose output changes between Node releases and with the CPU's hashing instructions,
 * so the same tree gave another layer digest on a GitHub runner than in a GitLab or Tekton
 * container running another Node. JavaScript arithmetic is the same on every engine and CPU, so
 * these bytes are too (test/core/flux-artifact/golden-digest.test.ts pins them).
 *
 * - Level 6, Go's compress/gzip default that `flux push artifact` uses (fluxcd/pkg oci/build.go):
 *   on the bench tree the layer is within 1% of `gzip -6`'s (docs/decisions/0001-*.md).
 * - The tar is cut into BLOCK_SIZE blocks. Each is deflated on its own, primed with the 32 KiB
 *   before it as dictionary, and ends on a sync flush (an empty stored block, byte-aligned), the
 *   last with the final block instead; their concatenation is one valid deflate stream. The
 *   bytes depend only on the tar and these constants, never on how many threads took part.
 * - The 10-byte header is Go compress/gzip's: `1f 8b 08 00 00000000 00 ff`, no name, no mtime,
 *   XFL 0 at level 6, OS 255 ("unknown", where zlib writes 3). The trailer is CRC-32 and the
 *   length mod 2^32, little-endian (RFC 1952).
 */
const GZIP_LEVEL = 6;
/** The version pinned in package.json: another pako may produce other bytes (a test checks they agree). */
const PAKO_VERSION = '3.0.3';
/** Tar bytes per block: 1 MiB costs <0.01% in size against one stream; smaller blocks pay pako's set-up each. */
const BLOCK_SIZE = 1024 * 1024;
/** Deflate's window: the history a block is primed with. */
const DICTIONARY_SIZE = 32 * 1024;
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
/** Deflated output chunk: few writes to the sink, a small bounded buffer. */
const OUTPUT_CHUNK_SIZE = 256 * 1024;
/**
 * Deflates blocks one after another on one stream, reset between blocks (zlib's deflateReset,
 * which gives the bytes a new stream gives): a thread allocates pako's window and hash tables
 * once rather than once per block.
 */
class BlockDeflater {
    #stream = new pako/* ZStream */.vZ();
    #used = false;
    constructor() {
        check((0,pako/* zlibDeflateInit2 */.N2)(this.#stream, GZIP_LEVEL, DEFLATED, RAW_WINDOW_BITS, MEM_LEVEL, pako/* Z_DEFAULT_STRATEGY */.Ji, false), 'starting');
    }
    /** One block's raw deflate bytes: `dictionary` is the (up to) 32 KiB of tar just before it. */
    deflate(input, dictionary, last) {
        const stream = this.#stream;
        if (this.#used) {
            check((0,pako/* zlibDeflateReset */.si)(stream), 'resetting');
            clearHistory(stream);
        }
        this.#used = true;
        if (dictionary && dictionary.length > 0)
            check((0,pako/* zlibDeflateSetDictionary */.Hb)(stream, dictionary), 'priming');
        stream.input = input;
        stream.next_in = 0;
        stream.avail_in = input.length;
        const output = [];
        for (;;) {
            stream.output = new Uint8Array(OUTPUT_CHUNK_SIZE);
            stream.next_out = 0;
            stream.avail_out = OUTPUT_CHUNK_SIZE;
            const status = (0,pako/* zlibDeflate */.Vz)(stream, last ? pako/* Z_FINISH */.HZ : pako/* Z_SYNC_FLUSH */._c);
            if (status !== pako/* Z_OK */.C2 && status !== pako/* Z_STREAM_END */.Mt)
                check(status, 'compressing the layer');
            if (stream.next_out > 0)
                output.push(stream.output.subarray(0, stream.next_out));
            // Done when the stream ended, or a sync flush left room: everything is out (zlib's rule).
            if (last ? status === pako/* Z_STREAM_END */.Mt : stream.avail_out !== 0)
                return output;
        }
    }
}
/**
 * What deflateReset leaves of the blocks this stream deflated before: pako's fill_window does not
 * zero the window past the data (zlib's WIN_INIT), so longest_match near the end of a block reads
 * the bytes an earlier block left there and can pick another match than a new stream, whose window
 * is zeros. Reset that way, a block's bytes depended on which blocks its thread had deflated
 * before, so on the thread count (2 of the bench tree's 113 blocks). Zeroing the window and the
 * hash chains makes the stream a new one's; the hash heads deflateReset already clears.
 */
function clearHistory(stream) {
    const state = stream.state;
    state.window.fill(0);
    state.prev.fill(0);
}
const DEFLATED = 8;
/** Negative: raw deflate, no zlib or gzip wrapper; 15: the 32 KiB window. */
const RAW_WINDOW_BITS = -15;
const MEM_LEVEL = 8;
/** pako reports failures as zlib status codes (only on internal errors: these settings are valid). */
function check(status, doing) {
    if (status !== pako/* Z_OK */.C2)
        throw new Error(`gzip failed while ${doing} (zlib status ${status})`);
}
/** RFC 1952's trailer: CRC-32 of the uncompressed bytes, then their length mod 2^32. */
function gzipTrailer(crc, length) {
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(length % 2 ** 32, 4);
    return trailer;
}

;// CONCATENATED MODULE: ./src/core/flux-artifact/tar-header.ts
/**
 * Tar headers byte for byte as Go's archive/tar Writer writes them for the headers Flux builds
 * (fluxcd/pkg tar/tar.go): uid/gid 0, empty uname/gname, zero times, permission bits only.
 * USTAR when the entry fits, else a PAX `x` record followed by the main header; never a global
 * header (source-controller would extract it as a file).
 */
const tar_header_BLOCK_SIZE = 512;
const NAME_SIZE = 100;
const PREFIX_SIZE = 155;
/** The largest size an 11-digit octal field holds (8 GiB - 1). */
const MAX_OCTAL_SIZE = 0o77777777777;
const TYPE_REGULAR = 0x30; // '0'
const TYPE_DIRECTORY = 0x35; // '5'
const TYPE_PAX = 0x78; // 'x'
/** The end of an archive: two zero blocks, and no padding to a 10240-byte record (as Go's Close). */
const TAR_TRAILER = Buffer.alloc(2 * tar_header_BLOCK_SIZE);
/** How many zero bytes pad `size` bytes of content to a whole block. */
function paddingLength(size) {
    const remainder = size % tar_header_BLOCK_SIZE;
    return remainder === 0 ? 0 : tar_header_BLOCK_SIZE - remainder;
}
/** Zero bytes that pad `size` bytes of content to a whole block. */
function paddingFor(size) {
    return Buffer.alloc(paddingLength(size));
}
/** One entry's header block(s): 512 bytes in USTAR, more when a PAX record is needed. */
function tarHeader(fields) {
    const block = Buffer.alloc(tar_header_BLOCK_SIZE);
    if (writeUstarHeader(block, 0, fields))
        return block;
    const ascii = isAscii(fields.name);
    const nameFits = ascii && (Buffer.byteLength(fields.name) <= NAME_SIZE || splitUstarPath(fields.name) !== undefined);
    const sizeFits = fields.size <= MAX_OCTAL_SIZE;
    const records = new Map();
    if (!nameFits)
        records.set('path', fields.name);
    if (!sizeFits)
        records.set('size', String(fields.size));
    const data = Buffer.from([...records.keys()]
        .sort()
        .map((key) => paxRecord(key, records.get(key)))
        .join(''));
    const paxHeader = Buffer.alloc(tar_header_BLOCK_SIZE);
    writeString(paxHeader, 0, NAME_SIZE, paxHeaderName(fields.name));
    paxHeader[156] = TYPE_PAX;
    writeOctal(paxHeader, 100, 8, 0);
    writeOctal(paxHeader, 108, 8, 0);
    writeOctal(paxHeader, 116, 8, 0);
    writeOctal(paxHeader, 124, 12, data.length);
    writeOctal(paxHeader, 136, 12, 0);
    // Go writes the best-effort ASCII form (truncated by writeString), and 0 for a size that does not fit.
    writeV7Fields(block, 0, { ...fields, name: toAscii(fields.name), size: sizeFits ? fields.size : 0 });
    return Buffer.concat([finishBlock(paxHeader, 0), data, paddingFor(data.length), finishBlock(block, 0)]);
}
/**
 * Writes the entry's USTAR header into the 512 bytes of `target` at `offset` and returns true,
 * or returns false (and writes nothing) when the entry needs a PAX record. The tar stream builds
 * headers in place with it: a header per file, for thousands of files, costs more than reading
 * them when each allocates and zeroes its own block.
 */
function writeUstarHeader(target, offset, fields) {
    const ascii = isAscii(fields.name);
    // An ASCII name is as many bytes as characters.
    const split = ascii && fields.name.length > NAME_SIZE ? splitUstarPath(fields.name) : undefined;
    if (!ascii || (fields.name.length > NAME_SIZE && !split) || fields.size > MAX_OCTAL_SIZE)
        return false;
    target.fill(0, offset, offset + tar_header_BLOCK_SIZE);
    const [prefix, name] = split ?? ['', fields.name];
    writeV7Fields(target, offset, { ...fields, name });
    writeString(target, offset + 345, PREFIX_SIZE, prefix);
    finishBlock(target, offset);
    return true;
}
function writeV7Fields(block, at, fields) {
    writeString(block, at, NAME_SIZE, fields.name);
    writeOctal(block, at + 100, 8, fields.mode);
    writeOctal(block, at + 108, 8, 0); // uid
    writeOctal(block, at + 116, 8, 0); // gid
    writeOctal(block, at + 124, 12, fields.size);
    writeOctal(block, at + 136, 12, 0); // mtime: Go writes a zero time as the epoch
    block[at + 156] = fields.typeflag;
    // uname and gname stay empty (all NUL); devmajor and devminor are written as octal zero.
    writeOctal(block, at + 329, 8, 0);
    writeOctal(block, at + 337, 8, 0);
}
/** USTAR magic and version, then the checksum over the block at `at`: 6 octal digits, NUL, space. */
function finishBlock(block, at) {
    USTAR_MAGIC.copy(block, at + 257);
    block.fill(0x20, at + 148, at + 156);
    // Bytes 265..329 (uname, gname) are always NUL here: summing them would add nothing.
    let sum = 0;
    for (let index = at; index < at + 265; index++)
        sum += block[index];
    for (let index = at + 329; index < at + tar_header_BLOCK_SIZE; index++)
        sum += block[index];
    writeOctal(block, at + 148, 7, sum);
    block[at + 155] = 0x20;
    return block;
}
const USTAR_MAGIC = Buffer.from('ustar\x0000', 'latin1');
/**
 * Zero-padded octal filling the field but its last byte, which is NUL (Go's formatOctal). The
 * digits are set one by one: Buffer#write is a call into C++, eight of them per header. Callers
 * pass values that fit the field.
 */
function writeOctal(block, offset, width, value) {
    let rest = value;
    for (let index = offset + width - 2; index >= offset; index--) {
        block[index] = ZERO_DIGIT + (rest % 8);
        rest = Math.floor(rest / 8);
    }
    block[offset + width - 1] = 0;
}
const ZERO_DIGIT = 0x30;
/**
 * Go's formatString: truncated to the field; and when the cut leaves a slash in the last byte,
 * a NUL replaces the first of the trailing slashes, so no reader takes a file for a directory.
 */
function writeString(block, offset, width, value) {
    // An ASCII value that fits is its character codes: no Buffer for it.
    if (value.length <= width && isAscii(value)) {
        for (let index = 0; index < value.length; index++)
            block[offset + index] = value.charCodeAt(index);
        return;
    }
    const bytes = Buffer.from(value);
    bytes.copy(block, offset, 0, width);
    if (bytes.length > width && bytes[width - 1] === tar_header_SLASH) {
        let end = width - 1;
        while (end > 0 && bytes[end - 1] === tar_header_SLASH)
            end--;
        block[offset + end] = 0;
    }
}
const tar_header_SLASH = 0x2f;
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



/**
 * The tarball of `entries` as a sequence of buffers of exactly `batchSize` bytes (the last one
 * shorter), headers written and file content read straight into them. Reading is synchronous:
 * for thousands of small manifests one syscall each is much faster than a thread-pool round trip
 * per file. The batch boundaries depend only on the content, so the gzip blocks cut along them are too.
 * `nextBatch` gives each buffer to fill (`batchSize` bytes): by default a new one, but a caller done
 * with a batch once it pulls the next (hashing) may hand the same one back, and one whose batches
 * come back from the deflate threads may reuse those: a new 1 MiB per MiB costs its page faults.
 */
function* tarBatches(entries, batchSize, nextBatch = () => Buffer.allocUnsafe(batchSize)) {
    let batch = nextBatch();
    let used = 0;
    const full = () => {
        batch = nextBatch();
        used = 0;
    };
    const append = function* (bytes) {
        let offset = 0;
        while (offset < bytes.length) {
            const copied = bytes.copy(batch, used, offset);
            offset += copied;
            used += copied;
            if (used === batchSize) {
                yield batch;
                full();
            }
        }
    };
    for (const entry of entries) {
        const fields = { name: entry.name, typeflag: entry.type === 'directory' ? TYPE_DIRECTORY : TYPE_REGULAR, mode: entry.mode, size: entry.size };
        if (used + tar_header_BLOCK_SIZE <= batchSize && writeUstarHeader(batch, used, fields)) {
            used += tar_header_BLOCK_SIZE;
            if (used === batchSize) {
                yield batch;
                full();
            }
        }
        else {
            yield* append(tarHeader(fields));
        }
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
                    full();
                }
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        // The padding is zeroed in place: the batch is allocated unsafe.
        let padding = paddingLength(entry.size);
        while (padding > 0) {
            const zeroed = Math.min(padding, batchSize - used);
            batch.fill(0, used, used + zeroed);
            used += zeroed;
            padding -= zeroed;
            if (used === batchSize) {
                yield batch;
                full();
            }
        }
    }
    yield* append(TAR_TRAILER);
    if (used > 0)
        yield batch.subarray(0, used);
}
/**
 * O_NOFOLLOW: a file swapped for a symlink after the walk must not be followed out of the root.
 * A file that shrank since the walk fails the read loop; one that grew is packed with its first
 * `size` bytes, a consistent entry (as GNU tar does).
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/core/flux-artifact/worker-compressor.ts






/** The name scripts/build.mjs gives the bundled gzip-worker.ts, next to each bundle that packs layers. */
const GZIP_WORKER_FILE = 'gzip-worker.js';
/** Deflate threads at most: the runners CI offers have 2 to 4 cores. */
const MAX_WORKERS = 4;
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
 * How many deflate threads a pack starts: one per core. Deflate costs about four times the
 * reading and hashing on this thread, so leaving a core to the reader would idle it most of the time.
 */
function gzipWorkerCount() {
    return Math.max(1, Math.min(MAX_WORKERS, external_node_os_default().availableParallelism()));
}
/**
 * The tar `blocks` (each BLOCK_SIZE bytes but the last) as one gzip stream: header, the blocks'
 * deflate bytes in order, trailer. The CRC is computed here, on the way.
 */
async function* gzipBlocks(blocks, deflate) {
    let crc = 0;
    let length = 0;
    function* withHistory() {
        let previous;
        let dictionary;
        for (const block of blocks) {
            if (previous) {
                const next = Buffer.from(previous.subarray(Math.max(0, previous.length - DICTIONARY_SIZE)));
                yield { input: previous, dictionary, last: false };
                dictionary = next;
            }
            crc = (0,external_node_zlib_.crc32)(block, crc);
            length += block.length;
            previous = block;
        }
        // A tar always ends with two zero blocks: there is a last block.
        yield { input: previous, dictionary, last: true };
    }
    yield GZIP_HEADER;
    for await (const output of deflate(withHistory())) {
        for (const chunk of output)
            yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    yield gzipTrailer(crc, length);
}
/** Deflates on this thread, one block at a time, paced by whoever reads the output. */
async function* deflateHere(blocks) {
    const deflater = new BlockDeflater();
    for (const block of blocks)
        yield deflater.deflate(block.input, block.dictionary, block.last);
}
/**
 * Deflates in `count` worker threads running `workerUrl`, handing back each block's bytes in
 * order. Pulling the next block (reading files, on this thread) overlaps the workers' deflate;
 * at most two blocks per worker are in flight, so memory stays flat when deflate is the slower
 * side. Each block is transferred, not copied, so the caller must be done with it (hashed)
 * before; the worker hands it back with its reply, to `recycle`. The workers are always
 * terminated, and a failure of one fails the iteration.
 */
function deflateInWorkers(workerUrl, count, recycle) {
    return async function* (blocks) {
        const workers = Array.from({ length: count }, () => new external_node_worker_threads_.Worker(workerUrl));
        const replies = new ReplyQueue(workers, recycle);
        let sent = 0;
        let received = 0;
        try {
            for (const block of blocks) {
                const request = { sequence: sent, input: block.input, last: block.last, ...(block.dictionary ? { dictionary: block.dictionary } : {}) };
                // Only a view over its whole ArrayBuffer is transferred (tarBatches allocates one per
                // block); any other (a pooled slice) is copied, so memory shared with other code is never detached.
                const owned = block.input.byteOffset === 0 && block.input.byteLength === block.input.buffer.byteLength;
                workers[sent % count].postMessage(request, owned ? [block.input.buffer] : []);
                sent++;
                while (sent - received >= 2 * count)
                    yield await replies.take(received++);
            }
            while (received < sent)
                yield await replies.take(received++);
        }
        finally {
            await Promise.all(workers.map((worker) => worker.terminate()));
        }
    };
}
/** The workers' replies by sequence number, or the first failure once the one awaited is not there. */
class ReplyQueue {
    #replies = new Map();
    #failure;
    #wake;
    constructor(workers, recycle) {
        for (const worker of workers) {
            worker.on('message', (reply) => {
                recycle?.(reply.input);
                this.#replies.set(reply.sequence, reply.output);
                this.#wake?.();
            });
            worker.on('error', (error) => this.#fail(new Error(`The gzip worker thread failed: ${error.message}`, { cause: error })));
            // Node delivers every message a worker posted before its 'exit': an exit with replies still
            // awaited means the worker died (or was stopped) mid-layer.
            worker.on('exit', (code) => this.#fail(new Error(`The gzip worker thread stopped (exit code ${code}) before the layer was compressed`)));
        }
    }
    async take(sequence) {
        for (;;) {
            const output = this.#replies.get(sequence);
            if (output) {
                this.#replies.delete(sequence);
                return output;
            }
            if (this.#failure)
                throw this.#failure;
            await new Promise((resolve) => (this.#wake = resolve));
            this.#wake = undefined;
        }
    }
    #fail(error) {
        this.#failure ??= error;
        this.#wake?.();
    }
}

;// CONCATENATED MODULE: ./src/core/flux-artifact/pack.ts







/** Compressed bytes buffered ahead of the sink. */
const SINK_BUFFER = 1024 * 1024;
/**
 * The tarball's digest and size, reading each file once and compressing nothing: what a push
 * compares with the diff_id the tag's manifest records before it packs anything.
 */
function digestTar(entries) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let tarSize = 0;
    const reused = Buffer.allocUnsafe(BLOCK_SIZE);
    for (const batch of tarBatches(entries, BLOCK_SIZE, () => reused)) {
        hash.update(batch);
        tarSize += batch.length;
    }
    return { diffId: `sha256:${hash.digest('hex')}`, tarSize };
}
/**
 * Streams the gzipped tarball into `sink` (ended when done), reading each file once and holding
 * a few MB at most, and returns the tarball's digest. In the bundles, worker threads deflate
 * while this thread reads and hashes the next blocks; from source (tests, tsx) all runs on this
 * thread. Either way the bytes are block-gzip.ts's, the same.
 */
async function packLayer(entries, sink, options = {}) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let tarSize = 0;
    // Blocks the deflate threads hand back are filled again, so a pack holds the few blocks in
    // flight rather than every block a worker received and has not garbage-collected yet.
    const spare = [];
    const recycle = (block) => {
        if (block.byteLength === BLOCK_SIZE)
            spare.push(Buffer.from(block));
    };
    function* hashedBlocks() {
        for (const batch of tarBatches(entries, BLOCK_SIZE, () => spare.pop() ?? Buffer.allocUnsafe(BLOCK_SIZE))) {
            hash.update(batch);
            tarSize += batch.length;
            yield batch;
        }
    }
    const worker = options.gzipWorker === undefined ? bundledGzipWorker() : (options.gzipWorker ?? undefined);
    const count = options.workers ?? gzipWorkerCount();
    options.io?.debug(worker ? `Compressing in ${count} worker thread(s) (${(0,external_node_url_.fileURLToPath)(worker)}).` : 'Compressing on the main thread (no bundled gzip worker next to this code).');
    const compressed = gzipBlocks(hashedBlocks(), worker ? deflateInWorkers(worker, count, recycle) : deflateHere);
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(compressed, { objectMode: false, highWaterMark: SINK_BUFFER }), sink);
    return { diffId: `sha256:${hash.digest('hex')}`, tarSize };
}

// EXTERNAL MODULE: ./src/core/flux-artifact/walk.ts
var flux_artifact_walk = __webpack_require__(91599);
;// CONCATENATED MODULE: ./src/core/flux-artifact/push.ts








/**
 * `flux push artifact` without flux: pack, upload the blobs, then put the manifest under each tag
 * last, so a failure anywhere before leaves every tag as it was, and a failure on a later tag
 * puts back the earlier ones. A tag already pointing at the
 * identical manifest is left alone and reported as unchanged.
 *
 * Skipping unchanged trees needs nothing from an earlier job: the tag's manifest is read first,
 * and when its diff_id annotation equals the digest of the tarball this tree makes (read and
 * hashed, not compressed), its layer is reused as it is: nothing is packed or uploaded, and the
 * manifest is rebuilt around it, so new annotations and extra tags still apply.
 */
async function pushArtifact(options, registry, io) {
    const annotations = buildAnnotations({ source: options.source, revision: options.revision, created: options.created, extra: options.annotations });
    const [firstTag, ...extraTags] = options.tags;
    registry.expectPush(options.repository);
    const current = await registry.getManifest(options.repository, firstTag);
    const recorded = current && recordedLayer(current.body);
    const walk = (0,flux_artifact_walk/* walkArtifactLazily */.pD)(options.root, createIgnoreMatcher(options.ignorePaths), { resolveSymlinks: options.resolveSymlinks ?? false });
    let layer;
    let entries = walk.entries;
    if (recorded) {
        entries = [...walk.entries];
        const tar = digestTar(entries);
        if (tar.diffId === recorded.diffId) {
            io.info(`${options.repository}:${firstTag} already holds this tree (tar ${tar.diffId}): reusing its layer ${recorded.layer.digest}, nothing packed.`);
            layer = { ...tar, descriptor: recorded.layer };
        }
    }
    // Before any packing work: wrong credentials or a missing permission fail here, in seconds.
    if (!layer)
        await registry.checkAccess(options.repository, 'push');
    layer ??= await packAndUpload(options, entries, walk.result, registry, io);
    const files = reportWalk(walk.result, options, io);
    const artifact = describeArtifact(layer, annotations);
    const heads = [current && { digest: current.digest, mediaType: current.mediaType, size: current.body.length }, ...(await Promise.all(extraTags.map((tag) => registry.headManifest(options.repository, tag))))];
    // The config must be in before any manifest names it.
    if (heads.some((head) => head?.digest !== artifact.digest)) {
        await registry.uploadBlob(options.repository, { digest: artifact.config.digest, size: artifact.config.size, data: artifact.configBlob });
    }
    // All tags or none: a tag that cannot move puts back those moved before it.
    const { digest, manifest } = artifact;
    const moves = await (0,tag_move/* moveTags */.F)(registry, options.repository, { digest, body: manifest, mediaType: OCI_MANIFEST_MEDIA_TYPE }, options.tags, io, { current: heads });
    const tags = moves.map(({ tag, outcome }) => {
        io.info(outcome === 'unchanged' ? `${options.repository}:${tag} already points to ${digest}: skipped the push.` : `Pushed ${options.repository}:${tag} -> ${digest}`);
        return { tag, outcome: outcome === 'unchanged' ? 'unchanged' : 'pushed' };
    });
    return {
        digest,
        manifest,
        config: artifact.config,
        layer: layer.descriptor,
        annotations: artifact.annotations,
        files,
        tarSize: layer.tarSize,
        layerSource: recorded?.layer === layer.descriptor ? 'registry' : 'packed',
        tags,
    };
}
/** Config and manifest bytes for a layer: a pure function, so a reused layer gives the same manifest as a fresh pack. */
function describeArtifact(layer, userAnnotations) {
    const annotations = { ...userAnnotations, [DIFF_ID_ANNOTATION]: layer.diffId };
    const configBlob = buildConfigBlob(layer.diffId, annotations[CREATED_ANNOTATION]);
    const config = descriptorOf(FLUX_CONFIG_MEDIA_TYPE, configBlob);
    const manifest = buildManifest(config, layer.descriptor, annotations);
    return { annotations, configBlob, config, manifest, digest: descriptorOf(OCI_MANIFEST_MEDIA_TYPE, manifest).digest };
}
async function packAndUpload(options, entries, walk, registry, io) {
    const workDir = await (0,promises_.mkdtemp)(external_node_path_default().join(options.tempDir, 'push-oci-artifact-'));
    try {
        let packed;
        const blob = await writeBlobFile(workDir, async (sink) => {
            packed = await packLayer(entries, sink, { io });
        });
        const { diffId, tarSize } = packed;
        io.info(`Packed ${walk.entries.length} entries: ${formatBytes(tarSize)} tar, ${formatBytes(blob.size)} gzip, layer ${blob.digest}`);
        const outcome = await registry.uploadBlob(options.repository, { digest: blob.digest, size: blob.size, path: blob.path });
        io.info(outcome === 'exists' ? 'The registry already has this layer.' : `Uploaded the layer (${formatBytes(blob.size)}).`);
        return { diffId, tarSize, descriptor: { mediaType: FLUX_CONTENT_MEDIA_TYPE, digest: blob.digest, size: blob.size } };
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
/** Warns about what the walk left out; returns how many files it packed. */
function reportWalk(walk, { root, resolveSymlinks }, io) {
    for (const link of walk.skippedSymlinks) {
        io.warning(resolveSymlinks
            ? `Skipped the symlink "${link}": it points out of ${root}, nowhere, or up to a directory that holds it.`
            : `Skipped the symlink "${link}": Flux artifacts hold only regular files and directories (resolve-symlinks packs what in-tree links point to).`);
    }
    for (const special of walk.skippedSpecial)
        io.warning(`Skipped "${special}": not a regular file or directory.`);
    const files = walk.entries.reduce((count, entry) => count + (entry.type === 'file' ? 1 : 0), 0);
    if (files === 0)
        io.warning(`No files under ${root} after the ignore rules: the artifact is empty.`);
    return files;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// EXTERNAL MODULE: ./src/core/oci/client.ts + 3 modules
var oci_client = __webpack_require__(91390);
// EXTERNAL MODULE: ./src/core/oci/cloud-login.ts + 1 modules
var cloud_login = __webpack_require__(61881);
// EXTERNAL MODULE: ./src/core/oci/credentials.ts
var oci_credentials = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var reference = __webpack_require__(10488);
// EXTERNAL MODULE: ./src/core/oci/transport.ts
var oci_transport = __webpack_require__(53168);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/actions/push-oci-artifact/info.ts

/**
 * What `flux push artifact --output json|yaml` prints (flux2 cmd/flux/push_artifact.go): the
 * artifact by digest as an oci:// URL, its repository, the tag pushed and the digest. JSON keeps
 * the struct's field order, indented by two; YAML (sigs.k8s.io/yaml) sorts the keys.
 */
function artifactInfo(format, artifact) {
    const info = { url: `oci://${artifact.repository}@${artifact.digest}`, repository: artifact.repository, tag: artifact.tag, digest: artifact.digest };
    if (format === 'json')
        return `${JSON.stringify(info, null, 2)}\n`;
    const { digest, repository, tag, url } = info;
    return (0,dist/* stringify */.As)({ digest, repository, tag, url });
}

;// CONCATENATED MODULE: ./src/core/flux-artifact/diff.ts









/**
 * `flux diff artifact` compares the sha256 and size of a freshly gzipped layer with the tag's
 * (fluxcd/pkg oci/diff.go), which can only match bytes from the same deflate. This compares the
 * uncompressed tarballs instead: the tag's from our diff_id annotation, or, for an artifact
 * another tool pushed, by reading its layer through gunzip; so it answers for any Flux artifact.
 */
async function diffArtifact(options, registry) {
    const manifest = await registry.getManifest(options.repository, options.tag);
    const local = digestTar((0,flux_artifact_walk/* walkArtifact */.Y2)(options.root, createIgnoreMatcher(options.ignorePaths), { resolveSymlinks: options.resolveSymlinks }).entries);
    if (!manifest)
        return { changed: true, localDiffId: local.diffId };
    const remoteDiffId = recordedLayer(manifest.body)?.diffId ?? (await layerDiffId(registry, options.repository, options.tag, manifest.body));
    return { changed: remoteDiffId !== local.diffId, digest: manifest.digest, localDiffId: local.diffId, remoteDiffId };
}
/** sha256 of the tarball inside a Flux artifact's one layer, read through gunzip. */
async function layerDiffId(registry, repository, tag, body) {
    const manifest = JSON.parse(body.toString('utf8'));
    const layer = manifest.layers?.length === 1 ? manifest.layers[0] : undefined;
    if (layer?.mediaType !== FLUX_CONTENT_MEDIA_TYPE || typeof layer.digest !== 'string' || typeof layer.size !== 'number') {
        throw new errors/* ActionFailure */.dR(`${repository}:${tag} is not a Flux artifact (one ${FLUX_CONTENT_MEDIA_TYPE} layer): nothing to compare the tree with.`);
    }
    const { stream } = await registry.blobStream(repository, layer.digest, { start: 0, end: layer.size, size: layer.size });
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const sink = new external_node_stream_.Writable({
        write(chunk, _encoding, callback) {
            hash.update(chunk);
            callback();
        },
    });
    await (0,external_node_stream_promises_.pipeline)(stream, (0,external_node_zlib_.createGunzip)(), sink);
    return `sha256:${hash.digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/core/flux-artifact/tag.ts


/**
 * `flux tag artifact`: point more tags at the manifest a tag names, by re-putting its exact bytes
 * (no blob moves, nothing packed), all or nothing as every tag move here (oci/tag-move.ts).
 */
async function tagArtifact(registry, repository, from, tags, io) {
    const manifest = await registry.getManifest(repository, from);
    if (!manifest)
        throw new errors/* ActionFailure */.dR(`${registry.registry}/${repository}:${from} does not exist: nothing to tag.`);
    const moves = await (0,tag_move/* moveTags */.F)(registry, repository, manifest, tags, io);
    for (const move of moves) {
        io.info(move.outcome === 'unchanged' ? `${repository}:${move.tag} already points to ${manifest.digest}.` : `Tagged ${repository}:${move.tag} -> ${manifest.digest}`);
    }
    return { digest: manifest.digest, tags: [from, ...tags], changed: moves.some((move) => move.outcome !== 'unchanged') };
}

;// CONCATENATED MODULE: ./src/actions/push-oci-artifact/summary.ts

/** The step summary: what was pushed where, and whether anything had to move. */
function renderSummary(result, repository) {
    const pushed = result.tags.some((entry) => entry.outcome === 'pushed');
    const rows = [
        ['Repository', code(repository)],
        ['Digest', code(result.digest)],
        ['Tags', result.tags.map((entry) => `${code(entry.tag)} (${entry.outcome})`).join(', ')],
        ['Files', String(result.files)],
        ['Layer', `${formatBytes(result.layer.size)} gzip of ${formatBytes(result.tarSize)} tar${result.layerSource === 'registry' ? ', unchanged tree: the layer already in the registry, not packed again' : ''}`],
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

;// CONCATENATED MODULE: ./src/core/flux-artifact/stdin-manifests.ts




/** The name the manifests read from stdin get in the artifact: fixed, so the same input gives the same digest. */
const STDIN_FILE_NAME = 'stdin.yaml';
const PATH_INPUT = 'path';
/**
 * `path: -`, as `flux push artifact -f -` (flux2 cmd/flux/build_artifact.go saveReaderToFile):
 * all of stdin, trailing CR and LF cut, saved as one YAML file in a new directory under
 * `tempDir`, which the caller packs as a single file (`.` plus the file, as Flux 2.9) and removes
 * with `remove`. Flux names the file at random; ours is STDIN_FILE_NAME, so `reproducible` holds.
 * Empty input or input that is not YAML is refused before anything is pushed.
 */
async function saveStdinManifests(stdin, tempDir) {
    const chunks = [];
    for await (const chunk of stdin)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    const text = Buffer.concat(chunks).toString('utf8').replace(/[\r\n]+$/, '');
    if (!text.trim())
        throw new errors/* ConfigurationError */.j1('is "-" but stdin is empty: pipe the manifests in, as in `kustomize build | gitops-actions push-oci-artifact --path -`', PATH_INPUT);
    const documents = (0,dist/* parseAllDocuments */.hR)(text);
    const error = documents.flatMap((document) => document.errors)[0];
    if (error)
        throw new errors/* ConfigurationError */.j1(`is "-" but stdin is not YAML: ${error.message.split('\n')[0]}`, PATH_INPUT);
    // Valid YAML is not yet manifests: a stray log line parses as a string.
    if (documents.some((document) => document.contents !== null && !(0,dist/* isMap */.jh)(document.contents))) {
        throw new errors/* ConfigurationError */.j1('is "-" but stdin is not YAML manifests: every document must be a mapping (apiVersion, kind, …)', PATH_INPUT);
    }
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(tempDir, 'push-oci-stdin-'));
    const file = external_node_path_default().join(dir, STDIN_FILE_NAME);
    // 0600, as Go's os.CreateTemp makes Flux's file: the mode is in the tarball.
    await (0,promises_.writeFile)(file, text, { mode: 0o600 });
    return { file, remove: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./src/actions/push-oci-artifact/run.ts















async function runPushOciArtifact(inputs, runtime) {
    const { io, env } = runtime;
    const dockerConfigFile = inputs.dockerConfig ? authFile(inputs.dockerConfig) : undefined;
    const { registry, repository } = inputs.target;
    const { username, password, githubToken } = inputs;
    const transport = await (0,oci_transport/* registryTransport */.H)(registry, { insecure: inputs.insecure, caFile: inputs.caFile, io });
    const registryUrl = new URL(`${transport.plainHttp ? 'http' : 'https'}://${(0,reference/* registryApiHost */.Mb)(registry)}`);
    const credentials = inputs.provider !== 'generic'
        ? (0,cloud_login/* cloudCredentials */.e)(inputs.provider, registry, { env, io, registryUrl })
        : (0,oci_credentials/* defaultCredentialSource */.UA)({ username, password: password?.reveal(), githubToken: githubToken?.reveal(), registries: [registry], dockerConfigFile, io, env });
    // The whole push's deadline (flux's --timeout): every registry request stops at it.
    const deadline = AbortSignal.timeout(inputs.timeoutMs);
    const client = new oci_client/* RegistryClient */.bP({ registry, credentials, io, ...transport, signal: AbortSignal.any([runtime.signal, deadline]) });
    const withDeadline = (work) => work.catch((error) => {
        if (deadline.aborted)
            throw new errors/* ActionFailure */.dR(`The ${inputs.mode} did not finish within the timeout (${inputs.timeoutMs / 1000} s): ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
        throw error;
    });
    const fullName = `${registry}/${repository}`;
    if (inputs.mode === 'tag') {
        const tagged = await io.group(`Tag ${fullName}:${inputs.target.tag}`, () => withDeadline(tagArtifact(client, repository, inputs.target.tag, inputs.tags, io)));
        const outputs = { ...outputsOf(tagged.digest, fullName, inputs, tagged.tags), changed: String(tagged.changed) };
        return { outputs, summary: `### Flux OCI artifact tagged\n\n\`${fullName}@${tagged.digest}\`: ${tagged.tags.map((tag) => `\`${tag}\``).join(', ')}\n` };
    }
    let root = inputs.root;
    if (root === undefined) {
        // `path: -`: read before anything is pushed, so empty or broken input fails here.
        const saved = await saveStdinManifests(runtime.stdin, runtime.tempDir);
        runtime.onCleanup(saved.remove);
        root = saved.file;
    }
    if (inputs.mode === 'diff') {
        const diff = await io.group(`Compare with ${fullName}:${inputs.target.tag}`, () => withDeadline(diffArtifact({ repository, tag: inputs.target.tag, root, ignorePaths: inputs.ignorePaths, resolveSymlinks: inputs.resolveSymlinks }, client)));
        const verdict = !diff.digest ? 'the tag does not exist' : diff.changed ? `it differs from ${inputs.target.tag} (${diff.remoteDiffId})` : `it is what ${inputs.target.tag} holds`;
        io.info(`The tree packs to tar ${diff.localDiffId}: ${verdict}.`);
        const outputs = { ...outputsOf(diff.digest ?? '', fullName, inputs, []), changed: String(diff.changed) };
        return { outputs, summary: `### Flux OCI artifact ${diff.changed ? 'differs' : 'unchanged'}\n\n\`${fullName}:${inputs.target.tag}\`: ${verdict}.\n` };
    }
    const push = () => pushArtifact({
        repository,
        tags: [inputs.target.tag, ...inputs.tags],
        root,
        ignorePaths: inputs.ignorePaths,
        resolveSymlinks: inputs.resolveSymlinks,
        source: inputs.source,
        revision: inputs.revision,
        created: inputs.reproducible ? REPRODUCIBLE_CREATED : rfc3339Seconds(new Date(runtime.clock.now())),
        annotations: inputs.annotations,
        tempDir: runtime.tempDir,
    }, client, io);
    const result = await io.group(`Push ${fullName}:${inputs.target.tag}`, () => withDeadline(push()));
    const outputs = {
        ...outputsOf(result.digest, fullName, inputs, result.tags.map((entry) => entry.tag)),
        changed: String(result.tags.some((entry) => entry.outcome === 'pushed')),
    };
    io.info(outputs.info.trimEnd());
    return { outputs, summary: renderSummary(result, fullName) };
}
/** The outputs every mode sets alike; `digest` empty when there is none (diff against a missing tag). */
function outputsOf(digest, fullName, inputs, tags) {
    return {
        info: digest ? artifactInfo(inputs.output, { repository: fullName, tag: inputs.target.tag, digest }) : '',
        digest,
        url: digest ? `${fullName}@${digest}` : '',
        repository: fullName,
        tags: tags.join(','),
    };
}
/** The `docker-config` input (absolute): the file it names, whatever its name, or `config.json` in the directory it names. */
function authFile(file) {
    const input = file;
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* ConfigurationError */.j1(`"${input}" does not exist`, 'docker-config');
    return (0,external_node_fs_.statSync)(file).isDirectory() ? external_node_path_default().join(file, 'config.json') : file;
}


/***/ })

};
