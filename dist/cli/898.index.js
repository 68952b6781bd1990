export const id = 898;
export const ids = [898];
export const modules = {

/***/ 1898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyEdits: () => (/* reexport */ applyEdits),
  parseImageUpdate: () => (/* reexport */ image_update/* parseImageUpdate */.EF),
  planEdits: () => (/* reexport */ planEdits),
  readImagesFrom: () => (/* reexport */ readImagesFrom)
});

// EXTERNAL MODULE: ./src/core/config-edit/image-update.ts
var image_update = __webpack_require__(716);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
var main = __webpack_require__(9547);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(3382);
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
var external_node_crypto_ = __webpack_require__(7598);
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






/***/ })

};
