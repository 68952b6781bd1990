import type { ActionResult } from '../../core/action-spec.js';
import { connectToArgocd, mapWithConcurrency, resolveApplications } from '../../core/argocd/connect.js';
import { describeAppFailure, syncApplication, type AppSyncResult } from '../../core/argocd/sync-app.js';
import type { ObserveTuning } from '../../core/argocd/observe.js';
import { appLabel } from '../../core/argocd/types.js';
import type { CiContext } from '../../core/context.js';
import type { ActionIO } from '../../core/io.js';
import type { ArgocdSyncInputs, ArgocdSyncOutput } from './inputs.js';
import { buildOutputs, renderSummary } from './summary.js';

const FAILED_OUTCOMES = new Set(['operation-failed', 'degraded', 'prune-required', 'timeout', 'gone', 'error']);

export async function runArgocdSync(
  inputs: ArgocdSyncInputs,
  io: ActionIO,
  _context: CiContext,
  tuning?: Partial<ObserveTuning>,
): Promise<ActionResult<ArgocdSyncOutput>> {
  if (inputs.insecure) io.warning('TLS certificate verification is off (insecure: true): anyone on the path can read the token.');
  const { client, refs } = await io.group('Connecting to Argo CD', async () => {
    const connection = await connectToArgocd(
      { server: inputs.server, credentials: inputs.credentials, tls: { caFile: inputs.caFile, insecureSkipVerify: inputs.insecure } },
      io,
    );
    io.info(`Argo CD ${connection.version} at ${inputs.server.href}, logged in as ${connection.username ?? 'unknown'}`);
    const found = await resolveApplications(connection.client, inputs);
    io.info(`Applications: ${found.map(appLabel).join(', ')}`);
    return { client: connection.client, refs: found };
  });

  const results: AppSyncResult[] = await io.group(`Syncing ${refs.length} application(s)`, () =>
    mapWithConcurrency(refs, inputs.concurrency, (ref) =>
      syncApplication(client, ref, inputs.sync, {
        onProgress: (message) => io.info(message),
        onDebug: (message) => io.debug(message),
        tuning,
      }),
    ),
  );

  const outputs = buildOutputs(results);
  const summary = renderSummary(results, inputs.sync);
  const failed = results.filter((result) => FAILED_OUTCOMES.has(result.outcome));
  for (const result of results) if (!failed.includes(result)) io.info(`${result.name}: ${result.outcome} (sync ${result.syncStatus}, health ${result.healthStatus})`);
  if (failed.length === 0) return { outputs, summary };
  const details = failed.map(describeAppFailure).join('\n');
  return { outputs, summary, failure: `${failed.length} of ${results.length} application(s) failed:\n${details}` };
}
