import type { ActionResult } from '../../core/action-spec.js';
import { connectToArgocd, mapWithConcurrency, resolveApplications } from '../../core/argocd/connect.js';
import { deadlineSignal } from '../../core/argocd/deadline.js';
import { describeAppFailure, formatDuration, syncApplication, type AppSyncResult } from '../../core/argocd/sync-app.js';
import type { ObserveTuning } from '../../core/argocd/observe.js';
import { appLabel } from '../../core/argocd/types.js';
import { ConfigurationError } from '../../core/errors.js';
import type { Runtime } from '../../core/runtime.js';
import type { ArgocdSyncOutput } from './definition.js';
import type { ArgocdSyncInputs } from './inputs.js';
import { buildOutputs, renderSummary } from './summary.js';

const FAILED_OUTCOMES = new Set(['operation-failed', 'degraded', 'prune-required', 'timeout', 'gone', 'error']);

export async function runArgocdSync(
  inputs: ArgocdSyncInputs,
  runtime: Runtime,
  tuning?: Partial<ObserveTuning>,
): Promise<ActionResult<ArgocdSyncOutput>> {
  const { io } = runtime;
  if (inputs.insecure) io.warning('TLS certificate verification is off (insecure: true): anyone on the path can read the token.');
  // Header values are credentials of a proxy in front of Argo CD: masked one by one, as they are sent.
  const headers = Object.fromEntries(Object.entries(inputs.headers).map(([name, value]) => [name, value.reveal()]));
  for (const value of Object.values(headers)) if (value) io.mask(value);
  const tls = { caFile: inputs.caFile, insecureSkipVerify: inputs.insecure, clientCertFile: inputs.clientCertFile, clientKeyFile: inputs.clientKeyFile };
  // `timeout` bounds connecting as well: a server that accepts and then trickles bytes cannot hold the run.
  // A cancelled run (SIGINT/SIGTERM) stops connecting too.
  const connectSignal = AbortSignal.any([
    deadlineSignal(Date.now() + inputs.sync.timeoutMs, `the timeout (${formatDuration(inputs.sync.timeoutMs)}) ran out while connecting`),
    runtime.signal,
  ]);
  const { client, refs, username } = await io.group('Connecting to Argo CD', async () => {
    const connection = await connectToArgocd({ server: inputs.server, credentials: inputs.credentials, tls, headers, signal: connectSignal }, io);
    io.info(`Argo CD ${connection.version} at ${inputs.server.href}, logged in as ${connection.username ?? 'unknown'}`);
    const found = await resolveApplications(connection.client, inputs, connectSignal);
    io.info(`Applications: ${found.map(appLabel).join(', ')}`);
    return { client: connection.client, refs: found, username: connection.username };
  });

  const results: AppSyncResult[] = await io.group(`Syncing ${refs.length} application(s)`, () =>
    mapWithConcurrency(refs, inputs.concurrency, (ref) =>
      syncApplication(client, ref, inputs.sync, {
        onProgress: (message) => io.info(message),
        onDebug: (message) => io.debug(message),
        tuning,
        username,
        // A cancelled run stops waiting (every request of the wait takes the signal).
        signal: runtime.signal,
        clock: runtime.clock,
      }),
    ),
  );

  const failed = results.filter((result) => FAILED_OUTCOMES.has(result.outcome));
  // Every failure a mistake in the inputs (a revision Argo CD cannot resolve, resources matching nothing): exit 2.
  const input = failed[0]?.input;
  if (failed.length && failed.every((result) => result.input === input) && input && failed.length === results.length) {
    throw new ConfigurationError(failed.map((result) => result.failure?.replace(`Input "${input}": `, '') ?? result.outcome).join('\n'), input);
  }
  const outputs = buildOutputs(results);
  const summary = renderSummary(results, inputs.sync);
  for (const result of results) {
    if (failed.includes(result)) continue;
    io.info(`${result.name}: ${result.outcome} (sync ${result.syncStatus}, health ${result.healthStatus})`);
    for (const note of result.notes) io.info(`${result.name}: note: ${note}`);
  }
  if (failed.length === 0) return { outputs, summary };
  const details = failed.map(describeAppFailure).join('\n');
  return { outputs, summary, failure: `${failed.length} of ${results.length} application(s) failed:\n${details}` };
}
