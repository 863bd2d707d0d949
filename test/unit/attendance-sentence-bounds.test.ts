import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Where a sentence about attendance starts and ends: wrapped over lines, run into the next one without its stop, further down a long letterhead. */

const people = (text: string) =>
  parseMinutes(text).participants.map((p) => `${p.name}${p.present === false ? ' (absent)' : ''}${p.roles.length > 0 ? ` [${p.roles.join(', ')}]` : ''}`);

describe('a sentence about attendance wrapped at a width', () => {
  it('goes on in the next line of its paragraph, surnames after a plural title', () => {
    expect(people('# Harbour Board\n\nChair Ostrow called the meeting to order at 6:05 p.m. Present: Members\nBelcher, Ostrow, Quint. Excused absence: Member Tally. Also present: Secretary Vance.\n\n## 1. Budget\n\nNothing new.\n')).toEqual([
      'Tally (absent)',
      'Vance [secretary]',
      'Belcher',
      'Ostrow [chair]',
      'Quint',
    ]);
  });

  it('reads no sentence that only mentions people as attendance', () => {
    expect(people('# Harbour Board\n\nChair Ostrow called the meeting to order at 6:05 p.m. The budget from\nBelcher, Ostrow and Quint was read.\n\n## 1. Budget\n\nNothing new.\n')).toEqual(['Ostrow [chair]']);
  });

  it('takes no lone capitalised words after a plural title for people unless an attendance word opens the sentence', () => {
    expect(people('# Harbour Board\n\nThe meeting opened at 6 p.m. Members Budget, Plans and Goals were tabled.\n')).toEqual([]);
  });
});

describe('a sentence about attendance run into the next one without its stop', () => {
  it('is cut where the next one opens with an attendance word', () => {
    expect(people('Harbour Board minutes\n\nPresent: Councillors Marlow, Penrose and Tuck Also present were County Councillor Venn and 4 members of the public.\n\n1. Apologies\n')).toEqual([
      'Marlow',
      'Penrose',
      'Tuck',
      'Venn',
    ]);
  });
});

describe('a sentence about attendance under a long letterhead', () => {
  it('is read past the twenty-fifth line of the header', () => {
    const letterhead = Array.from({ length: 30 }, (_, k) => `Harbour Office, Quay ${k + 1}<br>`).join('\n');
    expect(people(`# Harbour Board\n\n${letterhead}\n\n**1. Call to Order**\n\nChair Ostrow called the meeting to order at 6:05 p.m. Present: Members\nBelcher, Ostrow, Quint.\n`)).toEqual(['Belcher', 'Ostrow [chair]', 'Quint']);
  });
});
