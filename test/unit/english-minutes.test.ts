import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of English minutes found missing by test/accuracy/probe-en, each pinned with a
// sentence of our own: councils, boards, trustees, unions, clubs and chat-pasted notes.

const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);
const absent = (text: string) => parseMinutes(text).participants.filter((p) => !p.present).map((p) => p.name);

describe('a plural title before a list of people', () => {
  it('is no part of the first name (`Councillors A Brown and C Green`)', () => {
    const text = 'Minutes of the Harbour Committee\n\nPRESENT: Councillors W Tern (Chair), E Gull and P Skua\nAPOLOGIES: Messrs Kittiwake and Fulmar\n';
    expect(present(text)).toEqual(['W Tern', 'E Gull', 'P Skua']);
    expect(absent(text)).toEqual(['Kittiwake', 'Fulmar']);
  });
});

describe('a listed person named again by one word', () => {
  it('is the same person, not a new attendee (a roll call vote by surname)', () => {
    const text = '# Library Board\n\nMembers present: Nora Quill, Hugo Fenn, Ida Marsh\nMembers absent: Otto Crane\n\n## 1. Budget\n\nRoll call vote:\nAyes: Quill, Fenn, Marsh\nAbsent: Crane\n';
    expect(present(text)).toEqual(['Nora Quill', 'Hugo Fenn', 'Ida Marsh']);
    expect(absent(text)).toEqual(['Otto Crane']);
  });

  it('stays a person of its own when two listed names hold the word', () => {
    const text = 'Present: Ada Fenn, Hugo Fenn\n\nRoll call vote:\nAyes: Fenn\n';
    expect(present(text)).toEqual(['Ada Fenn', 'Hugo Fenn', 'Fenn']);
  });
});

describe('a head count that names some of the people it counts', () => {
  it('gives the names after `including`', () => {
    const text = 'Allotment Society general meeting\n\nPresent: 19 plot holders, including Rosa Teague (Treasurer), Ned Alder\n';
    expect(present(text)).toEqual(['Rosa Teague', 'Ned Alder']);
  });
});

describe('who opened the meeting', () => {
  const chair = (text: string) => parseMinutes(text).participants.filter((p) => p.roles.includes('chair')).map((p) => p.name);

  it('is read past the time inside the phrase (`called to order at 7:02 PM by President X`)', () => {
    expect(chair('# Chess Club\n\nPresent: Iris Vane, Tom Reed\n\nThe meeting was called to order at 6:45 PM by President Iris Vane.\n')).toEqual(['Iris Vane']);
  });

  it('may be a listed user id, never an unlisted lower-case word', () => {
    expect(chair('# infra sync\n\nMeeting started by qbert at 09:00:02 UTC.\n\nPeople present: qbert, lmoss, tpark\n')).toEqual(['qbert']);
    expect(chair('# infra sync\n\nThe meeting was started by accident at 09:00.\n\nPeople present: qbert, lmoss\n')).toEqual([]);
  });
});

describe('user ids on an attendance line', () => {
  it('keep a hyphen or dot between lower-case parts (`mo-k`, `j.lind`), and `Meeting lead:` names the chair', () => {
    const meeting = parseMinutes('# Docs team 2024-11-05\n\nAttendance: rfarr, mo-k, j.lind, pbose\nMeeting lead: mo-k\nMinutes: j.lind\n');
    expect(meeting.participants.map((p) => [p.name, p.roles])).toEqual([['rfarr', []], ['mo-k', ['chair']], ['j.lind', ['secretary']], ['pbose', []]]);
  });
});

describe('an attendance label in the singular', () => {
  it('lists its people as the plural does (`Guest:`, `Apology:`)', () => {
    const text = 'Gardening Club committee\n\nPresent: Lou Pryor, Sam Oakes\nGuest: Vic Rowan\nApology: Kit Lane\n';
    expect(present(text)).toEqual(['Lou Pryor', 'Sam Oakes', 'Vic Rowan']);
    expect(absent(text)).toEqual(['Kit Lane']);
  });
});

describe('an organisation in a list of people', () => {
  it('is the organisation of the person before it, and no person (`Vic Rowan, Parks Department`)', () => {
    const meeting = parseMinutes('Gardening Club committee\n\nPresent: Lou Pryor, Sam Oakes\nGuest: Vic Rowan, Parks Department\n');
    expect(meeting.participants.map((p) => [p.name, p.organization])).toEqual([['Lou Pryor', null], ['Sam Oakes', null], ['Vic Rowan', 'Parks Department']]);
  });
});

