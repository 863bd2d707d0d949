import { describe, expect, it } from 'vitest';
import { runRule } from './validate-helpers.js';

describe('date-invalid', () => {
  it('flags days and months that do not exist, in d.m.yyyy and ISO shapes', () => {
    expect(runRule('date-invalid', '# K\n\nSeuraava kokous 31.2.2019 ja 29.2.2019.\nDue 2019-02-30, filed 2019-13-01.\nOn 1.13.2019.\n')).toEqual([
      'm.md:3:17-3:26: error date-invalid Unexpected date `31.2.2019`, expected a day from 1 to 28 in February 2019',
      'm.md:3:30-3:39: error date-invalid Unexpected date `29.2.2019`, expected a day from 1 to 28 in February 2019',
      'm.md:4:5-4:15: error date-invalid Unexpected date `2019-02-30`, expected a day from 1 to 28 in February 2019',
      'm.md:4:23-4:33: error date-invalid Unexpected date `2019-13-01`, expected a month from 1 to 12',
      'm.md:5:4-5:13: error date-invalid Unexpected date `1.13.2019`, expected a month from 1 to 12',
    ]);
  });

  it('passes real dates, leap days, times, versions, ranges and fenced code', () => {
    expect(runRule('date-invalid', '# K\n\n29.2.2020 klo 10.00, 8. 11. 2019, v1.2.3, 2019-2020, 1.1.20199.\n\n```\n31.2.2019\n```\n')).toEqual([]);
  });
});

describe('weekday-mismatch', () => {
  it('points at the weekday word and names the right day in the minutes\' language', () => {
    expect(runRule('weekday-mismatch', '**Kokous**\n\n**Aika: Ma 8.11.2019 klo 10**\n')).toEqual([
      'm.md:3:9-3:21: error weekday-mismatch Unexpected weekday `Ma` for 2019-11-08, expected `perjantai` (Friday)',
    ]);
  });

  it('reads English and Markdown-marked weekdays', () => {
    expect(runRule('weekday-mismatch', '# Board\n\nDate: **Monday**, November 8, 2019\n', 'en')).toEqual([
      'm.md:3:9-3:35: error weekday-mismatch Unexpected weekday `Monday` for 2019-11-08, expected Friday',
    ]);
    expect(runRule('weekday-mismatch', '# Board\n\nDate: Friday, November 8, 2019\n', 'en')).toEqual([]);
  });

  it('gives a date without a year the year nearest the meeting, across New Year too', () => {
    const minutes = (line: string): string => `# Kokous\n\nAika: pe 20.12.2019\n\n${line}\n`;
    expect(runRule('weekday-mismatch', minutes('Seuraava kokous to 2.1. klo 10.'))).toEqual([]);
    expect(runRule('weekday-mismatch', minutes('Seuraava kokous ke 2.1. klo 10.'))).toEqual([
      'm.md:5:17-5:24: error weekday-mismatch Unexpected weekday `ke` for 2020-01-02, expected `torstai` (Thursday)',
    ]);
  });

  it('skips dates without a year when the meeting has no date', () => {
    expect(runRule('weekday-mismatch', '# Kokous\n\nSeuraava kokous ke 2.1. klo 10.\n')).toEqual([]);
  });
});

describe('week-mismatch', () => {
  const finnish = (line: string): string => `# Kokous\n\nAika: pe 8.11.2019\n\n${line}\n`;

  it('passes dates in the written ISO week, with the year inferred from the meeting', () => {
    expect(runRule('week-mismatch', finnish('Aikataulu: viikko 9 (26.2.) Kajaani, vko 11, ke 11.3. Ylivieska, viikko 14 (1.4.2020).'))).toEqual([]);
  });

  it('flags a date outside its week, from the week word to the date', () => {
    expect(runRule('week-mismatch', finnish('Aikataulu: viikko 10 (26.2.) Kajaani.'))).toEqual([
      'm.md:5:12-5:28: error week-mismatch Unexpected 2020-02-26 in week 10 (it is in week 9), expected a day from 2020-03-02 to 2020-03-08',
    ]);
  });

  it('reads English weeks and month names', () => {
    const english = (line: string): string => `# Board\n\nDate: 2019-11-08\n\n${line}\n`;
    expect(runRule('week-mismatch', english('Training in week 9 (Feb 26).'), 'en')).toEqual([]);
    expect(runRule('week-mismatch', english('Training in week 8 (Feb 26).'), 'en')).toEqual([
      'm.md:5:13-5:27: error week-mismatch Unexpected 2020-02-26 in week 8 (it is in week 9), expected a day from 2020-02-17 to 2020-02-23',
    ]);
  });

  it('does not pair a week with a date further on in the sentence', () => {
    expect(runRule('week-mismatch', finnish('Viikko 10 on loma, ja kokous pidetään 26.2.'))).toEqual([]);
  });
});

describe('time-range-invalid', () => {
  it('flags an end before the start at the time as written', () => {
    expect(runRule('time-range-invalid', '# Board\n\n- **Date:** 2024-03-14\n- **Time:** 19:00–17:30\n', 'en')).toEqual([
      'm.md:4:13-4:24: error time-range-invalid Unexpected end time 17:30 before start time 19:00, expected an end after the start',
    ]);
    expect(runRule('time-range-invalid', '# Board\n\n- **Date:** 2024-03-14\n- **Time:** 17:30–19:00\n', 'en')).toEqual([]);
  });
});
