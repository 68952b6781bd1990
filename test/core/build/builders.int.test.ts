import { describe, expect, it } from 'vitest';
import { buildahCommands, buildahPushTag, dockerCommands, kanikoCommands } from '../../../src/core/build/builders/index.js';
import type { BuildPlan } from '../../../src/core/build/plan.js';
import { detectBuilder, type Probe } from '../../../src/core/build/detect-builder.js';
import { createProbe } from '../../../src/core/build/detect-builder.js';

const plan: BuildPlan = {
  contextDir: '/ws/app',
  dockerfile: '/ws/app/Dockerfile',
  repository: 'reg.example/team/app',
  tags: ['abc', 'latest'],
  labels: new Map([['org.opencontainers.image.revision', 'abc']]),
  buildArgs: new Map([['VERSION', '1.0']]),
  secrets: [],
  platforms: [],
  cacheFrom: [],
  cacheTo: [],
  push: true,
  tlsVerify: true,
  files: { digest: '/tmp/w/digest', imageId: '/tmp/w/iid', metadata: '/tmp/w/metadata.json' },
};
const auth = { authFile: '/tmp/w/auth.json', dockerConfigDir: '/tmp/w/docker-config' };

describe('docker buildx argv', () => {
  it.each<[string, Partial<BuildPlan>, string[], Record<string, string>]>([
    [
      'defaults',
      {},
      ['buildx', 'build', '--file', '/ws/app/Dockerfile', '--iidfile', '/tmp/w/iid', '--metadata-file', '/tmp/w/metadata.json',
        '--build-arg', 'VERSION=1.0', '--label', 'org.opencontainers.image.revision=abc',
        '--tag', 'reg.example/team/app:abc', '--tag', 'reg.example/team/app:latest', '--push', '/ws/app'],
      {},
    ],
    [
      'everything',
      {
        target: 'runtime',
        platforms: ['linux/amd64', 'linux/arm64'],
        secrets: [{ id: 'npm', file: '/tmp/w/secrets/secret-0' }],
        cacheFrom: ['type=registry,ref=reg.example/team/app:cache'],
        cacheTo: ['type=registry,ref=reg.example/team/app:cache,mode=max'],
        auth: { ...auth, buildxConfigDir: '/home/u/.docker/buildx' },
        tags: ['abc'],
      },
      ['buildx', 'build', '--file', '/ws/app/Dockerfile', '--iidfile', '/tmp/w/iid', '--metadata-file', '/tmp/w/metadata.json',
        '--target', 'runtime', '--platform', 'linux/amd64,linux/arm64', '--build-arg', 'VERSION=1.0',
        '--secret', 'id=npm,src=/tmp/w/secrets/secret-0', '--label', 'org.opencontainers.image.revision=abc',
        '--cache-from', 'type=registry,ref=reg.example/team/app:cache', '--cache-to', 'type=registry,ref=reg.example/team/app:cache,mode=max',
        '--tag', 'reg.example/team/app:abc', '--push', '/ws/app'],
      { DOCKER_CONFIG: '/tmp/w/docker-config', BUILDX_CONFIG: '/home/u/.docker/buildx' },
    ],
    [
      'insecure registry: an image output allowing it',
      { tlsVerify: false },
      ['buildx', 'build', '--file', '/ws/app/Dockerfile', '--iidfile', '/tmp/w/iid', '--metadata-file', '/tmp/w/metadata.json',
        '--build-arg', 'VERSION=1.0', '--label', 'org.opencontainers.image.revision=abc',
        '--tag', 'reg.example/team/app:abc', '--tag', 'reg.example/team/app:latest',
        '--output', 'type=image,"name=reg.example/team/app:abc,reg.example/team/app:latest",push=true,registry.insecure=true', '/ws/app'],
      {},
    ],
    [
      'no push',
      { push: false, buildArgs: new Map(), labels: new Map() },
      ['buildx', 'build', '--file', '/ws/app/Dockerfile', '--iidfile', '/tmp/w/iid', '--metadata-file', '/tmp/w/metadata.json',
        '--tag', 'reg.example/team/app:abc', '--tag', 'reg.example/team/app:latest', '/ws/app'],
      {},
    ],
  ])('%s', (_name, change, args, env) => {
    const commands = dockerCommands({ ...plan, ...change });
    expect(commands.build).toEqual({ program: 'docker', args, env });
    expect(commands.push).toEqual([]);
    expect(commands.pushesAllTags).toBe(change.push ?? true);
  });
});

