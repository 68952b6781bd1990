import type { ActionDefinition, InputSpec, OutputSpec } from '../../core/action-spec.js';
import { parseArgocdSyncInputs, type ArgocdSyncInputs } from './inputs.js';

const INPUT_SPECS = {
  server: { description: 'Argo CD server: a base URL with its path prefix if it has one (https://argocd.example.com, https://example.com/argocd), or host[:port] as the argocd CLI takes it (https is assumed). Default: the ARGOCD_SERVER environment variable.' },
  'auth-token': { description: 'Argo CD API token (account or project role token), sent as a bearer token. Default: the ARGOCD_AUTH_TOKEN environment variable, as for the argocd CLI (keeps the token off a command line). Or give username and password.', secret: true },
  username: { description: 'Argo CD local user for a session login, with password (prefer auth-token in CI).' },
  password: { description: 'Password of username.', secret: true },
  'ca-file': { description: 'PEM file of a CA certificate to trust for server, in addition to the system ones.' },
  insecure: { description: 'Skip TLS certificate verification. Only for test setups; prefer ca-file.', default: 'false' },
  header: { description: 'Extra HTTP headers for every request, one "Name: value" per line, as the argocd CLI\'s --header (e.g. the credentials of Cloudflare Access or IAP in front of Argo CD). Values are masked.', secret: true, multiple: true },
  'client-cert': { description: 'PEM file of a client certificate, for an Argo CD (or proxy) that requires mutual TLS; with client-key.' },
  'client-key': { description: 'PEM file of the private key of client-cert.' },
  applications: { description: 'Applications to sync: names, or namespace/name for apps outside the control-plane namespace; one per line or comma-separated. Or give selector.', multiple: true },
  selector: { description: 'Label selector choosing the applications to sync (e.g. team=shop,env=prod), instead of applications.' },
  project: { description: 'Argo CD project the applications must belong to; also makes a missing application a clear 404.' },
  'app-namespace': { description: 'Namespace of the Application resources (apps in any namespace) when applications gives bare names.' },
  revision: { description: 'Git revision (branch, tag, SHA, a short SHA too) or Helm chart version to sync to; empty: the application\'s target revision. For a multi-source application, POSITION=REVISION items (1-based, one per line or comma-separated), as the argocd CLI\'s --revisions with --source-positions.' },
  prune: { description: 'Delete resources that are no longer in git.', default: 'false' },
  'dry-run': { description: 'Preview the sync without changing anything.', default: 'false' },
  force: { description: 'Force apply (delete and re-create resources that cannot be patched).', default: 'false' },
  resources: { description: 'Sync only these resources, one per line as GROUP:KIND:NAME or GROUP:KIND:NAMESPACE/NAME (GROUP empty for core kinds, e.g. :Service:web).', multiple: true },
  'sync-options': { description: 'Sync options for this sync, e.g. ServerSideApply=true, CreateNamespace=true; they replace the application\'s own.', multiple: true },
  'apply-out-of-sync-only': { description: 'Apply only resources that are out of sync: adds ApplyOutOfSyncOnly=true to sync-options, or to the application\'s own sync options when sync-options is empty.', default: 'false' },
  'operation-in-progress': { description: 'When an operation is already running: fail, wait for it to end then sync, or terminate it then sync.', default: 'fail' },
  refresh: { description: 'Refresh before syncing: none, normal (re-read git) or hard (also regenerate manifests).', default: 'none' },
  'refresh-timeout': { description: 'Longest wait for the refresh (Argo CD has no limit of its own), e.g. 90s, 2m.', default: '2m' },
  wait: { description: 'Wait for the sync to finish and the application to be Synced (and Healthy, see health-check).', default: 'true' },
  timeout: { description: 'Longest time per application, from its first read to the end of the wait, e.g. 5m, 300s. It bounds every request (connecting too), however slowly the server answers.', default: '5m' },
  'terminate-on-timeout': { description: 'At the timeout, terminate the sync operation this run started if it is still running, instead of leaving it to run.', default: 'false' },
  'sync-status-check': { description: 'Also wait for Argo CD to report the application Synced (live manifests equal to the target\'s); false waits only for the sync operation to succeed, as argocd app sync does, for apps that stay OutOfSync by design (ignored differences, resources managed elsewhere).', default: 'true' },
  'health-check': { description: 'Also wait for the application to be Healthy.', default: 'true' },
  'accept-suspended': { description: 'Count a Suspended application (e.g. a paused rollout) as healthy.', default: 'false' },
  'degraded-fails-fast': { description: 'Fail when the application stays Degraded after the sync for degraded-grace, instead of waiting for the timeout.', default: 'true' },
  'degraded-grace': { description: 'How long the application may stay Degraded after the sync before degraded-fails-fast fails it: rollouts pass through brief Degraded states. 0s fails at the first Degraded.', default: '30s' },
  concurrency: { description: 'How many applications to sync at the same time.', default: '4' },
} satisfies Record<string, InputSpec>;

export type ArgocdSyncOutput = 'revision' | 'sync-status' | 'health-status' | 'operation-phase' | 'applications';

const OUTPUT_SPECS: Record<ArgocdSyncOutput, OutputSpec> = {
  revision: { description: 'The revision synced (for a multi-source application its sources\' revisions, space-separated); with several applications that differ, name=revision pairs, comma-separated.' },
  'sync-status': { description: 'Sync status (Synced, OutOfSync, Unknown); with several applications, the worst.' },
  'health-status': { description: 'Health status (Healthy, Progressing, Degraded, Suspended, Missing, Unknown); with several applications, the worst.' },
  'operation-phase': { description: 'Phase of the sync operation (Succeeded, Failed, Error, Running, ...); with several applications, the worst.' },
  applications: { description: 'JSON array, one object per application: name, namespace, outcome, revision, revisions (multi-source), targetRevision, syncStatus, healthStatus, operationPhase, operationMessage, failure, notes, problems, durationMs.' },
};

export const definition: ActionDefinition<ArgocdSyncInputs, ArgocdSyncOutput> = {
  name: 'argocd-sync',
  description: 'Refresh, sync and wait for Argo CD applications over the REST API, and explain failures.',
  inputs: INPUT_SPECS,
  outputs: OUTPUT_SPECS,
  parse: parseArgocdSyncInputs,
  run: async (inputs, runtime) => (await import('./run.js')).runArgocdSync(inputs, runtime),
};
