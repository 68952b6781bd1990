import { statSync } from 'node:fs';
import { HelperThread } from '../helper-thread.js';

/** Slots of the Int32Array both threads share: the next unclaimed entry, and 1 once a change was seen. */
export const NEXT_ENTRY = 0;
export const CHANGED = 1;
export const SHARED_SLOTS = 2;

/** A snapshot check running on a worker thread, which snapshotUnchanged joins (tree-snapshot.ts). */
export interface RunningCheck {
  shared: Int32Array;
  /** The id (snapshotId) of the snapshot the worker checks; undefined when it checks none. */
  id: Promise<string | undefined>;
  /** True when the worker finished; false when it failed or stopped first. */
  finished: Promise<boolean>;
}

interface CheckJob {
  root: string;
  snapshotFile: string;
  shared: Int32Array;
  chunk: number;
  numbersPerEntry: number;
  headerBytes: number;
}

/**
 * Starts checking a snapshot file on a worker thread, before the record naming it is even read:
 * the thread takes ~20 ms to boot, and on a re-push of an unchanged tree the check (one lstat
 * per entry) is most of the run. Only for snapshots of at least `minimumEntries` (judged by the
 * file's size); undefined otherwise, or when there is none.
 */
export function startSnapshotCheck(
  root: string,
  snapshotFile: string,
  options: { minimumEntries: number; numbersPerEntry: number; chunk: number; headerBytes: number },
): RunningCheck | undefined {
  const size = statSync(snapshotFile, { throwIfNoEntry: false })?.size ?? 0;
  if (size < options.minimumEntries * options.numbersPerEntry * 8) return undefined;
  const shared = new Int32Array(new SharedArrayBuffer(SHARED_SLOTS * 4));
  let reportId: (id: string | undefined) => void = () => undefined;
  const id = new Promise<string | undefined>((resolve) => (reportId = resolve));
  const thread = new HelperThread<CheckJob, string>(SNAPSHOT_CHECK_PROGRAM);
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
