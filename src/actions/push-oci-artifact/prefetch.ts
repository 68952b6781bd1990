import { LayerCache } from '../../core/flux-artifact/layer-cache.js';
import type { ActionIO } from '../../core/io.js';
import type { PushOciArtifactInputs } from './inputs.js';

/**
 * The layer cache for this push, already checking whether the tree changed since the last one.
 * A small module of its own: the action loads it before the rest of its code, so on a re-push
 * of an unchanged tree (where that check is most of the run) loading overlaps checking.
 */
export function prefetchedLayerCache(inputs: PushOciArtifactInputs, io: ActionIO): LayerCache {
  const cache = new LayerCache(inputs.cacheDir, io);
  cache.prefetch(inputs.root, inputs.ignorePaths);
  return cache;
}
