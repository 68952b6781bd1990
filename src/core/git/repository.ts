import { ActionFailure, ConfigurationError } from '../errors.js';
import type { RemoteLocation } from './auth.js';
import { gitFailure, gitMessage, isAuthenticationFailure } from './failures.js';
import type { GitResult, GitRunner } from './runner.js';

export interface GitIdentity {
  name: string;
  email: string;
}

export type PushOutcome =
  | { kind: 'pushed' }
  /** The branch moved under us (non-fast-forward, or a concurrent push won the ref lock): retry. */
  | { kind: 'remote-moved'; reason: string }
  /**
   * The connection failed while the push was under way: it may have landed before its answer was
   * lost. The caller looks at the branch to know; `failure` is the error to report if it cannot.
   */
  | { kind: 'answer-lost'; reason: string; failure: Error };

/** curl's and git's words for a connection that broke mid-request (no answer, or half of one). */
const ANSWER_LOST = /RPC failed[^\n]*|the remote end hung up unexpectedly|Empty reply from server|Connection reset by peer|unexpected disconnect[^\n]*|early EOF|was killed by SIG\w+/;

const REMOTE_MOVED =
  /\[rejected\].*\((fetch first|non-fast-forward)\)|\[remote rejected\].*\((cannot lock ref|failed to update ref|incorrect old value|.*but expected)/;

/**
 * One working tree and the remote it pushes to. Every command that talks to the remote gets the
 * auth environment; local ones do not need it. Paths are relative to the top-level directory.
 */
export class GitRepository {
  private constructor(
    /** The top-level directory of the working tree. */
    readonly dir: string,
    readonly remote: RemoteLocation,
    private readonly remoteName: string,
    private readonly git: GitRunner,
    private readonly authEnv: Record<string, string>,
  ) {}

  /** A shallow, single-branch clone of `branch` (or the remote's default branch). */
  static async clone(options: {
    remote: RemoteLocation;
    branch?: string;
    dir: string;
    git: GitRunner;
    authEnv: Record<string, string>;
    cwd: string;
  }): Promise<GitRepository> {
    const branchArgs = options.branch ? ['--branch', options.branch] : [];
    const args = ['clone', '--depth', '1', '--single-branch', '--no-tags', ...branchArgs, '--', options.remote.url, options.dir];
    const result = await options.git(args, { cwd: options.cwd, env: options.authEnv });
    if (result.code !== 0) {
      if (!isAuthenticationFailure(result) && options.branch && /Remote branch .* not found/i.test(result.stderr)) {
        throw new ConfigurationError(`branch "${options.branch}" does not exist in ${options.remote.display}`, 'branch');
      }
      throw gitFailure(result, 'clone the repository', options.remote.display);
    }
    return new GitRepository(options.dir, options.remote, 'origin', options.git, options.authEnv);
  }

  /** An existing checkout; `dir` may be any directory inside it. */
  static async open(options: {
    dir: string;
    git: GitRunner;
    remoteName?: string;
    /**
     * Accept a checkout without that remote (a local preview: nothing is fetched or pushed); the
     * remote then stands for the checkout itself and any command that talks to it fails.
     */
    remoteOptional?: boolean;
    /** Builds the auth environment once the remote's URL is known. */
    auth: (remoteUrl: string) => { remote: RemoteLocation; env: Record<string, string> };
  }): Promise<GitRepository> {
    const top = await options.git(['rev-parse', '--show-toplevel'], { cwd: options.dir });
    if (top.code !== 0) {
      throw new ConfigurationError(`${options.dir} is not inside a git checkout (${gitMessage(top, 1)})`, 'path');
    }
    const remoteName = options.remoteName ?? 'origin';
    const topLevel = top.stdout.trim();
    const remoteUrl = await options.git(['remote', 'get-url', remoteName], { cwd: options.dir });
    if (remoteUrl.code !== 0) {
      if (options.remoteOptional) {
        return new GitRepository(topLevel, { url: topLevel, display: `${topLevel} (no "${remoteName}" remote)` }, remoteName, options.git, {});
      }
      throw new ConfigurationError(`the checkout at ${options.dir} has no "${remoteName}" remote to push to`, 'path');
    }
    const { remote, env } = options.auth(remoteUrl.stdout.trim());
    return new GitRepository(topLevel, remote, remoteName, options.git, env);
  }

  async currentBranch(): Promise<string | undefined> {
    const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  async head(): Promise<string> {
    return (await this.run(['rev-parse', 'HEAD'])).stdout.trim();
  }

  /** Paths (relative to the top level) among `paths` whose content differs from HEAD. */
  async changedPaths(paths: readonly string[]): Promise<string[]> {
    if (paths.length === 0) return [];
    const result = await this.run(['diff', '--name-only', '-z', 'HEAD', '--', ...paths.map(literalPath)]);
    return result.stdout.split('\0').filter(Boolean);
  }

  /** Commits exactly `paths` (whatever else is staged or modified stays out); returns the SHA. */
  async commit(paths: readonly string[], message: string, author: GitIdentity): Promise<string> {
    const specs = paths.map(literalPath);
    await this.run(['add', '--', ...specs]);
    const identity = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
    };
    await this.run(['commit', '--quiet', '--no-edit', '--cleanup=whitespace', '-F', '-', '--', ...specs], {
      env: identity,
      input: message,
    });
    return this.head();
  }

  /** Pushes HEAD to `branch`; a moved remote is an outcome, every other refusal an error. */
  async push(branch: string, options: { force?: boolean } = {}): Promise<PushOutcome> {
    const refspec = `${options.force ? '+' : ''}HEAD:refs/heads/${branch}`;
    const result = await this.run(['push', '--porcelain', this.remoteName, refspec], { remote: true, allowFailure: true });
    if (result.code === 0) return { kind: 'pushed' };
    const text = `${result.stdout}\n${result.stderr}`;
    const moved = REMOTE_MOVED.exec(text);
    if (moved && !isAuthenticationFailure(result)) return { kind: 'remote-moved', reason: moved[0] };
    const rejection = /\[remote rejected\][^\n]*|\[rejected\][^\n]*/.exec(text)?.[0];
    if (rejection && !isAuthenticationFailure(result)) {
      const hint = /protected|hook declined/i.test(rejection)
        ? '; if the branch is protected, use mode: pull-request'
        : '';
      throw new ActionFailure(`the push to branch "${branch}" of ${this.remote.display} was refused: ${rejection}${hint}`);
    }
    const failure = gitFailure(result, `push to branch "${branch}"`, this.remote.display);
    const lost = isAuthenticationFailure(result) ? undefined : ANSWER_LOST.exec(text)?.[0];
    if (lost) return { kind: 'answer-lost', reason: lost, failure };
    throw failure;
  }

  /** Fetches the remote tip of `branch` (shallowly when this clone is shallow) and returns its SHA. */
  async fetchBranch(branch: string): Promise<string> {
    const shallow = (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    const tracking = `refs/remotes/${this.remoteName}/${branch}`;
    await this.run(
      ['fetch', '--quiet', '--no-tags', ...(shallow ? ['--depth', '1'] : []), this.remoteName, `+refs/heads/${branch}:${tracking}`],
      { remote: true, doing: `fetch branch "${branch}"` },
    );
    return (await this.run(['rev-parse', tracking])).stdout.trim();
  }

  /** Whether `ancestor` is `descendant` or one of its ancestors. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
    if (result.code > 1) throw gitFailure(result, 'compare two commits');
    return result.code === 0;
  }

  /**
   * Switches to local branch `name`, first moving it to `commit` when given (`checkout -B`);
   * uncommitted changes in other files come along, as with any checkout.
   */
  async switchToBranch(name: string, commit?: string): Promise<void> {
    const args = commit ? ['checkout', '--quiet', '-B', name, commit] : ['checkout', '--quiet', name];
    await this.run(args, { doing: `switch back to branch "${name}"` });
  }

  /**
   * Moves to `commit` without touching any local branch (used to start from the remote tip, and
   * over again after it moved); git refuses (and we report) when that would overwrite uncommitted changes.
   */
  async detachAt(commit: string): Promise<void> {
    await this.run(['checkout', '--quiet', '--detach', commit], { doing: `check out ${commit.slice(0, 12)}` });
  }

  private async run(
    args: string[],
    options: { remote?: boolean; allowFailure?: boolean; env?: Record<string, string>; input?: string; doing?: string } = {},
  ): Promise<GitResult> {
    const env = options.remote ? { ...this.authEnv, ...options.env } : options.env;
    const result = await this.git(args, { cwd: this.dir, env, input: options.input });
    if (result.code !== 0 && !options.allowFailure) {
      throw gitFailure(result, options.doing ?? `run "git ${args[0]}"`, options.remote ? this.remote.display : undefined);
    }
    return result;
  }
}

/** A path git must take literally: a file named `*.yaml` is not a glob. */
function literalPath(path: string): string {
  return `:(literal)${path}`;
}
