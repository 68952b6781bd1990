import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActionIO } from '../io.js';
import { COMPRESSOR_ID } from './compressor.js';
import { CHANGED, startSnapshotCheck, type RunningCheck } from './snapshot-check-thread.js';
import { encodeSnapshot, NUMBERS_PER_ENTRY, SNAPSHOT_CHUNK, SNAPSHOT_HEADER_BYTES, snapshotId, snapshotUnchanged, treeSignature } from './tree-snapshot.js';
import type { ArtifactEntry } from './walk.js';

/**
 * Remembers, per packed directory, which layer its files gave last time, so pushing an unchanged
 * tree again costs one `lstat` per entry instead of reading and compressing every file.
 *
 * Why a hit is sound (git's index uses the same reasoning):
 * - The layer bytes are a pure function of the tarball (names, modes, sizes, contents; mtimes are
 *   zeroed) and of the compressor (COMPRESSOR_ID: pako version, level, gzip header). The key holds
 *   the root, the ignore rules and COMPRESSOR_ID.
 * - Every file's device, inode, mtime and ctime are compared (tree-snapshot.ts). Writing a file
 *   changes its ctime, which no user-space call can set back, and replacing it (checkout, cp,
 *   editors) changes its inode: equal stamps mean equal contents.
 * - Racy entries: timestamps are coarse (a few ms), so an entry written in the same tick as our
 *   lstat could change unseen. A record is only written when every entry is older than the walk
 *   by RACY_MARGIN_MS; otherwise the next run packs again (and writes it then).
 * - A hit is still only used when the registry confirms it holds that layer: a tag already naming
 *   the identical manifest, or else a HEAD of the blob.
 * Annotations, config and manifest never come from here: they are rebuilt on every run.
 */
export interface CachedLayer {
  /** sha256 of the uncompressed tarball. */
  diffId: string;
  digest: string;
  size: number;
  tarSize: number;
}

/** What the walk found besides the entries, replayed when a snapshot spares the walk. */
export interface TreeSummary {
  files: number;
  entries: number;
  skippedSymlinks: string[];
  skippedSpecial: string[];
}

export interface RecalledLayer {
  layer: CachedLayer;
  summary: TreeSummary;
  /** treeSignature of the entries the layer was packed from. */
  signature: string;
  /** The id of the snapshot file (snapshotId), when one was written. */
  snapshot?: string;
}

interface CacheRecord extends CachedLayer, Omit<RecalledLayer, 'layer'> {
  format: string;
}

// v5: layers are compressed by pako (v4 records name node:zlib layers, which other machines cannot reproduce).
// v6: snapshots carry a random id their record names (v5 named their sha256).
// v7: snapshots record where each name starts.
const FORMAT = 'flux-layer-cache-v7';
const DIGEST = /^sha256:[0-9a-f]{64}$/;
export const RACY_MARGIN_MS = 2_000;
/** From this many entries on, prefetch checks the snapshot on two threads. */
export const PARALLEL_CHECK_FROM = 4096;

export class LayerCache {
  /** Answers a prefetch started, each handed to the next call that asks (then asked afresh). */
  readonly #prefetchedRecalls = new Map<string, RecalledLayer | undefined>();
  readonly #prefetchedChecks = new Map<string, RunningCheck>();

  constructor(
    /** Undefined disables the cache. */
    private readonly directory: string | undefined,
    private readonly io: ActionIO,
    private readonly racyMarginMs = RACY_MARGIN_MS,
  ) {}

  get enabled(): boolean {
    return this.directory !== undefined;
  }

  /** The layer the same tree gave last time, when nothing in it may have changed since (a fresh walk's entries). */
  async lookup(root: string, ignorePaths: readonly string[], entries: readonly ArtifactEntry[]): Promise<CachedLayer | undefined> {
    const record = await this.recall(root, ignorePaths);
    return record && record.signature === treeSignature(entries) ? record.layer : undefined;
  }

  /**
   * Reads the record now and, for a big snapshot, starts checking it on a worker thread, which
   * boots (~20 ms) and checks while this thread loads code and probes the registry; the push
   * that follows joins the check (snapshotHolds). This thread does not check meanwhile: its
   * loading would wait behind every chunk it checked.
   */
  prefetch(root: string, ignorePaths: readonly string[]): void {
    if (!this.directory) return;
    const recordFile = this.#file(root, ignorePaths, 'json');
    const snapshotFile = this.#file(root, ignorePaths, 'tree');
    const helper = startSnapshotCheck(root, snapshotFile, { minimumEntries: PARALLEL_CHECK_FROM, numbersPerEntry: NUMBERS_PER_ENTRY, chunk: SNAPSHOT_CHUNK, headerBytes: SNAPSHOT_HEADER_BYTES });
    const record = this.#readRecord(recordFile);
    this.#prefetchedRecalls.set(recordFile, record);
    if (!helper) return;
    if (record?.snapshot) this.#prefetchedChecks.set(this.#checkKey(root, ignorePaths, record.snapshot), helper);
    else Atomics.store(helper.shared, CHANGED, 1); // nothing to prove: the worker stops
  }

