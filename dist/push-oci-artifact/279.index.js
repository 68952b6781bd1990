export const id = 279;
export const ids = [279];
export const modules = {

/***/ 6279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prefetchedLayerCache: () => (/* binding */ prefetchedLayerCache)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/flux-artifact/compressor.ts
var compressor = __webpack_require__(9743);
// EXTERNAL MODULE: ./src/core/flux-artifact/snapshot-check-thread.ts + 1 modules
var snapshot_check_thread = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/core/flux-artifact/tree-snapshot.ts + 1 modules
var tree_snapshot = __webpack_require__(1520);
;// CONCATENATED MODULE: ./src/core/flux-artifact/layer-cache.ts







// v5: layers are compressed by pako (v4 records name node:zlib layers, which other machines cannot reproduce).
// v6: snapshots carry a random id their record names (v5 named their sha256).
// v7: snapshots record where each name starts.
const FORMAT = 'flux-layer-cache-v7';
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const RACY_MARGIN_MS = 2_000;
/** From this many entries on, prefetch checks the snapshot on two threads. */
const PARALLEL_CHECK_FROM = 4096;
class LayerCache {
    directory;
    io;
    racyMarginMs;
    /** Answers a prefetch started, each handed to the next call that asks (then asked afresh). */
    #prefetchedRecalls = new Map();
    #prefetchedChecks = new Map();
    constructor(
    /** Undefined disables the cache. */
    directory, io, racyMarginMs = RACY_MARGIN_MS) {
        this.directory = directory;
        this.io = io;
        this.racyMarginMs = racyMarginMs;
    }
    get enabled() {
        return this.directory !== undefined;
    }
    /** The layer the same tree gave last time, when nothing in it may have changed since (a fresh walk's entries). */
    async lookup(root, ignorePaths, entries) {
        const record = await this.recall(root, ignorePaths);
        return record && record.signature === (0,tree_snapshot/* treeSignature */.Xz)(entries) ? record.layer : undefined;
    }
    /**
     * Reads the record now and, for a big snapshot, starts checking it on a worker thread, which
     * boots (~20 ms) and checks while this thread loads code and probes the registry; the push
     * that follows joins the check (snapshotHolds). This thread does not check meanwhile: its
     * loading would wait behind every chunk it checked.
     */
    prefetch(root, ignorePaths) {
        if (!this.directory)
            return;
        const recordFile = this.#file(root, ignorePaths, 'json');
        const snapshotFile = this.#file(root, ignorePaths, 'tree');
        const helper = (0,snapshot_check_thread/* startSnapshotCheck */.vj)(root, snapshotFile, { minimumEntries: PARALLEL_CHECK_FROM, numbersPerEntry: tree_snapshot/* NUMBERS_PER_ENTRY */.Y_, chunk: tree_snapshot/* SNAPSHOT_CHUNK */.ln, headerBytes: tree_snapshot/* SNAPSHOT_HEADER_BYTES */.FV });
        const record = this.#readRecord(recordFile);
        this.#prefetchedRecalls.set(recordFile, record);
        if (!helper)
            return;
        if (record?.snapshot)
            this.#prefetchedChecks.set(this.#checkKey(root, ignorePaths, record.snapshot), helper);
        else
            Atomics.store(helper.shared, snapshot_check_thread/* CHANGED */.Rj, 1); // nothing to prove: the worker stops
    }
    /** What was recorded for this root and these rules, whatever the files are now. */
    async recall(root, ignorePaths) {
        if (!this.directory)
            return undefined;
        const file = this.#file(root, ignorePaths, 'json');
        // A prefetched "no record" counts too: the file is not read (nor its error logged) twice.
        return this.#prefetchedRecalls.has(file) ? take(this.#prefetchedRecalls, file) : this.#readRecord(file);
    }
    #readRecord(file) {
        let record;
        try {
            record = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                this.io.debug(`Layer cache entry unreadable, ignored: ${error.message}`);
            return undefined;
        }
        if (record.format !== FORMAT || typeof record.signature !== 'string' || !isSummary(record.summary))
            return undefined;
        if (!isDigest(record.diffId) || !isDigest(record.digest) || !isSize(record.size) || !isSize(record.tarSize))
            return undefined;
        const layer = { diffId: record.diffId, digest: record.digest, size: record.size, tarSize: record.tarSize };
        return { layer, summary: record.summary, signature: record.signature, ...(isSnapshotId(record.snapshot) ? { snapshot: record.snapshot } : {}) };
    }
    /** True when the recorded snapshot proves the tree unchanged, without walking it. */
    async snapshotHolds(root, ignorePaths, recalled) {
        if (!this.directory || !recalled.snapshot)
            return false;
        const helper = take(this.#prefetchedChecks, this.#checkKey(root, ignorePaths, recalled.snapshot));
        return await this.#checkSnapshot(root, ignorePaths, recalled.snapshot, helper);
    }
    #checkKey(root, ignorePaths, id) {
        return `${this.#file(root, ignorePaths, 'tree')}\0${id}`;
    }
    async #checkSnapshot(root, ignorePaths, id, helper) {
        let snapshot;
        try {
            snapshot = (0,external_node_fs_.readFileSync)(this.#file(root, ignorePaths, 'tree'));
        }
        catch {
            snapshot = undefined;
        }
        // The id ties the snapshot to its record, should two runs have written them at once.
        if (!snapshot || (0,tree_snapshot/* snapshotId */.iy)(snapshot) !== id) {
            if (helper)
                Atomics.store(helper.shared, snapshot_check_thread/* CHANGED */.Rj, 1);
            return false;
        }
        return await (0,tree_snapshot/* snapshotUnchanged */.Iq)(root, snapshot, helper);
    }
    /**
     * Records what `entries` packed to; skipped when some entry is too recent to be trusted.
     * `snapshot` only when every directory walked is an entry (no `!` rules) and the root is one.
     */
    async store(root, ignorePaths, walk, layer) {
        if (!this.directory)
            return;
        if (walk.newestChangeMs >= walk.startedAtMs - this.racyMarginMs) {
            this.io.debug('Some files changed moments before the walk: the layer cache is not updated this time.');
            return;
        }
        try {
            await (0,promises_.mkdir)(this.directory, { recursive: true, mode: 0o700 });
            const record = { format: FORMAT, signature: (0,tree_snapshot/* treeSignature */.Xz)(walk.entries), summary: walk.summary, ...layer };
            if (walk.snapshot) {
                const snapshot = (0,tree_snapshot/* encodeSnapshot */.hX)(walk.entries);
                record.snapshot = snapshot.id;
                // Left in place should the record fail: without a record naming its id it is never used.
                await this.#writeAtomically(this.#file(root, ignorePaths, 'tree'), snapshot.bytes);
            }
            await this.#writeAtomically(this.#file(root, ignorePaths, 'json'), JSON.stringify(record));
        }
        catch (error) {
            this.io.debug(`Layer cache not written (${error.message}); the next push packs again.`);
        }
    }
    /** Temp file then rename: a concurrent run sees the old file or the new one, never half of one. */
    async #writeAtomically(file, data) {
        const temp = `${file}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
        try {
            await (0,promises_.writeFile)(temp, data, { mode: 0o600 });
            await (0,promises_.rename)(temp, file);
        }
        catch (error) {
            await (0,promises_.rm)(temp, { force: true });
            throw error;
        }
    }
    #file(root, ignorePaths, extension) {
        const key = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([FORMAT, compressor/* COMPRESSOR_ID */.E5, root, ignorePaths])).digest('hex');
        return external_node_path_default().join(this.directory, `${key}.${extension}`);
    }
}
function take(map, key) {
    const value = map.get(key);
    map.delete(key);
    return value;
}
function isSummary(value) {
    const summary = value;
    return (typeof summary === 'object' &&
        Number.isSafeInteger(summary.files) &&
        Number.isSafeInteger(summary.entries) &&
        Array.isArray(summary.skippedSymlinks) &&
        Array.isArray(summary.skippedSpecial));
}
function isSnapshotId(value) {
    return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}
function isDigest(value) {
    return typeof value === 'string' && DIGEST.test(value);
}
function isSize(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

;// CONCATENATED MODULE: ./src/actions/push-oci-artifact/prefetch.ts

/**
 * The layer cache for this push, already checking whether the tree changed since the last one.
 * A small module of its own: the action loads it before the rest of its code, so on a re-push
 * of an unchanged tree (where that check is most of the run) loading overlaps checking.
 */
function prefetchedLayerCache(inputs, io) {
    const cache = new LayerCache(inputs.cacheDir, io);
    cache.prefetch(inputs.root, inputs.ignorePaths);
    return cache;
}


/***/ }),

/***/ 9743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ COMPRESSOR_ID),
/* harmony export */   Gw: () => (/* binding */ GZIP_LEVEL)
/* harmony export */ });
/* unused harmony export PAKO_VERSION */
// What the layer compressor is, apart from the compressor itself (go-gzip.ts): the layer cache
// needs these on every push, and pako need not be loaded for a push that packs nothing.
const GZIP_LEVEL = 3;
/** The version pinned in package.json: another pako may produce other bytes (a test checks they agree). */
const PAKO_VERSION = '3.0.3';
/**
 * What identifies the compressed bytes we produce for a given tarball; the layer cache keys on
 * it, so a layer packed by another compressor or setting is never reused.
 */
const COMPRESSOR_ID = `pako ${PAKO_VERSION} level ${GZIP_LEVEL} anzac-hash gzip-header go`;


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rj: () => (/* binding */ CHANGED),
  ht: () => (/* binding */ NEXT_ENTRY),
  Ac: () => (/* binding */ SHARED_SLOTS),
  vj: () => (/* binding */ startSnapshotCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/core/helper-thread.ts

/**
 * A worker thread running a small plain-JavaScript program, for file-system work that two cores
 * do in about half the time (lstat, open/read of thousands of small files). It boots in ~20 ms,
 * so it is started before its job is known; until given one it does not keep the process alive,
 * and `release` stops it unused.
 *
 * The program gets one job (`parentPort.once('message', …)`), may post reports, and posts `null`
 * when done. It is JavaScript in a string because it must run alike from the bundles, tsx and
 * vitest (a worker cannot load TypeScript); execArgv is emptied so tsx is not loaded there either.
 */
class HelperThread {
    #worker;
    #taken = false;
    constructor(program) {
        this.#worker = new external_node_worker_threads_.Worker(program, { eval: true, execArgv: [] });
        this.#worker.unref();
    }
    release() {
        if (this.#taken)
            return;
        this.#taken = true;
        void this.#worker.terminate();
    }
    /**
     * Hands the job over. Resolves true when the program said it was done, false when the thread
     * failed or stopped first; never rejects: the caller does what the helper left undone.
     */
    run(job, onReport = () => undefined) {
        if (this.#taken)
            throw new Error('a HelperThread runs one job');
        this.#taken = true;
        const worker = this.#worker;
        worker.ref();
        const finished = new Promise((resolve) => {
            worker.on('message', (report) => (report === null ? resolve(true) : onReport(report)));
            worker.on('error', () => resolve(false));
            worker.on('exit', () => resolve(false));
        });
        worker.postMessage(job);
        return finished;
    }
}

;// CONCATENATED MODULE: ./src/core/flux-artifact/snapshot-check-thread.ts


/** Slots of the Int32Array both threads share: the next unclaimed entry, and 1 once a change was seen. */
const NEXT_ENTRY = 0;
const CHANGED = 1;
const SHARED_SLOTS = 2;
/**
 * Starts checking a snapshot file on a worker thread, before the record naming it is even read:
 * the thread takes ~20 ms to boot, and on a re-push of an unchanged tree the check (one lstat
 * per entry) is most of the run. Only for snapshots of at least `minimumEntries` (judged by the
 * file's size); undefined otherwise, or when there is none.
 */
function startSnapshotCheck(root, snapshotFile, options) {
    const size = (0,external_node_fs_.statSync)(snapshotFile, { throwIfNoEntry: false })?.size ?? 0;
    if (size < options.minimumEntries * options.numbersPerEntry * 8)
        return undefined;
    const shared = new Int32Array(new SharedArrayBuffer(SHARED_SLOTS * 4));
    let reportId = () => undefined;
    const id = new Promise((resolve) => (reportId = resolve));
    const thread = new HelperThread(SNAPSHOT_CHECK_PROGRAM);
    const { chunk, numbersPerEntry, headerBytes } = options;
    const finished = thread.run({ root, snapshotFile, shared, chunk, numbersPerEntry, headerBytes }, reportId);
    void finished.then(() => reportId(undefined));
    return { shared, id, finished };
}
/**
 * The check of tree-snapshot.ts over WASI (wasi-entry-check.ts, which it mirrors line for line:
 * test/core/flux-artifact/snapshot-check.test.ts checks both on every kind of change), for the worker.
 * It reports the id of the snapshot it read, then claims chunks until none is left or a change was
 * seen. Without WASI it claims none, and the main thread checks every entry itself.
 */
const SNAPSHOT_CHECK_PROGRAM = `
const { parentPort } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const KIND_OF_WASI_FILETYPE = { 3: 2, 4: 1 };
const MEMORY_ONLY_MODULE = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 5, 3, 1, 0, 1, 7, 10, 1, 6, ...Buffer.from('memory'), 2, 0]);
const FILESTAT_BYTES = 64;
const PREOPENED_ROOT = 3;

