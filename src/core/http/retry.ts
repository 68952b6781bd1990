import { setTimeout as pause } from 'node:timers/promises';
import { backoffDelay, type BackoffPolicy } from '../backoff.js';
import { describeConnectionError, HttpConnectionError } from './errors.js';
import { header, send, type HttpRequest, type HttpResponse } from './request.js';

export interface RetryPolicy extends BackoffPolicy {
  /** Total attempts, the first included. */
  attempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000 };

const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

export function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUSES.has(status);
}

/** `Retry-After` in seconds or as an HTTP date, capped by the policy; undefined when absent. */
export function retryAfterDelay(response: HttpResponse, policy: RetryPolicy, now = Date.now()): number | undefined {
  const value = header(response.headers, 'retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  const delay = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  return Number.isFinite(delay) ? Math.min(Math.max(delay, 0), policy.maxDelayMs) : undefined;
}

export interface RetryHooks {
  onRetry?: (attempt: number, reason: string, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Sends a request, retrying dropped connections and transient statuses (429 honouring
 * `Retry-After`, 5xx) within the policy's budget. The last answer or error is returned or thrown.
 */
export async function sendWithRetries(request: HttpRequest, policy: RetryPolicy = DEFAULT_RETRY_POLICY, hooks: RetryHooks = {}): Promise<HttpResponse> {
  // The wait between attempts ends early when the caller gives up, so a cancelled job stops at once.
  const wait = async (ms: number) => {
    try {
      await (hooks.sleep ? hooks.sleep(ms) : pause(ms, undefined, { signal: request.signal }));
    } catch (error) {
      throw describeConnectionError(request.signal?.aborted ? request.signal.reason : error, request.url);
    }
  };
  for (let attempt = 1; ; attempt++) {
    let response: HttpResponse;
    try {
      response = await send(request);
    } catch (error) {
      const transient = error instanceof HttpConnectionError && error.transient;
      if (!transient || attempt >= policy.attempts || request.signal?.aborted) throw error;
      const delay = backoffDelay(attempt, policy);
      hooks.onRetry?.(attempt, (error as Error).message, delay);
      await wait(delay);
      continue;
    }
    if (!isTransientStatus(response.status) || attempt >= policy.attempts) return response;
    const delay = retryAfterDelay(response, policy) ?? backoffDelay(attempt, policy);
    hooks.onRetry?.(attempt, `HTTP ${response.status}`, delay);
    await wait(delay);
  }
}
