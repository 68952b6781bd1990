import { ConfigurationError } from '../../errors.js';

/** What `{{…}}` expressions may refer to; a missing value expands to the empty string. */
export interface TemplateValues {
  [name: string]: string | undefined;
}

export interface TemplateOptions {
  /** The input the template came from, for the error message. */
  input: string;
  /** Time for `{{date 'FORMAT'}}`. */
  now?: Date;
  /** Time for `{{commit_date 'FORMAT'}}`. */
  commitTime?: Date;
}

const EXPRESSION = /\{\{\s*([^{}]*?)\s*\}\}/g;
const DATE_CALL = /^(date|commit_date)\s+'([^']*)'$/;
const DATE_TOKENS = /YYYY|YY|MM|DD|HH|mm|ss/g;

/**
 * Expands metadata-action style expressions (`{{branch}}`, `{{version}}`, `{{date 'YYYYMMDD'}}`)
 * against a closed set of names. An unknown name or a stray brace is the user's mistake, so it is
 * a ConfigurationError rather than silently becoming an empty tag.
 */
export function expandTemplate(template: string, values: TemplateValues, options: TemplateOptions): string {
  const expanded = template.replace(EXPRESSION, (whole, body: string) => {
    const date = DATE_CALL.exec(body);
    if (date) {
      const when = date[1] === 'date' ? options.now : options.commitTime;
      if (!when) throw new ConfigurationError(`"${whole}" needs a ${date[1] === 'date' ? 'clock' : 'commit time'}, and none is known here`, options.input);
      return formatDate(when, date[2]);
    }
    if (!Object.prototype.hasOwnProperty.call(values, body)) {
      const known = Object.keys(values).map((name) => `{{${name}}}`);
      throw new ConfigurationError(
        `unknown expression "${whole}" in "${template}"; known: ${[...known, "{{date 'FORMAT'}}", "{{commit_date 'FORMAT'}}"].join(', ')}`,
        options.input,
      );
    }
    return values[body] ?? '';
  });
  if (expanded.includes('{{') || expanded.includes('}}')) {
    throw new ConfigurationError(`unbalanced "{{" or "}}" in "${template}"`, options.input);
  }
  return expanded;
}

/** UTC only: a tag computed on runners in different time zones must not differ. */
function formatDate(when: Date, format: string): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const parts: Record<string, string> = {
    YYYY: pad(when.getUTCFullYear(), 4),
    YY: pad(when.getUTCFullYear() % 100),
    MM: pad(when.getUTCMonth() + 1),
    DD: pad(when.getUTCDate()),
    HH: pad(when.getUTCHours()),
    mm: pad(when.getUTCMinutes()),
    ss: pad(when.getUTCSeconds()),
  };
  return format.replace(DATE_TOKENS, (token) => parts[token]);
}
