import type { ActionResult } from '../../core/action-spec.js';
import type { Runtime } from '../../core/runtime.js';
import { ConfigurationError, isConfigurationError } from '../../core/errors.js';
import type { ActionIO } from '../../core/io.js';
import { RegistryClient } from '../../core/oci/client.js';
import { copyByDigest, type CopyResult } from '../../core/oci/copy.js';
import { defaultCredentialSource } from '../../core/oci/credentials.js';
import { formatReference, isDigest, normalizedName, parseImageReference, type ImageReference } from '../../core/oci/reference.js';
import { registryTransport } from '../../core/oci/transport.js';
import type { BumpManifestInputs } from '../bump-manifest/inputs.js';
import { deploymentRecord, renderRecord } from '../ship/record.js';
import { FlowProgress, stageOutputs } from '../ship/stage.js';
import type { PromoteOutput } from './definition.js';
import { BUMP_STAGE, SYNC_STAGE, type PromoteInputs, type RegistryLogin } from './inputs.js';
import { renderCopySummary } from './summary.js';

/** The source, pinned: every later step uses this digest, never the tag it may have come from. */
export interface ResolvedSource {
  reference: ImageReference & { digest: string };
  /** How it was found, for the summary: `pinned`, `tag 1.2`, `envs/dev runs 1.2@sha256:…`. */
  how: string;
}

export async function runPromote(
  inputs: PromoteInputs,
  runtime: Runtime,
): Promise<ActionResult<PromoteOutput>> {
  const { io, env, ci: context } = runtime;
  const registries = new RegistryClients(inputs, io, env);
  const source = await io.group('Resolve the source', () => resolveSource(inputs, registries, runtime));
  io.info(`Promoting ${formatReference(source.reference)} (${source.how})`);
  const target = { ...inputs.target, digest: source.reference.digest };
  const sameRepository = normalizedName(target) === normalizedName(source.reference);
  if (inputs.stages.has('copy') && sameRepository && inputs.tags.every((tag) => tag === source.reference.tag)) {
    throw new ConfigurationError(`is the source itself (${normalizedName(source.reference)}): name another repository or a new tag`, 'target');
  }

  let copied: CopyResult | undefined;
  if (inputs.stages.has('copy')) {
    const targetName = normalizedName(target);
    copied = await io.group(`Copy ${source.reference.digest} to ${targetName}`, async () =>
      copyByDigest({
        source: { client: await registries.client(source.reference.registry), repository: source.reference.repository },
        target: { client: await registries.client(target.registry), repository: target.repository },
        digest: source.reference.digest,
        tags: inputs.tags,
        referrers: inputs.referrers,
        io,
      }),
    );
  }

  const progress = new FlowProgress();
  const summaries: string[] = [];
  if (copied) summaries.push(renderCopySummary(source, target, copied));
  const image = `${normalizedName(target)}@${source.reference.digest}`;
  let bumpInputs: BumpManifestInputs | undefined;
  let failure: string | undefined;
  try {
    if (inputs.stages.has('bump') && inputs.bump) {
      const name = inputs.configImage ?? normalizedName(target);
      bumpInputs = inputs.bump(name === normalizedName(target) ? image : `${name}=${image}`);
      const result = await progress.run(BUMP_STAGE, bumpInputs, runtime);
      failure = result.failure;
    }
    if (!failure && inputs.stages.has('sync') && inputs.sync) failure = (await progress.run(SYNC_STAGE, inputs.sync, runtime)).failure;
  } catch (error) {
    // The copy is done and stays: its outputs are handed on with the failure of the stage after it.
    if (isConfigurationError(error) || !copied) throw error;
    failure = (error as Error).message;
  }

  const record = deploymentRecord({
    context,
    environment: inputs.environment,
    image,
    digest: source.reference.digest,
    promotedFrom: formatReference(source.reference),
    tags: copied?.tags.map((tag) => `${normalizedName(target)}:${tag}`),
    bump: bumpInputs && { outputs: stageOutputs(progress.outputs, BUMP_STAGE), repository: bumpInputs.repository },
    argocd: inputs.sync && inputs.stages.has('sync') ? { outputs: stageOutputs(progress.outputs, SYNC_STAGE), server: inputs.sync.server, applications: inputs.sync.applications } : undefined,
  });
  const outputs: Record<string, string> = {
    ...progress.outputs,
    digest: source.reference.digest,
    image,
    source: `${normalizedName(source.reference)}@${source.reference.digest}`,
    tags: (copied?.tags ?? []).map((tag) => `${normalizedName(target)}:${tag}`).join('\n'),
    referrers: (copied?.referrers ?? []).map((referrer) => referrer.digest).join('\n'),
    commit: progress.outputs['config-commit'] ?? '',
    'pull-request-url': progress.outputs['config-pull-request-url'] ?? '',
    'sync-status': progress.outputs['argocd-sync-status'] ?? '',
    'health-status': progress.outputs['argocd-health-status'] ?? '',
    record: JSON.stringify(record),
  };
  const summary = [renderRecord(record), ...summaries, ...progress.summaries].join('\n');
  return { outputs: outputs, summary, ...(failure === undefined ? {} : { failure }) };
}

