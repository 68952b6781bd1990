import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { createIgnoreMatcher, DEFAULT_IGNORE_PATHS } from '../../../src/core/flux-artifact/ignore-rules.js';
import { packLayer, type PackOptions } from '../../../src/core/flux-artifact/pack.js';
import { walkArtifact } from '../../../src/core/flux-artifact/walk.js';

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
export async function packToBuffer(root: string, ignorePaths: readonly string[] = DEFAULT_IGNORE_PATHS, options: PackOptions = {}) {
  const walk = walkArtifact(root, createIgnoreMatcher(ignorePaths));
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const packed = await packLayer(walk.entries, sink, options);
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

/**
 * A fixed tree whose every byte and permission is set here, umask notwithstanding: its layer
 * must pack to the same digest on every machine. Covers what shapes the tarball (nested and empty
 * directories, modes, an empty file, a PAX name, a prefix-split name) and what shapes the gzip
 * stream (a file larger than a tar block, hence several independently deflated blocks).
 */
export function writeGoldenTree(root: string): void {
  const directories: [string, number][] = [
    ['.', 0o755],
    ['apps', 0o755],
    ['apps/web', 0o750],
    ['empty', 0o700],
    [path.dirname(GOLDEN_LONG_DIR), 0o755],
    [GOLDEN_LONG_DIR, 0o755],
  ];
  const files: [string, string, number][] = [
    ['kustomization.yaml', 'resources:\n  - apps/web/deployment.yaml\n', 0o644],
    ['apps/web/deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n', 0o644],
    ['apps/web/run.sh', '#!/bin/sh\nexec web\n', 0o755],
    ['apps/web/secret.yaml', 'kind: Secret\n', 0o600],
    ['empty.yaml', '', 0o644],
    ['café.yaml', 'unicode: true\n', 0o644],
    [`${GOLDEN_LONG_DIR}/deploy.yaml`, 'long: prefix split\n', 0o644],
    ['generated.yaml', generatedManifests(1_500_000), 0o644],
  ];
  for (const [name] of directories) mkdirSync(path.join(root, name), { recursive: true });
  for (const [name, content, mode] of files) {
    writeFileSync(path.join(root, name), content);
    chmodSync(path.join(root, name), mode);
  }
  for (const [name, mode] of directories) chmodSync(path.join(root, name), mode);
}

const GOLDEN_LONG_DIR = `${'d'.repeat(60)}/${'e'.repeat(50)}`;

/** About `bytes` of manifest-like YAML, the same on every run, varied enough to exercise matching. */
function generatedManifests(bytes: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let index = 0; length < bytes; index++) {
    const line = `- name: svc-${index % 997}\n  image: registry.example.com/team-${index % 13}/app:${((index * 2654435761) >>> 0).toString(36)}\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('');
}

/**
 * The layer of writeGoldenTree, as packed on the machine that wrote this test. The same digest
 * on any other machine, OS, CPU or Node release is what makes `reproducible` reproducible across
 * CI runners (checked here also with one deflate thread and with three).
 * Change these only when the tarball or the compressor (block-gzip.ts) changes on purpose.
 */
export const GOLDEN_LAYER = {
  diffId: 'sha256:3e4d17ea08872c65349fa4081b50c9bc9305ca307ccbd09c24c378783c674402',
  digest: 'sha256:ac6bf8c20970c75a54d95d4be1d5a440147bdd451f732160f6a7d634846c2957',
  size: 218_334,
  tarSize: 1_512_448,
};
