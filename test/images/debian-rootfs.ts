import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { run } from '../harness/index.js';

/**
 * What a fresh install leaves that no package lists as its own: the CA bundle and hash links
 * update-ca-certificates writes, and the /bin/sh link dash's postinst makes over its diversion.
 */
const GENERATED_PATHS = ['/etc/ssl/certs', '/bin/sh'];

/** Documentation and translations: nothing in the image reads them, and they are a fifth of its size. */
const LEFT_OUT = /^\/usr\/share\/(doc|man|info|locale|lintian|bug|bash-completion)\//;

/**
 * Packages installed on this (Debian) machine that `roots` need, found through Depends and
 * Pre-Depends the way apt would, taking the first installed choice of an alternative and the
 * installed provider of a virtual package. Offline: dpkg's own database is the only source.
 */
export async function dependencyClosure(roots: readonly string[]): Promise<string[]> {
  const { stdout } = await run('dpkg-query', ['-W', '-f', '${Package}\t${Pre-Depends}\t${Depends}\t${Provides}\t${db:Status-Status}\n']);
  const installed = new Map<string, string[]>();
  const providers = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const [name, preDepends, depends, provides, status] = line.split('\t');
    if (!name || status !== 'installed') continue;
    installed.set(name, [preDepends, depends].filter(Boolean).join(', ').split(',').map((choice) => choice.trim()).filter(Boolean));
    for (const virtual of (provides ?? '').split(',').map(packageName).filter(Boolean)) providers.set(virtual, name);
  }
  const resolve = (candidate: string): string | undefined =>
    installed.has(candidate) ? candidate : providers.get(candidate);
  const found = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const next = pending.pop()!;
    const name = resolve(next);
    if (!name) throw new Error(`Package "${next}" is not installed here; scripts/install-system-deps.sh installs what the image tests need`);
    if (found.has(name)) continue;
    found.add(name);
    for (const dependency of installed.get(name) ?? []) {
      const alternatives = dependency.split('|').map(packageName);
      const chosen = alternatives.find((alternative) => resolve(alternative));
      if (!chosen) throw new Error(`No installed package satisfies "${dependency}" (needed by ${name})`);
      pending.push(chosen);
    }
  }
  return [...found].sort();
}

/** `libc6:amd64 (>= 2.34)` -> `libc6`. */
function packageName(dependency: string): string {
  return dependency.trim().split(/[\s(:]/)[0] ?? '';
}

/**
 * A root filesystem holding `packages` and everything they depend on, copied from this machine's
 * installed Debian packages: the base an image is built FROM when no registry is reachable.
 * Keeps the host's merged /usr (bin, lib, sbin as links into usr), writes the loader cache the
 * multiarch library paths need, and a passwd/group with only root and nobody.
 */
export async function assembleDebianRootfs(rootfs: string, packages: readonly string[]): Promise<string[]> {
  const closure = await dependencyClosure(packages);
  const { stdout } = await run('dpkg-query', ['-L', ...closure]);
  const files = new Set<string>();
  for (const file of [...stdout.split('\n'), ...GENERATED_PATHS]) {
    if (!file.startsWith('/') || LEFT_OUT.test(file)) continue;
    const stat = lstatOrUndefined(file);
    // Directories come along with their files; a listed path dpkg no longer has (diverted) is skipped.
    if (stat && (!stat.isDirectory() || GENERATED_PATHS.includes(file))) files.add(file.slice(1));
  }
  await mkdir(path.join(rootfs, 'usr'), { recursive: true });
  for (const top of ['bin', 'lib', 'lib64', 'sbin']) {
    const host = lstatOrUndefined(`/${top}`);
    if (host?.isSymbolicLink()) await symlink(`usr/${top}`, path.join(rootfs, top));
    await mkdir(path.join(rootfs, 'usr', top), { recursive: true });
  }
  const list = path.join(path.dirname(rootfs), 'files.txt');
  await writeFile(list, `${[...files].sort().join('\n')}\n`);
  // --keep-directory-symlink: bin/dash lands in usr/bin through the link, as dpkg would put it.
  await run('bash', ['-o', 'pipefail', '-c', 'tar -C / -cf - -T "$1" | tar -C "$2" -xf - --keep-directory-symlink', 'tar', list, rootfs], {
    timeoutMs: 300_000,
  });
  for (const dir of ['tmp', 'var/tmp', 'root', 'home', 'proc', 'dev', 'sys', 'run']) await mkdir(path.join(rootfs, dir), { recursive: true });
  // Sticky and writable by all, as in every Debian image: non-root users make their temp files here.
  for (const dir of ['tmp', 'var/tmp']) await chmod(path.join(rootfs, dir), 0o1777);
  await writeFile(path.join(rootfs, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n');
  await writeFile(path.join(rootfs, 'etc', 'group'), 'root:x:0:\nnogroup:x:65534:\n');
  await run('ldconfig', ['-r', rootfs]);
  return closure;
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
