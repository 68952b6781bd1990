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

/** How many zero bytes pad `size` bytes of content to a whole block. */
export function paddingLength(size: number): number {
  const remainder = size % BLOCK_SIZE;
  return remainder === 0 ? 0 : BLOCK_SIZE - remainder;
}

/** Zero bytes that pad `size` bytes of content to a whole block. */
function paddingFor(size: number): Buffer {
  return Buffer.alloc(paddingLength(size));
}

/** One entry's header block(s): 512 bytes in USTAR, more when a PAX record is needed. */
export function tarHeader(fields: TarHeaderFields): Buffer {
  const block = Buffer.alloc(BLOCK_SIZE);
  if (writeUstarHeader(block, 0, fields)) return block;
  const ascii = isAscii(fields.name);
  const nameFits = ascii && (Buffer.byteLength(fields.name) <= NAME_SIZE || splitUstarPath(fields.name) !== undefined);
  const sizeFits = fields.size <= MAX_OCTAL_SIZE;

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

  // Go writes the best-effort ASCII form (truncated by writeString), and 0 for a size that does not fit.
  writeV7Fields(block, 0, { ...fields, name: toAscii(fields.name), size: sizeFits ? fields.size : 0 });
  return Buffer.concat([finishBlock(paxHeader, 0), data, paddingFor(data.length), finishBlock(block, 0)]);
}

/**
 * Writes the entry's USTAR header into the 512 bytes of `target` at `offset` and returns true,
 * or returns false (and writes nothing) when the entry needs a PAX record. The tar stream builds
 * headers in place with it: a header per file, for thousands of files, costs more than reading
 * them when each allocates and zeroes its own block.
 */
export function writeUstarHeader(target: Buffer, offset: number, fields: TarHeaderFields): boolean {
  const ascii = isAscii(fields.name);
  // An ASCII name is as many bytes as characters.
  const split = ascii && fields.name.length > NAME_SIZE ? splitUstarPath(fields.name) : undefined;
  if (!ascii || (fields.name.length > NAME_SIZE && !split) || fields.size > MAX_OCTAL_SIZE) return false;
  target.fill(0, offset, offset + BLOCK_SIZE);
  const [prefix, name] = split ?? ['', fields.name];
  writeV7Fields(target, offset, { ...fields, name });
  writeString(target, offset + 345, PREFIX_SIZE, prefix);
  finishBlock(target, offset);
  return true;
}

function writeV7Fields(block: Buffer, at: number, fields: TarHeaderFields): void {
  writeString(block, at, NAME_SIZE, fields.name);
  writeOctal(block, at + 100, 8, fields.mode);
  writeOctal(block, at + 108, 8, 0); // uid
  writeOctal(block, at + 116, 8, 0); // gid
  writeOctal(block, at + 124, 12, fields.size);
  writeOctal(block, at + 136, 12, 0); // mtime: Go writes a zero time as the epoch
  block[at + 156] = fields.typeflag;
  // uname and gname stay empty (all NUL); devmajor and devminor are written as octal zero.
  writeOctal(block, at + 329, 8, 0);
  writeOctal(block, at + 337, 8, 0);
}

/** USTAR magic and version, then the checksum over the block at `at`: 6 octal digits, NUL, space. */
function finishBlock(block: Buffer, at: number): Buffer {
  USTAR_MAGIC.copy(block, at + 257);
  block.fill(0x20, at + 148, at + 156);
  // Bytes 265..329 (uname, gname) are always NUL here: summing them would add nothing.
  let sum = 0;
  for (let index = at; index < at + 265; index++) sum += block[index];
  for (let index = at + 329; index < at + BLOCK_SIZE; index++) sum += block[index];
  writeOctal(block, at + 148, 7, sum);
  block[at + 155] = 0x20;
  return block;
}
const USTAR_MAGIC = Buffer.from('ustar\x0000', 'latin1');

/**
 * Zero-padded octal filling the field but its last byte, which is NUL (Go's formatOctal). The
 * digits are set one by one: Buffer#write is a call into C++, eight of them per header. Callers
 * pass values that fit the field.
 */
function writeOctal(block: Buffer, offset: number, width: number, value: number): void {
  let rest = value;
  for (let index = offset + width - 2; index >= offset; index--) {
    block[index] = ZERO_DIGIT + (rest % 8);
    rest = Math.floor(rest / 8);
  }
  block[offset + width - 1] = 0;
}
const ZERO_DIGIT = 0x30;

/**
 * Go's formatString: truncated to the field; and when the cut leaves a slash in the last byte,
 * a NUL replaces the first of the trailing slashes, so no reader takes a file for a directory.
 */
function writeString(block: Buffer, offset: number, width: number, value: string): void {
  // An ASCII value that fits is its character codes: no Buffer for it.
  if (value.length <= width && isAscii(value)) {
    for (let index = 0; index < value.length; index++) block[offset + index] = value.charCodeAt(index);
    return;
  }
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
