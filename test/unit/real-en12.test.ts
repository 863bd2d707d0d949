import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of English minutes found missing in a twelfth round of real minutes: minutes typed
// in a word processor's outline (numbered items, lettered sub-items, roman numerals indented from
// the margin), school PTOs, Scottish community councils, hackerspace plenums. Each pinned with
// minutes of our own.

const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);
const agenda = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number ?? '-'} ${a.title}`);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

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

  it('reads each sub-item on its own, so a motion and its seconding on lettered or dashed lines are decided', () => {
    expect(decisions(text)).toEqual(['motion to approve minutes as written: Nell Ortiz', 'motion to approve $40 for cones: Abe Lund']);
  });

  it('keeps a plain numbered list with nothing under its items no agenda', () => {
    expect(agenda('Notes\n\n1. Buy cones\n\n2. Paint lines\n\n3. Book the field\n')).toEqual([]);
  });

  it('does not take a motion without seconding or outcome for a decision', () => {
    const unseconded = text.replace('     b.   second: Abe Lund\n', '').replace('     c.   vote, all approve April minutes as written\n', '');
    expect(decisions(unseconded)).not.toContain('motion to approve minutes as written: Nell Ortiz');
  });
});

describe('roman numerals indented from the margin, a roll call of officers and a moved and seconded approval', () => {
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

  it('decides what the item proposed where its lettered lines only name who moved and seconded', () => {
    const found = decisions(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('Approval of Minutes from previous meeting');
    expect(found[1]).toContain('Approval of Treasurer’s Report');
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

describe('officers elected by proposal and seconding, one sentence each', () => {
  const text = [
    'Glenbrae Community Council', '', '14 October 2009', '',
    'Ian Roe proposes Ada Kerr as Chairman and Una Bright seconds.',
    'Ian Roe proposes Una Bright as Vice Chair and Tom Vale seconds.',
    'Tom Vale proposes Ian Roe as Treasurer and Ada Kerr seconds.',
  ].join('\n');

  it('reads each proposal a decision of its own, not a seconding of the one before', () => {
    expect(decisions(text)).toEqual([
      'Ian Roe proposes Ada Kerr as Chairman and Una Bright seconds.',
      'Ian Roe proposes Una Bright as Vice Chair and Tom Vale seconds.',
      'Tom Vale proposes Ian Roe as Treasurer and Ada Kerr seconds.',
    ]);
  });

  it('does not read a proposal that nobody seconded as decided', () => {
    expect(decisions('Glenbrae Community Council\n\nIan Roe proposes a summer fete.\n')).toEqual([]);
  });
});

describe('a heading that names the document as agenda and minutes, and a closing item with its time', () => {
  const text = [
    '## Plenum 2021-02-03 Agenda/Minutes', '', '- Present: Ines, Marco, Dora', '',
    '### 20:30 Finances', '', '- Nothing new.', '',
    '### 20:50 Website', '', '- Dora: fix the footer', '',
    '### 21:15 Close', '',
  ].join('\n');

  it('keeps the heading as the title, not as a label of the minute taker', () => {
    const read = parseMinutes(text);
    expect(read.title).toContain('Plenum');
    expect(read.participants.filter((p) => p.roles.includes('secretary'))).toEqual([]);
  });

  it('reads the time of the closing item as the end time', () => {
    expect(parseMinutes(text).endTime).toBe('21:15');
  });

  it('still reads labels given as alternatives', () => {
    const read = parseMinutes('# Board meeting\n\nScribe/Notes: Ann Lee\n\nPresent: Ann Lee, Bo Chan\n');
    expect(read.participants.find((p) => p.name === 'Ann Lee')?.roles).toContain('secretary');
  });

  it('does not read a time from a line that only says an issue is closing', () => {
    expect(parseMinutes('# Board meeting\n\nPresent: Ann Lee\n\nClosing.\n\nAnn: closing 10, keeping #72.\n').endTime).toBeNull();
  });
});

describe('a deed told in reported speech: the speaker said he or she would do it', () => {
  const tasks = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text]);
  const head = '# Glenbrae Community Council\n\nPresent: Ada Kerr, Ian Roe\n\n';

  it('reads the speaker as the owner of what the pronoun would do', () => {
    expect(tasks(`${head}Ian Roe said that he would investigate the noise in Mill Lane.\n`)).toEqual([[['Ian Roe'], 'Ian Roe said that he would investigate the noise in Mill Lane.']]);
    expect(tasks(`${head}Ada said she would write to the roads department.\n`)).toEqual([[['Ada Kerr'], 'Ada said she would write to the roads department.']]);
  });

  it('reads no task where another subject would do something, or the modal tells a wish or a state', () => {
    expect(tasks(`${head}Ian Roe said the fee would rise in May.\n`)).toEqual([]);
    expect(tasks(`${head}Ada said she would have liked more notice.\n`)).toEqual([]);
    expect(tasks(`${head}Ada said she would be away in June.\n`)).toEqual([]);
  });
});
