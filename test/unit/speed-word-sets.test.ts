import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { attendanceWords } from '../../src/parse/cues.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Word lists looked up as sets made once per list of vocabularies must answer as the lists did.

describe('word sets made once', () => {
  const vocabs = [vocabularies.en, vocabularies.fi];

  it('holds every word of presence and absence of the vocabularies, and is made once', () => {
    const words = attendanceWords(vocabs);
    for (const v of vocabs) {
      for (const w of v.attendance.present) expect(words.present.has(w)).toBe(true);
      for (const w of v.attendance.absent) expect(words.absent.has(w)).toBe(true);
    }
    expect(words.present.has('presently')).toBe(false);
    expect(attendanceWords(vocabs)).toBe(words);
  });

  it('still reads attendance told in a sentence, and a mover named before the word', () => {
    const told = parseMinutes('# Garden club\n\nThe meeting opened at 7 pm. Present were Tilda Wren, Oskar Vale and Mira Holt.\n');
    expect(told.participants.map((p) => p.name)).toEqual(['Tilda Wren', 'Oskar Vale', 'Mira Holt']);
    const moved = parseMinutes('# Garden club\n\nPresent: Tilda Wren, Oskar Vale\n\n## 1. Hedges\n\nTilda moved, Oskar seconded, to trim the hedges in May. Carried.\n');
    expect(moved.decisions.length).toBe(1);
  });

  it('still reads a passive after a modal of two words', () => {
    const meeting = parseMinutes('# Vergadering tuinclub\n\nAanwezig: Tilda Wren, Oskar Vale\n\n## 1. Heg\n\nDe heg zal worden gesnoeid voor de zomer.\n', { language: 'nl' });
    expect(meeting.actions.length).toBe(1);
  });
});
