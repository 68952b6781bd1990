import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/core/errors.js';
import { planEdits } from '../../../src/core/config-edit/index.js';
import { ReaderThread, type ChunkReport, type ReadJob } from '../../../src/core/config-edit/reader-thread.js';
import { PARALLEL_READ_FROM, scanFiles } from '../../../src/core/config-edit/scan-files.js';
import { readInside, selectFiles } from '../../../src/core/config-edit/select-files.js';
import { tempDir } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const NEEDLE = 'acme/checkout';

/** `count` Pods in 20 directories; every 7th runs the needle's image, every 500th is over 64 KiB. */
function bigTree(count: number): { dir: string; files: string[] } {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const path = `team-${index % 20}/file-${index}.yaml`;
    const image = index % 7 === 0 ? `ghcr.io/${NEEDLE}:1.${index}` : `ghcr.io/acme/other:1.${index}`;
    const padding = index % 500 === 0 ? `# ${'x'.repeat(70 * 1024)}\n` : '';
    mkdirSync(join(dir, `team-${index % 20}`), { recursive: true });
    writeFileSync(join(dir, path), `${padding}apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: app\n    image: ${image}\n`);
    files.push(path);
  }
  return { dir, files: files.sort() };
}

/** Counts the chunks the worker reported. */
class CountingReader extends ReaderThread {
  chunks = 0;
  override run(job: ReadJob, onChunk: (report: ChunkReport) => void): Promise<boolean> {
    return super.run(job, (report) => {
      this.chunks++;
      onChunk(report);
    });
  }
}

function busyFor(milliseconds: number): void {
  const until = performance.now() + milliseconds;
  while (performance.now() < until);
}

const options = (root: string) => ({ root, inputName: 'files', needles: [Buffer.from(NEEDLE)] });

describe('scanFiles', () => {
  it('gives, on two threads, exactly what one thread reads, in file order', async () => {
    const { dir, files } = bigTree(PARALLEL_READ_FROM + 600);
    const expected = files.map((path) => readInside(dir, path, 'files', [Buffer.from(NEEDLE)]));
    const thread = new CountingReader();
    // A slow parse on this thread leaves the worker time to boot and claim chunks.
    const results = await scanFiles(files, options(dir), (path, source) => (busyFor(1), { path, source }), thread);
    expect(thread.chunks).toBeGreaterThan(0);
    expect(results.map((result) => result?.source)).toEqual(expected);
    expect(results.filter(Boolean).map((result) => result!.path)).toEqual(files.filter((_, index) => expected[index] !== undefined));
    expect(results.filter(Boolean)).toHaveLength(Math.ceil((PARALLEL_READ_FROM + 600) / 7));
  });

  it('throws the error of the earliest failing file, whichever thread met it first', async () => {
    const { dir, files } = bigTree(PARALLEL_READ_FROM + 100);
    const failing = new Set([files[2050]!, files[1500]!, files[5]!]);
    const visited: string[] = [];
    const scan = scanFiles(files, { ...options(dir), needles: [Buffer.from('image')] }, (path) => {
      visited.push(path);
      if (failing.has(path)) throw new Error(`bad ${path}`);
      return path;
    });
    await expect(scan).rejects.toThrow(new Error(`bad ${files[5]}`));
    expect(visited.sort()).toEqual(files);
  });

  it('reads a link on this thread, with readInside\'s checks, and keeps one that leaves the root out', async () => {
    const { dir, files } = bigTree(PARALLEL_READ_FROM + 50);
    const { dir: outside, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeFileSync(join(outside, 'secret.yaml'), `image: ghcr.io/${NEEDLE}:outside\n`);
    symlinkSync(join(dir, 'team-0/file-0.yaml'), join(dir, 'inside-link.yaml'));
    const withInsideLink = [...files, 'inside-link.yaml'];
    const results = await scanFiles(withInsideLink, options(dir), (_, source) => source);
    expect(results.at(-1)).toBe(readInside(dir, 'team-0/file-0.yaml', 'files'));
    expect(results.at(-1)).toContain(NEEDLE);
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'outside-link.yaml'));
    const escaping = scanFiles([...withInsideLink, 'outside-link.yaml'], options(dir), (_, source) => source);
    await expect(escaping).rejects.toThrow(ConfigurationError);
    await expect(escaping).rejects.toThrow(/"outside-link\.yaml" is a symbolic link that leads outside the repository/);
  });

  it('reads every file whole when told to, needle or not', async () => {
    const { dir, files } = bigTree(PARALLEL_READ_FROM + 10);
    const results = await scanFiles(files, { ...options(dir), alwaysRead: (path) => path.endsWith('-1.yaml') }, (path) => path);
    expect(results.filter(Boolean)).toHaveLength(Math.ceil((PARALLEL_READ_FROM + 10) / 7) + 1);
    expect(results).toContain('team-1/file-1.yaml');
  });

  it('plans a bump over a tree big enough for two threads', async () => {
    const { dir } = bigTree(PARALLEL_READ_FROM + 300);
    const plan = await planEdits({ root: dir, files: [], updates: [{ image: `ghcr.io/${NEEDLE}`, newTag: '2.0' }] });
    expect(plan.edits).toHaveLength(Math.ceil((PARALLEL_READ_FROM + 300) / 7));
    expect(plan.edits.every((edit) => edit.after === edit.before.replace(/checkout:1\.\d+/, 'checkout:2.0'))).toBe(true);
  });
});

describe('ReaderThread', () => {
  it('reads every chunk it claims as readInside does, and leaves what it cannot read plainly', async () => {
    const { dir, files } = bigTree(300);
    symlinkSync(join(dir, files[0]!), join(dir, 'link.yaml'));
    const job = [...files, 'link.yaml', 'missing.yaml'];
    const reports: ChunkReport[] = [];
    const claim = new Int32Array(new SharedArrayBuffer(4));
    const alwaysRead = Uint8Array.from(job, (_, index) => (index === 1 ? 1 : 0));
    const done = await new ReaderThread().run({ root: dir, files: job, alwaysRead, needles: [Buffer.from(NEEDLE)], claim, chunk: 64 }, (report) => reports.push(report));

    expect(done).toBe(true);
    const covered = reports.flatMap(({ start, end }) => Array.from({ length: end - start }, (_, offset) => start + offset)).sort((a, b) => a - b);
    expect(covered).toEqual(job.map((_, index) => index));
    const found = new Map<number, string>();
    for (const report of reports) for (let at = 0; at < report.found.length; at += 2) found.set(report.found[at] as number, report.found[at + 1] as string);
    files.forEach((path, index) => expect(found.get(index)).toBe(readInside(dir, path, 'files', index === 1 ? undefined : [Buffer.from(NEEDLE)])));
    expect(reports.flatMap((report) => report.unread)).toEqual([files.length, files.length + 1]);
  });

  it('stops unused when released, and reads one list only', async () => {
    const released = new ReaderThread();
    released.release();
    expect(() => released.run({ root: '/', files: [], alwaysRead: new Uint8Array(), needles: [], claim: new Int32Array(1), chunk: 1 })).toThrow(/one job/);
  });
});

describe('selectFiles', () => {
  it('tells once, during the walk, that the selection reached a size', async () => {
    const { dir } = bigTree(120);
    const calls: number[] = [];
    const files = await selectFiles(dir, [], 'files', { atLeast: 100, reached: () => calls.push(1) });
    expect(files).toHaveLength(120);
    expect(calls).toEqual([1]);
    await selectFiles(dir, [], 'files', { atLeast: 121, reached: () => calls.push(2) });
    expect(calls).toEqual([1]);
  });
});
