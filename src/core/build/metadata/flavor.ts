import { ConfigurationError } from '../../errors.js';

/** The `flavor` input, as docker/metadata-action spells it. */
export interface Flavor {
  /** auto: `latest` for a git tag or a final semver release only. */
  latest: 'auto' | 'true' | 'false';
  prefix: string;
  prefixOnLatest: boolean;
  suffix: string;
  suffixOnLatest: boolean;
}

export const DEFAULT_FLAVOR: Flavor = { latest: 'auto', prefix: '', prefixOnLatest: false, suffix: '', suffixOnLatest: false };

/** Lines such as `latest=false`, `prefix=app-,onlatest=true`, `suffix=-alpine`. */
export function parseFlavor(lines: readonly string[], input = 'flavor'): Flavor {
  const flavor: Flavor = { ...DEFAULT_FLAVOR };
  for (const line of lines) {
    const fields = line.split(',').map((field) => field.trim()).filter(Boolean);
    const [head, ...rest] = fields.map((field) => {
      const at = field.indexOf('=');
      if (at <= 0) throw new ConfigurationError(`expected key=value, got "${field}" in "${line}"`, input);
      return { key: field.slice(0, at).trim(), value: field.slice(at + 1).trim() };
    });
    if (!head) continue;
    switch (head.key) {
      case 'latest':
        if (head.value !== 'auto' && head.value !== 'true' && head.value !== 'false') {
          throw new ConfigurationError(`latest must be auto, true or false, got "${head.value}"`, input);
        }
        if (rest.length) throw new ConfigurationError(`latest takes no other attribute, in "${line}"`, input);
        flavor.latest = head.value;
        break;
      case 'prefix':
      case 'suffix': {
        let onLatest = false;
        for (const { key, value } of rest) {
          if (key !== 'onlatest' || (value !== 'true' && value !== 'false')) {
            throw new ConfigurationError(`${head.key} accepts only onlatest=true|false after it, in "${line}"`, input);
          }
          onLatest = value === 'true';
        }
        if (head.key === 'prefix') Object.assign(flavor, { prefix: head.value, prefixOnLatest: onLatest });
        else Object.assign(flavor, { suffix: head.value, suffixOnLatest: onLatest });
        break;
      }
      default:
        throw new ConfigurationError(`unknown flavor "${head.key}" (known: latest, prefix, suffix)`, input);
    }
  }
  return flavor;
}
