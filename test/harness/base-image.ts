import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir, removeDir, requireTool, run } from './tools.js';

export interface BuildahEnvOptions {
  /** Registries (`127.0.0.1:PORT`) reached over plain HTTP without a `--tls-verify=false` flag. */
  insecureRegistries?: string[];
  /** Registries whose TLS certificate is signed by `caCert`, trusted without a `--cert-dir` flag. */
  trustedRegistries?: { host: string; caCert: string }[];
}

export interface BuildahEnv {
  /** Environment for buildah and skopeo (both read the same containers/image configuration). */
  env: Record<string, string>;
  /** Same storage settings as flags; redundant with `env`, for callers that prefer explicit args. */
  globalArgs: string[];
}

/**
 * Everything buildah/skopeo need to run here, confined to `tmp`. Found on this machine (root, no
 * Docker engine, no runc/crun, buildah 1.28 / skopeo 1.9):
 * - BUILDAH_ISOLATION=chroot (or `--isolation chroot`): the default OCI isolation needs runc/crun,
 *   which are absent, and fails at the first RUN with "exec: no command".
 * - storage.conf via CONTAINERS_STORAGE_CONF with driver vfs and graphroot/runroot in `tmp`
 *   (equivalently `--storage-driver vfs --root --runroot`): no overlay needed, and tests never
 *   share or pollute /var/lib/containers/storage.
 * - HOME=`tmp/home` holding .config/containers/policy.json (insecureAcceptAnything): read before
 *   /etc/containers/policy.json, which a fresh machine may lack; without any policy every pull,
 *   push and commit fails. (Flag alternative: `--signature-policy` on each subcommand.) The same
 *   HOME gives per-registry CAs at .config/containers/certs.d/HOST:PORT/ca.crt.
 * - CONTAINERS_REGISTRIES_CONF, CONTAINERS_CONF, REGISTRY_AUTH_FILE: empty files of our own, so
 *   nothing in /etc/containers or a real login changes a test's behaviour.
 * - TMPDIR: image copies stage big files in /var/tmp otherwise.
 * - A plain-HTTP registry still needs `--tls-verify=false` (or an `insecure` entry here): the
 *   127.0.0.1 address alone does not make containers/image fall back to HTTP.
 * Not confinable: as root, containers/image keeps its blob-info cache in
 * /var/lib/containers/cache/blob-info-cache-v1.boltdb. It is only a hint cache (blobs are checked
 * with the registry before reuse) and is file-locked, so concurrent tests sharing it is safe.
 */
export async function buildahEnv(tmp: string, opts: BuildahEnvOptions = {}): Promise<BuildahEnv> {
  const home = path.join(tmp, 'home');
  const containersDir = path.join(home, '.config', 'containers');
  const graphroot = path.join(tmp, 'storage');
  const runroot = path.join(tmp, 'runroot');
  const bigFiles = path.join(tmp, 'tmp');
  await mkdir(containersDir, { recursive: true });
  await mkdir(bigFiles, { recursive: true });
  await writeFile(path.join(containersDir, 'policy.json'), JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));
  for (const { host, caCert } of opts.trustedRegistries ?? []) {
    const certDir = path.join(containersDir, 'certs.d', host);
    await mkdir(certDir, { recursive: true });
    await copyFile(caCert, path.join(certDir, 'ca.crt'));
  }
  const storageConf = path.join(tmp, 'storage.conf');
  await writeFile(storageConf, `[storage]\ndriver = "vfs"\ngraphroot = "${graphroot}"\nrunroot = "${runroot}"\n`);
  const registriesConf = path.join(tmp, 'registries.conf');
  const insecure = (opts.insecureRegistries ?? []).map((host) => `\n[[registry]]\nlocation = "${host}"\ninsecure = true\n`);
  await writeFile(registriesConf, `unqualified-search-registries = []\n${insecure.join('')}`);
  const containersConf = path.join(tmp, 'containers.conf');
  await writeFile(containersConf, '');
  const authFile = path.join(tmp, 'auth.json');
  await writeFile(authFile, JSON.stringify({ auths: {} }));
  return {
    env: {
      HOME: home,
      BUILDAH_ISOLATION: 'chroot',
      STORAGE_DRIVER: 'vfs',
      CONTAINERS_STORAGE_CONF: storageConf,
      CONTAINERS_REGISTRIES_CONF: registriesConf,
      CONTAINERS_CONF: containersConf,
      REGISTRY_AUTH_FILE: authFile,
      TMPDIR: bigFiles,
    },
    globalArgs: ['--storage-driver', 'vfs', '--root', graphroot, '--runroot', runroot],
  };
}

export interface BaseImageOptions {
  /** Plain-HTTP registry (default true unless certDir is given). */
  insecure?: boolean;
  /** Directory with the registry CA as ca.crt, for a TLS registry. */
  certDir?: string;
  /** `user:password` for a registry with auth. */
  creds?: string;
  repository?: string;
}

/**
 * Builds a FROM-scratch image holding only a static busybox (with /bin/sh and the usual applets)
 * and pushes it; returns the reference, e.g. `127.0.0.1:PORT/base/busybox:latest`. The image lives
 * on in the registry; all local build state is removed before returning.
 */
export async function buildBusyboxBase(registryHost: string, opts: BaseImageOptions = {}): Promise<string> {
  const ref = `${registryHost}/${opts.repository ?? 'base/busybox'}:latest`;
  const tmp = await makeTempDir('busybox-base');
  try {
    const rootfs = path.join(tmp, 'rootfs');
    const bin = path.join(rootfs, 'bin');
    await mkdir(bin, { recursive: true });
    for (const dir of ['etc', 'tmp', 'root']) await mkdir(path.join(rootfs, dir));
    await copyFile(requireTool('busybox'), path.join(bin, 'busybox'));
    // Relative links made here rather than `busybox --install`, which would need a chroot.
    const { stdout } = await run('busybox', ['--list']);
    for (const applet of stdout.split('\n').map((s) => s.trim())) {
      if (applet && applet !== 'busybox') await symlink('busybox', path.join(bin, applet));
    }

    const { env, globalArgs } = await buildahEnv(path.join(tmp, 'buildah'));
    const buildah = async (...args: string[]) => (await run('buildah', [...globalArgs, ...args], { env })).stdout.trim();
    const container = await buildah('from', '--quiet', 'scratch');
    await buildah('copy', '--quiet', container, `${rootfs}/`, '/');
    await buildah('config', '--env', 'PATH=/bin', '--cmd', '/bin/sh', container);
    await buildah('commit', '--quiet', container, ref);
    const tlsArgs = opts.certDir ? ['--cert-dir', opts.certDir] : opts.insecure === false ? [] : ['--tls-verify=false'];
    const credsArgs = opts.creds ? ['--creds', opts.creds] : [];
    await buildah('push', '--quiet', ...tlsArgs, ...credsArgs, ref, `docker://${ref}`);
    return ref;
  } finally {
    await removeDir(tmp);
  }
}
