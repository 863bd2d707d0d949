import { describe, expect, it } from 'vitest';
import { escapeTerminal } from '../../src/report/escape.js';

describe('escapeTerminal', () => {
  it('leaves ordinary text alone, backslashes and non-Latin letters included', () => {
    expect(escapeTerminal('Päätös: C:\\docs — 会議 😀')).toBe('Päätös: C:\\docs — 会議 😀');
  });

  it('shows escape sequences and C0 controls as \\xNN', () => {
    expect(escapeTerminal('\u001b[31mred\u001b[0m\u0007')).toBe('\\x1b[31mred\\x1b[0m\\x07');
    expect(escapeTerminal('a\tb\nc\rd\u0000')).toBe('a\\x09b\\x0ac\\x0dd\\x00');
  });

  it('shows DEL and C1 controls (the 8-bit CSI too) as \\xNN', () => {
    expect(escapeTerminal('\u007f\u009b31m\u0085')).toBe('\\x7f\\x9b31m\\x85');
  });

  it('shows bidirectional controls and zero-width characters as \\u{...}', () => {
    const text = '\u202Aa\u202Eb\u2066c\u2069d\u200Be\u200Df\uFEFFg\u2028h\u061C';
    expect(escapeTerminal(text)).toBe(
      '\\u{202A}a\\u{202E}b\\u{2066}c\\u{2069}d\\u{200B}e\\u{200D}f\\u{FEFF}g\\u{2028}h\\u{61C}',
    );
  });

  it('shows lone surrogates but keeps surrogate pairs', () => {
    expect(escapeTerminal('x\uD800y\uDC00z\uD83D\uDE00')).toBe('x\\u{D800}y\\u{DC00}z\uD83D\uDE00');
  });

  it('never returns a raw control character', () => {
    let all = '';
    for (let code = 0; code <= 0x9f; code += 1) all += String.fromCharCode(code);
    expect(escapeTerminal(all)).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
  });
});
