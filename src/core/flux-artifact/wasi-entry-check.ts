/**
 * One lstat per snapshot entry through WASI's path_filestat_get, called straight from JavaScript
 * on names copied once into a wasm memory.
 *
 * Why not lstatSync: it builds a Stats object and four Dates per call, and optimizing that path
 * (Node's getStatsFromBinding, Stats, dateFromMs) costs each thread ~30 ms of compiler time, which
 * on two cores is taken from the threads checking. WASI gives the same fields for one statx each,
 * with nothing allocated. It has no mode bits, but a chmod moves the ctime, which is compared.
 *
 * snapshot-check-thread.ts holds the same logic for the worker thread, which cannot import this.
 */
export interface WasiEntryCheck {
  unchanged: (from: number, to: number, numbers: Float64Array, at: number) => boolean;
  /** Closes the root's descriptor, which WASI holds open and would never close on its own. */
  close: () => void;
}

/** WASI filetypes as the kinds a snapshot records (tree-snapshot.ts): directory 2, regular file 1, else 0. */
const KIND_OF_WASI_FILETYPE: Record<number, number> = { 3: 2, 4: 1 };

/** A module that only exports its memory: header, one memory of 1 page, export "memory" (kind 2, index 0). */
const MEMORY_ONLY_MODULE = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 5, 3, 1, 0, 1, 7, 10, 1, 6, ...Buffer.from('memory'), 2, 0]);
const FILESTAT_BYTES = 64;
const PREOPENED_ROOT = 3;
const WASM_PAGE = 65_536;

/**
 * A check of entries named in `names` (relative to `root`, "." for the root itself): each call
 * stats the name at bytes [from, to) of `names` and compares it with numbers[at…at+6] (kind,
 * mode, size, device, inode, mtimeMs, ctimeMs; mode skipped). Undefined
 * when node:wasi is unavailable or refuses; the caller then uses lstat.
 */
export function wasiEntryCheck(root: string, names: Buffer): WasiEntryCheck | undefined {
  const WASI = loadWasi();
  if (!WASI) return undefined;
  let filestat: (...args: number[]) => number;
  let closeFd: (fd: number) => number;
  let memory: WasmMemory;
  try {
    const wasi = new WASI({ version: 'preview1', preopens: { '/': root }, returnOnExit: true });
    const instance = new wasm.Instance(new wasm.Module(MEMORY_ONLY_MODULE), {});
    wasi.initialize(instance);
    memory = instance.exports.memory;
    memory.grow(Math.ceil((FILESTAT_BYTES + names.length) / WASM_PAGE));
    const calls = wasi.wasiImport as Record<string, (...args: number[]) => number>;
    filestat = calls.path_filestat_get!;
    closeFd = calls.fd_close!;
  } catch {
    return undefined;
  }
  names.copy(Buffer.from(memory.buffer), FILESTAT_BYTES);
  const words = new Uint32Array(memory.buffer, 0, FILESTAT_BYTES / 4);
  const filetype = new Uint8Array(memory.buffer, 16, 1);
  // Little-endian u64 at words[word]: exact below 2**53, as Stats gives it.
  const u64 = (word: number) => words[word] + words[word + 1] * 4294967296;
  const ms = (word: number) => millisecondsOf(words[word + 1], words[word]);
  const unchanged: WasiEntryCheck['unchanged'] = (from, to, numbers, at) => {
    if (filestat(PREOPENED_ROOT, 0, FILESTAT_BYTES + from, to - from, 0) !== 0) return false;
    const kind = KIND_OF_WASI_FILETYPE[filetype[0]] ?? 0;
    // Filestat layout: dev @0, ino @8, filetype @16, nlink @24, size @32, atim @40, mtim @48, ctim @56.
    return (
      numbers[at] === kind &&
      numbers[at + 2] === (kind === 1 ? u64(8) : 0) &&
      numbers[at + 3] === u64(0) &&
      numbers[at + 4] === u64(2) &&
      numbers[at + 5] === ms(12) &&
      numbers[at + 6] === ms(14)
    );
  };
  return { unchanged, close: () => void closeFd(PREOPENED_ROOT) };
}

/**
 * Nanoseconds since the epoch (a u64 as two u32 halves) as the milliseconds Stats gives:
 * sec * 1e3 + nsec / 1e6 from the same sec and nsec, so the doubles are identical. high and
 * sec * 1e9 are exact and close to each other, so their difference is exact too; the first guess
 * of sec may be one off. A time before 1970 wraps in WASI, differs here, and reads as a change.
 */
export function millisecondsOf(highWord: number, lowWord: number): number {
  const high = highWord * 4294967296;
  let sec = Math.floor((high + lowWord) / 1e9);
  let nsec = high - sec * 1e9 + lowWord;
  if (nsec < 0) {
    sec -= 1;
    nsec += 1e9;
  } else if (nsec >= 1e9) {
    sec += 1;
    nsec -= 1e9;
  }
  return sec * 1e3 + nsec / 1e6;
}

type WasiConstructor = typeof import('node:wasi').WASI;

/** The few WebAssembly globals used here (this project's TypeScript libs do not declare them). */
interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: { memory: WasmMemory } };
}

/**
 * node:wasi, loaded without the warning it prints once on load (that it is experimental), which
 * would only puzzle users reading the log. The warning is emitted synchronously within the load,
 * so nothing else's warning can be lost meanwhile.
 */
function loadWasi(): WasiConstructor | undefined {
  if (typeof process.getBuiltinModule !== 'function') return undefined; // Node < 20.16
  // Saved to be put back below, never called through this reference.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emitWarning = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    return (process.getBuiltinModule('node:wasi') as typeof import('node:wasi') | undefined)?.WASI;
  } catch {
    return undefined;
  } finally {
    process.emitWarning = emitWarning;
  }
}
