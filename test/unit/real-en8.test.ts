import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of English minutes found missing in an eighth round of real minutes: UK allotment
// societies and parish councils, US PTAs and homeowners' associations, an Australian users' group.
// Each pinned with minutes of our own.

const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);
const absent = (text: string) => parseMinutes(text).participants.filter((p) => !p.present).map((p) => p.name);
const tasks = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('an action marker and a name after a dash, on the line after the task (`Action – Name`)', () => {
  const text = [
    'Garden Society Committee Meeting 12 May 2024', '',
    'Present: Ruth Ames (Chair), Colin Barr, Ewan Mac Leod', '',
    '## 1. Rules', '',
    'The meeting agreed that members not present would be sent the new rules for signing.',
    'Action – Colin Barr',
    'The old rules stay on the board until then.', '',
    '## 2. Hedges', '',
    'The hedges will be cut in June.',
    'Action: all',
  ].join('\n');

  it('hands the sentence above to the name, and the next sentence stays no task', () => {
    expect(tasks(text)).toContainEqual({ owners: ['Colin Barr'], text: 'The meeting agreed that members not present would be sent the new rules for signing.' });
    expect(tasks(text).some((t) => t.text.startsWith('The old rules'))).toBe(false);
  });

  it('hands the sentence above to the whole group for `Action: all`, naming nobody', () => {
    expect(tasks(text)).toContainEqual({ owners: [], text: 'The hedges will be cut in June.' });
  });

  it('reads a surname prefix written apart as the participant it names (`Mac Leod` for MacLeod)', () => {
    const glued = text.replace('Ewan Mac Leod', 'Ewan MacLeod').replace('Action – Colin Barr', 'Action – Ewan Mac Leod');
    expect(tasks(glued)).toContainEqual({ owners: ['Ewan MacLeod'], text: 'The meeting agreed that members not present would be sent the new rules for signing.' });
  });

  it('does not hand the sentence above to a word after the dash that is no participant (`Action – Leaflets`)', () => {
    const other = text.replace('Action – Colin Barr', 'Action – Leaflets');
    expect(tasks(other).some((t) => t.text.startsWith('The meeting agreed'))).toBe(false);
  });
});

describe('a label of people before a dash, where others write a colon (`Present - A, B`)', () => {
  const text = (line: string) => ['Allotment Committee Meeting 6 March 2024', '1) Welcome', line, '3) Minutes of last meeting – accepted as correct', '4) Any other business – none', ''].join('\n');

  it('reads the names of a numbered item `Present - ...`, with the chair', () => {
    expect(present(text('2) Present - Jo Reed (Chair), Ann Kay, Tom Bell'))).toEqual(['Jo Reed', 'Ann Kay', 'Tom Bell']);
    const chair = parseMinutes(text('2) Present - Jo Reed (Chair), Ann Kay, Tom Bell')).participants.find((p) => p.roles.includes('chair'));
    expect(chair?.name).toBe('Jo Reed');
  });

  it('reads apologies after an en dash as absent', () => {
    expect(absent(text('2) Apologies – Ann Kay, Tom Bell'))).toEqual(['Ann Kay', 'Tom Bell']);
  });

  it('leaves an item title and its text after a dash alone (`Budget – The treasurer ...`)', () => {
    expect(present(text('2) Budget - The treasurer reported a surplus.'))).toEqual([]);
  });
});

describe('an election item: its role labels name the officers elected, and `X elected` is the body\'s decision', () => {
  const text = [
    '# Riverside Cycling Club AGM 2024 Minutes', '',
    'Present: Ann Lee, Bob Chan, Cy Dunn, Di Egan', '',
    '## 1. Minutes of the 2023 AGM', '', 'Moved by Bob and seconded by Cy. Passed without dissent.', '',
    '## 2. Election of 2024 Committee', '',
    '* **Chairperson**:', '  * Ann elected unopposed', '',
    '* **Secretary**:', '  * Di elected unopposed', '',
  ].join('\n');
  const result = () => parseMinutes(text);
  const holder = (role: string) => result().participants.find((p) => p.roles.includes(role))?.name;

  it('reads `Name elected unopposed` under each office as a decision', () => {
    const decided = result().decisions.map((d) => d.text);
    expect(decided.some((d) => d.includes('Ann elected unopposed'))).toBe(true);
    expect(decided.some((d) => d.includes('Di elected unopposed'))).toBe(true);
  });

  it('gives no meeting role from the nominations listed under the election', () => {
    const nominated = text.replace('* **Chairperson**:', '* **Chairperson**:\n  * Ann Lee\n\nResults:\n');
    expect(parseMinutes(nominated).participants.find((p) => p.roles.includes('chair'))).toBeUndefined();
  });

  it('keeps a chair label above the items as the meeting\'s chair', () => {
    const chaired = text.replace('Present: Ann Lee', 'Chair: Bob Chan\n\nPresent: Ann Lee');
    expect(parseMinutes(chaired).participants.find((p) => p.roles.includes('chair'))?.name).toBe('Bob Chan');
    expect(holder('secretary')).toBeUndefined();
  });

  it('keeps a person who agrees (`Bob agreed`) from being the body\'s decision, as before', () => {
    const agreed = text.replace('Moved by Bob and seconded by Cy. Passed without dissent.', 'Bob agreed with the treasurer.');
    expect(parseMinutes(agreed).decisions.some((d) => d.text.startsWith('Bob agreed'))).toBe(false);
  });
});