describe("a body's name that ends in its members", () => {
  it('is no attendance label (`Board of Trustees` above the minutes)', () => {
    const text = 'RIVERSIDE ROWING CLUB\nBoard of Trustees\n\nMinutes of the meeting held on 3 May 2025\nat 6pm in the Clubroom, Mill House\n\nPresent: Ann Lee, Bo Chan\n';
    expect(present(text)).toEqual(['Ann Lee', 'Bo Chan']);
  });
});

describe('a detail with a note in parentheses', () => {
  it('gives both, each read as a detail (`Company Secretary (minutes)`)', () => {
    const meeting = parseMinutes('Present: Ann Lee, Company Secretary (minutes); Bo Chan, Treasurer\n');
    expect(meeting.participants.map((p) => [p.name, p.roles, p.organization])).toEqual([['Ann Lee', ['secretary'], null], ['Bo Chan', ['treasurer'], null]]);
  });
});

describe('people laid out in columns, as text from a PDF', () => {
  it('reads a gap of blanks between a name and its role as a comma, and the lines under the first value', () => {
    const text = 'Minutes of the Finance Committee\n\nPresent:        Ann Lee          Chair\n                Bo Chan          Treasurer\n                Ida Voss\n\nApologies:      Tom Hart\n';
    expect(parseMinutes(text).participants.map((p) => [p.name, p.roles, p.present])).toEqual([
      ['Ann Lee', ['chair'], true], ['Bo Chan', ['treasurer'], true], ['Ida Voss', [], true], ['Tom Hart', [], false],
    ]);
  });

  it('reads names side by side as a list, and a gap after a colon as no column', () => {
    expect(present('Minutes\n\nPresent:   Ann Lee     Bo Chan     Ida Voss\n')).toEqual(['Ann Lee', 'Bo Chan', 'Ida Voss']);
  });
});

describe("the minutes' own words at the start of a line", () => {
  const owners = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text]);

  it('name no owner: a cue of a decision or a procedural item is no person (`Resolved: to ...`, `Call to order`)', () => {
    const text = 'Ferry Users Group\n\nPresent: Ann Lee, Bo Chan\n\n1. Call to order\n\n2. Fares\n\nResolved: to keep the winter fares unchanged.\nBo to ask the operator for the spring timetable.\n';
    expect(owners(text)).toEqual([[['Bo Chan'], 'Bo to ask the operator for the spring timetable.']]);
  });
});

describe('an owner written as a mention of a full name', () => {
  it('is that person (`@Ann Lee` in an Owner column, as an editor exports a person chip)', () => {
    const text = '# Ops weekly\n\nParticipants: Ann Lee, Bo Chan\n\n## Action items\n\n| Task | Owner |\n|---|---|\n| Renew the domain | @Ann Lee |\n| Rotate the backup keys | @Bo Chan |\n';
    expect(parseMinutes(text).actions.map((a) => [a.owners, a.text])).toEqual([[['Ann Lee'], 'Renew the domain'], [['Bo Chan'], 'Rotate the backup keys']]);
  });
});

describe("an action's number before its owners", () => {
  it('is no part of them (`A1 Ann: ...`, `AP-2 Bo + Ann: ...`)', () => {
    const text = '# Survey team\n\nParticipants: Ann Lee, Bo Chan\n\n## Action items\n\n- A1 Ann: book the hall for the open day\n- AP-2 Bo + Ann: print the consent forms\n';
    expect(parseMinutes(text).actions.map((a) => a.owners)).toEqual([['Ann Lee'], ['Bo Chan', 'Ann Lee']]);
  });
});

describe('decisions in the words English minutes use for them', () => {
  const decided = (body: string) => parseMinutes(`# Choir committee\n\nPresent: Ann Lee, Bo Chan\n\n## 1. Tour\n\n${body}\n`).decisions.map((d) => d.text);

  it('reads a commitment to proceed (`We\'ll proceed with ...`)', () => {
    expect(decided("We'll proceed with the coach company that quoted lowest.")).toEqual(["We'll proceed with the coach company that quoted lowest."]);
  });

  it('reads a re-election and the sense of the room', () => {
    expect(decided('Bo Chan was re-elected as Librarian.')).toEqual(['Bo Chan was re-elected as Librarian.']);
    expect(decided('Consensus in the room to sing the spring programme in Latin.')).toEqual(['Consensus in the room to sing the spring programme in Latin.']);
  });
});

