import path from 'node:path';
import type { ActionResult } from '../../core/action-spec.js';
import type { CiContext } from '../../core/context.js';
import type { Runtime } from '../../core/runtime.js';
import { ConfigurationError } from '../../core/errors.js';
import { renderCommitMessage } from '../../core/git/commit-message.js';
import { commitAndPush, type PublishResult } from '../../core/git/publish.js';
import { createGitRunner, type GitRunner } from '../../core/git/runner.js';
import type { ActionIO } from '../../core/io.js';
import {
  applyEdits,
  planEdits,
  readImagesFrom,
  type EditPlan,
  type EditRequest,
  type ImageUpdate,
} from '../../core/config-edit/index.js';
import type { RemoteLocation } from '../../core/git/auth.js';
import {
  openOrUpdatePullRequest,
  parseRepositorySlug,
  pullRequestBranchName,
  repositorySlugFromUrl,
  type PullRequestApi,
  type RepositorySlug,
} from '../../core/pull-request.js';
import type { BumpManifestOutput } from './definition.js';
import type { BumpManifestInputs } from './inputs.js';
import { renderChanges, renderSummary, type BumpReport, type ChangedFile } from './summary.js';
import { chooseProvider, createPullRequestApi, defaultApiUrl } from './providers.js';
import { openWorkspace, type Workspace } from './workspace.js';

export interface RunDependencies {
  git?: GitRunner;
}

/** One planned round: what the engine would write, with paths relative to the repository root. */
interface Round {
  updates: ImageUpdate[];
  plan: EditPlan;
  files: ChangedFile[];
}

export async function runBumpManifest(
  inputs: BumpManifestInputs,
  runtime: Runtime,
  deps: RunDependencies = {},
): Promise<ActionResult<BumpManifestOutput>> {
  const { io, env, ci: context } = runtime;
  const workspace = await openWorkspace(inputs, io, deps.git ?? createGitRunner({ baseEnv: env }), env, runtime.tempDir);
  try {
    return await bump(inputs, io, context, workspace, env);
  } finally {
    await workspace.cleanup();
  }
}

