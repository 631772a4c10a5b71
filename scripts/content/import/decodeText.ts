import { ImportError, lineError } from './importError.ts';

/**
 * A text file as the import reads it: UTF-8 (an optional byte order mark is dropped), lines split on LF or
 * CRLF. Anything else is refused before a line is parsed, naming the line where it went wrong: an empty file,
 * UTF-16 (a byte order mark, or the NUL bytes half of its characters carry), invalid UTF-8, or the control
 * bytes of a binary file. Decoding never guesses: a wrong guess would put mojibake into a published article.
 */
export function decodeText(file: string, bytes: Uint8Array): string[] {
  if (bytes.length === 0) throw new ImportError(`${file} is empty: expected a plain-text capture`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw lineError(file, 1, 'the file is UTF-16 (it starts with a UTF-16 byte order mark); expected UTF-8 text: save it as UTF-8');
  }
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const lines = splitLines(utf8Bom ? bytes.subarray(3) : bytes);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const text: string[] = [];
  for (const [index, line] of lines.entries()) {
    let decoded: string;
    try {
      decoded = decoder.decode(line);
    } catch {
      throw lineError(file, index + 1, 'not UTF-8 (a binary file, or text saved in another encoding such as Latin-1); expected UTF-8 text');
    }
    const withoutCr = decoded.endsWith('\r') ? decoded.slice(0, -1) : decoded;
    const control = [...withoutCr].find(isControl);
    if (control !== undefined) {
      const code = control.charCodeAt(0);
      const what = code === 0 ? 'a NUL byte (UTF-16 text, or a binary file)' : `the control character U+${code.toString(16).padStart(4, '0').toUpperCase()} (a binary file?)`;
      throw lineError(file, index + 1, `${what}; expected UTF-8 text`);
    }
    text.push(withoutCr);
  }
  if (text.every((line) => line.trim() === '')) throw new ImportError(`${file} is empty (only blank lines): expected a plain-text capture`);
  return text;
}

/** C0 controls and DEL, which no article text holds; a tab is allowed. */
function isControl(character: string): boolean {
  const code = character.charCodeAt(0);
  return (code < 0x20 && character !== '\t') || code === 0x7f;
}

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index] === 0x0a) {
      lines.push(bytes.subarray(start, index));
      start = index + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}
