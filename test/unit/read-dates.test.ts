import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { findFullDate, findTimes, scanDates } from '../../src/parse/read-dates.js';

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
});
