import { backoffDelay, sleep, type BackoffPolicy } from '../backoff.js';
import { ActionFailure } from '../errors.js';
import type { ActionIO } from '../io.js';
import type { GitIdentity, GitRepository } from './repository.js';

/** What one application of the change did to the working tree. */
export interface AppliedChange {
  /** Paths (relative to the top level) the change may have modified; only those are committed. */
  paths: string[];
  message: string;
}

export interface PublishOptions {
  repository: GitRepository;
  /** The branch the change is based on and, unless `pushBranch` is given, pushed to. */
  branch: string;
  /** Push somewhere else (a pull-request branch): force-pushed, no retry needed. */
  pushBranch?: string;
  author: GitIdentity;
  /** How many times to start over after the branch moved under us. */
  retries: number;
  /**
   * Edits the working tree from scratch. Called again after every reset to the new remote tip:
   * the edit is semantic, so it lands on top of whatever another pipeline pushed meanwhile.
   */
  applyChange: () => Promise<AppliedChange>;
  io: ActionIO;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface PublishResult {
  /** False when the branch already held the change (from the start, or after another pipeline made it). */
  changed: boolean;
  /** The commit of the pushed branch that holds the change: ours, or the tip that already had it. */
  commit: string;
  paths: string[];
  attempts: number;
}

const PUSH_BACKOFF: BackoffPolicy = { baseDelayMs: 500, maxDelayMs: 8_000 };

/**
 * Commit and push with bounded retries. On a non-fast-forward (or a lost ref-lock race on the
 * server) it never merges or rebases: it fetches the new tip, moves to it and re-applies the
 * edit, which cannot conflict. Each retry waits a full-jitter exponential backoff so concurrent
 * pipelines spread out instead of colliding again in lockstep.
 */
export async function commitAndPush(options: PublishOptions): Promise<PublishResult> {
  const { repository, io } = options;
  const wait = options.sleep ?? sleep;
  const random = options.random ?? Math.random;
  const target = options.pushBranch ?? options.branch;
  const attempts = options.retries + 1;
  for (let attempt = 1; ; attempt++) {
    const change = await options.applyChange();
    const changed = await repository.changedPaths(change.paths);
    if (changed.length === 0) {
      const commit = await repository.head();
      io.info(
        attempt === 1
          ? `Nothing to change: branch "${options.branch}" already holds the update (${commit.slice(0, 12)})`
          : `Another pipeline already pushed the same update to "${options.branch}" (${commit.slice(0, 12)}); nothing to commit`,
      );
      return { changed: false, commit, paths: [], attempts: attempt };
    }
    const commit = await repository.commit(changed, change.message, options.author);
    const outcome = await repository.push(target, { force: options.pushBranch !== undefined });
    if (outcome.kind === 'pushed') {
      io.info(`Pushed ${commit.slice(0, 12)} to "${target}" of ${repository.remote.display}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
      return { changed: true, commit, paths: changed, attempts: attempt };
    }
    if (outcome.kind === 'answer-lost') {
      // A push can land and lose its answer (a proxy cut, a server restart): the branch says which.
      const tip = await repository.fetchBranch(target).catch(() => undefined);
      if (tip === commit) {
        io.warning(`The answer to the push was lost (${outcome.reason}), but "${target}" of ${repository.remote.display} holds ${commit.slice(0, 12)}: it landed`);
        return { changed: true, commit, paths: changed, attempts: attempt };
      }
      if (tip === undefined || attempt >= attempts) throw outcome.failure;
      io.warning(`The push to "${target}" failed on the way (${outcome.reason}) and did not land; trying again`);
    }
    if (outcome.kind === 'remote-moved' && attempt >= attempts) {
      throw new ActionFailure(
        `branch "${target}" of ${repository.remote.display} kept moving: gave up after ${attempts} push attempts ` +
          `(last: ${outcome.reason}); raise "push-retries" or serialise the pipelines that write to it`,
      );
    }
    const delay = backoffDelay(attempt, PUSH_BACKOFF, 'full', random);
    if (outcome.kind === 'remote-moved') io.info(`Branch "${target}" moved while pushing (${outcome.reason}); re-applying on the new tip in ${delay} ms`);
    await wait(delay);
    const tip = await repository.fetchBranch(options.branch);
    // Not `reset --hard`: in a user's checkout that would also throw away their unrelated
    // uncommitted changes. Our own paths are committed, so they switch cleanly; git refuses
    // (and we report) only if a local change is in a file the new tip changed.
    await repository.detachAt(tip);
  }
}
