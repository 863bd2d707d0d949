import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldsAlone, foldsToOneOf } from '../../src/lang/match.js';

/** The fold by its definition, as `fold` computed it for every text before the fast path. */
const definition = (text: string): string => text.normalize('NFKD').replace(/[\p{M}\p{Cf}]+/gu, '').normalize('NFKC').toLowerCase();

const alone: number[] = [];
for (let code = 0; code < 0x10000; code++) if (foldsAlone(code)) alone.push(code);

describe('fold', () => {
  it('folds as the definition says', () => {
    expect(fold('Päätös')).toBe('paatos');
    expect(fold('MÄNNIKKÖ')).toBe('mannikko');
    expect(fold('ﬁnal café')).toBe('final cafe');
    expect(fold('soft\u00adhyphen…')).toBe('softhyphen...');
    expect(fold('Ωμέγα')).toBe('ωμεγα');
  });

  it('gives every pair of characters that fold alone the folds of its characters', () => {
    const single = new Map(alone.map((code) => [code, definition(String.fromCharCode(code))]));
    const wrong: string[] = [];
    for (const a of alone) {
      for (const b of alone) {
        const pair = String.fromCharCode(a, b);
        if (definition(pair) !== `${single.get(a)}${single.get(b)}`) wrong.push(pair);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('folds each character that folds alone as the definition does, inside a text lower-cased whole', () => {
    // fold lower-cases a text once and then folds each character's lower case: it must give that character's own fold.
    const wrong = alone.map((code) => `Ab${String.fromCharCode(code)}Cd`).filter((text) => fold(text) !== definition(text));
    expect(wrong).toEqual([]);
    expect(fold('Ärger İst ÆON')).toBe(definition('Ärger İst ÆON'));
  });

  it('equals the definition on any text', () => {
    const char = fc.oneof(
      fc.constantFrom(...alone.map((code) => String.fromCharCode(code))),
      fc.constantFrom('\u0308', '\u0301', 'Σ', 'ς', 'İ', '가', '\u1100', '\u1161', 'ﬁ', '①', '\u200d', 'é', '😀'),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 80 }).map((chars) => chars.join('')), (text) => {
        expect(fold(text)).toBe(definition(text));
      }),
      { numRuns: 5000, seed: 20261129 },
    );
  });

  it('tells whether a text folds to one of some entries as a fold of the whole text does', () => {
    const entries = ['beslut', 'päätös', 'resolved'].map(fold);
    expect(foldsToOneOf('  BESLUT ', entries)).toBe(true);
    expect(foldsToOneOf('Päätös\u200b', entries)).toBe(true);
    expect(foldsToOneOf('The board resolved to buy a kettle', entries)).toBe(false);
    const char = fc.constantFrom('B', 'e', 's', 'l', 'u', 't', ' ', '\u00ad', '\u200b', '\u0308', 'ä', 'Ö', 'R', 'd', '\t');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 14 }).map((chars) => chars.join('')), (text) => {
        expect(foldsToOneOf(text, entries)).toBe(entries.includes(fold(text).trim()));
      }),
      { numRuns: 5000, seed: 20261206 },
    );
  });
});
