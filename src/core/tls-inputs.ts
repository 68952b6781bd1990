import { readFileSync, statSync, type Stats } from 'node:fs';
import { ConfigurationError } from './errors.js';
import type { InputReader } from './inputs.js';
import { resolveUserPath } from './paths.js';

/** How an action verifies the TLS of the server it talks to (registry, Argo CD). */
export interface TlsInputs {
  /** Skip certificate verification: the user's explicit, logged choice. */
  insecure: boolean;
  /** Absolute path of a PEM CA bundle to trust besides the system's. */
  caFile?: string;
}

/**
 * The `ca-file` and `insecure` inputs, read the same way by every action. Both together is an
 * input error: one says "verify with this CA", the other "do not verify", and silently dropping
 * either would weaken or break TLS behind the user's back.
 */
export function readTlsInputs(reader: InputReader, workspace: string): TlsInputs {
  const insecure = reader.boolean('insecure');
  const given = reader.optional('ca-file');
  if (!given) return { insecure };
  if (insecure) {
    throw new ConfigurationError('cannot be true together with ca-file: give ca-file to verify the server with your CA, or insecure to skip verification', 'insecure');
  }
  return { insecure, caFile: checkedCaFile(workspace, given) };
}

/**
 * The CA file may lie anywhere (a bundle such as /etc/ssl/certs/… is a legitimate choice); it is
 * checked here so a wrong path fails before any network call, and a DER file or a key does not
 * surface later as a puzzling TLS failure.
 */
function checkedCaFile(workspace: string, given: string): string {
  const resolved = resolveUserPath(workspace, given);
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
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new ConfigurationError(`"${given}" holds no PEM certificate (-----BEGIN CERTIFICATE-----)`, 'ca-file');
  }
  return resolved;
}
