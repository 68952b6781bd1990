export const id = 176;
export const ids = [176];
export const modules = {

/***/ 6176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPushOciArtifact: () => (/* binding */ runPushOciArtifact)
});

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
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var oci_reference = __webpack_require__(488);
;// CONCATENATED MODULE: ./src/core/oci/tag-move.ts


/**
 * Points every tag at one manifest, all or nothing. First everything a move needs is checked
 * and fetched: valid names, where each tag points, and the bytes of each manifest a tag will
 * leave (to put it back). Then the tags move in order; when one fails, those already moved
 * are put back (re-put of the old manifest, or deletion of a tag that was new) and the error
 * says exactly which tags, if any, could not be put back.
 */
async function moveTags(registry, repository, manifest, tags, io, options = {}) {
    const invalid = tags.filter((tag) => !(0,oci_reference/* isValidTag */.r_)(tag));
    if (invalid.length)
        throw new errors/* ActionFailure */.dR(`Not valid tags, so no tag was moved: ${invalid.join(', ')}.`);
    const current = options.current ?? (await Promise.all(tags.map((tag) => registry.headManifest(repository, tag))));
    const previousOf = async (digest) => {
        if (!digest || digest === manifest.digest)
            return undefined;
        const content = await registry.getManifest(repository, digest);
        if (!content)
            throw new errors/* ActionFailure */.dR(`${registry.registry}/${repository}@${digest} vanished while checking the tags: no tag was moved.`);
        return content;
    };
    const plan = [];
    const moves = [];
    for (const [index, tag] of tags.entries()) {
        const before = current[index];
        if (before?.digest === manifest.digest) {
            moves.push({ tag, outcome: 'unchanged', previous: before.digest });
            continue;
        }
        plan.push({ tag, previous: await previousOf(before?.digest) });
        moves.push({ tag, outcome: before ? 'moved' : 'added', ...(before ? { previous: before.digest } : {}) });
    }
    const done = [];
    for (const earlier of options.alreadyMoved ?? [])
        done.push({ tag: earlier.tag, previous: await previousOf(earlier.previous) });
    for (const step of plan) {
        try {
            await registry.putManifest(repository, step.tag, manifest.body, manifest.mediaType);
        }
        catch (error) {
            const report = await putBack(registry, repository, done, io);
            throw new errors/* ActionFailure */.dR(`Cannot point ${registry.registry}/${repository}:${step.tag} at ${manifest.digest}: ${(0,errors/* errorMessage */.gJ)(error)} ${report}`, { cause: error });
        }
        done.push(step);
    }
    return moves;
}
/** Undoes the moves in reverse order; returns the sentence saying where the tags stand. */
async function putBack(registry, repository, done, io) {
    if (done.length === 0)
        return 'No tag was moved.';
    const restored = [];
    const stillMoved = [];
    for (const step of [...done].reverse()) {
        try {
            if (step.previous) {
                await registry.putManifest(repository, step.tag, step.previous.body, step.previous.mediaType);
                restored.push(`${step.tag} (back to ${step.previous.digest})`);
            }
            else if (await registry.deleteTag(repository, step.tag)) {
                restored.push(`${step.tag} (removed again)`);
            }
            else {
                stillMoved.push(`${step.tag} (new; this registry cannot delete a tag)`);
            }
        }
        catch (error) {
            stillMoved.push(`${step.tag} (${(0,errors/* errorMessage */.gJ)(error)})`);
        }
    }
    if (restored.length)
        io.info(`Put back: ${restored.join(', ')}.`);
    const back = restored.length ? `Put back: ${restored.join(', ')}.` : '';
    const left = stillMoved.length ? `Still moved: ${stillMoved.join(', ')}.` : 'No tag is left moved.';
    return `${back} ${left}`.trim();
}

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
var external_node_url_ = __webpack_require__(3136);
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
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
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
var flux_artifact_walk = __webpack_require__(1599);
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
    const moves = await moveTags(registry, options.repository, { digest, body: manifest, mediaType: OCI_MANIFEST_MEDIA_TYPE }, options.tags, io, { current: heads });
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
/** A request that got no full HTTP answer: refused, reset, silent, past its deadline, cancelled, or a TLS failure. */
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
/** The reason a request is aborted with when its total deadline passes. */
function deadlineExceeded(deadlineMs) {
    return Object.assign(new Error(`the request did not finish within its ${deadlineMs} ms deadline`), { code: 'DEADLINE_EXCEEDED' });
}
/** Turns a socket-level error into a message a user can act on; the URL carries no credentials. */
function describeConnectionError(error, target) {
    if (error instanceof HttpConnectionError)
        return error;
    const where = `${target.protocol}//${target.host}`;
    const name = error?.name;
    const message = error?.message ?? String(error);
    // DOMException carries a numeric code: only string codes are socket and undici error codes.
    const raw = error?.code;
    const code = typeof raw === 'string' ? raw : undefined;
    // undici reports a proxy's refusal of a CONNECT tunnel as an aborted request.
    const proxyStatus = /^Proxy response \((\d+)\)/.exec(message)?.[1];
    if (proxyStatus) {
        return new HttpConnectionError(`The proxy refused to connect to ${where} (HTTP ${proxyStatus}).`, 'PROXY_REFUSED', Number(proxyStatus) >= 500, { cause: error });
    }
    if (code === 'DEADLINE_EXCEEDED') {
        return new HttpConnectionError(`${where} did not answer in full in time: ${message}.`, code, false, { cause: error });
    }
    if (name === 'AbortError' || code === 'UND_ERR_ABORTED') {
        return new HttpConnectionError(`The request to ${where} was cancelled.`, 'ABORTED', false, { cause: error });
    }
    if (code && TLS_ERROR_CODES.has(code)) {
        return new HttpConnectionError(`TLS verification failed for ${where}: ${message} (${code}). Give the CA certificate with the ca-file input, or opt out explicitly with insecure.`, code, false, { cause: error });
    }
    switch (code) {
        case 'ECONNREFUSED':
            return new HttpConnectionError(`Connection refused by ${where}: nothing listens there.`, code, true, { cause: error });
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return new HttpConnectionError(`Cannot resolve the host of ${where}.`, code, code === 'EAI_AGAIN', { cause: error });
        case 'ETIMEDOUT':
        case 'REQUEST_TIMEOUT':
        case 'UND_ERR_CONNECT_TIMEOUT':
        case 'UND_ERR_HEADERS_TIMEOUT':
        case 'UND_ERR_BODY_TIMEOUT':
            // One code for every silence, whichever layer noticed it: callers tell a time-out by it.
            return new HttpConnectionError(`Timed out waiting for ${where}.`, 'REQUEST_TIMEOUT', true, { cause: error });
        case 'ECONNRESET':
        case 'EPIPE':
        case 'ECONNABORTED':
        case 'UND_ERR_SOCKET':
            return new HttpConnectionError(`The connection to ${where} was dropped (${code}).`, code, true, { cause: error });
        default:
            return new HttpConnectionError(`Request to ${where} failed: ${message}`, code, message === 'socket hang up', { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/core/http/proxy.ts

function first(env, lower, upper) {
    for (const name of [lower, upper]) {
        const value = env[name]?.trim();
        if (value)
            return { name, value };
    }
    return undefined;
}
/** Validates a proxy variable; a value without a scheme means `http://`, as curl reads it. */
function proxyUrl(found) {
    if (!found)
        return undefined;
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(found.value) ? found.value : `http://${found.value}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        // The value may hold proxy credentials: name the variable, never print it.
        throw new errors/* ConfigurationError */.j1(`the environment variable ${found.name} is not a valid proxy URL: expected http://host:port.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* ConfigurationError */.j1(`the environment variable ${found.name} names a ${url.protocol.slice(0, -1)} proxy: only http:// and https:// proxies are supported.`);
    }
    return url.href;
}
function proxySettings(env = process.env) {
    const noProxy = first(env, 'no_proxy', 'NO_PROXY')?.value;
    return {
        http: proxyUrl(first(env, 'http_proxy', 'HTTP_PROXY')),
        https: proxyUrl(first(env, 'https_proxy', 'HTTPS_PROXY')),
        ...(noProxy ? { noProxy } : {}),
    };
}
/**
 * git reaches HTTP remotes through libcurl, which ignores an upper-case `HTTP_PROXY` (a CGI
 * safeguard). The toolkit honours it, so we hand git the lower-case copies it reads; a variable
 * already set in lower case wins, as it does for our own requests.
 */
function curlProxyEnv(env) {
    const added = {};
    for (const [lower, upper] of [['http_proxy', 'HTTP_PROXY'], ['https_proxy', 'HTTPS_PROXY'], ['no_proxy', 'NO_PROXY']]) {
        const value = env[upper];
        if (!env[lower] && value)
            added[lower] = value;
    }
    return added;
}

;// CONCATENATED MODULE: ./src/core/http/request.ts





/** Silence allowed before a request is abandoned (and retried, where the caller retries). */
const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
/** Total time allowed for one request and its answer... */
const DEFAULT_DEADLINE_MS = 300_000;
/** ...plus this long per MiB of request body, so a big upload on a slow link still fits (1 MiB/s). */
const DEADLINE_MS_PER_MIB = 1_000;
/** The deadline a request gets: its own, else the default sized by its body. */
function requestDeadline(request) {
    if (request.deadlineMs !== undefined)
        return request.deadlineMs;
    const bytes = request.body === undefined ? 0 : typeof request.body === 'string' ? Buffer.byteLength(request.body) : request.body.length;
    return DEFAULT_DEADLINE_MS + Math.ceil((bytes / 1_048_576) * DEADLINE_MS_PER_MIB);
}
// undici is loaded on the first request, not at start-up: the bundles start as fast as before.
let undici;
const dispatchers = new Map();
/**
 * One keep-alive dispatcher per protocol, trust setting and proxy setting, so connections are
 * reused across calls. undici's EnvHttpProxyAgent applies `NO_PROXY` per host; it is given the
 * proxy for this protocol only, so an `https:` request never falls back to `HTTP_PROXY`. Through a
 * proxy, `https:` goes over a CONNECT tunnel (TLS checked end to end against the same trust) and
 * `http:` as an absolute-URI request, as curl does.
 */
async function dispatcherFor(url, tls, proxy) {
    const secure = url.protocol === 'https:';
    const through = (secure ? proxy.https : proxy.http) ?? '';
    const key = JSON.stringify([url.protocol, tls?.caFile ?? '', Boolean(tls?.insecureSkipVerify), tls?.clientCertFile ?? '', tls?.clientKeyFile ?? '', through, proxy.noProxy ?? '']);
    let dispatcher = dispatchers.get(key);
    if (!dispatcher) {
        const ca = secure && tls?.caFile ? readCaFile(tls.caFile) : undefined;
        // Giving `ca` replaces Node's trust store, so the system roots are passed along with it.
        // A client certificate (mutual TLS) goes with the trust settings, to the server directly or through a tunnel.
        const identity = secure && tls?.clientCertFile && tls.clientKeyFile ? { cert: readPemFile(tls.clientCertFile, 'client certificate'), key: readPemFile(tls.clientKeyFile, 'client key') } : {};
        const trust = { rejectUnauthorized: !tls?.insecureSkipVerify, ...(ca ? { ca: [ca, ...external_node_tls_.rootCertificates] } : {}), ...identity };
        const { EnvHttpProxyAgent } = await (undici ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19)));
        dispatcher = new EnvHttpProxyAgent({ httpProxy: through, httpsProxy: through, noProxy: proxy.noProxy ?? '', connect: trust, requestTls: trust, proxyTunnel: false });
        dispatchers.set(key, dispatcher);
    }
    return dispatcher;
}
function readPemFile(file, what) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new HttpConnectionError(`Cannot read the ${what} file ${file}: ${error.message}`, 'PEM_FILE', false, { cause: error });
    }
}
function readCaFile(caFile) {
    try {
        return (0,external_node_fs_.readFileSync)(caFile, 'utf8');
    }
    catch (error) {
        throw new HttpConnectionError(`Cannot read the CA file ${caFile}: ${error.message}`, 'CA_FILE', false, { cause: error });
    }
}
/** Aborts at the deadline or when the caller's signal fires, whichever comes first. */
function startDeadline(deadlineMs, outer) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(deadlineExceeded(deadlineMs)), deadlineMs);
    return { signal: outer ? AbortSignal.any([outer, controller.signal]) : controller.signal, clear: () => clearTimeout(timer) };
}
/**
 * The answer's body, failed after `idleMs` without a chunk. undici's own body timeout does the same
 * on a one-second clock; this one is exact, so short test time-outs behave like long ones.
 */
