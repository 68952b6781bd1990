import type { ActionIO } from '../core/io.js';
import { processSecrets, redact, secretForms } from '../core/secret-forms.js';

export interface RecordedLine {
  level: 'debug' | 'info' | 'warning' | 'error' | 'group' | 'endgroup';
  message: string;
}

/**
 * The IO for tests: it keeps every line, output and summary, already redacted as a runner
 * would show them, and notices groups left open.
 */
export class RecordingIO implements ActionIO {
  readonly lines: RecordedLine[] = [];
  readonly outputs = new Map<string, string>();
  readonly secrets = new Set<string>();
  summary: string | undefined;
  #openGroups = 0;

  constructor(private readonly debugEnabled = true) {}

  debug(message: string): void {
    this.#record('debug', message);
  }
  info(message: string): void {
    this.#record('info', message);
  }
  warning(message: string): void {
    this.#record('warning', message);
  }
  error(message: string): void {
    this.#record('error', message);
  }
  isDebug(): boolean {
    return this.debugEnabled;
  }
  mask(secret: string): void {
    for (const form of secretForms(secret)) this.secrets.add(form);
    // As the real IOs do, so remote text quoted in core errors is masked before it is cut.
    processSecrets.add(secret);
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, redact(value, this.secrets));
  }
  async writeSummary(markdown: string): Promise<void> {
    this.summary = redact(markdown, this.secrets);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.#record('group', name);
    this.#openGroups++;
    try {
      return await fn();
    } finally {
      this.#openGroups--;
      this.#record('endgroup', name);
    }
  }

  get openGroups(): number {
    return this.#openGroups;
  }

  /** Everything a user could read: logs, outputs and summary, one text. */
  get everything(): string {
    const outputs = [...this.outputs].map(([name, value]) => `${name}=${value}`);
    return [...this.lines.map((line) => line.message), ...outputs, this.summary ?? ''].join('\n');
  }

  text(level?: RecordedLine['level']): string {
    return this.lines
      .filter((line) => !level || line.level === level)
      .map((line) => line.message)
      .join('\n');
  }

  #record(level: RecordedLine['level'], message: string): void {
    this.lines.push({ level, message: redact(message, this.secrets) });
  }
}
