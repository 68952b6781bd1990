/**
 * Every form in which a secret can come back to us, computed in one place. Masking only the value
 * as given lets it through as soon as a remote quotes it in another encoding: a registry's JSON
 * `detail` escapes `"` and `\`, a git server's `remote:` line or a token service URL-encodes it,
 * an auth echo shows `Basic base64(user:secret)`. Each IO registers these forms when a secret is
 * read, and remote text is masked with them before it is cut, so no cut can leave half a secret.
 */

/** Values shorter than this are not masked: masking "a" or "1" would shred every log line. */
export const MIN_MASKED_LENGTH = 3;

/** A base64 run shorter than this is too likely to occur by chance in a digest or an id. */
const MIN_BASE64_LENGTH = 4;

/** The value, each of its lines, and every encoding of them a remote or a header can produce. */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>();
  // A multiline secret is also masked line by line, as the GitHub runner does.
  const lines = secret.split(/\r?\n/).map((line) => line.trim());
  for (const value of [secret, ...lines]) {
    if (value.length < MIN_MASKED_LENGTH) continue;
    for (const form of textForms(value)) forms.add(form);
    // `Basic base64(user:secret)`, docker's `auth` field, a Kubernetes secret: base64 after any prefix.
    for (const form of base64Forms(value)) forms.add(form);
  }
  return [...forms].filter((form) => form.length >= MIN_MASKED_LENGTH);
}

/** JSON string escapes (JavaScript's, Go's, ASCII-only, twice nested) and URL encodings. */
function textForms(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  // Go's encoding/json also escapes <, > and & (registries, Argo CD and Gitea are written in Go).
  const goJson = json.replace(/[<>&\u2028\u2029]/g, unicodeEscape);
  // Python's json.dumps and others write every non-ASCII character as \uXXXX.
  const asciiJson = goJson.replace(/[^\x20-\x7e]/g, unicodeEscape);
  const nestedJson = JSON.stringify(json).slice(1, -1);
  const url = encodeURIComponent(value);
  // Forms encode a space as + (application/x-www-form-urlencoded), Go's url.QueryEscape too.
  const form = url.replace(/%20/g, '+');
  const lowerHex = url.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
  return [value, json, goJson, asciiJson, nestedJson, url, form, lowerHex, encodeURI(value)];
}

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * base64 of the value after a prefix of any length (`user:` in a Basic header or docker `auth`):
 * for each of the three alignments, the characters that encode only the value's own bytes.
 * Standard and URL-safe alphabets; the one or two edge characters that mix in the prefix's or
 * the suffix's bits stay visible, and say nothing useful about the secret.
 */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms: string[] = [];
  for (let start = 0; start < 3; start++) {
    const whole = Math.floor((bytes.length - start) / 3) * 3;
    if (whole <= 0) continue;
    const core = bytes.subarray(start, start + whole).toString('base64');
    if (core.length < MIN_BASE64_LENGTH) continue;
    forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

/** Replaces every form in `text` by `***`, longest first so overlapping forms go whole. */
export function redact(text: string, forms: Iterable<string>): string {
  const ordered = [...forms].filter((form) => form.length >= MIN_MASKED_LENGTH).sort((a, b) => b.length - a.length);
  return redactOrdered(text, ordered);
}

function redactOrdered(text: string, ordered: readonly string[]): string {
  let result = text;
  for (const form of ordered) {
    if (result.includes(form)) result = result.split(form).join('***');
  }
  return result;
}

/** The forms of every secret registered so far, kept ordered longest first for `redact`. */
export class SecretRegistry {
  readonly #forms = new Set<string>();
  #ordered: string[] = [];

  /** Registers a secret; returns its forms that were not known yet (to hand to a runner's masker). */
  add(secret: string): string[] {
    const added = secretForms(secret).filter((form) => !this.#forms.has(form));
    if (!added.length) return [];
    for (const form of added) this.#forms.add(form);
    this.#ordered = [...this.#forms].sort((a, b) => b.length - a.length);
    return added;
  }

  redact(text: string): string {
    return redactOrdered(text, this.#ordered);
  }

  get forms(): ReadonlySet<string> {
    return this.#forms;
  }
}

/**
 * The secrets this process has seen, whoever read them. Core code that quotes a remote's answer
 * has no IO at hand (an error is built far from where it is printed), so it masks against this
 * registry; every `SecretValue` and every IO's `mask` feeds it.
 */
export const processSecrets = new SecretRegistry();

/**
 * Text a remote sent, made fit to quote: masked first, then cut to `max` characters, so a secret
 * the cut would straddle is already `***` (cutting first would leave its start readable).
 */
export function clipRemoteText(text: string, max: number): string {
  const masked = processSecrets.redact(text);
  return masked.length > max ? `${masked.slice(0, max - 1)}…` : masked;
}

/**
 * A URL as given by the user, fit to quote in an error even when it does not parse: any user
 * info (`user:token@`) in its authority becomes `***@`. A URL we reject as malformed is exactly
 * the one whose token no parser has picked out to mask.
 */
export function hideUserInfo(urlText: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(urlText)?.[0];
  if (!scheme) return urlText.includes('@') ? '***' : urlText;
  // The last @ anywhere: a token holding / or ? has not been encoded, or the URL would have parsed.
  const rest = urlText.slice(scheme.length);
  const at = rest.lastIndexOf('@');
  return at < 0 ? urlText : `${scheme}***${rest.slice(at)}`;
}
