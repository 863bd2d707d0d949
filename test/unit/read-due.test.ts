import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { readDue } from '../../src/parse/read-due.js';

const all = Object.values(vocabularies);
const meeting = '2019-11-08'; // a Friday

describe('readDue: words -> date ranges, relative to a meeting on Fri 2019-11-08', () => {
  it.each([
    // Finnish
    ['Marras-joulukuussa toimitetaan aikataulu', 'Marras-joulukuussa', '2019-11-01', '2019-12-31'],
    ['keväällä järjestetään', 'keväällä', '2020-03-01', '2020-05-31'],
    ['alkuvuodesta 2020', 'alkuvuodesta 2020', '2020-01-01', '2020-04-30'],
    ['vuoden loppuun mennessä', 'vuoden loppuun mennessä', '2019-11-08', '2019-12-31'],
    ['15.12. mennessä', '15.12. mennessä', '2019-12-15', '2019-12-15'],
    ['viimeistään 15.12.2019', 'viimeistään 15.12.2019', '2019-12-15', '2019-12-15'],
    ['ensi perjantaina', 'ensi perjantaina', '2019-11-15', '2019-11-15'],
    ['viikolla 9', 'viikolla 9', '2020-02-24', '2020-03-01'],
    ['vko 48', 'vko 48', '2019-11-25', '2019-12-01'],
    ['joulukuussa', 'joulukuussa', '2019-12-01', '2019-12-31'],
    ['tammikuussa 2026', 'tammikuussa 2026', '2026-01-01', '2026-01-31'],
    ['26.3. - 29.3.2020', '26.3. - 29.3.2020', '2020-03-26', '2020-03-29'],
    // English
    ['by Friday', 'by Friday', '2019-11-15', '2019-11-15'],
    ['by Dec 15', 'by Dec 15', '2019-12-15', '2019-12-15'],
    ['due 2019-12-15', 'due 2019-12-15', '2019-12-15', '2019-12-15'],
    ['by end of March', 'by end of March', '2020-03-21', '2020-03-31'],
    ['in week 9', 'in week 9', '2020-02-24', '2020-03-01'],
    ['next week', 'next week', '2019-11-11', '2019-11-17'],
    ['Tuesday next week', 'Tuesday', '2019-11-12', '2019-11-12'],
    ['in 1-2 weeks', 'in 1-2 weeks', '2019-11-08', '2019-11-22'],
    ['at the end of the month', 'at the end of the month', '2019-11-08', '2019-11-30'],
    ['Q1', 'Q1', '2020-01-01', '2020-03-31'],
    ['in spring', 'in spring', '2020-03-01', '2020-05-31'],
    // Swedish
    ['senast 15 december', 'senast 15 december', '2019-12-15', '2019-12-15'],
    ['på fredag', 'på fredag', '2019-11-15', '2019-11-15'],
    ['vecka 9', 'vecka 9', '2020-02-24', '2020-03-01'],
    ['i december', 'i december', '2019-12-01', '2019-12-31'],
    ['till våren', 'till våren', '2020-03-01', '2020-05-31'],
    ['nästa vecka', 'nästa vecka', '2019-11-11', '2019-11-17'],
  ])('%s', (text, written, start, end) => {
    expect(readDue(text, meeting, all)).toEqual({ text: written, start, end });
  });

  it.each([
    ['Paint the shed in late spring', 'in late spring', '2020-05-01', '2020-05-31'],
    ['Minna soittaa ensi torstaina puoli kolmelta', 'ensi torstaina puoli kolmelta', '2019-11-14', '2019-11-14'],
    ['Raportti maaliskuun loppuun mennessä', 'maaliskuun loppuun mennessä', '2020-03-21', '2020-03-31'],
    ['huhtikuun alussa', 'huhtikuun alussa', '2020-04-01', '2020-04-10'],
    ['Anfang April', 'Anfang April', '2020-04-01', '2020-04-10'],
    ['Clean out the basement (Feb / Mar, when the new board takes over)', 'Feb / Mar', '2020-02-01', '2020-03-31'],
    ['send it by the end of the weekend', 'by the end of the weekend', '2019-11-08', '2019-11-10'],
    ['a draft before the end of this meeting', 'before the end of this meeting', '2019-11-08', '2019-11-08'],
    ['Ende nächster Woche', 'Ende nächster Woche', '2019-11-11', '2019-11-17'],
    ['voor eind van de maand', 'voor eind van de maand', '2019-11-08', '2019-11-30'],
    ['i slutet av veckan', 'i slutet av veckan', '2019-11-08', '2019-11-10'],
    ['by Tuesday morning', 'by Tuesday morning', '2019-11-12', '2019-11-12'],
  ])('keeps the words around a deadline and narrows a part of a period: %s', (text, written, start, end) => {
    expect(readDue(text, meeting, all)).toEqual({ text: written, start, end });
  });

  it('finds nothing in words that are no deadline', () => {
    expect(readDue('we may do it later', meeting, all)).toBeNull();
    expect(readDue('Minna lähettää ohjeet', meeting, all)).toBeNull();
    expect(readDue('Torstai-iltojen ohjelma', meeting, all)).toBeNull();
  });

  it('reads English `May` as the month only with its capital after a word leading to a month', () => {
    expect(readDue('the hedge is to be cut by the end of May', meeting, all)).toEqual({ text: 'by the end of May', start: '2020-05-21', end: '2020-05-31' });
    expect(readDue('the fete is in May', meeting, all)).toEqual({ text: 'in May', start: '2020-05-01', end: '2020-05-31' });
    expect(readDue('the results May change', meeting, all)).toBeNull();
    expect(readDue('costs of may rise', meeting, all)).toBeNull();
  });

  it('reads only dates with a year when the meeting has no date', () => {
    expect(readDue('15.12.', null, all)).toBeNull();
    expect(readDue('15.12.2019', null, all)?.end).toBe('2019-12-15');
  });
});
