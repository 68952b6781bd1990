import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE, tarHeader, TYPE_DIRECTORY, TYPE_REGULAR, writeUstarHeader } from '../../../src/core/flux-artifact/tar-header.js';

const field = (block: Buffer, start: number, length: number) => block.subarray(start, start + length).toString('latin1');

describe('tarHeader: Go archive/tar bytes for names USTAR cannot hold', () => {
  it('ends a truncated main-header name that the cut leaves on a slash with a NUL, as Go formatString does', () => {
    // The 101-byte last component defeats the prefix split, so Go writes a PAX record and a main
    // header whose name is the first 100 bytes: `a…a/`, whose trailing slash Go replaces by NUL.
    const name = `${'a'.repeat(99)}/${'b'.repeat(101)}`;
    const header = tarHeader({ name, typeflag: TYPE_REGULAR, mode: 0o644, size: 7 });
    const pax = header.subarray(0, BLOCK_SIZE);
    expect(field(pax, 156, 1)).toBe('x');
    const record = `${name.length + 10} path=${name}\n`;
    expect(header.subarray(BLOCK_SIZE, BLOCK_SIZE + record.length).toString('latin1')).toBe(record);
    const main = header.subarray(header.length - BLOCK_SIZE);
    expect(header.length).toBe(3 * BLOCK_SIZE);
    expect(field(main, 0, 100)).toBe(`${'a'.repeat(99)}\0`);
    expect(field(main, 156, 1)).toBe('0');
    expect(field(main, 124, 12)).toBe('00000000007\0');
  });

  it('keeps a name cut elsewhere as its first 100 bytes, with no terminator', () => {
    const name = `${'c'.repeat(120)}.yaml`;
    const main = tarHeader({ name, typeflag: TYPE_REGULAR, mode: 0o644, size: 0 }).subarray(-BLOCK_SIZE);
    expect(field(main, 0, 100)).toBe('c'.repeat(100));
  });
});

describe('writeUstarHeader: the header built in place in the tar stream', () => {
  it('writes the bytes tarHeader returns at any offset of a dirty buffer, prefix split included', () => {
    const target = Buffer.alloc(3 * BLOCK_SIZE, 0xaa);
    const fields = { name: `${'team-7/'.repeat(20)}deployment-1.yaml`, typeflag: TYPE_REGULAR, mode: 0o644, size: 8 * 1024 ** 3 - 1 } as const;
    expect(writeUstarHeader(target, 700, fields)).toBe(true);
    expect(target.subarray(700, 700 + BLOCK_SIZE)).toEqual(tarHeader(fields));
    expect(target.subarray(0, 700).every((byte) => byte === 0xaa)).toBe(true);
    expect(target.subarray(700 + BLOCK_SIZE).every((byte) => byte === 0xaa)).toBe(true);
  });

  it('writes nothing for an entry that needs a PAX record: a non-ASCII name or a size past 8 GiB', () => {
    const target = Buffer.alloc(BLOCK_SIZE, 0xaa);
    expect(writeUstarHeader(target, 0, { name: 'café.yaml', typeflag: TYPE_REGULAR, mode: 0o644, size: 1 })).toBe(false);
    expect(writeUstarHeader(target, 0, { name: 'big.bin', typeflag: TYPE_REGULAR, mode: 0o644, size: 8 * 1024 ** 3 })).toBe(false);
    expect(writeUstarHeader(target, 0, { name: 'x'.repeat(101), typeflag: TYPE_DIRECTORY, mode: 0o755, size: 0 })).toBe(false);
    expect(target.every((byte) => byte === 0xaa)).toBe(true);
  });
});
