import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, parseAllDocuments } from 'yaml';
import { ConfigurationError } from '../errors.js';

/** The name the manifests read from stdin get in the artifact: fixed, so the same input gives the same digest. */
export const STDIN_FILE_NAME = 'stdin.yaml';
const PATH_INPUT = 'path';

/**
 * `path: -`, as `flux push artifact -f -` (flux2 cmd/flux/build_artifact.go saveReaderToFile):
 * all of stdin, trailing CR and LF cut, saved as one YAML file in a new directory under
 * `tempDir`, which the caller packs as a single file (`.` plus the file, as Flux 2.9) and removes
 * with `remove`. Flux names the file at random; ours is STDIN_FILE_NAME, so `reproducible` holds.
 * Empty input or input that is not YAML is refused before anything is pushed.
 */
export async function saveStdinManifests(stdin: NodeJS.ReadableStream, tempDir: string): Promise<{ file: string; remove: () => Promise<void> }> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const text = Buffer.concat(chunks).toString('utf8').replace(/[\r\n]+$/, '');
  if (!text.trim()) throw new ConfigurationError('is "-" but stdin is empty: pipe the manifests in, as in `kustomize build | gitops-actions push-oci-artifact --path -`', PATH_INPUT);
  const documents = parseAllDocuments(text);
  const error = documents.flatMap((document) => document.errors)[0];
  if (error) throw new ConfigurationError(`is "-" but stdin is not YAML: ${error.message.split('\n')[0]}`, PATH_INPUT);
  // Valid YAML is not yet manifests: a stray log line parses as a string.
  if (documents.some((document) => document.contents !== null && !isMap(document.contents))) {
    throw new ConfigurationError('is "-" but stdin is not YAML manifests: every document must be a mapping (apiVersion, kind, …)', PATH_INPUT);
  }
  const dir = await mkdtemp(path.join(tempDir, 'push-oci-stdin-'));
  const file = path.join(dir, STDIN_FILE_NAME);
  // 0600, as Go's os.CreateTemp makes Flux's file: the mode is in the tarball.
  await writeFile(file, text, { mode: 0o600 });
  return { file, remove: () => rm(dir, { recursive: true, force: true }) };
}
