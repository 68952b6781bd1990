import type { ActionResult } from '../../core/action-spec.js';
import { buildAndPush, type RegistryOperations } from '../../core/build/build-push.js';
import { REVISION_LABEL } from '../../core/build/registry-tags.js';
import { detectBuilder, createProbe, type Probe } from '../../core/build/detect-builder.js';
import { ociLabels } from '../../core/build/metadata/labels.js';
import { computeTags } from '../../core/build/metadata/tags.js';
import type { BuilderName } from '../../core/build/plan.js';
import { createProcessRunner, type CommandRunner } from '../../core/build/runner.js';
import type { CiContext } from '../../core/context.js';
import type { Runtime } from '../../core/runtime.js';
import { ConfigurationError } from '../../core/errors.js';
import type { ActionIO } from '../../core/io.js';
import type { BuildPushOutput } from './definition.js';
import type { BuildPushInputs } from './inputs.js';
import { builderLogin, connectRegistry } from './registry.js';
import { renderSummary } from './summary.js';
import { checkBuildPaths } from './workspace.js';

/** What tests and the benchmark swap out; everything else comes from the runtime. */
export interface BuildPushRunDeps {
  runner: CommandRunner;
  probe: Probe;
  /** Tests and the benchmark may watch the registry calls. */
  connect: (inputs: BuildPushInputs, io: ActionIO) => Promise<RegistryOperations>;
}

export async function runBuildPush(
  inputs: BuildPushInputs,
  runtime: Runtime,
  overrides: Partial<BuildPushRunDeps> = {},
): Promise<ActionResult<BuildPushOutput>> {
  const { io, env, clock } = runtime;
  const deps: BuildPushRunDeps = {
    runner: overrides.runner ?? createProcessRunner({ baseEnv: env, cwd: runtime.workspace }),
    probe: overrides.probe ?? createProbe(env),
    connect: overrides.connect ?? ((connectInputs, connectIo) => connectRegistry(connectInputs, connectIo, env)),
  };
  const started = clock.now();
  for (const secret of inputs.secrets) io.mask(secret.value.reveal());
  if (inputs.login) io.mask(inputs.login.password.reveal());
  const { contextDir, dockerfile } = checkBuildPaths(inputs.context, inputs.file);
  const context = runtime.ci;

  const now = new Date(clock.now());
  const ci: CiContext = { ...context, ...(context.defaultBranch || !inputs.defaultBranch ? {} : { defaultBranch: inputs.defaultBranch }) };
  const computed = computeTags({ rules: inputs.tagRules, flavor: inputs.flavor, context: ci, now });
  for (const note of computed.notes) io.warning(note);
  if (!computed.tags.length) {
    throw new ConfigurationError('no tag applies to this commit (is the commit SHA known? GITHUB_SHA, CI_COMMIT_SHA or GIT_COMMIT)', 'tags');
  }
  if (inputs.skipExisting && !computed.commitTag) {
    throw new ConfigurationError('needs a type=sha tag (the default tags have one) to recognise the commit in the registry', 'skip-existing');
  }
  // The commit tag goes first: pushed first, and the one skip-existing looks up.
  const tags = computed.commitTag ? [computed.commitTag, ...computed.tags.filter((tag) => tag !== computed.commitTag)] : computed.tags;
  const repository = `${inputs.image.registry}/${inputs.image.repository}`;
  const labels = ociLabels({ context: ci, repository, version: computed.version, now, userLabels: inputs.labels });

  const builder: BuilderName = inputs.builder === 'auto' ? await detectBuilder(deps.probe) : inputs.builder;
  io.info(`Builder: ${builder}${inputs.builder === 'auto' ? ' (auto)' : ''}; tags: ${tags.join(', ')}`);
  const registry = inputs.push ? await deps.connect(inputs, io) : undefined;
  const login = await builderLogin(inputs, io, env);
  if (!inputs.push && inputs.skipExisting) io.warning('skip-existing has no effect with push: false');

  const result = await buildAndPush(
    {
      builder,
      plan: {
        contextDir,
        dockerfile,
        repository,
        tags,
        labels,
        buildArgs: inputs.buildArgs,
        ...(inputs.target ? { target: inputs.target } : {}),
        platforms: inputs.platforms,
        cacheFrom: inputs.cacheFrom,
        cacheTo: inputs.cacheTo,
        push: inputs.push,
        tlsVerify: !inputs.insecure,
      },
      repositoryPath: inputs.image.repository,
      ...(computed.commitTag ? { commitTag: computed.commitTag } : {}),
      ...(labels.has(REVISION_LABEL) ? { revision: labels.get(REVISION_LABEL)! } : {}),
      secrets: inputs.secrets,
      ...(inputs.caFile ? { caFile: inputs.caFile } : {}),
      ...(login ? { login } : {}),
      skipExisting: inputs.skipExisting && inputs.push,
    },
    { io, runner: deps.runner, ...(registry ? { registry } : {}), env, tempRoot: runtime.tempDir },
  );

  const image = result.digest ? `${repository}@${result.digest}` : '';
  const metadata = {
    image,
    digest: result.digest,
    tags: result.tags,
    labels: Object.fromEntries(labels),
    builder,
    skipped: result.skipped,
    imageid: result.imageId,
    ...(result.builderMetadata !== undefined ? { builder_metadata: result.builderMetadata } : {}),
  };
  return {
    outputs: {
      digest: result.digest,
      image,
      tags: result.tags.join('\n'),
      imageid: result.imageId,
      metadata: JSON.stringify(metadata),
      skipped: String(result.skipped),
    },
    summary: renderSummary({ image, tags: result.tags, digest: result.digest, builder, durationMs: clock.now() - started, skipped: result.skipped, pushed: inputs.push }),
  };
}
