import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of English minutes found missing in a sixth round of real minutes: US town boards,
// UK parish councils, co-operative board resolutions, residents' associations, student societies
// and open-source steering committees. Each pinned with minutes of our own.

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('the formula of a written resolution as a heading over what was resolved', () => {
  const text = [
    '# Resolutions of the Directors', '', 'Written resolution of the directors of Elm Bakery Co-op, dated 3 May 2024.', '',
    '## Background', '1. The oven lease ends in June.', '',
    '## IT WAS RESOLVED THAT', '1. The directors approve renewing the oven lease for two years.', '2. The treasurer post stays vacant.', '',
    '## Directors', 'Ann Lee, Bob Smith', '',
  ].join('\n');

  it('reads each entry under `IT WAS RESOLVED THAT` as a decision, and no entry of the background', () => {
    expect(decisions(text)).toEqual(['The directors approve renewing the oven lease for two years.', 'The treasurer post stays vacant.']);
  });

  it('reads `BE IT RESOLVED THAT` the same way', () => {
    expect(decisions(text.replace('IT WAS RESOLVED THAT', 'BE IT RESOLVED THAT'))).toHaveLength(2);
  });

  it('reads nothing under a heading that only mentions resolutions in passing', () => {
    expect(decisions(text.replace('IT WAS RESOLVED THAT', 'Resolutions to be drafted by the secretary'))).toEqual([]);
  });
});

describe('a decision label in bold as the run-in head of its line, without a colon', () => {
  const text = [
    '# Steering committee', '', '## Agenda', '',
    '1. Release schedule', '   1. **Context** the 2.0 branch is late.', '   2. **Decision** Ship 2.0 in May and keep 1.9 supported.', '',
    '2. Website', '   1. **Resolution** Move the docs to the new host.', '',
  ].join('\n');

  it('reads the text after `**Decision**` and `**Resolution**` as a decision', () => {
    expect(decisions(text)).toEqual(['Decision Ship 2.0 in May and keep 1.9 supported.', 'Resolution Move the docs to the new host.']);
  });

  it('reads no decision after a bold head that is no decision label (`**Context**`), nor after a plain word', () => {
    expect(decisions(text.replace('**Decision**', '**Background**').replace('**Resolution**', 'Resolution'))).toEqual([]);
  });
});

describe('a first-person plural decision phrase asked by inverting subject and auxiliary', () => {
  const minutes = (line: string) => `# Team sync\n\n## Roadmap\n\n- ${line}\n`;

  it('reads no decision where an auxiliary stands before `we` (a question without its mark)', () => {
    expect(decisions(minutes('Context: do we agree this feature is something we want at all'))).toEqual([]);
    expect(decisions(minutes('Have we decided on the venue for the sprint'))).toEqual([]);
  });

  it('still reads the statement (`we agree`, `so we decided`) as a decision', () => {
    expect(decisions(minutes('We agree this feature is something we want.'))).toHaveLength(1);
    expect(decisions(minutes('After some discussion we decided on the venue for the sprint.'))).toHaveLength(1);
  });
});

describe('a decision verb in the past perfect recalls an earlier decision', () => {
  const text = [
    '# Parish council meeting', '', 'Present: Ann Lee, Bob Smith, Carol Diaz', '', '## 4. Matters arising', '',
    'The council had previously agreed that cars stay off the green. It was decided to obtain quotes for posts around the green.', '',
    'It had been agreed at the AGM that fees rise in May.', '', 'The council agreed to buy two signs.', '',
  ].join('\n');

  it('reads no decision in `had (previously) agreed` or `had been agreed`, and keeps the decisions of the meeting', () => {
    expect(decisions(text)).toEqual(['It was decided to obtain quotes for posts around the green.', 'The council agreed to buy two signs.']);
  });
});

describe("a speaker's promise after a spaced dash, or in a later clause of the speaker's note", () => {
  const text = [
    '## Steering meeting', '', '* Attendees:', '    * Christoph', '    * Dims', '    * Paris', '    * Tim', '* Topics',
    '    * User groups', '        * Dims - will open an issue about the charter', '        * Tim SC - the docs lack history - will take this as an action',
    '        * Website - will launch in May', '        * Steve - will review the charter',
    '    * Feedback', '        * Christoph: asked for it; will share later', '        * Paris: ask Michelle to attend; taking as an action', '',
  ].join('\n');
  const found = actions(text);

  it('gives the task to the participant before the dash, initials after a first name included', () => {
    expect(found).toContainEqual({ owners: ['Dims'], text: 'Dims - will open an issue about the charter' });
    expect(found).toContainEqual({ owners: ['Tim'], text: 'Tim SC - the docs lack history - will take this as an action' });
  });

  it('reads a promise that opens a later clause, or a note taken as an action', () => {
    expect(found).toContainEqual({ owners: ['Christoph'], text: 'Christoph: asked for it; will share later' });
    expect(found).toContainEqual({ owners: ['Paris'], text: 'Paris: ask Michelle to attend; taking as an action' });
  });

  it('reads no task after a dash whose label names no participant (a topic, or a name the minutes do not list)', () => {
    expect(found.map((a) => a.text)).not.toContain('Website - will launch in May');
    expect(found.map((a) => a.text)).not.toContain('Steve - will review the charter');
  });
});

