/**
 * The manifest of writeGoldenTree (test/core/flux-artifact/helpers.ts) pushed with `reproducible` at
 * commit c0ffee0…0 of org/app on main: layer, config (diff_id, created 1970) and annotations
 * (revision, source) all fixed, so is this.
 */
export const GOLDEN_MANIFEST_DIGEST = 'sha256:86944830fd81edafb3812a3adc8535b28bae462dd9be0322b42bb0990964d6a4';
