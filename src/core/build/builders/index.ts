import type { BuilderCommands, BuilderName, BuildPlan } from '../plan.js';
import { buildahCommands } from './buildah.js';
import { dockerCommands } from './docker.js';
import { kanikoCommands } from './kaniko.js';

export { buildahCommands, dockerCommands, kanikoCommands };
export { buildahPushTag } from './buildah.js';
export { KANIKO_EXECUTOR } from './kaniko.js';

/** The exact commands `builder` runs for `plan`: pure, so tests can compare argv tables. */
export function builderCommands(builder: BuilderName, plan: BuildPlan): BuilderCommands {
  switch (builder) {
    case 'docker':
      return dockerCommands(plan);
    case 'buildah':
      return buildahCommands(plan);
    case 'kaniko':
      return kanikoCommands(plan);
  }
}
