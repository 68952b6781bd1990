export const id = 811;
export const ids = [811];
export const modules = {

/***/ 19811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBumpManifest: () => (/* binding */ runBumpManifest)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/git/commit-message.ts
var commit_message = __webpack_require__(13725);
// EXTERNAL MODULE: ./src/core/backoff.ts
var backoff = __webpack_require__(93915);
;// CONCATENATED MODULE: ./src/core/git/publish.ts


const PUSH_BACKOFF = { baseDelayMs: 500, maxDelayMs: 8_000 };
/**
 * Commit and push with bounded retries. On a non-fast-forward (or a lost ref-lock race on the
 * server) it never merges or rebases: it fetches the new tip, moves to it and re-applies the
 * edit, which cannot conflict. Each retry waits a full-jitter exponential backoff so concurrent
 * pipelines spread out instead of colliding again in lockstep.
 */
async function commitAndPush(options) {
    const { repository, io } = options;
    const wait = options.sleep ?? backoff/* sleep */.y;
    const random = options.random ?? Math.random;
    const target = options.pushBranch ?? options.branch;
    const attempts = options.retries + 1;
    for (let attempt = 1;; attempt++) {
        const change = await options.applyChange();
        const changed = await repository.changedPaths(change.paths);
        if (changed.length === 0) {
            const commit = await repository.head();
            io.info(attempt === 1
                ? `Nothing to change: branch "${options.branch}" already holds the update (${commit.slice(0, 12)})`
                : `Another pipeline already pushed the same update to "${options.branch}" (${commit.slice(0, 12)}); nothing to commit`);
            return { changed: false, commit, paths: [], attempts: attempt };
        }
        const commit = await repository.commit(changed, change.message, options.author);
        const outcome = await repository.push(target, { force: options.pushBranch !== undefined });
        if (outcome.kind === 'pushed') {
            io.info(`Pushed ${commit.slice(0, 12)} to "${target}" of ${repository.remote.display}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
            return { changed: true, commit, paths: changed, attempts: attempt };
        }
        if (outcome.kind === 'answer-lost') {
            // A push can land and lose its answer (a proxy cut, a server restart): the branch says which.
            const tip = await repository.fetchBranch(target).catch(() => undefined);
            if (tip === commit) {
                io.warning(`The answer to the push was lost (${outcome.reason}), but "${target}" of ${repository.remote.display} holds ${commit.slice(0, 12)}: it landed`);
                return { changed: true, commit, paths: changed, attempts: attempt };
            }
            if (tip === undefined || attempt >= attempts)
                throw outcome.failure;
            io.warning(`The push to "${target}" failed on the way (${outcome.reason}) and did not land; trying again`);
        }
        if (outcome.kind === 'remote-moved' && attempt >= attempts) {
            throw new errors/* ActionFailure */.dR(`branch "${target}" of ${repository.remote.display} kept moving: gave up after ${attempts} push attempts ` +
                `(last: ${outcome.reason}); raise "push-retries" or serialise the pipelines that write to it`);
        }
        const delay = (0,backoff/* backoffDelay */.E)(attempt, PUSH_BACKOFF, 'full', random);
        if (outcome.kind === 'remote-moved')
            io.info(`Branch "${target}" moved while pushing (${outcome.reason}); re-applying on the new tip in ${delay} ms`);
        await wait(delay);
        const tip = await repository.fetchBranch(options.branch);
        // Not `reset --hard`: in a user's checkout that would also throw away their unrelated
        // uncommitted changes. Our own paths are committed, so they switch cleanly; git refuses
        // (and we report) only if a local change is in a file the new tip changed.
        await repository.detachAt(tip);
    }
}

// EXTERNAL MODULE: ./src/core/http/proxy.ts
var proxy = __webpack_require__(19388);
// EXTERNAL MODULE: ./src/core/process.ts
var core_process = __webpack_require__(99978);
;// CONCATENATED MODULE: ./src/core/git/runner.ts


/**
 * What every git command we run needs whatever the runner's own settings: no prompt that would
 * hang a CI job, and English messages because rejections are recognised by their text.
 */
const NON_INTERACTIVE_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    // Empty, not unset: git skips an empty askpass program, so a helper left on the runner
    // cannot be asked for (or invent) credentials we did not give.
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    LC_ALL: 'C',
    LANGUAGE: 'C',
};
/** The real `git` binary on PATH (or `gitBinary`), with a bounded run time. */
function createGitRunner(options = {}) {
    const binary = options.gitBinary ?? 'git';
    const baseEnv = options.baseEnv ?? process.env;
    const timeoutMs = options.timeoutMs ?? 300_000;
    return async (args, runOptions) => {
        let result;
        try {
            result = await (0,core_process/* runProcess */.R3)({
                program: binary,
                args,
                cwd: runOptions.cwd,
                env: { ...baseEnv, ...(0,proxy/* curlProxyEnv */.g)(baseEnv), ...NON_INTERACTIVE_ENV, ...runOptions.env },
                input: runOptions.input,
                timeoutMs,
            });
        }
        catch (error) {
            if (error instanceof core_process/* ProgramNotFoundError */.oo)
                throw new Error(`git was not found (looked for "${binary}" on PATH); install git on the runner`, { cause: error });
            throw error;
        }
        const killed = result.signal ? `git ${args[0] ?? ''} was killed by ${result.signal} (time limit ${timeoutMs} ms)\n` : '';
        return { code: result.code, stdout: result.stdout, stderr: killed + result.stderr };
    };
}

// EXTERNAL MODULE: ./src/core/config-edit/image-update.ts
var image_update = __webpack_require__(60716);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/config-edit/kustomize-entry.ts

/** The fields an entry may carry besides `name`, in the order a new field is placed. */
const ENTRY_FIELDS = ['newName', 'newTag', 'digest'];
function resolve(given, existing) {
    return given === image_update/* PRESERVE */.bx ? existing : given;
}
/**
 * The entry `kustomize edit set image` leaves: the old entry is replaced wholesale, so a field the
 * update does not give is dropped unless it is `*` (preserve). An entry found through its
 * `newName` (the update named the image the overlay really runs) keeps that `newName` unless the
 * update renames it, as `set image <name>=<newName>:<tag>` would.
 */
function setImageEntry(current, update, matchedByNewName) {
    const next = { name: current.name };
    const newName = resolve(matchedByNewName ? (update.newName ?? image_update/* PRESERVE */.bx) : update.newName, current.newName);
    const newTag = resolve(update.newTag, current.newTag);
    const digest = resolve(update.newDigest, current.digest);
    if (newName !== undefined)
        next.newName = newName;
    if (newTag !== undefined)
        next.newTag = newTag;
    if (digest !== undefined)
        next.digest = digest;
    return next;
}
/** Argo CD's `spec.source.kustomize.images` strings: `[name=]newName[:tag][@digest]` or `name[:tag][@digest]`. */
function formatImageOverride(entry) {
    const suffix = `${entry.newTag ? `:${entry.newTag}` : ''}${entry.digest ? `@${entry.digest}` : ''}`;
    return entry.newName ? `${entry.name}=${entry.newName}${suffix}` : `${entry.name}${suffix}`;
}

;// CONCATENATED MODULE: ./src/core/config-edit/text-edits.ts
function eolOf(source) {
    const newline = source.indexOf('\n');
    return newline > 0 && source[newline - 1] === '\r' ? '\r\n' : '\n';
}
function lineStartOf(source, offset) {
    return source.lastIndexOf('\n', offset - 1) + 1;
}
/** The offset of the line break (or end of text) ending the line that holds `offset`; a `\r` before `\n` belongs to the break. */
function lineEndOf(source, offset) {
    const newline = source.indexOf('\n', offset);
    if (newline < 0)
        return source.length;
    return newline > 0 && source[newline - 1] === '\r' ? newline - 1 : newline;
}
function lineNumberAt(source, offset) {
    let line = 1;
    for (let index = source.indexOf('\n'); index >= 0 && index < offset; index = source.indexOf('\n', index + 1))
        line++;
    return line;
}
/** Two requested changes want different text at the same place (e.g. an image update and a `set` on its tag key). */
class OverlappingEditsError extends Error {
    offset;
    constructor(offset) {
        super(`overlapping edits at offset ${offset}`);
        this.offset = offset;
    }
}
/** The edits in file order; overlapping ones are an OverlappingEditsError. */
function sortedEdits(edits) {
    const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let index = 1; index < ordered.length; index++) {
        const previous = ordered[index - 1];
        const current = ordered[index];
        if (current.start < previous.end)
            throw new OverlappingEditsError(current.start);
    }
    return ordered;
}
function applyTextEdits(source, edits) {
    let result = '';
    let cursor = 0;
    for (const edit of sortedEdits(edits)) {
        result += source.slice(cursor, edit.start) + edit.text;
        cursor = edit.end;
    }
    return result + source.slice(cursor);
}
/** The whole lines each edit touches, before and after, for logs and PR bodies (line breaks shown as `\n`). */
function describeChanges(source, edits) {
    return sortedEdits(edits).map((edit) => {
        const start = lineStartOf(source, edit.start);
        const end = lineEndOf(source, Math.max(edit.end, edit.start));
        const before = source.slice(start, end);
        const after = source.slice(start, edit.start) + edit.text + source.slice(edit.end, end);
        return { line: lineNumberAt(source, edit.start), before: stripCarriageReturns(before), after: stripCarriageReturns(after) };
    });
}
function stripCarriageReturns(text) {
    return text.replace(/\r\n/g, '\n');
}

;// CONCATENATED MODULE: ./src/core/config-edit/unparseable.ts

/**
 * A selected file that is not valid YAML or JSON. The plan skips it (with a warning) when it does
 * not hold a requested image, and fails with this error, which names file and line, when it does.
 */
class UnparseableFileError extends errors/* ConfigurationError */.j1 {
    detail;
    constructor(detail) {
        super(detail, 'files');
        this.detail = detail;
    }
}

;// CONCATENATED MODULE: ./src/core/config-edit/yaml-nodes.ts



/** All documents of a YAML stream; a syntax error is a ConfigurationError naming file, line and column. */
function parseYamlFile(path, source) {
    const documents = (0,dist/* parseAllDocuments */.hR)(source, { prettyErrors: true });
    const list = Array.isArray(documents) ? documents : [];
    for (const document of list) {
        const error = document.errors[0];
        if (error) {
            const position = error.linePos?.[0];
            const where = position ? `${path}:${position.line}:${position.col}` : path;
            throw new UnparseableFileError(`${where}: malformed YAML: ${error.message.split('\n')[0]}`);
        }
    }
    return list;
}
/** The text of a scalar as written (`1.19` stays `1.19`, not the number 1.19); undefined for non-scalars. */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    const value = node.value;
    if (typeof value === 'string')
        return value;
    if (value === null || value === undefined)
        return undefined;
    if (node.source !== undefined)
        return node.source;
    // Under the core schema we parse with, a scalar holds a number or a boolean.
    return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : JSON.stringify(value);
}
function mapEntry(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    return map.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key);
}
function mapValue(map, key) {
    return mapEntry(map, key)?.value;
}
/** Follows a path of map keys and sequence indices (`0`, `1`…); undefined when any step is missing. */
function nodeAt(root, path) {
    let current = root;
    for (const step of path) {
        if ((0,dist/* isSeq */.oP)(current)) {
            current = /^\d+$/.test(step) ? current.items[Number(step)] : undefined;
        }
        else {
            current = mapValue(current, step);
        }
        if (current === undefined)
            return undefined;
    }
    return current;
}
/**
 * Answers of isSafePlain: one bump writes the same few values into hundreds of files, and each
 * answer costs two parses. Bounded, as a long-running caller (tests, a CLI loop) sees new values.
 */
const safePlainAnswers = new Map();
const SAFE_PLAIN_ANSWERS_KEPT = 1024;
/** A string YAML 1.2 and YAML 1.1 readers (Helm, kubectl's older stacks) both read back as itself. */
function isSafePlain(value) {
    let answer = safePlainAnswers.get(value);
    if (answer === undefined) {
        answer = readsBackAsItself(value);
        if (safePlainAnswers.size >= SAFE_PLAIN_ANSWERS_KEPT)
            safePlainAnswers.clear();
        safePlainAnswers.set(value, answer);
    }
    return answer;
}
function readsBackAsItself(value) {
    if (!value || value !== value.trim() || /[\0-\x1f\x7f]/.test(value))
        return false;
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) || /[,[\]{}]|: | #|:$/.test(value))
        return false;
    const asCore = (0,dist/* parse */.qg)(value);
    const asOld = (0,dist/* parse */.qg)(value, { version: '1.1' });
    return asCore === value && asOld === value;
}
/** The new scalar's source: the old quote style when it had one, quoted when a plain scalar would change type. */
function renderScalar(value, previousType) {
    if (previousType === dist/* Scalar */.X5.QUOTE_SINGLE && !/[\0-\x1f\x7f]/.test(value))
        return `'${value.replace(/'/g, "''")}'`;
    if (previousType !== dist/* Scalar */.X5.QUOTE_DOUBLE && isSafePlain(value))
        return value;
    return JSON.stringify(value);
}
/**
 * Replaces a scalar's bytes (anchor and tag untouched); nothing when the text already says `value`.
 * With `keepType`, a plain number or boolean replaced by another one stays plain (`replicas: 3`).
 */
function replaceScalar(source, node, value, keepType = false) {
    if (scalarText(node) === value && typeof node.value === 'string')
        return undefined;
    const oldType = typeof node.value;
    // A number stays plain only when it reads back as the same text: `1.30` would be the float 1.3.
    const readsBack = (parsed) => typeof parsed === oldType && String(parsed) === value;
    if (keepType && node.type === dist/* Scalar */.X5.PLAIN && (oldType === 'number' || oldType === 'boolean') && readsBack((0,dist/* parse */.qg)(value)) && !/[\s#]/.test(value)) {
        return source.slice(node.range[0], node.range[1]) === value ? undefined : { start: node.range[0], end: node.range[1], text: value };
    }
    const [start, end] = node.range;
    const isBlock = node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED;
    // A block scalar's range runs past its own line break, which must stay.
    const blockEnd = isBlock ? lineEndOf(source, Math.max(start, end - 1)) : end;
    const rendered = renderScalar(value, isBlock ? undefined : node.type);
    if (source.slice(start, blockEnd) === rendered)
        return undefined;
    // An empty value (`tag:`) has a zero-width range right after the colon.
    const gap = start === blockEnd && source[start - 1] === ':' ? ' ' : '';
    return { start, end: blockEnd, text: gap + rendered };
}
function columnOf(source, offset) {
    return offset - lineStartOf(source, offset);
}
/**
 * Adds `key: value` to an existing map, before the pair named `beforeKey` when given (so sorted
 * maps stay sorted), else after the last pair, in the map's own layout (block or flow).
 */
function insertPair(source, map, key, value, beforeKey) {
    const pairs = map.items;
    const rendered = `${key}: ${renderScalar(value)}`;
    const first = pairs[0];
    if (!first)
        throw new Error('insertPair needs a map with at least one pair');
    const beforeIndex = beforeKey === undefined ? -1 : pairs.findIndex((pair) => String(pair.key.value) === beforeKey);
    if (map.flow) {
        if (beforeIndex >= 0)
            return { start: pairs[beforeIndex].key.range[0], end: pairs[beforeIndex].key.range[0], text: `${rendered}, ` };
        const last = pairs[pairs.length - 1];
        const end = (last.value ?? last.key).range[1];
        return { start: end, end, text: `, ${rendered}` };
    }
    const indent = ' '.repeat(columnOf(source, first.key.range[0]));
    if (beforeIndex > 0) {
        const at = lineStartOf(source, pairs[beforeIndex].key.range[0]);
        return { start: at, end: at, text: `${indent}${rendered}${lineBreakAt(source, at)}` };
    }
    if (beforeIndex === 0) {
        // The first pair may share its line with a `- ` sequence indicator: the new pair takes that place.
        const at = first.key.range[0];
        return { start: at, end: at, text: `${rendered}${lineBreakAt(source, at)}${indent}` };
    }
    const last = pairs[pairs.length - 1];
    const at = lineEndOf(source, Math.max((last.value ?? last.key).range[1] - 1, last.key.range[0]));
    return { start: at, end: at, text: `${lineBreakAt(source, at)}${indent}${rendered}` };
}
/** Removes a pair with its line (block) or its separator (flow); trailing comments on that line go with it. */
function deletePair(source, map, key) {
    const pairs = map.items;
    const index = pairs.findIndex((pair) => String(pair.key.value) === key);
    if (index < 0)
        return undefined;
    const pair = pairs[index];
    const next = pairs[index + 1];
    const valueEnd = (pair.value ?? pair.key).range[1];
    if (map.flow) {
        if (next)
            return { start: pair.key.range[0], end: next.key.range[0], text: '' };
        const previous = pairs[index - 1];
        return previous ? { start: (previous.value ?? previous.key).range[1], end: valueEnd, text: '' } : { start: pair.key.range[0], end: valueEnd, text: '' };
    }
    if (index === 0 && next)
        return { start: pair.key.range[0], end: next.key.range[0], text: '' };
    const start = lineStartOf(source, pair.key.range[0]);
    const lineEnd = lineEndOf(source, Math.max(valueEnd - 1, pair.key.range[0]));
    const end = source.indexOf('\n', lineEnd) < 0 ? source.length : source.indexOf('\n', lineEnd) + 1;
    return { start, end, text: '' };
}
function lineBreakAt(source, offset) {
    const newline = source.indexOf('\n', offset);
    if (newline > 0 && source[newline - 1] === '\r')
        return '\r\n';
    if (newline < 0 && source.includes('\r\n'))
        return '\r\n';
    return '\n';
}
/** Every map in a document, depth first, with whether it sits in a flow collection. */
function* walkMaps(node) {
    if ((0,dist/* isMap */.jh)(node)) {
        yield node;
        for (const pair of node.items)
            yield* walkMaps(pair.value);
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            yield* walkMaps(item);
    }
}

;// CONCATENATED MODULE: ./src/core/config-edit/targets/common.ts



/** How a `set` path found in a file is recorded in TargetResult.referenced (apart from image keys). */
function setKey(path) {
    return `set:${path}`;
}
function emptyResult() {
    return { edits: [], referenced: new Set() };
}
/** A scalar holding a whole image reference (`image: nginx:1.19`): rewritten when it names a requested image. */
function editImageString(source, node, updates, result) {
    const text = scalarText(node);
    if (text === undefined)
        return;
    const update = (0,image_update/* findUpdate */.$w)(text, updates);
    if (!update)
        return;
    result.referenced.add(update.key);
    const edit = replaceScalar(source, node, (0,image_update/* rewriteReference */.Yt)(text, update));
    if (edit)
        result.edits.push(edit);
}
/**
 * Splits `image.tag`, `containers.0.image`, `metadata.annotations.example\.com/v`: dots separate
 * keys unless escaped, numbers index sequences (the sjson syntax Kargo's yaml-update uses).
 */
function splitKeyPath(path, inputName) {
    const segments = [];
    let current = '';
    for (let index = 0; index < path.length; index++) {
        const char = path[index];
        if (char === '\\' && path[index + 1] === '.') {
            current += '.';
            index++;
        }
        else if (char === '.') {
            segments.push(current);
            current = '';
        }
        else {
            current += char;
        }
    }
    segments.push(current);
    if (segments.some((segment) => segment === ''))
        throw new errors/* ConfigurationError */.j1(`"${path}" is not a key path like image.tag`, inputName);
    return segments;
}

;// CONCATENATED MODULE: ./src/core/config-edit/targets/helm-values.ts






const DEFAULT_HELM_KEYS = { repository: 'image.repository', tag: 'image.tag' };
function keyPaths(keys) {
    const tag = splitKeyPath(keys?.tag ?? DEFAULT_HELM_KEYS.tag, 'helm-tag-key');
    return {
        repository: splitKeyPath(keys?.repository ?? DEFAULT_HELM_KEYS.repository, 'helm-repository-key'),
        tag,
        digest: keys?.digest ? splitKeyPath(keys.digest, 'helm-digest-key') : [...tag.slice(0, -1), 'digest'],
        digestConfigured: Boolean(keys?.digest),
    };
}
/** A registry spelled in a name: the first component when it has a dot or a port, or is localhost (Docker's rule). */
function splitRegistry(name) {
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    if (first && (first.includes('.') || first.includes(':') || first === 'localhost'))
        return { registry: first, rest: name.slice(slash + 1) };
    return { rest: name };
}
/**
 * Writes one matched image into its slots. Without an explicit mode the update decides: a tag
 * goes to the tag key, a digest to the digest key, both to both (or `tag@digest` in the tag key
 * when the chart has no digest key). A tag written alone clears a stale digest, as kustomize does.
 * A new name is written in the chart's own split (registry and repository apart when it has a
 * registry key), and refused when the split cannot say it. A digest alone is refused when the
 * chart has no digest key: a key nothing reads would deploy nothing new.
 */
function writeHelmImage(slots, paths, update, mode, split) {
    if (update.newName !== undefined && update.newName !== image_update/* PRESERVE */.bx)
        writeName(slots, paths, update.newName, split);
    const tag = update.newTag === image_update/* PRESERVE */.bx ? slots.read(paths.tag) : update.newTag;
    const digest = update.newDigest === image_update/* PRESERVE */.bx ? slots.read(paths.digest) : update.newDigest;
    const effective = mode ?? (tag && digest ? 'tag-digest' : digest ? 'digest' : 'tag');
    const need = (value, what) => {
        if (value)
            return value;
        throw new errors/* ConfigurationError */.j1(`Helm mode "${effective}" writes a ${what}, and the update for ${update.image} has none`, 'image');
    };
    if (update.newTag === undefined && update.newDigest === undefined)
        return;
    const hasDigestKey = paths.digestConfigured || slots.read(paths.digest) !== undefined;
    if (effective === 'tag') {
        slots.write(paths.tag, need(tag, 'tag'));
        if (slots.read(paths.digest))
            slots.write(paths.digest, '');
    }
    else if (effective === 'digest') {
        if (!hasDigestKey) {
            throw new errors/* ConfigurationError */.j1(`${split.where}: ${update.image} has no digest key here (${paths.digest.join('.')}), so a digest written there would be read by nothing; ` +
                'give the tag with the digest (image:tag@sha256:…) to pin both in the tag, or name the key the chart reads with helm-digest-key', 'image');
        }
        slots.write(paths.digest, need(digest, 'digest'));
    }
    else if (hasDigestKey) {
        slots.write(paths.tag, need(tag, 'tag'));
        slots.write(paths.digest, need(digest, 'digest'));
    }
    else {
        slots.write(paths.tag, `${need(tag, 'tag')}@${need(digest, 'digest')}`);
    }
}
function writeName(slots, paths, newName, split) {
    if (!split.registryPath && !split.globalRegistry) {
        slots.write(paths.repository, newName);
        return;
    }
    const { registry = 'docker.io', rest } = splitRegistry(newName);
    if (split.globalRegistry && split.globalRegistry !== registry) {
        throw new errors/* ConfigurationError */.j1(`${split.where}: global.imageRegistry (${split.globalRegistry}) overrides this image's registry, so ${newName} cannot be written in the chart's split; ` +
            `give a name on ${split.globalRegistry}, or change global.imageRegistry yourself`, 'image');
    }
    if (split.registryPath)
        slots.write(split.registryPath, registry);
    slots.write(paths.repository, rest);
}
/**
 * Helm values: every map (at any depth) whose repository key names a requested image (its
 * registry taken from a sibling `registry` key, or `global.imageRegistry` when set), and every
 * `image` key that holds a whole reference (`image: ghcr.io/org/app:1.2`).
 */
function editHelmValues(path, source, document, updates, keys, result) {
    const paths = keyPaths(keys);
    const globalRegistry = scalarText(nodeAt(document.contents, ['global', 'imageRegistry'])) || undefined;
    for (const base of walkMaps(document.contents)) {
        const whole = mapValue(base, 'image');
        if ((0,dist/* isScalar */.jn)(whole))
            editImageString(source, whole, updates, result);
        const repositoryNode = nodeAt(base, paths.repository);
        const repository = scalarText(repositoryNode);
        if (repository === undefined)
            continue;
        const registryPath = [...paths.repository.slice(0, -1), 'registry'];
        const registryNode = nodeAt(base, registryPath);
        const registry = globalRegistry ?? scalarText(registryNode);
        const update = (0,image_update/* findUpdate */.$w)(registry ? `${registry}/${repository}` : repository, updates);
        if (!update)
            continue;
        result.referenced.add(update.key);
        const where = `${path}:${lineNumberAt(source, repositoryNode.range[0])}`;
        writeHelmImage(mapSlots(source, base, result), paths, update, keys?.mode, { registryPath: (0,dist/* isScalar */.jn)(registryNode) ? registryPath : undefined, globalRegistry, where });
    }
}
function mapSlots(source, base, result) {
    return {
        read: (path) => scalarText(nodeAt(base, path)),
        write(path, value) {
            const node = nodeAt(base, path);
            if (node !== undefined && node !== null) {
                const edit = replaceScalar(source, node, value);
                if (edit)
                    result.edits.push(edit);
                return;
            }
            const parent = nodeAt(base, path.slice(0, -1));
            if (!(0,dist/* isMap */.jh)(parent) || parent.items.length === 0) {
                throw new errors/* ConfigurationError */.j1(`cannot add "${path.join('.')}": its parent is not a map in the values file`, 'helm-tag-key');
            }
            result.edits.push(insertPair(source, parent, path[path.length - 1], value));
        },
    };
}

;// CONCATENATED MODULE: ./src/core/config-edit/targets/argocd.ts






/** The `source` blocks of an Application (`spec.source`, `spec.sources[]`) or of an `.argocd-source*.yaml` override file (the root). */
function sources(document) {
    const root = document.contents;
    const spec = mapValue(root, 'spec');
    const template = nodeAt(root, ['spec', 'template', 'spec']);
    const found = [root, mapValue(spec, 'source'), mapValue(template, 'source')];
    for (const list of [mapValue(spec, 'sources'), mapValue(template, 'sources')])
        if ((0,dist/* isSeq */.oP)(list))
            found.push(...list.items);
    return found.filter(dist/* isMap */.jh);
}
/** Argo CD Applications: `helm.parameters` ({name, value}) and `kustomize.images` override strings. */
function editArgoApplication(path, source, document, updates, keys, result) {
    const paths = keyPaths(keys);
    for (const block of sources(document)) {
        const parameters = nodeAt(block, ['helm', 'parameters']);
        if ((0,dist/* isSeq */.oP)(parameters)) {
            const slots = parameterSlots(source, parameters, result);
            const repository = slots.read(paths.repository);
            // An `image.registry` parameter is part of the name the chart deploys (the Bitnami split).
            const registryPath = [...paths.repository.slice(0, -1), 'registry'];
            const registry = slots.read(registryPath);
            const update = repository === undefined ? undefined : (0,image_update/* findUpdate */.$w)(registry ? `${registry}/${repository}` : repository, updates);
            if (update) {
                result.referenced.add(update.key);
                const where = `${path}:${lineNumberAt(source, parameters.range[0])}`;
                writeHelmImage(slots, paths, update, keys?.mode, { registryPath: registry !== undefined ? registryPath : undefined, where });
            }
        }
        const images = nodeAt(block, ['kustomize', 'images']);
        if ((0,dist/* isSeq */.oP)(images))
            for (const item of images.items)
                editOverride(source, item, updates, result);
    }
}
function editOverride(source, item, updates, result) {
    const text = scalarText(item);
    if (text === undefined)
        return;
    const equals = text.indexOf('=');
    const right = (0,image_update/* splitReference */.mQ)(equals >= 0 ? text.slice(equals + 1) : text);
    const current = { name: equals >= 0 ? text.slice(0, equals) : right.name };
    if (equals >= 0)
        current.newName = right.name;
    if (right.tag !== undefined)
        current.newTag = right.tag;
    if (right.digest !== undefined)
        current.digest = right.digest;
    const byName = (0,image_update/* findUpdate */.$w)(current.name, updates);
    const byNewName = !byName && current.newName !== undefined ? (0,image_update/* findUpdate */.$w)(current.newName, updates) : undefined;
    const update = byName ?? byNewName;
    if (!update)
        return;
    result.referenced.add(update.key);
    const edit = replaceScalar(source, item, formatImageOverride(setImageEntry(current, update, Boolean(byNewName))));
    if (edit)
        result.edits.push(edit);
}
function parameterSlots(source, parameters, result) {
    const find = (name) => parameters.items.find((item) => (0,dist/* isMap */.jh)(item) && scalarText(mapValue(item, 'name')) === name);
    return {
        read: (path) => scalarText(mapValue(find(path.join('.')), 'value')),
        write(path, value) {
            const name = path.join('.');
            const parameter = find(name);
            const node = mapValue(parameter, 'value');
            if (parameter && node) {
                const edit = replaceScalar(source, node, value);
                if (edit)
                    result.edits.push(edit);
                return;
            }
            result.edits.push(appendParameter(source, parameters, name, value));
        },
    };
}
/** A new `{name, value}` parameter after the last one, laid out like the first. */
function appendParameter(source, parameters, name, value) {
    const eol = source.includes('\r\n') ? '\r\n' : '\n';
    const items = parameters.items.filter(dist/* isMap */.jh);
    const last = items[items.length - 1];
    if (parameters.flow || !last) {
        const close = parameters.range[1] - 1;
        const text = `{name: ${renderScalar(name)}, value: ${renderScalar(value)}}`;
        return { start: close, end: close, text: items.length ? `, ${text}` : text };
    }
    const keyStart = items[0].items[0].key.range[0];
    const dashAt = source.lastIndexOf('-', keyStart);
    const dashIndent = ' '.repeat(dashAt - lineStartOf(source, dashAt));
    const keyIndent = ' '.repeat(keyStart - lineStartOf(source, keyStart));
    const lastPair = last.items[last.items.length - 1];
    const end = lastPair.value?.range?.[1] ?? lastPair.key.range[1];
    const lineEnd = source.slice(end).search(/\r?\n|$/) + end;
    const text = `${eol}${dashIndent}-${' '.repeat(keyStart - dashAt - 1)}name: ${renderScalar(name)}${eol}${keyIndent}value: ${renderScalar(value)}`;
    return { start: lineEnd, end: lineEnd, text };
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
;// CONCATENATED MODULE: ./src/core/config-edit/targets/json.ts




/**
 * Strict JSON (no comments, no trailing commas), one document or several separated by `---`
 * lines (a Pachyderm spec file, as `pachctl create pipeline -f` reads it). Offsets of every node
 * are offsets in the whole file. A syntax error names the file and line.
 */
function parseJsonFile(path, source) {
    // A byte order mark (Windows editors write one) is read as a space: same length, so every
    // offset still points into the original text, and the mark stays in the file.
    const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
    const whole = parseStrict(text);
    if (!whole.error)
        return whole.root ? [whole.root] : [];
    const separators = [...text.matchAll(/^---[ \t]*\r?$/gm)];
    if (!separators.length)
        throw malformed(path, source, whole.error);
    const roots = [];
    let start = 0;
    for (const end of [...separators.map((match) => match.index), text.length]) {
        // Everything outside this document blanked (line breaks kept): offsets stay the file's.
        const blanked = blank(text, 0, start) + text.slice(start, end) + blank(text, end, text.length);
        const part = parseStrict(blanked);
        if (part.error)
            throw malformed(path, source, part.error);
        if (part.root)
            roots.push(part.root);
        start = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end) + 1;
    }
    return roots;
}
function parseStrict(text) {
    const errors = [];
    const root = (0,main.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
    return { root, error: errors[0] };
}
function blank(text, start, end) {
    return text.slice(start, end).replace(/[^\r\n]/g, ' ');
}
function malformed(path, source, error) {
    return new UnparseableFileError(`${path}:${lineNumberAt(source, error.offset)}: malformed JSON: ${(0,main.printParseErrorCode)(error.error)}`);
}
/** Every string property named `image` (Pachyderm `transform.image`, ECS `containerDefinitions[].image`, JSON manifests). */
function editJsonImages(source, root, updates, result) {
    const visit = (node) => {
        if (node.type === 'property') {
            const [key, value] = node.children ?? [];
            if (key?.value === 'image' && value?.type === 'string') {
                const update = (0,image_update/* findUpdate */.$w)(value.value, updates);
                if (update) {
                    result.referenced.add(update.key);
                    const edit = replaceJsonValue(source, value, (0,image_update/* rewriteReference */.Yt)(value.value, update));
                    if (edit)
                        result.edits.push(edit);
                }
            }
        }
        for (const child of node.children ?? [])
            visit(child);
    };
    visit(root);
}
/**
 * Generic `a.b.0.c=value` on JSON: numbers and booleans keep their type when the new text is one
 * too. Undefined when the file has no scalar at that path; `edit` undefined when it already holds the value.
 */
function setJsonPath(source, root, path, value) {
    let node = root;
    for (const step of path) {
        if (node?.type === 'array' && /^\d+$/.test(step))
            node = node.children?.[Number(step)];
        else if (node?.type === 'object')
            node = node.children?.find((property) => property.children?.[0]?.value === step)?.children?.[1];
        else
            return undefined;
    }
    if (!node || node.type === 'object' || node.type === 'array')
        return undefined;
    return { edit: replaceJsonValue(source, node, value) };
}
function replaceJsonValue(source, node, value) {
    const keepsType = (node.type === 'number' && /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(value)) ||
        (node.type === 'boolean' && (value === 'true' || value === 'false'));
    const text = keepsType ? value : JSON.stringify(value);
    const current = source.slice(node.offset, node.offset + node.length);
    if (current === text || (node.type === 'string' && node.value === value))
        return undefined;
    return { start: node.offset, end: node.offset + node.length, text };
}

;// CONCATENATED MODULE: ./src/core/config-edit/targets/kustomization.ts






function readEntry(item) {
    const name = scalarText(mapValue(item, 'name'));
    if (name === undefined)
        return undefined;
    const entry = { name };
    for (const field of ENTRY_FIELDS) {
        const value = scalarText(mapValue(item, field));
        if (value !== undefined)
            entry[field] = value;
    }
    return entry;
}
/** The update an entry answers to: by its `name`, or else by the `newName` the overlay really runs. */
function matchEntry(entry, updates) {
    const byName = (0,image_update/* findUpdate */.$w)(entry.name, updates);
    if (byName)
        return { update: byName, byNewName: false };
    const byNewName = entry.newName === undefined ? undefined : (0,image_update/* findUpdate */.$w)(entry.newName, updates);
    return byNewName ? { update: byNewName, byNewName: true } : undefined;
}
/**
 * `kustomize edit set image` on `images:`, with kustomize's data semantics but none of its
 * re-serialisation: only the touched scalars change; a field that goes away takes its line, and
 * a field that appears reuses a dropped field's line when there is one.
 */
function editKustomization(source, document, updates, adding, result) {
    const images = mapValue(document.contents, 'images');
    const found = new Set();
    if ((0,dist/* isSeq */.oP)(images)) {
        for (const item of images.items) {
            const current = readEntry(item);
            const match = current && matchEntry(current, updates);
            if (!match || !(0,dist/* isMap */.jh)(item))
                continue;
            found.add(match.update.key);
            result.referenced.add(match.update.key);
            result.edits.push(...rewriteEntry(source, item, current, setImageEntry(current, match.update, match.byNewName)));
        }
    }
    if (!adding)
        return;
    const entries = [];
    for (const update of updates) {
        if (found.has(update.key))
            continue;
        const spellings = adding.spellings(update);
        if (spellings === undefined) {
            if (!adding.strict)
                continue;
            throw new errors/* ConfigurationError */.j1(`${adding.path}: cannot tell how the resources of this kustomization spell ${update.image} (a remote, missing or outside base), ` +
                'and kustomize matches images[].name literally: add the entry by hand, or name the file that holds the image', 'files');
        }
        for (const name of [...spellings].sort())
            entries.push(setImageEntry({ name }, update, false));
        if (spellings.size)
            result.referenced.add(update.key);
    }
    if (entries.length)
        result.edits.push(...addEntries(source, document, entries));
}
function rewriteEntry(source, item, current, next) {
    const edits = [];
    const added = [];
    const dropped = [];
    for (const field of ENTRY_FIELDS) {
        const value = next[field];
        // A field written with no value (`newTag:` or `newTag: ~`) reads as absent but its key is
        // there: it is filled in place, since adding the key again would make a duplicate key.
        const existing = mapValue(item, field);
        if (value !== undefined && (0,dist/* isScalar */.jn)(existing)) {
            const edit = replaceScalar(source, existing, value);
            if (edit)
                edits.push(edit);
        }
        else if (value !== undefined) {
            added.push(field);
        }
        else if (current[field] !== undefined) {
            dropped.push(field);
        }
    }
    while (added.length && dropped.length) {
        // `newTag: v1` becoming `digest: sha256:…` is one changed line, not a deletion plus an insertion.
        const field = added.shift();
        const pair = mapEntry(item, dropped.shift());
        // A trailing comment described the field that goes: it goes with it.
        const valueEnd = pair.value.range[1];
        const lineEnd = lineEndOf(source, valueEnd);
        const end = /^[ \t]*#/.test(source.slice(valueEnd, lineEnd)) && !item.flow ? lineEnd : valueEnd;
        edits.push({ start: pair.key.range[0], end, text: `${field}: ${renderScalar(next[field])}` });
    }
    for (const field of dropped)
        edits.push(deletePair(source, item, field));
    for (const field of added) {
        const later = ENTRY_FIELDS.slice(ENTRY_FIELDS.indexOf(field) + 1).find((other) => mapEntry(item, other));
        edits.push(insertPair(source, item, field, next[field], later));
    }
    return edits;
}
function entryPairs(entry) {
    return [['name', entry.name], ...ENTRY_FIELDS.filter((field) => entry[field] !== undefined).map((field) => [field, entry[field]])];
}
/** New entries, each at its sorted place (kustomize keeps the list sorted by name), in the list's own layout. */
function addEntries(source, document, entries) {
    const images = mapValue(document.contents, 'images');
    if ((0,dist/* isSeq */.oP)(images) && images.items.length > 0 && !images.flow)
        return entries.map((entry) => addEntry(source, document, entry));
    // A flow list, or no list yet: one edit holding every new entry.
    return [addEntry(source, document, entries[0], entries.slice(1))];
}
/** A new `images:` entry at its sorted place (kustomize keeps the list sorted by name), in the list's own layout. */
function addEntry(source, document, entry, more = []) {
    const eol = eolOf(source);
    const images = mapValue(document.contents, 'images');
    const pairs = entryPairs(entry);
    if (!images || !(0,dist/* isSeq */.oP)(images) || images.items.length === 0 || images.flow) {
        const flowItem = [pairs, ...more.map(entryPairs)].map((each) => `{${each.map(([key, value]) => `${key}: ${renderScalar(value)}`).join(', ')}}`).join(', ');
        if ((0,dist/* isSeq */.oP)(images) && images.flow) {
            const close = images.range[1] - 1;
            return { start: close, end: close, text: images.items.length ? `, ${flowItem}` : flowItem };
        }
        const items = [pairs, ...more.map(entryPairs)].map((each) => each.map(([key, value], index) => `${index ? '  ' : '- '}${key}: ${renderScalar(value)}`).join(eol));
        const block = `images:${eol}${items.join(eol)}${eol}`;
        const existing = mapEntry(document.contents, 'images');
        if (existing) {
            // `images:` with no value: the list goes after the key's line.
            const at = lineEndOf(source, existing.key.range[0]);
            return { start: lineStartOf(source, existing.key.range[0]), end: source.indexOf('\n', at) < 0 ? source.length : source.indexOf('\n', at) + 1, text: block };
        }
        return { start: source.length, end: source.length, text: `${source.length && !source.endsWith('\n') ? eol : ''}${block}` };
    }
    const items = images.items.filter(dist/* isMap */.jh);
    const first = items[0];
    const keyStart = first.items[0].key.range[0];
    const dashAt = source.lastIndexOf('-', keyStart);
    const dashIndent = ' '.repeat(dashAt - lineStartOf(source, dashAt));
    const keyIndent = ' '.repeat(keyStart - lineStartOf(source, keyStart));
    const lines = pairs.map(([key, value], index) => index ? `${keyIndent}${key}: ${renderScalar(value)}` : `${dashIndent}-${' '.repeat(keyStart - dashAt - 1)}${key}: ${renderScalar(value)}`);
    const later = items.find((item) => (scalarText(mapValue(item, 'name')) ?? '') > entry.name);
    if (later) {
        const at = lineStartOf(source, later.items[0].key.range[0]);
        return { start: at, end: at, text: lines.join(eol) + eol };
    }
    const last = items[items.length - 1];
    const lastPair = last.items[last.items.length - 1];
    const at = lineEndOf(source, Math.max(lastPair.value?.range?.[1] ?? lastPair.key.range[1], 1) - 1);
    return { start: at, end: at, text: eol + lines.join(eol) };
}

;// CONCATENATED MODULE: ./src/core/config-edit/targets/workloads.ts



const OPAQUE_KINDS = new Set(['ConfigMap', 'Secret']);
/**
 * Every `image:` scalar of a Kubernetes object: containers, init and ephemeral containers of pod
 * templates and CronJobs, and the custom resources that name images their own way (Argo
 * Workflows `container`/`script`, Tekton `steps`/`sidecars`/`stepTemplate`, Knative, Rollouts…).
 * Only a value that reads as the requested image is touched.
 */
function* imageScalars(document) {
    // A ConfigMap's or Secret's data is the application's: no image there is pulled by the cluster.
    if (OPAQUE_KINDS.has(scalarText(mapValue(document.contents, 'kind')) ?? ''))
        return;
    for (const map of walkMaps(document.contents)) {
        const image = mapValue(map, 'image');
        if ((0,dist/* isScalar */.jn)(image))
            yield image;
    }
}
function editKubernetes(source, document, updates, result) {
    for (const image of imageScalars(document))
        editImageString(source, image, updates, result);
}
/**
 * A compose service's image node, wherever YAML put it: its own `image:` (maybe an alias of an
 * anchored scalar), or one inherited through a merge key (`<<: *common`, `<<: [*a, *b]`).
 * The anchored node is the one edited: every service sharing it moves with it.
 */
function composeImage(document, service, depth = 0) {
    const resolve = (node) => ((0,dist/* isAlias */.Vj)(node) ? node.resolve(document) : node);
    const own = mapEntry(service, 'image');
    if (own)
        return resolve(own.value);
    const merged = resolve(mapValue(service, '<<'));
    if (depth > 8)
        return undefined;
    for (const source of (0,dist/* isSeq */.oP)(merged) ? merged.items : [merged]) {
        const target = resolve(source);
        if (!(0,dist/* isMap */.jh)(target))
            continue;
        const found = composeImage(document, target, depth + 1);
        if (found)
            return found;
    }
    return undefined;
}
/** docker-compose `services.*.image`; `${VAR}` interpolations are not image references and stay. */
function editCompose(source, document, updates, result) {
    const services = mapValue(document.contents, 'services');
    if (!(0,dist/* isMap */.jh)(services))
        return;
    for (const pair of services.items)
        editImageString(source, composeImage(document, pair.value), updates, result);
}

;// CONCATENATED MODULE: ./src/core/config-edit/edit-file.ts








const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
const ARGOCD_SOURCE_FILE = /(^|\/)\.argocd-source[^/]*\.ya?ml$/;
function isJsonPath(path) {
    return path.toLowerCase().endsWith('.json');
}
function isKustomizationPath(path) {
    return KUSTOMIZATION_FILE.test(path);
}
/** What a YAML document is, from its `apiVersion`/`kind`, its shape and its file name. */
function detectKind(path, document) {
    const root = document.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return undefined;
    const kind = scalarText(mapValue(root, 'kind'));
    const apiVersion = scalarText(mapValue(root, 'apiVersion'));
    // A Component (kustomize.config.k8s.io/v1alpha1) carries `images:` like a Kustomization, and
    // runs after the resources: an override there wins over the base.
    if ((kind === 'Kustomization' || kind === 'Component') && (!apiVersion || apiVersion.startsWith('kustomize.config.k8s.io/')))
        return 'kustomization';
    if (!apiVersion && KUSTOMIZATION_FILE.test(path))
        return 'kustomization';
    if (apiVersion?.startsWith('argoproj.io/') && (kind === 'Application' || kind === 'ApplicationSet'))
        return 'argocd-application';
    if (ARGOCD_SOURCE_FILE.test(path))
        return 'argocd-application';
    if (apiVersion && kind)
        return 'kubernetes';
    if ((0,dist/* isMap */.jh)(mapValue(root, 'services')))
        return 'compose';
    return 'helm-values';
}
/**
 * A Flux Kustomization's `spec` (its `images:` entries are kustomize's) or a HelmRelease's
 * `spec.values` (a values tree), as a document of its own for the editors.
 */
function fluxPart(document) {
    const root = document.contents;
    const apiVersion = scalarText(mapValue(root, 'apiVersion')) ?? '';
    const kind = scalarText(mapValue(root, 'kind'));
    const spec = mapValue(root, 'spec');
    if (apiVersion.startsWith('kustomize.toolkit.fluxcd.io/') && kind === 'Kustomization' && (0,dist/* isMap */.jh)(spec)) {
        return { kind: 'kustomization', part: { contents: spec } };
    }
    const values = mapValue(spec, 'values');
    if (apiVersion.startsWith('helm.toolkit.fluxcd.io/') && kind === 'HelmRelease' && (0,dist/* isMap */.jh)(values)) {
        return { kind: 'helm-values', part: { contents: values } };
    }
    return undefined;
}
/** Runs the editors that apply to one file and collects their edits. */
function editFile(path, source, options) {
    const result = emptyResult();
    const setPaths = (options.set ?? []).map((entry) => ({ text: entry.path, path: splitKeyPath(entry.path, 'set'), value: entry.value }));
    if (isJsonPath(path)) {
        for (const root of parseJsonFile(path, source)) {
            if (!options.kinds || options.kinds.includes('json'))
                editJsonImages(source, root, options.updates, result);
            for (const entry of setPaths) {
                const found = setJsonPath(source, root, entry.path, entry.value);
                if (!found)
                    continue;
                result.referenced.add(setKey(entry.text));
                if (found.edit)
                    result.edits.push(found.edit);
            }
        }
        return result;
    }
    for (const document of parseYamlFile(path, source)) {
        const detected = detectKind(path, document);
        const kinds = options.kinds ?? (detected ? [detected] : []);
        const flux = options.kinds ? undefined : fluxPart(document);
        if (flux) {
            // Flux objects hold the data kustomize or Helm reads one level down: `spec.images`, `spec.values`.
            if (flux.kind === 'kustomization')
                editKustomization(source, flux.part, options.updates, undefined, result);
            else
                editHelmValues(path, source, flux.part, options.updates, options.helm, result);
        }
        for (const kind of kinds) {
            if (kind === 'kustomization') {
                // Named outright, the kind adds missing entries as `kustomize edit set image` does.
                const spellings = options.spellings;
                const adding = options.kinds?.includes('kustomization') && detected === 'kustomization' && spellings
                    ? { path, spellings: (update) => spellings(path, update), strict: true }
                    : undefined;
                editKustomization(source, document, options.updates, adding, result);
            }
            else if (kind === 'kubernetes')
                editKubernetes(source, document, options.updates, result);
            else if (kind === 'compose')
                editCompose(source, document, options.updates, result);
            else if (kind === 'helm-values')
                editHelmValues(path, source, document, options.updates, options.helm, result);
            else if (kind === 'argocd-application')
                editArgoApplication(path, source, document, options.updates, options.helm, result);
        }
        for (const entry of setPaths) {
            const node = nodeAt(document.contents, entry.path);
            if (!(0,dist/* isScalar */.jn)(node))
                continue;
            result.referenced.add(setKey(entry.text));
            const edit = replaceScalar(source, node, entry.value, true);
            if (edit)
                result.edits.push(edit);
        }
    }
    return result;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./src/core/config-edit/select-files.ts





/** What `files: []` means, and what a directory named in `files` or `from` stands for. */
const IGNORED = ['**/.git/**', '**/node_modules/**'];
const IGNORED_DIRECTORIES = new Set(['.git', 'node_modules']);
/** What a glob selects: YAML and JSON (and kustomize's extension-less `Kustomization`), never a README, a template or NOTES.txt. */
const MANIFEST_NAME = /(\.(ya?ml|json)|(^|\/)Kustomization)$/i;
/** The real (symlink-free) root every selected path must stay inside. */
async function realRoot(root, inputName) {
    if (!(0,external_node_path_.isAbsolute)(root))
        throw new errors/* ConfigurationError */.j1(`the repository root "${root}" must be an absolute path`, inputName);
    try {
        return await (0,promises_.realpath)(root);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the repository root "${root}" does not exist`, inputName);
    }
}
function isInside(root, path) {
    const rest = (0,external_node_path_.relative)(root, path);
    return rest === '' || (!rest.startsWith(`..${external_node_path_.sep}`) && rest !== '..' && !(0,external_node_path_.isAbsolute)(rest));
}
function assertRelativePattern(pattern, inputName) {
    const segments = pattern.replace(/\\/g, '/').split('/');
    if ((0,external_node_path_.isAbsolute)(pattern) || /^[A-Za-z]:/.test(pattern) || pattern.startsWith('~') || segments.includes('..')) {
        throw new errors/* ConfigurationError */.j1(`"${pattern}" leaves the repository: use a path or glob relative to its root, without ".."`, inputName);
    }
}
/**
 * Relative POSIX paths of the files the patterns select, sorted. A glob or a directory selects
 * YAML and JSON files only; a file named outright is taken whatever its name. Globs never follow
 * or list symbolic links, a path named outright must resolve inside `root`, and so must the
 * directory of every file selected (a glob such as `linkdir/*.yaml` walks through a link to a
 * directory, which may lead anywhere).
 */
async function selectFiles(root, patterns, inputName) {
    const expanded = [];
    const named = [];
    for (const raw of patterns.length ? patterns : ['.']) {
        const pattern = raw.trim().replace(/^\.\//, '').replace(/\/+$/, '');
        assertRelativePattern(pattern, inputName);
        if (pattern === '' || pattern === '.') {
            named.push(...manifestsUnder(root, ''));
        }
        else if ((0,tinyglobby_dist/* isDynamicPattern */.ey)(pattern)) {
            expanded.push(pattern);
        }
        else {
            const info = await statInside(root, pattern, inputName);
            if (info.isDirectory())
                named.push(...manifestsUnder(root, pattern));
            else
                named.push(pattern);
        }
    }
    // Globbing skips symbolic links altogether; a file named outright may be a link that stays inside.
    const found = expanded.length ? await (0,tinyglobby_dist/* glob */.TI)(expanded, { cwd: root, dot: true, ignore: IGNORED, followSymbolicLinks: false, onlyFiles: true, expandDirectories: false }) : [];
    const selected = [...new Set([...found.filter((path) => MANIFEST_NAME.test(path)), ...named])].sort();
    assertDirectoriesInside(root, selected, inputName);
    return selected;
}
/** One realpath per distinct directory (a few hundred for 10,000 files), not per file. */
function assertDirectoriesInside(root, paths, inputName) {
    const checked = new Set();
    for (const path of paths) {
        const directory = (0,external_node_path_.dirname)(path);
        if (directory === '.' || checked.has(directory))
            continue;
        checked.add(directory);
        let real;
        try {
            real = external_node_fs_.realpathSync.native((0,external_node_path_.join)(root, directory));
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`the directory of "${path}" cannot be resolved`, inputName);
        }
        if (!isInside(root, real)) {
            throw new errors/* ConfigurationError */.j1(`"${path}" lies under "${directory}", which leads outside the repository through a symbolic link`, inputName);
        }
    }
}
/**
 * Every *.yaml, *.yml, *.json under a directory, as a glob of those extensions would list them (links skipped,
 * .git and node_modules pruned). A plain directory walk: the common case, and ~2x faster than a glob matcher.
 */
function manifestsUnder(root, directory) {
    const found = [];
    const walk = (relativeDirectory) => {
        for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, relativeDirectory), { withFileTypes: true })) {
            const path = relativeDirectory ? `${relativeDirectory}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!IGNORED_DIRECTORIES.has(entry.name))
                    walk(path);
            }
            else if (entry.isFile() && MANIFEST_NAME.test(entry.name)) {
                found.push(path);
            }
        }
    };
    walk(directory);
    return found;
}
/** A path the user named: it must exist and its real location must be inside the root. */
async function statInside(root, path, inputName) {
    let real;
    try {
        real = await (0,promises_.realpath)((0,external_node_path_.join)(root, path));
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`"${path}" does not exist in the repository`, inputName);
    }
    if (!isInside(root, real))
        throw new errors/* ConfigurationError */.j1(`"${path}" resolves outside the repository (through a symbolic link)`, inputName);
    return (0,promises_.stat)(real);
}
const scratch = Buffer.allocUnsafe(64 * 1024);
/**
 * Reads a selected file without following a final symbolic link (O_NOFOLLOW); a link is read
 * only when its target is inside the root. When `needles` are given, a file containing none of
 * them is skipped (undefined) before any decoding. Synchronous on purpose: for thousands of small
 * files one blocking read is several times faster than fs/promises (open, fstat, read, close each
 * hop through the 4-thread pool); callers read in batches that yield to the event loop.
 */
function readInside(root, path, inputName, needles) {
    let descriptor;
    try {
        descriptor = (0,external_node_fs_.openSync)(`${root}/${path}`, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        const length = (0,external_node_fs_.readSync)(descriptor, scratch, 0, scratch.length, 0);
        // readSync with a position does not move the file offset, so a big file is re-read whole from 0.
        const small = length < scratch.length;
        const whole = small ? scratch.subarray(0, length) : (0,external_node_fs_.readFileSync)(descriptor);
        if (needles && !needles.some((needle) => whole.includes(needle)))
            return undefined;
        refuseHuge(path, whole.length, inputName);
        // The scratch buffer is reused by the next read: a kept file gets its own copy.
        return small ? Buffer.from(whole) : whole;
    }
    catch (error) {
        if (error.code !== 'ELOOP')
            throw error;
    }
    finally {
        if (descriptor !== undefined)
            (0,external_node_fs_.closeSync)(descriptor);
    }
    const real = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, path));
    if (!isInside(root, real))
        throw new errors/* ConfigurationError */.j1(`"${path}" is a symbolic link that leads outside the repository`, inputName);
    const bytes = (0,external_node_fs_.readFileSync)(real);
    if (needles && !needles.some((needle) => bytes.includes(needle)))
        return undefined;
    refuseHuge(path, bytes.length, inputName);
    return bytes;
}
/**
 * The largest file we parse to edit. A YAML parse keeps a node tree of about 60 times the file's
 * size (a 50 MB file of 155,000 Deployments took 3.1 GB and 2 minutes): a config repository's
 * manifests are kilobytes, and a file this big is a vendored bundle or data that a glob caught.
 */
const MAX_EDITED_FILE_BYTES = 8 * 1024 * 1024;
function refuseHuge(path, size, inputName) {
    if (size <= MAX_EDITED_FILE_BYTES)
        return;
    throw new errors/* ConfigurationError */.j1(`"${path}" is ${(size / 1_048_576).toFixed(1)} MiB; files over ${MAX_EDITED_FILE_BYTES / 1_048_576} MiB are not edited (parsing takes about 60 times that in memory): leave it out of the pattern`, inputName);
}
/** The whole content of a selected file (see readInside). */
function readWhole(root, path, inputName) {
    return readInside(root, path, inputName);
}
/** The real path an EditPlan entry is written to: relative, no `..`, and resolving inside the root. */
function writablePath(root, path, inputName) {
    assertRelativePattern(path, inputName);
    let real;
    try {
        real = external_node_fs_.realpathSync.native((0,external_node_path_.join)(root, path));
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`"${path}" does not exist in the repository`, inputName);
    }
    if (!isInside(root, real))
        throw new errors/* ConfigurationError */.j1(`"${path}" resolves outside the repository`, inputName);
    return real;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/core/config-edit/source-text.ts



const REPLACEMENT = '\ufffd';
function decodeSource(bytes) {
    if ((0,external_node_buffer_.isUtf8)(bytes))
        return { bytes, text: bytes.toString('utf8') };
    let text = '';
    const offsets = [];
    for (let at = 0; at < bytes.length;) {
        const length = sequenceLength(bytes, at);
        if (length === 0) {
            // One replacement character per stray byte, so every byte keeps an offset of its own.
            text += REPLACEMENT;
            offsets.push(at);
            at += 1;
            continue;
        }
        const decoded = bytes.toString('utf8', at, at + length);
        for (let unit = 0; unit < decoded.length; unit++)
            offsets.push(at);
        text += decoded;
        at += length;
    }
    offsets.push(bytes.length);
    return { bytes, text, byteOffsets: Uint32Array.from(offsets) };
}
/** The length of the well-formed UTF-8 sequence starting at `at` (Unicode table 3-7), or 0 when there is none. */
function sequenceLength(bytes, at) {
    const first = bytes[at];
    if (first < 0x80)
        return 1;
    const continuation = (offset, low = 0x80, high = 0xbf) => {
        const byte = bytes[at + offset];
        return byte !== undefined && byte >= low && byte <= high;
    };
    if (first >= 0xc2 && first <= 0xdf)
        return continuation(1) ? 2 : 0;
    if (first >= 0xe0 && first <= 0xef) {
        const low = first === 0xe0 ? 0xa0 : 0x80;
        const high = first === 0xed ? 0x9f : 0xbf;
        return continuation(1, low, high) && continuation(2) ? 3 : 0;
    }
    if (first >= 0xf0 && first <= 0xf4) {
        const low = first === 0xf0 ? 0x90 : 0x80;
        const high = first === 0xf4 ? 0x8f : 0xbf;
        return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}
/**
 * The file's new bytes: each edit's replaced range mapped to bytes, the text around it copied from
 * the original bytes. An edit that would replace bytes that are not UTF-8 is refused: we cannot
 * say what they meant.
 */
function applyEditsToBytes(path, source, edits) {
    // Valid UTF-8 encodes back to the very same bytes (a byte order mark included).
    if (!source.byteOffsets)
        return Buffer.from(applyTextEdits(source.text, edits), 'utf8');
    const offsets = source.byteOffsets;
    const parts = [];
    let cursor = 0;
    for (const edit of sortedEdits(edits)) {
        const start = offsets[edit.start];
        const end = offsets[edit.end];
        if (!(0,external_node_buffer_.isUtf8)(source.bytes.subarray(start, end))) {
            throw new errors/* ConfigurationError */.j1(`${path}:${lineNumberAt(source.text, edit.start)}: the value to replace holds bytes that are not UTF-8`, 'files');
        }
        parts.push(source.bytes.subarray(cursor, start), Buffer.from(edit.text, 'utf8'));
        cursor = end;
    }
    parts.push(source.bytes.subarray(cursor));
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./src/core/config-edit/kustomize-resources.ts







const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Bases nested deeper than this are not followed (kustomize itself has no limit, but a cycle would loop). */
const MAX_DEPTH = 16;
/**
 * How the resources a kustomization builds on (resources, bases, components, transitively) spell
 * an image: kustomize matches `images[].name` literally against those strings, so an entry is
 * only read when it is written the same way (`redis`, not `docker.io/library/redis`).
 * Undefined when that cannot be known from the repository: a remote base, a missing file, or a
 * resource outside the root.
 */
function resourceSpellings(root, kustomizationPath, update) {
    const spellings = new Set();
    const seen = new Set();
    const visitKustomization = (path, depth) => {
        if (seen.has(path) || depth > MAX_DEPTH)
            return true;
        seen.add(path);
        const text = readText(root, path);
        if (text === undefined)
            return false;
        const directory = external_node_path_.posix.dirname(path);
        for (const document of parseYamlFile(path, text)) {
            for (const field of ['resources', 'bases', 'components']) {
                const list = mapValue(document.contents, field);
                if (!(0,dist/* isSeq */.oP)(list))
                    continue;
                for (const item of list.items) {
                    const entry = scalarText(item);
                    if (entry === undefined)
                        continue;
                    if (/^[a-z][a-z0-9+.-]*:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(entry))
                        return false;
                    const target = external_node_path_.posix.normalize(external_node_path_.posix.join(directory, entry));
                    if (target.startsWith('../') || target === '..')
                        return false;
                    if (!visitResource(target, depth + 1))
                        return false;
                }
            }
        }
        return true;
    };
    const visitResource = (path, depth) => {
        for (const name of KUSTOMIZATION_NAMES) {
            const nested = path === '.' ? name : `${path}/${name}`;
            if (readText(root, nested) !== undefined)
                return visitKustomization(nested, depth);
        }
        const text = readText(root, path);
        if (text === undefined)
            return false;
        for (const document of parseYamlFile(path, text)) {
            for (const image of imageScalars(document)) {
                const value = scalarText(image);
                if (value !== undefined && (0,image_update/* findUpdate */.$w)(value, [update]))
                    spellings.add((0,image_update/* splitReference */.mQ)(value).name);
            }
        }
        return true;
    };
    return visitKustomization(kustomizationPath, 0) ? spellings : undefined;
}
function readText(root, path) {
    try {
        const bytes = readInside(root, path, 'files');
        return bytes === undefined ? undefined : decodeSource(bytes).text;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/config-edit/scan-files.ts

/** Files read between two yields to the event loop, so timers and signals are not held up. */
const BATCH = 256;
/**
 * Calls `visit` on every selected file that mentions a needle, and returns its results in the order
 * of `files` (undefined for a skipped file). One thread reads and parses: a second one that read
 * alongside measured no faster on 10,000 files (docs/decisions/bump-manifest-reading.md).
 */
async function scanFiles(files, options, visit) {
    const results = new Array(files.length);
    for (let index = 0; index < files.length; index++) {
        const path = files[index];
        const bytes = readInside(options.root, path, options.inputName, options.alwaysRead?.(path) ? undefined : options.needles);
        if (bytes !== undefined)
            results[index] = visit(path, bytes);
        if (index % BATCH === BATCH - 1)
            await new Promise((resolve) => setImmediate(resolve));
    }
    return results;
}

;// CONCATENATED MODULE: ./src/core/config-edit/plan.ts












/** Reads the selected files and computes every edit; writes nothing. */
async function planEdits(request) {
    const root = await realRoot(request.root, 'files');
    const updates = (0,image_update/* resolveUpdates */.R9)(request.updates, 'image');
    const set = request.set ?? [];
    if (!updates.length && !set.length)
        throw new errors/* ConfigurationError */.j1('nothing to change: give an image update or a key.path=value', 'image');
    // Cheap text filter before any parsing: a file that never mentions the image's last name
    // component (or the last key of a `set` path) cannot reference it.
    const needles = [...updates.map((update) => update.shortName), ...set.map((entry) => splitKeyPath(entry.path, 'set').at(-1))].map((needle) => Buffer.from(needle));
    const addsEntries = Boolean(request.kinds?.includes('kustomization'));
    const spellings = (path, update) => resourceSpellings(root, path, update);
    const options = { updates, kinds: request.kinds, helm: request.helm, set, spellings };
    const alwaysRead = addsEntries ? isKustomizationPath : undefined;
    const files = await selectFiles(root, request.files, 'files');
    const outcomes = await scanFiles(files, { root, inputName: 'files', needles, alwaysRead }, (path, bytes) => {
        const source = decodeSource(bytes);
        try {
            return { path, source, result: editFile(path, source.text, options) };
        }
        catch (error) {
            if (!(error instanceof UnparseableFileError) || holdsRequested(source.text, updates, set))
                throw error;
            return { path, skipped: error.detail };
        }
    });
    const read = new Map();
    const skipped = [];
    const seen = new Set();
    for (const outcome of outcomes) {
        if (!outcome)
            continue;
        if ('skipped' in outcome)
            skipped.push({ path: outcome.path, reason: outcome.skipped });
        else
            read.set(outcome.path, outcome);
    }
    for (const { result } of read.values())
        for (const key of result.referenced)
            seen.add(key);
    const missing = updates.filter((update) => !seen.has(update.key));
    if (!request.kinds && missing.length)
        addToKustomizations(root, files.filter(isKustomizationPath), missing, read);
    const edits = [];
    const referencing = [];
    for (const [path, { source, result }] of [...read.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (result.referenced.size)
            referencing.push(path);
        for (const key of result.referenced)
            seen.add(key);
        const unique = dedupe(result.edits);
        const after = applyOrExplain(path, source.text, unique, set.length > 0);
        if (after !== source.text)
            edits.push(fileEdit(path, source, unique, after));
    }
    const unmatched = [
        ...updates.filter((update) => !seen.has(update.key)).map((update) => update.image),
        // A mistyped path would otherwise "succeed" without changing anything.
        ...set.filter((entry) => !seen.has(setKey(entry.path))).map((entry) => `key ${entry.path}`),
    ];
    return { edits, referencing, unmatched, skipped };
}
/**
 * Auto mode, for images no selected file names: a selected kustomization whose resources (a base
 * outside the selection) run the image gets an `images:` entry, as `kustomize edit set image`
 * would add, spelled the way those resources spell it. One whose resources cannot be read, or do
 * not run the image, is left alone; if none can take it, the image stays unmatched (an error).
 */
function addToKustomizations(root, paths, missing, read) {
    for (const path of paths) {
        const known = read.get(path);
        const source = known?.source ?? decodeSource(readWhole(root, path, 'files'));
        const result = emptyResult();
        let documents;
        try {
            documents = parseYamlFile(path, source.text);
        }
        catch {
            continue; // Reported in the first pass when it mattered; this one cannot hold an entry.
        }
        for (const document of documents) {
            if (detectKind(path, document) !== 'kustomization')
                continue;
            editKustomization(source.text, document, missing, { path, spellings: (update) => resourceSpellings(root, path, update), strict: false }, result);
        }
        if (!result.edits.length)
            continue;
        const target = known?.result ?? emptyResult();
        target.edits.push(...result.edits);
        for (const key of result.referenced)
            target.referenced.add(key);
        read.set(path, { source, result: target });
    }
}
function fileEdit(path, source, edits, after) {
    const afterBytes = applyEditsToBytes(path, source, edits);
    return { path, beforeBytes: source.bytes, afterBytes, before: source.text, after, changes: describeChanges(source.text, edits) };
}
/**
 * Whether a file that does not parse still names a requested image (a word that reads as that
 * image) or a `set` key: then it cannot be skipped, since the bump would silently miss it.
 */
function holdsRequested(text, updates, set) {
    for (const word of text.match(/[A-Za-z0-9][\w.\-/:@]*/g) ?? []) {
        if (updates.some((update) => word.includes(update.shortName)) && (0,image_update/* findUpdate */.$w)(word, updates))
            return true;
    }
    return set.some((entry) => text.includes(`${splitKeyPath(entry.path, 'set').at(-1)}:`));
}
function applyOrExplain(path, source, edits, hasSet) {
    try {
        return applyTextEdits(source, edits);
    }
    catch (error) {
        if (!(error instanceof OverlappingEditsError))
            throw error;
        throw new errors/* ConfigurationError */.j1(`${path}:${lineNumberAt(source, error.offset)}: two requested changes write different values to the same place; ` +
            'give each value once (an image update and a "set" line, or two image lines, name the same key)', hasSet ? 'set' : 'image');
    }
}
/** Two editors may reach the same scalar (explicit kinds, a `set` path on an image key): one edit is enough. */
function dedupe(edits) {
    const byKey = new Map();
    for (const edit of edits)
        byKey.set(`${edit.start}:${edit.end}:${edit.text}`, edit);
    return [...byKey.values()];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/config-edit/apply.ts




/**
 * Writes planned edits: every file is first checked to still hold `before`, then written to a
 * temporary sibling, and only when all are written are they renamed into place (each rename is
 * atomic). A failure while renaming puts the files already replaced back. The file system calls
 * are synchronous: hundreds of small files go ~10x faster than through fs/promises.
 */
async function applyEdits(root, edits) {
    const base = await realRoot(root, 'files');
    const suffix = `${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    const targets = [];
    for (const edit of edits) {
        // The real path is inside the root (checked), so a link is written through and stays a link.
        const target = writablePath(base, edit.path, 'files');
        if (!readWhole(base, edit.path, 'files').equals(edit.beforeBytes)) {
            throw new errors/* ActionFailure */.dR(`${edit.path} changed after the edit was planned; nothing was written`);
        }
        targets.push({ edit, target, temp: `${target}.${suffix}` });
    }
    const created = [];
    try {
        for (const { edit, target, temp } of targets) {
            const mode = (0,external_node_fs_.statSync)(target).mode;
            // Counted before writing: a full disk fails the write after the file was created.
            created.push(temp);
            (0,external_node_fs_.writeFileSync)(temp, edit.afterBytes, { mode, flag: 'wx' });
        }
    }
    catch (error) {
        for (const temp of created)
            removeQuietly(temp);
        throw new errors/* ActionFailure */.dR(`could not write the edited files; nothing was changed: ${error.message}`, { cause: error });
    }
    const replaced = [];
    try {
        for (const entry of targets) {
            (0,external_node_fs_.renameSync)(entry.temp, entry.target);
            replaced.push(entry);
        }
    }
    catch (error) {
        for (const { edit, target } of replaced)
            writeQuietly(target, edit.beforeBytes);
        for (const { temp } of targets.slice(replaced.length))
            removeQuietly(temp);
        throw new errors/* ActionFailure */.dR(`could not replace the edited files; the originals were restored: ${error.message}`, { cause: error });
    }
}
function removeQuietly(path) {
    try {
        (0,external_node_fs_.unlinkSync)(path);
    }
    catch {
        // Already gone: nothing to clean.
    }
}
function writeQuietly(path, content) {
    try {
        (0,external_node_fs_.writeFileSync)(path, content);
    }
    catch {
        // Best effort while already failing; the error thrown names the cause.
    }
}

;// CONCATENATED MODULE: ./src/core/config-edit/promotion.ts












/**
 * Promotion: the reference each requested image runs with under `from` (a directory, file or
 * glob), as an ImageUpdate that writes exactly that name, tag and digest into another environment.
 * Sources that disagree, or that pin neither tag nor digest, are an error naming `from`.
 */
async function readImagesFrom(root, from, images) {
    const base = await realRoot(root, 'from');
    const wanted = (0,image_update/* resolveUpdates */.R9)(images.map((image) => ({ image })), 'image');
    const files = await selectFiles(base, [from], 'from');
    const needles = wanted.map((update) => Buffer.from(update.shortName));
    if (!files.length)
        throw new errors/* ConfigurationError */.j1(`"${from}" selects no YAML or JSON file`, 'from');
    const perFile = await scanFiles(files, { root: base, inputName: 'from', needles }, (path, bytes) => sightings(path, decodeSource(bytes).text, wanted));
    const all = perFile.flatMap((found) => found ?? []);
    return wanted.map((update) => {
        const mine = all.filter((sighting) => sighting.key === update.key);
        const chosen = mine.some((sighting) => sighting.override) ? mine.filter((sighting) => sighting.override) : mine;
        if (!chosen.length)
            throw new errors/* ConfigurationError */.j1(`no file under "${from}" references ${update.image}`, 'from');
        const distinct = new Map(chosen.map((sighting) => [JSON.stringify(sighting.update), sighting]));
        if (distinct.size > 1) {
            const list = [...distinct.values()].map((sighting) => `${describe(sighting.update)} in ${sighting.file}`).join(', ');
            throw new errors/* ConfigurationError */.j1(`"${from}" runs ${update.image} in more than one version: ${list}`, 'from');
        }
        const found = chosen[0];
        if (!found.update.newTag && !found.update.newDigest) {
            throw new errors/* ConfigurationError */.j1(`${found.file} does not pin a tag or digest for ${update.image}; there is nothing exact to promote`, 'from');
        }
        return { image: update.image, ...found.update };
    });
}
function describe(update) {
    return `${update.newName ?? ''}${update.newTag ? `:${update.newTag}` : ''}${update.newDigest ? `@${update.newDigest}` : ''}`;
}
function fromReference(text, update, file) {
    const { tag, digest } = (0,image_update/* splitReference */.mQ)(text);
    const found = { key: update.key, override: false, update: {}, file };
    if (tag !== undefined)
        found.update.newTag = tag;
    if (digest !== undefined)
        found.update.newDigest = digest;
    return found;
}
function sightings(path, source, wanted) {
    const found = [];
    const reference = (text) => {
        const update = text === undefined ? undefined : (0,image_update/* findUpdate */.$w)(text, wanted);
        if (update)
            found.push(fromReference(text, update, path));
    };
    if (isJsonPath(path)) {
        const visit = (node) => {
            const [key, value] = node.children ?? [];
            if (node.type === 'property' && key?.value === 'image' && value?.type === 'string')
                reference(value.value);
            for (const child of node.children ?? [])
                visit(child);
        };
        for (const root of parseJsonFile(path, source))
            visit(root);
        return found;
    }
    for (const document of parseYamlFile(path, source)) {
        const kind = detectKind(path, document);
        if (kind === 'kustomization')
            found.push(...kustomizeSightings(path, document, wanted));
        else if (kind === 'compose') {
            const services = mapValue(document.contents, 'services');
            if ((0,dist/* isMap */.jh)(services))
                for (const pair of services.items)
                    reference(scalarText(composeImage(document, pair.value)));
        }
        else if (kind === 'helm-values')
            found.push(...helmSightings(path, document, wanted));
        else {
            for (const image of imageScalars(document))
                reference(scalarText(image));
        }
    }
    return found;
}
function kustomizeSightings(path, document, wanted) {
    const images = mapValue(document.contents, 'images');
    if (!(0,dist/* isSeq */.oP)(images))
        return [];
    return images.items.flatMap((item) => {
        const entry = readEntry(item);
        const match = entry && matchEntry(entry, wanted);
        if (!match)
            return [];
        const update = {};
        // The entry's newName is what the environment runs; repeat it unless it is the requested name itself.
        if (entry.newName !== undefined && !match.byNewName)
            update.newName = entry.newName;
        if (entry.newTag !== undefined)
            update.newTag = entry.newTag;
        if (entry.digest !== undefined)
            update.newDigest = entry.digest;
        return [{ key: match.update.key, override: true, update, file: path }];
    });
}
function helmSightings(path, document, wanted) {
    const paths = keyPaths(undefined);
    const found = [];
    for (const base of walkMaps(document.contents)) {
        const repository = scalarText(nodeAt(base, paths.repository));
        if (repository === undefined)
            continue;
        const registry = scalarText(mapValue(nodeAt(base, paths.repository.slice(0, -1)), 'registry'));
        const update = (0,image_update/* findUpdate */.$w)(registry ? `${registry}/${repository}` : repository, wanted);
        if (!update)
            continue;
        const tag = scalarText(nodeAt(base, paths.tag));
        const digest = scalarText(nodeAt(base, paths.digest));
        const sighting = fromReference(`${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`, update, path);
        found.push(sighting);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/config-edit/index.ts
/**
 * The bump-manifest editing engine: finds image references in a config repository and rewrites
 * only the bytes that change. The action layer plans, shows the plan, then applies it.
 */





;// CONCATENATED MODULE: ./src/core/pull-request.ts


/** Opens the pull request, or refreshes the title and body of the one already open for `head`. */
async function openOrUpdatePullRequest(api, request, io) {
    const { slug, head, base, title, body } = request;
    const existing = await api.findOpen(slug, head, base);
    let pullRequest;
    if (existing) {
        pullRequest = await api.update(slug, existing.number, { title, body });
        io.info(`Updated ${api.noun ?? 'pull request'} ${pullRequest.url}`);
    }
    else {
        pullRequest = await api.create(slug, { head, base, title, body });
        io.info(`Opened ${api.noun ?? 'pull request'} ${pullRequest.url}`);
    }
    if (request.labels.length)
        await api.addLabels(slug, pullRequest.number, request.labels);
    return { ...pullRequest, created: !existing };
}
/**
 * The same bump (same images, same files, same target branch) always uses the same branch, so a
 * newer build force-updates the open pull request instead of opening one more. Versions are left
 * out of the hash on purpose: they are what changes between runs.
 */
function pullRequestBranchName(targetBranch, subject) {
    const key = JSON.stringify({
        images: [...new Set(subject.images)].sort(),
        files: [...new Set(subject.files)].sort(),
        set: [...new Set(subject.setPaths ?? [])].sort(),
    });
    const hash = (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 12);
    return `gitops-actions/bump/${targetBranch}/${hash}`;
}
/** `owner/repo` from a remote URL (`https://host/owner/repo.git`, `git@host:owner/repo.git`). */
function repositorySlugFromUrl(remoteUrl) {
    const scp = /^[\w.-]+@[^:/]+:(.+)$/.exec(remoteUrl);
    let pathname;
    if (scp) {
        pathname = scp[1];
    }
    else {
        try {
            pathname = new URL(remoteUrl).pathname;
        }
        catch {
            return undefined;
        }
    }
    const parts = pathname.replace(/\.git\/?$/, '').split('/').filter(Boolean);
    if (parts.length < 2)
        return undefined;
    return slugOf(parts);
}
/** `owner/repo` (or GitLab's `group/subgroup/project`) as an input or CI variable gives it. */
function parseRepositorySlug(text, inputName) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || !parts.every((part) => /^[A-Za-z0-9_.-]+$/.test(part))) {
        throw new errors/* ConfigurationError */.j1(`expected owner/name, got "${text}"`, inputName);
    }
    return slugOf(parts);
}
function slugOf(parts) {
    return { owner: parts[parts.length - 2], repo: parts[parts.length - 1], path: parts.join('/') };
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
;// CONCATENATED MODULE: ./src/actions/bump-manifest/summary.ts

/** Lines of context around each change: enough to see which image entry it is. */
const CONTEXT_LINES = 2;
const HEADLINES = {
    pushed: 'pushed',
    unchanged: 'already up to date',
    'dry-run': 'dry run, nothing written',
    'pull-request': 'pull request',
};
/** The step summary: what was asked, where it went, and the exact lines changed. */
function renderSummary(report) {
    const rows = [['Repository', `${code(report.repository)} branch ${code(report.branch)}`]];
    if (report.pushedBranch && report.pushedBranch !== report.branch)
        rows.push(['Pushed branch', code(report.pushedBranch)]);
    if (report.commit)
        rows.push(['Commit', code(report.commit)]);
    if (report.pullRequest) {
        rows.push(['Pull request', `[#${report.pullRequest.number}](${report.pullRequest.url}) (${report.pullRequest.created ? 'opened' : 'updated'})`]);
    }
    if (report.attempts && report.attempts > 1)
        rows.push(['Push attempts', String(report.attempts)]);
    const lines = [
        `### bump-manifest: ${HEADLINES[report.outcome]}`,
        '',
        '| | |',
        '|---|---|',
        ...rows.map(([name, value]) => `| ${name} | ${value} |`),
        '',
        ...report.requested.map((item) => `- ${escapeMarkdown(item)}`),
    ];
    if (report.unmatched.length) {
        lines.push('', `No file references: ${report.unmatched.map(code).join(', ')}`);
    }
    lines.push('', renderChanges(report.files));
    return `${lines.join('\n')}\n`;
}
/** One fenced unified diff per file: also the default pull request body. */
function renderChanges(files) {
    if (files.length === 0)
        return '_No file changed._';
    const sections = [];
    for (const file of files) {
        const patch = (0,create/* structuredPatch */.YB)(file.path, file.path, file.before, file.after, '', '', { context: CONTEXT_LINES });
        const body = patch.hunks
            .flatMap((hunk) => [`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines])
            .join('\n');
        const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
        sections.push(`#### ${code(file.path)}\n\n${fence}diff\n${body}\n${fence}`);
    }
    return sections.join('\n\n');
}
function longestBacktickRun(text) {
    return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}
/** Inline code that survives backticks and pipes in the value (a table cell must stay one cell). */
function code(text) {
    const fence = '`'.repeat(longestBacktickRun(text) + 1);
    const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
    return `${fence}${padded.replace(/\|/g, '\\|').replace(/\n/g, ' ')}${fence}`;
}
function escapeMarkdown(text) {
    return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

// EXTERNAL MODULE: ./src/actions/bump-manifest/providers.ts
var providers = __webpack_require__(85600);
// EXTERNAL MODULE: ./src/core/git/auth.ts
var auth = __webpack_require__(20476);
;// CONCATENATED MODULE: ./src/core/git/failures.ts

const AUTH_FAILURE = /Authentication failed|could not read (Username|Password)|terminal prompts disabled|HTTP Basic: Access denied|returned error: 40[13]|Invalid username or password|Write access to repository not granted|Permission to \S+ denied/i;
function isAuthenticationFailure(result) {
    return AUTH_FAILURE.test(result.stderr);
}
/** The last few meaningful lines of git's stderr: enough to act on, without a wall of progress. */
function gitMessage(result, maxLines = 6) {
    const lines = result.stderr
        .split(/\r?\n|\r/)
        .map((line) => line.trim())
        .filter((line) => line && !/^(remote: )?(Counting|Compressing|Writing|Receiving|Resolving|Enumerating|Total)\b/.test(line))
        // A checkout we did not clone may have credentials in its remote URL; git quotes that URL.
        .map((line) => line.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1'));
    return lines.slice(-maxLines).join('\n') || `exit code ${result.code}`;
}
/** The one error for a failed git command: authentication is named as such, the rest quoted. */
function gitFailure(result, doing, remoteDisplay) {
    if (remoteDisplay && isAuthenticationFailure(result)) {
        return new errors/* ActionFailure */.dR(`authentication failed for ${remoteDisplay} while trying to ${doing}: check that the "token" input holds a ` +
            `valid token with write access to that repository (and "token-username" if the host is not GitHub)`);
    }
    return new errors/* ActionFailure */.dR(`git could not ${doing}${remoteDisplay ? ` (${remoteDisplay})` : ''}:\n${gitMessage(result)}`);
}

;// CONCATENATED MODULE: ./src/core/git/repository.ts


/** curl's and git's words for a connection that broke mid-request (no answer, or half of one). */
const ANSWER_LOST = /RPC failed[^\n]*|the remote end hung up unexpectedly|Empty reply from server|Connection reset by peer|unexpected disconnect[^\n]*|early EOF|was killed by SIG\w+/;
const REMOTE_MOVED = /\[rejected\].*\((fetch first|non-fast-forward)\)|\[remote rejected\].*\((cannot lock ref|failed to update ref|incorrect old value|.*but expected)/;
/**
 * One working tree and the remote it pushes to. Every command that talks to the remote gets the
 * auth environment; local ones do not need it. Paths are relative to the top-level directory.
 */
class GitRepository {
    dir;
    remote;
    remoteName;
    git;
    authEnv;
    constructor(
    /** The top-level directory of the working tree. */
    dir, remote, remoteName, git, authEnv) {
        this.dir = dir;
        this.remote = remote;
        this.remoteName = remoteName;
        this.git = git;
        this.authEnv = authEnv;
    }
    /** A shallow, single-branch clone of `branch` (or the remote's default branch). */
    static async clone(options) {
        const branchArgs = options.branch ? ['--branch', options.branch] : [];
        const args = ['clone', '--depth', '1', '--single-branch', '--no-tags', ...branchArgs, '--', options.remote.url, options.dir];
        const result = await options.git(args, { cwd: options.cwd, env: options.authEnv });
        if (result.code !== 0) {
            if (!isAuthenticationFailure(result) && options.branch && /Remote branch .* not found/i.test(result.stderr)) {
                throw new errors/* ConfigurationError */.j1(`branch "${options.branch}" does not exist in ${options.remote.display}`, 'branch');
            }
            throw gitFailure(result, 'clone the repository', options.remote.display);
        }
        return new GitRepository(options.dir, options.remote, 'origin', options.git, options.authEnv);
    }
    /** An existing checkout; `dir` may be any directory inside it. */
    static async open(options) {
        const top = await options.git(['rev-parse', '--show-toplevel'], { cwd: options.dir });
        if (top.code !== 0) {
            throw new errors/* ConfigurationError */.j1(`${options.dir} is not inside a git checkout (${gitMessage(top, 1)})`, 'path');
        }
        const remoteName = options.remoteName ?? 'origin';
        const topLevel = top.stdout.trim();
        const remoteUrl = await options.git(['remote', 'get-url', remoteName], { cwd: options.dir });
        if (remoteUrl.code !== 0) {
            if (options.remoteOptional) {
                return new GitRepository(topLevel, { url: topLevel, display: `${topLevel} (no "${remoteName}" remote)` }, remoteName, options.git, {});
            }
            throw new errors/* ConfigurationError */.j1(`the checkout at ${options.dir} has no "${remoteName}" remote to push to`, 'path');
        }
        const { remote, env } = options.auth(remoteUrl.stdout.trim());
        return new GitRepository(topLevel, remote, remoteName, options.git, env);
    }
    async currentBranch() {
        const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    async head() {
        return (await this.run(['rev-parse', 'HEAD'])).stdout.trim();
    }
    /** Paths (relative to the top level) among `paths` whose content differs from HEAD. */
    async changedPaths(paths) {
        if (paths.length === 0)
            return [];
        const result = await this.run(['diff', '--name-only', '-z', 'HEAD', '--', ...paths.map(literalPath)]);
        return result.stdout.split('\0').filter(Boolean);
    }
    /** Commits exactly `paths` (whatever else is staged or modified stays out); returns the SHA. */
    async commit(paths, message, author) {
        const specs = paths.map(literalPath);
        await this.run(['add', '--', ...specs]);
        const identity = {
            GIT_AUTHOR_NAME: author.name,
            GIT_AUTHOR_EMAIL: author.email,
            GIT_COMMITTER_NAME: author.name,
            GIT_COMMITTER_EMAIL: author.email,
        };
        await this.run(['commit', '--quiet', '--no-edit', '--cleanup=whitespace', '-F', '-', '--', ...specs], {
            env: identity,
            input: message,
        });
        return this.head();
    }
    /** Pushes HEAD to `branch`; a moved remote is an outcome, every other refusal an error. */
    async push(branch, options = {}) {
        const refspec = `${options.force ? '+' : ''}HEAD:refs/heads/${branch}`;
        const result = await this.run(['push', '--porcelain', this.remoteName, refspec], { remote: true, allowFailure: true });
        if (result.code === 0)
            return { kind: 'pushed' };
        const text = `${result.stdout}\n${result.stderr}`;
        const moved = REMOTE_MOVED.exec(text);
        if (moved && !isAuthenticationFailure(result))
            return { kind: 'remote-moved', reason: moved[0] };
        const rejection = /\[remote rejected\][^\n]*|\[rejected\][^\n]*/.exec(text)?.[0];
        if (rejection && !isAuthenticationFailure(result)) {
            const hint = /protected|hook declined/i.test(rejection)
                ? '; if the branch is protected, use mode: pull-request'
                : '';
            throw new errors/* ActionFailure */.dR(`the push to branch "${branch}" of ${this.remote.display} was refused: ${rejection}${hint}`);
        }
        const failure = gitFailure(result, `push to branch "${branch}"`, this.remote.display);
        const lost = isAuthenticationFailure(result) ? undefined : ANSWER_LOST.exec(text)?.[0];
        if (lost)
            return { kind: 'answer-lost', reason: lost, failure };
        throw failure;
    }
    /** Fetches the remote tip of `branch` (shallowly when this clone is shallow) and returns its SHA. */
    async fetchBranch(branch) {
        const shallow = (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
        const tracking = `refs/remotes/${this.remoteName}/${branch}`;
        await this.run(['fetch', '--quiet', '--no-tags', ...(shallow ? ['--depth', '1'] : []), this.remoteName, `+refs/heads/${branch}:${tracking}`], { remote: true, doing: `fetch branch "${branch}"` });
        return (await this.run(['rev-parse', tracking])).stdout.trim();
    }
    /** Whether `ancestor` is `descendant` or one of its ancestors. */
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
        if (result.code > 1)
            throw gitFailure(result, 'compare two commits');
        return result.code === 0;
    }
    /**
     * Switches to local branch `name`, first moving it to `commit` when given (`checkout -B`);
     * uncommitted changes in other files come along, as with any checkout.
     */
    async switchToBranch(name, commit) {
        const args = commit ? ['checkout', '--quiet', '-B', name, commit] : ['checkout', '--quiet', name];
        await this.run(args, { doing: `switch back to branch "${name}"` });
    }
    /**
     * Moves to `commit` without touching any local branch (used to start from the remote tip, and
     * over again after it moved); git refuses (and we report) when that would overwrite uncommitted changes.
     */
    async detachAt(commit) {
        await this.run(['checkout', '--quiet', '--detach', commit], { doing: `check out ${commit.slice(0, 12)}` });
    }
    async run(args, options = {}) {
        const env = options.remote ? { ...this.authEnv, ...options.env } : options.env;
        const result = await this.git(args, { cwd: this.dir, env, input: options.input });
        if (result.code !== 0 && !options.allowFailure) {
            throw gitFailure(result, options.doing ?? `run "git ${args[0]}"`, options.remote ? this.remote.display : undefined);
        }
        return result;
    }
}
/** A path git must take literally: a file named `*.yaml` is not a glob. */
function literalPath(path) {
    return `:(literal)${path}`;
}

// EXTERNAL MODULE: ./src/core/cleanup.ts
var core_cleanup = __webpack_require__(3639);
;// CONCATENATED MODULE: ./src/actions/bump-manifest/workspace.ts






/**
 * The working tree to edit: a fresh shallow clone of `repository`, or the checkout at `path`.
 * Either way the edit starts from the remote tip of the branch: a checkout that is behind, or on
 * a detached commit the branch never had, must not push that history along with the bump.
 */
async function openWorkspace(inputs, io, git, env, tempDir) {
    const credentials = inputs.token ? { token: inputs.token.reveal(), username: inputs.tokenUsername } : undefined;
    if (inputs.repository) {
        const remote = (0,auth/* parseRepositoryUrl */.fn)(inputs.repository, 'repository');
        const parent = await (0,promises_.mkdtemp)(external_node_path_default().join(tempDir, 'bump-manifest-'));
        // Registered for a cancelled run too, which unwinds no `finally`.
        const forget = core_cleanup/* processCleanups */.h.add(() => (0,promises_.rm)(parent, { recursive: true, force: true, maxRetries: 3 }));
        const cleanup = async () => {
            await (0,promises_.rm)(parent, { recursive: true, force: true, maxRetries: 3 });
            forget();
        };
        try {
            const dir = external_node_path_default().join(parent, 'repository');
            const authEnv = (0,auth/* gitAuthEnvironment */.U)(remote, credentials, io, env);
            const repository = await io.group(`Clone ${remote.display}`, () => GitRepository.clone({ remote, branch: inputs.branch, dir, git, authEnv, cwd: parent }));
            const branch = inputs.branch ?? (await repository.currentBranch());
            if (!branch)
                throw new errors/* ConfigurationError */.j1(`${remote.display} has no default branch; give one`, 'branch');
            return { repository, root: await (0,promises_.realpath)(dir), branch, cleanup };
        }
        catch (error) {
            await cleanup();
            throw error;
        }
    }
    const dir = inputs.path;
    const repository = await GitRepository.open({
        dir,
        git,
        // A dry run reads the files as they are: a local preview needs no remote to push to.
        remoteOptional: inputs.dryRun,
        auth: (remoteUrl) => {
            const remote = (0,auth/* describeRemote */.kW)(remoteUrl);
            return { remote, env: (0,auth/* gitAuthEnvironment */.U)(remote, credentials, io, env) };
        },
    });
    const branch = inputs.branch ?? (await repository.currentBranch());
    // A dry run changes nothing, the checkout's HEAD included: it shows the diff against the files
    // as they are, so it needs neither a remote nor a branch (CI checkouts are often detached).
    if (inputs.dryRun)
        return { repository, root: await (0,promises_.realpath)(dir), branch: branch ?? 'HEAD', cleanup: async () => { } };
    if (!branch) {
        throw new errors/* ConfigurationError */.j1(`the checkout at ${dir} is on a detached HEAD: name the branch to push to`, 'branch');
    }
    const localBranch = await repository.currentBranch();
    const start = await repository.head();
    const tip = await repository.fetchBranch(branch);
    if (start !== tip) {
        io.info(`Starting from the tip of "${branch}" (${tip.slice(0, 12)}), not the checked-out commit`);
        await repository.detachAt(tip);
    }
    // Only the branch that was pushed to may move forward; any other stays where it was.
    const pushesBranch = inputs.mode === 'push' && localBranch === branch;
    return { repository, root: await (0,promises_.realpath)(dir), branch, cleanup: () => returnToBranch(repository, localBranch, start, pushesBranch, io) };
}
/**
 * Puts a checkout that was on a branch back on it: the edit ran on a detached HEAD (the remote
 * tip, then our commit). In push mode a branch that was behind moves forward to what was pushed,
 * as a pull would; a branch with commits of its own stays where it was, and says so. In
 * pull-request mode the bump lives on its own branch, and the local branch stays where it was.
 */
async function returnToBranch(repository, localBranch, start, pushesBranch, io) {
    if (!localBranch || (await repository.currentBranch()) === localBranch)
        return;
    const end = await repository.head();
    if (pushesBranch && (await repository.isAncestor(start, end))) {
        await repository.switchToBranch(localBranch, end);
        return;
    }
    await repository.switchToBranch(localBranch);
    if (pushesBranch) {
        io.info(`Branch "${localBranch}" has local commits the remote does not; it stays as it was (the update is ${end.slice(0, 12)} on the remote)`);
    }
}

;// CONCATENATED MODULE: ./src/actions/bump-manifest/run.ts










async function runBumpManifest(inputs, runtime, deps = {}) {
    const { io, env, ci: context } = runtime;
    const workspace = await openWorkspace(inputs, io, deps.git ?? createGitRunner({ baseEnv: env }), env, runtime.tempDir);
    try {
        return await bump(inputs, io, context, workspace, env);
    }
    finally {
        await workspace.cleanup();
    }
}
async function bump(inputs, io, context, workspace, env) {
    const { repository, root, branch } = workspace;
    const toRepositoryPath = (file) => external_node_path_default().relative(repository.dir, external_node_path_default().join(root, file)).split((external_node_path_default()).sep).join('/');
    const planRound = async () => {
        const updates = inputs.from
            ? await readImagesFrom(root, inputs.from, inputs.updates.map((update) => update.image))
            : inputs.updates;
        const request = { root, files: inputs.files, updates, kinds: inputs.kinds, helm: inputs.helm, set: inputs.set };
        const plan = await planEdits(request);
        for (const file of plan.skipped)
            io.warning(`Skipped ${file.reason} (it names none of the requested images)`);
        if (plan.unmatched.length) {
            const which = plan.unmatched.join(', ');
            if (!inputs.allowNoMatch) {
                // Image references never contain a space; `set` paths are reported as "key <path>".
                const input = plan.unmatched.every((entry) => entry.startsWith('key ')) ? 'set' : 'image';
                throw new errors/* ConfigurationError */.j1(`no file matching ${inputs.files.join(', ')} references ${which} (set allow-no-match to accept this)`, input);
            }
            io.warning(`No file matching ${inputs.files.join(', ')} references ${which}`);
        }
        const files = plan.edits.map((edit) => ({ path: toRepositoryPath(edit.path), before: edit.before, after: edit.after }));
        return { updates, plan, files };
    };
    const requested = (updates) => [
        ...updates.map((update) => `${update.image} → ${referenceText(update)}`),
        ...inputs.set.map((entry) => `${entry.path} = ${entry.value}`),
    ];
    if (inputs.dryRun) {
        const round = await planRound();
        for (const file of round.files)
            io.info(`Would change ${file.path}`);
        const report = {
            outcome: 'dry-run',
            repository: repository.remote.display,
            branch,
            requested: requested(round.updates),
            files: round.files,
            unmatched: round.plan.unmatched,
        };
        return {
            outputs: outputs({ changed: round.files.length > 0, commit: '', files: round.files, branch }),
            summary: renderSummary(report),
        };
    }
    let last;
    const applyChange = async () => {
        const round = await planRound();
        await applyEdits(root, round.plan.edits);
        last = round;
        const paths = round.files.map((file) => file.path);
        return { paths, message: (0,commit_message/* renderCommitMessage */.jq)(inputs.message, { updates: round.updates, set: inputs.set, files: paths }) };
    };
    const pullRequestMode = inputs.mode === 'pull-request';
    const pushBranch = pullRequestMode
        ? (inputs.pullRequest.branch ??
            pullRequestBranchName(branch, {
                images: inputs.updates.map((update) => update.image),
                files: inputs.files,
                setPaths: inputs.set.map((entry) => entry.path),
            }))
        : undefined;
    // A token the API refuses must fail the run before anything is pushed, not after.
    const pullRequests = pullRequestMode ? await pullRequestClient(inputs, context, repository.remote, env) : undefined;
    if (pullRequests) {
        await pullRequests.api.findOpen(pullRequests.slug, pushBranch, branch);
        if (inputs.pullRequest.labels.length)
            await pullRequests.api.checkLabels?.(pullRequests.slug, inputs.pullRequest.labels);
    }
    const published = await commitAndPush({
        repository,
        branch,
        pushBranch,
        author: inputs.author,
        retries: pullRequestMode ? 0 : inputs.pushRetries,
        applyChange,
        io,
    });
    const round = last;
    const changedFiles = round.files.filter((file) => published.paths.includes(file.path));
    const report = {
        outcome: published.changed ? (pullRequestMode ? 'pull-request' : 'pushed') : 'unchanged',
        repository: repository.remote.display,
        branch,
        pushedBranch: published.changed ? pushBranch : undefined,
        commit: published.commit,
        requested: requested(round.updates),
        files: changedFiles,
        unmatched: round.plan.unmatched,
        attempts: published.attempts,
    };
    if (pullRequests && published.changed) {
        const message = (0,commit_message/* renderCommitMessage */.jq)(inputs.message, { updates: round.updates, set: inputs.set, files: published.paths });
        report.pullRequest = await openOrUpdatePullRequest(pullRequests.api, {
            slug: pullRequests.slug,
            head: pushBranch,
            base: branch,
            title: inputs.pullRequest.title ?? message.split('\n')[0],
            body: inputs.pullRequest.body ?? `${requested(round.updates).map((line) => `- ${line}`).join('\n')}\n\n${renderChanges(changedFiles)}\n`,
            labels: inputs.pullRequest.labels,
        }, io);
    }
    return {
        outputs: outputs({
            changed: published.changed,
            commit: published.commit,
            files: changedFiles,
            branch: published.changed && pushBranch ? pushBranch : branch,
            pullRequest: report.pullRequest,
        }),
        summary: renderSummary(report),
    };
}
async function pullRequestClient(inputs, context, remote, env) {
    const provider = (0,providers/* chooseProvider */.Vm)(inputs.provider, remote, env);
    const slug = repositorySlugFromUrl(remote.url) ?? (context.repository ? parseRepositorySlug(context.repository, 'repository') : undefined);
    if (!slug)
        throw new errors/* ConfigurationError */.j1(`cannot tell the owner/name of ${remote.display} for the pull request`, 'repository');
    const apiUrl = inputs.apiUrl ?? (0,providers/* defaultApiUrl */.zq)(provider, remote, env);
    return { api: await (0,providers/* createPullRequestApi */.T1)(provider, inputs.token.reveal(), apiUrl, slug), slug };
}
function outputs(result) {
    return {
        changed: String(result.changed),
        commit: result.commit,
        files: result.files.map((file) => file.path).join('\n'),
        branch: result.branch,
        'pull-request-url': result.pullRequest?.url ?? '',
        'pull-request-number': result.pullRequest ? String(result.pullRequest.number) : '',
    };
}
/** `newName:tag@digest`, or just the parts given (`1.2`, `sha256:…`, `1.2@sha256:…`). */
function referenceText(update) {
    const version = [update.newTag, update.newDigest].filter(Boolean).join('@');
    if (!update.newName)
        return version || '(unchanged)';
    return `${update.newName}${update.newTag ? `:${update.newTag}` : ''}${update.newDigest ? `@${update.newDigest}` : ''}`;
}


/***/ }),

/***/ 93915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
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


/***/ }),

/***/ 19388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ proxySettings),
/* harmony export */   g: () => (/* binding */ curlProxyEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the environment variable ${found.name} is not a valid proxy URL: expected http://host:port.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the environment variable ${found.name} names a ${url.protocol.slice(0, -1)} proxy: only http:// and https:// proxies are supported.`);
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


/***/ }),

/***/ 99978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   oo: () => (/* binding */ ProgramNotFoundError)
/* harmony export */ });
/* unused harmony exports withoutActionInputs, ProcessCancelledError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3639);


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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(request.program, [...request.args], { cwd: request.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
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
        const unregister = _cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .processCleanups */ .h.add(stop);
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


/***/ })

};
