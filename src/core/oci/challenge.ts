import type { IncomingHttpHeaders } from 'node:http';

/** One parsed `WWW-Authenticate` challenge. */
export interface AuthChallenge {
  /** Lowercase: `basic`, `bearer`, or whatever else the server named. */
  scheme: string;
  /** Parameter names lowercased: `realm`, `service`, `scope`, `error`. */
  params: Record<string, string>;
}

const TOKEN = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)/;
const PARAM_NAME = /^([A-Za-z0-9_-]+)\s*=\s*/;

/**
 * Every challenge of a `WWW-Authenticate` value, in order (RFC 9110 §11.6.1). A server may send
 * several, in one header or in several that Node joins with ", ":
 * `Basic realm="reg", Bearer realm="https://auth/token",service="registry",scope="repository:a:pull,push"`.
 * Values are quoted (commas and escaped quotes inside) or bare tokens.
 */
export function parseChallenges(header: string | undefined): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  let rest = (header ?? '').trim();
  let current: AuthChallenge | undefined;
  // Bounded: every iteration consumes at least one character or stops.
  while (rest.length > 0) {
    rest = rest.replace(/^[\s,]+/, '');
    const name = TOKEN.exec(rest)?.[1];
    if (!name) break;
    const param = PARAM_NAME.exec(rest);
    if (!param || !current) {
      // A token not followed by `=` starts the next challenge.
      current = { scheme: name.toLowerCase(), params: {} };
      challenges.push(current);
      rest = rest.slice(name.length);
      continue;
    }
    rest = rest.slice(param[0].length);
    const { value, length } = readValue(rest);
    current.params[(param[1]).toLowerCase()] = value;
    rest = rest.slice(length);
  }
  return challenges;
}

function readValue(text: string): { value: string; length: number } {
  if (!text.startsWith('"')) {
    const bare = /^[^,\s]*/.exec(text)?.[0] ?? '';
    return { value: bare, length: bare.length };
  }
  let index = 1;
  let value = '';
  while (index < text.length && text[index] !== '"') {
    if (text[index] === '\\' && index + 1 < text.length) index++;
    value += text[index];
    index++;
  }
  return { value, length: index + 1 };
}

/**
 * The challenge to answer among those a registry sent: Bearer when offered (a scoped token,
 * and the password goes only to the realm), else Basic, else the first (which we cannot answer).
 */
export function pickChallenge(headers: IncomingHttpHeaders): AuthChallenge | undefined {
  const raw = headers['www-authenticate'];
  const challenges = parseChallenges(Array.isArray(raw) ? raw.join(', ') : raw);
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic') ?? challenges[0];
}

/** The first challenge of one header value. */
export function parseChallenge(header: string | undefined): AuthChallenge | undefined {
  return parseChallenges(header)[0];
}
