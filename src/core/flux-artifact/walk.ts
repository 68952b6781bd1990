import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { resolveUserPath } from '../paths.js';
import type { IgnoreMatcher } from './ignore-rules.js';

/** One tarball entry, in tarball order. */
export interface ArtifactEntry {
  /** Root-relative posix path; `.` for the root. */
  name: string;
  type: 'file' | 'directory';
  /** `st_mode & 0o7777`. */
  mode: number;
  /** Bytes; 0 for directories. */
  size: number;
  /** Where to read a file's content. */
  absolutePath: string;
}

export interface WalkResult {
  entries: ArtifactEntry[];
  /** Symlinks inside the root, left out as Flux leaves them out (root-relative). */
  skippedSymlinks: string[];
  /** Sockets, FIFOs, devices: left out too. */
  skippedSpecial: string[];
}

const PATH_INPUT = 'path';
const SINGLE_FILE_ROOT_MODE = 0o700;

/**
 * The `path` input as a real path. It may be anywhere (manifests rendered into $RUNNER_TEMP or
 * /tmp, as `flux push artifact` allows); a relative one starts at the workspace. Only paths found
 * inside the tree (symlinks) are confined to it.
 */
export function resolveArtifactPath(input: string, workspace: string): string {
  const candidate = resolveUserPath(workspace, input);
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    throw new ConfigurationError(`"${input}" does not exist (looked for ${candidate})`, PATH_INPUT);
  }
  const stats = statSync(real);
  if (!stats.isDirectory() && !stats.isFile()) {
    throw new ConfigurationError(`"${input}" is neither a directory nor a regular file`, PATH_INPUT);
  }
  return real;
}

/**
 * The entries `flux push artifact` puts in its tarball: depth first, each directory's children
 * sorted by name (byte order, as Go's os.ReadDir), a directory before its contents, the root as
 * `.`. Only regular files and directories: a symlink is skipped, as Flux skips it (fluxcd/pkg
 * tar/tar.go), unless `resolveSymlinks`: then one whose target is inside the root is packed as
 * that file or directory under the link's name (as `flux push artifact --resolve-symlinks`
 * copies targets in), and one pointing out of the root, nowhere, or up to a directory that holds
 * it is still skipped. A name source-controller would refuse to extract fails the walk.
 * A single file gives `.` (0700) plus the file, as Flux 2.9 packs a copy in a fresh temp dir.
 */
export function walkArtifact(root: string, matcher: IgnoreMatcher, options: WalkOptions = {}): WalkResult {
  const walk = walkArtifactLazily(root, matcher, options);
  for (const _entry of walk.entries);
  return walk.result;
}

/**
 * The same walk, one entry at a time, so packing can start while later directories are still
 * being read; `result` fills up as `entries` is consumed.
 */
export function walkArtifactLazily(root: string, matcher: IgnoreMatcher, options: WalkOptions = {}): { entries: Generator<ArtifactEntry>; result: WalkResult } {
  const result: WalkResult = { entries: [], skippedSymlinks: [], skippedSpecial: [] };
  return { entries: generateEntries(root, matcher, result, options.resolveSymlinks ?? false), result };
}

export interface WalkOptions {
  /** Pack what in-tree symlinks point to instead of skipping them (the `resolve-symlinks` input). */
  resolveSymlinks?: boolean;
}

