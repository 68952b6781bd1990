import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE, tarHeader, TYPE_REGULAR } from '../../../src/core/flux-artifact/tar-header.js';

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
