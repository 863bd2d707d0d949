import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en.js';
import { readItemNumber } from '../../src/parse/agenda-number.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

describe('minutes numbered through the year, the year after a stop (`43.15` at a meeting of 2015)', () => {
  const minutes =
    'Minutes of the Meadowbank Hall Trustees meeting held on 9th March 2027\n' +
    'Present: Trustees Orme (Chair), Pask, Quill and the Clerk\n' +
    '12.27 Apologies for absence\n' +
    'Trustee Rudd sent apologies.\n' +
    '13.27 Minutes of the last meeting\n' +
    'The minutes were approved and signed.\n' +
    '14.27 Boiler servicing\n' +
    'The boiler is due for its service in April.\n' +
    '15.27 Date of next meeting\n' +
    '13th April 2027\n';

  it('reads each as a whole minute, numbered as written', () => {
    expect(readItemNumber('12.27 Apologies for absence', [en])?.number).toBe('12.27');
    expect(agenda(minutes)).toEqual([
      ['12.27', 'Apologies for absence'],
      ['13.27', 'Minutes of the last meeting'],
      ['14.27', 'Boiler servicing'],
      ['15.27', 'Date of next meeting'],
    ]);
  });

  it('takes no run of times or sub-items whose second number is not the meeting year', () => {
    const times = minutes.replace(/\.27 /gu, '.30 ');
    expect(agenda(times)).toEqual([]);
  });

  it('ends the value of a label on a numbered line (`12. Apologies`) at the next numbered line, with no blank line between', () => {
    const text = 'Minutes of the Meadowbank Parish Council meeting held on 9th March 2027\nPresent: Cllrs Orme (Chair), Pask and Quill\n' +
      '12. Apologies for absence\nCllr Rudd\n13. Minutes of the last meeting\nApproved and signed.\n14. Boiler servicing\nDue in April.\n';
    expect(parseMinutes(text).participants.filter((p) => !p.present).map((p) => p.name)).toEqual(['Rudd']);
    expect(agenda(text).map(([number]) => number)).toEqual(['12', '13', '14']);
  });
});
