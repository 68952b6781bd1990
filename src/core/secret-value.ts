import { processSecrets } from './secret-forms.js';

/**
 * A secret carried inside parsed inputs: JSON and string conversions show `***`, so logging the
 * inputs (as the debug mode does) or interpolating one by mistake cannot leak it.
 */
export class SecretValue {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
    // Registered the moment it exists: an error quoting a remote's answer masks it even if no IO saw it.
    processSecrets.add(value);
  }
  reveal(): string {
    return this.#value;
  }
  toJSON(): string {
    return '***';
  }
  toString(): string {
    return '***';
  }
}
