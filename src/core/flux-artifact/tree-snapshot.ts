import { createHash, randomFillSync } from 'node:crypto';
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { CHANGED, NEXT_ENTRY, SHARED_SLOTS, type RunningCheck } from './snapshot-check-thread.js';
import { wasiEntryCheck } from './wasi-entry-check.js';
import type { ArtifactEntry } from './walk.js';

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
export const NUMBERS_PER_ENTRY = 7;

export function treeSignature(entries: readonly ArtifactEntry[]): string {
  return digestOf(entries, false);
}

/**
 * Layout: count (u32 LE), names' byte length (u32 LE), the snapshot's id (16 random bytes, also
 * named by its record: a mismatch means the two files come from different runs); then where each
 * name starts in the names (count + 1 u32 LE, the last one past the end as if a NUL followed),
 * the names joined by NUL (which no name holds), padding to 8 bytes, and 7 float64s per entry.
 * The starts spare both checking threads a scan for the NULs.
 */
export const SNAPSHOT_HEADER_BYTES = 24;

/** Where a snapshot's parts begin, in bytes, and its whole length. */
export function snapshotLayout(count: number, namesLength: number): { starts: number; names: number; numbers: number; length: number } {
  const starts = SNAPSHOT_HEADER_BYTES;
  const names = starts + 4 * (count + 1);
  const numbers = names + namesLength + ((8 - ((names + namesLength) % 8)) % 8);
  return { starts, names, numbers, length: numbers + count * NUMBERS_PER_ENTRY * 8 };
}

export function encodeSnapshot(entries: readonly ArtifactEntry[]): { bytes: Buffer; id: string } {
  const joined = entries.map((entry) => entry.name).join('\0');
  const names = Buffer.from(joined);
  const ascii = names.length === joined.length; // then a name's length is its byte length
  const layout = snapshotLayout(entries.length, names.length);
  const bytes = Buffer.alloc(layout.length);
  bytes.writeUInt32LE(entries.length, 0);
  bytes.writeUInt32LE(names.length, 4);
  randomFillSync(bytes, 8, 16);
  for (let index = 0, start = 0; index <= entries.length; index++) {
    bytes.writeUInt32LE(start, layout.starts + 4 * index);
    if (index < entries.length) start += (ascii ? entries[index].name.length : Buffer.byteLength(entries[index].name)) + 1;
  }
  names.copy(bytes, layout.names);
  Buffer.from(numbersOf(entries, true).buffer).copy(bytes, layout.numbers);
  return { bytes, id: bytes.toString('hex', 8, SNAPSHOT_HEADER_BYTES) };
}

/** The id a snapshot's header holds, as its record names it (32 hex digits). */
export function snapshotId(snapshot: Buffer): string | undefined {
  return snapshot.length >= SNAPSHOT_HEADER_BYTES ? snapshot.toString('hex', 8, SNAPSHOT_HEADER_BYTES) : undefined;
}

/** Below this many entries lstat costs less than loading and setting up node:wasi (~1 ms). */
export const WASI_CHECK_FROM = 512;

/** Entries claimed at a time by either thread. */
export const SNAPSHOT_CHUNK = 512;

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
export async function snapshotUnchanged(root: string, snapshot: Buffer, helper?: RunningCheck, statWith: 'wasi' | 'lstat' = 'wasi'): Promise<boolean> {
  const check = entryCheckOf(root, snapshot, statWith);
  const shared = helper?.shared ?? new Int32Array(new SharedArrayBuffer(SHARED_SLOTS * 4));
  if (!check) {
    Atomics.store(shared, CHANGED, 1);
    return false;
  }
  let claimedHere: number;
  try {
    claimedHere = await checkChunks(check, shared);
  } finally {
    check.close();
  }
  if (Atomics.load(shared, CHANGED) !== 0) return false;
  if (!helper || claimedHere === Math.ceil(check.count / SNAPSHOT_CHUNK)) return true;
  if ((await helper.finished) && (await helper.id) === snapshotId(snapshot)) return Atomics.load(shared, CHANGED) === 0;
  return await snapshotUnchanged(root, snapshot, undefined, statWith);
}

