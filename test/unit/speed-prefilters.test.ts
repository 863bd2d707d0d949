import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Scans that pass a line over before reading it word by word must let through every line the full
// reading would take: blanks other than a space, the word at the very end, the word in a compound.

const roles = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles.join('/')]);

describe('lines passed over before they are read', () => {
  it('still reads a role sentence whose copula stands between blanks other than spaces', () => {
    expect(roles('# Meeting\n\nPresent: Tilda Wren, Oskar Vale\n\nTilda\tis\u00a0the chair today.\n')).toEqual([['Tilda Wren', 'chair'], ['Oskar Vale', '']]);
    expect(roles('# Kokous\n\nLäsnä: Ronja Ikola, Veli Saha\n\nVeli\u2003toimii sihteerinä.\n')).toEqual([['Ronja Ikola', ''], ['Veli Saha', 'secretary']]);
  });

  it('reads no role where the copula only ends or opens a longer word', () => {
    expect(roles('# Meeting\n\nPresent: Tilda Wren, Oskar Vale\n\nTilda this chair today.\n')).toEqual([['Tilda Wren', ''], ['Oskar Vale', '']]);
  });

  it('still reads the opening time after a phrase written anywhere in the line', () => {
    expect(parseMinutes('# Meeting of the garden club\n\nPresent: Tilda Wren\n\nThe chair opened the meeting at 18:40.\n').startTime).toBe('18:40');
  });
});
