import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of English notes kept by technical and informal groups (open-source working groups,
// student project teams, community calls), found missing in a ninth round of real minutes.
// Each pinned with minutes of our own.

const people = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, organization: p.organization }));

describe('a seat written before its holder in parentheses in a roster', () => {
  it('reads the person in the parentheses when the words before them name no one', () => {
    const text = '# Sprint sync\n\n**Attendees:**\n\n* Team Member 1 (Lena Hart)\n* Team Member 2 (Omar Quist)\n* Scrum master (Pia Lund)\n\n## Notes\n\n* Demo went fine.\n';
    expect(people(text).map((p) => p.name)).toEqual(['Lena Hart', 'Omar Quist', 'Pia Lund']);
  });

  it('keeps a name before parentheses as the name, and what the parentheses hold as its organisation', () => {
    const text = '# Sprint sync\n\n**Attendees:**\n\n* Lena Hart (Acme Labs)\n* Omar Quist (City Library)\n\n## Notes\n\n* Demo went fine.\n';
    expect(people(text)).toEqual([{ name: 'Lena Hart', organization: 'Acme Labs' }, { name: 'Omar Quist', organization: 'City Library' }]);
  });
});

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ text: a.text, owners: a.owners }));

describe('mentions that close a task in a task list', () => {
  const text = [
    '# Core team sync', '', '## Action items',
    '- [ ] Draft the release notes @Maria K @Tom B',
    '- [x] Open a PR for the README @Jo W https://example.org/pr/12',
    '- [ ] Book the room for the retro @Sam',
    '- [ ] Write to @Ana and the docs team about the guide',
    '',
  ].join('\n');

  it('gives each mention of the run as an owner, as written when no roster names them, a link after them left aside', () => {
    const found = actions(text);
    expect(found[0]?.owners).toEqual(['Maria K', 'Tom B']);
    expect(found[1]?.owners).toEqual(['Jo W']);
    expect(found[2]?.owners).toEqual(['Sam']);
  });

  it('takes no owner from a mention inside the task, which is whom it is done for', () => {
    expect(actions(text)[3]?.owners).toEqual([]);
  });
});

describe('a table of tasks with a column of people', () => {
  it('gives each row its person as the owner of its task (English)', () => {
    const text = '# Team meeting\n\n## Tasks until next meeting\n\n| Name | Student id | ToDo |\n|--|--|--|\n| Lena Hart | lh01 | Write part 2 of the report |\n| Omar Quist | oq02 | Label the test images |\n';
    expect(actions(text)).toEqual([
      { text: 'Write part 2 of the report', owners: ['Lena Hart'] },
      { text: 'Label the test images', owners: ['Omar Quist'] },
    ]);
  });

  it('does so in Swedish too', () => {
    const text = '# Styrelsemöte\n\n## Uppgifter\n\n| Namn | Uppgift |\n|--|--|\n| Eva Lind | Boka lokalen |\n';
    expect(actions(text)).toEqual([{ text: 'Boka lokalen', owners: ['Eva Lind'] }]);
  });

  it('makes no task of a roster table, whose other columns hold no tasks', () => {
    const text = '# Team meeting\n\n## Attendees\n\n| Name | Role |\n|--|--|\n| Lena Hart | Scrum master |\n| Omar Quist | Developer |\n\n## Notes\n\n- The demo went well.\n';
    expect(actions(text)).toEqual([]);
  });
});

describe('speakers written by their initials in a working group\'s notes', () => {
  const roster = '# Format WG call\n\nAttendees:\n- Elena Cho - Acme (ECH)\n- Sven Moll - Foo Labs (SMO)\n\n## Goals\n\n';

  it('reads initials of a participant before a promise as that participant', () => {
    expect(actions(`${roster}SMO: To update the PR by Wednesday.\n\nECH: will open an issue for the terms.\n`).map((a) => a.owners)).toEqual([['Sven Moll'], ['Elena Cho']]);
  });

  it('reads no task in an infinitive that frames what the speaker says (`To summarize, ...`)', () => {
    expect(actions(`${roster}ECH: To summarize, the goals stay as they are.\n\nSMO: To be clear, nothing changes for users.\n`)).toEqual([]);
  });

  it('still reads capitals that are nobody\'s initials as no one (`TBD: to decide later`)', () => {
    expect(actions(`${roster}TBD: to decide the venue.\n`).map((a) => a.owners)).not.toContainEqual(['TBD']);
  });
});

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('an item moved or carried over to the next meeting', () => {
  it('is a decision of the meeting to defer it', () => {
    const text = '# Project sync\n\n## Review of the glossary\n\nThis topic was moved to the next meeting.\n\n## Budget\n\nCarried over to the next meeting.\n';
    expect(decisions(text)).toEqual(['This topic was moved to the next meeting.', 'Carried over to the next meeting.']);
  });

  it('makes no decision of a task to bring something to the next meeting, nor of a move elsewhere', () => {
    const text = '# Project sync\n\n## Venue\n\nWe moved to the new room in May.\n\nBring the draft budget to the next meeting.\n';
    expect(decisions(text)).toEqual([]);
  });
});

describe('a participant tagged in parentheses before a task', () => {
  const roster = '# Community call\n\n## Attendees\n\n| Name | Initials |\n| --- | --- |\n| Cora Hill | CH |\n| Finn Berg | FB |\n\n## Action items\n\n';

  it('owns the task, written by name or by initials', () => {
    expect(actions(`${roster}* (CH) Draft the charter\n* (Finn Berg) Ask the sponsors\n`).map((a) => a.owners)).toEqual([['Cora Hill'], ['Finn Berg']]);
  });

  it('is no owner when the parentheses hold a remark', () => {
    expect(actions(`${roster}* (optional) Draft the FAQ\n`).map((a) => a.owners)).toEqual([[]]);
  });
});

describe('an arrow in the agenda', () => {
  it('marks the step an item is up for, no outcome', () => {
    const text = '# Core team\n\n## Agenda\n\n- RFCs\n    - → FCP to Close\n    - → Merge after review\n- Issue review\n\n## Minutes\n\n- RFC 12 discussed\n    - → The RFC moves to final comment period\n';
    expect(decisions(text)).toEqual(['→ The RFC moves to final comment period']);
  });
});
