import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of English minutes found missing in a seventh round of real minutes: church and
// society business meetings, OSS committee notes, a foundation board, a US school board, a club's
// business meeting, MeetBot summaries. Each pinned with minutes of our own.

const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);
const tasks = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('a sub-heading that opens another part of the minutes ends the roster above it', () => {
  const text = [
    '# Garden group (2026-02-04)', '', '## Attendees', '', '* Ona', '* Pia', '* Rolf', '',
    '### Action items', '', '- [ ] Pia: Order the seed packets, CC Rolf', '- [ ] Ona: Book the hall', '',
    '### Notes', '', '- Spring fair', '',
  ].join('\n');

  it('reads the tasks under `### Action items` as tasks, not as more people', () => {
    expect(present(text)).toEqual(['Ona', 'Pia', 'Rolf']);
    expect(tasks(text)).toEqual([
      { owners: ['Pia'], text: 'Pia: Order the seed packets, CC Rolf' },
      { owners: ['Ona'], text: 'Ona: Book the hall' },
    ]);
  });

  it('still reads a sub-heading of people (`### Guests`) as part of the roster', () => {
    const guests = '# Garden group\n\n## Attendees\n\n* Ona\n* Pia\n\n### Guests\n\n* Rolf Lind\n\n## Notes\n\nSpring fair.\n';
    expect(parseMinutes(guests).participants.map((p) => p.name)).toContain('Rolf Lind');
    expect(tasks(guests)).toEqual([]);
  });
});

describe('a time with its mark spaced (`P. M.`) and `o\'clock` before it', () => {
  it('reads `at 8:00 o\'clock P. M.` as the evening', () => {
    const text = 'Board of Trustees\n\nThe regular meeting was held at the Town Hall on Monday, March 4, 1946, at 8:00 o\'clock P. M.\n\nThe minutes were read.\n';
    expect(parseMinutes(text).startTime).toBe('20:00');
  });

  it('reads `7:30 A. M.` as the morning', () => {
    expect(parseMinutes('Board of Trustees\n\nMet on March 4, 1946, at 7:30 A. M.\n').startTime).toBe('07:30');
  });

  it('takes no spaced letter after an item number for a mark (`2 a. Minutes`)', () => {
    const text = 'Board of Trustees\n\nMarch 4, 1946\n\nAgenda item 2 a. Minutes of the last meeting\n';
    expect(parseMinutes(text).startTime).toBeNull();
  });
});

describe('the topics of a MeetBot summary written out as text', () => {
  const summary = [
    '#team-meeting: BUILD (2024-05-06)', '', 'Meeting started by alma at 15:00:04 UTC.', '',
    'Meeting summary', '---------------',
    '* roll call  (alma, 15:00:10)', '',
    '* #812 move the mirror to the new host  (alma, 15:02:31)',
    '  * LINK: https://example.org/ticket/812   (alma, 15:02:40)',
    '  * ACTION: bert to copy the keys  (alma, 15:07:12)', '',
    '* #815 retire the old compose boxes and their',
    '  disks  (alma, 15:10:02)', '',
    '* open floor  (alma, 15:20:45)', '', 'Meeting ended at 15:31:00 UTC.', '',
  ].join('\n');

  it('reads each stamped entry of the outer list as an item, the stamp left out, a wrapped one whole', () => {
    expect(parseMinutes(summary).agenda.map((a) => a.title)).toEqual([
      'roll call', '#812 move the mirror to the new host', '#815 retire the old compose boxes and their disks', 'open floor',
    ]);
  });

  it('takes no plain list of notes for topics: the bot\'s stamp makes them', () => {
    const notes = 'Team notes\n\n* roll call\n* the mirror moves (maybe)\n* open floor\n';
    expect(parseMinutes(notes).agenda.map((a) => a.title)).not.toContain('the mirror moves');
  });
});

