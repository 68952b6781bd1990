import { sleep } from '../backoff.js';
import { ActionFailure } from '../errors.js';
import type { ActionIO } from '../io.js';
import type { Command } from './plan.js';
import type { CommandRunner } from './runner.js';

export interface CommandRetry {
  /** Total attempts, the first included. */
  attempts: number;
  delayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_COMMAND_RETRY: CommandRetry = { attempts: 3, delayMs: 2_000 };

// What registries and their proxies answer when they are briefly overloaded or restarting.
const TRANSIENT_OUTPUT =
  /\b(429|500|502|503|504)\b|too many requests|service unavailable|bad gateway|gateway time-?out|connection reset|connection refused|i\/o timeout|tls handshake timeout|unexpected EOF|no response|temporarily unavailable/i;

export function looksTransient(output: readonly string[]): boolean {
  return output.some((line) => TRANSIENT_OUTPUT.test(line));
}

/**
 * Runs a command with its output streamed to the log; a failure becomes an ActionFailure quoting
 * the last lines. With `retry`, failures whose output looks transient are tried again.
 */
export async function runCommand(
  runner: CommandRunner,
  command: Command,
  io: ActionIO,
  what: string,
  retry?: CommandRetry & { when?: (tail: readonly string[]) => boolean },
): Promise<void> {
  const attempts = retry?.attempts ?? 1;
  const wait = retry?.sleep ?? sleep;
  for (let attempt = 1; ; attempt++) {
    const result = await runner(command, (line) => io.info(line));
    if (result.code === 0) return;
    const transient = looksTransient(result.tail) && (retry?.when?.(result.tail) ?? true);
    if (attempt < attempts && transient) {
      const delay = retry!.delayMs * 2 ** (attempt - 1);
      io.warning(`${what} failed with a transient error (attempt ${attempt} of ${attempts}); retrying in ${Math.round(delay / 1000)} s`);
      await wait(delay);
      continue;
    }
    const last = result.tail.slice(-5).join('\n');
    throw new ActionFailure(`${what} failed (${command.program} exited with ${result.code})${last ? `:\n${last}` : ''}`);
  }
}
