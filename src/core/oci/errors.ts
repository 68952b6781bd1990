import { ActionFailure } from '../errors.js';
import type { HttpResponse } from '../http/request.js';
import type { RegistryCredential } from './credentials.js';
import { clipRemoteText } from '../secret-forms.js';

/** A registry answered, but not with what the operation needed. */
export class RegistryError extends ActionFailure {
  override readonly name = 'RegistryError';
  constructor(
    message: string,
    readonly status: number,
    /** The first distribution error code, e.g. `MANIFEST_INVALID`, `DENIED`. */
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface DistributionError {
  code?: unknown;
  message?: unknown;
  detail?: unknown;
}

const MAX_DETAIL = 300;

/** `MANIFEST_INVALID: manifest invalid (detail)` from a distribution error body, if it is one. */
export function describeErrorBody(body: Buffer): { code?: string; text?: string } {
  let errors: DistributionError[] | undefined;
  try {
    errors = (JSON.parse(body.toString('utf8')) as { errors?: DistributionError[] }).errors;
  } catch {
    const text = clipRemoteText(body.toString('utf8').trim(), MAX_DETAIL);
    return text && !/^\s*</.test(text) ? { text } : {};
  }
  if (!Array.isArray(errors) || errors.length === 0) return {};
  const parts = errors.slice(0, 3).map((error) => {
    const detail = error.detail === undefined || error.detail === null ? '' : ` (${clipRemoteText(JSON.stringify(error.detail), MAX_DETAIL)})`;
    return `${typeof error.code === 'string' ? error.code : 'ERROR'}: ${typeof error.message === 'string' ? error.message : ''}${detail}`;
  });
  const first = errors[0]?.code;
  return { code: typeof first === 'string' ? first : undefined, text: parts.join('; ') };
}

export interface FailureContext {
  /** `push manifest`, `upload blob sha256:…`: what we were doing, as a verb phrase. */
  operation: string;
  registry: string;
  repository: string;
  /** Set for 401/403, so the message says which credentials were refused. */
  credential?: RegistryCredential;
  access?: 'pull' | 'push';
}

export function registryFailure(context: FailureContext, response: HttpResponse): RegistryError {
  const { code, text } = describeErrorBody(response.body);
  const answer = `HTTP ${response.status}${text ? ` ${text}` : ''}`;
  const target = `${context.registry}/${context.repository}`;
  if (response.status === 401 || response.status === 403) {
    return new RegistryError(`Cannot ${context.operation} ${target}: ${context.registry} refused access (${answer}). ${authHint(context)}`, response.status, code);
  }
  return new RegistryError(`Cannot ${context.operation} ${target}: ${context.registry} answered ${answer}.`, response.status, code);
}

export function authHint(context: Pick<FailureContext, 'registry' | 'repository' | 'credential' | 'access'>): string {
  const access = context.access ?? 'pull';
  if (!context.credential) {
    return `No credentials were found for ${context.registry}: set the username and password inputs (or run docker login) for an account with ${access} access to ${context.repository}.`;
  }
  return `The credentials from ${context.credential.source} were refused or lack ${access} access to ${context.repository}: check the username and password inputs.`;
}
