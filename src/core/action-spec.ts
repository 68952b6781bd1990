import type { InputReader } from './inputs.js';
import type { ParseContext, Runtime } from './runtime.js';

export interface InputSpec {
  description: string;
  required?: boolean;
  /** The default exactly as action.yml states it; the parser applies the same one. */
  default?: string;
  /** Masked as soon as it is read, and carried as a `SecretValue` (read with `InputReader.secret`). */
  secret?: boolean;
  /**
   * A list (one item per line, or comma separated): the CLI joins a repeated flag's values with
   * newlines. Any other input given twice is a usage error.
   */
  multiple?: boolean;
}

export interface OutputSpec {
  description: string;
}

/**
 * One action: its contract (mirrored by actions/<name>/action.yml and checked by a test),
 * its parser and its run. `run` is loaded lazily by the action so that a bad input is
 * reported before the heavy code is even parsed.
 */
export interface ActionDefinition<Inputs, OutputName extends string = string> {
  name: string;
  description: string;
  inputs: Record<string, InputSpec>;
  outputs: Record<OutputName, OutputSpec>;
  /** Parses and checks every input; throws `ConfigurationError` naming the input. */
  parse(reader: InputReader, context: ParseContext): Inputs;
  /** Every action takes the same runtime, built once at the edge. */
  run(inputs: Inputs, runtime: Runtime): Promise<ActionResult<OutputName>>;
}

export interface ActionResult<OutputName extends string = string> {
  outputs: Record<OutputName, string>;
  /** Markdown for the step summary. */
  summary?: string;
  /**
   * Set when the action failed in a way it could still report on (an app that did not get
   * healthy): the outputs and summary are handed on first, then the step fails with this.
   */
  failure?: string;
}

// The registry of definitions uses this erased form.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyActionDefinition = ActionDefinition<any, string>;