const wasiEntryCheck = (root, names) => {
  let filestat, memory, closeRoot;
  try {
    // This thread has no other warning to give than node:wasi's, that it is experimental.
    process.removeAllListeners('warning');
    const { WASI } = require('node:wasi');
    const wasi = new WASI({ version: 'preview1', preopens: { '/': root }, returnOnExit: true });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(MEMORY_ONLY_MODULE), {});
    wasi.initialize(instance);
    memory = instance.exports.memory;
    memory.grow(Math.ceil((FILESTAT_BYTES + names.length) / 65536));
    filestat = wasi.wasiImport.path_filestat_get;
    closeRoot = () => wasi.wasiImport.fd_close(PREOPENED_ROOT);
  } catch {
    return undefined;
  }
  names.copy(Buffer.from(memory.buffer), FILESTAT_BYTES);
  const words = new Uint32Array(memory.buffer, 0, FILESTAT_BYTES / 4);
  const filetype = new Uint8Array(memory.buffer, 16, 1);
  const u64 = (word) => words[word] + words[word + 1] * 4294967296;
  const ms = (word) => {
    const high = words[word + 1] * 4294967296;
    const low = words[word];
    let sec = Math.floor((high + low) / 1e9);
    let nsec = high - sec * 1e9 + low;
    if (nsec < 0) (sec -= 1), (nsec += 1e9);
    else if (nsec >= 1e9) (sec += 1), (nsec -= 1e9);
    return sec * 1e3 + nsec / 1e6;
  };
  const unchanged = (from, to, numbers, at) => {
    if (filestat(PREOPENED_ROOT, 0, FILESTAT_BYTES + from, to - from, 0) !== 0) return false;
    const kind = KIND_OF_WASI_FILETYPE[filetype[0]] ?? 0;
    return numbers[at] === kind && numbers[at + 2] === (kind === 1 ? u64(8) : 0) && numbers[at + 3] === u64(0) &&
      numbers[at + 4] === u64(2) && numbers[at + 5] === ms(12) && numbers[at + 6] === ms(14);
  };
  return { unchanged, close: closeRoot };
};

