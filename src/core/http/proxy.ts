import { ConfigurationError } from '../errors.js';

/**
 * The egress proxy the environment asks for, read as the Actions toolkit (@actions/http-client
 * `getProxyUrl`) and curl read it: the lower-case variable first, then the upper-case one; an
 * `https:` URL uses only `https_proxy`/`HTTPS_PROXY` (no fall-back to the plain-HTTP proxy).
 * `NO_PROXY` entries are host names (a leading `.` or `*.` is allowed), each matching the host and
 * its subdomains, optionally with `:port`; `*` turns the proxy off. Loopback is proxied unless
 * listed, as curl does.
 */
export interface ProxySettings {
  http?: string;
  https?: string;
  noProxy?: string;
}

type Environment = Record<string, string | undefined>;

function first(env: Environment, lower: string, upper: string): { name: string; value: string } | undefined {
  for (const name of [lower, upper]) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}

/** Validates a proxy variable; a value without a scheme means `http://`, as curl reads it. */
function proxyUrl(found: { name: string; value: string } | undefined): string | undefined {
  if (!found) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(found.value) ? found.value : `http://${found.value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    // The value may hold proxy credentials: name the variable, never print it.
    throw new ConfigurationError(`the environment variable ${found.name} is not a valid proxy URL: expected http://host:port.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`the environment variable ${found.name} names a ${url.protocol.slice(0, -1)} proxy: only http:// and https:// proxies are supported.`);
  }
  return url.href;
}

export function proxySettings(env: Environment = process.env): ProxySettings {
  const noProxy = first(env, 'no_proxy', 'NO_PROXY')?.value;
  return {
    http: proxyUrl(first(env, 'http_proxy', 'HTTP_PROXY')),
    https: proxyUrl(first(env, 'https_proxy', 'HTTPS_PROXY')),
    ...(noProxy ? { noProxy } : {}),
  };
}

/**
 * git reaches HTTP remotes through libcurl, which ignores an upper-case `HTTP_PROXY` (a CGI
 * safeguard). The toolkit honours it, so we hand git the lower-case copies it reads; a variable
 * already set in lower case wins, as it does for our own requests.
 */
export function curlProxyEnv(env: Environment): Record<string, string> {
  const added: Record<string, string> = {};
  for (const [lower, upper] of [['http_proxy', 'HTTP_PROXY'], ['https_proxy', 'HTTPS_PROXY'], ['no_proxy', 'NO_PROXY']] as const) {
    const value = env[upper];
    if (!env[lower] && value) added[lower] = value;
  }
  return added;
}
