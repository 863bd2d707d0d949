import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { withoutOfficeWords } from '../../src/parse/office-words.js';
import { withSharedSurnames } from '../../src/parse/shared-surname.js';
import { vocabularies } from '../../src/lang/index.js';

// Conventions of English minutes found missing in a fifth round of real minutes (issue #12):
// US township and school boards, homeowners' associations, makerspace and foundation boards,
// AI meeting summaries. Each pinned with sentences of our own.

const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);

describe('attendance told in a sentence under the first section heading, offices around the names', () => {
  const text = [
    '# Town of Elm Creek', '', 'March 3, 2025', '', '## CALL TO ORDER',
    'Chair Olga Brandt called the meeting to order at 7:00 pm.  Board members present were supervisors Olga Brandt, Tim Saari, and Vera Holm, treasurer Ned Kuusi, and deputy clerk Ida Lamb.  Also present were guests Hal and Una Pike, and Roy Vance. Those present said the pledge.',
    '', '## ROADS', 'The grader is fixed.', '',
  ].join('\n');

  it('reads every person of both sentences, without the offices and with the couple\'s surname', () => {
    expect(present(text)).toEqual(['Olga Brandt', 'Tim Saari', 'Vera Holm', 'Ned Kuusi', 'Ida Lamb', 'Hal Pike', 'Una Pike', 'Roy Vance']);
  });

  it('keeps a plain list under a later heading unread: only sentences that say they tell attendance count there', () => {
    const later = '# Town of Elm Creek\n\nMarch 3, 2025\n\n## ROADS\nOlga Brandt, Tim Saari, Vera Holm.\n';
    expect(present(later)).toEqual([]);
  });
});

describe('the words around a name in an attendance sentence', () => {
  const en = [vocabularies.en];

  it('drops an office of up to three lower-case words before the name', () => {
    expect(withoutOfficeWords('treasurer Ned Kuusi', en)).toBe('Ned Kuusi');
    expect(withoutOfficeWords('deputy clerk Ida Lamb', en)).toBe('Ida Lamb');
    expect(withoutOfficeWords('guests Roy Vance', en)).toBe('Roy Vance');
  });

  it('drops lower-case words after a name of two words, but keeps a particle inside a name', () => {
    expect(withoutOfficeWords('Roy Vance web editors', en)).toBe('Roy Vance');
    expect(withoutOfficeWords('Anna van Berg', en)).toBe('Anna van Berg');
  });

  it('keeps lower-case words before a name that name no office', () => {
    expect(withoutOfficeWords('then Roy Vance', en)).toBe('then Roy Vance');
  });
});

describe('a couple written with one surname', () => {
  it('gives each given name the surname', () => {
    expect(withSharedSurnames('Hal and Una Pike, and Roy Vance')).toBe('Hal Pike, Una Pike, and Roy Vance');
    expect(withSharedSurnames('Roy Vance, Hal & Una Pike')).toBe('Roy Vance, Hal Pike, Una Pike');
  });

  it('leaves two full names joined by `and` alone', () => {
    expect(withSharedSurnames('Roy Vance and Una Pike')).toBe('Roy Vance and Una Pike');
  });
});

describe('people who joined from afar, and people also present, named before the verb', () => {
  it('reads the names before `joined remotely` / `connected by phone` after those in the room', () => {
    const text = '# Kite society board\n\nDate: 9 June 2025\n\nIn attendance were Pia Lund, Ivo Marsh and Wren Holt. Oda Fisk and Tor Vik joined remotely. Eli Roos connected by phone.\n\n## Kites\n\nFlown.\n';
    expect(present(text)).toEqual(['Pia Lund', 'Ivo Marsh', 'Wren Holt', 'Oda Fisk', 'Tor Vik', 'Eli Roos']);
  });

  it('reads the names before `were also present` / `were also in attendance`', () => {
    const text = '# Kite society board\n\nDate: 9 June 2025\n\nOda Fisk and Tor Vik were also in attendance.\n\n## Kites\n\nFlown.\n';
    expect(present(text)).toEqual(['Oda Fisk', 'Tor Vik']);
  });

  it('reads nobody who joined something else (`joined the board last year`)', () => {
    const text = '# Kite society board\n\nDate: 9 June 2025\n\nOda Fisk and Tor Vik joined the board last year.\n\n## Kites\n\nFlown.\n';
    expect(present(text)).toEqual([]);
  });
});

describe('an AI summary\'s decisions section (`## Key Decisions Made`)', () => {
  it('makes each entry a decision', () => {
    const text = '# Garden club board summary\n\n**Date:** June 3, 2025\n\n## Key Participants\n- **Ruth** - Chair\n- **Omar** - Treasurer\n\n## Key Decisions Made\n1. **Seed swap**: Hold it in the library in May\n2. **Fees**: Keep the fee at $10\n\n## Action Items\n- [ ] **Omar**: Open the new account\n';
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['Seed swap: Hold it in the library in May', 'Fees: Keep the fee at $10']);
  });
});

