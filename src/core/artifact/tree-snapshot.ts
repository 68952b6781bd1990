import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
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
const NUMBERS_PER_ENTRY = 7;
const YIELD_EVERY = 2048;

export function treeSignature(entries: readonly ArtifactEntry[]): string {
  return digestOf(entries, false);
}

/** Names joined by NUL (which no name holds), then 7 float64s per entry: exact and unambiguous. */
export function encodeSnapshot(entries: readonly ArtifactEntry[]): Buffer {
  const names = Buffer.from(entries.map((entry) => entry.name).join('\0'));
  const header = Buffer.alloc(8);
  header.writeUInt32LE(entries.length, 0);
  header.writeUInt32LE(names.length, 4);
  const padding = Buffer.alloc((8 - (names.length % 8)) % 8);
  return Buffer.concat([header, names, padding, Buffer.from(numbersOf(entries, true).buffer)]);
}

/**
 * True when every entry of the snapshot is still there, of the same kind, mode, size and stamps.
 * It yields to the event loop now and then, so requests started before it progress meanwhile.
 */
export async function snapshotUnchanged(root: string, snapshot: Buffer): Promise<boolean> {
  if (snapshot.length < 8) return false;
  const count = snapshot.readUInt32LE(0);
  const namesLength = snapshot.readUInt32LE(4);
  const numbersOffset = 8 + namesLength + ((8 - (namesLength % 8)) % 8);
  if (snapshot.length !== numbersOffset + count * NUMBERS_PER_ENTRY * 8) return false;
  const names = snapshot.toString('utf8', 8, 8 + namesLength).split('\0');
  // Copied out: a Float64Array view needs an 8-byte-aligned offset, which a pooled Buffer may not have.
  const numbers = new Float64Array(snapshot.buffer.slice(snapshot.byteOffset + numbersOffset, snapshot.byteOffset + snapshot.length));
  if (names.length !== count || count === 0 || names[0] !== '.') return false;
  for (let index = 0, at = 0; index < count; index++, at += NUMBERS_PER_ENTRY) {
    if (index % YIELD_EVERY === YIELD_EVERY - 1) await yieldToLoop();
    const name = names[index]!;
    let stats;
    try {
      stats = lstatSync(name === '.' ? root : `${root}${path.sep}${name}`);
    } catch {
      return false;
    }
    const isFile = stats.isFile();
    if (numbers[at] !== (isFile ? 1 : stats.isDirectory() ? 2 : 0) || numbers[at + 1] !== (stats.mode & 0o7777)) return false;
    if (numbers[at + 2] !== (isFile ? stats.size : 0) || numbers[at + 3] !== stats.dev || numbers[at + 4] !== stats.ino) return false;
    if (numbers[at + 5] !== stats.mtimeMs || numbers[at + 6] !== stats.ctimeMs) return false;
  }
  return true;
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
