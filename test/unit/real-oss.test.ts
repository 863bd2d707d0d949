import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real minutes of open-source and standards bodies (technical steering
 * committees, working groups, weekly project syncs, many of them exported from wikis). The
 * sentences, names and organisations here are our own, written in the layouts those minutes use.
 */

const attendees = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);
const organisations = (text: string) => parseMinutes(text).participants.map((p) => p.organization);

describe('attendees with their organisation after a dash, in parentheses', () => {
  const text = '# Interop working group\n\n## Attendees\nNora Quist - (Lattice Labs), Felix Amado - (Openwell), Rhea Dunmore - (Carto Inc)\n\n## 1. Welcome\n\nThe chair opened the call.\n';

  it('reads each `Name - (Org)` as the person, not as no name at all', () => {
    expect(attendees(text)).toEqual(['Nora Quist', 'Felix Amado', 'Rhea Dunmore']);
  });

  it('keeps the organisation in the parentheses as theirs', () => {
    expect(organisations(text)).toEqual(['Lattice Labs', 'Openwell', 'Carto Inc']);
  });

  it('still reads a role after the dash as the role (`Name - chair`)', () => {
    const roles = parseMinutes('## Attendees\nNora Quist - chair, Felix Amado\n\n## 1. Welcome\n\nHello.\n').participants.map((p) => [p.name, p.roles]);
    expect(roles).toEqual([['Nora Quist', ['chair']], ['Felix Amado', []]]);
  });
});

describe('a paragraph of many attendees is a list, however long', () => {
  const names = ['Ada Brook', 'Ben Carver', 'Cleo Dane', 'Dev Ersoy', 'Eli Fenn', 'Fay Gould', 'Gus Hale', 'Ivy Jones', 'Jon Kiel', 'Kim Lowe', 'Lou Marsh', 'Max Nolan', 'Ned Orr', 'Oona Pike', 'Pia Quade', 'Ray Stone'];
  const line = names.map((n, i) => `${n} (Member Org ${i + 1})`).join(', ');

  it('reads all sixteen names of a comma list longer than 400 characters', () => {
    expect(line.length).toBeGreaterThan(400);
    expect(attendees(`# Board call\n\n## Attendees\n${line}\n\n## 1. Welcome\n\nThe chair opened the call.\n`)).toEqual(names);
  });

  it('still reads no one from a long paragraph of prose under the same heading', () => {
    const prose = 'The group met in the large room on the second floor because the usual room was booked for the whole afternoon by another team, and several members joined late after the earlier session overran, so the roll was taken only after the first item had begun and the chair asked that the minutes note this for the record of attendance kept by the foundation staff this year, which the secretary agreed to do once the call had ended.';
    expect(prose.length).toBeGreaterThan(400);
    expect(attendees(`# Board call\n\n## Attendees\n${prose}\n\n## 1. Welcome\n\nThe chair opened the call.\n`)).toEqual([]);
  });
});

describe('attendees exported from a wiki, with a profile link and an address in brackets', () => {
  it('reads a name whose organisation follows its link without a space, and whose address holds a link of its own', () => {
    const text = [
      '# Weekly planning',
      '',
      '## Attendees',
      '',
      '- [Tomas Reyes](https://wiki.example.org/people/101?ref=page)(Brightline) &lt;tomas@[brightline.example](http://brightline.example)&gt;',
      '- [Uma Patel](https://wiki.example.org/people/102?ref=page) (Northgate) &lt;uma@northgate.example&gt;',
      '',
      '## Updates',
      '',
      '- None',
      '',
    ].join('\n');
    expect(attendees(text)).toEqual(['Tomas Reyes', 'Uma Patel']);
    expect(organisations(text)).toEqual(['Brightline', 'Northgate']);
  });
});

describe('a member with a company whose name ends like an organisation', () => {
  const text = [
    '# Foundation council meeting',
    '',
    '## Voting members',
    '',
    '* [x] Orla Finch - Brightwater Inc',
    '* [x] Pavel Drozd - Society of Render Engineers',
    '* [ ] Quinn Baptiste - Halden Ltd.',
    '* [x] Rosa Menkel - Fernlight Ltd / Chairperson / ColourKit',
    '',
    '## Notes',
    '',
    '* The council reviewed the budget.',
    '',
  ].join('\n');
  const people = parseMinutes(text).participants;

  it('reads the person before the dash, not the whole line as an organisation', () => {
    expect(people.map((p) => [p.name, p.present])).toEqual([
      ['Orla Finch', true],
      ['Pavel Drozd', true],
      ['Quinn Baptiste', false],
      ['Rosa Menkel', true],
    ]);
  });

  it('takes a role among details parted by slashes as the role, the rest as written', () => {
    expect(people[3]?.roles).toEqual(['chair']);
    expect(people[3]?.organization).toBe('Fernlight Ltd / ColourKit');
  });

  it('still takes a bare organisation after a name as that name’s (`Name, Parks Department`)', () => {
    expect(parseMinutes('Present: Vic Rowan, Harbour Department, Lea Stone\n').participants.map((p) => [p.name, p.organization])).toEqual([
      ['Vic Rowan', 'Harbour Department'],
      ['Lea Stone', null],
    ]);
  });
});

