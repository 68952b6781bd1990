import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { processCleanups } from '../cleanup.js';
import { ActionFailure, errorMessage } from '../errors.js';
import type { ActionIO } from '../io.js';
import { writeThrowAwayAuth, type RegistryLogin } from './auth-config.js';
import { buildahPushTag, builderCommands } from './builders/index.js';
import type { BuilderName, BuildPlan } from './plan.js';
import { DEFAULT_COMMAND_RETRY, runCommand, type CommandRetry } from './run-command.js';
import type { CommandRunner } from './runner.js';
import { writeSecretFiles, type BuildSecret } from './secrets.js';
import { applyTags, findExisting, imageIdInRegistry, type RegistryOperations } from './registry-tags.js';

export type { RegistryOperations } from './registry-tags.js';

/** A build as the action asks for it; the throw-away files are added by `buildAndPush`. */
export interface BuildPushRequest {
  builder: BuilderName;
  plan: Omit<BuildPlan, 'files' | 'auth' | 'secrets' | 'certDir'>;
  /** The repository path inside the registry, e.g. `team/app` (what the registry API takes). */
  repositoryPath: string;
  /** The tag naming the commit: skip-existing looks it up. */
  commitTag?: string;
  /** The revision label this build gets (the commit SHA): skip-existing checks the existing image has it. */
  revision?: string;
  secrets: readonly BuildSecret[];
  /** Absolute path of a PEM CA to trust for the registry besides the system's (the `ca-file` input). */
  caFile?: string;
  login?: RegistryLogin;
  skipExisting: boolean;
}

export interface BuildPushDeps {
  io: ActionIO;
  runner: CommandRunner;
  /** Talks to the registry: access check, skip-existing, tag copies, digest check. */
  registry?: RegistryOperations;
  /** The environment the builder inherits; read for the user's existing registry logins. */
  env: Record<string, string | undefined>;
  /** Where the step's temp directory goes (the OS temp dir by default). */
  tempRoot?: string;
  retry?: CommandRetry;
}

export interface BuildPushResult {
  /** The manifest digest in the registry (empty when nothing was pushed). */
  digest: string;
  imageId: string;
  /** Full references `registry/repo:tag`. */
  tags: string[];
  skipped: boolean;
  /** The builder's own metadata (buildx's metadata file), when it writes one. */
  builderMetadata?: unknown;
}

/**
 * Builds and pushes, or, with skip-existing and the commit's tag already in the registry, only
 * points the missing tags at the existing manifest. Tags are pushed only after a successful
 * build; every temp file (credentials, secrets, digest files) is removed before returning.
 */
