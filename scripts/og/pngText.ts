import { crc32 } from 'node:zlib';

/**
 * PNG tEXt chunks (keyword, NUL, Latin-1 text), enough for a preview image to carry the fingerprint of the
 * card it was drawn from. Chunk layout: 4-byte length, 4-byte type, data, CRC-32 of type and data.
 */
const signatureLength = 8;

interface Chunk {
  type: string;
  /** Byte offsets of the whole chunk (length field to CRC) in the file. */
  start: number;
  end: number;
  data: Buffer;
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** Each chunk's type and data, in file order; empty for anything that is not a PNG. */
function chunks(png: Uint8Array): Chunk[] {
  const bytes = asBuffer(png);
  const found: Chunk[] = [];
  let offset = signatureLength;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) break;
    found.push({ type: bytes.toString('latin1', offset + 4, offset + 8), start: offset, end, data: bytes.subarray(offset + 8, offset + 8 + length) });
    offset = end;
  }
  return found;
}

/** The PNG with a tEXt chunk `keyword` = `text` right after its header (replacing one already there). */
export function withPngText(png: Uint8Array, keyword: string, text: string): Buffer {
  const all = chunks(png);
  const header = all[0];
  if (header?.type !== 'IHDR') throw new Error('not a PNG');
  const bytes = asBuffer(png);
  const kept = all.slice(1).filter((each) => !(each.type === 'tEXt' && each.data.toString('latin1').startsWith(`${keyword}\0`)));
  return Buffer.concat([
    bytes.subarray(0, header.end),
    chunk('tEXt', Buffer.from(`${keyword}\0${text}`, 'latin1')),
    ...kept.map((each) => bytes.subarray(each.start, each.end)),
  ]);
}

/** The text of the tEXt chunk `keyword`, or null if the image has none. */
export function readPngText(png: Uint8Array, keyword: string): string | null {
  const prefix = `${keyword}\0`;
  for (const each of chunks(png)) {
    if (each.type !== 'tEXt') continue;
    const data = each.data.toString('latin1');
    if (data.startsWith(prefix)) return data.slice(prefix.length);
  }
  return null;
}