/** Checks chunks until none is left or a change was seen (then flagged in `shared`); how many it claimed. */
async function checkChunks(check: SnapshotCheck, shared: Int32Array): Promise<number> {
  let claimed = 0;
  for (let start: number; Atomics.load(shared, CHANGED) === 0 && (start = Atomics.add(shared, NEXT_ENTRY, SNAPSHOT_CHUNK)) < check.count; ) {
    claimed++;
    for (let index = start; index < Math.min(start + SNAPSHOT_CHUNK, check.count); index++) {
      if (!check.entry(index)) {
        Atomics.store(shared, CHANGED, 1);
        return claimed;
      }
    }
    await yieldToLoop();
  }
  return claimed;
}

interface SnapshotCheck {
  count: number;
  /** True when entry `index` is as recorded. */
  entry: (index: number) => boolean;
  close: () => void;
}

/** How to check each entry of a snapshot, or undefined when it is not one (truncated, foreign, empty, root not first). */
function entryCheckOf(root: string, snapshot: Buffer, statWith: 'wasi' | 'lstat'): SnapshotCheck | undefined {
  if (snapshot.length < SNAPSHOT_HEADER_BYTES) return undefined;
  const count = snapshot.readUInt32LE(0);
  const namesLength = snapshot.readUInt32LE(4);
  const layout = snapshotLayout(count, namesLength);
  if (count === 0 || snapshot.length !== layout.length || snapshot.readUInt32LE(layout.starts + 4 * count) !== namesLength + 1) return undefined;
  const names = snapshot.subarray(layout.names, layout.names + namesLength);
  if (names[0] !== 0x2e || (namesLength > 1 && names[1] !== 0)) return undefined;
  // Copied out: a Float64Array view needs an 8-byte-aligned offset, which a pooled Buffer may not have.
  const numbers = new Float64Array(snapshot.buffer.slice(snapshot.byteOffset + layout.numbers, snapshot.byteOffset + snapshot.length));
  const wasi = statWith === 'wasi' && count >= WASI_CHECK_FROM ? wasiEntryCheck(root, names) : undefined;
  if (wasi) {
    const nameAt = (index: number) => snapshot.readUInt32LE(layout.starts + 4 * index);
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
  if (!paths) return undefined;
  // Sliced here, not split up front: 20,000 long-lived strings would be copied by every young-generation GC.
  const entry = (index: number) => entryUnchanged(index === 0 ? root : paths.all.slice(paths.starts[index], paths.starts[index + 1] - 1), numbers, index * NUMBERS_PER_ENTRY);
  return { count, entry, close: () => undefined };
}

/**
 * Every entry's full path (root, separator, name), each followed by NUL, in one string, so that
 * an lstat gets a slice of it rather than a concatenation to flatten; and where each starts
 * (starts[count] is its length). Undefined when the names are not `count` NUL-separated ones.
 */
function pathsOf(root: string, names: string, count: number): { all: string; starts: Uint32Array } | undefined {
  const prefix = `${root}${path.sep}`;
  const all = `${prefix}${names.replaceAll('\0', `\0${prefix}`)}\0`;
  const starts = new Uint32Array(count + 1);
  for (let index = 1, at = all.indexOf('\0'); index <= count; index++, at = all.indexOf('\0', at + 1)) {
    if (at < 0) return undefined;
    starts[index] = at + 1;
  }
  return starts[count] === all.length ? { all, starts } : undefined;
}

/** One object for every call: lstatSync's default options are a new object each time. */
const LSTAT_OPTIONS = { bigint: false, throwIfNoEntry: false } as const;

function entryUnchanged(entryPath: string, numbers: Float64Array, at: number): boolean {
  let stats;
  try {
    stats = lstatSync(entryPath, LSTAT_OPTIONS);
  } catch {
    return false;
  }
  if (!stats) return false;
  const isFile = stats.isFile();
  return (
    numbers[at] === (isFile ? 1 : stats.isDirectory() ? 2 : 0) &&
    numbers[at + 1] === (stats.mode & 0o7777) &&
    numbers[at + 2] === (isFile ? stats.size : 0) &&
    numbers[at + 3] === stats.dev &&
    numbers[at + 4] === stats.ino &&
    numbers[at + 5] === stats.mtimeMs &&
    numbers[at + 6] === stats.ctimeMs
  );
}

function digestOf(entries: readonly ArtifactEntry[], withDirectoryStamps: boolean): string {
  const names = entries.map((entry) => entry.name).join('\0');
  return createHash('sha256').update(names).update('\0\0').update(new Uint8Array(numbersOf(entries, withDirectoryStamps).buffer)).digest('hex');
}

function numbersOf(entries: readonly ArtifactEntry[], withDirectoryStamps: boolean): Float64Array {
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
