import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasLetter, hasPhrase, hasWord, isWord, leadingCue, letteredWords, wordCount, wordsOf } from '../../src/parse/cues.js';

describe('hasPhrase', () => {
  const phrases = ['it was agreed', 'agreed', 'motion carried', 'todettiin että', ''];

  it('finds a phrase as whole words, in any case and punctuation', () => {
    expect(hasPhrase('After a vote, IT WAS agreed: go on.', phrases)).toBe(true);
    expect(hasPhrase('The motion was carried', phrases)).toBe(false);
    expect(hasPhrase('disagreed', phrases)).toBe(false);
    expect(hasPhrase('Todettiin, että kaikki on hyvin', phrases)).toBe(true);
  });

  it('means what a search for the padded phrase in the padded words meant', () => {
    const word = fc.constantFrom('it', 'was', 'agreed', 'motion', 'carried', 'x', 'että', 'todettiin');
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ', ', '. ', '  ')), { maxLength: 10 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (sentence) => {
        const padded = ` ${wordsOf(sentence).join(' ')} `;
        const expected = phrases.map((p) => wordsOf(p).join(' ')).filter(Boolean).some((p) => padded.includes(` ${p} `));
        expect(hasPhrase(sentence, phrases)).toBe(expected);
      }),
      { numRuns: 2000, seed: 20261128 },
    );
  });
});

describe('leadingCue', () => {
  it('reads one-word stems in the first words only, not phrases or labels', () => {
    const stems = ['päätettiin', 'it was agreed', 'päätös:'];
    expect(leadingCue(wordsOf('Päätettiin, että ...'), stems, 4)).toBe(true);
    expect(leadingCue(wordsOf('Kokous päätti, eli sitten päätettiin'), stems, 4)).toBe(false);
    expect(leadingCue(wordsOf('it was agreed'), stems, 4)).toBe(false);
    expect(leadingCue(wordsOf('päätös: hyväksytään'), stems, 4)).toBe(false);
  });
});

describe('wordCount', () => {
  it('counts the words wordsOf finds, up to a limit', () => {
    expect(wordCount('Valitaan:', 2)).toBe(1);
    expect(wordCount('The board met on Tuesday.', 2)).toBe(2);
    expect(wordCount('Carried 5-0', 5)).toBe(2);
    expect(wordCount(' ... ', 3)).toBe(0);
  });

  it('counts a word with İ as its lower case splits it (a dotted i and the rest)', () => {
    expect(wordsOf('İzmir')).toHaveLength(2);
    expect(wordCount('İzmir', 3)).toBe(2);
  });

  it('is the length of wordsOf, capped, on any text', () => {
    const char = fc.constantFrom('a', 'B', 'İ', 'ı', 'Σ', 'ä', 'Ä', ' ', ' ', '-', '’', "'", '.', ',', '1', '@', '_', 'Ⅰ', '\u0307', '😀');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 14 }).map((chars) => chars.join('')), fc.integer({ min: 1, max: 6 }), (text, limit) => {
        expect(wordCount(text, limit)).toBe(Math.min(wordsOf(text).length, limit));
      }),
      { numRuns: 3000, seed: 20261203 },
    );
  });
});

describe('isWord', () => {
  it('is hasWord of the one word', () => {
    const stems = ['carried', 'hyväksy*', 'approved'];
    for (const word of ['carried', 'hyväksyttiin', 'hyväks', 'approve', 'approved', '']) expect(isWord(word, stems)).toBe(hasWord([word], stems));
  });
});

describe('hasLetter and letteredWords', () => {
  it('tell a letter as /\\p{L}/u does, on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6, unit: 'binary' }), (word) => {
        expect(hasLetter(word)).toBe(/\p{L}/u.test(word));
      }),
      { numRuns: 5000, seed: 20261206 },
    );
    for (const word of ['', '12', '@', '[', '`', '{', 'ä', '2b', 'Q', '-x', '§3']) expect(hasLetter(word)).toBe(/\p{L}/u.test(word));
  });

  it('keep the words with a letter, or null past the most asked for', () => {
    const words = wordsOf('Item 4: 12 - 0, carried (3 abstain)');
    expect(letteredWords(words, 5)).toEqual(['item', 'carried', 'abstain']);
    expect(letteredWords(words, 3)).toEqual(['item', 'carried', 'abstain']);
    expect(letteredWords(words, 2)).toBeNull();
    expect(letteredWords(['12', '3'], 0)).toEqual([]);
  });
});
