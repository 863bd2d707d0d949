import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { scanDates } from '../../src/parse/read-dates.js';
import { vocabularies } from '../../src/lang/index.js';

/**
 * The meeting a first line names before its date, and the numeric dates such lines write:
 * `26/9 2018` and `25/4 -19` (the Nordic day and month, the year apart), `-10/17/24` after a
 * separating dash. Every example is written for the test.
 */

const all = Object.values(vocabularies);
const dates = (text: string) => scanDates(text, all).map((d) => [d.year, d.month, d.day]);
const header = (text: string) => {
  const m = parseMinutes(text);
  return { title: m.title, date: m.date };
};

describe('a Nordic day and month with the year apart', () => {
  it('reads the year after blanks (`26/9 2018`) and a short year after a dash or an apostrophe (`25/4 -19`, `3/4 ’24`)', () => {
    expect(dates('Möte 14/3  2022')).toEqual([[2022, 3, 14]]);
    expect(dates('Klassråd 2/5 -23')).toEqual([[2023, 5, 2]]);
    expect(dates('Styrelsemöte 3/4 ’24')).toEqual([[2024, 4, 3]]);
  });

  it('takes no time (`26/9 19.00`), no bare two-digit number (`26/9 18 personer`) and no vote count (`7/0/1`) for a year', () => {
    expect(dates('kl 26/9 19.00')).toEqual([]);
    expect(dates('Möte 26/9 18 personer')).toEqual([]);
    expect(dates('Röster 7/0/1')).toEqual([]);
  });

  it('reads a date after a separating dash, not one after a number and a dash (`1-3/5/2024`)', () => {
    expect(dates('Board Meeting -10/17/24 outdoors')).toEqual([[2024, 10, 17]]);
    expect(dates('Pages 1-3/5/2024')).toEqual([]);
  });
});

describe('the meeting a first line names before its date', () => {
  it('takes the name before the date when a label line follows in the same block', () => {
    expect(header('Styrelsemöte Ekbackens scoutkår  14/3  2022\nNärvarande: Eva Lund, Per Ek\n\n1. Mötet öppnas.\n')).toEqual({ title: 'Styrelsemöte Ekbackens scoutkår', date: '2022-03-14' });
  });

  it('takes it whatever follows the date on the line (`Garden Club Meeting -4/9/24 held outdoors ...`)', () => {
    expect(header('Garden Club Meeting -4/9/24 held outdoors by the greenhouse.\nPresent: Ann Lee, Bob Ray\n\nTreasurer report\n')).toEqual({ title: 'Garden Club Meeting', date: '2024-04-09' });
  });

  it('reads over the dots of an abbreviation before the date and stops at the run-on fields (`d.d. 25 oktober 2018, Aanvang: ...`)', () => {
    expect(header('Verslag bestuursvergadering Buurtkring d.d. 12 maart 2024, Aanvang: 20.00 uur, Locatie: Buurthuis.\nAanwezig: Jan Smit, Piet Bos\n\n1. Opening\n').title).toBe('Verslag bestuursvergadering Buurtkring');
  });

  it('takes no sentence (`Am 3.5.2024 fand ...`), no document word alone (`Notulen 9 september 2019`) and no label set apart by blanks', () => {
    expect(header('Am 3.5.2024 fand unsere Jahreshauptversammlung statt.\nEs waren 20 Mitglieder da.\n').title).toBeNull();
    expect(header('Notulen 9 september 2019\nAanwezig: Jan, Piet\n\nMededelingen:\n').title).toBeNull();
    expect(header('Kokousaika        12.1.2016 klo 14.00\nKokouspaikka      Kaupungintalo\n\nLäsnä\n').title).toBeNull();
  });
});

describe('English times without a mark', () => {
  const start = (text: string) => parseMinutes(text).startTime;

  it('reads an hour from 1 to 6 without `am` or `pm` as the afternoon’s (`called to order at 5:30`)', () => {
    expect(start('Garden Club Meeting\n\nThe meeting was called to order at 5:30 by the chair.\n')).toBe('17:30');
  });

  it('keeps a morning hour, an hour with a leading zero and a marked hour as written', () => {
    expect(start('Garden Club Meeting\n\nThe meeting was called to order at 9:05 by the chair.\n')).toBe('09:05');
    expect(start('Garden Club Meeting\n\nTime: 05:30\n')).toBe('05:30');
    expect(start('Garden Club Meeting\n\nThe meeting was called to order at 5:30 a.m. by the chair.\n')).toBe('05:30');
  });

  it('leaves the 24-hour clock of other languages alone (`klo 5.30`)', () => {
    expect(start('Puutarhakerhon kokous\n\nAika: klo 5.30\n')).toBe('05:30');
  });
});

describe('a month and its year alone', () => {
  it('is no title (`APRIL 2019` over the meeting’s line)', () => {
    expect(parseMinutes('APRIL 2019\nKlassråd 25/4 2019\n\n1. Mötet öppnas.\n').title).not.toBe('APRIL 2019');
  });
});