describe('a word of choosing after a name in other languages: the one chosen, the body deciding', () => {
  it('reads a Swedish `Olle valdes enhälligt` under an election item as a decision', () => {
    const text = '# Styrelsemöte 2024-03-05\n\nNärvarande: Anna Berg, Olle Vik, Eva Lind\n\n## §4 Val av kassör\n\nOlle valdes enhälligt.\n';
    expect(parseMinutes(text).decisions.map((d) => d.text)).toContain('Olle valdes enhälligt.');
  });
});

describe('the place a site generator\'s front matter gives', () => {
  const page = (place: string) => `---\ntitle: Board of Directors Meeting\ndate: 2024-11-07 19:00:00 -0800\n${place}\ntags: [meeting]\n---\n\n## Minutes\n\nAttendance: Ann Lee, Bob Chan\n\nMeeting called to order at 7:06 pm.\n`;

  it('reads `location:` as the meeting\'s place', () => {
    expect(parseMinutes(page('location: Zoom')).location).toBe('Zoom');
  });

  it('reads a German `ort:` as the place too', () => {
    const text = '---\ntitle: Vorstandssitzung\ndate: 2024-03-05\nort: Vereinsheim\n---\n\n## Anwesend\n\nAnna Berg, Olaf Vogt\n';
    expect(parseMinutes(text).location).toBe('Vereinsheim');
  });

  it('takes no placeholder (`location: TBD`) for a place', () => {
    expect(parseMinutes(page('location: TBD')).location).toBeNull();
  });

  it('leaves a place the minutes label themselves before the front matter\'s', () => {
    const text = page('location: Zoom').replace('Attendance:', 'Location: Town Hall, Room 2\n\nAttendance:');
    expect(parseMinutes(text).location).toBe('Town Hall, Room 2');
  });
});

describe('a marker and names closing a numbered item (`... obtained. Action: Clerk`)', () => {
  const text = [
    'Parish Council Meeting 4 March 2024', '',
    'Present: Cllr Ann Lee (Chair), Cllr Bob Chan, Mrs Di Egan (Clerk)', '',
    '1. Grass cutting – three quotes to be obtained before the next meeting. Action: Clerk',
    '2. Bus shelter – the glass was reported broken. Action: Bob Chan',
    '3. Footpaths – the path by the church is clear. Actions were reviewed.',
    '4. Website – the council reviewed the new pages. Action: Lighting',
  ].join('\n');
  const found = () => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

  it('gives the item\'s sentences to the participant or the office holder named after the marker', () => {
    expect(found()).toContainEqual({ owners: ['Bob Chan'], text: 'Bus shelter – the glass was reported broken.' });
    expect(found()).toContainEqual({ owners: ['Di Egan'], text: 'Grass cutting – three quotes to be obtained before the next meeting.' });
  });

  it('makes no task of a sentence about actions, nor of a marker before a word that names nobody', () => {
    expect(found().some((a) => a.text.startsWith('Footpaths') || a.text.startsWith('Website'))).toBe(false);
  });
});

describe('a line of a vote\'s procedure only decides the proposal written before it', () => {
  const text = (motion: string) => [
    'Oak Elementary PTA General Meeting Minutes', '', 'Meeting: April 9, 2024 @ 6:00 p.m.', '',
    'New Business', '',
    `Gift of $500 to the school library for new reading books. ${motion}`, '',
  ].join('\n');
  const decided = (motion: string) => parseMinutes(text(motion)).decisions.map((d) => d.text);

  it('takes the proposal into the decision of `Motion to Approve: A; Second: B Motion Passes`', () => {
    expect(decided('Motion to Approve: Ann Lee; Second: Bo Chan Motion Passes')[0]).toMatch(/^Gift of \$500 to the school library for new reading books/);
  });

  it('keeps a motion that states its own matter as it is', () => {
    expect(decided('Moved by Ann Lee to buy a new projector for the hall, seconded by Bo Chan. Carried.')[0]).not.toMatch(/^Gift of/);
  });
});
