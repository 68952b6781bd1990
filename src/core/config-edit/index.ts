/**
 * The bump-manifest editing engine: finds image references in a config repository and rewrites
 * only the bytes that change. The action layer plans, shows the plan, then applies it.
 */
export { parseImageUpdate, type ImageUpdate } from './image-update.js';
export { planEdits, type EditPlan, type EditRequest } from './plan.js';
export { applyEdits } from './apply.js';
export { readImagesFrom } from './promotion.js';