const check = ({ root, snapshotFile, shared, chunk, numbersPerEntry, headerBytes }) => {
  let bytes;
  try {
    bytes = readFileSync(snapshotFile);
  } catch {
    return;
  }
  if (bytes.length < headerBytes) return;
  const count = bytes.readUInt32LE(0);
  const namesLength = bytes.readUInt32LE(4);
  const startsOffset = headerBytes;
  const namesOffset = startsOffset + 4 * (count + 1);
  const numbersOffset = namesOffset + namesLength + ((8 - ((namesOffset + namesLength) % 8)) % 8);
  if (count === 0 || bytes.length !== numbersOffset + count * numbersPerEntry * 8 || bytes.readUInt32LE(startsOffset + 4 * count) !== namesLength + 1) return;
  const names = bytes.subarray(namesOffset, namesOffset + namesLength);
  if (names[0] !== 0x2e || (namesLength > 1 && names[1] !== 0)) return;
  const numbers = new Float64Array(bytes.buffer.slice(bytes.byteOffset + numbersOffset, bytes.byteOffset + bytes.length));
  const wasi = wasiEntryCheck(root, names);
  if (!wasi) return;
  parentPort.postMessage(bytes.toString('hex', 8, headerBytes));
  try {
    checkChunks(bytes, names, numbers, wasi.unchanged, { shared, chunk, count, numbersPerEntry, startsOffset });
  } finally {
    wasi.close();
  }
};

