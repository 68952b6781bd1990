import { statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';

/**
 * The context directory and Dockerfile (absolute already: user paths may be anywhere, as with
 * docker/build-push-action), checked to exist so a typo fails before the builder starts.
 */
export function checkBuildPaths(context: string, file: string | undefined): { contextDir: string; dockerfile: string } {
  if (kindOf(context) !== 'directory') throw new ConfigurationError(`"${context}" ${kindOf(context) === 'missing' ? 'does not exist' : 'is not a directory'}`, 'context');
  const dockerfile = file ?? path.join(context, 'Dockerfile');
  const kind = kindOf(dockerfile);
  if (kind !== 'file') {
    if (file === undefined) throw new ConfigurationError(`no Dockerfile in "${context}"; set the file input`, 'context');
    throw new ConfigurationError(`"${file}" ${kind === 'missing' ? 'does not exist' : 'is not a file'}`, 'file');
  }
  return { contextDir: context, dockerfile };
}

function kindOf(target: string): 'file' | 'directory' | 'other' | 'missing' {
  try {
    const stats = statSync(target);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'missing';
  }
}