describe('a motion whose own line only names its mover (`Proposed by: Cart`)', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

  it('takes what was proposed from the line before the mover\'s', () => {
    const text = '# Kite society board\n\nAttendees: Pia Lund, Ivo Marsh\n\n## Agenda\n\n1. Bank\n\n## Bank account\n\nPia shall open an account at the credit union.\n\nProposed by: Ivo\n\nUnanimously approved.\n\n## Motion to adjourn\n\nProposed by: Pia\n\nUnanimously approved.\n';
    expect(decisions(text)).toEqual([
      'Pia shall open an account at the credit union — Proposed by: Ivo — Unanimously approved.',
      'Motion to adjourn — Proposed by: Pia — Unanimously approved.',
    ]);
  });
});

describe('a vote on a motion, then its count and its resolution as a list', () => {
  it('is one decision: the motion with its outcome, no decision for the count alone', () => {
    const text = '# Makerspace board\n\nDirectors present: Pia Lund, Ivo Marsh, Oda Fisk\n\n## 1st order of business\n\nNew sign for the door.\n\nVote on buying a new sign for no more than $200.\n\n-   Vote: 3 in favor, 0 opposed, 0 abstained\n-   Resolution: Vote passed\n\n## 2nd order of business\n\nThe lathe needs oil.\n';
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['Vote on buying a new sign for no more than $200. — Resolution: Vote passed']);
  });

  it('still reads a plan to vote later as no decision', () => {
    const text = '# Makerspace board\n\nDirectors present: Pia Lund, Ivo Marsh\n\n## Sign\n\nWe will vote on the new sign at the next meeting.\n';
    expect(parseMinutes(text).decisions).toEqual([]);
  });
});

describe('a seconded motion worded `that X be approved`, its result on the next line', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => [d.text, d.cue?.words]);

  it('is one decision with its result, as school boards write it', () => {
    const text = '# School board\n\nPresent: Ann Lee, Bo Chan\n\n## Minutes\n\nIt was moved by Ms. Lee, seconded by Ms. Chan, that the minutes of the May 1 meeting be approved.  \nMOTION CARRIED 2-0-0 [AYES: Lee, Chan; NOES: None].\n';
    expect(decisions(text)).toEqual([['It was moved by Ms. Lee, seconded by Ms. Chan, that the minutes of the May 1 meeting be approved. — MOTION CARRIED 2-0-0 [AYES: Lee, Chan; NOES: None].', 'It was moved']]);
  });

  it('takes a time of day for no count of votes', () => {
    const text = '# School board\n\nPresent: Ann Lee, Bo Chan\n\n## Bylaws\n\nThe board agreed to drop the 10:30 p.m. time cap.\n';
    expect(decisions(text)).toEqual([['The board agreed to drop the 10:30 p.m. time cap.', 'agreed']]);
  });
});

describe('elections and motions of a small board in bullets (`X nominates Y` / `Z seconds`, `All say aye`)', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

  it('reads a seconded nomination as decided', () => {
    const text = '# Users group annual meeting\n\nAttendees: Pia Lund, Ivo Marsh, Oda Fisk\n\n## Minutes\n\n1. Elections\n   1. President election\n      1. Pia Lund nominates Oda Fisk\n      2. Ivo Marsh seconds\n      3. Confirmed\n';
    expect(decisions(text)).toEqual(['Pia Lund nominates Oda Fisk']);
  });

  it('reads a proposal with its seconder and `all say aye`, and a motion written without `that`', () => {
    const text = '# Users group annual meeting\n\nAttendees: Pia Lund, Ivo Marsh, Oda Fisk\n\n## Minutes\n\n- Elections\n    - Pia proposes that we elect Oda as treasurer\n    - Ivo seconds\n    - All say aye\n    - Ivo moves we meet twice a year\n    - Oda seconds, all say aye\n';
    expect(decisions(text)).toEqual(['Pia proposes that we elect Oda as treasurer — All say aye', 'Ivo moves we meet twice a year — Oda seconds, all say aye']);
  });

  it('reads an unseconded proposal as no decision', () => {
    const text = '# Users group annual meeting\n\nAttendees: Pia Lund, Ivo Marsh\n\n## Minutes\n\nPia proposes that we meet in the library next time.\n';
    expect(decisions(text)).toEqual([]);
  });
});

describe('a trail of links with arrows between them (`-> Meetings -> Board Minutes`)', () => {
  it('is no outcome line', () => {
    const text = '[Home](index.html) -> [Meetings](meetings.html)\n-> [Board minutes](board.html) -> [2014-01-23](2014.html)\n\n# Board meeting\n\nDirectors present: Pia Lund, Ivo Marsh\n\n## Sign\n\nWe talked about the sign.\n\n=> The sign stays blue.\n';
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['=> The sign stays blue.']);
  });
});

