import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionIO } from '../core/io.js';
import { processSecrets, SecretRegistry } from '../core/secret-forms.js';
import { dotenvLine, githubOutputBlock, tektonResultFileName } from './output-formats.js';

export interface TextSink {
  write(text: string): unknown;
}

export interface CliOutputTargets {
  /** `$GITHUB_OUTPUT`, when the CLI runs on a GitHub runner. */
  githubOutput?: string;
  /** GitLab `artifacts:reports:dotenv`. */
  dotenv?: string;
  /** Put before every dotenv key, so two steps' `DIGEST` do not collide in one pipeline. */
  dotenvPrefix?: string;
  /** Outputs kept out of the dotenv file: GitLab rejects a whole report over its size and count limits. */
  dotenvOmit?: ReadonlySet<string>;
  /** Tekton results: one file per output, named after it. */
  resultsDir?: string;
  /** Print all outputs as one JSON object, the last line of stdout. */
  json?: boolean;
  /** Markdown summary file; `$GITHUB_STEP_SUMMARY` on GitHub. Printed to stdout otherwise. */
  summaryFile?: string;
}

export interface CliIOOptions {
  stdout: TextSink;
  stderr: TextSink;
  debug: boolean;
  /** GitLab collapsible sections instead of plain headers. */
  gitlab: boolean;
  targets: CliOutputTargets;
  now?: () => number;
}

/** The IO of the CLI: plain lines, GitLab sections, and every registered secret shown as `***`. */
export class CliIO implements ActionIO {
  readonly #secrets = new SecretRegistry();
  readonly #outputs = new Map<string, string>();
  #sections = 0;

  constructor(private readonly options: CliIOOptions) {}

  debug(message: string): void {
    if (this.options.debug) this.#line(this.options.stdout, `[debug] ${message}`);
  }
  info(message: string): void {
    this.#line(this.options.stdout, message);
  }
  warning(message: string): void {
    this.#line(this.options.stderr, `warning: ${message}`);
  }
  error(message: string): void {
    this.#line(this.options.stderr, `error: ${message}`);
  }
  isDebug(): boolean {
    return this.options.debug;
  }
  mask(secret: string): void {
    this.#secrets.add(secret);
    processSecrets.add(secret);
  }
  setOutput(name: string, value: string): void {
    this.#outputs.set(name, this.#redact(value));
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const section = `gitops_${++this.#sections}`;
    const title = this.#redact(name);
    if (this.options.gitlab) {
      this.options.stdout.write(`\x1b[0Ksection_start:${this.#seconds()}:${section}[collapsed=false]\r\x1b[0K${title}\n`);
    } else {
      this.options.stdout.write(`==> ${title}\n`);
    }
    try {
      return await fn();
    } finally {
      if (this.options.gitlab) this.options.stdout.write(`\x1b[0Ksection_end:${this.#seconds()}:${section}\r\x1b[0K\n`);
    }
  }

  async writeSummary(markdown: string): Promise<void> {
    const text = this.#redact(markdown);
    const file = this.options.targets.summaryFile;
    if (file) appendFileSync(file, `${text}\n`);
    else this.options.stdout.write(`${text}\n`);
  }

  /** Writes the outputs to every target asked for; called once, after a successful run. */
  flushOutputs(): void {
    const { githubOutput, dotenv, dotenvPrefix, dotenvOmit, resultsDir, json } = this.options.targets;
    const entries = [...this.#outputs];
    if (githubOutput) appendFileSync(githubOutput, entries.map(([name, value]) => githubOutputBlock(name, value)).join(''));
    if (dotenv) {
      const kept = entries.filter(([name]) => !dotenvOmit?.has(name));
      writeFileSync(dotenv, kept.map(([name, value]) => dotenvLine(name, value, dotenvPrefix)).join(''));
    }
    if (resultsDir) {
      mkdirSync(resultsDir, { recursive: true });
      for (const [name, value] of entries) writeFileSync(join(resultsDir, tektonResultFileName(name)), value);
    }
    if (json) this.options.stdout.write(`${JSON.stringify(Object.fromEntries(entries))}\n`);
  }

  #line(sink: TextSink, message: string): void {
    sink.write(`${this.#redact(message)}\n`);
  }
  #redact(text: string): string {
    // A SecretValue made where no IO was at hand is in the process registry only.
    return processSecrets.redact(this.#secrets.redact(text));
  }
  #seconds(): number {
    return Math.floor((this.options.now?.() ?? Date.now()) / 1000);
  }
}
