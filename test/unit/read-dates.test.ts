import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { findFullDate, findTimes, scanDates } from '../../src/parse/read-dates.js';
import { dateInName } from '../../src/parse/read-when.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const all = Object.values(vocabularies);

describe('findFullDate and findTimes', () => {
  it.each([
    ['Pe 8.11.2019 klo 10.00 - 15.00', '2019-11-08', '10:00', '15:00'],
    ['8.11.2019 klo 10-15', '2019-11-08', '10:00', '15:00'],
    ['8. marraskuuta 2019', '2019-11-08', null, null],
    ['2019-11-08', '2019-11-08', null, null],
    ['November 8, 2019 14:00–15:30 UTC', '2019-11-08', '14:00', '15:30'],
    ['8 nov. 2019 kl. 10.00', '2019-11-08', '10:00', null],
    ['Tuesday, February 28, 2017 at 6:00pm', '2017-02-28', '18:00', null],
    ['Mittwoch, 10. April 2019', '2019-04-10', null, null],
    ['25 januari 2023', '2023-01-25', null, null],
    ['Session: 20230328-0630', '2023-03-28', null, null],
    ['7-okt-2021 - 19:30-21:00 uur', '2021-10-07', '19:30', '21:00'],
    ['22-januari-2020', '2020-01-22', null, null],
    ['Thursday 3rd.March 2033, at 7.30 pm', '2033-03-03', '19:30', null],
    ['held on 21st. September 2034 at 8 pm', '2034-09-21', '20:00', null],
  ])('%s', (text, date, start, end) => {
    expect(findFullDate(text, all)?.iso ?? null).toBe(date);
    const times = findTimes(text, all);
    expect(times?.start ?? null).toBe(start);
    expect(times?.end ?? null).toBe(end);
  });

  it('reads the weekday written before a date', () => {
    expect(scanDates('Ma 8.11.2019', all)[0]?.weekday).toBe(0);
    expect(scanDates('Maanantai 26.3.2019', all)[0]?.weekday).toBe(0);
  });

  it('does not read a time as a date, nor an impossible date', () => {
    expect(scanDates('klo 10.00.', all)).toEqual([]);
    expect(scanDates('31.2.2019', all)).toEqual([]);
  });

  it('reads 8:00pm - 9:00pm and a labelled 1300', () => {
    expect(findTimes('8:00pm - 9:00pm', all)).toMatchObject({ start: '20:00', end: '21:00' });
    expect(findTimes('1300 (planned)', all, true)?.start).toBe('13:00');
    expect(findTimes('1300 people', all)).toBeNull();
  });

  it('reads numeric dates in the order the numbers or the language settle', () => {
    const en = [vocabularies.en];
    const fi = [vocabularies.fi];
    expect(findFullDate('Held 4/23/2031 in the hall', en)?.iso).toBe('2031-04-23');
    expect(findFullDate('Held 04/05/31', en)?.iso).toBe('2031-04-05');
    expect(findFullDate('Held 04/05/31', fi)?.iso).toBe('2031-05-04');
    expect(findFullDate('(23/4/31) notes', en)?.iso).toBe('2031-04-23');
    expect(findFullDate('Pidetty 23.04.31', fi)?.iso).toBe('2031-04-23');
    expect(findFullDate('Vergadering 23-04-2031', [vocabularies.nl])?.iso).toBe('2031-04-23');
    expect(findFullDate('release 2.10.31 is out', en)).toBeNull();
    expect(findFullDate('score 23-04-31', en)).toBeNull();
  });

  it('reads am/pm glued to the minutes, also a bare p, but not a letter after an hour', () => {
    expect(findTimes('from 6:05PM CET', all)?.start).toBe('18:05');
    expect(findTimes('closed 9.15am', all)?.start).toBe('09:15');
    expect(findTimes('closed at 9:41p by the chair', all)?.start).toBe('21:41');
    expect(findTimes('see item 4a', all)).toBeNull();
  });

  it('reads the date a file name spells, and none where the digits read two ways', () => {
    expect(dateInName('board-2031-04-23', false)).toBe('2031-04-23');
    expect(dateInName('notes20310423', false)).toBe('2031-04-23');
    expect(dateInName('Verslag_23-4-2031', false)).toBe('2031-04-23');
    expect(dateInName('minutes_31_04_23', false)).toBe('2031-04-23');
    expect(dateInName('042331', true)).toBe('2031-04-23');
    // two-digit parts: year last when both readings are dates and it is the later year, else year first
    expect(dateInName('meeting_23_04_31', false)).toBe('2031-04-23');
    expect(dateInName('meeting_04_23_31', true)).toBe('2031-04-23');
    expect(dateInName('meeting_31_04_23', true)).toBe('2031-04-23');
    expect(dateInName('meeting_31_04_12', false)).toBe('2031-04-12');
    expect(dateInName('010203', true)).toBeNull();
    expect(dateInName('agenda-v2', true)).toBeNull();
  });
});

describe('an English ordinal with a stop', () => {
  it('still dates the meeting held on it, and is no place', () => {
    const text = ['Minutes of the Hill Club', '', 'MINUTES of the meeting of the Hill Club held on Tuesday 9th.May 2034, at 7 pm in the Scout Hut.', '', 'PRESENT were Ann Bell and Cy Dorn.', ''].join('\n');
    const parsed = parseMinutes(text, { language: 'en' });
    expect(parsed.date).toBe('2034-05-09');
    expect(parsed.startTime).toBe('19:00');
    expect(parsed.location).not.toBe('Tuesday 9th.May 2034');
  });

  it('reads the time after an ordinal with a stop and a space in the sentence of record', () => {
    const text = ['Hill Club Minutes of meeting 21st September 2034', '', 'MINUTES of the meeting of the Hill Club held on 21st. September 2034, at 8.15 pm in the Scout Hut.', '', 'PRESENT were Ann Bell and Cy Dorn.', ''].join('\n');
    expect(parseMinutes(text, { language: 'en' }).startTime).toBe('20:15');
  });
});
