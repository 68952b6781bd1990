import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ActionResult } from '../../core/action-spec.js';
import { pushArtifact, type PushArtifactResult } from '../../core/flux-artifact/push.js';
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
  let root = inputs.root;
  if (root === undefined) {
    // `path: -`: read before anything is pushed, so empty or broken input fails here.
    const saved = await saveStdinManifests(runtime.stdin, runtime.tempDir);
    runtime.onCleanup(saved.remove);
    root = saved.file;
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
    ).catch((error: unknown) => {
      if (deadline.aborted) throw new ActionFailure(`The push did not finish within the timeout (${inputs.timeoutMs / 1000} s): ${errorMessage(error)}`, { cause: error });
      throw error;
    });
  const result = await io.group(`Push ${registry}/${repository}:${inputs.target.tag}`, push);
  const outputs = outputsOf(result, registry, repository, inputs.output, inputs.target.tag);
  io.info(outputs.info.trimEnd());
  return { outputs, summary: renderSummary(result, `${registry}/${repository}`) };
}

function outputsOf(result: PushArtifactResult, registry: string, repository: string, format: 'json' | 'yaml', tag: string): Record<PushOciArtifactOutput, string> {
  return {
    info: artifactInfo(format, { repository: `${registry}/${repository}`, tag, digest: result.digest }),
    digest: result.digest,
    url: `${registry}/${repository}@${result.digest}`,
    repository: `${registry}/${repository}`,
    tags: result.tags.map((entry) => entry.tag).join(','),
  };
}

/** The `docker-config` input (absolute): the file it names, whatever its name, or `config.json` in the directory it names. */
function authFile(file: string): string {
  const input = file;
  if (!existsSync(file)) throw new ConfigurationError(`"${input}" does not exist`, 'docker-config');
  return statSync(file).isDirectory() ? path.join(file, 'config.json') : file;
}
