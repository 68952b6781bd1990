import { runProcess } from '../process.js';
import type { Command } from './plan.js';

export interface CommandResult {
  code: number;
  /** The last lines of output, for an error message (stdout and stderr interleaved). */
  tail: string[];
}

/**
 * Runs one command to completion, handing each output line to `onLine` as it comes; never throws
 * for a non-zero exit (the caller decides what failed). Injectable so tests can record every argv
 * and assert, for instance, that a skipped build ran no `bud`.
 */
export type CommandRunner = (command: Command, onLine: (line: string) => void) => Promise<CommandResult>;

export interface ProcessRunnerOptions {
  /** The environment every command inherits; the command's own `env` is added on top. */
  baseEnv: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
  tailLines?: number;
}

/** The real runner: a child process with a time limit, output split into lines. */
export function createProcessRunner(options: ProcessRunnerOptions): CommandRunner {
  const timeoutMs = options.timeoutMs ?? 3_600_000;
  const tailLines = options.tailLines ?? 20;
  return async (command, onLine) => {
    const tail: string[] = [];
    const emit = (line: string) => {
      tail.push(line);
      if (tail.length > tailLines) tail.shift();
      onLine(line);
    };
    const result = await runProcess({ program: command.program, args: command.args, cwd: options.cwd, env: { ...options.baseEnv, ...command.env }, timeoutMs, onLine: emit });
    if (result.signal) emit(`${command.program} was killed by ${result.signal}${result.timedOut ? ` (time limit ${timeoutMs} ms)` : ''}`);
    return { code: result.code, tail };
  };
}
