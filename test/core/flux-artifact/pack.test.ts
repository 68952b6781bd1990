import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIgnoreMatcher } from '../../../src/core/flux-artifact/ignore-rules.js';
import { walkArtifact } from '../../../src/core/flux-artifact/walk.js';
import { packToBuffer, readTar, withTempDir } from './helpers.js';

const LONG_DIR = `${'d'.repeat(60)}/${'e'.repeat(50)}`;
const LONG_COMPONENT = 'f'.repeat(120);

function writeTree(root: string): void {
  const files: Record<string, string> = {
    'kustomization.yaml': 'resources: [a/x.yaml]\n',
    'a/x.yaml': 'kind: ConfigMap\n',
    'a-b/y.yaml': 'kind: Secret\n',
    'a.yaml': 'kind: Service\n',
    'empty.yaml': '',
    '.github/workflow.yml': 'on: push\n',
    '.git/config': '[core]\n',
    'img/logo.png': 'not really a png',
    'café.yaml': 'unicode: true\n',
    [`${LONG_DIR}/deploy.yaml`]: 'long: prefix split\n',
    [`${LONG_COMPONENT}.yaml`]: 'long: pax\n',
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
    chmodSync(path.join(root, name), 0o644); // whatever the umask of the machine running the tests
  }
  writeFileSync(path.join(root, 'run.sh'), '#!/bin/sh\n');
  chmodSync(path.join(root, 'run.sh'), 0o755);
  chmodSync(path.join(root, 'a'), 0o750);
  symlinkSync('kustomization.yaml', path.join(root, 'link.yaml'));
}

