import type { Application } from './types.js';
import { clipRemoteText } from '../secret-forms.js';

export type WatchEvent =
  | { kind: 'event'; type: 'ADDED' | 'MODIFIED' | 'DELETED' | (string & {}); application: Application }
  | { kind: 'keepalive' }
  | { kind: 'error'; message: string; httpCode?: number };

/**
 * Splits Argo CD's watch stream into events. Both framings of the v3.5.1 forwarder (reference §1.3) are read:
 * newline-delimited `{"result":{…}}` objects, and server-sent events (`data: {…}` lines, `:` keepalive comments).
 * A line split across chunks is kept until its end arrives.
 */
export class WatchStreamParser {
  #pending = '';

  push(chunk: string): WatchEvent[] {
    this.#pending += chunk;
    const events: WatchEvent[] = [];
    let newline: number;
    while ((newline = this.#pending.indexOf('\n')) >= 0) {
      const line = this.#pending.slice(0, newline).trim();
      this.#pending = this.#pending.slice(newline + 1);
      const event = parseLine(line);
      if (event) events.push(event);
    }
    return events;
  }

  /** What is left when the stream ends: a last line without its newline. */
  end(): WatchEvent[] {
    const rest = this.#pending.trim();
    this.#pending = '';
    const event = rest ? parseLine(rest) : undefined;
    return event ? [event] : [];
  }
}

function parseLine(line: string): WatchEvent | undefined {
  if (line === '') return undefined;
  if (line.startsWith(':')) return { kind: 'keepalive' };
  const json = line.startsWith('data:') ? line.slice('data:'.length).trim() : line;
  if (json === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { kind: 'error', message: `unreadable watch stream line: ${clipRemoteText(json, 120)}` };
  }
  const record = parsed as { result?: { type?: string; application?: Application }; error?: { message?: string; http_code?: number } };
  if (record.error) return { kind: 'error', message: record.error.message ?? 'stream error', httpCode: record.error.http_code };
  if (record.result?.application) {
    return { kind: 'event', type: record.result.type ?? 'MODIFIED', application: record.result.application };
  }
  return undefined;
}
