import { describe, expect, it } from 'vitest';
import { dotenvKey, dotenvLine, githubOutputBlock, tektonResultFileName } from '../../src/platform/output-formats.js';

describe('GitHub output blocks', () => {
  it('writes the heredoc syntax of $GITHUB_OUTPUT with the given delimiter', () => {
    expect(githubOutputBlock('tags', 'a\nb', 'ghadelimiter_X')).toBe('tags<<ghadelimiter_X\na\nb\nghadelimiter_X\n');
  });
  it('makes a fresh random delimiter per block', () => {
    const first = githubOutputBlock('a', '1');
    const second = githubOutputBlock('a', '1');
    expect(first).toMatch(/^a<<ghadelimiter_[0-9a-f-]{36}\n1\nghadelimiter_[0-9a-f-]{36}\n$/);
    expect(first).not.toBe(second);
  });
  it('refuses a value that holds the delimiter, so a value cannot inject outputs', () => {
    expect(() => githubOutputBlock('a', 'x\nD\ninjected=1', 'D')).toThrow(/delimiter/);
  });
});

describe('dotenv lines', () => {
  it.each([
    ['digest', 'sha256:abc', 'DIGEST=sha256:abc\n'],
    ['pull-request-url', 'https://x/y?a=b', 'PULL_REQUEST_URL=https://x/y?a=b\n'],
    ['empty', '', 'EMPTY=\n'],
    ['eq', 'a=b=c', 'EQ=a=b=c\n'],
    ['tags', 'a\nb', 'TAGS="a\\nb"\n'],
    ['quoted', 'say "hi"', 'QUOTED="say \\"hi\\""\n'],
    ['backslash', 'a\\nb', 'BACKSLASH="a\\\\nb"\n'],
    ['crlf', 'a\r\nb', 'CRLF="a\\r\\nb"\n'],
    ['space', ' lead', 'SPACE=" lead"\n'],
    ['trail', 'trail ', 'TRAIL="trail "\n'],
    ['hash', '#not-a-comment', 'HASH="#not-a-comment"\n'],
  ])('%s', (name, value, line) => {
    expect(dotenvLine(name, value)).toBe(line);
  });
  it('turns output names into variable names', () => {
    expect(dotenvKey('sync-status')).toBe('SYNC_STATUS');
    expect(dotenvKey('a.b-c')).toBe('A_B_C');
  });
});

describe('Tekton result files', () => {
  it('keeps output names as result names and rejects unusable ones', () => {
    expect(tektonResultFileName('pull-request-url')).toBe('pull-request-url');
    expect(() => tektonResultFileName('../x')).toThrow();
  });
});