function watchSilence(body, idleMs) {
    const silence = () => watched.destroy(Object.assign(new Error(`no data for ${idleMs} ms`), { code: 'REQUEST_TIMEOUT' }));
    const timer = setTimeout(silence, idleMs);
    const watched = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            timer.refresh();
            done(null, chunk);
        },
    });
    (0,external_node_stream_.pipeline)(body, watched, () => clearTimeout(timer));
    return watched;
}
/** Sends one request and resolves with its status, headers and the response stream. */
async function sendForStream(request) {
    const { url } = request;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new HttpConnectionError(`Unsupported URL scheme ${url.protocol} in ${url.origin}`, undefined, false);
    }
    const headers = { ...request.headers };
    const body = request.body;
    if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) {
        headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
    }
    const dispatcher = await dispatcherFor(url, request.tls, proxySettings());
    const idle = request.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    const deadline = startDeadline(requestDeadline(request), request.signal);
    const source = body === undefined || typeof body === 'string' || Buffer.isBuffer(body) ? body : body.open();
    try {
        const { request: send } = await (undici ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19)));
        const response = await send(url, { dispatcher, method: request.method, headers, body: source, signal: deadline.signal, headersTimeout: idle, bodyTimeout: idle });
        const stream = watchSilence(response.body, idle);
        stream.once('close', deadline.clear);
        stream.once('error', () => { }); // surfaced to whoever consumes the stream
        return { status: response.statusCode, headers: response.headers, stream };
    }
    catch (error) {
        deadline.clear();
        // A request that fails mid-body must not leave the source (often an open file) behind.
        if (source instanceof external_node_stream_.Readable)
            source.destroy();
        throw describeConnectionError(deadline.signal.aborted ? deadline.signal.reason : error, url);
    }
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
    finally {
        response.stream.destroy();
    }
    return { status: response.status, headers: response.headers, body: Buffer.concat(chunks) };
}
function header(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
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
    // The wait between attempts ends early when the caller gives up, so a cancelled job stops at once.
    const wait = async (ms) => {
        try {
            await (hooks.sleep ? hooks.sleep(ms) : (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal: request.signal }));
        }
        catch (error) {
            throw describeConnectionError(request.signal?.aborted ? request.signal.reason : error, request.url);
        }
    };
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
const TOKEN = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)/;
const PARAM_NAME = /^([A-Za-z0-9_-]+)\s*=\s*/;
/**
 * Every challenge of a `WWW-Authenticate` value, in order (RFC 9110 §11.6.1). A server may send
 * several, in one header or in several that Node joins with ", ":
 * `Basic realm="reg", Bearer realm="https://auth/token",service="registry",scope="repository:a:pull,push"`.
 * Values are quoted (commas and escaped quotes inside) or bare tokens.
 */