export async function buildAndPush(request: BuildPushRequest, deps: BuildPushDeps): Promise<BuildPushResult> {
  const { io, registry } = deps;
  const { plan } = request;
  const fullTags = plan.tags.map((tag) => `${plan.repository}:${tag}`);
  /** Where the first tag pointed before the builder moved it: put back if a later tag cannot move. */
  let firstTagBefore: { digest: string } | undefined;
  if (plan.push && registry) {
    // Before the build: wrong credentials or an unreachable registry must not cost a build first.
    await io.group(`Checking push access to ${plan.repository}`, () =>
      registry.checkAccess(request.repositoryPath, 'push').catch((error: unknown) => {
        throw new ActionFailure(`Cannot push to ${plan.repository} (the "image" input's registry); nothing was built: ${errorMessage(error)}`, { cause: error });
      }),
    );
    if (request.skipExisting && request.commitTag) {
      const existing = await findExisting(registry, request.repositoryPath, request.commitTag, request.revision, io);
      if (existing) {
        io.info(`${plan.repository}:${request.commitTag} already exists (${existing.digest}): build skipped`);
        await applyTags(registry, request.repositoryPath, existing.digest, plan.tags, io);
        const imageId = await imageIdInRegistry(registry, request.repositoryPath, existing.digest);
        return { digest: existing.digest, imageId, tags: fullTags, skipped: true };
      }
    }
    firstTagBefore = await registry.headManifest(request.repositoryPath, plan.tags[0]);
  }

  const workDir = await mkdtemp(path.join(deps.tempRoot ?? os.tmpdir(), 'build-push-'));
  // The credentials and secrets in workDir go on cancellation too (SIGTERM unwinds no `finally`):
  // registered before the builder starts, so its process group is stopped first.
  const removeWorkDir = () => rm(workDir, { recursive: true, force: true, maxRetries: 3 });
  const forget = processCleanups.add(removeWorkDir);
  try {
    const files = { digest: path.join(workDir, 'digest'), imageId: path.join(workDir, 'iid'), metadata: path.join(workDir, 'metadata.json') };
    const secrets = await writeSecretFiles(workDir, request.secrets, io);
    const auth = request.login ? await writeThrowAwayAuth(workDir, request.login, deps.env, io) : undefined;
    const certDir = request.caFile && plan.tlsVerify ? await certDirFor(request.builder, request.caFile, workDir, io) : undefined;
    const fullPlan: BuildPlan = { ...plan, files, secrets, ...(auth ? { auth } : {}), ...(certDir ? { certDir } : {}) };
    const commands = builderCommands(request.builder, fullPlan);
    const retry = deps.retry ?? DEFAULT_COMMAND_RETRY;

    await io.group(`Building ${fullTags[0]} with ${request.builder}`, () =>
      runCommand(deps.runner, commands.build, io, `The ${request.builder} build`, commands.pushesAllTags ? { ...retry, when: mentionsPush } : undefined),
    );
    for (const push of commands.push) {
      await io.group(`Pushing ${fullTags[0]}`, () => runCommand(deps.runner, push, io, `Pushing ${fullTags[0]}`, retry));
    }
    const imageId = await readOptional(files.imageId);
    const builderMetadata = await readMetadata(files.metadata);
    if (!plan.push) return { digest: '', imageId, tags: fullTags, skipped: false, builderMetadata };

    const reported = (await readOptional(files.digest)) || digestFromMetadata(builderMetadata);
    let digest = reported;
    if (registry) {
      const inRegistry = await registry.headManifest(request.repositoryPath, plan.tags[0]);
      if (!inRegistry) throw new ActionFailure(`${fullTags[0]} is not in the registry after the push`);
      if (reported && inRegistry.digest !== reported) io.warning(`${request.builder} reported ${reported}, the registry serves ${inRegistry.digest}; using the registry's`);
      digest = inRegistry.digest;
    }
    if (!digest) throw new ActionFailure(`${request.builder} pushed ${fullTags[0]} but reported no digest`);
    if (!commands.pushesAllTags && plan.tags.length > 1) {
      if (registry) {
        const builderMoved = firstTagBefore?.digest === digest ? [] : [{ tag: plan.tags[0], previous: firstTagBefore?.digest }];
        await applyTags(registry, request.repositoryPath, digest, plan.tags.slice(1), io, builderMoved);
      }
      else {
        for (const tag of plan.tags.slice(1)) {
          await runCommand(deps.runner, buildahPushTag(fullPlan, tag), io, `Pushing ${plan.repository}:${tag}`, retry);
        }
      }
    }
    return { digest, imageId, tags: fullTags, skipped: false, builderMetadata };
  } finally {
    await removeWorkDir();
    forget();
  }
}

/**
 * A directory holding only `ca.crt`, a copy of the user's CA: buildah's --cert-dir reads every
 * *.crt, *.cert and *.key in the directory it is given (so not the user's own, say /etc/ssl/certs),
 * and kaniko's --registry-certificate takes `<dir>/ca.crt`. buildx has no such flag: its pushes
 * trust what the Docker daemon / BuildKit trusts.
 */
async function certDirFor(builder: BuilderName, caFile: string, workDir: string, io: ActionIO): Promise<string | undefined> {
  if (builder === 'docker') {
    io.warning('ca-file is used for the registry checks only: docker buildx pushes with the trust of the Docker daemon / BuildKit, which must trust this CA too');
    return undefined;
  }
  const certDir = path.join(workDir, 'certs');
  await mkdir(certDir);
  await copyFile(caFile, path.join(certDir, 'ca.crt'));
  return certDir;
}

/** buildx builds and pushes in one command: only a failed push is worth a retry, not a failed RUN. */
function mentionsPush(tail: readonly string[]): boolean {
  return tail.some((line) => /push|exporting to image/i.test(line));
}

async function readOptional(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    return '';
  }
}

async function readMetadata(file: string): Promise<unknown> {
  const text = await readOptional(file);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function digestFromMetadata(metadata: unknown): string {
  const value = metadata && typeof metadata === 'object' ? (metadata as Record<string, unknown>)['containerimage.digest'] : undefined;
  return typeof value === 'string' ? value : '';
}