describe('kaniko argv', () => {
  it.each<[string, Partial<BuildPlan>, string[]]>([
    [
      'defaults',
      {},
      ['--dockerfile', '/ws/app/Dockerfile', '--context', 'dir:///ws/app', '--build-arg', 'VERSION=1.0',
        '--label', 'org.opencontainers.image.revision=abc',
        '--destination', 'reg.example/team/app:abc', '--destination', 'reg.example/team/app:latest',
        '--digest-file', '/tmp/w/digest', '--push-retry', '3'],
    ],
    [
      'target, platform, registry cache, insecure, CA',
      {
        target: 'runtime',
        platforms: ['linux/arm64'],
        cacheTo: ['type=registry,ref=reg.example/team/cache:x,mode=max'],
        cacheFrom: ['reg.example/team/cache'],
        tlsVerify: false,
        certDir: '/certs',
        tags: ['abc'],
        buildArgs: new Map(),
        labels: new Map(),
      },
      ['--dockerfile', '/ws/app/Dockerfile', '--context', 'dir:///ws/app', '--target', 'runtime', '--custom-platform', 'linux/arm64',
        '--cache=true', '--cache-repo', 'reg.example/team/cache', '--destination', 'reg.example/team/app:abc',
        '--digest-file', '/tmp/w/digest', '--push-retry', '3',
        '--insecure', '--skip-tls-verify', '--insecure-pull', '--skip-tls-verify-pull',
        '--registry-certificate', 'reg.example=/certs/ca.crt'],
    ],
    [
      'a private CA, TLS verified: the CA for the image registry, no insecure flag',
      { certDir: '/tmp/w/certs', tags: ['abc'], buildArgs: new Map(), labels: new Map() },
      ['--dockerfile', '/ws/app/Dockerfile', '--context', 'dir:///ws/app', '--destination', 'reg.example/team/app:abc',
        '--digest-file', '/tmp/w/digest', '--push-retry', '3', '--registry-certificate', 'reg.example=/tmp/w/certs/ca.crt'],
    ],
    [
      'no push',
      { push: false, buildArgs: new Map(), labels: new Map(), tags: ['abc'] },
      ['--dockerfile', '/ws/app/Dockerfile', '--context', 'dir:///ws/app', '--destination', 'reg.example/team/app:abc', '--no-push'],
    ],
  ])('%s', (_name, change, args) => {
    expect(kanikoCommands({ ...plan, ...change }).build).toEqual({ program: '/kaniko/executor', args, env: {} });
  });

  it('passes credentials through DOCKER_CONFIG', () => {
    expect(kanikoCommands({ ...plan, auth }).build.env).toEqual({ DOCKER_CONFIG: '/tmp/w/docker-config' });
  });

  it.each<[string, Partial<BuildPlan>, RegExp]>([
    ['secrets (no mounts: a build-arg would keep them in history)', { secrets: [{ id: 'npm', file: '/x' }] }, /Input "secrets": kaniko cannot mount/],
    ['several platforms', { platforms: ['linux/amd64', 'linux/arm64'] }, /Input "platforms"/],
    ['two cache repositories', { cacheFrom: ['reg.example/a'], cacheTo: ['reg.example/b'] }, /Input "cache-to"/],
    ['a non-registry cache', { cacheFrom: ['type=gha'] }, /Input "cache-from": kaniko can only cache in a registry/],
  ])('refuses %s', (_name, change, message) => {
    expect(() => kanikoCommands({ ...plan, ...change })).toThrow(message);
  });
});

