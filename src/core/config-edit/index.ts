/**
 * The bump-manifest editing engine: finds image references in a config repository and rewrites
 * only the bytes that change. The action layer plans, shows the plan, then applies it.
 */
export { parseImageUpdate, type ImageUpdate } from './image-update.js';
export type { TargetKind } from './targets/common.js';
export type { HelmKeys } from './targets/helm-values.js';
export { planEdits, type EditPlan, type EditRequest, type FileEdit } from './plan.js';
export { applyEdits } from './apply.js';
export { readImagesFrom } from './promotion.js';
