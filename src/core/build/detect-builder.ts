import { ActionFailure } from '../errors.js';
import { KANIKO_EXECUTOR } from './builders/index.js';
import type { BuilderName } from './plan.js';
import { runProcess } from '../process.js';

/** True when `program args` exits 0 within the time limit. */
export type Probe = (program: string, args: readonly string[]) => Promise<boolean>;

export function createProbe(env: Record<string, string | undefined>, timeoutMs = 10_000): Probe {
  return (program, args) =>
    runProcess({ program, args, env, timeoutMs }).then(
      (result) => result.code === 0,
      () => false,
    );
}

/**
 * `auto`: buildx when a Docker daemon answers (the client alone is common on runners without a
 * daemon, so `docker version` must reach the server), else buildah, else kaniko's executor.
 */
export async function detectBuilder(probe: Probe, paths: { docker?: string; buildah?: string; kaniko?: string } = {}): Promise<BuilderName> {
  const docker = paths.docker ?? 'docker';
  const tried: string[] = [];
  if (await probe(docker, ['version', '--format', '{{.Server.Version}}'])) {
    if (await probe(docker, ['buildx', 'version'])) return 'docker';
    tried.push('a Docker daemon answers but the buildx plugin is missing');
  } else tried.push('no Docker daemon answers `docker version`');
  if (await probe(paths.buildah ?? 'buildah', ['--version'])) return 'buildah';
  tried.push('`buildah --version` failed');
  if (await probe(paths.kaniko ?? KANIKO_EXECUTOR, ['version'])) return 'kaniko';
  tried.push(`${paths.kaniko ?? KANIKO_EXECUTOR} is absent`);
  throw new ActionFailure(`No image builder found (builder: auto): ${tried.join('; ')}. Install buildah, run in a kaniko image, or give a Docker daemon with buildx.`);
}
