import { ActionFailure } from '../errors.js';
import { header } from '../http/request.js';
import type { RegistryClient } from './client.js';
import { registryFailure } from './errors.js';
import { OCI_INDEX } from './media-types.js';
import { repositoryScope } from './scopes.js';

/** An OCI content descriptor, as a manifest or the referrers index lists it. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

/**
 * The referrers tag schema of OCI distribution-spec v1.1 ("Referrers Tag Schema"): a registry
 * without the referrers API keeps them in an index tagged `<alg>-<hex>` of the subject.
 */
export function referrersTag(subject: string): string {
  return subject.replace(':', '-');
}

/**
 * What refers to `subject` in a repository: the referrers API (`GET /v2/<name>/referrers/<digest>`,
 * distribution-spec v1.1 "Listing Referrers") when the registry has it, else the tag schema.
 * A registry with the API answers 200 with an index even when nothing refers to the subject; a 404
 * means it has no such endpoint.
 */
export async function listReferrers(client: RegistryClient, repository: string, subject: string): Promise<Descriptor[]> {
  const fromApi = await referrersApi(client, repository, subject);
  if (fromApi) return fromApi;
  const tagged = await client.getManifest(repository, referrersTag(subject));
  return tagged ? indexEntries(tagged.body, `${repository}:${referrersTag(subject)}`) : [];
}

/**
 * Makes `referrers`, already copied, findable from `subject` in the target: a registry with the
 * referrers API indexed them when they were put (their `subject` field); otherwise they are added
 * to the subject's tag-schema index, keeping entries another tool put there.
 */
export async function recordReferrers(client: RegistryClient, repository: string, subject: string, referrers: readonly Descriptor[]): Promise<void> {
  const listed = await referrersApi(client, repository, subject);
  const known = listed ?? (await tagSchemaEntries(client, repository, subject));
  const missing = referrers.filter((referrer) => !known.some((entry) => entry.digest === referrer.digest));
  if (!missing.length) return;
  if (listed) {
    throw new ActionFailure(
      `${client.registry}/${repository} does not list ${missing.map((entry) => entry.digest).join(', ')} as referrers of ${subject} after they were copied.`,
    );
  }
  const index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...known, ...missing] };
  await client.putManifest(repository, referrersTag(subject), Buffer.from(JSON.stringify(index)), OCI_INDEX);
}

async function referrersApi(client: RegistryClient, repository: string, subject: string): Promise<Descriptor[] | undefined> {
  const response = await client.request({
    method: 'GET',
    url: `/v2/${repository}/referrers/${subject}`,
    scopes: [repositoryScope(repository, 'pull')],
    headers: { Accept: OCI_INDEX },
  });
  if (response.status === 404) return undefined;
  if (response.status !== 200) throw registryFailure({ operation: `list the referrers of ${subject} in`, registry: client.registry, repository }, response);
  // Some registries route unknown paths to an HTML page with 200: only an index counts as an answer.
  if (!header(response.headers, 'content-type')?.includes('json')) return undefined;
  // The API may filter or page (`Link`); the whole first page is what a copy needs for its subject.
  return indexEntries(response.body, `referrers of ${subject}`);
}

async function tagSchemaEntries(client: RegistryClient, repository: string, subject: string): Promise<Descriptor[]> {
  const tagged = await client.getManifest(repository, referrersTag(subject));
  return tagged ? indexEntries(tagged.body, `${repository}:${referrersTag(subject)}`) : [];
}

function indexEntries(body: Buffer, what: string): Descriptor[] {
  let parsed: { manifests?: unknown };
  try {
    parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
  } catch {
    throw new ActionFailure(`The ${what} is not a JSON index.`);
  }
  if (!Array.isArray(parsed.manifests)) return [];
  return (parsed.manifests as Partial<Descriptor>[]).filter(
    (entry): entry is Descriptor => typeof entry?.digest === 'string' && typeof entry.size === 'number' && typeof entry.mediaType === 'string',
  );
}
