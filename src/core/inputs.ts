import type { InputSpec } from './action-spec.js';
import { ConfigurationError } from './errors.js';
import { SecretValue } from './secret-value.js';

/** Where raw input strings come from: `@actions/core`'s environment, CLI flags, a test's object. */
export type InputSource = (name: string) => string | undefined;

export function inputSourceFromObject(values: Record<string, string | undefined>): InputSource {
  return (name) => values[name];
}

/**
 * `@actions/core`'s `getInput` semantics on a plain environment: `INPUT_` + the name upper-cased
 * with spaces turned into underscores (hyphens stay). Shells and GitLab cannot name a variable
 * with a hyphen, so `INPUT_AUTH_TOKEN` stands for `auth-token` too.
 */
export function inputSourceFromEnv(env: NodeJS.ProcessEnv): InputSource {
  return (name) => {
    const runnerName = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    return env[runnerName] ?? env[runnerName.replace(/-/g, '_')];
  };
}

const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
const DURATION_UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Reads the inputs of one action, and only those its spec declares: reading an undeclared name
 * is a programming error caught by the action.yml contract test. Empty means unset, and unset
 * means the spec's default, so action.yml and the CLI can never disagree.
 */
export class InputReader {
  readonly #read = new Set<string>();

  constructor(
    private readonly specs: Record<string, InputSpec>,
    private readonly source: InputSource,
    private readonly onSecret: (secret: string) => void = () => {},
  ) {}

  /** Names read so far, for the contract test. */
  get namesRead(): ReadonlySet<string> {
    return this.#read;
  }

  /** The trimmed value, or the default, or undefined. A secret input is read with `secret`. */
  optional(name: string): string | undefined {
    if (this.#spec(name).secret) throw new Error(`Bug: secret input "${name}" must be read with secret() or secretLines()`);
    return this.#raw(name);
  }

  /** A secret input, masked the moment it is read and carried as a `SecretValue` from then on. */
  secret(name: string): SecretValue | undefined {
    if (!this.#spec(name).secret) throw new Error(`Bug: input "${name}" is not declared secret`);
    const value = this.#raw(name);
    return value === undefined ? undefined : new SecretValue(value);
  }

  /** A secret input of several lines (build secrets as `id=value`), each line a `SecretValue`. */
  secretLines(name: string): SecretValue[] {
    if (!this.#spec(name).secret || !this.#spec(name).multiple) throw new Error(`Bug: input "${name}" is not declared secret and multiple`);
    return parseLines(this.#raw(name)).map((line) => new SecretValue(line));
  }

  #spec(name: string): InputSpec {
    const spec = this.specs[name];
    if (!spec) throw new Error(`Bug: input "${name}" is not declared in the action's spec`);
    return spec;
  }

  #raw(name: string): string | undefined {
    const spec = this.#spec(name);
    this.#read.add(name);
    const raw = this.source(name)?.trim();
    const value = raw ? raw : spec.default === undefined || spec.default === '' || isExpression(spec.default) ? undefined : spec.default;
    if (value !== undefined && spec.secret) this.onSecret(value);
    return value;
  }

  required(name: string): string {
    const value = this.optional(name);
    if (value === undefined) throw new ConfigurationError('is required and was not given', name);
    return value;
  }

  /** Only true/True/TRUE/false/False/FALSE, as `core.getBooleanInput`; anything else is an error. */
  boolean(name: string): boolean {
    const value = this.optional(name);
    if (value === undefined) {
      throw new Error(`Bug: boolean input "${name}" needs a default in its spec`);
    }
    return parseBoolean(value, name);
  }

  /** Items separated by newlines or commas, trimmed, empty ones dropped. */
  list(name: string): string[] {
    return parseList(this.#multiple(name));
  }

  /** Items separated by newlines only, for values that may themselves hold commas. */
  lines(name: string): string[] {
    return parseLines(this.#multiple(name));
  }

  // A list input must say so in its spec: the CLI appends a repeated flag only for those.
  #multiple(name: string): string | undefined {
    if (!this.#spec(name).multiple) throw new Error(`Bug: list input "${name}" needs multiple: true in its spec`);
    return this.optional(name);
  }

  /** `key=value` lines; the first `=` splits, so values may hold more. */
  keyValues(name: string): Map<string, string> {
    return parseKeyValues(this.lines(name), name);
  }

  /** `90s`, `5m`, `1h`, `250ms`, or a bare number of seconds; returns milliseconds. */
  duration(name: string): number {
    return parseDuration(this.required(name), name);
  }

  integer(name: string, bounds: { min?: number; max?: number } = {}): number {
    const value = this.required(name);
    if (!/^-?\d+$/.test(value)) throw new ConfigurationError(`expected a whole number, got "${value}"`, name);
    const number = Number(value);
    if (bounds.min !== undefined && number < bounds.min) {
      throw new ConfigurationError(`must be at least ${bounds.min}, got ${number}`, name);
    }
    if (bounds.max !== undefined && number > bounds.max) {
      throw new ConfigurationError(`must be at most ${bounds.max}, got ${number}`, name);
    }
    return number;
  }

  oneOf<T extends string>(name: string, choices: readonly T[]): T {
    const value = this.required(name);
    if (!(choices as readonly string[]).includes(value)) {
      throw new ConfigurationError(`expected one of ${choices.join(', ')}, got "${value}"`, name);
    }
    return value as T;
  }
}

/**
 * A default such as `${{ github.token }}`: the GitHub runner evaluates it before the action
 * reads INPUT_*; anywhere else (the CLI, tests) nothing does, so it means unset, not its text.
 */
export function isExpression(text: string): boolean {
  return /^\$\{\{.*\}\}$/s.test(text.trim());
}

export function parseBoolean(value: string, name: string): boolean {
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  throw new ConfigurationError(`expected true or false, got "${value}"`, name);
}

export function parseList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export function parseLines(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/\r?\n/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export function parseKeyValues(lines: string[], name: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of lines) {
    const at = line.indexOf('=');
    const key = at < 0 ? '' : line.slice(0, at).trim();
    if (!key) throw new ConfigurationError(`expected key=value lines, got "${line}"`, name);
    map.set(key, line.slice(at + 1).trim());
  }
  return map;
}

export function parseDuration(value: string, name: string): number {
  const match = DURATION.exec(value.trim());
  if (!match) {
    throw new ConfigurationError(`expected a duration such as 90s, 5m or 1h, got "${value}"`, name);
  }
  return Math.round(Number(match[1]) * DURATION_UNIT_MS[match[2] ?? 's']);
}