describe('an agenda item’s title repeated over its notes is no task', () => {
  const text = [
    '# Steering call',
    '',
    'Present: Ilse Brandt, Omar Haddad',
    '',
    '## Agenda',
    '',
    '- Roadmap to release',
    '- Docs sprint - Omar Haddad',
    '',
    '## Minutes',
    '',
    'Roadmap to release',
    '- Ilse to draft the milestone list by Friday.',
    '',
    '- Docs sprint - Omar Haddad',
    '    - Omar to book the room for the sprint.',
    '',
  ].join('\n');
  const tasks = parseMinutes(text).actions.map((a) => [a.owners, a.text]);

  it('leaves out the repeated titles, as a plain line and as a list item with its presenter', () => {
    expect(tasks).toEqual([
      [['Ilse Brandt'], 'Ilse to draft the milestone list by Friday.'],
      [['Omar Haddad'], 'Omar to book the room for the sprint.'],
    ]);
  });

  it('still takes a line that says more than the title', () => {
    const more = text.replace('Roadmap to release\n- Ilse', 'Roadmap to release: Omar to chase the vendors.\n- Ilse');
    expect(parseMinutes(more).actions.map((a) => a.owners[0])).toContain('Omar Haddad');
  });
});

describe('a table of members ticked with emoji', () => {
  it('reads `✅` and `✔️` as present and `❌` as absent', () => {
    const text = '# Maintainers call\n\n| Name | Company | Present |\n|---|---|---|\n| Sven Oduya | Tallow | ✅ |\n| Tia Marsh | Quill | ❌ |\n| Uri Blom | Ketch | ✔️ |\n\n## Notes\n\n- The release was reviewed.\n';
    expect(parseMinutes(text).participants.map((p) => [p.name, p.present])).toEqual([
      ['Sven Oduya', true],
      ['Tia Marsh', false],
      ['Uri Blom', true],
    ]);
  });
});

describe('`Notes` on a line of its own heads the notes, as a heading does', () => {
  it('takes no note taker from the first item under it', () => {
    const text = '# Project call\n\nAttendees\n- Vera Lund, Pinecone\n- Wim Osei, Harbor\n\nNotes\n- Roadmap\n- Plugin API review\n';
    const people = parseMinutes(text).participants;
    expect(people.map((p) => p.name)).toEqual(['Vera Lund', 'Wim Osei']);
    expect(people.flatMap((p) => p.roles)).toEqual([]);
  });

  it('still takes a participant named under it as the note taker', () => {
    const text = '# Project call\n\nAttendees: Vera Lund, Wim Osei\n\nNotes\nWim Osei\n\n## Topics\n\n- Plugin API\n';
    expect(parseMinutes(text).participants.map((p) => [p.name, p.roles])).toEqual([
      ['Vera Lund', []],
      ['Wim Osei', ['secretary']],
    ]);
  });
});

describe('a site’s timestamp in front matter is no meeting time', () => {
  it('takes the date but not the midnight of `date: 2025-03-04 00:00:00 -0800`', () => {
    const meeting = parseMinutes('---\nlayout: post\ntitle: Community call\ndate: 2025-03-04 00:00:00 -0800\n---\n\n### Attendees\n* Xena Pohl\n* Yusuf Arslan\n');
    expect([meeting.date, meeting.startTime]).toEqual(['2025-03-04', null]);
  });

  it('still takes the times written after the date (`date: 2025-03-04, 18:00 - 19:30`)', () => {
    const meeting = parseMinutes('---\ntitle: Community call\ndate: "2025-03-04, 18:00 - 19:30"\n---\n\n### Attendees\n* Xena Pohl\n');
    expect([meeting.date, meeting.startTime, meeting.endTime]).toEqual(['2025-03-04', '18:00', '19:30']);
  });
});

describe('the minutes’ own preamble and colophon', () => {
  const text = [
    '## Minutes of the Packaging Working Group',
    '',
    'These are the approved minutes of the call named in the subject line. Corrections are welcome by reply.',
    '',
    '## Attendees',
    'Zoe Lindqvist - (Northpoint), Arno Feld - (Kestrel)',
    '',
    '## 1. Review agenda',
    '',
    'Minutes were prepared by Arno Feld.',
    '',
    '## 2. Signing keys',
    '',
    'It was agreed to rotate the signing keys before the next release.',
    '',
  ].join('\n');
  const meeting = parseMinutes(text);

  it('reads no decision from a sentence about the minutes themselves', () => {
    expect(meeting.decisions.map((d) => d.text)).toEqual(['It was agreed to rotate the signing keys before the next release.']);
  });

  it('takes `Minutes were prepared by X` as naming the secretary', () => {
    expect(meeting.participants.filter((p) => p.roles.includes('secretary')).map((p) => p.name)).toEqual(['Arno Feld']);
  });
});

describe('co-chairs named under their own heading or label', () => {
  it('reads `## Chair and Co-Chair` as a list of chairs, not as an agenda item', () => {
    const text = '# Steering meeting - 2024-09-03\n\n## Chair and Co-Chair\n* Dana Ruiz\n* Eli Moss [Orchard]\n\n## Attendees\n* Dana Ruiz\n* Eli Moss [Orchard]\n* Fen Wu\n\n## Topics\n\n### Release\n* Eli to tag the release.\n';
    const meeting = parseMinutes(text);
    expect(meeting.agenda.map((a) => a.title)).not.toContain('Chair and Co-Chair');
    expect(meeting.participants.filter((p) => p.roles.includes('chair')).map((p) => p.name)).toEqual(['Dana Ruiz']);
  });

  it('reads `Co-chairs:` as a label of chairs', () => {
    const meeting = parseMinutes('# Sync\n\nCo-chairs: Dana Ruiz, Eli Moss\n\nAttendees: Dana Ruiz, Eli Moss, Fen Wu\n\n## Notes\n\n- The roadmap was reviewed.\n');
    expect(meeting.participants.map((p) => p.name)).toEqual(['Dana Ruiz', 'Eli Moss', 'Fen Wu']);
    expect(meeting.participants.some((p) => p.roles.includes('chair'))).toBe(true);
  });
});
