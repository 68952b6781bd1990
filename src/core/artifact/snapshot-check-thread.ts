import { statSync } from 'node:fs';
import { HelperThread } from '../helper-thread.js';

/** Slots of the Int32Array both threads share: the next unclaimed entry, and 1 once a change was seen. */
export const NEXT_ENTRY = 0;
export const CHANGED = 1;
export const SHARED_SLOTS = 2;

/** A snapshot check running on a worker thread, which snapshotUnchanged joins (tree-snapshot.ts). */
export interface RunningCheck {
  shared: Int32Array;
  /** The id (snapshotId) of the snapshot the worker checks; undefined when it could not read one. */
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
 * decodeSnapshot and entryUnchanged of tree-snapshot.ts, for the worker: the two must agree field
 * for field (test/core/artifact/snapshot-check.test.ts checks both on every kind of change).
 * It first reports the id of the snapshot it read, then claims chunks until none is left or a
 * change was seen.
 */
const SNAPSHOT_CHECK_PROGRAM = `
const { parentPort } = require('node:worker_threads');
const { lstatSync, readFileSync } = require('node:fs');
const { sep } = require('node:path');
const options = { bigint: false, throwIfNoEntry: false };
const check = ({ root, snapshotFile, shared, chunk, numbersPerEntry, headerBytes }) => {
  let bytes;
  try {
    bytes = readFileSync(snapshotFile);
  } catch {
    return;
  }
  if (bytes.length < headerBytes) return;
  parentPort.postMessage(bytes.toString('hex', 8, headerBytes));
  const count = bytes.readUInt32LE(0);
  const namesLength = bytes.readUInt32LE(4);
  const numbersOffset = headerBytes + namesLength + ((8 - (namesLength % 8)) % 8);
  const names = bytes.toString('utf8', headerBytes, headerBytes + namesLength);
  const prefix = root + sep;
  const paths = prefix + names.replaceAll('\\0', '\\0' + prefix) + '\\0';
  const starts = new Uint32Array(count + 1);
  for (let index = 1, at = paths.indexOf('\\0'); index <= count && at >= 0; index++, at = paths.indexOf('\\0', at + 1)) starts[index] = at + 1;
  if (count === 0 || starts[count] !== paths.length || (!names.startsWith('.\\0') && names !== '.') || bytes.length !== numbersOffset + count * numbersPerEntry * 8) {
    Atomics.store(shared, ${CHANGED}, 1);
    return;
  }
  const numbers = new Float64Array(bytes.buffer.slice(bytes.byteOffset + numbersOffset, bytes.byteOffset + bytes.length));
  const unchanged = (index) => {
    let stats;
    try {
      stats = lstatSync(index === 0 ? root : paths.slice(starts[index], starts[index + 1] - 1), options);
    } catch {
      return false;
    }
    if (!stats) return false;
    const at = index * numbersPerEntry;
    const isFile = stats.isFile();
    return numbers[at] === (isFile ? 1 : stats.isDirectory() ? 2 : 0) && numbers[at + 1] === (stats.mode & 0o7777) &&
      numbers[at + 2] === (isFile ? stats.size : 0) && numbers[at + 3] === stats.dev && numbers[at + 4] === stats.ino &&
      numbers[at + 5] === stats.mtimeMs && numbers[at + 6] === stats.ctimeMs;
  };
  for (let start; Atomics.load(shared, ${CHANGED}) === 0 && (start = Atomics.add(shared, ${NEXT_ENTRY}, chunk)) < count; ) {
    for (let index = start; index < Math.min(start + chunk, count); index++) {
      if (!unchanged(index)) {
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