/**
 * Pins the source once: a digest given is checked to exist; a tag is resolved; an environment
 * folder is read with bump-manifest's promotion logic and what it runs is resolved. A reference
 * the registry does not hold is the user's mistake (exit 2), named by the input that gave it.
 */
export async function resolveSource(inputs: PromoteInputs, registries: RegistryClients, runtime: Runtime): Promise<ResolvedSource> {
  let reference: ImageReference = { ...inputs.source };
  let how: string;
  let input: string = inputs.pinnedBy ?? 'source';
  if (reference.digest) how = 'pinned';
  else if (inputs.from) {
    const running = await readRunningReference(inputs, runtime);
    reference = running.reference;
    how = `${inputs.from} runs ${running.text}`;
    input = 'from';
  } else how = `tag ${reference.tag}`;

  const client = await registries.client(reference.registry);
  const name = normalizedName(reference);
  if (reference.digest) {
    if (!(await client.headManifest(reference.repository, reference.digest))) {
      throw new ConfigurationError(`${name} holds no manifest ${reference.digest}: nothing to promote`, input);
    }
    return { reference: { ...reference, digest: reference.digest }, how };
  }
  const found = await client.headManifest(reference.repository, reference.tag!);
  if (!found) throw new ConfigurationError(`${name} has no tag "${reference.tag}": nothing to promote`, input);
  return { reference: { ...reference, digest: found.digest }, how: `${how}, resolved to ${found.digest}` };
}

/** What the `from` environment runs for the source image, read in the config repository. */
async function readRunningReference(inputs: PromoteInputs, runtime: Runtime): Promise<{ reference: ImageReference; text: string }> {
  const { io, env } = runtime;
  // Loaded here: the config repository's code is needed only when a folder is read.
  const [{ readImagesFrom }, { createGitRunner }, { openWorkspace }] = await Promise.all([
    import('../../core/config-edit/index.js'),
    import('../../core/git/runner.js'),
    import('../bump-manifest/workspace.js'),
  ]);
  const bump = inputs.bump!(`${normalizedName(inputs.source)}@sha256:${'0'.repeat(64)}`);
  const workspace = await openWorkspace({ ...bump, dryRun: true }, io, createGitRunner({ baseEnv: env }), env, runtime.tempDir);
  try {
    const [update] = await readImagesFrom(workspace.root, inputs.from!, [normalizedName(inputs.source)]);
    const name = update.newName ? parseImageReference(update.newName, 'from') : inputs.source;
    const reference: ImageReference = { registry: name.registry, repository: name.repository };
    if (update.newTag) reference.tag = update.newTag;
    if (update.newDigest) {
      if (!isDigest(update.newDigest)) throw new ConfigurationError(`runs ${update.newDigest}, which is not a sha256 digest`, 'from');
      reference.digest = update.newDigest;
    }
    return { reference, text: formatReference(reference) };
  } finally {
    await workspace.cleanup();
  }
}

/** One client per registry, with the credentials the inputs give for it. */
export class RegistryClients {
  readonly #clients = new Map<string, Promise<RegistryClient>>();

  constructor(
    private readonly inputs: PromoteInputs,
    private readonly io: ActionIO,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  client(registry: string): Promise<RegistryClient> {
    let client = this.#clients.get(registry);
    if (!client) {
      client = this.#create(registry);
      this.#clients.set(registry, client);
    }
    return client;
  }

  async #create(registry: string): Promise<RegistryClient> {
    const targetRegistry = this.inputs.target.registry;
    // The target's login is not sent to another registry: the source's own, else docker config.
    const login: RegistryLogin = registry === targetRegistry ? this.inputs.targetLogin : this.inputs.sourceLogin;
    const credentials = defaultCredentialSource({
      username: login.username,
      password: login.password?.reveal(),
      githubToken: this.inputs.githubToken?.reveal(),
      io: this.io,
      env: this.env,
    });
    return new RegistryClient({ registry, credentials, io: this.io, ...(await registryTransport(registry, { insecure: login.insecure, caFile: login.caFile, io: this.io })) });
  }
}
