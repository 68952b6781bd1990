/** One parsed `WWW-Authenticate` challenge. */
export interface AuthChallenge {
  /** Lowercase: `basic`, `bearer`, or whatever else the server named. */
  scheme: string;
  /** Parameter names lowercased: `realm`, `service`, `scope`, `error`. */
  params: Record<string, string>;
}

/**
 * Parses `Bearer realm="https://auth/token",service="registry",scope="repository:a:pull,push"`.
 * Values may be quoted (commas and escaped quotes inside) or bare tokens; only the first
 * challenge is read, which is the one registries send.
 */
export function parseChallenge(header: string | undefined): AuthChallenge | undefined {
  if (!header) return undefined;
  const text = header.trim();
  const schemeMatch = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?:\s+|$)/.exec(text);
  if (!schemeMatch?.[1]) return undefined;
  const params: Record<string, string> = {};
  let rest = text.slice(schemeMatch[0].length);
  // Bounded: every iteration consumes at least one character or stops.
  while (rest.length > 0) {
    const param = /^\s*,?\s*([A-Za-z0-9_-]+)\s*=\s*/.exec(rest);
    if (!param?.[1]) break;
    rest = rest.slice(param[0].length);
    let value: string;
    if (rest.startsWith('"')) {
      let index = 1;
      value = '';
      while (index < rest.length && rest[index] !== '"') {
        if (rest[index] === '\\' && index + 1 < rest.length) index++;
        value += rest[index];
        index++;
      }
      rest = rest.slice(index + 1);
    } else {
      const bare = /^[^,\s]*/.exec(rest)?.[0] ?? '';
      value = bare;
      rest = rest.slice(bare.length);
    }
    params[param[1].toLowerCase()] = value;
  }
  return { scheme: schemeMatch[1].toLowerCase(), params };
}
