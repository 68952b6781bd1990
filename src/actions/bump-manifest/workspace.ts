import { mkdtemp, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { describeRemote, gitAuthEnvironment, parseRepositoryUrl } from '../../core/git/auth.js';
import { GitRepository } from '../../core/git/repository.js';
import type { GitRunner } from '../../core/git/runner.js';
import type { ActionIO } from '../../core/io.js';
import type { BumpManifestInputs } from './inputs.js';
import { processCleanups } from '../../core/cleanup.js';

export interface Workspace {
  repository: GitRepository;
  /** Real path of the directory the file globs are relative to. */
  root: string;
  /** The branch the bump is based on (and pushed to, in push mode). */
  branch: string;
  cleanup(): Promise<void>;
}

/**
 * The working tree to edit: a fresh shallow clone of `repository`, or the checkout at `path`.
 * Either way the edit starts from the remote tip of the branch: a checkout that is behind, or on
 * a detached commit the branch never had, must not push that history along with the bump.
 */
export async function openWorkspace(
  inputs: BumpManifestInputs,
  io: ActionIO,
  git: GitRunner,
  env: NodeJS.ProcessEnv,
  tempDir: string,
): Promise<Workspace> {
  const credentials = inputs.token ? { token: inputs.token.reveal(), username: inputs.tokenUsername } : undefined;
  if (inputs.repository) {
    const remote = parseRepositoryUrl(inputs.repository, 'repository');
    const parent = await mkdtemp(path.join(tempDir, 'bump-manifest-'));
    // Registered for a cancelled run too, which unwinds no `finally`.
    const forget = processCleanups.add(() => rm(parent, { recursive: true, force: true, maxRetries: 3 }));
    const cleanup = async () => {
      await rm(parent, { recursive: true, force: true, maxRetries: 3 });
      forget();
    };
    try {
      const dir = path.join(parent, 'repository');
      const authEnv = gitAuthEnvironment(remote, credentials, io, env);
      const repository = await io.group(`Clone ${remote.display}`, () =>
        GitRepository.clone({ remote, branch: inputs.branch, dir, git, authEnv, cwd: parent }),
      );
      const branch = inputs.branch ?? (await repository.currentBranch());
      if (!branch) throw new ConfigurationError(`${remote.display} has no default branch; give one`, 'branch');
      return { repository, root: await realpath(dir), branch, cleanup };
    } catch (error) {
      await cleanup();
      throw error;
    }
  }

  const dir = inputs.path;
  const repository = await GitRepository.open({
    dir,
    git,
    // A dry run reads the files as they are: a local preview needs no remote to push to.
    remoteOptional: inputs.dryRun,
    auth: (remoteUrl) => {
      const remote = describeRemote(remoteUrl);
      return { remote, env: gitAuthEnvironment(remote, credentials, io, env) };
    },
  });
  const branch = inputs.branch ?? (await repository.currentBranch());
  // A dry run changes nothing, the checkout's HEAD included: it shows the diff against the files
  // as they are, so it needs neither a remote nor a branch (CI checkouts are often detached).
  if (inputs.dryRun) return { repository, root: await realpath(dir), branch: branch ?? 'HEAD', cleanup: async () => {} };
  if (!branch) {
    throw new ConfigurationError(`the checkout at ${dir} is on a detached HEAD: name the branch to push to`, 'branch');
  }
  const localBranch = await repository.currentBranch();
  const start = await repository.head();
  const tip = await repository.fetchBranch(branch);
  if (start !== tip) {
    io.info(`Starting from the tip of "${branch}" (${tip.slice(0, 12)}), not the checked-out commit`);
    await repository.detachAt(tip);
  }
  // Only the branch that was pushed to may move forward; any other stays where it was.
  const pushesBranch = inputs.mode === 'push' && localBranch === branch;
  return { repository, root: await realpath(dir), branch, cleanup: () => returnToBranch(repository, localBranch, start, pushesBranch, io) };
}

/**
 * Puts a checkout that was on a branch back on it: the edit ran on a detached HEAD (the remote
 * tip, then our commit). In push mode a branch that was behind moves forward to what was pushed,
 * as a pull would; a branch with commits of its own stays where it was, and says so. In
 * pull-request mode the bump lives on its own branch, and the local branch stays where it was.
 */
async function returnToBranch(repository: GitRepository, localBranch: string | undefined, start: string, pushesBranch: boolean, io: ActionIO): Promise<void> {
  if (!localBranch || (await repository.currentBranch()) === localBranch) return;
  const end = await repository.head();
  if (pushesBranch && (await repository.isAncestor(start, end))) {
    await repository.switchToBranch(localBranch, end);
    return;
  }
  await repository.switchToBranch(localBranch);
  if (pushesBranch) {
    io.info(`Branch "${localBranch}" has local commits the remote does not; it stays as it was (the update is ${end.slice(0, 12)} on the remote)`);
  }
}
