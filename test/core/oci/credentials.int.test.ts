import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.js';
import { defaultCredentialSource, githubTokenCredentials, inputCredentials } from '../../../src/core/oci/credentials.js';
import { dockerConfigCredentials } from '../../../src/core/oci/docker-config.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { makeTempDir, removeDir } from '../../harness/index.js';

let tmp: string;
let helperDir: string;
beforeAll(async () => {
  tmp = await makeTempDir('oci-credentials');
  helperDir = path.join(tmp, 'bin');
  await mkdir(helperDir);
  // A real credential helper speaking the docker-credential protocol: server URL on stdin, JSON out.
  const helper = [
    '#!/bin/sh',
    '[ "$1" = get ] || exit 1',
    'read -r server',
    'echo "$server" >> "$(dirname "$0")/asked"',
    'case "$server" in',
    '  helper.example) echo \'{"ServerURL":"helper.example","Username":"helper-user","Secret":"helper-secret"}\' ;;',
    '  https://index.docker.io/v1/) echo \'{"ServerURL":"x","Username":"<token>","Secret":"hub-identity-token"}\' ;;',
    '  *) echo "credentials not found in native keychain"; exit 1 ;;',
    'esac',
    '',
  ].join('\n');
  await writeFile(path.join(helperDir, 'docker-credential-fake'), helper);
  await chmod(path.join(helperDir, 'docker-credential-fake'), 0o755);
});
afterAll(async () => {
  if (tmp) await removeDir(tmp);
});

async function configDir(name: string, config: object): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

const env = (dockerConfig: string): NodeJS.ProcessEnv => ({ DOCKER_CONFIG: dockerConfig, PATH: `${helperDir}:${process.env.PATH}` });

describe('docker config credentials', () => {
  it('reads auths (base64 auth, username/password, identitytoken) under any key spelling, and masks them', async () => {
    const dir = await configDir('auths', {
      auths: {
        'https://registry.example/v2/': { auth: Buffer.from('alice:s3cret:with:colons').toString('base64') },
        'plain.example:5000': { username: 'bob', password: 'bob-password' },
        'https://index.docker.io/v1/': { identitytoken: 'refresh-token-value' },
        'empty.example': {},
      },
    });
    const io = new RecordingIO();
    const source = dockerConfigCredentials({ env: env(dir), io });
    expect(await source.forRegistry('registry.example')).toEqual({ username: 'alice', password: 's3cret:with:colons', source: `the docker config ${dir}/config.json` });
    expect(await source.forRegistry('plain.example:5000')).toMatchObject({ username: 'bob', password: 'bob-password' });
    expect(await source.forRegistry('docker.io')).toMatchObject({ identityToken: 'refresh-token-value' });
    expect(await source.forRegistry('empty.example')).toBeUndefined();
    expect(await source.forRegistry('unknown.example')).toBeUndefined();
    for (const secret of ['s3cret:with:colons', 'bob-password', 'refresh-token-value']) expect(io.secrets.has(secret)).toBe(true);
  });

  it('prefers the login for the whole host over one scoped to another repository, whatever the key order', async () => {
    const dir = await configDir('scoped', {
      auths: {
        'ghcr.io/other-org': { username: 'other-org-bot', password: 'other-org-password' },
        'https://ghcr.io': { username: 'host-user', password: 'host-password' },
        'quay.io/only-scoped': { username: 'scoped-user', password: 'scoped-password' },
      },
    });
    const source = dockerConfigCredentials({ env: env(dir), io: new RecordingIO() });
    expect(await source.forRegistry('ghcr.io')).toMatchObject({ username: 'host-user', password: 'host-password' });
    // Nothing better for that host: the scoped login is still the registry's own.
    expect(await source.forRegistry('quay.io')).toMatchObject({ username: 'scoped-user' });
  });

  it('runs credHelpers and credsStore through docker-credential-<name>', async () => {
    const dir = await configDir('helpers', {
      credHelpers: { 'helper.example': 'fake', 'missing.example': 'fake' },
      credsStore: 'fake',
      auths: { 'https://index.docker.io/v1/': {} },
    });
    const io = new RecordingIO();
    const source = dockerConfigCredentials({ env: env(dir), io });
    expect(await source.forRegistry('helper.example')).toEqual({ username: 'helper-user', password: 'helper-secret', source: 'the docker credential helper docker-credential-fake' });
    expect(await source.forRegistry('helper.example')).toMatchObject({ username: 'helper-user' }); // cached: asked once
    expect(await source.forRegistry('missing.example')).toBeUndefined();
    expect(await source.forRegistry('docker.io')).toMatchObject({ identityToken: 'hub-identity-token' });
    expect(io.secrets.has('helper-secret')).toBe(true);
    expect((await readFile(path.join(helperDir, 'asked'), 'utf8')).trim().split('\n')).toEqual(['helper.example', 'missing.example', 'https://index.docker.io/v1/']);
  });

  it('names the file, not its content, when the config is broken', async () => {
    const dir = path.join(tmp, 'broken');
    await mkdir(dir);
    await writeFile(path.join(dir, 'config.json'), '{"auths": {"x": {"auth": "c2VjcmV0"}');
    await expect(dockerConfigCredentials({ env: env(dir), io: new RecordingIO() }).forRegistry('x')).rejects.toThrow(
      `The registry credentials file ${dir}/config.json is not valid JSON.`,
    );
  });
});

