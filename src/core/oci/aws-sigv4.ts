import { createHash, createHmac } from 'node:crypto';

/** The keys AWS tools read from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN. */
export interface AwsKeys {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SignableRequest {
  method: string;
  url: URL;
  /** Every header sent (Host is added from the URL): all of them are signed. */
  headers: Record<string, string>;
  body: string;
}

const sha256Hex = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding, as SigV4 wants it: everything but unreserved characters. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The headers that sign a request with AWS Signature Version 4 (AWS's "Create a signed AWS API
 * request" steps): X-Amz-Date, X-Amz-Security-Token for temporary keys, and Authorization.
 */
export function signV4(request: SignableRequest, keys: AwsKeys, region: string, service: string, now: Date): Record<string, string> {
  const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const date = amzDate.slice(0, 8);
  const added: Record<string, string> = { 'X-Amz-Date': amzDate, ...(keys.sessionToken ? { 'X-Amz-Security-Token': keys.sessionToken } : {}) };
  const all = new Map<string, string>();
  for (const [name, value] of Object.entries({ Host: request.url.host, ...request.headers, ...added })) {
    all.set(name.toLowerCase(), value.trim().replace(/\s+/g, ' '));
  }
  const names = [...all.keys()].sort();
  const signedHeaders = names.join(';');
  const canonicalHeaders = names.map((name) => `${name}:${all.get(name)}\n`).join('');
  const path = request.url.pathname.split('/').map((segment) => encode(decodeURIComponent(segment))).join('/') || '/';
  const query = [...request.url.searchParams]
    .map(([key, value]) => [encode(key), encode(value)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const canonicalRequest = [request.method, path, query, canonicalHeaders, signedHeaders, sha256Hex(request.body)].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${keys.secretAccessKey}`, date), region), service), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  return { ...added, Authorization: `AWS4-HMAC-SHA256 Credential=${keys.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}` };
}
