/**
 * Work that must happen however the run ends: stopping a child's process group, removing a file
 * that holds credentials. `finally` blocks cover a normal end or a thrown error; a cancelled job
 * (SIGINT, SIGTERM from the runner) unwinds no `finally`, so the signal handler at the edge
 * (src/platform/cancellation.ts) runs what is registered here before the process exits.
 */
export type Cleanup = () => void | Promise<void>;

export class CleanupRegistry {
  readonly #pending = new Set<Cleanup>();

  /** Registers `cleanup`; the returned function unregisters it (call it once the work is done). */
  add(cleanup: Cleanup): () => void {
    this.#pending.add(cleanup);
    return () => {
      this.#pending.delete(cleanup);
    };
  }

  get size(): number {
    return this.#pending.size;
  }

  /**
   * Runs every registered cleanup once, the latest first (a child started after its credentials
   * file was written is stopped before the file is removed). A failing cleanup does not stop
   * the others.
   */
  async runAll(): Promise<void> {
    const cleanups = [...this.#pending].reverse();
    this.#pending.clear();
    for (const cleanup of cleanups) {
      try {
        await cleanup();
      } catch {
        // Best effort: the process is ending; the next cleanup matters more than this error.
      }
    }
  }
}

/** The cleanups of this process; the edge runs them on SIGINT/SIGTERM. */
export const processCleanups = new CleanupRegistry();