describe('credential sources', () => {
  it('prefers the inputs, then the docker config, then GITHUB_TOKEN for ghcr.io only', async () => {
    const dir = await configDir('chain', { auths: { 'ghcr.io': { username: 'config-user', password: 'config-password' } } });
    const io = new RecordingIO();
    const withInputs = defaultCredentialSource({ username: 'input-user', password: 'input-password', registries: ['ghcr.io'], io, env: { ...env(dir), GITHUB_TOKEN: 'ghs_token' } });
    expect(await withInputs.forRegistry('ghcr.io')).toMatchObject({ username: 'input-user', source: 'the username and password inputs' });
    const noInputs = defaultCredentialSource({ io, env: { ...env(path.join(tmp, 'none')), GITHUB_TOKEN: 'ghs_token', GITHUB_ACTOR: 'octocat' } });
    expect(await noInputs.forRegistry('ghcr.io')).toEqual({ username: 'octocat', password: 'ghs_token', source: 'GITHUB_TOKEN' });
    expect(await noInputs.forRegistry('quay.io')).toBeUndefined();
    const fromConfig = defaultCredentialSource({ io, env: { ...env(dir), GITHUB_TOKEN: 'ghs_token' } });
    expect(await fromConfig.forRegistry('ghcr.io')).toMatchObject({ username: 'config-user' });
    expect(io.secrets.has('input-password')).toBe(true);
    expect(io.secrets.has('ghs_token')).toBe(true);
    expect(await githubTokenCredentials({}, io).forRegistry('ghcr.io')).toBeUndefined();
  });

  it('wants a password with a username; a password alone is a token: the actor\'s for ghcr.io, a bearer token elsewhere', async () => {
    const io = new RecordingIO();
    expect(() => inputCredentials({ username: 'u' }, io)).toThrow(new ConfigurationError('is required when the username input is set', 'password'));
    const tokenOnly = inputCredentials({ password: 'token-value' }, io, { GITHUB_ACTOR: 'octocat' });
    expect(await tokenOnly.forRegistry('ghcr.io')).toEqual({ username: 'octocat', password: 'token-value', source: 'the password input' });
    expect(await tokenOnly.forRegistry('registry.example')).toMatchObject({ registryToken: 'token-value' });
    expect(await inputCredentials({ password: 'token-value' }, io).forRegistry('ghcr.io')).toMatchObject({ username: 'github-actions' });
    expect(io.secrets.has('token-value')).toBe(true);
  });
});

describe('repository-scoped logins', () => {
  it('picks the most specific <registry>/<repository> entry, as docker, skopeo and go-containerregistry do', async () => {
    const dir = await configDir('most-specific', {
      auths: {
        'registry.example/other': { username: 'other-bot', password: 'other-password' },
        'registry.example/robot': { username: 'robot-bot', password: 'robot-password' },
        'registry.example/robot/app': { username: 'app-bot', password: 'app-password' },
        'https://registry.example': { username: 'host-user', password: 'host-password' },
        'scoped.example/team': { username: 'team-bot', password: 'team-password' },
      },
    });
    const source = dockerConfigCredentials({ env: env(dir), io: new RecordingIO() });
    expect(await source.forRegistry('registry.example', 'robot/app')).toMatchObject({ username: 'app-bot' });
    expect(await source.forRegistry('registry.example', 'robot/app-two')).toMatchObject({ username: 'robot-bot' });
    expect(await source.forRegistry('registry.example', 'robot')).toMatchObject({ username: 'robot-bot' });
    expect(await source.forRegistry('registry.example', 'other/x')).toMatchObject({ username: 'other-bot' });
    expect(await source.forRegistry('registry.example', 'robotics/x')).toMatchObject({ username: 'host-user' });
    expect(await source.forRegistry('scoped.example', 'team/app')).toMatchObject({ username: 'team-bot' });
    // A login scoped to another repository is never sent for this one.
    expect(await source.forRegistry('scoped.example', 'elsewhere/app')).toBeUndefined();
  });
});

