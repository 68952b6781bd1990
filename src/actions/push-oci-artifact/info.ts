import { stringify } from 'yaml';

/**
 * What `flux push artifact --output json|yaml` prints (flux2 cmd/flux/push_artifact.go): the
 * artifact by digest as an oci:// URL, its repository, the tag pushed and the digest. JSON keeps
 * the struct's field order, indented by two; YAML (sigs.k8s.io/yaml) sorts the keys.
 */
export function artifactInfo(format: 'json' | 'yaml', artifact: { repository: string; tag: string; digest: string }): string {
  const info = { url: `oci://${artifact.repository}@${artifact.digest}`, repository: artifact.repository, tag: artifact.tag, digest: artifact.digest };
  if (format === 'json') return `${JSON.stringify(info, null, 2)}\n`;
  const { digest, repository, tag, url } = info;
  return stringify({ digest, repository, tag, url });
}
