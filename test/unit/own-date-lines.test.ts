import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * The meeting's date from a line at the top without a label: only the first 30 lines that are not
 * about the next meeting are read, so lines about the next meeting before the date do not count
 * towards the 30 (fallbackDate asks about such a line only when the count could depend on it).
 */
describe('date from the top lines', () => {
  const plain = (count: number): string[] => Array.from({ length: count }, (_, k) => `- topic ${'abcdefghijklmnopqrstuvwxyzabcdefghijklmnop'.charAt(k)} was talked about`);
  const document = (before: string[]): string => ['# Club evening', '', ...before, '- The club met on 5 March 2024 in the hall', ''].join('\n');

  it('reads a date after 29 lines and two about the next meeting (the 30th own line)', () => {
    const text = document([...plain(28), '- The next meeting is in the spring', '- Ideas for the next meeting are welcome']);
    expect(parseMinutes(text, { language: 'en' }).date).toBe('2024-03-05');
  });

  it('reads no date from the 31st own line', () => {
    const text = document(plain(30));
    expect(parseMinutes(text, { language: 'en' }).date).toBeNull();
  });

  it('never takes the date of a line about the next meeting', () => {
    const text = ['# Club evening', '', '- The next meeting is on 9 April 2024', '- We met on 5 March 2024', ''].join('\n');
    expect(parseMinutes(text, { language: 'en' }).date).toBe('2024-03-05');
  });
});

describe('a German date about the next meeting', () => {
  it('is never the meeting date (`Nächster Termin: ...`)', () => {
    const text = ['# Vorstandstreffen Gartenfreunde Lindenau', '', '## Themen', '- Heckenschnitt am Vereinsweg besprochen', '- Nächster Termin: 14.04.2031, 19 Uhr', ''].join('\n');
    const parsed = parseMinutes(text, { language: 'de' });
    expect(parsed.date).toBeNull();
    expect(parsed.startTime).toBeNull();
  });
});