function parseChallenges(header) {
    const challenges = [];
    let rest = (header ?? '').trim();
    let current;
    // Bounded: every iteration consumes at least one character or stops.
    while (rest.length > 0) {
        rest = rest.replace(/^[\s,]+/, '');
        const name = TOKEN.exec(rest)?.[1];
        if (!name)
            break;
        const param = PARAM_NAME.exec(rest);
        if (!param || !current) {
            // A token not followed by `=` starts the next challenge.
            current = { scheme: name.toLowerCase(), params: {} };
            challenges.push(current);
            rest = rest.slice(name.length);
            continue;
        }
        rest = rest.slice(param[0].length);
        const { value, length } = readValue(rest);
        current.params[(param[1]).toLowerCase()] = value;
        rest = rest.slice(length);
    }
    return challenges;
}
function readValue(text) {
    if (!text.startsWith('"')) {
        const bare = /^[^,\s]*/.exec(text)?.[0] ?? '';
        return { value: bare, length: bare.length };
    }
    let index = 1;
    let value = '';
    while (index < text.length && text[index] !== '"') {
        if (text[index] === '\\' && index + 1 < text.length)
            index++;
        value += text[index];
        index++;
    }
    return { value, length: index + 1 };
}
/**
 * The challenge to answer among those a registry sent: Bearer when offered (a scoped token,
 * and the password goes only to the realm), else Basic, else the first (which we cannot answer).
 */
function pickChallenge(headers) {
    const raw = headers['www-authenticate'];
    const challenges = parseChallenges(Array.isArray(raw) ? raw.join(', ') : raw);
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic') ?? challenges[0];
}
/** The first challenge of one header value. */
function parseChallenge(header) {
    return parseChallenges(header)[0];
}

