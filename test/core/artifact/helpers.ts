import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { createIgnoreMatcher, DEFAULT_IGNORE_PATHS } from '../../../src/core/artifact/ignore-rules.js';
import { packLayer } from '../../../src/core/artifact/pack.js';
import { walkArtifact } from '../../../src/core/artifact/walk.js';

export interface TarRecord {
  name: string;
  prefix: string;
  mode: string;
  uid: string;
  gid: string;
  size: number;
  mtime: string;
  typeflag: string;
  uname: string;
  gname: string;
  magic: string;
  content: Buffer;
  /** The raw 512-byte header block. */
  header: Buffer;
}

/** A minimal tar reader that keeps every raw field, to check them byte by byte. */
export function readTar(tar: Buffer): { records: TarRecord[]; trailingZeroBlocks: number } {
  const records: TarRecord[] = [];
  let offset = 0;
  const field = (block: Buffer, start: number, length: number) => block.subarray(start, start + length).toString('latin1');
  const text = (block: Buffer, start: number, length: number) => field(block, start, length).replace(/\0.*$/s, '');
  while (offset < tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(text(header, 124, 12), 8);
    const content = tar.subarray(offset + 512, offset + 512 + size);
    records.push({
      name: text(header, 0, 100),
      prefix: text(header, 345, 155),
      mode: field(header, 100, 8),
      uid: field(header, 108, 8),
      gid: field(header, 116, 8),
      size,
      mtime: field(header, 136, 12),
      typeflag: field(header, 156, 1),
      uname: field(header, 265, 32),
      gname: field(header, 297, 32),
      magic: field(header, 257, 8),
      content: Buffer.from(content),
      header: Buffer.from(header),
    });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  const rest = tar.subarray(offset);
  return { records, trailingZeroBlocks: rest.every((byte) => byte === 0) ? rest.length / 512 : -1 };
}

/** Packs `root` as the action does and returns the gzip bytes with their digests. */
export async function packToBuffer(root: string, ignorePaths: readonly string[] = DEFAULT_IGNORE_PATHS) {
  const walk = walkArtifact(root, createIgnoreMatcher(ignorePaths));
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const packed = await packLayer(walk.entries, sink);
  const gzip = Buffer.concat(chunks);
  const tar = gunzipSync(gzip);
  return { ...packed, walk, gzip, tar, digest: `sha256:${createHash('sha256').update(gzip).digest('hex')}` };
}

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'artifact-test-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