async function bump(
  inputs: BumpManifestInputs,
  io: ActionIO,
  context: CiContext,
  workspace: Workspace,
  env: NodeJS.ProcessEnv,
): Promise<ActionResult<BumpManifestOutput>> {
  const { repository, root, branch } = workspace;
  const toRepositoryPath = (file: string) => path.relative(repository.dir, path.join(root, file)).split(path.sep).join('/');

  const planRound = async (): Promise<Round> => {
    const updates = inputs.from
      ? await readImagesFrom(root, inputs.from, inputs.updates.map((update) => update.image))
      : inputs.updates;
    const request: EditRequest = { root, files: inputs.files, updates, kinds: inputs.kinds, helm: inputs.helm, set: inputs.set };
    const plan = await planEdits(request);
    for (const file of plan.skipped) io.warning(`Skipped ${file.reason} (it names none of the requested images)`);
    if (plan.unmatched.length) {
      const which = plan.unmatched.join(', ');
      if (!inputs.allowNoMatch) {
        // Image references never contain a space; `set` paths are reported as "key <path>".
        const input = plan.unmatched.every((entry) => entry.startsWith('key ')) ? 'set' : 'image';
        throw new ConfigurationError(`no file matching ${inputs.files.join(', ')} references ${which} (set allow-no-match to accept this)`, input);
      }
      io.warning(`No file matching ${inputs.files.join(', ')} references ${which}`);
    }
    const files = plan.edits.map((edit) => ({ path: toRepositoryPath(edit.path), before: edit.before, after: edit.after }));
    return { updates, plan, files };
  };

  const requested = (updates: ImageUpdate[]) => [
    ...updates.map((update) => `${update.image} → ${referenceText(update)}`),
    ...inputs.set.map((entry) => `${entry.path} = ${entry.value}`),
  ];

  if (inputs.dryRun) {
    const round = await planRound();
    for (const file of round.files) io.info(`Would change ${file.path}`);
    const report: BumpReport = {
      outcome: 'dry-run',
      repository: repository.remote.display,
      branch,
      requested: requested(round.updates),
      files: round.files,
      unmatched: round.plan.unmatched,
    };
    return {
      outputs: outputs({ changed: round.files.length > 0, commit: '', files: round.files, branch }),
      summary: renderSummary(report),
    };
  }

  let last: Round | undefined;
  const applyChange = async () => {
    const round = await planRound();
    await applyEdits(root, round.plan.edits);
    last = round;
    const paths = round.files.map((file) => file.path);
    return { paths, message: renderCommitMessage(inputs.message, { updates: round.updates, set: inputs.set, files: paths }) };
  };

  const pullRequestMode = inputs.mode === 'pull-request';
  const pushBranch = pullRequestMode
    ? (inputs.pullRequest.branch ??
      pullRequestBranchName(branch, {
        images: inputs.updates.map((update) => update.image),
        files: inputs.files,
        setPaths: inputs.set.map((entry) => entry.path),
      }))
    : undefined;
  // A token the API refuses must fail the run before anything is pushed, not after.
  const pullRequests = pullRequestMode ? await pullRequestClient(inputs, context, repository.remote, env) : undefined;
  if (pullRequests) {
    await pullRequests.api.findOpen(pullRequests.slug, pushBranch!, branch);
    if (inputs.pullRequest.labels.length) await pullRequests.api.checkLabels?.(pullRequests.slug, inputs.pullRequest.labels);
  }

  const published: PublishResult = await commitAndPush({
    repository,
    branch,
    pushBranch,
    author: inputs.author,
    retries: pullRequestMode ? 0 : inputs.pushRetries,
    applyChange,
    io,
  });
  const round = last!;
  const changedFiles = round.files.filter((file) => published.paths.includes(file.path));
  const report: BumpReport = {
    outcome: published.changed ? (pullRequestMode ? 'pull-request' : 'pushed') : 'unchanged',
    repository: repository.remote.display,
    branch,
    pushedBranch: published.changed ? pushBranch : undefined,
    commit: published.commit,
    requested: requested(round.updates),
    files: changedFiles,
    unmatched: round.plan.unmatched,
    attempts: published.attempts,
  };

  if (pullRequests && published.changed) {
    const message = renderCommitMessage(inputs.message, { updates: round.updates, set: inputs.set, files: published.paths });
    report.pullRequest = await openOrUpdatePullRequest(
      pullRequests.api,
      {
        slug: pullRequests.slug,
        head: pushBranch!,
        base: branch,
        title: inputs.pullRequest.title ?? message.split('\n')[0],
        body: inputs.pullRequest.body ?? `${requested(round.updates).map((line) => `- ${line}`).join('\n')}\n\n${renderChanges(changedFiles)}\n`,
        labels: inputs.pullRequest.labels,
      },
      io,
    );
  }

  return {
    outputs: outputs({
      changed: published.changed,
      commit: published.commit,
      files: changedFiles,
      branch: published.changed && pushBranch ? pushBranch : branch,
      pullRequest: report.pullRequest,
    }),
    summary: renderSummary(report),
  };
}

async function pullRequestClient(
  inputs: BumpManifestInputs,
  context: CiContext,
  remote: RemoteLocation,
  env: NodeJS.ProcessEnv,
): Promise<{ api: PullRequestApi; slug: RepositorySlug }> {
  const provider = chooseProvider(inputs.provider, remote, env);
  const slug = repositorySlugFromUrl(remote.url) ?? (context.repository ? parseRepositorySlug(context.repository, 'repository') : undefined);
  if (!slug) throw new ConfigurationError(`cannot tell the owner/name of ${remote.display} for the pull request`, 'repository');
  const apiUrl = inputs.apiUrl ?? defaultApiUrl(provider, remote, env);
  return { api: await createPullRequestApi(provider, inputs.token!.reveal(), apiUrl, slug), slug };
}

function outputs(result: {
  changed: boolean;
  commit: string;
  files: ChangedFile[];
  branch: string;
  pullRequest?: { url: string; number: number };
}): Record<BumpManifestOutput, string> {
  return {
    changed: String(result.changed),
    commit: result.commit,
    files: result.files.map((file) => file.path).join('\n'),
    branch: result.branch,
    'pull-request-url': result.pullRequest?.url ?? '',
    'pull-request-number': result.pullRequest ? String(result.pullRequest.number) : '',
  };
}

/** `newName:tag@digest`, or just the parts given (`1.2`, `sha256:…`, `1.2@sha256:…`). */
function referenceText(update: ImageUpdate): string {
  const version = [update.newTag, update.newDigest].filter(Boolean).join('@');
  if (!update.newName) return version || '(unchanged)';
  return `${update.newName}${update.newTag ? `:${update.newTag}` : ''}${update.newDigest ? `@${update.newDigest}` : ''}`;
}
