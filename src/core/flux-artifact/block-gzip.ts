import { Z_DEFAULT_STRATEGY, Z_FINISH, Z_OK, Z_STREAM_END, Z_SYNC_FLUSH, ZStream, zlibDeflate, zlibDeflateInit2, zlibDeflateReset, zlibDeflateSetDictionary } from 'pako';

/**
 * The layer's gzip, as independent blocks that any number of threads can deflate (pigz's scheme),
 * in pako, a pure-JavaScript deflate bundled into dist/, not node:zlib: Node ships Chromium's
 * zlib fork, whose output changes between Node releases and with the CPU's hashing instructions,
 * so the same tree gave another layer digest on a GitHub runner than in a GitLab or Tekton
 * container running another Node. JavaScript arithmetic is the same on every engine and CPU, so
 * these bytes are too (test/core/flux-artifact/golden-digest.test.ts pins them).
 *
 * - Level 6, Go's compress/gzip default that `flux push artifact` uses (fluxcd/pkg oci/build.go):
 *   on the bench tree the layer is within 1% of `gzip -6`'s (docs/decisions/0001-*.md).
 * - The tar is cut into BLOCK_SIZE blocks. Each is deflated on its own, primed with the 32 KiB
 *   before it as dictionary, and ends on a sync flush (an empty stored block, byte-aligned), the
 *   last with the final block instead; their concatenation is one valid deflate stream. The
 *   bytes depend only on the tar and these constants, never on how many threads took part.
 * - The 10-byte header is Go compress/gzip's: `1f 8b 08 00 00000000 00 ff`, no name, no mtime,
 *   XFL 0 at level 6, OS 255 ("unknown", where zlib writes 3). The trailer is CRC-32 and the
 *   length mod 2^32, little-endian (RFC 1952).
 */
export const GZIP_LEVEL = 6;
/** The version pinned in package.json: another pako may produce other bytes (a test checks they agree). */
export const PAKO_VERSION = '3.0.3';
/** Tar bytes per block: 1 MiB costs <0.01% in size against one stream; smaller blocks pay pako's set-up each. */
export const BLOCK_SIZE = 1024 * 1024;
/** Deflate's window: the history a block is primed with. */
export const DICTIONARY_SIZE = 32 * 1024;

export const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);

/** Deflated output chunk: few writes to the sink, a small bounded buffer. */
const OUTPUT_CHUNK_SIZE = 256 * 1024;

/**
 * Deflates blocks one after another on one stream, reset between blocks (zlib's deflateReset,
 * which gives the bytes a new stream gives): a thread allocates pako's window and hash tables
 * once rather than once per block.
 */
export class BlockDeflater {
  readonly #stream = new ZStream();
  #used = false;

  constructor() {
    check(zlibDeflateInit2(this.#stream, GZIP_LEVEL, DEFLATED, RAW_WINDOW_BITS, MEM_LEVEL, Z_DEFAULT_STRATEGY, false), 'starting');
  }

  /** One block's raw deflate bytes: `dictionary` is the (up to) 32 KiB of tar just before it. */
  deflate(input: Uint8Array, dictionary: Uint8Array | undefined, last: boolean): Uint8Array[] {
    const stream = this.#stream;
    if (this.#used) {
      check(zlibDeflateReset(stream), 'resetting');
      clearHistory(stream);
    }
    this.#used = true;
    if (dictionary && dictionary.length > 0) check(zlibDeflateSetDictionary(stream, dictionary), 'priming');
    stream.input = input;
    stream.next_in = 0;
    stream.avail_in = input.length;
    const output: Uint8Array[] = [];
    for (;;) {
      stream.output = new Uint8Array(OUTPUT_CHUNK_SIZE);
      stream.next_out = 0;
      stream.avail_out = OUTPUT_CHUNK_SIZE;
      const status = zlibDeflate(stream, last ? Z_FINISH : Z_SYNC_FLUSH);
      if (status !== Z_OK && status !== Z_STREAM_END) check(status, 'compressing the layer');
      if (stream.next_out > 0) output.push(stream.output.subarray(0, stream.next_out));
      // Done when the stream ended, or a sync flush left room: everything is out (zlib's rule).
      if (last ? status === Z_STREAM_END : stream.avail_out !== 0) return output;
    }
  }
}

/**
 * What deflateReset leaves of the blocks this stream deflated before: pako's fill_window does not
 * zero the window past the data (zlib's WIN_INIT), so longest_match near the end of a block reads
 * the bytes an earlier block left there and can pick another match than a new stream, whose window
 * is zeros. Reset that way, a block's bytes depended on which blocks its thread had deflated
 * before, so on the thread count (2 of the bench tree's 113 blocks). Zeroing the window and the
 * hash chains makes the stream a new one's; the hash heads deflateReset already clears.
 */
function clearHistory(stream: ZStream): void {
  const state = stream.state as { window: Uint8Array; prev: Uint16Array };
  state.window.fill(0);
  state.prev.fill(0);
}

const DEFLATED = 8;
/** Negative: raw deflate, no zlib or gzip wrapper; 15: the 32 KiB window. */
const RAW_WINDOW_BITS = -15;
const MEM_LEVEL = 8;

/** pako reports failures as zlib status codes (only on internal errors: these settings are valid). */
function check(status: number, doing: string): void {
  if (status !== Z_OK) throw new Error(`gzip failed while ${doing} (zlib status ${status})`);
}

/** RFC 1952's trailer: CRC-32 of the uncompressed bytes, then their length mod 2^32. */
export function gzipTrailer(crc: number, length: number): Buffer {
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  return trailer;
}