describe('people in YAML front matter (`attendees:`, `absent:`, `chair:`)', () => {
  it('adds them as participants, present or not, with the chair\'s role', () => {
    const text = '---\ntitle: Allotment society committee\ndate: 2024-05-05\nattendees:\n  - Pia Lund\n  - Ivo Marsh\nabsent: [Oda Fisk]\nchair: Pia Lund\ntags: [meeting]\n---\n\n## Water butts\n\nTwo more.\n';
    expect(parseMinutes(text).participants.map((p) => [p.name, p.present, p.roles])).toEqual([['Pia Lund', true, ['chair']], ['Ivo Marsh', true, []], ['Oda Fisk', false, []]]);
  });
});

describe('more English formulas of a decision', () => {
  it('reads a decision reached, minutes signed as a true record, a co-option and a body\'s support', () => {
    const text = '# Bowls club committee\n\nPresent: Pia Lund, Ivo Marsh\n\n## Business\n\nThe minutes of the March meeting were signed as a true record.\n\nA decision was reached to keep the old mower.\n\nOda Fisk was co-opted onto the committee.\n\nThe committee supported the plan to open on Sundays.\n\nThe committee noted the rain.\n';
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual([
      'The minutes of the March meeting were signed as a true record.',
      'A decision was reached to keep the old mower.',
      'Oda Fisk was co-opted onto the committee.',
      'The committee supported the plan to open on Sundays.',
    ]);
  });
});

describe('a speaker written as an @handle (`- @k900: let\'s wait for that`)', () => {
  it('is a speaker, whose `let\'s` proposes and decides nothing', () => {
    const text = '# Steering committee\n\n## Attendees\n\n- Everyone: @pia @ivo\n\n## Release\n\n- @pia: let\'s wait for the fix then.\n- @ivo: let\'s discuss after we have a proposal\n- Agreed to ship on Friday.\n';
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['Agreed to ship on Friday.']);
  });
});

describe('a heading that names a group (`## Observers`, `## Officers`) over the discussion of that topic', () => {
  it('is a topic: its sentences are read, nobody in them becomes a participant', () => {
    const text = '# Steering committee\n\nAttendees: Pia Lund, Ivo Marsh\n\n## Officers\n\n**Pia for President.**\n\nProposed by: Ivo\n\nUnanimously approved.\n\n## Observers\n\nWe talked about inviting observers.\n\nMotion accepted.\n';
    const meeting = parseMinutes(text);
    expect(meeting.participants.map((p) => p.name)).toEqual(['Pia Lund', 'Ivo Marsh']);
    expect(meeting.decisions.map((d) => d.text)).toEqual(['Pia for President — Proposed by: Ivo — Unanimously approved.', 'Motion accepted.']);
  });

  it('still lists the people under a group heading that names them', () => {
    const text = '# Steering committee\n\n## Officers\n\n- Pia Lund, President\n- Ivo Marsh, Secretary\n\n## Budget\n\nFine.\n';
    expect(parseMinutes(text).participants.map((p) => p.name)).toEqual(['Pia Lund', 'Ivo Marsh']);
  });
});

describe('a label\'s value aligned with tabs in plain text (`PRESENT:<tab>A` / `<tab><tab>B`)', () => {
  it('reads the names of the lines under the value, tabs expanded', () => {
    const text = 'ALLOTMENT SOCIETY COMMITTEE\n5 May 2024\n\nPRESENT:\tPia Lund\n\t\tIvo Marsh\n\t\tOda Fisk\n\nWATER\nTwo more butts.\n';
    expect(present(text)).toEqual(['Pia Lund', 'Ivo Marsh', 'Oda Fisk']);
  });
});

describe('a resolution offered and supported, passed on a roll call (US township boards)', () => {
  it('is one decision named by the resolution', () => {
    const text = '# Town of Elm Creek\n\nBoard members present were supervisors Olga Brandt, Tim Saari, and Vera Holm.\n\n## NEW BUSINESS\nTim Saari offered a resolution, supported by Vera Holm to let the clerk apply for the grant.  Upon a roll call vote Olga Brandt yea, Tim Saari yea, and Vera Holm yea the resolution was passed.\n';
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['Tim Saari offered a resolution, supported by Vera Holm to let the clerk apply for the grant.']);
  });
});

describe('an office written before a participant\'s full name in a task (`Clerk Linda Britton will ...`)', () => {
  it('makes the participant the owner', () => {
    const text = '# Town of Elm Creek\n\nPresent: Olga Brandt, Ida Lamb, Ned Kuusi\n\n## NEW BUSINESS\nMotion carried.  Clerk Ida Lamb will post the new meeting dates.\n\nTreasurer Ned Kuusi will send the report.\n';
    expect(parseMinutes(text).actions.map((a) => [a.owners, a.text])).toEqual([
      [['Ida Lamb'], 'Clerk Ida Lamb will post the new meeting dates.'],
      [['Ned Kuusi'], 'Treasurer Ned Kuusi will send the report.'],
    ]);
  });
});
