import { spawn } from 'node:child_process';
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

/** The real runner: child_process with a time limit, output split into lines. */
export function createProcessRunner(options: ProcessRunnerOptions): CommandRunner {
  const timeoutMs = options.timeoutMs ?? 3_600_000;
  const tailLines = options.tailLines ?? 20;
  return (command, onLine) =>
    new Promise((resolve, reject) => {
      const child = spawn(command.program, command.args, {
        cwd: options.cwd,
        env: { ...options.baseEnv, ...command.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const tail: string[] = [];
      const emit = (line: string) => {
        tail.push(line);
        if (tail.length > tailLines) tail.shift();
        onLine(line);
      };
      const stdout = lineSplitter(emit);
      const stderr = lineSplitter(emit);
      child.stdout.on('data', stdout.push);
      child.stderr.on('data', stderr.push);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(error.code === 'ENOENT' ? new Error(`"${command.program}" was not found on this machine`) : error);
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        stdout.end();
        stderr.end();
        if (signal) emit(`${command.program} was killed by ${signal}${signal === 'SIGKILL' ? ` (time limit ${timeoutMs} ms)` : ''}`);
        resolve({ code: code ?? 128, tail });
      });
    });
}

/** Progress bars rewrite a line with \r: keep only its final state. */
function lineSplitter(emit: (line: string) => void): { push: (chunk: Buffer) => void; end: () => void } {
  let pending = '';
  const flush = (line: string) => {
    const visible = line.split('\r').filter(Boolean).pop() ?? '';
    if (visible.trim()) emit(visible.trimEnd());
  };
  return {
    push: (chunk) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) flush(line);
    },
    end: () => {
      if (pending) flush(pending);
      pending = '';
    },
  };
}