describe('packLayer: the tarball flux push artifact builds', () => {
  it('lists the root as ".", then each directory before its children, children in byte order', async () => {
    await withTempDir(async (dir) => {
      writeTree(dir);
      const { tar } = await packToBuffer(dir);
      const names = readTar(tar)
        .records.filter((record) => record.typeflag !== 'x')
        .map((record) => (record.prefix ? `${record.prefix}/${record.name}` : record.name));
      expect(names).toEqual([
        '.',
        '.github',
        '.github/workflow.yml',
        'a',
        'a/x.yaml',
        'a-b',
        'a-b/y.yaml',
        'a.yaml',
        'caf.yaml', // the PAX record carries the real name; the main header has Go's ASCII fallback
        'd'.repeat(60),
        LONG_DIR,
        `${LONG_DIR}/deploy.yaml`,
        'empty.yaml',
        LONG_COMPONENT.slice(0, 100),
        'img',
        'kustomization.yaml',
        'run.sh',
      ]);
    });
  });

  it('writes Go archive/tar USTAR headers with zeroed owner and time, permission-only modes, and two end blocks', async () => {
    await withTempDir(async (dir) => {
      writeTree(dir);
      const { tar } = await packToBuffer(dir);
      const { records, trailingZeroBlocks } = readTar(tar);
      expect(trailingZeroBlocks).toBe(2); // and no padding to a 10240-byte record
      expect(tar.length % 10240).not.toBe(0);
      for (const record of records) {
        expect(record.magic).toBe('ustar\u000000');
        expect(['0', '5', 'x']).toContain(record.typeflag);
        const expectedChecksum = [...record.header].reduce((sum, byte, index) => sum + (index >= 148 && index < 156 ? 32 : byte), 0);
        expect(record.header.subarray(148, 156).toString('latin1')).toBe(`${expectedChecksum.toString(8).padStart(6, '0')}\0 `);
        expect(record.uid).toBe('0000000\0');
        expect(record.gid).toBe('0000000\0');
        expect(record.mtime).toBe('00000000000\0');
        if (record.typeflag === 'x') continue;
        expect(record.uname).toBe('\0'.repeat(32));
        expect(record.gname).toBe('\0'.repeat(32));
        expect(record.header.subarray(329, 345).toString('latin1')).toBe('0000000\u00000000000\0');
      }
      const byName = new Map(records.map((record) => [record.name, record]));
      expect(byName.get('run.sh')?.mode).toBe('0000755\0');
      expect(byName.get('a.yaml')?.mode).toBe('0000644\0');
      expect(byName.get('a')?.mode).toBe('0000750\0');
      expect(byName.get('a')?.typeflag).toBe('5');
      expect(byName.get('a')?.size).toBe(0);
      expect(byName.get('a.yaml')?.content.toString()).toBe('kind: Service\n');
      expect(byName.get('deploy.yaml')?.prefix).toBe(LONG_DIR);
      // Symlinks, the VCS directory and images are left out.
      for (const absent of ['link.yaml', '.git', '.git/config', 'img/logo.png']) expect(byName.has(absent)).toBe(false);
    });
  });

  it('writes a PAX x record before names that USTAR cannot hold, never a global header', async () => {
    await withTempDir(async (dir) => {
      writeTree(dir);
      const { records } = readTar((await packToBuffer(dir)).tar);
      const pax = records.filter((record) => record.typeflag === 'x');
      expect(pax.map((record) => [record.name, record.content.toString('utf8')])).toEqual([
        // The length counts itself and bytes, not characters: é is two.
        ['PaxHeaders.0/caf.yaml', '19 path=café.yaml\n'],
        [`PaxHeaders.0/${LONG_COMPONENT}.yaml`.slice(0, 100), `135 path=${LONG_COMPONENT}.yaml\n`],
      ]);
      expect(records.some((record) => record.typeflag === 'g')).toBe(false);
    });
  });

  it("gzips with Go's fixed header (no name, no mtime, OS 255 on every machine) that GNU tar reads back to exactly the input files", async () => {
    await withTempDir(async (dir) => {
      const source = path.join(dir, 'source');
      mkdirSync(source);
      writeTree(source);
      // Larger than a block (1 MiB), so content crosses block boundaries.
      writeFileSync(path.join(source, 'big.bin'), randomBytes(2_500_000));
      const { gzip } = await packToBuffer(source);
      // 1f 8b 08 00 00000000 00 ff, as Go's compress/gzip writes it at our level: no name, no mtime,
      // and OS 255 rather than the packing machine's (3 for Unix is what pako would write by default).
      expect([...gzip.subarray(0, 10)]).toEqual([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
      writeFileSync(path.join(dir, 'layer.tgz'), gzip);
      const out = path.join(dir, 'out');
      mkdirSync(out);
      execFileSync('tar', ['-xzf', path.join(dir, 'layer.tgz'), '-C', out]);
      for (const name of ['a/x.yaml', 'a.yaml', 'café.yaml', `${LONG_DIR}/deploy.yaml`, `${LONG_COMPONENT}.yaml`, 'big.bin', 'empty.yaml']) {
        expect(readFileSync(path.join(out, name)).equals(readFileSync(path.join(source, name))), name).toBe(true);
      }
      const listed = execFileSync('tar', ['-tzf', path.join(dir, 'layer.tgz')], { encoding: 'utf8' }).trim().split('\n');
      expect(listed).not.toContain('link.yaml');
      expect(listed).not.toContain('.git/config');
    });
  });

  it('gives the same digest for the same tree packed twice and for a copy with other mtimes', async () => {
    await withTempDir(async (dir) => {
      const first = path.join(dir, 'first');
      mkdirSync(first);
      writeTree(first);
      const second = path.join(dir, 'second');
      cpSync(first, second, { recursive: true, verbatimSymlinks: true });
      utimesSync(path.join(second, 'a.yaml'), new Date('2001-02-03T04:05:06Z'), new Date('2001-02-03T04:05:06Z'));
      utimesSync(path.join(second, 'a'), new Date('2011-02-03T04:05:06Z'), new Date('2011-02-03T04:05:06Z'));
      const [a, b, c] = [await packToBuffer(first), await packToBuffer(first), await packToBuffer(second)];
      expect(b.digest).toBe(a.digest);
      expect(c.digest).toBe(a.digest);
      expect(c.diffId).toBe(a.diffId);
      writeFileSync(path.join(second, 'a.yaml'), 'kind: Service \n');
      expect((await packToBuffer(second)).digest).not.toBe(a.digest);
    });
  });

  it('packs a single file as "." (0700) plus the file, as Flux 2.9 does', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'app.yaml'), 'kind: Deployment\n');
      chmodSync(path.join(dir, 'app.yaml'), 0o644);
      const walk = walkArtifact(path.join(dir, 'app.yaml'), createIgnoreMatcher([]));
      expect(walk.entries.map((entry) => [entry.name, entry.type, entry.mode.toString(8)])).toEqual([
        ['.', 'directory', '700'],
        ['app.yaml', 'file', '644'],
      ]);
      const { records } = readTar((await packToBuffer(path.join(dir, 'app.yaml'))).tar);
      expect(records.map((record) => record.name)).toEqual(['.', 'app.yaml']);
    });
  });
});