describe('minute references as item numbers', () => {
  const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

  it('number the items of council and trustees minutes (`23/14 TITLE`, `FC/23/15 TITLE`), never a date', () => {
    const text = 'MILLBROOK VILLAGE HALL TRUSTEES\n\nPresent: Ann Lee, Bo Chan\n\n23/14 HEATING\nThe boiler service is booked.\n\nFC/23/15 BOOKINGS\nThe winter rates were approved.\n\n24/05/2024 was the date of the fair.\n';
    expect(agenda(text)).toEqual([['23/14', 'HEATING'], ['FC/23/15', 'BOOKINGS']]);
  });

  it('number the items by their place in the council year, the year after a dash (`7-09/10 - TITLE`), never a date', () => {
    const text = 'Minutes of the Ashcombe Parish Council\n\nPresent: Cllr Ann Lee, Cllr Bo Chan\n\n7-09/10 - Apologies\n\nNone were received.\n\n8-09/10 – Village green\n\nThe mowing contract was renewed.\n\n9-09/10 - Footpaths\n\nThe stile by the mill is broken.\n\n3-05/06/2010 was the date of the fete.\n';
    expect(agenda(text)).toEqual([['7', 'Apologies'], ['8', 'Village green'], ['9', 'Footpaths']]);
  });
});

describe('minutes numbered on through the council year', () => {
  const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

  it('are the items from wherever the count has got to (`112. To receive apologies`, `113. ...`), as a plain line or a point of a list', () => {
    const plain = 'Minutes of the Ashcombe Parish Council\n\nPresent: Cllr Ann Lee, Cllr Bo Chan\n\n112. To receive apologies\nCllr Di Ray sent apologies.\n\n113. Declarations of interest\nNone.\n\n114. Bus shelter\nThe Clerk will order a new panel.\n';
    expect(agenda(plain)).toEqual([['112', 'To receive apologies'], ['113', 'Declarations of interest'], ['114', 'Bus shelter']]);
    const listed = 'Minutes of the Ashcombe Parish Council\n\nPresent: Cllr Ann Lee, Cllr Bo Chan\n\n112.    To receive apologies\n•    Cllr Di Ray sent apologies.\n113.    Declarations of interest\n•    None\n\n114.    Bus shelter\n•    A new panel is needed.\n';
    expect(agenda(listed)).toEqual([['112', 'To receive apologies'], ['113', 'Declarations of interest'], ['114', 'Bus shelter']]);
  });

  it('need three counting up one by one, each opening a line of its own', () => {
    const two = 'Minutes\n\nPresent: Cllr Ann Lee\n\n112. To receive apologies\nNone.\n\n113. Bus shelter\nA new panel is needed.\n';
    expect(agenda(two)).toEqual([]);
    const skipping = 'Minutes\n\nPresent: Cllr Ann Lee\n\n112. To receive apologies\nNone.\n\n114. Bus shelter\nA new panel is needed.\n\n117. Footpaths\nThe stile is broken.\n';
    expect(agenda(skipping)).toEqual([]);
    const flat = 'Minutes\n\nPresent: Cllr Ann Lee\n\nEnclosures: 4. Budget sheet 5. Map of the green 6. Letter from the school 7. Quote for the shelter\n';
    expect(agenda(flat)).toEqual([]);
  });
});

describe('the clerk named by office', () => {
  it('owns the task as the minutes-taker does (`The Clerk will ...`, `The Deputy Town Clerk will ...`)', () => {
    const text = 'Minutes\n\nPresent: Cllr Ann Lee\nIn attendance: Mr Tom Hale (Deputy Town Clerk)\n\n1. Bus shelter\n\nThe Deputy Town Clerk will order a replacement panel for the shelter.\n\n2. Noticeboard\n\nThe Clerk will put the agenda on the noticeboard.\n';
    expect(parseMinutes(text).actions.map((a) => a.owners)).toEqual([['Tom Hale'], ['Tom Hale']]);
  });
});

