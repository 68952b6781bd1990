import { describe, expect, it } from 'vitest';
import { describeRemote, gitAuthEnvironment, parseRepositoryUrl } from '../../../src/core/git/auth.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { configurationErrorOf } from '../../configuration-error.js';

describe('git credentials', () => {
  it('scopes the header to the origin, clears persisted ones first, and keeps the runner\'s own config entries', () => {
    const io = new RecordingIO();
    const remote = parseRepositoryUrl('https://gitlab.example:8443/group/sub/config.git', 'repository');
    const env = gitAuthEnvironment(remote, { token: 'glpat-secret-value', username: 'oauth2' }, io, {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'safe.directory',
      GIT_CONFIG_VALUE_0: '*',
    });
    const encoded = Buffer.from('oauth2:glpat-secret-value').toString('base64');
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_1: 'http.https://gitlab.example:8443/.extraheader',
      GIT_CONFIG_VALUE_1: '',
      GIT_CONFIG_KEY_2: 'http.https://gitlab.example:8443/.extraheader',
      GIT_CONFIG_VALUE_2: `Authorization: Basic ${encoded}`,
    });
    expect([...io.secrets]).toEqual(expect.arrayContaining(['glpat-secret-value', encoded, `Basic ${encoded}`, 'oauth2:glpat-secret-value']));
  });

  it('gives no header without a token, and none to an ssh remote', () => {
    const io = new RecordingIO();
    expect(gitAuthEnvironment(parseRepositoryUrl('https://h/o/r.git', 'repository'), undefined, io, {})).toEqual({});
    expect(gitAuthEnvironment(parseRepositoryUrl('git@github.com:o/r.git', 'repository'), { token: 'tok-abc' }, io, {})).toEqual({});
    expect(io.text('warning')).toContain("reached with the runner's own git/ssh setup");
  });

  it('refuses URLs with credentials without echoing them, and strips them from remotes it did not choose', () => {
    expect(() => parseRepositoryUrl('https://x-access-token:ghp_leak123@github.com/o/r.git', 'repository')).toThrow(
      /^Input "repository": must not contain credentials; give the token in the "token" input/,
    );
    expect(configurationErrorOf(() => parseRepositoryUrl('https://ghp_leak123@github.com/o/r.git', 'repository')).message).not.toContain('ghp_leak123');
    expect(() => parseRepositoryUrl('ftp://h/r.git', 'repository')).toThrow('got a ftp: URL');
    expect(() => parseRepositoryUrl('not a url', 'repository')).toThrow('expected an https://');
    expect(describeRemote('https://user:pw@h.example/o/r.git')).toEqual({
      url: 'https://user:pw@h.example/o/r.git',
      display: 'https://h.example/o/r.git',
      httpOrigin: 'https://h.example/',
    });
  });
});
