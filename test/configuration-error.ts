import { ConfigurationError } from '../src/core/errors.js';

/** The ConfigurationError `fn` throws; any other outcome fails the test. */
export function configurationErrorOf(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}
