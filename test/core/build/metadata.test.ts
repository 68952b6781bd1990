import { describe, expect, it } from 'vitest';
import type { CiContext } from '../../../src/core/context.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { DEFAULT_FLAVOR, parseFlavor } from '../../../src/core/build/metadata/flavor.js';
import { ociLabels } from '../../../src/core/build/metadata/labels.js';
import { DEFAULT_TAG_RULES, parseTagRules } from '../../../src/core/build/metadata/tag-rules.js';
import { computeTags } from '../../../src/core/build/metadata/tags.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const NOW = new Date('2026-03-04T05:06:07Z');
const branch: CiContext = { provider: 'github', sha: SHA, ref: 'refs/heads/feature/Login', refType: 'branch', branch: 'feature/Login', defaultBranch: 'main' };
const main: CiContext = { ...branch, ref: 'refs/heads/main', branch: 'main' };
const tag = (name: string): CiContext => ({ provider: 'github', sha: SHA, ref: `refs/tags/${name}`, refType: 'tag', tag: name });
const pr: CiContext = { provider: 'gitlab', sha: SHA, refType: 'pull-request', pullRequest: 42, branch: 'fix' };

function tags(lines: readonly string[], context: CiContext, flavor: readonly string[] = []) {
  return computeTags({ rules: parseTagRules(lines), flavor: parseFlavor(flavor), context, now: NOW });
}

