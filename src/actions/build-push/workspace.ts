import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';

/**
 * The context directory and Dockerfile, resolved inside `root` (the workspace): a path that
 * leads out of it, also through a symlink, is refused, as is a missing one.
 */
export function resolveBuildPaths(root: string, context: string, file: string | undefined): { contextDir: string; dockerfile: string } {
  const realRoot = realpathSync(root);
  const contextDir = confined(realRoot, context, 'context');
  if (!statSync(contextDir).isDirectory()) throw new ConfigurationError(`"${context}" is not a directory`, 'context');
  const dockerfileText = file ?? path.join(context, 'Dockerfile');
  const dockerfile = confined(realRoot, dockerfileText, file === undefined ? 'context' : 'file', file === undefined ? `no Dockerfile in "${context}"; set the file input` : undefined);
  if (!statSync(dockerfile).isFile()) throw new ConfigurationError(`"${dockerfileText}" is not a file`, file === undefined ? 'context' : 'file');
  return { contextDir, dockerfile };
}

function confined(root: string, given: string, input: string, missing?: string): string {
  const resolved = path.resolve(root, given);
  let real: string;
  try {
    real = realpathSync(resolved);
  } catch {
    throw new ConfigurationError(missing ?? `"${given}" does not exist in the workspace ${root}`, input);
  }
  const relative = path.relative(root, real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ConfigurationError(`"${given}" is outside the workspace ${root}`, input);
  }
  return real;
}

/**
 * The `ca-file` input, resolved against the workspace when relative. Unlike the build paths it
 * may lie outside the workspace: a CA bundle such as /etc/ssl/certs/… is a legitimate choice, and
 * only its certificates are ever read. Checked here so a wrong path fails before any network call.
 */
export function resolveCaFile(root: string, given: string): string {
  const resolved = path.resolve(root, given);
  let stats: Stats;
  let text: string;
  try {
    stats = statSync(resolved);
    text = stats.isFile() ? readFileSync(resolved, 'latin1') : '';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(code === 'ENOENT' ? `"${given}" does not exist` : `cannot read "${given}" (${code ?? String(error)})`, 'ca-file');
  }
  if (!stats.isFile()) throw new ConfigurationError(`"${given}" is not a file; give the PEM file of the CA certificate`, 'ca-file');
  // A DER file or a key would otherwise surface later as a puzzling TLS failure of the builder.
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new ConfigurationError(`"${given}" holds no PEM certificate (-----BEGIN CERTIFICATE-----)`, 'ca-file');
  }
  return resolved;
}