describe('what looks like an owner before `to` or a colon but is none', () => {
  it('reads no task where `to` bounds an amount or a date (`Limited to 15 mins`, `Postponed to 5 May`)', () => {
    const text = '# Council meeting\n\n## Open session\n\n(Limited to 15 mins)\n\nPostponed to 5 May at the request of the clerk.\n';
    expect(actions(text)).toEqual([]);
  });

  it('keeps `Name to` before a verb a task', () => {
    expect(actions('# Council meeting\n\n## Roads\n\nPresent: Ann Lee, Bob Smith\n\nAnn to ask the county about the potholes.\n')).toEqual([{ owners: ['Ann Lee'], text: 'Ann to ask the county about the potholes.' }]);
  });

  it('reads a bare link under a task as its reference, and no scheme of a link as an owner', () => {
    const text = '# Team meeting\n\n## Action items\n- Niko to prepare a proposal\n    - https://example.org/pull/12\n- See https://example.org/issues/7 for the details\n';
    expect(actions(text).map((a) => a.owners)).toEqual([['Niko'], []]);
  });
});

describe('a full name in the notes where the list of those present wrote an initial', () => {
  const text = (present: string) => `# Committee meeting\n\nPresent: ${present}\n\n## Events\n\nMargaret Mansell volunteered to look into the drains.\n\nAlex Dixon will organise the game jam.\n`;

  it('takes the person of `M Mansell` or `Alex D.` as the owner, named in full', () => {
    expect(actions(text('Cllr D Llewellyn, Cllr. M Mansell, Alex D., Josh R.'))).toEqual([
      { owners: ['Margaret Mansell'], text: 'Margaret Mansell volunteered to look into the drains.' },
      { owners: ['Alex Dixon'], text: 'Alex Dixon will organise the game jam.' },
    ]);
  });

  it('takes no owner named in full whom no initial of the list fits', () => {
    expect(actions(text('Ann Lee, Bob Smith, Alex W.'))).toEqual([]);
  });
});

describe("a speaker's promise after a comma in the speaker's note", () => {
  const text = '# Board meeting\n\nPresent: Michelle, John, Tayeb\n\n## Designs\n\n- Michelle: for designs, will send out draft text to the board\n- John: thanks, to the team for the stickers\n- Tayeb: I\'m going to ask the landlord about the heating\n';

  it('reads `will` opening a later clause as the speaker\'s task, and a contracted first-person promise', () => {
    expect(actions(text)).toEqual([
      { owners: ['Michelle'], text: 'Michelle: for designs, will send out draft text to the board' },
      { owners: ['Tayeb'], text: "Tayeb: I'm going to ask the landlord about the heating" },
    ]);
  });
});

describe('a duties section, and a line of it that assigns several tasks in a row', () => {
  const text = [
    '# Town of Elm Creek', '', 'Present: Olga Brandt, Tim Saari, Vera Holm, Ned Kuusi', '',
    '## ROADS', 'The grader is fixed.', '',
    '## REVIEW OF DUTIES', 'Olga call the county about the culvert, Tim and Vera check the plow blade, Ned', 'ask the bank about the new signer', '',
  ].join('\n');

  it('reads the entries under `Review of duties` as tasks, one for each clause that opens with its people', () => {
    expect(actions(text)).toEqual([
      { owners: ['Olga Brandt'], text: 'Olga call the county about the culvert' },
      { owners: ['Tim Saari', 'Vera Holm'], text: 'Tim and Vera check the plow blade' },
      { owners: ['Ned Kuusi'], text: 'Ned ask the bank about the new signer' },
    ]);
  });

  it('keeps a line whose clauses do not all open with people one task', () => {
    const one = text.replace('Tim and Vera check the plow blade', 'check the plow blade');
    expect(actions(one)).toHaveLength(1);
  });

  it('keeps a line of a task list that opens with a handle a task of its own', () => {
    const handles = '# Sync\n\n## Next steps\nDave: Put all documents through the publication process\nmmccool: Clean up the use case document\n';
    expect(actions(handles)).toHaveLength(2);
  });
});

describe('a note word before a colon names nobody', () => {
  it('gives no owner to `Reminder:` or `FYI:` in a list of tasks', () => {
    const text = '# Team sync\n\n## Action items\n- Reminder: file the travel claims\n- FYI: the wiki moved\n- Josh: invite Ryan to present\n';
    expect(actions(text).map((a) => a.owners)).toEqual([[], [], ['Josh']]);
  });
});