describe('lettered sub-items of a minute', () => {
  it('are sentences of their own, each its own decision (`a) ...` / `b) ...` under a title line)', () => {
    const text = 'Minutes\n\nPresent: Ann Lee, Bo Chan\n\n23/40 FINANCE\na) The insurance renewal was approved.\nb) The hall hire rates for 2024 were approved.\nc) The council noted the audit letter.\n';
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['The insurance renewal was approved.', 'The hall hire rates for 2024 were approved.']);
  });
});

describe('a role label that names several people', () => {
  it('lists each of them as present, the role with the first (`Chairs: Ann Lee, Bo Chan`)', () => {
    const meeting = parseMinutes('# Transport WG session\n\nChairs: Ann Lee, Bo Chan\nMinute taker: Ida Voss\n\n## Agenda bash\n\nNo changes.\n');
    expect(meeting.participants.map((p) => [p.name, p.roles, p.present])).toEqual([['Ann Lee', ['chair'], true], ['Bo Chan', [], true], ['Ida Voss', ['secretary'], true]]);
  });
});

describe('a role label whose next line is another label', () => {
  it('takes no value from it (`Minutes` above `Attendance` is a title, not a minute-taker)', () => {
    const text = 'Minutes\n\nAttendance\nAnn Lee\nBo Chan\n\nApologies\nIda Voss\n\n1. Accounts\nThe accounts were approved.\n';
    expect(parseMinutes(text).participants.map((p) => [p.name, p.roles, p.present])).toEqual([['Ann Lee', [], true], ['Bo Chan', [], true], ['Ida Voss', [], false]]);
  });
});

describe('an office after a person in a list of people', () => {
  it('is their detail, no person (`Eve Ng, Executive Director; Kai Wu, Office Manager`)', () => {
    expect(present('Board minutes\n\nPresent: Ann Lee, Bo Chan\nStaff: Eve Ng, Executive Director; Kai Wu, Office Manager\nAlso present: Lu Fox, Grants Coordinator\n')).toEqual(['Ann Lee', 'Bo Chan', 'Eve Ng', 'Kai Wu', 'Lu Fox']);
  });
});

describe('a list that writes each surname first', () => {
  it('gives the names with the given name first (`Lee, Ann; Chan, Bo`)', () => {
    expect(present('Sign-in sheet\n\nPresent: Marsh, Ida; Quill, Nora B.; Fenn, Hugo\n')).toEqual(['Ida Marsh', 'Nora B. Quill', 'Hugo Fenn']);
  });

  it('leaves a name with its organisation as it is (`Ann Lee, Acme; Bo Chan, Initech`)', () => {
    expect(present('Present: Ann Lee, Acme; Bo Chan, Initech\n')).toEqual(['Ann Lee', 'Bo Chan']);
  });
});

describe('a participant listed by a lower-case user id', () => {
  it('is the subject of a task as a name is (`qbert will ...`, `- lmoss to ...`)', () => {
    const text = '# infra sync 2025-01-07\n\nAttendance: qbert, lmoss, tpark\n\n## CI\n\nThe runners are slow. qbert will move the cache to the new bucket.\n\n- lmoss to rotate the deploy keys.\n';
    expect(parseMinutes(text).actions.map((a) => a.owners)).toEqual([['qbert'], ['lmoss']]);
  });

  it('is a subject where it opens a clause (after `and`), not in the middle of one (`asked qbert will`)', () => {
    const text = '# infra sync 2025-01-07\n\nAttendance: qbert, lmoss, tpark\n\n## CI\n\nThe runners are slow, and lmoss will rotate the keys. We asked qbert will be fine.\n';
    expect(parseMinutes(text).actions.map((a) => a.owners)).toEqual([['lmoss']]);
  });

  it('is not read in a word that is no user id, even one that spells initials (`to`)', () => {
    const text = '# Sync\n\nAttendance: Tina Olsen, Bo Chan\n\n## CI\n\nThe runners are slow, so we need to move the cache.\n';
    expect(parseMinutes(text).actions.map((a) => a.owners)).toEqual([]);
  });
});

describe("a body's objection", () => {
  it('is its decision, as a planning committee records one (`The Committee objected to ...`)', () => {
    const text = 'Minutes\n\nPresent: Cllr Ann Lee, Cllr Bo Chan\n\n1. PLANNING\n\nThe Committee objected to the mast on Hill Lane on the grounds of visual impact.\n';
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['The Committee objected to the mast on Hill Lane on the grounds of visual impact.']);
  });
});
