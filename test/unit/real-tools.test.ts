import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real English minutes written in or exported from tools: Confluence and
 * Notion meeting pages, Google Docs meeting templates, team syncs and student project meetings.
 * The sentences here are our own, written in the layouts those minutes use.
 */

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));
const owners = (text: string) => parseMinutes(text).actions.map((a) => a.owners);

const head = '# Garden club sync\n\nAttendees: Nora Quist, Femi Adeyemi, Luca Brandt\n\n## Action items\n\n';

describe('an owner written as a field of the task (`- Owner: Femi, Due: ...`)', () => {
  it('reads the names after `Owner:` up to the next field', () => {
    expect(owners(`${head}- Order the seed trays - Owner: Femi, Due: April 4, 2025\n`)).toEqual([['Femi Adeyemi']]);
  });

  it('reads `Assigned to:` followed by another field', () => {
    expect(owners(`${head}- Fix the shed door - Assigned to: Luca, Due: Friday\n`)).toEqual([['Luca Brandt']]);
  });

  it('reads the field in brackets (`(Owner: Nora)`)', () => {
    expect(owners(`${head}- Ask the council about water butts (Owner: Nora)\n`)).toEqual([['Nora Quist']]);
  });

  it('reads two owners in one field', () => {
    expect(owners(`${head}- Paint the fence - Owner: Nora, Luca; Due: May\n`)).toEqual([['Nora Quist', 'Luca Brandt']]);
  });

  it('gives nobody for a group (`Owner: All members`)', () => {
    expect(owners(`${head}- Bring a trowel to the open day - Owner: All members\n`)).toEqual([[]]);
  });

  it('reads the field with its label in bold (`**Owner:** Femi`)', () => {
    expect(owners(`${head}- Sweep the greenhouse - **Owner:** Femi - **Due:** Monday\n`)).toEqual([['Femi Adeyemi']]);
  });
});

describe('an editor mention names the participant (`@Femi`, `task @Luca`)', () => {
  it('reads `@Femi:` before the task as Femi Adeyemi', () => {
    expect(actions(`${head}- [ ] @Femi: renew the allotment lease\n`)).toEqual([{ owners: ['Femi Adeyemi'], text: '@Femi: renew the allotment lease' }]);
  });

  it('reads a mention that closes the task as its owner', () => {
    expect(owners(`${head}- [ ] Book the hall for the plant swap @Luca\n`)).toEqual([['Luca Brandt']]);
  });

  it('reads a full-name mention at the end (`@Nora Quist.`)', () => {
    expect(owners(`${head}- [ ] Print the raffle tickets @Nora Quist.\n`)).toEqual([['Nora Quist']]);
  });

  it('keeps a mention of someone not present as written', () => {
    expect(owners(`${head}- [ ] @Greta: send the photos\n`)).toEqual([['@Greta']]);
  });

  it('does not turn a handle into a name when the minutes list handles', () => {
    const text = '# Sync\n\nAttendees:\n- Nora Quist (@nquist)\n- Femi Adeyemi (@femi-a)\n\n## Action items\n\n- [ ] @Nora: tidy the wiki\n';
    expect(owners(text)).toEqual([['@Nora']]);
  });
});

describe('an owner column named in a longer phrase', () => {
  it('reads `| Responsible Person |` as the owner column', () => {
    const text = `${head}| Task | Responsible Person | Due |\n|---|---|---|\n| Mend the hose | Luca Brandt | 2025-05-02 |\n`;
    expect(owners(text)).toEqual([['Luca Brandt']]);
  });

  it('reads `| Person responsible |` as the owner column', () => {
    const text = `${head}| Action | Person responsible |\n|---|---|\n| Collect the compost bins | Nora Quist |\n`;
    expect(owners(text)).toEqual([['Nora Quist']]);
  });
});

describe('a template placeholder under Action items is no task', () => {
  it('gives no task for `N/A` or `None`', () => {
    expect(actions(`${head}* N/A\n`)).toEqual([]);
    expect(actions(`${head}- None\n`)).toEqual([]);
  });

  it('still gives the real tasks beside it', () => {
    expect(actions(`${head}- N/A\n- Femi to water the seedlings\n`)).toEqual([{ owners: ['Femi Adeyemi'], text: 'Femi to water the seedlings' }]);
  });
});

