/**
 * A mistake in what the user gave us: a missing or malformed input, an unusable combination.
 * The edge reports it with exit code 2 in the CLI; on GitHub every failure is exit code 1.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(
    message: string,
    /** The input (as named in action.yml) the message is about, when there is one. */
    readonly input?: string,
  ) {
    super(input ? `Input "${input}": ${message}` : message);
  }
}

/** A remote or runtime failure that the user can act on; the message is written for them. */
export class ActionFailure extends Error {
  override readonly name: string = 'ActionFailure';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}