describe('the docker-config input', () => {
  it('reads the file it names, not the config.json beside it, and refuses a file without the registry', async () => {
    const dir = await configDir('named-file', { auths: { 'registry.example': { username: 'beside-user', password: 'beside-password' } } });
    const named = path.join(dir, 'auth.json');
    await writeFile(named, JSON.stringify({ auths: { 'registry.example/team': { username: 'named-user', password: 'named-password' } } }));
    const source = defaultCredentialSource({ io: new RecordingIO(), env: env(dir), dockerConfigFile: named });
    expect(await source.forRegistry('registry.example', 'team/app')).toMatchObject({ username: 'named-user', source: `the docker config ${named}` });
    const missing = source.forRegistry('other.example', 'team/app');
    await expect(missing).rejects.toBeInstanceOf(ConfigurationError);
    await expect(missing).rejects.toMatchObject({ input: 'docker-config', message: expect.stringContaining(`"${named}" holds no credentials for other.example/team/app`) });
    await expect(source.forRegistry('registry.example', 'elsewhere/app')).rejects.toMatchObject({ input: 'docker-config' });
  });
});

describe('CI variables and the workflow token', () => {
  const harbor = { HARBOR_HOST: 'https://harbor.example.com/', HARBOR_USERNAME: 'robot$ci', HARBOR_PASSWORD: 'harbor-secret' };
  const gitlab = { CI_REGISTRY: 'registry.gitlab.example', CI_REGISTRY_USER: 'gitlab-ci-token', CI_REGISTRY_PASSWORD: 'job-token' };

  it('uses HARBOR_* and CI_REGISTRY_* each only for its own host, after the inputs and before a docker login', async () => {
    const dir = await configDir('ci-vars', { auths: { 'harbor.example.com': { username: 'config-user', password: 'config-password' } } });
    const io = new RecordingIO();
    const source = defaultCredentialSource({ io, env: { ...env(dir), ...harbor, ...gitlab } });
    expect(await source.forRegistry('harbor.example.com', 'team/app')).toEqual({ username: 'robot$ci', password: 'harbor-secret', source: 'HARBOR_USERNAME/HARBOR_PASSWORD' });
    expect(await source.forRegistry('registry.gitlab.example', 'group/app')).toMatchObject({ username: 'gitlab-ci-token', source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD' });
    expect(await source.forRegistry('quay.io', 'team/app')).toBeUndefined();
    const withInputs = defaultCredentialSource({ username: 'input-user', password: 'input-password', registries: ['harbor.example.com'], io, env: { ...env(dir), ...harbor } });
    expect(await withInputs.forRegistry('harbor.example.com', 'team/app')).toMatchObject({ username: 'input-user' });
    expect(io.secrets.has('harbor-secret')).toBe(true);
    expect(io.secrets.has('job-token')).toBe(true);
  });

  it('gives ghcr.io the github-token input last, as the actor, and to no other registry', async () => {
    const io = new RecordingIO();
    const none = path.join(tmp, 'no-config');
    const source = defaultCredentialSource({ io, env: { ...env(none), GITHUB_ACTOR: 'octocat' }, githubToken: 'ghs_workflow' });
    expect(await source.forRegistry('ghcr.io', 'org/app')).toEqual({ username: 'octocat', password: 'ghs_workflow', source: 'the github-token input' });
    expect(await source.forRegistry('quay.io', 'org/app')).toBeUndefined();
    const dir = await configDir('ghcr-login', { auths: { 'ghcr.io': { username: 'pat-user', password: 'pat-token' } } });
    const loggedIn = defaultCredentialSource({ io, env: env(dir), githubToken: 'ghs_workflow' });
    expect(await loggedIn.forRegistry('ghcr.io', 'org/app')).toMatchObject({ username: 'pat-user' });
    expect(io.secrets.has('ghs_workflow')).toBe(true);
  });
});
