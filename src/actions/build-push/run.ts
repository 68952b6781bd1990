import type { ActionResult } from '../../core/action-spec.js';
import { buildAndPush, type RegistryOperations } from '../../core/build/build-push.js';
import { REVISION_LABEL } from '../../core/build/registry-tags.js';
import { detectBuilder, createProbe, type Probe } from '../../core/build/detect-builder.js';
import { ociLabels } from '../../core/build/metadata/labels.js';
import { computeTags } from '../../core/build/metadata/tags.js';
import type { BuilderName } from '../../core/build/plan.js';
import { createProcessRunner, type CommandRunner } from '../../core/build/runner.js';
import type { CiContext } from '../../core/context.js';
import { ConfigurationError } from '../../core/errors.js';
import type { ActionIO } from '../../core/io.js';
import type { BuildPushOutput } from './definition.js';
import type { BuildPushInputs } from './inputs.js';
import { builderLogin, connectRegistry } from './registry.js';
import { renderSummary } from './summary.js';
import { resolveBuildPaths, resolveCaFile } from './workspace.js';

export interface BuildPushRunDeps {
  env: NodeJS.ProcessEnv;
  /** The workspace: context and file must stay inside it. */
  workspace: string;
  runner: CommandRunner;
  probe: Probe;
  now: () => Date;
  /** Tests and the benchmark may watch the registry calls. */
  connect?: (inputs: BuildPushInputs, io: ActionIO) => Promise<RegistryOperations>;
  tempRoot?: string;
}

export function defaultRunDeps(env: NodeJS.ProcessEnv = process.env): BuildPushRunDeps {
  return {
    env,
    workspace: process.cwd(),
    runner: createProcessRunner({ baseEnv: env, cwd: process.cwd() }),
    probe: createProbe(env),
    now: () => new Date(),
    // The runner empties RUNNER_TEMP after every job: a cancelled step (no `finally`) must not
    // leave the throw-away credentials in /tmp of a self-hosted runner.
    ...(env.RUNNER_TEMP?.trim() ? { tempRoot: env.RUNNER_TEMP.trim() } : {}),
  };
}

export async function runBuildPush(
  inputs: BuildPushInputs,
  io: ActionIO,
  context: CiContext,
  deps: BuildPushRunDeps = defaultRunDeps(),
): Promise<ActionResult<BuildPushOutput>> {
  const started = Date.now();
  for (const secret of inputs.secrets) io.mask(secret.value.reveal());
  if (inputs.login) io.mask(inputs.login.password.reveal());
  const { contextDir, dockerfile } = resolveBuildPaths(deps.workspace, inputs.context, inputs.file);
  const caFile = inputs.caFile ? resolveCaFile(deps.workspace, inputs.caFile) : undefined;
  if (caFile && inputs.insecure) io.warning('ca-file is not used for verification: insecure turns TLS verification off');

  const now = deps.now();
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
  // The registry client gets the resolved path: a relative ca-file means relative to the workspace.
  const connectInputs: BuildPushInputs = { ...inputs, caFile };
  const registry = inputs.push ? await (deps.connect ?? ((i, o) => connectRegistry(i, o, deps.env)))(connectInputs, io) : undefined;
  const login = await builderLogin(inputs, io, deps.env);
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
      ...(caFile ? { caFile } : {}),
      ...(login ? { login } : {}),
      skipExisting: inputs.skipExisting && inputs.push,
    },
    { io, runner: deps.runner, ...(registry ? { registry } : {}), env: deps.env, ...(deps.tempRoot ? { tempRoot: deps.tempRoot } : {}) },
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
    summary: renderSummary({ image, tags: result.tags, digest: result.digest, builder, durationMs: Date.now() - started, skipped: result.skipped, pushed: inputs.push }),
  };
}
