import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Parish minutes typed up number each item and set its title in capitals, running on into the notes. */

const items = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

describe('numbered titles set in capitals', () => {
  it('reads titles glued to their number and running into their notes, lines of one paragraph', () => {
    const text = [
      'Minutes of Brackley End Parish Council, 4th February 2031',
      'PRESENT: Cllr H Dorrit (Chair), Cllr P Vantage, Cllr S Mowbray and the Clerk, Mrs L Quill.',
      'The Chair opened the meeting at 7.30pm.',
      '1.APOLOGIES FOR ABSENCE. Cllr R Fenn sent apologies, which were accepted.',
      '2.DECLARATIONS OF INTEREST. There were none.',
      '3.MINUTES OF MEETING, 7th January 2031. These were agreed and signed.',
      '4.FOOTPATH SIGNS. Two signs on the bridleway have fallen. The Clerk will report them.',
      '5.CHURCHYARD WALL. A quote for repairs is awaited.',
    ].join('\n');
    expect(items(text)).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE'],
      ['2', 'DECLARATIONS OF INTEREST'],
      ['3', 'MINUTES OF MEETING'],
      ['4', 'FOOTPATH SIGNS'],
      ['5', 'CHURCHYARD WALL'],
    ]);
  });

  it('reads such titles as points of a numbered list with their notes on the same line', () => {
    const text = [
      'MINUTES OF THE PARISH COUNCIL MEETING HELD ON March 11th, 2031',
      '',
      'PRESENT: Cllr H Dorrit (Chair), Cllr P Vantage and the Clerk, Mrs L Quill.',
      '',
      '1.    APOLOGIES FOR ABSENCE. There were none.',
      '',
      '2.    VILLAGE SIGN. The repainted sign is back in place.',
      '',
      '3.    GRASS CUTTING. The contractor will start in April.',
      '',
      '4.    BUS SHELTER. Cllr Vantage will ask for a second quote.',
    ].join('\n');
    expect(items(text)).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE'],
      ['2', 'VILLAGE SIGN'],
      ['3', 'GRASS CUTTING'],
      ['4', 'BUS SHELTER'],
    ]);
  });

  it('reads a number glued to a heading in capitals', () => {
    const text = ['# Sitzung 3. März 2031', '', '## 1. Finanzen', '', '* Kasse geprüft', '', '## 2.AG-Treffen', '', '* Termin steht', '', '## 3. Sonstiges', '', '* nichts'].join('\n');
    expect(items(text)).toEqual([
      ['1', 'Finanzen'],
      ['2', 'AG-Treffen'],
      ['3', 'Sonstiges'],
    ]);
  });

  it('reads no title from a numbered list of short points or an acronym opening a sentence', () => {
    const text = [
      'Notes of the working group, 2nd May 2031',
      '',
      'Points raised:',
      '',
      '1. AGM. The date is not set yet.',
      '2. Cake for the fete.',
      '3. New chairs for the hall.',
    ].join('\n');
    expect(items(text)).toEqual([]);
  });

  it('leaves the notes after a title in capitals to be read as sentences of their own', () => {
    const text = [
      'Minutes of Brackley End Parish Council, 4th February 2031',
      'PRESENT: Cllr H Dorrit (Chair), Cllr P Vantage, Cllr S Mowbray and the Clerk, Mrs L Quill.',
      '1.APOLOGIES FOR ABSENCE. Cllr R Fenn sent apologies.',
      '2.MINUTES OF MEETING, 7th January 2031. These were agreed and signed.',
      '3.PLAYGROUND. Cllr Vantage to get quotes for the swings.',
    ].join('\n');
    const read = parseMinutes(text);
    expect(read.decisions.map((d) => d.text)).toEqual(['These were agreed and signed.']);
    expect(read.actions.map((a) => a.text)).toEqual(['Cllr Vantage to get quotes for the swings.']);
  });

  it('reads no title from a word in capitals before a colon: that is a label', () => {
    const text = ['Notes of the fete committee, 2nd May 2031', '', '1. ACTION: Tom to book the bouncy castle.', '2. ACTION: Ann to ask the school for tables.', '3. UPDATE: the insurer has replied.'].join('\n');
    expect(items(text)).toEqual([]);
  });
});
