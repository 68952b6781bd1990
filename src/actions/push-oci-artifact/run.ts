import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ActionResult } from '../../core/action-spec.js';
import { pushArtifact } from '../../core/flux-artifact/push.js';
import { REPRODUCIBLE_CREATED, rfc3339Seconds } from '../../core/flux-artifact/flux-format.js';
import type { Runtime } from '../../core/runtime.js';
import { ActionFailure, ConfigurationError, errorMessage } from '../../core/errors.js';
import { RegistryClient } from '../../core/oci/client.js';
import { cloudCredentials } from '../../core/oci/cloud-login.js';
import { defaultCredentialSource } from '../../core/oci/credentials.js';
import { registryApiHost } from '../../core/oci/reference.js';
import { registryTransport } from '../../core/oci/transport.js';
import type { PushOciArtifactOutput } from './definition.js';
import type { PushOciArtifactInputs } from './inputs.js';
import { artifactInfo } from './info.js';
import { diffArtifact } from '../../core/flux-artifact/diff.js';
import { tagArtifact } from '../../core/flux-artifact/tag.js';
import { renderSummary } from './summary.js';
import { saveStdinManifests } from '../../core/flux-artifact/stdin-manifests.js';

export async function runPushOciArtifact(
  inputs: PushOciArtifactInputs,
  runtime: Runtime,
): Promise<ActionResult<PushOciArtifactOutput>> {
  const { io, env } = runtime;
  const dockerConfigFile = inputs.dockerConfig ? authFile(inputs.dockerConfig) : undefined;
  const { registry, repository } = inputs.target;
  const { username, password, githubToken } = inputs;
  const transport = await registryTransport(registry, { insecure: inputs.insecure, caFile: inputs.caFile, io });
  const registryUrl = new URL(`${transport.plainHttp ? 'http' : 'https'}://${registryApiHost(registry)}`);
  const credentials =
    inputs.provider !== 'generic'
      ? cloudCredentials(inputs.provider, registry, { env, io, registryUrl })
      : defaultCredentialSource({ username, password: password?.reveal(), githubToken: githubToken?.reveal(), registries: [registry], dockerConfigFile, io, env });
  // The whole push's deadline (flux's --timeout): every registry request stops at it.
  const deadline = AbortSignal.timeout(inputs.timeoutMs);
  const client = new RegistryClient({ registry, credentials, io, ...transport, signal: AbortSignal.any([runtime.signal, deadline]) });
  const withDeadline = <T>(work: Promise<T>): Promise<T> =>
    work.catch((error: unknown) => {
      if (deadline.aborted) throw new ActionFailure(`The ${inputs.mode} did not finish within the timeout (${inputs.timeoutMs / 1000} s): ${errorMessage(error)}`, { cause: error });
      throw error;
    });
  const fullName = `${registry}/${repository}`;
  if (inputs.mode === 'tag') {
    const tagged = await io.group(`Tag ${fullName}:${inputs.target.tag}`, () => withDeadline(tagArtifact(client, repository, inputs.target.tag, inputs.tags, io)));
    const outputs = { ...outputsOf(tagged.digest, fullName, inputs, tagged.tags), changed: String(tagged.changed) };
    return { outputs, summary: `### Flux OCI artifact tagged\n\n\`${fullName}@${tagged.digest}\`: ${tagged.tags.map((tag) => `\`${tag}\``).join(', ')}\n` };
  }
  let root = inputs.root;
  if (root === undefined) {
    // `path: -`: read before anything is pushed, so empty or broken input fails here.
    const saved = await saveStdinManifests(runtime.stdin, runtime.tempDir);
    runtime.onCleanup(saved.remove);
    root = saved.file;
  }
  if (inputs.mode === 'diff') {
    const diff = await io.group(`Compare with ${fullName}:${inputs.target.tag}`, () =>
      withDeadline(diffArtifact({ repository, tag: inputs.target.tag, root, ignorePaths: inputs.ignorePaths, resolveSymlinks: inputs.resolveSymlinks }, client)),
    );
    const verdict = !diff.digest ? 'the tag does not exist' : diff.changed ? `it differs from ${inputs.target.tag} (${diff.remoteDiffId})` : `it is what ${inputs.target.tag} holds`;
    io.info(`The tree packs to tar ${diff.localDiffId}: ${verdict}.`);
    const outputs = { ...outputsOf(diff.digest ?? '', fullName, inputs, []), changed: String(diff.changed) };
    return { outputs, summary: `### Flux OCI artifact ${diff.changed ? 'differs' : 'unchanged'}\n\n\`${fullName}:${inputs.target.tag}\`: ${verdict}.\n` };
  }
  const push = () =>
    pushArtifact(
      {
        repository,
        tags: [inputs.target.tag, ...inputs.tags],
        root,
        ignorePaths: inputs.ignorePaths,
        resolveSymlinks: inputs.resolveSymlinks,
        source: inputs.source,
        revision: inputs.revision,
        created: inputs.reproducible ? REPRODUCIBLE_CREATED : rfc3339Seconds(new Date(runtime.clock.now())),
        annotations: inputs.annotations,
        tempDir: runtime.tempDir,
      },
      client,
      io,
    );
  const result = await io.group(`Push ${fullName}:${inputs.target.tag}`, () => withDeadline(push()));
  const outputs = {
    ...outputsOf(result.digest, fullName, inputs, result.tags.map((entry) => entry.tag)),
    changed: String(result.tags.some((entry) => entry.outcome === 'pushed')),
  };
  io.info(outputs.info.trimEnd());
  return { outputs, summary: renderSummary(result, fullName) };
}

/** The outputs every mode sets alike; `digest` empty when there is none (diff against a missing tag). */
function outputsOf(digest: string, fullName: string, inputs: PushOciArtifactInputs, tags: string[]): Omit<Record<PushOciArtifactOutput, string>, 'changed'> {
  return {
    info: digest ? artifactInfo(inputs.output, { repository: fullName, tag: inputs.target.tag, digest }) : '',
    digest,
    url: digest ? `${fullName}@${digest}` : '',
    repository: fullName,
    tags: tags.join(','),
  };
}

/** The `docker-config` input (absolute): the file it names, whatever its name, or `config.json` in the directory it names. */
function authFile(file: string): string {
  const input = file;
  if (!existsSync(file)) throw new ConfigurationError(`"${input}" does not exist`, 'docker-config');
  return statSync(file).isDirectory() ? path.join(file, 'config.json') : file;
}