  /** What was recorded for this root and these rules, whatever the files are now. */
  async recall(root: string, ignorePaths: readonly string[]): Promise<RecalledLayer | undefined> {
    if (!this.directory) return undefined;
    const file = this.#file(root, ignorePaths, 'json');
    // A prefetched "no record" counts too: the file is not read (nor its error logged) twice.
    return this.#prefetchedRecalls.has(file) ? take(this.#prefetchedRecalls, file) : this.#readRecord(file);
  }

  #readRecord(file: string): RecalledLayer | undefined {
    let record: Partial<CacheRecord>;
    try {
      record = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheRecord>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.io.debug(`Layer cache entry unreadable, ignored: ${(error as Error).message}`);
      return undefined;
    }
    if (record.format !== FORMAT || typeof record.signature !== 'string' || !isSummary(record.summary)) return undefined;
    if (!isDigest(record.diffId) || !isDigest(record.digest) || !isSize(record.size) || !isSize(record.tarSize)) return undefined;
    const layer = { diffId: record.diffId, digest: record.digest, size: record.size, tarSize: record.tarSize };
    return { layer, summary: record.summary, signature: record.signature, ...(isSnapshotId(record.snapshot) ? { snapshot: record.snapshot } : {}) };
  }

  /** True when the recorded snapshot proves the tree unchanged, without walking it. */
  async snapshotHolds(root: string, ignorePaths: readonly string[], recalled: RecalledLayer): Promise<boolean> {
    if (!this.directory || !recalled.snapshot) return false;
    const helper = take(this.#prefetchedChecks, this.#checkKey(root, ignorePaths, recalled.snapshot));
    return await this.#checkSnapshot(root, ignorePaths, recalled.snapshot, helper);
  }

  #checkKey(root: string, ignorePaths: readonly string[], id: string): string {
    return `${this.#file(root, ignorePaths, 'tree')}\0${id}`;
  }

  async #checkSnapshot(root: string, ignorePaths: readonly string[], id: string, helper?: RunningCheck): Promise<boolean> {
    let snapshot: Buffer | undefined;
    try {
      snapshot = readFileSync(this.#file(root, ignorePaths, 'tree'));
    } catch {
      snapshot = undefined;
    }
    // The id ties the snapshot to its record, should two runs have written them at once.
    if (!snapshot || snapshotId(snapshot) !== id) {
      if (helper) Atomics.store(helper.shared, CHANGED, 1);
      return false;
    }
    return await snapshotUnchanged(root, snapshot, helper);
  }

  /**
   * Records what `entries` packed to; skipped when some entry is too recent to be trusted.
   * `snapshot` only when every directory walked is an entry (no `!` rules) and the root is one.
   */
  async store(
    root: string,
    ignorePaths: readonly string[],
    walk: { entries: readonly ArtifactEntry[]; newestChangeMs: number; startedAtMs: number; summary: TreeSummary; snapshot: boolean },
    layer: CachedLayer,
  ): Promise<void> {
    if (!this.directory) return;
    if (walk.newestChangeMs >= walk.startedAtMs - this.racyMarginMs) {
      this.io.debug('Some files changed moments before the walk: the layer cache is not updated this time.');
      return;
    }
    try {
      await mkdir(this.directory, { recursive: true, mode: 0o700 });
      const record: CacheRecord = { format: FORMAT, signature: treeSignature(walk.entries), summary: walk.summary, ...layer };
      if (walk.snapshot) {
        const snapshot = encodeSnapshot(walk.entries);
        record.snapshot = snapshot.id;
        // Left in place should the record fail: without a record naming its id it is never used.
        await this.#writeAtomically(this.#file(root, ignorePaths, 'tree'), snapshot.bytes);
      }
      await this.#writeAtomically(this.#file(root, ignorePaths, 'json'), JSON.stringify(record));
    } catch (error) {
      this.io.debug(`Layer cache not written (${(error as Error).message}); the next push packs again.`);
    }
  }

  /** Temp file then rename: a concurrent run sees the old file or the new one, never half of one. */
  async #writeAtomically(file: string, data: Buffer | string): Promise<void> {
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, data, { mode: 0o600 });
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  #file(root: string, ignorePaths: readonly string[], extension: 'json' | 'tree'): string {
    const key = createHash('sha256').update(JSON.stringify([FORMAT, COMPRESSOR_ID, root, ignorePaths])).digest('hex');
    return path.join(this.directory!, `${key}.${extension}`);
  }
}

function take<T>(map: Map<string, T>, key: string): T | undefined {
  const value = map.get(key);
  map.delete(key);
  return value;
}

function isSummary(value: unknown): value is TreeSummary {
  const summary = value as Partial<TreeSummary> | undefined;
  return (
    typeof summary === 'object' &&
    Number.isSafeInteger(summary.files) &&
    Number.isSafeInteger(summary.entries) &&
    Array.isArray(summary.skippedSymlinks) &&
    Array.isArray(summary.skippedSpecial)
  );
}

function isSnapshotId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}

function isDigest(value: unknown): value is string {
  return typeof value === 'string' && DIGEST.test(value);
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
