/**
 * Tar headers byte for byte as Go's archive/tar Writer writes them for the headers Flux builds
 * (fluxcd/pkg tar/tar.go): uid/gid 0, empty uname/gname, zero times, permission bits only.
 * USTAR when the entry fits, else a PAX `x` record followed by the main header; never a global
 * header (source-controller would extract it as a file).
 */

export const BLOCK_SIZE = 512;
const NAME_SIZE = 100;
const PREFIX_SIZE = 155;
/** The largest size an 11-digit octal field holds (8 GiB - 1). */
const MAX_OCTAL_SIZE = 0o77777777777;

export const TYPE_REGULAR = 0x30; // '0'
export const TYPE_DIRECTORY = 0x35; // '5'
const TYPE_PAX = 0x78; // 'x'

export interface TarHeaderFields {
  /** Root-relative posix path, without a trailing slash for directories (as Flux names them). */
  name: string;
  typeflag: typeof TYPE_REGULAR | typeof TYPE_DIRECTORY;
  /** Permission bits plus setuid/setgid/sticky: `st_mode & 0o7777`. */
  mode: number;
  size: number;
}

/** The end of an archive: two zero blocks, and no padding to a 10240-byte record (as Go's Close). */
export const TAR_TRAILER = Buffer.alloc(2 * BLOCK_SIZE);

/** Zero bytes that pad `size` bytes of content to a whole block. */
export function paddingFor(size: number): Buffer {
  const remainder = size % BLOCK_SIZE;
  return remainder === 0 ? EMPTY : Buffer.alloc(BLOCK_SIZE - remainder);
}
const EMPTY = Buffer.alloc(0);

/** One entry's header block(s): 512 bytes in USTAR, more when a PAX record is needed. */
export function tarHeader(fields: TarHeaderFields): Buffer {
  const nameBytes = Buffer.byteLength(fields.name);
  const ascii = isAscii(fields.name);
  const split = splitUstarPath(fields.name);
  const nameFits = ascii && (nameBytes <= NAME_SIZE || split !== undefined);
  const sizeFits = fields.size <= MAX_OCTAL_SIZE;
  if (nameFits && sizeFits) {
    const block = Buffer.alloc(BLOCK_SIZE);
    const [prefix, name] = split ?? ['', fields.name];
    writeV7Fields(block, { ...fields, name });
    writeString(block, 345, PREFIX_SIZE, prefix);
    return finishBlock(block);
  }

  const records = new Map<string, string>();
  if (!nameFits) records.set('path', fields.name);
  if (!sizeFits) records.set('size', String(fields.size));
  const data = Buffer.from(
    [...records.keys()]
      .sort()
      .map((key) => paxRecord(key, records.get(key)!))
      .join(''),
  );
  const paxHeader = Buffer.alloc(BLOCK_SIZE);
  writeString(paxHeader, 0, NAME_SIZE, paxHeaderName(fields.name));
  paxHeader[156] = TYPE_PAX;
  writeOctal(paxHeader, 100, 8, 0);
  writeOctal(paxHeader, 108, 8, 0);
  writeOctal(paxHeader, 116, 8, 0);
  writeOctal(paxHeader, 124, 12, data.length);
  writeOctal(paxHeader, 136, 12, 0);

  const main = Buffer.alloc(BLOCK_SIZE);
  // Go writes the best-effort ASCII form (truncated by writeString), and 0 for a size that does not fit.
  writeV7Fields(main, { ...fields, name: toAscii(fields.name), size: sizeFits ? fields.size : 0 });
  return Buffer.concat([finishBlock(paxHeader), data, paddingFor(data.length), finishBlock(main)]);
}

function writeV7Fields(block: Buffer, fields: TarHeaderFields): void {
  writeString(block, 0, NAME_SIZE, fields.name);
  writeOctal(block, 100, 8, fields.mode);
  writeOctal(block, 108, 8, 0); // uid
  writeOctal(block, 116, 8, 0); // gid
  writeOctal(block, 124, 12, fields.size);
  writeOctal(block, 136, 12, 0); // mtime: Go writes a zero time as the epoch
  block[156] = fields.typeflag;
  // uname and gname stay empty (all NUL); devmajor and devminor are written as octal zero.
  writeOctal(block, 329, 8, 0);
  writeOctal(block, 337, 8, 0);
}

/** USTAR magic and version, then the checksum: 6 octal digits, NUL, space. */
function finishBlock(block: Buffer): Buffer {
  block.write('ustar\0', 257, 'latin1');
  block.write('00', 263, 'latin1');
  block.fill(0x20, 148, 156);
  // Bytes 265..329 (uname, gname) are always NUL here: summing them would add nothing.
  let sum = 0;
  for (let index = 0; index < 265; index++) sum += block[index];
  for (let index = 329; index < BLOCK_SIZE; index++) sum += block[index];
  writeOctal(block, 148, 7, sum);
  block[155] = 0x20;
  return block;
}

/** Zero-padded octal filling the field but its last byte, which is NUL (Go's formatOctal). */
function writeOctal(block: Buffer, offset: number, width: number, value: number): void {
  const digits = value.toString(8).padStart(width - 1, '0');
  block.write(digits, offset, width - 1, 'latin1');
  block[offset + width - 1] = 0;
}

/**
 * Go's formatString: truncated to the field; and when the cut leaves a slash in the last byte,
 * a NUL replaces the first of the trailing slashes, so no reader takes a file for a directory.
 */
function writeString(block: Buffer, offset: number, width: number, value: string): void {
  const bytes = Buffer.from(value);
  bytes.copy(block, offset, 0, width);
  if (bytes.length > width && bytes[width - 1] === SLASH) {
    let end = width - 1;
    while (end > 0 && bytes[end - 1] === SLASH) end--;
    block[offset + end] = 0;
  }
}
const SLASH = 0x2f;

/** Go's splitUSTARPath: a prefix of at most 155 bytes and a name of at most 100, split at a slash. */
export function splitUstarPath(name: string): [string, string] | undefined {
  let length = name.length;
  if (length <= NAME_SIZE || !isAscii(name)) return undefined;
  if (length > PREFIX_SIZE + 1) length = PREFIX_SIZE + 1;
  else if (name[length - 1] === '/') length--;
  const slash = name.lastIndexOf('/', length - 1);
  const suffixLength = name.length - slash - 1;
  if (slash <= 0 || suffixLength > NAME_SIZE || suffixLength === 0 || slash > PREFIX_SIZE) return undefined;
  return [name.slice(0, slash), name.slice(slash + 1)];
}

/** `<length> <key>=<value>\n`, where the length counts itself (Go's formatPAXRecord). */
export function paxRecord(key: string, value: string): string {
  const body = Buffer.byteLength(key) + Buffer.byteLength(value) + 3;
  let size = body + String(body).length;
  if (String(size).length + body !== size) size = body + String(size).length;
  return `${size} ${key}=${value}\n`;
}

/** `dir/PaxHeaders.0/file`, ASCII only, at most 100 bytes, no trailing slash (Go's writePAXHeader). */
function paxHeaderName(name: string): string {
  const slash = name.lastIndexOf('/');
  const dir = slash >= 0 ? name.slice(0, slash) : '';
  const file = name.slice(slash + 1);
  const joined = dir ? `${dir}/PaxHeaders.0/${file}` : `PaxHeaders.0/${file}`;
  return toAscii(joined).slice(0, NAME_SIZE).replace(/\/+$/, '');
}

function isAscii(text: string): boolean {
  return /^[\x01-\x7f]*$/.test(text);
}

function toAscii(text: string): string {
  return text.replace(/[^\x01-\x7f]/g, '');
}
