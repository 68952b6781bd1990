export const id = 361;
export const ids = [361];
export const modules = {

/***/ 9361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GoGzip: () => (/* binding */ GoGzip)
/* harmony export */ });
/* harmony import */ var pako__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9925);
/* harmony import */ var _compressor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9743);


/**
 * Layer compression is pako, a pure-JavaScript deflate bundled into dist/, not node:zlib: Node
 * ships Chromium's zlib fork, whose output changes between Node releases and with the CPU's
 * hashing instructions, so the same tree gave another layer digest on a GitHub runner (node24)
 * than in a GitLab or Tekton container running another Node. JavaScript arithmetic is the same
 * on every engine and CPU, so these bytes are too (test/core/flux-artifact/golden-digest.test.ts pins them).
 *
 * The level (compressor.ts): 3, not Go's 6: level 6 costs ~2x level 3 for a layer ~7% smaller; level 4 (lazy
 * matching) ~1.7x. Levels 1 and 2 save little time (bench/push-oci-artifact.bench.ts) for a
 * layer 10-16% larger.
 *
 * This module is the one place the compressor is configured: pack.ts (in-thread) and
 * gzip-worker.ts (the worker thread of the bundles) both compress through GoGzip, so the two
 * paths cannot produce different bytes.
 */
/** Compressed output chunk: few writes to the sink, a small bounded buffer. */
const OUTPUT_CHUNK_SIZE = 256 * 1024;
/** RFC 1952 OS byte "unknown", which Go's compress/gzip writes on every machine. */
const GZIP_OS_UNKNOWN = 255;
/**
 * A gzip stream whose 10-byte header is Go compress/gzip's: `1f 8b 08 00 00000000 XFL ff`, no
 * name, no mtime, OS 255 (pako would write 3, "Unix"). XFL is 0 at level 3 in both (Go writes 4
 * only at level 1 and 2 only at 9, as pako does). The output depends only on the bytes pushed,
 * not on how they are split between calls.
 */
class GoGzip {
    #deflate = new pako__WEBPACK_IMPORTED_MODULE_0__/* .Deflate */ .Gy({ gzip: true, level: _compressor_js__WEBPACK_IMPORTED_MODULE_1__/* .GZIP_LEVEL */ .Gw, chunkSize: OUTPUT_CHUNK_SIZE, legacyHash: false });
    #output = [];
    constructor() {
        this.#deflate.onStart = (stream) => {
            const header = new pako__WEBPACK_IMPORTED_MODULE_0__/* .GZheader */ .Jy();
            header.os = GZIP_OS_UNKNOWN;
            check((0,pako__WEBPACK_IMPORTED_MODULE_0__/* .zlibDeflateSetHeader */ .EV)(stream, header), 'setting the gzip header');
        };
        // pako hands over a fresh array per full chunk, so it can be passed on without a copy.
        this.#deflate.onData = (chunk) => this.#output.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    /** Compresses `input` (`last`: and ends the stream), returning the bytes this produced. */
    push(input, last) {
        this.#deflate.push(input, last);
        check(this.#deflate.err, 'compressing the layer');
        const output = this.#output;
        this.#output = [];
        return output;
    }
}
/** pako reports failures as zlib status codes (only on internal errors: our options are valid). */
function check(status, doing) {
    if (status !== 0)
        throw new Error(`gzip failed while ${doing} (zlib status ${status})`);
}


/***/ })

};
