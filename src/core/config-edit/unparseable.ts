import { ConfigurationError } from '../errors.js';

/**
 * A selected file that is not valid YAML or JSON. The plan skips it (with a warning) when it does
 * not hold a requested image, and fails with this error, which names file and line, when it does.
 */
export class UnparseableFileError extends ConfigurationError {
  constructor(readonly detail: string) {
    super(detail, 'files');
  }
}