describe('one person agreeing, or what all could agree on, is no decision of the meeting', () => {
  const decided = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
  const wrap = (body: string) => `# Parish council\n\nPresent: Ada Holm, Ben Ruiz, Cy Lund\n\n## 3. Hall\n\n${body}\n`;

  it('reads `He agreed that ...` and `She also agreed ...` as one person\'s view', () => {
    expect(decided(wrap('Ben spoke about the roof. He agreed that we can use the old tiles.'))).toEqual([]);
    expect(decided(wrap('Ada asked about the lease. She also agreed that the rent is fair.'))).toEqual([]);
  });

  it('reads `the things we can all agree with` as a possibility', () => {
    expect(decided(wrap('Cy said the rules are the things that we can all agree with.'))).toEqual([]);
  });

  it('still reads the meeting agreeing (`We agreed`, `All agreed`, `It was agreed`)', () => {
    expect(decided(wrap('We agreed that the hall opens on Sundays.'))).toHaveLength(1);
    expect(decided(wrap('After discussion all agreed to repaint the door.'))).toHaveLength(1);
    expect(decided(wrap('It was agreed that Ada sends the letter.'))).toHaveLength(1);
  });

  it('reads a Dutch `Hij keurde ... goed` as one person, `Het bestuur keurde ... goed` as the board', () => {
    const nl = (body: string) => `# Bestuursvergadering\n\nAanwezig: Ada Holm, Ben Ruiz\n\n## 3. Huis\n\n${body}\n`;
    expect(decided(nl('Ben sprak over het dak. Hij keurde de rekening goed.'))).toEqual([]);
    expect(decided(nl('Het bestuur keurde de rekening goed.'))).toHaveLength(1);
  });
});

describe('the sentence that opens the meeting dates it before a site\'s front-matter date', () => {
  it('reads the day of `called to order` over the page\'s `date`', () => {
    const text = '+++\ndate = "2023-05-02T10:00:00-05:00"\ntitle = "April Business Meeting"\n+++\n* Meeting called to order by President Lee at 19:02, April 18, 2023\n\n## Reports\n\nMotion carried.\n';
    const parsed = parseMinutes(text);
    expect(parsed.date).toBe('2023-04-18');
    expect(parsed.startTime).toBe('19:02');
  });

  it('reads a Finnish opening the same way (`Kokous avattiin 12.3.2024 klo 18.05`)', () => {
    const text = '---\ndate: 2024-03-20\ntitle: Hallituksen kokous\n---\nKokous avattiin 12.3.2024 klo 18.05.\n\n## 2. Asiat\n\nPäätettiin hankkia kahvinkeitin.\n';
    expect(parseMinutes(text).date).toBe('2024-03-12');
  });

  it('keeps the front-matter date where the opening sentence names no day', () => {
    const text = '+++\ndate = "2023-05-02T10:00:00-05:00"\ntitle = "Business Meeting"\n+++\n* Meeting called to order at 19:02\n\n## Reports\n\nMotion carried.\n';
    expect(parseMinutes(text).date).toBe('2023-05-02');
  });
});

describe('an item tabled, postponed or deferred pending something is a decision', () => {
  const decided = (body: string) => parseMinutes(`# Club business meeting\n\n## Old Business\n\n${body}\n`).decisions.map((d) => d.text);

  it('reads `Tabled pending ...` and `Postponed pending ...` under an item\'s heading as what the meeting settled', () => {
    expect(decided('#### New meeting format\n\nTabled pending the outcome of the bylaw change.')).toHaveLength(1);
    expect(decided('#### Repeater\n\nPostponed pending a second quote.')).toHaveLength(1);
  });

  it('reads no decision in a report of what is pending', () => {
    expect(decided('Two repairs are pending the delivery of parts.')).toEqual([]);
  });
});

describe('the opening sentence of typed minutes wrapped onto the next lines of its paragraph', () => {
  const typed = [
    'Board of Education', '',
    'The regular meeting of the Board of Education held at the',
    'Central School on Monday, March 4, 1946, at 7:30 o\'clock',
    'P. M., pursuant to notice.', '',
    'The minutes were read and approved.', '',
  ].join('\n');

  it('reads the place and the evening time across the wraps', () => {
    const parsed = parseMinutes(typed);
    expect(parsed.date).toBe('1946-03-04');
    expect(parsed.startTime).toBe('19:30');
    expect(parsed.location).toBe('the Central School');
  });

  it('reads a Swedish wrapped sentence the same way', () => {
    const sv = 'Styrelsemöte\n\nMötet hölls den 5 maj 2024 i\nFöreningslokalen på Storgatan 3.\n\nProtokollet lades till handlingarna.\n';
    expect(parseMinutes(sv).location).toBe('Föreningslokalen på Storgatan 3');
  });

  it('joins no line after a full stop: the next line is another sentence', () => {
    const two = 'Board of Education\n\nThe board met on March 4, 1946 at 7:30.\nP. M. Jones spoke on the roof.\n';
    expect(parseMinutes(two).startTime).toBe('07:30');
  });
});
