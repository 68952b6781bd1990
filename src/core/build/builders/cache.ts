import { ConfigurationError } from '../../errors.js';
import { parseImageReference } from '../../oci/reference.js';

/**
 * buildah and kaniko know only one kind of cache: layers in a registry repository. They accept
 * the buildx spelling `type=registry,ref=REPO[:TAG]` (so a workflow can switch builders) or a
 * bare repository; any other cache type is refused rather than silently ignored.
 */
export function registryCacheRepository(spec: string, builder: 'buildah' | 'kaniko', input: string): string {
  const fields = new Map<string, string>();
  if (!spec.includes('=')) fields.set('ref', spec);
  else {
    for (const field of spec.split(',')) {
      const at = field.indexOf('=');
      fields.set(field.slice(0, at).trim(), field.slice(at + 1).trim());
    }
  }
  const type = fields.get('type') ?? 'registry';
  if (type !== 'registry') {
    throw new ConfigurationError(`${builder} can only cache in a registry (type=registry,ref=REPO), not type=${type}`, input);
  }
  const ref = fields.get('ref');
  if (!ref) throw new ConfigurationError(`"${spec}" needs ref=REPOSITORY`, input);
  const parsed = parseImageReference(ref, input);
  // Both tools store cache layers under tags of their own choosing: a tag here would be ignored.
  return `${parsed.registry}/${parsed.repository}`;
}
