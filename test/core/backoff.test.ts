import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/core/backoff.js';

describe('backoffDelay', () => {
  const policy = { baseDelayMs: 100, maxDelayMs: 1_000 };
  it.each([
    [1, 100],
    [2, 200],
    [4, 800],
    [5, 1_000],
    [9, 1_000],
  ])('bounds retry %i by %i ms, capped by the policy', (attempt, bound) => {
    expect(backoffDelay(attempt, policy, 'equal', () => 0)).toBe(bound / 2);
    expect(backoffDelay(attempt, policy, 'equal', () => 1)).toBe(bound);
    expect(backoffDelay(attempt, policy, 'full', () => 0)).toBe(0);
    expect(backoffDelay(attempt, policy, 'full', () => 1)).toBe(bound);
  });
});
