import { inflateSync } from 'node:zlib';

/**
 * The text of each page of a PDF that Chromium printed (Skia's writer: plain object dictionaries, direct
 * stream lengths, Flate streams, every font with a ToUnicode map), enough for a test to read what a printed
 * article says. Not a general PDF reader: no object streams, no encryption, no other filters.
 */

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(source); match; match = header.exec(source)) {
    const start = header.lastIndex;
    const streamAt = source.indexOf('stream', start);
    const endAt = source.indexOf('endobj', start);
    if (streamAt !== -1 && streamAt < endAt) {
      const dict = source.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      const dataStart = streamAt + 'stream'.length + (source[streamAt + 6] === '\r' ? 2 : 1);
      const raw = pdf.subarray(dataStart, dataStart + length);
      const stream = dict.includes('/FlateDecode') ? inflateSync(raw) : Buffer.from(raw);
      objects.set(Number(match[1]), { dict, stream });
      header.lastIndex = dataStart + length;
    } else {
      objects.set(Number(match[1]), { dict: source.slice(start, endAt), stream: null });
      header.lastIndex = endAt;
    }
  }
  return objects;
}

const reference = (dict: string, key: string): number | null => {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return match ? Number(match[1]) : null;
};

function hexToString(hex: string): string {
  let text = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) text += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return text;
}

/** A ToUnicode CMap: character code (as hex digits) to text. */
function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(Number.parseInt(code ?? '', 16), hexToString(text ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, text] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const first = Number.parseInt(low ?? '', 16);
      const base = hexToString(text ?? '');
      for (let code = first; code <= Number.parseInt(high ?? '', 16); code += 1) {
        map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - first));
      }
    }
  }
  return map;
}

interface Font {
  bytesPerCode: number;
  toUnicode: Map<number, string>;
}

function readFont(objects: Map<number, PdfObject>, id: number): Font {
  const dict = objects.get(id)?.dict ?? '';
  const cmapId = reference(dict, 'ToUnicode');
  const cmap = cmapId === null ? '' : (objects.get(cmapId)?.stream?.toString('latin1') ?? '');
  return { bytesPerCode: dict.includes('/Subtype /Type0') ? 2 : 1, toUnicode: readCMap(cmap) };
}

/** The bytes of a PDF string token: `<hex>` or `(literal)` with its escapes. */
function stringBytes(token: string): number[] {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s/g, '');
    return Array.from({ length: hex.length / 2 }, (_, i) => Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16));
  }
  const bytes: number[] = [];
  const body = token.slice(1, -1);
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i] ?? '';
    if (char !== '\\') {
      bytes.push(char.charCodeAt(0));
      continue;
    }
    const next = body[i + 1] ?? '';
    const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1))?.[0];
    if (octal) {
      bytes.push(Number.parseInt(octal, 8));
      i += octal.length;
    } else {
      bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return bytes;
}

function decode(bytes: number[], font: Font | undefined): string {
  if (!font) return '';
  let text = '';
  for (let i = 0; i + font.bytesPerCode <= bytes.length; i += font.bytesPerCode) {
    const code = font.bytesPerCode === 2 ? ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0) : (bytes[i] ?? 0);
    text += font.toUnicode.get(code) ?? '';
  }
  return text;
}

/** Shows the strings a content stream draws, in order, with the fonts it selects. */
function pageText(content: string, fonts: Map<string, Font>): string {
  const tokens = content.match(/\/[^\s/<>[\]()]+|<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|[^\s/<>[\]()]+/g) ?? [];
  let font: Font | undefined;
  let text = '';
  const operands: string[] = [];
  for (const token of tokens) {
    if (token === 'Tf') font = fonts.get(operands.at(-2) ?? '');
    else if (token === 'Tj' || token === 'TJ' || token === "'" || token === '"') {
      for (const operand of operands) if (operand.startsWith('<') || operand.startsWith('(')) text += decode(stringBytes(operand), font);
    }
    if (/^[A-Za-z'"*]+$/.test(token)) {
      if (token === 'ET') text += '\n';
      operands.length = 0;
    } else operands.push(token);
  }
  return text;
}

/** The text of every page, in page order. */
export function pdfPages(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const pages = [...objects.values()].filter((object) => /\/Type \/Page\b(?!s)/.test(object.dict));
  return pages.map((pageObject) => {
    const fonts = new Map<string, Font>();
    const fontBlock = /\/Font <<([\s\S]*?)>>/.exec(pageObject.dict)?.[1] ?? '';
    for (const [, name, id] of fontBlock.matchAll(/\/(\S+) (\d+) 0 R/g)) fonts.set(`/${name}`, readFont(objects, Number(id)));
    const contents = [...(/\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(pageObject.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)];
    return contents.map(([, id]) => pageText(objects.get(Number(id))?.stream?.toString('latin1') ?? '', fonts)).join('');
  });
}
