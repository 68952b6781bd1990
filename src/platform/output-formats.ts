
/**
 * The `name<<delimiter` block that `$GITHUB_OUTPUT` expects, as `@actions/core` writes it:
 * a random delimiter that the value must not contain, so a value cannot inject more outputs.
 */
// Web Crypto, reached only when an output is written: importing node:crypto would load it at every start.
export function githubOutputBlock(name: string, value: string, delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Output "${name}" contains its own delimiter; refusing to write it`);
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** GitLab and shells accept only ASCII letters, digits and underscores in variable names. */
export function dotenvKey(outputName: string, prefix = ''): string {
  return `${prefix}${outputName.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`;
}

/** A `--dotenv-prefix` is glued to every key, so it must itself be a valid start of one (or empty: none). */
export function isDotenvPrefix(prefix: string): boolean {
  return /^([A-Za-z_][A-Za-z0-9_]*)?$/.test(prefix);
}

/**
 * The single-line form of a value, as GitLab's dotenv report reads it
 * (app/services/ci/parse_dotenv_artifact_service.rb): one `KEY=value` per line, no multi-line
 * values, no escapes, quotes kept literally and edge whitespace trimmed. So nothing is quoted or
 * escaped here; JSON is compacted onto one line and any other multi-line value (our outputs'
 * lists: tags, files) becomes its non-empty lines joined by commas, which every list input takes.
 */
export function dotenvValue(value: string): string {
  if (!/[\r\n]/.test(value)) return value.trim();
  const trimmed = value.trim();
  if (/^[[{]/.test(trimmed)) {
    try {
      return JSON.stringify(JSON.parse(trimmed));
    } catch {
      // not JSON after all: a list of lines
    }
  }
  return trimmed
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(',');
}

export function dotenvLine(outputName: string, value: string, prefix = ''): string {
  return `${dotenvKey(outputName, prefix)}=${dotenvValue(value)}\n`;
}

/** A Tekton result file holds the raw value: no quoting, no trailing newline added. */
export function tektonResultFileName(outputName: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(outputName)) throw new Error(`Output name "${outputName}" is not a valid result name`);
  return outputName;
}
