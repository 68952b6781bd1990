import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActionIO } from '../io.js';
import type { BuildSecretFile } from './plan.js';
import type { SecretValue } from '../secret-value.js';

export interface BuildSecret {
  id: string;
  value: SecretValue;
}

/**
 * Each secret becomes a 0600 file mounted with `--secret id=…,src=…`: a mount is never part of
 * a layer or of the history, unlike a build-arg. The directory is removed by the caller.
 */
export async function writeSecretFiles(dir: string, secrets: readonly BuildSecret[], io: ActionIO): Promise<BuildSecretFile[]> {
  if (!secrets.length) return [];
  const secretsDir = path.join(dir, 'secrets');
  await mkdir(secretsDir, { recursive: true, mode: 0o700 });
  return Promise.all(
    secrets.map(async (secret, index) => {
      io.mask(secret.value.reveal());
      const file = path.join(secretsDir, `secret-${index}`);
      await writeFile(file, secret.value.reveal(), { mode: 0o600 });
      return { id: secret.id, file };
    }),
  );
}
