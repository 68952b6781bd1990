// What the layer compressor is, apart from the compressor itself (go-gzip.ts): the layer cache
// needs these on every push, and pako need not be loaded for a push that packs nothing.

export const GZIP_LEVEL = 3;
/** The version pinned in package.json: another pako may produce other bytes (a test checks they agree). */
export const PAKO_VERSION = '3.0.3';

/**
 * What identifies the compressed bytes we produce for a given tarball; the layer cache keys on
 * it, so a layer packed by another compressor or setting is never reused.
 */
export const COMPRESSOR_ID = `pako ${PAKO_VERSION} level ${GZIP_LEVEL} anzac-hash gzip-header go`;
