import { ConfigurationError } from '../../errors.js';
import type { BuilderCommands, BuildPlan } from '../plan.js';
import { registryCacheRepository } from './cache.js';

export const KANIKO_EXECUTOR = '/kaniko/executor';

/**
 * `/kaniko/executor`, pushing every `--destination` itself once the build succeeded. Kaniko has no
 * secret mounts: passing secrets as build args would store them in the image history, so they are
 * refused. (Kaniko is archived upstream; buildah is the daemonless builder to prefer.)
 */
export function kanikoCommands(plan: BuildPlan, program = KANIKO_EXECUTOR): BuilderCommands {
  if (plan.secrets.length) {
    throw new ConfigurationError(
      'kaniko cannot mount build secrets, and a build-arg would leave them in the image history; use builder buildah or docker',
      'secrets',
    );
  }
  if (plan.platforms.length > 1) {
    throw new ConfigurationError('kaniko builds a single platform; run one job per platform or use builder docker', 'platforms');
  }
  const caches = [
    ...plan.cacheTo.map((spec) => registryCacheRepository(spec, 'kaniko', 'cache-to')),
    ...plan.cacheFrom.map((spec) => registryCacheRepository(spec, 'kaniko', 'cache-from')),
  ];
  if (new Set(caches).size > 1) {
    throw new ConfigurationError(`kaniko reads and writes one cache repository, got ${[...new Set(caches)].join(', ')}`, 'cache-to');
  }
  return {
    build: {
      program,
      args: [
        '--dockerfile',
        plan.dockerfile,
        '--context',
        `dir://${plan.contextDir}`,
        ...(plan.target ? ['--target', plan.target] : []),
        ...plan.platforms.flatMap((platform) => ['--custom-platform', platform]),
        ...[...plan.buildArgs].flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
        ...[...plan.labels].flatMap(([key, value]) => ['--label', `${key}=${value}`]),
        ...(caches.length ? ['--cache=true', '--cache-repo', caches[0]] : []),
        ...plan.tags.flatMap((tag) => ['--destination', `${plan.repository}:${tag}`]),
        ...(plan.push ? ['--digest-file', plan.files.digest, '--push-retry', '3'] : ['--no-push']),
        ...(plan.tlsVerify ? [] : ['--insecure', '--skip-tls-verify', '--insecure-pull', '--skip-tls-verify-pull']),
        ...(plan.certDir ? ['--registry-certificate', `${registryHost(plan.repository)}=${plan.certDir}/ca.crt`] : []),
      ],
      env: plan.auth ? { DOCKER_CONFIG: plan.auth.dockerConfigDir } : {},
    },
    push: [],
    pushesAllTags: plan.push,
  };
}

function registryHost(repository: string): string {
  return repository.slice(0, repository.indexOf('/'));
}