describe('computeTags', () => {
  it.each<[string, readonly string[], CiContext, readonly string[], string[]]>([
    ['defaults: full SHA and sha-7', DEFAULT_TAG_RULES, branch, [], [SHA, 'sha-0123456']],
    ['branch, sanitised', ['type=ref,event=branch'], branch, [], ['feature-Login']],
    ['branch rule on a tag gives nothing', ['type=ref,event=branch', 'type=sha'], tag('v1.0.0'), ['latest=false'], ['sha-0123456']],
    ['git tag: latest=auto adds latest', ['type=ref,event=tag'], tag('v1.2.3'), [], ['v1.2.3', 'latest']],
    ['pull request', ['type=ref,event=pr'], pr, [], ['pr-42']],
    [
      'semver patterns, highest priority first',
      ['type=sha', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{version}}'],
      tag('v1.2.3'),
      [],
      ['1.2', '1.2.3', 'sha-0123456', 'latest'],
    ],
    ['semver pre-release only gets its version, no latest', ['type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{version}}'], tag('v2.0.0-rc.1'), [], ['2.0.0-rc.1']],
    ['0.x: a bare {{major}} gives nothing', ['type=semver,pattern={{major}}', 'type=semver,pattern={{major}}.{{minor}}'], tag('v0.4.1'), [], ['0.4', 'latest']],
    ['semver from value on a branch', ['type=semver,pattern={{version}},value=3.1.4'], branch, [], ['3.1.4', 'latest']],
    ['raw with expressions', ['type=raw,value={{branch}}-{{sha}}', 'stable'], branch, [], ['feature-Login-0123456', 'stable']],
    ['enable on the default branch', ['type=raw,value=edge,enable={{is_default_branch}}', 'type=sha'], main, [], ['edge', 'sha-0123456']],
    ['enable off elsewhere', ['type=raw,value=edge,enable={{is_default_branch}}', 'type=sha'], branch, [], ['sha-0123456']],
    ['flavor prefix/suffix, rule prefix wins', ['type=ref,event=tag', 'type=sha'], tag('v1'), ['prefix=app-', 'suffix=-alpine,onlatest=true'], ['app-v1-alpine', 'sha-0123456-alpine', 'latest-alpine']],
    ['latest=true always', ['type=sha'], branch, ['latest=true'], ['sha-0123456', 'latest']],
    ['priority reorders', ['type=sha', 'type=raw,value=first,priority=2000'], branch, [], ['first', 'sha-0123456']],
    ['date expression', ["type=raw,value=nightly-{{date 'YYYYMMDD'}}"], branch, [], ['nightly-20260304']],
    ['duplicates collapse', ['type=raw,value=x', 'x'], branch, [], ['x']],
    // metadata-action: the highest-priority tag decides latest=auto, so an rc stays off latest.
    ['pre-release semver outranks the git tag rule: no latest', ['type=ref,event=tag', 'type=semver,pattern={{version}}'], tag('v2.0.0-rc.1'), [], ['2.0.0-rc.1', 'v2.0.0-rc.1']],
    ['a higher-priority raw tag keeps latest off', ['type=semver,pattern={{version}}', 'type=raw,value=release,priority=1000'], tag('v1.2.3'), [], ['release', '1.2.3']],
    ['no tag at all: no latest either', ['type=sha'], { provider: 'generic' }, ['latest=true'], []],
    ['{{raw}} keeps the pre-release as tagged', ['type=semver,pattern={{raw}}'], tag('v2.0.0-rc.1'), [], ['v2.0.0-rc.1']],
    ['a pattern merely containing {{raw}} falls back to {{version}} on a pre-release', ['type=semver,pattern=v{{raw}}'], tag('v2.0.0-rc.1'), [], ['2.0.0-rc.1']],
  ])('%s', (_name, lines, context, flavor, expected) => {
    expect(tags(lines, context, flavor).tags).toEqual(expected);
  });

  it('names the commit tag (long SHA preferred) and the version', () => {
    const result = tags(['type=ref,event=branch', 'type=sha', 'type=sha,format=long,prefix='], branch);
    expect(result.commitTag).toBe(SHA);
    expect(result.version).toBe('feature-Login');
    expect(tags(['type=ref,event=branch'], branch).commitTag).toBeUndefined();
  });

  it('notes a tag that is not semver instead of failing', () => {
    const result = tags(['type=semver,pattern={{version}}', 'type=sha'], tag('release-7'));
    expect(result.tags).toEqual(['sha-0123456']);
    expect(result.notes.join()).toContain('release-7');
  });

  it('gives no SHA tags without a commit SHA', () => {
    expect(tags(DEFAULT_TAG_RULES, { provider: 'generic' }).tags).toEqual([]);
  });

  it.each([
    ['type=raw,value=has space'],
    ['type=raw,value=-leading'],
    ['type=raw,value={{nope}}'],
    ['type=raw,value={{branch'],
    ['type=raw,value=x,enable=maybe'],
    [`type=raw,value=${'a'.repeat(129)}`],
  ])('refuses %s as an input error naming tags', (line) => {
    const error = (() => {
      try {
        tags([line], branch);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe('tags');
  });
});

describe('parseTagRules', () => {
  it.each([
    ['type=ref'],
    ['type=ref,event=push'],
    ['type=semver'],
    ['type=sha,format=medium'],
    ['type=raw'],
    ['type=edge'],
    ['type=bogus'],
    ['type=sha,pattern=x'],
    ['type=raw,value=a,value=b'],
    ['type=raw,value=a,priority=high'],
    ['=x'],
  ])('refuses %s', (line) => {
    expect(() => parseTagRules([line])).toThrow(/Input "tags"/);
  });

  it('keeps commas inside expressions', () => {
    expect(parseTagRules(["type=raw,value={{date 'YYYY,MM'}}"])[0].value).toBe("{{date 'YYYY,MM'}}");
  });
});

describe('parseFlavor', () => {
  it('reads every key and refuses unknown ones', () => {
    expect(parseFlavor([])).toEqual(DEFAULT_FLAVOR);
    expect(parseFlavor(['latest=false', 'prefix=p-,onlatest=true', 'suffix=-s'])).toEqual({
      latest: 'false',
      prefix: 'p-',
      prefixOnLatest: true,
      suffix: '-s',
      suffixOnLatest: false,
    });
    expect(() => parseFlavor(['latest=sometimes'])).toThrow(/Input "flavor"/);
    expect(() => parseFlavor(['colour=blue'])).toThrow(/Input "flavor"/);
    expect(() => parseFlavor(['prefix=a,onlatest=yes'])).toThrow(/Input "flavor"/);
  });
});

describe('ociLabels', () => {
  const context: CiContext = { ...branch, repository: 'org/app', repositoryUrl: 'https://github.com/org/app' };

  it('writes the OCI keys, sorted, with user labels winning', () => {
    const labels = ociLabels({ context, repository: 'ghcr.io/org/app', version: 'v1', now: NOW, userLabels: new Map([['org.opencontainers.image.title', 'Custom'], ['team', 'core']]) });
    expect([...labels]).toEqual([
      ['org.opencontainers.image.created', '2026-03-04T05:06:07.000Z'],
      ['org.opencontainers.image.revision', SHA],
      ['org.opencontainers.image.source', 'https://github.com/org/app'],
      ['org.opencontainers.image.title', 'Custom'],
      ['org.opencontainers.image.url', 'https://github.com/org/app'],
      ['org.opencontainers.image.version', 'v1'],
      ['team', 'core'],
    ]);
  });

  it('takes created from the commit time when known, and omits what is unknown', () => {
    const labels = ociLabels({ context: { provider: 'generic', commitTime: '2025-01-02T03:04:05+01:00' }, repository: 'r.example/team/svc', now: NOW });
    expect(Object.fromEntries(labels)).toEqual({
      'org.opencontainers.image.created': '2025-01-02T02:04:05.000Z',
      'org.opencontainers.image.title': 'svc',
    });
  });
});
