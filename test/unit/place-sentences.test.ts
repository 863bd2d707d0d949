import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** The place from the sentence that says when the meeting was held, with the date before the place. */

const place = (text: string) => parseMinutes(text).location;

describe('the place after the date in a sentence about the meeting', () => {
  it('skips the word that leads into the date (Swedish `den`), which is no place', () => {
    expect(place('# Styrelsemöte\n\nMötet hölls den 1 mars 2024 i Folkets hus.\n\nNärvarande: Anna Berg, Olle Ek\n')).toBe('Folkets hus');
  });

  it('reads the preposition of place of each language after the date (`im`, `in het`)', () => {
    expect(place('# Vorstandssitzung\n\nDie Sitzung fand am 3. Mai 2024 im Gemeindehaus statt.\n\nAnwesend: Anna Berg, Otto Brandt\n')).toBe('Gemeindehaus');
    expect(place('# Bestuursvergadering\n\nDe vergadering werd gehouden op 3 mei 2024 in het buurthuis.\n\nAanwezig: Anna Berg, Otto Brandt\n')).toBe('het buurthuis');
  });

  it('still reads the place written before the date', () => {
    expect(place('# Styrelsemöte\n\nMötet hölls i Folkets hus den 1 mars 2024.\n\nNärvarande: Anna Berg, Olle Ek\n')).toBe('Folkets hus');
  });

  it('gives no place where the sentence names none', () => {
    expect(place('# Styrelsemöte\n\nMötet hölls den 1 mars 2024.\n\nNärvarande: Anna Berg, Olle Ek\n')).toBeNull();
  });
});
