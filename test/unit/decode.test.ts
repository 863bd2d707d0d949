import { describe, expect, it } from 'vitest';
import { decode, DecodeError } from '../../src/parse/decode.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(utf8('Männikkö'))).toEqual({ text: 'Männikkö', encoding: 'utf-8' });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Männikkö')]))).toEqual({ text: 'Männikkö', encoding: 'utf-8' });
  });

  it('reads Windows-1252 punctuation at 0x80-0x9F, not Latin-1 controls', () => {
    expect(decode(bytes(0x80, 0x20, 0x96, 0x20, 0x94, 0x65, 0xe4)).text).toBe('€ – ”eä');
  });

  it('reads Windows-1252 bytes as older Finnish documents wrote them', () => {
    expect(decode(bytes(0x4d, 0xe4, 0x6e, 0x6e, 0x69, 0x6b, 0x6b, 0xf6))).toEqual({ text: 'Männikkö', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with a BOM in both byte orders, and little-endian without one', () => {
    const le = Buffer.from('\ufeffPäätös', 'utf16le');
    expect(decode(le).text).toBe('Päätös');
    const be = Buffer.from(le).swap16();
    expect(decode(be)).toEqual({ text: 'Päätös', encoding: 'utf-16be' });
    expect(decode(Buffer.from('Päätös: hyväksyttiin', 'utf16le')).text).toBe('Päätös: hyväksyttiin');
  });

  it('turns CRLF and CR line ends into LF', () => {
    expect(decode(utf8('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });

  it('refuses binary bytes with a DecodeError, and never throws on a string', () => {
    expect(() => decode(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x03))).toThrow(DecodeError);
    expect(decode('text with \0 NUL').text).toBe('text with \uFFFD NUL');
  });
});