function* generateEntries(root: string, matcher: IgnoreMatcher, result: WalkResult, resolveSymlinks: boolean): Generator<ArtifactEntry> {
  const rootStats = lstatSync(root);
  if (rootStats.isFile()) {
    result.entries.push({ name: '.', type: 'directory', mode: SINGLE_FILE_ROOT_MODE, size: 0, absolutePath: path.dirname(root) });
    yield result.entries[0];
    refuseUnextractable(path.basename(root));
    result.entries.push(fileEntry(path.basename(root), root, rootStats));
    yield result.entries[1];
    return;
  }
  const rootEntry = directoryEntry('.', root, rootStats);
  result.entries.push(rootEntry);
  yield rootEntry;

  // An explicit stack rather than recursive generators: yield* through every level of nesting
  // costs more than the lstat calls themselves on a tree of small files.
  const stack: Frame[] = [frameOf(root, '')];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next === frame.names.length) {
      stack.pop();
      continue;
    }
    const name = frame.names[frame.next++];
    // `frame.directory` is already a clean real path: concatenation instead of path.join's normalising.
    const absolutePath = `${frame.directory}${path.sep}${name}`;
    const relative = frame.prefix ? `${frame.prefix}/${name}` : name;
    let stats = lstatSync(absolutePath);
    let source = absolutePath;
    if (stats.isSymbolicLink()) {
      const target = resolveSymlinks ? targetInside(absolutePath, root) : undefined;
      // A link up to a directory being walked would never end.
      if (!target || (target.stats.isDirectory() && stack.some((open) => open.directory === target.real))) {
        result.skippedSymlinks.push(relative);
        continue;
      }
      ({ stats, real: source } = target);
    }
    if (stats.isDirectory()) {
      const excluded = matcher.excludes(relative, true);
      // An excluded directory loses only its own header; a negated pattern may still want a child.
      if (!excluded || matcher.hasNegations) stack.push(frameOf(source, relative));
      if (excluded) continue;
      refuseUnextractable(relative);
      const entry = directoryEntry(relative, source, stats);
      result.entries.push(entry);
      yield entry;
    } else if (matcher.excludes(relative, false)) {
      continue;
    } else if (stats.isFile()) {
      refuseUnextractable(relative);
      const entry = fileEntry(relative, source, stats);
      result.entries.push(entry);
      yield entry;
    } else {
      result.skippedSpecial.push(relative);
    }
  }
}

interface Frame {
  directory: string;
  prefix: string;
  names: string[];
  next: number;
}

function frameOf(directory: string, prefix: string): Frame {
  const names = readdirSync(directory);
  names.sort(names.some((name) => SURROGATE_OR_LATER.test(name)) ? compareUtf8Bytes : compareCodeUnits);
  return { directory, prefix, names, next: 0 };
}

function fileEntry(name: string, absolutePath: string, stats: Stats): ArtifactEntry {
  return { name, type: 'file', mode: stats.mode & 0o7777, size: stats.size, absolutePath };
}

function directoryEntry(name: string, absolutePath: string, stats: Stats): ArtifactEntry {
  return { name, type: 'directory', mode: stats.mode & 0o7777, size: 0, absolutePath };
}

/** The real target of a link and its stats, when it exists inside the root. */
function targetInside(link: string, root: string): { real: string; stats: Stats } | undefined {
  let real: string;
  try {
    real = realpathSync(link);
  } catch {
    return undefined; // dangling, or a loop of links
  }
  if (!isInside(real, root)) return undefined;
  const stats = statSync(real);
  return stats.isFile() || stats.isDirectory() ? { real, stats } : undefined;
}

/**
 * source-controller's extraction refuses the whole artifact when a name holds `\` or `../`
 * (fluxcd/pkg tar/untar.go validRelPath), which a file or directory name ending in `..` gives
 * its children: refused here, before anything is pushed.
 */
function refuseUnextractable(relative: string): void {
  const problem = relative.includes('\\') ? 'a \\' : relative.includes('../') ? 'a name ending in ".." above it' : undefined;
  if (problem) {
    throw new ConfigurationError(
      `"${relative}" holds ${problem}, and Flux's source-controller refuses to extract an artifact with such a name: rename it or list it in ignore-paths`,
      PATH_INPUT,
    );
  }
}

function isInside(candidate: string, root: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/**
 * Go compares names as UTF-8 bytes. UTF-16 code-unit order (JavaScript's) is the same except
 * around surrogate pairs, so only a directory holding such a name pays for byte comparisons.
 */
const SURROGATE_OR_LATER = /[\ud800-\uffff]/;

function compareUtf8Bytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
