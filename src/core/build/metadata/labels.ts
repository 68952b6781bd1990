import type { CiContext } from '../../context.js';

export interface LabelInputs {
  context: CiContext;
  /** `registry/repository` of the image, for the title when the repository is unknown. */
  repository: string;
  version?: string;
  /** Used for `created` when the commit time is unknown. */
  now: Date;
  /** The user's labels; they win over the defaults, key by key. */
  userLabels?: ReadonlyMap<string, string>;
}

const OCI = 'org.opencontainers.image';

/**
 * The OCI annotation keys metadata-action writes as labels (those knowable without the GitHub API),
 * merged with the user's and sorted so the argv (and so the build cache key) is stable.
 */
export function ociLabels(inputs: LabelInputs): Map<string, string> {
  const { context } = inputs;
  const created = context.commitTime && !Number.isNaN(Date.parse(context.commitTime)) ? new Date(context.commitTime) : inputs.now;
  const defaults: Record<string, string | undefined> = {
    [`${OCI}.created`]: created.toISOString(),
    [`${OCI}.revision`]: context.sha,
    [`${OCI}.source`]: context.repositoryUrl,
    [`${OCI}.url`]: context.repositoryUrl,
    [`${OCI}.title`]: lastSegment(context.repository ?? inputs.repository),
    [`${OCI}.version`]: inputs.version,
  };
  const merged = new Map<string, string>();
  for (const [key, value] of Object.entries(defaults)) if (value) merged.set(key, value);
  for (const [key, value] of inputs.userLabels ?? []) merged.set(key, value);
  return new Map([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function lastSegment(path: string): string {
  return path.split('/').filter(Boolean).pop() ?? path;
}
