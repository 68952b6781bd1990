/**
 * The manifest of writeGoldenTree (test/core/flux-artifact/helpers.ts) pushed with `reproducible` at
 * commit c0ffee0…0 of org/app on main: layer, config (diff_id, created 1970) and annotations
 * (revision, source) all fixed, so is this.
 */
export const GOLDEN_MANIFEST_DIGEST = 'sha256:695ebb1db3cce25bbb45f558854f3cc172e7e4eec55711f245094d9b5b88c029';
