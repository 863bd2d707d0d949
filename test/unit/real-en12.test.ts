import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of English minutes found missing in a twelfth round of real minutes: minutes typed
// in a word processor's outline (numbered items, lettered sub-items, roman numerals indented from
// the margin), school PTOs, Scottish community councils, hackerspace plenums. Each pinned with
// minutes of our own.

const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);
const agenda = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number ?? '-'} ${a.title}`);

describe('an outline typed in a word processor: numbered items with lettered sub-items', () => {
  const text = [
    'Brookfield PTO Meeting Minutes', 'May 3, 2015', '',
    '1.   Meeting called to order at 6:30 PM by Nell Ortiz, president', '',
    '2.   April meeting minutes reviewed',
    '     a.   motion to approve minutes as written: Nell Ortiz',
    '     b.   second: Abe Lund',
    '     c.   vote, all approve April minutes as written', '',
    '3.   treasurer report',
    '     a.    see attached',
    '     b.    received a check from the grocer for the spring',
    '     sale', '',
    '4.   committee reports',
    '     a.  field day',
    '         i.     request for funds for cones',
    '                     -motion to approve $40 for cones: Abe Lund',
    '                     -second: Nell Ortiz',
    '                     -vote, all approve',
  ].join('\n');

  it('reads the numbered items as the agenda: a lettered sub-item is a note under its item, not its title wrapped', () => {
    expect(agenda(text)).toEqual(['1 Meeting called to order at 6:30 PM by Nell Ortiz, president', '2 April meeting minutes reviewed', '3 treasurer report', '4 committee reports']);
  });

  it('keeps a plain numbered list with nothing under its items no agenda', () => {
    expect(agenda('Notes\n\n1. Buy cones\n\n2. Paint lines\n\n3. Book the field\n')).toEqual([]);
  });

});

describe('roman numerals indented from the margin and a roll call of officers', () => {
  const text = [
    'Hillcrest School PTO Meeting', '', 'Date: April 4, 2017   Time: 6:30pm', '',
    '       I.          Called to order by Ada Kerr.', '',
    '     II.           Officer Roll Call', '',
    'a.      Ada Kerr, President', '',
    'b.      Tom Vale, Secretary', '',
    'c.      Una Bright, Treasurer', '',
    '    III.          Approval of Minutes from previous meeting', '',
    'a.      Motioned by:  Lena Ruiz', '',
    'b.      Seconded by:  Carl Moss', '',
    '    IV.          Approval of Treasurer’s Report', '',
    'a.      Motioned by:  Carl Moss', '',
    'b.      Seconded by:  Lena Ruiz', '',
    '     V.          Book Fair', '',
    'The book fair will be May 1st-5th.', '',
  ].join('\n');

  it('reads an item indented as far as code as an item all the same', () => {
    expect(parseMinutes(text).agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('reads the lettered lines under a roll call item as the people present, with their offices', () => {
    const people = parseMinutes(text).participants;
    expect(people.map((p) => [p.name, p.roles])).toEqual([['Ada Kerr', ['chair']], ['Tom Vale', ['secretary']], ['Una Bright', ['treasurer']]]);
  });

  it('reads an item named by one word before a label of one word as a topic, not a roll call', () => {
    const topic = text.replace('Officer Roll Call', 'Board Members');
    expect(present(topic)).not.toContain('Tom Vale');
  });
});

describe('a list of people in a list entry wrapped at a width', () => {
  it('goes on in the entry\'s next line where the line broke between a given name and its surname', () => {
    const text = '## Plenum 2020-03-04\n\n- Present: Ines, Marco, Will Pratt, Dora, Kit, Val, Osmond, Eli\nRask, Tomas, Nina, Abe, Lu\n\n### 20:30 Finances\n\n- Nothing new.\n';
    expect(present(text)).toEqual(['Ines', 'Marco', 'Will Pratt', 'Dora', 'Kit', 'Val', 'Osmond', 'Eli Rask', 'Tomas', 'Nina', 'Abe', 'Lu']);
  });

  it('does not go on into the next entry of the list', () => {
    const text = '## Plenum 2020-03-04\n\n- Present: Ines, Marco, Will Pratt, Dora, Kit, Val, Osmond, Eli\n- Rask will buy coffee.\n';
    expect(present(text)).not.toContain('Eli Rask');
  });
});
