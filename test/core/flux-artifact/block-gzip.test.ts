import { describe, expect, it } from 'vitest';
import { BlockDeflater } from '../../../src/core/flux-artifact/block-gzip.js';

/** Container lines as in a Deployment manifest: indentation-heavy text, as our layers hold. */
function manifestText(bytes: number): Buffer {
  const lines: string[] = [];
  for (let index = 0; lines.join('\n').length < bytes; index++) {
    lines.push(
      `        - name: c${index}`,
      `          image: registry.example.com/team-${index % 7}/svc-${index}:${(index * 7919) % 100_000}`,
      `          env: [{ name: KEY_${index % 97}, value: "${(((index + 1) * 2654435761) % 4294967296).toString(36)}" }]`,
    );
  }
  return Buffer.from(lines.join('\n'));
}

describe('BlockDeflater: a reused stream gives the bytes of a new one', () => {
  it('deflates each block the same whatever the stream deflated before, so the layer does not depend on the thread count', () => {
    // pako's window keeps the previous block's bytes past the new data, where a match near the
    // end of a block can read them: a block of spaces before made 2 of these 400 cuts differ.
    const text = manifestText(31_000);
    const spaces = Buffer.alloc(64 * 1024, 0x20);
    const reused = new BlockDeflater();
    const differing: number[] = [];
    for (let cut = 30_000; cut < 30_400; cut++) {
      const block = text.subarray(0, cut);
      const fresh = Buffer.concat(new BlockDeflater().deflate(block, undefined, false));
      reused.deflate(spaces, undefined, false);
      if (!Buffer.concat(reused.deflate(block, undefined, false)).equals(fresh)) differing.push(cut);
    }
    expect(differing).toEqual([]);
  });
});
