import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const names = (text: string): string[] => parseMinutes(text).participants.map((p) => p.name);

describe('a register written surname first reads its alphabetical order in the language of the minutes', () => {
  it('takes German `Ö` beside `O`, so an umlaut keeps a German register in order', () => {
    const text = 'Protokoll der Vorstandssitzung\n\nAnwesend: Olbers, Frieda Ötker, Hanno Pauls, Greta Quandt, Ilse Rieck, Bodo\n\nTOP 1 Begrüßung\n';
    expect(names(text)).toEqual(['Frieda Olbers', 'Hanno Ötker', 'Greta Pauls', 'Ilse Quandt', 'Bodo Rieck']);
  });

  it('takes Finnish `Ö` after `Z`, where a German order would break the register', () => {
    const text = 'PÖYTÄKIRJA\n\nLäsnä: Saari, Veera Tuomi, Ilkka Vainio, Pirjo Ylinen, Jari Östman, Kerttu\n\n1. Kokouksen avaus\n';
    expect(names(text)).toEqual(['Veera Saari', 'Ilkka Tuomi', 'Pirjo Vainio', 'Jari Ylinen', 'Kerttu Östman']);
  });
});
