import type { BuilderCommands, BuildPlan } from '../plan.js';

/**
 * `docker buildx build` as docker/build-push-action runs it: one argv, results read back from
 * `--metadata-file` (the digest) and `--iidfile`. buildx pushes every tag itself, after the build.
 */
export function dockerCommands(plan: BuildPlan, program = 'docker'): BuilderCommands {
  const output = !plan.push
    ? []
    : plan.tlsVerify
      ? ['--push']
      : // A plain-HTTP or self-signed registry must be allowed per push; --push cannot say so.
        ['--output', `type=image,"name=${plan.tags.map((tag) => `${plan.repository}:${tag}`).join(',')}",push=true,registry.insecure=true`];
  return {
    build: {
      program,
      args: [
        'buildx',
        'build',
        '--file',
        plan.dockerfile,
        '--iidfile',
        plan.files.imageId,
        '--metadata-file',
        plan.files.metadata,
        ...(plan.target ? ['--target', plan.target] : []),
        ...(plan.platforms.length ? ['--platform', plan.platforms.join(',')] : []),
        ...[...plan.buildArgs].flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
        ...plan.secrets.flatMap((secret) => ['--secret', `id=${secret.id},src=${secret.file}`]),
        ...[...plan.labels].flatMap(([key, value]) => ['--label', `${key}=${value}`]),
        ...plan.cacheFrom.flatMap((spec) => ['--cache-from', spec]),
        ...plan.cacheTo.flatMap((spec) => ['--cache-to', spec]),
        ...plan.tags.flatMap((tag) => ['--tag', `${plan.repository}:${tag}`]),
        ...output,
        plan.contextDir,
      ],
      // DOCKER_CONFIG swaps the whole config dir; see auth-config.ts for how plugins stay found.
      env: plan.auth
        ? { DOCKER_CONFIG: plan.auth.dockerConfigDir, ...(plan.auth.buildxConfigDir ? { BUILDX_CONFIG: plan.auth.buildxConfigDir } : {}) }
        : {},
    },
    push: [],
    pushesAllTags: plan.push,
  };
}
