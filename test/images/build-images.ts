import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { buildahEnv, makeTempDir, removeDir, run } from '../harness/index.js';
import { assembleDebianRootfs } from './debian-rootfs.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** Debian packages of each image's offline base (the Containerfile installs the same from apt online). */
const BASE_PACKAGES = {
  cli: ['git', 'ca-certificates', 'coreutils', 'dash', 'grep', 'libstdc++6'],
  builder: ['git', 'ca-certificates', 'coreutils', 'dash', 'grep', 'libstdc++6', 'buildah'],
} as const;

export interface BuiltImages {
  /** `HOST/gitops-actions@sha256:…` and the builder's, as published. */
  cli: string;
  builder: string;
  /** build-push's outputs for each, read back from the dotenv files publish.sh wrote. */
  outputs: { cli: Record<string, string>; builder: Record<string, string> };
  /** Environment for buildah and skopeo against the local storage and registry. */
  env: Record<string, string>;
  timings: Record<string, number>;
}

/**
 * Assembles Debian bases from this machine's packages, pushes them, then publishes both images
 * exactly as a release does: containers/publish.sh, which runs our own build-push.
 */
export async function buildImages(registryHost: string, tmp: string, commit: string): Promise<BuiltImages> {
  const { env } = await buildahEnv(path.join(tmp, 'buildah'), { insecureRegistries: [registryHost] });
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, step: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await step();
    } finally {
      timings[name] = Date.now() - started;
    }
  };
  const bases = await timed('bases', async () => ({
    cli: await pushRootfsImage(`${registryHost}/base/debian-cli:bookworm`, BASE_PACKAGES.cli, env),
    builder: await pushRootfsImage(`${registryHost}/base/debian-builder:bookworm`, BASE_PACKAGES.builder, env),
  }));
  const outputsDir = path.join(tmp, 'outputs');
  await run('mkdir', ['-p', outputsDir]);
  await timed('publish', () =>
    run('bash', ['containers/publish.sh', `${registryHost}/gitops-actions`, outputsDir], {
      cwd: REPO_ROOT,
      env: { ...env, BASE: bases.cli, BUILDER_BASE: bases.builder, GIT_COMMIT: commit, GIT_BRANCH: 'main', INPUT_INSECURE: 'true' },
      timeoutMs: 900_000,
    }),
  );
  const outputs = { cli: await readDotenv(path.join(outputsDir, 'cli.env')), builder: await readDotenv(path.join(outputsDir, 'builder.env')) };
  return { cli: outputs.cli.IMAGE, builder: outputs.builder.IMAGE, outputs, env, timings };
}

async function pushRootfsImage(ref: string, packages: readonly string[], env: Record<string, string>): Promise<string> {
  const tmp = await makeTempDir('debian-base');
  try {
    const rootfs = path.join(tmp, 'rootfs');
    await assembleDebianRootfs(rootfs, packages);
    const buildah = async (...args: string[]) => (await run('buildah', args, { env, timeoutMs: 600_000 })).stdout.trim();
    const container = await buildah('from', '--quiet', 'scratch');
    try {
      await buildah('copy', '--quiet', container, `${rootfs}/`, '/');
      await buildah('config', '--env', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', '--cmd', '/bin/sh', container);
      await buildah('commit', '--quiet', '--rm', container, ref);
    } catch (error) {
      await buildah('rm', container).catch(() => undefined);
      throw error;
    }
    await buildah('push', '--quiet', '--tls-verify=false', ref, `docker://${ref}`);
    await buildah('rmi', ref);
    return ref;
  } finally {
    await removeDir(tmp);
  }
}

/** GitLab-style dotenv: KEY=value per line, the value as is. */
export async function readDotenv(file: string): Promise<Record<string, string>> {
  const entries = (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((line) => {
    const equals = line.indexOf('=');
    return [line.slice(0, equals), line.slice(equals + 1)] as const;
  });
  return Object.fromEntries(entries);
}

/** Compressed size as pushed: the sum of the manifest's layer sizes. */
export async function pushedSize(reference: string, env: Record<string, string>): Promise<number> {
  const { stdout } = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`], { env });
  const manifest = parse(stdout) as { layers: { size: number }[] };
  return manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
}
