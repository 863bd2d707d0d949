import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterBreak } from '../../src/parse/trim.js';

// The clause test of subject owners once asked two patterns of the six characters before a word;
// afterBreak scans them back instead, and must answer as the patterns did.
const patterns = (slice: string): boolean => /(?:[,;:(→]|->|[-–—])\s*$/u.test(slice) || /[.!?]\s+$/.test(slice);

describe('afterBreak', () => {
  it('answers as the two patterns on the slice, on any text and bounds', () => {
    const piece = fc.constantFrom('a', 'Ö', ' ', '\u00a0', '\t', ',', ';', ':', '(', '→', '-', '>', '–', '—', '.', '!', '?', 'x', '\u3000', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(14), fc.nat(14), (pieces, a, b) => {
        const text = pieces.join('');
        const to = Math.min(text.length, Math.max(a, b));
        const from = Math.min(to, Math.min(a, b));
        expect(afterBreak(text, from, to)).toBe(patterns(text.slice(from, to)));
      }),
      { numRuns: 20000, seed: 20261206 },
    );
  });

  it('opens a clause after a comma, a colon, an arrow or a sentence, not after a word or a stop with no blank', () => {
    const at = (text: string): boolean => afterBreak(text, Math.max(0, text.length - 6), text.length);
    expect(at('The hall is booked, ')).toBe(true);
    expect(at('Kaisa: ')).toBe(true);
    expect(at('the flyers -> ')).toBe(true);
    expect(at('Done. ')).toBe(true);
    expect(at('Done.')).toBe(false);
    expect(at('asked ')).toBe(false);
    expect(at('')).toBe(false);
  });
});
