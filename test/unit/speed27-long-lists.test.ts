import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { fold } from '../../src/lang/match.js';
import { holdsMeetingWord } from '../../src/parse/meeting-words.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { foldedName } from '../../src/parse/read-attendance.js';
import { trimNonLetters } from '../../src/parse/trim.js';

// Long lists (hundreds of those present, an agenda list of many items) are read with the work done
// once per list, not once per entry compared: what is read must stay what it was.

const firsts = ['Tilda', 'Oskar', 'Mira', 'Ivar', 'Selma', 'Aurelio', 'Brisa', 'Casimir', 'Dagny', 'Elio', 'Fenna', 'Gustav', 'Hedda', 'Ilse', 'Joris', 'Kaija', 'Linus', 'Maren', 'Nils', 'Otto'];
const lasts = ['Wren', 'Vale', 'Holt', 'Lund', 'Ström', 'Marsh', 'Quill', 'Ferris', 'Dunmore', 'Pike', 'Ashby', 'Roan', 'Tulle', 'Brink', 'Cove'];
const names = [...lasts.flatMap((last) => firsts.map((first) => `${first} ${last}`)), 'Rosalind Yarrow'];

describe('long lists read once per list', () => {
  it('folds a name as fold does, and again the same', () => {
    for (const name of ['Zoë Ångström', 'TILDA WREN', 'Oskar Vale', 'Ivar Lund', 'İlkay Demir']) {
      expect(foldedName(name)).toBe(fold(name));
      expect(foldedName(name)).toBe(fold(name));
    }
  });

  it('merges a name written again among hundreds present, however it is written', () => {
    const text = `# Assembly\n\nDate: 2026-05-04\n\nPresent: ${names.join(', ')}, TILDA STROM\n\nApologies: Yarrow\n\n## 1. Hedges\n\nThe hedges are to be trimmed in May.\n`;
    const meeting = parseMinutes(text);
    expect(meeting.participants).toHaveLength(names.length);
    expect(meeting.diagnostics.filter((d) => d.ruleId === 'participant-duplicate')).toHaveLength(1);
    // A surname alone that one listed name holds is that person, now absent.
    expect(meeting.participants.find((p) => p.name === 'Rosalind Yarrow')?.present).toBe(false);
  });

  it('reads a line of the notes that repeats a title of the agenda list as no task, whatever its case and stop', () => {
    const head = '# Garden club\n\nDate: 2026-05-04\n\nPresent: Mira Holt, Oskar Vale\n\n';
    const notes = '## Notes\n\nOskar Vale to order Compost Bins.\n\nMira Holt will book the shredder.\n';
    const listed = parseMinutes(`${head}## Agenda\n\n1. Hedge trimming\n2. Oskar Vale to order compost bins\n\n${notes}`);
    expect(listed.actions.map((a) => a.text)).toEqual(['Mira Holt will book the shredder.']);
    const unlisted = parseMinutes(`${head}${notes}`);
    expect(unlisted.actions.map((a) => a.text)).toEqual(['Oskar Vale to order Compost Bins.', 'Mira Holt will book the shredder.']);
  });

  it('reads a task table by its column names in any vocabulary, marks and all', () => {
    const fi = parseMinutes('# Hallitus\n\nAika: 4.5.2026\n\nLäsnä: Tilda Wren, Oskar Vale\n\n## Tehtävät\n\n| Tehtävä | Vastuuhenkilö | Aikataulu |\n|---|---|---|\n| Varaa sali | Oskar Vale | 12.5.2026 |\n', { language: 'fi' });
    expect(fi.actions.map((a) => [a.text, a.owners, a.due?.start ?? null])).toEqual([['Varaa sali', ['Oskar Vale'], '2026-05-12']]);
    const en = parseMinutes('# Garden club\n\nDate: 2026-05-04\n\nPresent: Tilda Wren, Oskar Vale\n\n## Actions\n\n| **Action** | Owner(s) | Due: |\n|---|---|---|\n| Book the hall | Tilda | 2026-05-12 |\n| Print the labels | Oskar Vale | 2026-05-14 |\n');
    expect(en.actions.map((a) => [a.text, a.owners, a.due?.start ?? null])).toEqual([
      ['Book the hall', ['Tilda Wren'], '2026-05-12'],
      ['Print the labels', ['Oskar Vale'], '2026-05-14'],
    ]);
  });

  it('finds a meeting word closing a compound, and none in a word no longer than a stem', () => {
    const vocabs = [vocabularies.en, vocabularies.fi];
    expect(holdsMeetingWord(['the', 'gardenmeeting', 'ran', 'late'], vocabs)).toBe(true);
    expect(holdsMeetingWord(['pihatoimikunnankokous'], vocabs)).toBe(true);
    expect(holdsMeetingWord(['two', 'sessions', 'of', 'pruning'], vocabs)).toBe(true);
    expect(holdsMeetingWord(['we', 'assemble', 'at', 'noon'], vocabs)).toBe(false);
    expect(holdsMeetingWord(['hedges', 'were', 'trimmed'], vocabs)).toBe(false);
  });

  it('trims a token to its letters as the pattern did, and a long run of non-letters in linear time', () => {
    const pattern = (token: string): string => token.replace(/^\P{L}+|\P{L}+$/gu, '');
    for (const token of ['(hedges),', 'Wren.', '--', '', '42', '"trimmed"!', 'a', '«Öl»', '𝐀x𝐁', '𝐀!!', '!!𝐀', '🌿sown🌿', 'x\u0301.', '\ud835', 'A\ud835', '\udc00A', 'ja…']) {
      expect(trimNonLetters(token)).toBe(pattern(token));
    }
    const hostile = `A${'\u0000'.repeat(200_000)}\u0000A`;
    const started = performance.now();
    expect(trimNonLetters(hostile)).toBe(hostile);
    expect(trimNonLetters(`A${'\u0000'.repeat(200_000)}`)).toBe('A');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