describe('numbers joined by dashes into a date are no time (`Date : 01-11-18`)', () => {
  const header = (text: string) => {
    const m = parseMinutes(text);
    return { startTime: m.startTime, endTime: m.endTime };
  };

  it('reads no time range from a day-month-year date with a two-digit year, and the time from its own line', () => {
    expect(header('# Lab sync\n\nDate : 04-03-19\nTime : 14:15\n')).toEqual({ startTime: '14:15', endTime: null });
  });

  it('reads no time from such a date alone, nor from one written with slashes', () => {
    expect(header('# Lab sync\n\nDate: 12-05-21\n')).toEqual({ startTime: null, endTime: null });
    expect(header('# Lab sync\n\nDate: 7/10/22\n')).toEqual({ startTime: null, endTime: null });
  });

  it('still reads a time with its offset (`10:30-0500`) and a range of hours (`Time: 9-11`)', () => {
    expect(header('# Lab sync\n\nWhen: 2024-05-06 10:30-0500\n').startTime).toBe('10:30');
    expect(header('# Lab sync\n\nDate: 2024-05-06\nTime: 9-11\n')).toEqual({ startTime: '09:00', endTime: '11:00' });
  });
});

describe('an AI summary names the owner in square brackets before the task (`[Ravi Patel] Plan: ...`)', () => {
  const notes = '# Design review\n\nAttendees: Ines Pardo, Tomas Lind, Yara Haddad\n\n## Suggested next steps\n\n';

  it('reads a participant in brackets as the owner', () => {
    expect(owners(`${notes}- [ ] [Tomas Lind] Icon set: Export the new icon set for the app.\n`)).toEqual([['Tomas Lind']]);
  });

  it('reads a full name in brackets even when the attendee list lacks it', () => {
    expect(owners(`${notes}- [ ] [Olga Berg] Copy review: Check the onboarding copy.\n`)).toEqual([['Olga Berg']]);
  });

  it('reads two people in one bracket', () => {
    expect(owners(`${notes}- [ ] [Ines Pardo, Yara Haddad] Usability test: Recruit five testers.\n`)).toEqual([['Ines Pardo', 'Yara Haddad']]);
  });

  it('takes no owner from a tag in brackets', () => {
    expect(owners(`${notes}- [ ] [Blocked] Wait for the brand guide before the colours.\n`)).toEqual([[]]);
  });
});

describe('a line with only a participant\'s full name heads that person\'s tasks in an actions section', () => {
  const retro = '# Retro\n\nParticipants: Kaito Mori, Anya Bell\n\n## Action items\n\n';

  it('gives the tasks under `**Kaito Mori**` to him, and under the next name to her', () => {
    expect(actions(`${retro}**Kaito Mori**\nRotate the staging keys (04:12)\n\n**Anya Bell**\nWrite up the outage timeline (19:30)\n`)).toEqual([
      { owners: ['Kaito Mori'], text: 'Rotate the staging keys (04:12)' },
      { owners: ['Anya Bell'], text: 'Write up the outage timeline (19:30)' },
    ]);
  });

  it('keeps a task that only starts with a name as the task', () => {
    expect(actions(`${retro}- Kaito Mori to rotate the staging keys\n`)).toEqual([{ owners: ['Kaito Mori'], text: 'Kaito Mori to rotate the staging keys' }]);
  });
});

describe('a table of tasks under a heading that holds the attendees itself is no roster', () => {
  const top = '# Client meeting\n\n### Date : 2024-06-03\n### Attendees: Wren Holt, Ivo Marsh\n\n';

  it('reads the rows of `| Description | Owner | Deadline |` as tasks, and the names from the heading', () => {
    const m = parseMinutes(`${top}Description | Owner | Deadline\n--- | --- | ---\nDraft the export format | Ivo Marsh | 2024-06-10\n`);
    expect(m.participants.map((p) => p.name)).toEqual(['Wren Holt', 'Ivo Marsh']);
    expect(m.actions.map((a) => ({ owners: a.owners, text: a.text }))).toEqual([{ owners: ['Ivo Marsh'], text: 'Draft the export format' }]);
  });

  it('still reads a table of names under a heading with its own value (`## Attendees: 3`)', () => {
    const m = parseMinutes('# Club night\n\n## Attendees: 2\n\n| Name | Role |\n|---|---|\n| Wren Holt | Chair |\n| Ivo Marsh | Treasurer |\n');
    expect(m.participants.map((p) => p.name)).toEqual(['Wren Holt', 'Ivo Marsh']);
  });
});