// EXTERNAL MODULE: ./src/core/secret-forms.ts
var secret_forms = __webpack_require__(3657);
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
        const text = (0,secret_forms/* clipRemoteText */.wy)(body.toString('utf8').trim(), MAX_DETAIL);
        return text && !/^\s*</.test(text) ? { text } : {};
    }
    if (!Array.isArray(errors) || errors.length === 0)
        return {};
    const parts = errors.slice(0, 3).map((error) => {
        const detail = error.detail === undefined || error.detail === null ? '' : ` (${(0,secret_forms/* clipRemoteText */.wy)(JSON.stringify(error.detail), MAX_DETAIL)})`;
        return `${typeof error.code === 'string' ? error.code : 'ERROR'}: ${typeof error.message === 'string' ? error.message : ''}${detail}`;
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
    #credentials = new Map();
    #tokens = [];
    #basicHeaders = new Map();
    /** Realms that answered the OAuth2 refresh-token POST with 404/405: asked with GET from then on. */
    #realmsWithoutOAuth = new Set();
    constructor(options) {
        this.options = options;
    }
    /** The login for a repository of this registry (a repository-scoped one when the user has it). */
    credential(repository) {
        const key = repository ?? '';
        let found = this.#credentials.get(key);
        if (!found) {
            found = this.options.credentials.forRegistry(this.options.registry, repository);
            this.#credentials.set(key, found);
        }
        return found;
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
        const response = await sendWithRetries({ method: 'GET', url, tls: this.options.tls, idleTimeoutMs: this.options.timeoutMs, signal: this.options.signal }, this.options.retry, { onRetry: (attempt, reason, delay) => this.options.io.info(`Retrying ${url.href} after ${reason} in ${delay} ms (attempt ${attempt + 1}/${this.options.retry.attempts})`) });
        if (response.status === 401) {
            this.#challenge = pickChallenge(response.headers);
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
        const credential = await this.credential(targetRepository(scopes));
        // A registry token is sent as is, whatever the scheme asked (go-containerregistry does the same).
        if (credential?.registryToken)
            return this.#mask(`Bearer ${credential.registryToken}`);
        if (challenge.scheme === 'basic')
            return this.#basic(credential);
        if (challenge.scheme !== 'bearer')
            return undefined;
        const now = Date.now();
        const owner = credentialKey(credential);
        const cached = this.#tokens.find((token) => token.credential === owner && token.expiresAt > now && scopesCover(token.scopes, scopes));
        if (cached)
            return cached.value;
        return this.#fetchToken(challenge, mergeScopes(scopes), credential);
    }
    /**
     * A 401 from the registry: learn its (new) challenge and return the header to try once more
     * with, or undefined when another try cannot help.
     */
    async reauthorize(response, scopes, sentHeader) {
        const challenge = pickChallenge(response.headers);
        if (!challenge)
            return undefined;
        this.#challenge = challenge;
        const credential = await this.credential(targetRepository(scopes));
        if (credential?.registryToken)
            return undefined;
        if (challenge.scheme === 'bearer') {
            // The challenge names the scope the registry wanted: ask for it along with ours.
            const wanted = mergeScopes([...scopes, ...(challenge.params.scope ?? '').split(' ').filter(Boolean)]);
            this.#tokens = this.#tokens.filter((token) => token.value !== sentHeader);
            const fresh = await this.#fetchToken(challenge, wanted, credential);
            return fresh === sentHeader ? undefined : { header: fresh, scopes: wanted };
        }
        if (challenge.scheme === 'basic') {
            const basic = this.#basic(credential);
            return basic && basic !== sentHeader ? { header: basic, scopes: [...scopes] } : undefined;
        }
        return undefined;
    }
    #basic(credential) {
        if (!credential?.username || !credential.password)
            return undefined;
        const key = credentialKey(credential);
        let value = this.#basicHeaders.get(key);
        if (!value) {
            value = this.#mask(basicHeader(credential.username, credential.password, this.options.io));
            this.#basicHeaders.set(key, value);
        }
        return value;
    }
    #mask(value) {
        this.options.io.mask(value);
        return value;
    }
    async #fetchToken(challenge, scopes, credential) {
        const realm = this.#realmUrl(challenge, credential);
        const service = challenge.params.service;
        const identityToken = credential?.identityToken;
        // A realm without the OAuth2 endpoint: Docker's fallback sends the identity token as a password,
        // and we remember that realm so the next scope does not try the POST again.
        const asPassword = identityToken ? { username: credential.username ?? '<token>', password: identityToken, source: credential.source } : undefined;
        const oauth = identityToken !== undefined && !this.#realmsWithoutOAuth.has(realm.href);
        let response = oauth
            ? await this.#exchangeRefreshToken(realm, service, scopes, identityToken)
            : await this.#getToken(realm, service, scopes, asPassword ?? credential);
        if (oauth && (response.status === 404 || response.status === 405)) {
            this.#realmsWithoutOAuth.add(realm.href);
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
        this.#tokens.push({ credential: credentialKey(credential), scopes, value, expiresAt: Date.now() + seconds * 1000 - EXPIRY_MARGIN_MS });
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
        return sendWithRetries({ ...request, tls: this.options.tls, idleTimeoutMs: this.options.timeoutMs, signal: this.options.signal }, this.options.retry);
    }
}
function basicHeader(username, password, io) {
    const encoded = Buffer.from(`${username}:${password}`).toString('base64');
    io.mask(encoded);
    return `Basic ${encoded}`;
}
/** The repository a request is for: the one it pushes to, else the first it names. */
function targetRepository(scopes) {
    const repositories = scopes.filter((scope) => scope.startsWith('repository:'));
    const target = repositories.find((scope) => /[:,]push(,|$)/.test(scope.slice(scope.lastIndexOf(':')))) ?? repositories[0];
    return target?.slice('repository:'.length, target.lastIndexOf(':'));
}
/** Tells logins apart without holding the secret: tokens and Basic headers are kept per login. */
function credentialKey(credential) {
    return credential ? `${credential.source}\u0000${credential.username ?? ''}` : '';
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
    if (blob.open) {
        const open = blob.open;
        return { length: end - start, open: () => open(start, end) };
    }
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
    let spare = mount ? undefined : deps.takeSession?.(repository);
    for (;;) {
        const session = spare ?? (await startSession(deps, repository, blob.digest, scopes, mount));
        spare = undefined;
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
    return uploadSession(response, deps.baseUrl);
}
/** The session a `202 Accepted` to `POST …/blobs/uploads/` opened. */
function uploadSession(response, baseUrl) {
    const minChunk = Number(header(response.headers, 'oci-chunk-min-length') ?? 0);
    return { location: new URL(header(response.headers, 'location') ?? '', baseUrl), minChunk: Number.isFinite(minChunk) ? minChunk : 0 };
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
    /** Upload sessions the push-access check opened, one per repository, waiting for a blob. */
    #spareSessions = new Map();
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
            timeoutMs: options.timeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
            signal: options.signal,
        });
    }
    /**
     * Pings the registry and proves `access` to `repository` now, so a bad login fails before any
     * work. For push, the proof is the start of an upload session, kept for the first blob upload:
     * the check costs no request and no token that the push would not make anyway. A session left
     * unused (every blob already there, or a builder pushing on its own) is empty, and registries
     * purge stale sessions; deleting it would need a token with `delete` access on token registries.
     */
    /**
     * Says the run will push to `repository`: every token asked for it from now on carries push
     * access, so reading its tag before a push costs the same one token as the push itself. A
     * registry that grants less still answers the read; the push then fails on its own check.
     */
    expectPush(repository) {
        this.#pushRepositories.add(repository);
    }
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
        this.#spareSessions.set(repository, uploadSession(response, this.baseUrl));
    }
    async blobExists(repository, digest) {
        const response = await this.request({ method: 'HEAD', url: `/v2/${repository}/blobs/${digest}`, scopes: this.#scopes(repository, 'pull') });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw await this.#fail(`check blob ${digest} in`, repository, response, 'pull');
    }
    /** A cross-repository mount when `mountFrom` names a repository of this registry, else HEAD first and an upload. */
    async uploadBlob(repository, blob, options = {}) {
        if (!/^sha256:[0-9a-f]{64}$/.test(blob.digest))
            throw new errors/* ActionFailure */.dR(`Blob digest "${blob.digest}" is not a sha256 digest.`);
        if ([blob.path, blob.data, blob.open].filter((source) => source !== undefined).length !== 1) {
            throw new errors/* ActionFailure */.dR('A blob to upload needs exactly one of path, data or open.');
        }
        if (blob.data && blob.data.length !== blob.size)
            throw new errors/* ActionFailure */.dR(`Blob ${blob.digest}: size ${blob.size} does not match its ${blob.data.length} bytes.`);
        this.#pushRepositories.add(repository);
        // A mount needs no HEAD first: the registry answers 201 for a blob the repository already has.
        if (!options.mountFrom && (await this.blobExists(repository, blob.digest)))
            return 'exists';
        return pushBlob({
            request: (request) => this.request(request),
            baseUrl: this.baseUrl,
            blobExists: (repo, digest) => this.blobExists(repo, digest),
            fail: (operation, repo, response) => registryFailure({ operation, registry: this.registry, repository: repo }, response),
            io: this.#options.io,
            policy: this.#retry,
            sleep: this.#options.sleep ?? sleep,
            takeSession: (repo) => {
                const session = this.#spareSessions.get(repo);
                this.#spareSessions.delete(repo);
                return session;
            },
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
    /**
     * Removes a tag, leaving the manifest. True when the registry did; false when it cannot
     * delete tags (distribution before 3.0 answers 405 or UNSUPPORTED), so callers can say so.
     */
    async deleteTag(repository, tag) {
        if (!(0,oci_reference/* isValidTag */.r_)(tag))
            throw new errors/* ActionFailure */.dR(`"${tag}" is not a valid tag.`);
        const scopes = [repositoryScope(repository, 'push'), `repository:${repository}:delete`];
        const response = await this.request({ method: 'DELETE', url: `/v2/${repository}/manifests/${tag}`, scopes });
        if (response.status === 202 || response.status === 200)
            return true;
        if (response.status === 404 || response.status === 405 || (response.status === 400 && /UNSUPPORTED|TAG_INVALID|DIGEST_INVALID/.test(response.body.toString('utf8'))))
            return false;
        throw await this.#fail(`delete tag ${tag} from`, repository, response, 'push');
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
     * Bytes `start`..`end` (end exclusive) of a blob of `size` bytes, as a stream: a copy between
     * registries pipes it into the upload and never holds a layer in memory. Authenticated and
     * redirected as `request`, but not retried here: the upload reading it starts over on a dropped
     * connection and opens the blob again.
     */
    async blobStream(repository, digest, bytes) {
        const whole = bytes.start === 0 && bytes.end === bytes.size;
        const headers = whole ? {} : { Range: `bytes=${bytes.start}-${bytes.end - 1}` };
        const scopes = this.#scopes(repository, 'pull');
        // The answer is the big part here: its deadline grows with its size, as an upload's does with its body.
        const deadlineMs = DEFAULT_DEADLINE_MS + Math.ceil((bytes.end - bytes.start) / (1024 * 1024)) * DEADLINE_MS_PER_MIB;
        const answer = await this.#exchange({ method: 'GET', url: `/v2/${repository}/blobs/${digest}`, scopes, headers }, (url, sent) => sendForStream({ method: 'GET', url, headers: sent, tls: this.#options.tls, idleTimeoutMs: this.#options.timeoutMs, deadlineMs, signal: this.#options.signal }));
        // A registry may ignore Range and send the whole blob (200): `partial` tells the caller.
        if ('stream' in answer)
            return { stream: answer.stream, partial: !whole && answer.status === 206 };
        throw await this.#fail(`read blob ${digest} from`, repository, answer, 'pull');
    }
    /**
     * One registry call: authenticated for `scopes`, retried within the policy, a 401 answered once
     * with a fresh challenge, redirects followed for reads without the Authorization header
     * leaving the registry's origin (blob storage lives elsewhere).
     */
    async request(request) {
        const policy = request.retry === false ? { ...this.#retry, attempts: 1 } : this.#retry;
        const answer = await this.#exchange(request, (url, headers) => sendWithRetries({ method: request.method, url, headers, body: request.body, tls: this.#options.tls, idleTimeoutMs: this.#options.timeoutMs, signal: this.#options.signal }, policy, {
            sleep: this.#options.sleep,
            onRetry: (attempt, reason, delay) => this.#options.io.info(`Retrying ${request.method} ${url.pathname} on ${url.host} after ${reason} in ${delay} ms (attempt ${attempt + 1}/${policy.attempts})`),
        }));
        return answer;
    }
    /**
     * The loop under `request` and `blobStream`: `send` makes one call; a streamed answer with a 2xx
     * status is handed back unread, any other answer is read whole for the 401 and redirect rules.
     */
    async #exchange(request, send) {
        await this.#auth.ping();
        let url = typeof request.url === 'string' ? new URL(request.url, this.baseUrl) : request.url;
        let scopes = [...request.scopes];
        let authorization = await this.#auth.authorization(scopes);
        let reauthorized = false;
        for (let redirects = 0;;) {
            if (url.protocol !== 'https:' && !(this.#options.plainHttp && url.protocol === 'http:')) {
                throw new errors/* ActionFailure */.dR(`${this.registry} sent us to ${url.origin}, which is not HTTPS: refusing (set insecure only for a registry you trust).`);
            }
            const sameOrigin = url.origin === this.baseUrl.origin;
            const headers = { 'User-Agent': USER_AGENT, ...request.headers };
            if (sameOrigin && authorization)
                headers.Authorization = authorization;
            const sent = await send(url, headers);
            // The path only: upload Locations carry signed state in their query.
            this.#options.io.debug(`${request.method} ${url.host}${url.pathname} -> HTTP ${sent.status}`);
            if ('stream' in sent && sent.status >= 200 && sent.status < 300)
                return sent;
            const response = 'stream' in sent ? await readWhole(sent) : sent;
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
        const credential = unauthorized ? await this.#auth.credential(repository) : undefined;
        return registryFailure({ operation, registry: this.registry, repository, credential, access }, response);
    }
}
async function readWhole(response) {
    const chunks = [];
    for await (const chunk of response.stream)
        chunks.push(chunk);
    return { status: response.status, headers: response.headers, body: Buffer.concat(chunks) };
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

;// CONCATENATED MODULE: ./src/core/oci/aws-sigv4.ts

const sha256Hex = (data) => (0,external_node_crypto_.createHash)('sha256').update(data, 'utf8').digest('hex');
const hmac = (key, data) => (0,external_node_crypto_.createHmac)('sha256', key).update(data, 'utf8').digest();
/** RFC 3986 encoding, as SigV4 wants it: everything but unreserved characters. */
function encode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * The headers that sign a request with AWS Signature Version 4 (AWS's "Create a signed AWS API
 * request" steps): X-Amz-Date, X-Amz-Security-Token for temporary keys, and Authorization.
 */
function signV4(request, keys, region, service, now) {
    const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const date = amzDate.slice(0, 8);
    const added = { 'X-Amz-Date': amzDate, ...(keys.sessionToken ? { 'X-Amz-Security-Token': keys.sessionToken } : {}) };
    const all = new Map();
    for (const [name, value] of Object.entries({ Host: request.url.host, ...request.headers, ...added })) {
        all.set(name.toLowerCase(), value.trim().replace(/\s+/g, ' '));
    }
    const names = [...all.keys()].sort();
    const signedHeaders = names.join(';');
    const canonicalHeaders = names.map((name) => `${name}:${all.get(name)}\n`).join('');
    const path = request.url.pathname.split('/').map((segment) => encode(decodeURIComponent(segment))).join('/') || '/';
    const query = [...request.url.searchParams]
        .map(([key, value]) => [encode(key), encode(value)])
        .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
        .map(([key, value]) => `${key}=${value}`)
        .join('&');
    const canonicalRequest = [request.method, path, query, canonicalHeaders, signedHeaders, sha256Hex(request.body)].join('\n');
    const scope = `${date}/${region}/${service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
    const signingKey = hmac(hmac(hmac(hmac(`AWS4${keys.secretAccessKey}`, date), region), service), 'aws4_request');
    const signature = (0,external_node_crypto_.createHmac)('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
    return { ...added, Authorization: `AWS4-HMAC-SHA256 Credential=${keys.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}` };
}

;// CONCATENATED MODULE: ./src/core/oci/cloud-login.ts







const REQUEST_IDLE_MS = 10_000;
const RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 4_000 };
/** `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`, as the ECR docs and fluxcd/pkg auth/aws parse it. */
const ECR_HOST = /^\d{12}\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
/** GCR and Artifact Registry hosts: `gcr.io`, `eu.gcr.io`, `europe-west1-docker.pkg.dev`. */
const GOOGLE_HOST = /^(?:[a-z0-9-]+\.)?gcr\.io$|^[a-z0-9-]+-docker\.pkg\.dev$/;
/** The credential the `provider` input asks for, fetched once, for its registry only. */
function cloudCredentials(provider, registry, deps) {
    let fetched;
    return {
        forRegistry: (host) => {
            if (host !== registry)
                return Promise.resolve(undefined);
            fetched ??= provider === 'aws' ? ecrLogin(registry, deps) : provider === 'azure' ? acrLogin(registry, deps) : googleLogin(registry, deps);
            return fetched;
        },
    };
}
/**
 * ECR: `GetAuthorizationToken`, signed with the keys in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
 * (AWS_SESSION_TOKEN for temporary ones, as aws-actions/configure-aws-credentials exports them);
 * the answer is base64 `AWS:<password>`, valid 12 hours. AWS_ENDPOINT_URL_ECR / AWS_ENDPOINT_URL
 * point it elsewhere, as for the AWS CLI and SDKs.
 */
async function ecrLogin(registry, deps) {
    const { env } = deps;
    const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
    if (!accessKeyId || !secretAccessKey) {
        throw new errors/* ConfigurationError */.j1('is aws, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set: configure them first (aws-actions/configure-aws-credentials on GitHub, CI/CD variables on GitLab)', 'provider');
    }
    const region = ECR_HOST.exec(registry)?.[1] ?? (env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim());
    if (!region)
        throw new errors/* ConfigurationError */.j1(`is aws, but ${registry} is not an ECR host (<account>.dkr.ecr.<region>.amazonaws.com) and AWS_REGION is not set`, 'provider');
    deps.io.mask(secretAccessKey);
    const sessionToken = env.AWS_SESSION_TOKEN?.trim() || undefined;
    if (sessionToken)
        deps.io.mask(sessionToken);
    const endpoint = new URL(env.AWS_ENDPOINT_URL_ECR?.trim() || env.AWS_ENDPOINT_URL?.trim() || `https://api.ecr.${region}.amazonaws.com`);
    const body = '{}';
    const headers = { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken' };
    const signed = signV4({ method: 'POST', url: endpoint, headers, body }, { accessKeyId, secretAccessKey, sessionToken }, region, 'ecr', (deps.now ?? (() => new Date()))());
    const response = await call('ECR GetAuthorizationToken', endpoint, deps, { method: 'POST', headers: { ...headers, ...signed }, body });
    const data = parseJson(response, 'ECR GetAuthorizationToken');
    const token = data.authorizationData?.[0]?.authorizationToken;
    const decoded = typeof token === 'string' ? Buffer.from(token, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        throw new errors/* ActionFailure */.dR('ECR GetAuthorizationToken answered without an authorization token.');
    const password = decoded.slice(colon + 1);
    deps.io.mask(password);
    deps.io.mask(token);
    return { username: decoded.slice(0, colon), password, source: 'the aws provider (ECR GetAuthorizationToken)' };
}
/** The user name ACR gives every refresh token (what `az acr login` logs in docker with). */
const ACR_TOKEN_USER = '00000000-0000-0000-0000-000000000000';
/**
 * ACR: an Entra ID (Azure AD) access token for the service principal in AZURE_TENANT_ID /
 * AZURE_CLIENT_ID with AZURE_CLIENT_SECRET, or with the workload-identity token in
 * AZURE_FEDERATED_TOKEN_FILE (AZURE_AUTHORITY_HOST for other clouds, as azidentity reads them),
 * exchanged at the registry's `/oauth2/exchange` for an ACR refresh token, which the token
 * realm then turns into scoped tokens (the identity-token path).
 */
async function acrLogin(registry, deps) {
    const { env } = deps;
    const tenant = env.AZURE_TENANT_ID?.trim();
    const clientId = env.AZURE_CLIENT_ID?.trim();
    const secret = env.AZURE_CLIENT_SECRET?.trim();
    const assertionFile = env.AZURE_FEDERATED_TOKEN_FILE?.trim();
    if (!tenant || !clientId || !(secret || assertionFile)) {
        throw new errors/* ConfigurationError */.j1('is azure, but AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or AZURE_FEDERATED_TOKEN_FILE) are not set: set them, or run az acr login first and leave provider generic', 'provider');
    }
    if (secret)
        deps.io.mask(secret);
    const form = new URLSearchParams({ client_id: clientId, scope: 'https://management.azure.com/.default', grant_type: 'client_credentials' });
    if (secret)
        form.set('client_secret', secret);
    else {
        const assertion = (await (0,promises_.readFile)(assertionFile, 'utf8').catch(() => {
            throw new errors/* ConfigurationError */.j1(`is azure, but AZURE_FEDERATED_TOKEN_FILE (${assertionFile}) cannot be read`, 'provider');
        })).trim();
        deps.io.mask(assertion);
        form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
        form.set('client_assertion', assertion);
    }
    const authority = (env.AZURE_AUTHORITY_HOST?.trim() || 'https://login.microsoftonline.com').replace(/\/+$/, '');
    const tokenUrl = new URL(`${authority}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`);
    const aad = parseJson(await call('Entra ID', tokenUrl, deps, postForm(form)), 'Entra ID').access_token;
    if (typeof aad !== 'string' || !aad)
        throw new errors/* ActionFailure */.dR('Entra ID answered without an access token.');
    deps.io.mask(aad);
    const exchangeUrl = new URL('/oauth2/exchange', deps.registryUrl ?? `https://${registry}`);
    const exchange = new URLSearchParams({ grant_type: 'access_token', service: registry, tenant, access_token: aad });
    const refresh = parseJson(await call(`The token exchange of ${registry}`, exchangeUrl, deps, postForm(exchange)), 'ACR').refresh_token;
    if (typeof refresh !== 'string' || !refresh)
        throw new errors/* ActionFailure */.dR(`The token exchange of ${registry} answered without a refresh token.`);
    deps.io.mask(refresh);
    return { username: ACR_TOKEN_USER, identityToken: refresh, source: 'the azure provider (ACR token exchange)' };
}
function postForm(form) {
    return { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() };
}
/**
 * GCR / Artifact Registry: an OAuth2 access token as the password of `oauth2accesstoken`. From
 * GOOGLE_OAUTH_ACCESS_TOKEN or CLOUDSDK_AUTH_ACCESS_TOKEN (what google-github-actions/auth gives
 * with token_format: access_token), else the metadata server of a GCE/GKE/Cloud Build runner
 * (GCE_METADATA_HOST points it elsewhere, as for Google's client libraries).
 */
async function googleLogin(registry, deps) {
    const { env } = deps;
    if (!GOOGLE_HOST.test(registry) && !env.GCE_METADATA_HOST) {
        deps.io.info(`${registry} does not look like a GCR or Artifact Registry host; logging in with a Google access token all the same.`);
    }
    const given = env.GOOGLE_OAUTH_ACCESS_TOKEN?.trim() || env.CLOUDSDK_AUTH_ACCESS_TOKEN?.trim();
    if (given) {
        deps.io.mask(given);
        return { username: 'oauth2accesstoken', password: given, source: 'the gcp provider (GOOGLE_OAUTH_ACCESS_TOKEN)' };
    }
    const url = new URL(`http://${env.GCE_METADATA_HOST?.trim() || 'metadata.google.internal'}/computeMetadata/v1/instance/service-accounts/default/token`);
    let response;
    try {
        response = await call('the GCE metadata server', url, deps, { method: 'GET', headers: { 'Metadata-Flavor': 'Google' } });
    }
    catch (error) {
        if (!(error instanceof HttpConnectionError))
            throw error;
        throw new errors/* ConfigurationError */.j1('is gcp, but there is no Google access token: set GOOGLE_OAUTH_ACCESS_TOKEN (google-github-actions/auth with token_format: access_token) or run on Google Cloud, where the metadata server gives one', 'provider');
    }
    const token = parseJson(response, 'The GCE metadata server').access_token;
    if (typeof token !== 'string' || !token)
        throw new errors/* ActionFailure */.dR('The GCE metadata server answered without an access token.');
    deps.io.mask(token);
    return { username: 'oauth2accesstoken', password: token, source: 'the gcp provider (GCE metadata server)' };
}
async function call(what, url, deps, request) {
    const response = await sendWithRetries({ ...request, url, idleTimeoutMs: REQUEST_IDLE_MS }, deps.retry ?? RETRY);
    if (response.status === 200)
        return response;
    const { text } = describeErrorBody(response.body);
    const answer = text ?? (0,secret_forms/* clipRemoteText */.wy)(response.body.toString('utf8').trim(), 200);
    throw new errors/* ActionFailure */.dR(`${what} at ${url.origin} refused the login (HTTP ${response.status})${answer ? `: ${answer}` : ''}.`);
}
function parseJson(response, what) {
    try {
        return JSON.parse(response.body.toString('utf8'));
    }
    catch {
        throw new errors/* ActionFailure */.dR(`${what} answered with something that is not JSON.`);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/core/cleanup.ts
var cleanup = __webpack_require__(3639);
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
/** After SIGTERM, how long a cancelled group gets to exit before SIGKILL. */
const STOP_GRACE_MS = 3_000;
/** After the program exits, how long its leftover children may hold its output pipes open. */
const ORPHAN_GRACE_MS = 5_000;
/**
 * Runs one program to completion within a time limit and never throws for a non-zero exit:
 * callers decide what a failure means (a rejected push is an outcome, not an exception).
 * Rejects only when the program cannot be started.
 *
 * The program leads its own process group, and the group is what gets stopped (at the time
 * limit, on `signal`, on cancellation of the whole run): `git clone` leaves `git-remote-http`
 * children holding the pipes, `buildah` its RUN steps; killing the program alone left them
 * running and this promise pending for ever.
 */
function runProcess(request) {
    return new Promise((resolve, reject) => {
        if (request.signal?.aborted) {
            reject(cancelled(request));
            return;
        }
        const env = withoutActionInputs(request.env ?? process.env);
        const child = (0,external_node_child_process_.spawn)(request.program, [...request.args], { cwd: request.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
        const stdout = [];
        const stderr = [];
        const streams = request.onLine ? [lineSplitter(request.onLine), lineSplitter(request.onLine)] : undefined;
        child.stdout.on('data', (chunk) => (streams ? streams[0].push(chunk) : stdout.push(chunk)));
        child.stderr.on('data', (chunk) => (streams ? streams[1].push(chunk) : stderr.push(chunk)));
        let timedOut = false;
        let exited = false;
        const timers = [];
        const group = child.pid;
        const stop = () => {
            if (group === undefined)
                return Promise.resolve();
            if (exited) {
                killGroup(group, 'SIGKILL');
                return Promise.resolve();
            }
            killGroup(group, 'SIGTERM');
            return new Promise((done) => {
                const force = setTimeout(() => {
                    killGroup(group, 'SIGKILL');
                    done();
                }, STOP_GRACE_MS);
                child.once('exit', () => {
                    clearTimeout(force);
                    // What the program left behind in its group goes with it.
                    killGroup(group, 'SIGKILL');
                    done();
                });
            });
        };
        const unregister = cleanup/* processCleanups */.h.add(stop);
        const onAbort = () => void stop();
        request.signal?.addEventListener('abort', onAbort, { once: true });
        const finish = () => {
            for (const timer of timers)
                clearTimeout(timer);
            unregister();
            request.signal?.removeEventListener('abort', onAbort);
        };
        timers.push(setTimeout(() => {
            timedOut = true;
            if (group !== undefined)
                killGroup(group, 'SIGKILL');
        }, request.timeoutMs));
        child.once('exit', () => {
            exited = true;
            // Orphans that keep stdout/stderr open would hold 'close' back for ever.
            if (group !== undefined)
                timers.push(setTimeout(() => killGroup(group, 'SIGKILL'), ORPHAN_GRACE_MS));
        });
        child.once('error', (error) => {
            finish();
            reject(error.code === 'ENOENT' ? new ProgramNotFoundError(request.program) : error);
        });
        child.once('close', (code, signal) => {
            finish();
            for (const stream of streams ?? [])
                stream.end();
            if (request.signal?.aborted) {
                reject(cancelled(request));
                return;
            }
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
/**
 * The environment without the action's inputs. On GitHub and in the CLI the inputs, secrets
 * included (`INPUT_TOKEN`, `INPUT_PASSWORD`), are environment variables of this process; git, its
 * hooks and credential helpers, buildah and whatever they start have no use for them, and a child
 * that dumps its environment would show them unmasked. Credentials a child needs are given to it
 * on purpose, in its own variables or files.
 */
function withoutActionInputs(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !/^INPUT_/i.test(name)));
}
/** The run was cancelled while (or before) the program ran: not a failure of the program. */
class ProcessCancelledError extends Error {
    name = 'ProcessCancelledError';
}
function cancelled(request) {
    return new ProcessCancelledError(`${request.program} was stopped: the run was cancelled`);
}
/** Signals every process of a group; a group already gone is what we wanted. */
function killGroup(group, signal) {
    try {
        process.kill(-group, signal);
    }
    catch {
        // ESRCH: nothing left in the group.
    }
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
 * The entry for a registry and repository, the most specific first, as docker, containers/image
 * and go-containerregistry choose: for `host/team/app`, a key `host/team/app`, then `host/team`,
 * then the host alone (any scheme, Docker Hub's `/v1/`). A key scoped to another repository is
 * never used; without a repository, the host's own key wins over any scoped one.
 */
function findEntry(record, registry, repository) {
    if (!record)
        return undefined;
    let best;
    let anyScoped;
    for (const [key, value] of Object.entries(record)) {
        if (normaliseHost(configKeyHost(key)) !== registry)
            continue;
        const scope = repositoryPath(key);
        let depth = 0;
        if (scope) {
            anyScoped ??= value;
            if (!repository || (repository !== scope && !repository.startsWith(`${scope}/`)))
                continue;
            depth = scope.split('/').length;
        }
        if (!best || depth > best.depth)
            best = { value, depth };
    }
    // Asked for the host alone and it has only scoped logins: the registry's own is all there is.
    return best?.value ?? (repository ? undefined : anyScoped);
}
/** `ghcr.io/org` or `https://ghcr.io/org/` -> `org`; empty for a host key or Docker Hub's `https://index.docker.io/v1/`. */
function repositoryPath(key) {
    return key.replace(/^[a-z]+:\/\//i, '').replace(/^[^/]*/, '').replace(/^\/v[12]\/?$/, '').replace(/^\/+|\/+$/g, '');
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
    const { io } = options;
    const env = options.env;
    let loaded;
    const configs = () => {
        const files = options.file ? [options.file] : dockerConfigFiles(env, options.homeDir);
        loaded ??= Promise.all(files.map(loadConfig)).then((all) => all.filter((c) => c !== undefined));
        return loaded;
    };
    const answers = new Map();
    const lookup = async (registry, repository) => {
        const found = await configs();
        if (options.file && found.length === 0)
            throw new errors/* ConfigurationError */.j1(`"${options.file}" does not exist`, 'docker-config');
        for (const { file, config } of found) {
            const helper = findEntry(config.credHelpers, registry, repository);
            if (helper)
                return runCredentialHelper(helper, registry, env, io);
            const entry = findEntry(config.auths, registry, repository);
            const credential = entry && entryCredential(entry, `the docker config ${file}`, io);
            if (credential)
                return credential;
            if (entry && config.credsStore)
                return runCredentialHelper(config.credsStore, registry, env, io);
        }
        if (options.file) {
            const target = repository ? `${registry}/${repository}` : registry;
            throw new errors/* ConfigurationError */.j1(`"${options.file}" holds no credentials for ${target}: log in to ${registry} with that file (docker login, buildah login --authfile) or name the file that has them`, 'docker-config');
        }
        return undefined;
    };
    return {
        forRegistry(registry, repository) {
            // Helpers are processes: ask each one once per registry and repository, whatever the number of clients.
            const key = `${registry}/${repository ?? ''}`;
            let answer = answers.get(key);
            if (!answer) {
                answer = lookup(registry, repository);
                answers.set(key, answer);
            }
            return answer;
        },
    };
}

;// CONCATENATED MODULE: ./src/core/oci/login-inputs.ts


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
        throw new errors/* ConfigurationError */.j1('is required when the username input is set', 'password');
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
        return (0,oci_reference/* parseImageReference */.o_)(`${text.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '')}/x`).registry;
    }
    catch {
        return undefined;
    }
}
function present(value) {
    return value && value.trim() ? value.trim() : undefined;
}

;// CONCATENATED MODULE: ./src/core/oci/credentials.ts


const anonymous = { forRegistry: async () => undefined };
/** Tries each source in turn; the first that knows the registry wins. */
function chainCredentials(...sources) {
    return {
        async forRegistry(registry, repository) {
            for (const source of sources) {
                const found = await source.forRegistry(registry, repository);
                if (found)
                    return found;
            }
            return undefined;
        },
    };
}
/** One fixed credential, for the registries named (all when none are). */
function fixedCredential(credential, registries) {
    if (!credential)
        return anonymous;
    const only = registries ? new Set(registries) : undefined;
    return { forRegistry: async (registry) => (!only || only.has(registry) ? credential : undefined) };
}
/** The inputs as a source; the password is masked at once. */
function inputCredentials(inputs, io, env = {}) {
    if (inputs.password)
        io.mask(inputs.password);
    if (!inputs.registries) {
        if (inputs.username || inputs.password)
            credentialFromInputs(undefined, inputs, env); // checks the pair
        return {
            forRegistry: async (registry) => credentialFromInputs(registry, inputs, env),
        };
    }
    const credentials = new Map(inputs.registries.map((registry) => [registry, credentialFromInputs(registry, inputs, env)]));
    return { forRegistry: async (registry) => credentials.get(registry) };
}
function ciVariableCredentials(env, io) {
    return {
        forRegistry: async (registry) => {
            const found = ciVariableCredential(registry, env);
            if (found?.password)
                io.mask(found.password);
            return found;
        },
    };
}
function githubTokenCredentials(env, io, githubToken) {
    return {
        forRegistry: async (registry) => {
            const found = githubTokenCredential(registry, githubToken, env);
            if (found?.password)
                io.mask(found.password);
            return found;
        },
    };
}
/**
 * The order users expect: explicit inputs, then the CI variables of the registry's own host, then
 * a `docker login` / `buildah login` on the machine (or the file the `docker-config` input names),
 * then the GitHub token for ghcr.io. Config files are read once, on first use.
 */
function defaultCredentialSource(options) {
    const env = options.env ?? process.env;
    return chainCredentials(inputCredentials(options, options.io, env), ciVariableCredentials(env, options.io), dockerConfigCredentials({ env, io: options.io, homeDir: options.homeDir, file: options.dockerConfigFile }), githubTokenCredentials(env, options.io, options.githubToken));
}
/** `https://ghcr.io/v1/` -> `ghcr.io`: docker config keys come in several spellings. */
function configKeyHost(key) {
    return key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
}

;// CONCATENATED MODULE: ./src/core/oci/transport.ts




const PROBE_TIMEOUT_MS = 10_000;
/** A reset or a stall is retried, never read as "no TLS here". */
const PROBE_RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 2_000 };
/**
 * What a TLS client sees when the server answers in plain HTTP: OpenSSL reads the start of
 * `HTTP/1.1 400` as a record header ("wrong version number", "packet length too long").
 */
function isPlainHttpAnswer(error) {
    if (!(error instanceof HttpConnectionError))
        return false;
    const cause = error.cause?.message ?? '';
    return error.code === 'ERR_SSL_WRONG_VERSION_NUMBER' || (error.code === 'EPROTO' && /wrong version number|packet length too long|http request/i.test(cause));
}
/**
 * `localhost`, 127.0.0.0/8 and `::1`: a registry there is on this machine, where plain HTTP
 * exposes nothing on a network; go-containerregistry and Flux use plain HTTP for them too.
 */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(1, registry.indexOf(']')) : registry.replace(/:\d+$/, '');
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/**
 * How to reach a registry. Verified HTTPS, except:
 * - a loopback registry (see isLoopbackRegistry) that answers HTTPS in plain HTTP is spoken to
 *   in plain HTTP, with verification still on for every other host;
 * - with `insecure` (containers/image's --tls-verify=false), HTTPS without verification, and plain
 *   HTTP only for a registry that does not speak TLS at all.
 * The switch happens only on proof, an HTTP answer to the TLS handshake followed by a registry
 * answer in plain HTTP, and is logged; a reset or a stall is retried and then fails, so a
 * registry that speaks TLS is never downgraded (the password would go out in clear).
 */
async function registryTransport(registry, options) {
    const tls = { caFile: options.caFile, insecureSkipVerify: options.insecure };
    const loopback = isLoopbackRegistry(registry);
    if (!options.insecure && !loopback)
        return { tls, plainHttp: false };
    const host = (0,oci_reference/* registryApiHost */.Mb)(registry);
    try {
        await sendWithRetries({ method: 'GET', url: new URL(`https://${host}/v2/`), tls, idleTimeoutMs: PROBE_TIMEOUT_MS }, options.retry ?? PROBE_RETRY);
        return { tls, plainHttp: false };
    }
    catch (error) {
        if (!isPlainHttpAnswer(error))
            throw error;
        try {
            await send({ method: 'GET', url: new URL(`http://${host}/v2/`), idleTimeoutMs: PROBE_TIMEOUT_MS });
        }
        catch {
            throw error; // neither TLS nor plain HTTP: the HTTPS failure says more
        }
        if (loopback)
            options.io.info(`${registry} does not speak TLS: using plain HTTP, as for any registry on this machine.`);
        else
            options.io.warning(`${registry} does not speak TLS: using plain HTTP, as the insecure input allows; credentials cross the network in clear.`);
        return { tls, plainHttp: true };
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
    const moves = await moveTags(registry, repository, manifest, tags, io);
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
    const transport = await registryTransport(registry, { insecure: inputs.insecure, caFile: inputs.caFile, io });
    const registryUrl = new URL(`${transport.plainHttp ? 'http' : 'https'}://${(0,oci_reference/* registryApiHost */.Mb)(registry)}`);
    const credentials = inputs.provider !== 'generic'
        ? cloudCredentials(inputs.provider, registry, { env, io, registryUrl })
        : defaultCredentialSource({ username, password: password?.reveal(), githubToken: githubToken?.reveal(), registries: [registry], dockerConfigFile, io, env });
    // The whole push's deadline (flux's --timeout): every registry request stops at it.
    const deadline = AbortSignal.timeout(inputs.timeoutMs);
    const client = new RegistryClient({ registry, credentials, io, ...transport, signal: AbortSignal.any([runtime.signal, deadline]) });
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
