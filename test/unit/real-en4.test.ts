import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of English minutes found missing in a fourth round of real minutes (issue #12):
// nonprofit and consortium boards, student societies. Each pinned with sentences of our own.

const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);
const absent = (text: string) => parseMinutes(text).participants.filter((p) => !p.present).map((p) => p.name);

describe('names first, attendance last (`A, B and C were present.`)', () => {
  it('reads the names before `were present`', () => {
    const text = '# Garden Trust board\n\nDate: 4 May 2025\n\nWren Holt, Ivo Marsh and Pia Lund were present.\n\n## Hedges\n\nTrimmed.\n';
    expect(present(text)).toEqual(['Wren Holt', 'Ivo Marsh', 'Pia Lund']);
  });

  it('leaves out the group words that open the sentence (`Board members ... were in attendance`)', () => {
    const text = '# Garden Trust board\n\nDate: 4 May 2025\n\nBoard members Wren Holt and Ivo Marsh were in attendance. Pia Lund was absent.\n\n## Hedges\n\nTrimmed.\n';
    expect(present(text)).toEqual(['Wren Holt', 'Ivo Marsh']);
    expect(absent(text)).toEqual(['Pia Lund']);
  });

  it('reads no names from a sentence whose closing state is something else', () => {
    const text = '# Garden Trust board\n\nDate: 4 May 2025\n\nWren Holt and Ivo Marsh were delighted.\n\n## Hedges\n\nTrimmed.\n';
    expect(present(text)).toEqual([]);
  });
});

describe('a to-do section named for its tasks (`To Do Tasks`, `Task list`)', () => {
  it('makes each `Name - task` entry that person\'s task', () => {
    const text = '# Chess club committee\n\nAttendees: Mira, Tomas\n\n## Tournament\n\nWe talked about the spring cup.\n\n## To Do Tasks:\n- Mira - Book the hall for March\n- Tomas - Print the pairing sheets\n';
    const actions = parseMinutes(text).actions.map((a) => [a.owners, a.text]);
    expect(actions).toEqual([[['Mira'], 'Mira - Book the hall for March'], [['Tomas'], 'Tomas - Print the pairing sheets']]);
  });
});

describe('a hedge in parentheses after a sentence (`(Ideally)`, `(Tentatively)`)', () => {
  it('is nobody\'s name, so the sentence is no task of it', () => {
    const text = '# Chess club committee\n\nDate: 4 January 2026\n\nAttendees: Mira, Tomas\n\n## Newsletter\n\n- The newsletter should be out by Sunday evening (Ideally)\n- The cup final moves to the big hall by Friday (Tentatively)\n';
    expect(parseMinutes(text).actions.flatMap((a) => a.owners)).toEqual([]);
  });
});

describe('a list entry of several sentences, one of which decides', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

  it('keeps the deciding sentence when a question beside it would veto the whole entry', () => {
    const text = '# Standards call\n\nDate: 4 May 2025\n\nAttending: Ann Lee, Bo Chan\n\n## Tests\n\n* Ann asked if the test count can be shared. Bo replied that it is hard to count. It was decided to track it in a ticket.\n';
    expect(decisions(text)).toEqual(['It was decided to track it in a ticket.']);
  });

  it('takes no sentence of an entry that no sentence of its own decides', () => {
    const text = '# Standards call\n\nDate: 4 May 2025\n\nAttending: Ann Lee, Bo Chan\n\n## Decisions\n\n* Bo to open a bank account. Sadly the first bank has no such account.\n';
    expect(decisions(text)).toEqual([]);
  });
});

describe('a list entry whose sentences each decide', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

  it('gives one decision a sentence, as a paragraph does', () => {
    const text = '# Rowing club board\n\nDate: 4 May 2025\n\nPresent: Ann Lee, Bo Chan\n\n## Business\n\n* The March minutes were approved. It was agreed to hold the regatta in June.\n';
    expect(decisions(text)).toEqual(['The March minutes were approved.', 'It was agreed to hold the regatta in June.']);
  });

  it('stays one decision when only one of its sentences decides', () => {
    const text = '# Rowing club board\n\nDate: 4 May 2025\n\nPresent: Ann Lee, Bo Chan\n\n## Business\n\n* The new boat shed was discussed at length. It was agreed to paint it green.\n';
    expect(decisions(text)).toHaveLength(1);
  });
});

describe('a task whose object is the next meeting (`X to schedule the next meeting`)', () => {
  const actions = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text]);
  const board = (line: string) => `# Rowing club board\n\nDate: 4 May 2025\n\nPresent: Ann Lee, Bo Chan\n\n## Close\n\n${line}\n`;

  it('is the person\'s task, as any object would be', () => {
    expect(actions(board('Bo to schedule the next meeting.'))).toEqual([[['Bo Chan'], 'Bo to schedule the next meeting.']]);
    expect(actions(board('Ann will book a room for the next meeting.'))).toEqual([[['Ann Lee'], 'Ann will book a room for the next meeting.']]);
  });

  it('leaves the next meeting\'s date no task', () => {
    expect(actions(board('The next meeting will be held on 1 June.'))).toEqual([]);
  });
});

describe('an office in the plural before a list of people (`Trustees A, B and C`, `Council Members A and B`)', () => {
  it('is no part of the first name', () => {
    expect(present('# Library board\n\nDate: 4 May 2025\n\nPresent: Trustees Nora Quill, Hugo Fenn and Ida Marsh\n')).toEqual(['Nora Quill', 'Hugo Fenn', 'Ida Marsh']);
    expect(present('# Town council\n\nDate: 4 May 2025\n\nPresent: Council Members Nora Quill and Hugo Fenn\n')).toEqual(['Nora Quill', 'Hugo Fenn']);
  });
});

describe('attendance under a heading of other words (`Who`, `Present at the meeting`, `Those attending`)', () => {
  it('lists the people under it', () => {
    expect(present('# Chess club committee\n\nDate: 4 May 2025\n\n## Who\n\n- Mira Holt\n- Tomas Berg\n\n## Tournament\n\nText.\n')).toEqual(['Mira Holt', 'Tomas Berg']);
    expect(present('# Chess club committee\n\nDate: 4 May 2025\n\n## Present at the meeting\n\n- Mira Holt\n- Tomas Berg\n\n## Tournament\n\nText.\n')).toEqual(['Mira Holt', 'Tomas Berg']);
  });
});

describe('a table of one column headed by an attendance label (`| Attendees |`)', () => {
  it('lists a person a row', () => {
    expect(present('# Chess club committee\n\nDate: 4 May 2025\n\n| Attendees |\n|---|\n| Mira Holt |\n| Tomas Berg |\n\n## Tournament\n\nText.\n')).toEqual(['Mira Holt', 'Tomas Berg']);
  });
});

describe('consent of everyone in the present tense (`All agree to ...`, `Everyone agrees that ...`)', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
  const board = (line: string) => `# Rowing club board\n\nDate: 4 May 2025\n\nPresent: Ann Lee, Bo Chan\n\n## Boats\n\n${line}\n`;

  it('is a decision of the meeting', () => {
    expect(decisions(board('- All agree to sell the old four.'))).toEqual(['All agree to sell the old four.']);
    expect(decisions(board('- Everyone agrees that the shed stays locked at night.'))).toEqual(['Everyone agrees that the shed stays locked at night.']);
  });

  it('is none when not all agree, or when one person agrees with another', () => {
    expect(decisions(board('- Not all agree that the old four should go.'))).toEqual([]);
    expect(decisions(board('- Ann agrees with Bo about the shed.'))).toEqual([]);
  });
});
