import { describe, expect, it } from 'vitest';
import { dotenvKey, dotenvLine, githubOutputBlock, isDotenvPrefix, tektonResultFileName } from '../../src/platform/output-formats.js';

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

describe('dotenv lines, in the single-line form GitLab reads', () => {
  it.each([
    ['digest', 'sha256:abc', 'DIGEST=sha256:abc\n'],
    ['pull-request-url', 'https://x/y?a=b', 'PULL_REQUEST_URL=https://x/y?a=b\n'],
    ['empty', '', 'EMPTY=\n'],
    ['eq', 'a=b=c', 'EQ=a=b=c\n'],
    // GitLab keeps quotes literally: a quoted value would reach the next job with its quotes.
    ['quoted', 'say "hi"', 'QUOTED=say "hi"\n'],
    ['backslash', 'a\\nb', 'BACKSLASH=a\\nb\n'],
    // GitLab trims edge whitespace itself; writing it trimmed says what the next job gets.
    ['space', ' lead and trail ', 'SPACE=lead and trail\n'],
    ['hash', '#not-a-comment', 'HASH=#not-a-comment\n'],
    // Lists (tags, files) become comma-separated, which every list input accepts.
    ['tags', 'r/a:1\nr/a:2\n', 'TAGS=r/a:1,r/a:2\n'],
    ['crlf', 'a\r\n\r\nb', 'CRLF=a,b\n'],
    ['metadata', '{\n  "image": "r/a",\n  "tags": ["1", "2"]\n}', 'METADATA={"image":"r/a","tags":["1","2"]}\n'],
    ['brackets', '[not json\nx', 'BRACKETS=[not json,x\n'],
  ])('%s', (name, value, line) => {
    expect(dotenvLine(name, value)).toBe(line);
  });
  it('turns output names into variable names, after the prefix', () => {
    expect(dotenvKey('sync-status')).toBe('SYNC_STATUS');
    expect(dotenvKey('a.b-c')).toBe('A_B_C');
    expect(dotenvLine('digest', 'sha256:abc', 'BUILD_')).toBe('BUILD_DIGEST=sha256:abc\n');
  });
  it.each([
    ['BUILD_', true],
    ['_x9', true],
    ['9X', false],
    ['A-B', false],
    ['', true],
  ])('prefix %j is valid: %s', (prefix, valid) => {
    expect(isDotenvPrefix(prefix)).toBe(valid);
  });
});

describe('Tekton result files', () => {
  it('keeps output names as result names and rejects unusable ones', () => {
    expect(tektonResultFileName('pull-request-url')).toBe('pull-request-url');
    expect(() => tektonResultFileName('../x')).toThrow();
  });
});
