/** The text of a file and the encoding it was read as. */
export interface Decoded {
  text: string;
  encoding: string;
}

/** Thrown when bytes are not text in any encoding `minutes` reads. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

/**
 * Turn bytes into text: UTF-8 with or without BOM, UTF-16 with BOM (or without, when every other
 * byte is NUL), else Windows-1252, which is what older Finnish documents were saved as. NUL bytes
 * in anything else mean binary content, and a `DecodeError`. Line ends become `\n`, and layout
 * characters what they stand for (see `typeset`).
 */
export function decode(input: Uint8Array | string): Decoded {
  if (typeof input === 'string') return { text: normalizeText(input.replace(/\0/g, '\uFFFD')), encoding: 'utf-8' };
  const encoding = sniff(input);
  const start = bomLength(input, encoding);
  const body = input.subarray(start);
  if (encoding === 'utf-8') {
    try {
      return { text: normalizeText(new TextDecoder('utf-8', { fatal: true }).decode(body)), encoding };
    } catch {
      return { text: normalizeText(windows1252(body)), encoding: 'windows-1252' };
    }
  }
  return { text: normalizeText(new TextDecoder(encoding).decode(body)), encoding };
}

function sniff(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const half = sample.length / 2;
  if (half >= 2 && oddNul >= half * 0.6 && evenNul === 0) return 'utf-16le';
  if (half >= 2 && evenNul >= half * 0.6 && oddNul === 0) return 'utf-16be';
  if (evenNul + oddNul > 0) throw new DecodeError('binary content (NUL bytes), not text');
  if (looksBinary(sample)) throw new DecodeError('binary content, not text');
  return 'utf-8';
}

function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function bomLength(bytes: Uint8Array, encoding: string): number {
  if (encoding === 'utf-8') return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bytes[0] === bom[0] && bytes[1] === bom[1] ? 2 : 0;
}

function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (withoutBom.includes('\0')) throw new DecodeError('binary content (NUL characters), not text');
  return typeset(withoutBom.replace(/\r\n?/g, '\n'));
}

/** A character a word processor, a web page or a PDF puts into text for its layout, not for its words. */
const TYPESETTING = /[\v\u00a0\u00ad\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\uf000-\uf0ff]/u;

/**
 * Text as its writer typed it, from text a word processor, a web page or a PDF laid out: a no-break or
 * other fixed-width space (`§\u00a012`, `1.\u00a0Opening`, `&nbsp;` pasted as a character) is a space, and
 * so is a line or paragraph separator or the vertical tab Word writes for a manual line break (no
 * line end, which would move every line after it from where an editor shows it); a zero-width
 * space, a word joiner or a soft hyphen (`beslu\u00adtade`), invisible in the document, is nothing; a bullet from a symbol font (Word's `\uf0b7` before a tab) is a bullet. A space or a
 * bullet keeps every offset; a removed character shifts the columns after it on its line.
 */
export function typeset(text: string): string {
  if (!TYPESETTING.test(text)) return text;
  return text
    .replace(/[\v\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/gu, ' ')
    .replace(/[\u00ad\u200b\u2060\ufeff]/gu, '')
    .replace(/^([ \t]*)[\uf000-\uf0ff](?=[ \t])/gmu, '$1•');
}

/** The characters Windows-1252 puts at 0x80-0x9F, where Latin-1 (and Node's decoder) has controls. */
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const slice = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...slice).replace(/[\x80-\x9f]/g, (ch) => CP1252.charAt(ch.charCodeAt(0) - 0x80));
  }
  return out;
}
