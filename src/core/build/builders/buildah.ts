import type { BuilderCommands, BuildPlan, Command } from '../plan.js';
import { registryCacheRepository } from './cache.js';
import { ConfigurationError } from '../../errors.js';

/**
 * `buildah bud` then `buildah push --digestfile` of the first tag: daemonless, works as root in
 * a container. The push runs only after the build succeeded, so a failed build pushes nothing.
 */
export function buildahCommands(plan: BuildPlan, program = 'buildah'): BuilderCommands {
  if (plan.platforms.length > 1) {
    throw new ConfigurationError('buildah builds one platform per step; run one job per platform or use builder docker', 'platforms');
  }
  const env: Record<string, string> = plan.auth ? { REGISTRY_AUTH_FILE: plan.auth.authFile } : {};
  const registryFlags = [
    ...(plan.tlsVerify ? [] : ['--tls-verify=false']),
    ...(plan.certDir ? ['--cert-dir', plan.certDir] : []),
    ...(plan.auth ? ['--authfile', plan.auth.authFile] : []),
  ];
  const cacheFrom = plan.cacheFrom.map((spec) => registryCacheRepository(spec, 'buildah', 'cache-from'));
  const cacheTo = plan.cacheTo.map((spec) => registryCacheRepository(spec, 'buildah', 'cache-to'));
  const build: Command = {
    program,
    args: [
      'bud',
      // Docker format keeps HEALTHCHECK/SHELL and matches what `docker build` users expect.
      '--format',
      'docker',
      '--iidfile',
      plan.files.imageId,
      '--file',
      plan.dockerfile,
      ...(plan.target ? ['--target', plan.target] : []),
      ...plan.platforms.flatMap((platform) => ['--platform', platform]),
      ...[...plan.buildArgs].flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
      ...plan.secrets.flatMap((secret) => ['--secret', `id=${secret.id},src=${secret.file}`]),
      ...[...plan.labels].flatMap(([key, value]) => ['--label', `${key}=${value}`]),
      ...(cacheFrom.length || cacheTo.length ? ['--layers'] : []),
      ...cacheFrom.flatMap((repository) => ['--cache-from', repository]),
      ...cacheTo.flatMap((repository) => ['--cache-to', repository]),
      ...plan.tags.flatMap((tag) => ['--tag', `${plan.repository}:${tag}`]),
      ...registryFlags,
      plan.contextDir,
    ],
    env,
  };
  const first = `${plan.repository}:${plan.tags[0]}`;
  const push: Command[] = plan.push
    ? [{ program, args: ['push', '--digestfile', plan.files.digest, ...registryFlags, first, `docker://${first}`], env }]
    : [];
  return { build, push, pushesAllTags: false };
}

/** Pushes one more tag of the built image (when no registry client copies it by manifest). */
export function buildahPushTag(plan: BuildPlan, tag: string, program = 'buildah'): Command {
  const { push } = buildahCommands({ ...plan, tags: [tag], push: true }, program);
  const command = push[0];
  // The digest file belongs to the first push; this one must not overwrite it.
  const at = command.args.indexOf('--digestfile');
  command.args.splice(at, 2);
  return command;
}
