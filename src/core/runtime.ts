import { setTimeout as delay } from 'node:timers/promises';
import type { CiContext } from './context.js';
import type { ActionIO } from './io.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** Time, injectable: tests and benchmarks run waits on a fake clock instead of real sleeps. */
export interface Clock {
  /** Milliseconds since the epoch, as `Date.now()`. */
  now: () => number;
  /** Resolves after `ms`, or rejects with the signal's reason as soon as `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * What an action's inputs are parsed against. Parsing happens before the IO adapter is loaded
 * (a bad input fails in the time node takes to start), so this part holds no IO.
 */
export interface ParseContext {
  /** The commit being built, from GitHub's, GitLab's or generic variables. */
  readonly ci: CiContext;
  /** The process environment, for fallbacks such as HARBOR_PASSWORD or ARGOCD_SERVER. */
  readonly env: Env;
  /**
   * Where relative paths the user names start: GITHUB_WORKSPACE, else CI_PROJECT_DIR, else the
   * working directory. The same rule for every action (src/core/paths.ts).
   */
  readonly workspace: string;
}

/**
 * Everything an action's `run` touches of the world, built once at the edge (the GitHub entry,
 * the CLI, a test) and handed to every action alike.
 */
export interface Runtime extends ParseContext {
  readonly io: ActionIO;
  /**
   * A directory of this run only, under RUNNER_TEMP when set (the runner empties it after every
   * job) else the system's; removed when the run ends, also on SIGINT/SIGTERM.
   */
  readonly tempDir: string;
  readonly clock: Clock;
  /** Aborted when the run is cancelled (SIGINT, SIGTERM): stop work, let cleanups run. */
  readonly signal: AbortSignal;
  /** Standard input, for `path: -` and the like; read at most once. */
  readonly stdin: NodeJS.ReadableStream;
  /**
   * Registers work that must happen however the run ends (removing a credentials file, stopping
   * a child's process group): run in reverse order at the end, and on cancellation.
   */
  onCleanup: (cleanup: () => void | Promise<void>) => void;
}

/** The real clock. A sleep ends at once when the signal aborts, with the signal's reason. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    try {
      await delay(Math.max(0, ms), undefined, signal ? { signal } : undefined);
    } catch (error) {
      signal?.throwIfAborted();
      throw error;
    }
  },
};