const checkChunks = (bytes, names, numbers, unchanged, { shared, chunk, count, numbersPerEntry, startsOffset }) => {
  const nameAt = (index) => bytes.readUInt32LE(startsOffset + 4 * index);
  for (let start; Atomics.load(shared, ${CHANGED}) === 0 && (start = Atomics.add(shared, ${NEXT_ENTRY}, chunk)) < count; ) {
    for (let index = start; index < Math.min(start + chunk, count); index++) {
      const from = nameAt(index);
      const to = nameAt(index + 1) - 1;
      if (!(to > from && (index === 0 || names[from - 1] === 0) && unchanged(from, to, numbers, index * numbersPerEntry))) {
        Atomics.store(shared, ${CHANGED}, 1);
        return;
      }
    }
  }
};
parentPort.once('message', (job) => {
  check(job);
  parentPort.postMessage(null);
  parentPort.close();
});
`;


/***/ }),

/***/ 1520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y_: () => (/* binding */ NUMBERS_PER_ENTRY),
  ln: () => (/* binding */ SNAPSHOT_CHUNK),
  FV: () => (/* binding */ SNAPSHOT_HEADER_BYTES),
  hX: () => (/* binding */ encodeSnapshot),
  iy: () => (/* binding */ snapshotId),
  Iq: () => (/* binding */ snapshotUnchanged),
  Xz: () => (/* binding */ treeSignature)
});

// UNUSED EXPORTS: WASI_CHECK_FROM, snapshotLayout

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/core/flux-artifact/snapshot-check-thread.ts + 1 modules
var snapshot_check_thread = __webpack_require__(7428);
;// CONCATENATED MODULE: ./src/core/flux-artifact/wasi-entry-check.ts
/** WASI filetypes as the kinds a snapshot records (tree-snapshot.ts): directory 2, regular file 1, else 0. */
const KIND_OF_WASI_FILETYPE = { 3: 2, 4: 1 };
/** A module that only exports its memory: header, one memory of 1 page, export "memory" (kind 2, index 0). */
const MEMORY_ONLY_MODULE = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 5, 3, 1, 0, 1, 7, 10, 1, 6, ...Buffer.from('memory'), 2, 0]);
const FILESTAT_BYTES = 64;
const PREOPENED_ROOT = 3;
const WASM_PAGE = 65_536;
/**
 * A check of entries named in `names` (relative to `root`, "." for the root itself): each call
 * stats the name at bytes [from, to) of `names` and compares it with numbers[at…at+6] (kind,
 * mode, size, device, inode, mtimeMs, ctimeMs; mode skipped). Undefined
 * when node:wasi is unavailable or refuses; the caller then uses lstat.
 */
function wasiEntryCheck(root, names) {
    const WASI = loadWasi();
    if (!WASI)
        return undefined;
    let filestat;
    let closeFd;
    let memory;
    try {
        const wasi = new WASI({ version: 'preview1', preopens: { '/': root }, returnOnExit: true });
        const instance = new wasm.Instance(new wasm.Module(MEMORY_ONLY_MODULE), {});
        wasi.initialize(instance);
        memory = instance.exports.memory;
        memory.grow(Math.ceil((FILESTAT_BYTES + names.length) / WASM_PAGE));
        const calls = wasi.wasiImport;
        filestat = calls.path_filestat_get;
        closeFd = calls.fd_close;
    }
    catch {
        return undefined;
    }
    names.copy(Buffer.from(memory.buffer), FILESTAT_BYTES);
    const words = new Uint32Array(memory.buffer, 0, FILESTAT_BYTES / 4);
    const filetype = new Uint8Array(memory.buffer, 16, 1);
    // Little-endian u64 at words[word]: exact below 2**53, as Stats gives it.
    const u64 = (word) => words[word] + words[word + 1] * 4294967296;
    const ms = (word) => millisecondsOf(words[word + 1], words[word]);
    const unchanged = (from, to, numbers, at) => {
        if (filestat(PREOPENED_ROOT, 0, FILESTAT_BYTES + from, to - from, 0) !== 0)
            return false;
        const kind = KIND_OF_WASI_FILETYPE[filetype[0]] ?? 0;
        // Filestat layout: dev @0, ino @8, filetype @16, nlink @24, size @32, atim @40, mtim @48, ctim @56.
        return (numbers[at] === kind &&
            numbers[at + 2] === (kind === 1 ? u64(8) : 0) &&
            numbers[at + 3] === u64(0) &&
            numbers[at + 4] === u64(2) &&
            numbers[at + 5] === ms(12) &&
            numbers[at + 6] === ms(14));
    };
    return { unchanged, close: () => void closeFd(PREOPENED_ROOT) };
}
/**
 * Nanoseconds since the epoch (a u64 as two u32 halves) as the milliseconds Stats gives:
 * sec * 1e3 + nsec / 1e6 from the same sec and nsec, so the doubles are identical. high and
 * sec * 1e9 are exact and close to each other, so their difference is exact too; the first guess
 * of sec may be one off. A time before 1970 wraps in WASI, differs here, and reads as a change.
 */
function millisecondsOf(highWord, lowWord) {
    const high = highWord * 4294967296;
    let sec = Math.floor((high + lowWord) / 1e9);
    let nsec = high - sec * 1e9 + lowWord;
    if (nsec < 0) {
        sec -= 1;
        nsec += 1e9;
    }
    else if (nsec >= 1e9) {
        sec += 1;
        nsec -= 1e9;
    }
    return sec * 1e3 + nsec / 1e6;
}
const wasm = globalThis.WebAssembly;
/**
 * node:wasi, loaded without the warning it prints once on load (that it is experimental), which
 * would only puzzle users reading the log. The warning is emitted synchronously within the load,
 * so nothing else's warning can be lost meanwhile.
 */
function loadWasi() {
    if (typeof process.getBuiltinModule !== 'function')
        return undefined; // Node < 20.16
    const emitWarning = process.emitWarning;
    process.emitWarning = () => undefined;
    try {
        return process.getBuiltinModule('node:wasi')?.WASI;
    }
    catch {
        return undefined;
    }
    finally {
        process.emitWarning = emitWarning;
    }
}

;// CONCATENATED MODULE: ./src/core/flux-artifact/tree-snapshot.ts






/**
 * What the layer cache compares trees by. Two forms:
 *
 * - `treeSignature`: a digest of every entry's name, type, mode and size, plus each file's
 *   device, inode, mtime and ctime. A fresh walk (readdir, ignore rules, lstat) must give the
 *   same digest. Directory times are left out, so an ignored file coming or going misses nothing.
 * - A snapshot: the same fields, directory times included, stored whole. Checking it needs no
 *   readdir and no ignore matching: POSIX updates a directory's mtime and ctime whenever an entry
 *   is added, removed or renamed in it, so unchanged directory stamps mean unchanged listings,
 *   and one lstat per recorded entry proves the tree the same. That is the cheapest sound check.
 */
const NUMBERS_PER_ENTRY = 7;
function treeSignature(entries) {
    return digestOf(entries, false);
}
/**
 * Layout: count (u32 LE), names' byte length (u32 LE), the snapshot's id (16 random bytes, also
 * named by its record: a mismatch means the two files come from different runs); then where each
 * name starts in the names (count + 1 u32 LE, the last one past the end as if a NUL followed),
 * the names joined by NUL (which no name holds), padding to 8 bytes, and 7 float64s per entry.
 * The starts spare both checking threads a scan for the NULs.
 */
const SNAPSHOT_HEADER_BYTES = 24;
/** Where a snapshot's parts begin, in bytes, and its whole length. */
function snapshotLayout(count, namesLength) {
    const starts = SNAPSHOT_HEADER_BYTES;
    const names = starts + 4 * (count + 1);
    const numbers = names + namesLength + ((8 - ((names + namesLength) % 8)) % 8);
    return { starts, names, numbers, length: numbers + count * NUMBERS_PER_ENTRY * 8 };
}
function encodeSnapshot(entries) {
    const joined = entries.map((entry) => entry.name).join('\0');
    const names = Buffer.from(joined);
    const ascii = names.length === joined.length; // then a name's length is its byte length
    const layout = snapshotLayout(entries.length, names.length);
    const bytes = Buffer.alloc(layout.length);
    bytes.writeUInt32LE(entries.length, 0);
    bytes.writeUInt32LE(names.length, 4);
    (0,external_node_crypto_.randomFillSync)(bytes, 8, 16);
    for (let index = 0, start = 0; index <= entries.length; index++) {
        bytes.writeUInt32LE(start, layout.starts + 4 * index);
        if (index < entries.length)
            start += (ascii ? entries[index].name.length : Buffer.byteLength(entries[index].name)) + 1;
    }
    names.copy(bytes, layout.names);
    Buffer.from(numbersOf(entries, true).buffer).copy(bytes, layout.numbers);
    return { bytes, id: bytes.toString('hex', 8, SNAPSHOT_HEADER_BYTES) };
}
/** The id a snapshot's header holds, as its record names it (32 hex digits). */
function snapshotId(snapshot) {
    return snapshot.length >= SNAPSHOT_HEADER_BYTES ? snapshot.toString('hex', 8, SNAPSHOT_HEADER_BYTES) : undefined;
}
/** Below this many entries lstat costs less than loading and setting up node:wasi (~1 ms). */
const WASI_CHECK_FROM = 512;
/** Entries claimed at a time by either thread. */
const SNAPSHOT_CHUNK = 512;
/**
 * True when every entry of the snapshot is still there, of the same kind, mode, size and stamps.
 * It yields to the event loop between chunks, so requests started before it progress meanwhile.
 *
 * `helper`: a check of the same snapshot file already running on a worker thread (see
 * snapshot-check-thread.ts), which takes chunks from the same counter. A change either thread
 * sees ends the check (false is always safe: the tree is walked and packed). True needs every
 * chunk checked by a thread that read this very snapshot (same id): a worker that read another
 * one (the file was replaced meanwhile) or failed leaves this thread to check all again alone.
 *
 * `statWith`: WASI (wasi-entry-check.ts) for snapshots of WASI_CHECK_FROM entries or more, unless
 * unavailable, then lstat; `lstat` forces the latter.
 */
async function snapshotUnchanged(root, snapshot, helper, statWith = 'wasi') {
    const check = entryCheckOf(root, snapshot, statWith);
    const shared = helper?.shared ?? new Int32Array(new SharedArrayBuffer(snapshot_check_thread/* SHARED_SLOTS */.Ac * 4));
    if (!check) {
        Atomics.store(shared, snapshot_check_thread/* CHANGED */.Rj, 1);
        return false;
    }
    let claimedHere;
    try {
        claimedHere = await checkChunks(check, shared);
    }
    finally {
        check.close();
    }
    if (Atomics.load(shared, snapshot_check_thread/* CHANGED */.Rj) !== 0)
        return false;
    if (!helper || claimedHere === Math.ceil(check.count / SNAPSHOT_CHUNK))
        return true;
    if ((await helper.finished) && (await helper.id) === snapshotId(snapshot))
        return Atomics.load(shared, snapshot_check_thread/* CHANGED */.Rj) === 0;
    return await snapshotUnchanged(root, snapshot, undefined, statWith);
}
/** Checks chunks until none is left or a change was seen (then flagged in `shared`); how many it claimed. */
async function checkChunks(check, shared) {
    let claimed = 0;
    for (let start; Atomics.load(shared, snapshot_check_thread/* CHANGED */.Rj) === 0 && (start = Atomics.add(shared, snapshot_check_thread/* NEXT_ENTRY */.ht, SNAPSHOT_CHUNK)) < check.count;) {
        claimed++;
        for (let index = start; index < Math.min(start + SNAPSHOT_CHUNK, check.count); index++) {
            if (!check.entry(index)) {
                Atomics.store(shared, snapshot_check_thread/* CHANGED */.Rj, 1);
                return claimed;
            }
        }
        await (0,promises_.setImmediate)();
    }
    return claimed;
}
/** How to check each entry of a snapshot, or undefined when it is not one (truncated, foreign, empty, root not first). */
function entryCheckOf(root, snapshot, statWith) {
    if (snapshot.length < SNAPSHOT_HEADER_BYTES)
        return undefined;
    const count = snapshot.readUInt32LE(0);
    const namesLength = snapshot.readUInt32LE(4);
    const layout = snapshotLayout(count, namesLength);
    if (count === 0 || snapshot.length !== layout.length || snapshot.readUInt32LE(layout.starts + 4 * count) !== namesLength + 1)
        return undefined;
    const names = snapshot.subarray(layout.names, layout.names + namesLength);
    if (names[0] !== 0x2e || (namesLength > 1 && names[1] !== 0))
        return undefined;
    // Copied out: a Float64Array view needs an 8-byte-aligned offset, which a pooled Buffer may not have.
    const numbers = new Float64Array(snapshot.buffer.slice(snapshot.byteOffset + layout.numbers, snapshot.byteOffset + snapshot.length));
    const wasi = statWith === 'wasi' && count >= WASI_CHECK_FROM ? wasiEntryCheck(root, names) : undefined;
    if (wasi) {
        const nameAt = (index) => snapshot.readUInt32LE(layout.starts + 4 * index);
        return {
            count,
            entry: (index) => {
                const from = nameAt(index);
                const to = nameAt(index + 1) - 1;
                // A name not just after a NUL (or empty) means a corrupt file, so a change.
                return to > from && (index === 0 || names[from - 1] === 0) && wasi.unchanged(from, to, numbers, index * NUMBERS_PER_ENTRY);
            },
            close: wasi.close,
        };
    }
    const paths = pathsOf(root, names.toString('utf8'), count);
    if (!paths)
        return undefined;
    // Sliced here, not split up front: 20,000 long-lived strings would be copied by every young-generation GC.
    const entry = (index) => entryUnchanged(index === 0 ? root : paths.all.slice(paths.starts[index], paths.starts[index + 1] - 1), numbers, index * NUMBERS_PER_ENTRY);
    return { count, entry, close: () => undefined };
}
/**
 * Every entry's full path (root, separator, name), each followed by NUL, in one string, so that
 * an lstat gets a slice of it rather than a concatenation to flatten; and where each starts
 * (starts[count] is its length). Undefined when the names are not `count` NUL-separated ones.
 */
function pathsOf(root, names, count) {
    const prefix = `${root}${(external_node_path_default()).sep}`;
    const all = `${prefix}${names.replaceAll('\0', `\0${prefix}`)}\0`;
    const starts = new Uint32Array(count + 1);
    for (let index = 1, at = all.indexOf('\0'); index <= count; index++, at = all.indexOf('\0', at + 1)) {
        if (at < 0)
            return undefined;
        starts[index] = at + 1;
    }
    return starts[count] === all.length ? { all, starts } : undefined;
}
/** One object for every call: lstatSync's default options are a new object each time. */
const LSTAT_OPTIONS = { bigint: false, throwIfNoEntry: false };
function entryUnchanged(entryPath, numbers, at) {
    let stats;
    try {
        stats = (0,external_node_fs_.lstatSync)(entryPath, LSTAT_OPTIONS);
    }
    catch {
        return false;
    }
    if (!stats)
        return false;
    const isFile = stats.isFile();
    return (numbers[at] === (isFile ? 1 : stats.isDirectory() ? 2 : 0) &&
        numbers[at + 1] === (stats.mode & 0o7777) &&
        numbers[at + 2] === (isFile ? stats.size : 0) &&
        numbers[at + 3] === stats.dev &&
        numbers[at + 4] === stats.ino &&
        numbers[at + 5] === stats.mtimeMs &&
        numbers[at + 6] === stats.ctimeMs);
}
function digestOf(entries, withDirectoryStamps) {
    const names = entries.map((entry) => entry.name).join('\0');
    return (0,external_node_crypto_.createHash)('sha256').update(names).update('\0\0').update(new Uint8Array(numbersOf(entries, withDirectoryStamps).buffer)).digest('hex');
}
function numbersOf(entries, withDirectoryStamps) {
    const numbers = new Float64Array(entries.length * NUMBERS_PER_ENTRY);
    let at = 0;
    for (const entry of entries) {
        numbers[at] = entry.type === 'file' ? 1 : 2;
        numbers[at + 1] = entry.mode;
        numbers[at + 2] = entry.size;
        const stamp = entry.stamp;
        if (stamp && (entry.type === 'file' || withDirectoryStamps)) {
            numbers[at + 3] = stamp[0];
            numbers[at + 4] = stamp[1];
            numbers[at + 5] = stamp[2];
            numbers[at + 6] = stamp[3];
        }
        at += NUMBERS_PER_ENTRY;
    }
    return numbers;
}


/***/ })

};