describe('buildah argv', () => {
  it('builds every tag locally, then pushes the first with a digest file', () => {
    const commands = buildahCommands({
      ...plan,
      auth,
      secrets: [{ id: 'npm', file: '/tmp/w/secrets/secret-0' }],
      target: 'runtime',
      platforms: ['linux/arm64'],
      cacheFrom: ['type=registry,ref=reg.example/team/cache:tag'],
      cacheTo: ['reg.example/team/cache'],
      tlsVerify: false,
    });
    const registryFlags = ['--tls-verify=false', '--authfile', '/tmp/w/auth.json'];
    expect(commands.build).toEqual({
      program: 'buildah',
      args: ['bud', '--format', 'docker', '--iidfile', '/tmp/w/iid', '--file', '/ws/app/Dockerfile', '--target', 'runtime',
        '--platform', 'linux/arm64', '--build-arg', 'VERSION=1.0', '--secret', 'id=npm,src=/tmp/w/secrets/secret-0',
        '--label', 'org.opencontainers.image.revision=abc', '--layers', '--cache-from', 'reg.example/team/cache',
        '--cache-to', 'reg.example/team/cache', '--tag', 'reg.example/team/app:abc', '--tag', 'reg.example/team/app:latest',
        ...registryFlags, '/ws/app'],
      env: { REGISTRY_AUTH_FILE: '/tmp/w/auth.json' },
    });
    expect(commands.push).toEqual([
      {
        program: 'buildah',
        args: ['push', '--digestfile', '/tmp/w/digest', ...registryFlags, 'reg.example/team/app:abc', 'docker://reg.example/team/app:abc'],
        env: { REGISTRY_AUTH_FILE: '/tmp/w/auth.json' },
      },
    ]);
    expect(commands.pushesAllTags).toBe(false);
    expect(buildahPushTag({ ...plan, certDir: '/certs' }, 'latest').args).toEqual([
      'push', '--cert-dir', '/certs', 'reg.example/team/app:latest', 'docker://reg.example/team/app:latest',
    ]);
  });

  it('a private CA, TLS verified: --cert-dir on the build (base image pulls) and on the push, no --tls-verify=false', () => {
    const commands = buildahCommands({ ...plan, certDir: '/tmp/w/certs', tags: ['abc'], buildArgs: new Map(), labels: new Map() });
    expect(commands.build.args).toEqual(['bud', '--format', 'docker', '--iidfile', '/tmp/w/iid', '--file', '/ws/app/Dockerfile',
      '--tag', 'reg.example/team/app:abc', '--cert-dir', '/tmp/w/certs', '/ws/app']);
    expect(commands.push.map((command) => command.args)).toEqual([
      ['push', '--digestfile', '/tmp/w/digest', '--cert-dir', '/tmp/w/certs', 'reg.example/team/app:abc', 'docker://reg.example/team/app:abc'],
    ]);
  });

  it('pushes nothing with push: false', () => {
    expect(buildahCommands({ ...plan, push: false }).push).toEqual([]);
  });

  it('refuses several platforms and non-registry caches', () => {
    expect(() => buildahCommands({ ...plan, platforms: ['linux/amd64', 'linux/arm64'] })).toThrow(/Input "platforms"/);
    expect(() => buildahCommands({ ...plan, cacheTo: ['type=local,dest=/x'] })).toThrow(/Input "cache-to"/);
  });
});

describe('detectBuilder', () => {
  const probeAnswering = (answers: Record<string, boolean>): Probe => async (program, args) => answers[`${program} ${args[0]}`] ?? false;

  it.each<[string, Record<string, boolean>, string]>([
    ['docker daemon with buildx', { 'docker version': true, 'docker buildx': true, 'buildah --version': true }, 'docker'],
    ['docker client without daemon', { 'docker version': false, 'buildah --version': true }, 'buildah'],
    ['daemon without buildx falls through', { 'docker version': true, 'docker buildx': false, 'buildah --version': true }, 'buildah'],
    ['kaniko image', { '/kaniko/executor version': true }, 'kaniko'],
  ])('%s', async (_name, answers, expected) => {
    await expect(detectBuilder(probeAnswering(answers))).resolves.toBe(expected);
  });

  it('explains what it tried when nothing is there', async () => {
    await expect(detectBuilder(probeAnswering({}))).rejects.toThrow(/no Docker daemon answers.*buildah --version.*kaniko\/executor is absent/);
  });

  it('finds buildah on this machine, whose docker client has no daemon', async () => {
    await expect(detectBuilder(createProbe(process.env))).resolves.toBe('buildah');
  });
});
