import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { toBlocks } from '../../src/parse/to-blocks.js';
import { toTree } from '../../src/parse/to-tree.js';

// Lists typed as plain text that Markdown reads as a paragraph (issue #12, document structure):
// entries indented under their label, numbers that do not start at 1, bullets Markdown does not
// know. The same minutes typed as Markdown or as plain text read the same. Minutes of our own.

const lines = (text: string) => toBlocks(toTree(text), text).map((l) => [l.kind, l.text, l.ordinal]);
const agenda = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number ?? '-'} ${a.title}`);

describe('a list typed inside a paragraph', () => {
  it('reads entries indented under their label as a list', () => {
    expect(lines('Agenda:\n    - Opening\n    - Budget 2025\n      and the new roof\n    - Any other business\n')).toEqual([
      ['paragraph', 'Agenda:', null],
      ['listItem', 'Opening', null],
      ['listItem', 'Budget 2025', null],
      ['listItem', 'and the new roof', null],
      ['listItem', 'Any other business', null],
    ]);
  });

  it('reads numbers that go on from more than 1 as entries, with their numbers', () => {
    expect(lines('Items discussed:\n3. Treasurer\n4. Garden party\n')).toEqual([
      ['paragraph', 'Items discussed:', null],
      ['listItem', 'Treasurer', 3],
      ['listItem', 'Garden party', 4],
    ]);
  });

  it('reads a bullet Markdown does not know as a list mark, even for one entry', () => {
    expect(lines('• Kokouksen avaus\n')).toEqual([['listItem', 'Kokouksen avaus', null]]);
  });

  it('nests an entry whose mark stands indented past the one before, as a list typed under its label', () => {
    const text = 'Agenda:\n    - Finances\n        - Accounts 2024\n            - Audit\n        - Budget\n    - Any other business\n';
    expect(toBlocks(toTree(text), text).map((l) => [l.text, l.listDepth])).toEqual([
      ['Agenda:', 0], ['Finances', 1], ['Accounts 2024', 2], ['Audit', 3], ['Budget', 2], ['Any other business', 1],
    ]);
    expect(agenda(text)).toEqual(['- Finances', '- Any other business']);
  });

  it('nests typographic bullets indented under a point, as a word processor pastes a nested list', () => {
    const text = 'Asialista:\n\n•   Talous\n    •   Tilinpäätös 2024\n        •   Tilintarkastus\n    •   Budjetti\n•   Muut asiat\n';
    expect(toBlocks(toTree(text), text).map((l) => [l.text, l.listDepth])).toEqual([
      ['Asialista:', 0], ['Talous', 1], ['Tilinpäätös 2024', 2], ['Tilintarkastus', 3], ['Budjetti', 2], ['Muut asiat', 1],
    ]);
    expect(agenda(text)).toEqual(agenda(text.replace(/•/g, '-')));
    expect(agenda(text)).toEqual(['- Talous', '- Muut asiat']);
  });

  it('starts a paragraph again after an entry at the margin that the line before did not break', () => {
    expect(lines('Agenda:\n    - Opening\nThe chair opened the meeting.\n')).toEqual([
      ['paragraph', 'Agenda:', null],
      ['listItem', 'Opening', null],
      ['paragraph', 'The chair opened the meeting.', null],
    ]);
  });

  it('gives the agenda of plain-text minutes with indented entries under "Agenda:"', () => {
    const text = 'Tiimipalaveri 7.12.2021\n\nAgenda:\n    - Projektin esittely\n    - Ongelmat viime sprintissä\n    - Seuraavan sprintin aikataulu\n';
    expect(agenda(text)).toEqual(['- Projektin esittely', '- Ongelmat viime sprintissä', '- Seuraavan sprintin aikataulu']);
  });

  it('leaves a single dash inside prose and a glued bold run alone', () => {
    expect(lines('The hall costs 40 euros\n    - or 30 for members.\n').map((l) => l[0])).toEqual(['paragraph', 'paragraph']);
    expect(lines('**Agenda:****1. Opening**\n').map((l) => l[0])).toEqual(['paragraph', 'paragraph']);
    // A number in bold is a title's, read by the title rules with its number kept.
    expect(lines('**2. Kokous**\n**3. Talous**\n').map((l) => l[0])).toEqual(['paragraph', 'paragraph']);
  });
});

describe('an attendance label left empty before the numbered items', () => {
  const minutes = (after: string) =>
    parseMinutes(`VIIKKOPALAVERI 12\n\nAika 26.3.2019 klo 10.13\n\nLäsnä\n - Aino Aalto, puheenjohtaja\n - Eero Salo\n\nPoissa\n\n${after}`);

  it('does not take the items for absentees', () => {
    const read = minutes('1. Kokouksen avaus\nPuheenjohtaja avasi kokouksen.\n\n2. Tilannekatsaus\n\nHyvin menee.\n\n3. Muut asiat\n\nEi muita.\n');
    expect(read.participants.map((p) => `${p.name}:${p.present}`)).toEqual(['Aino Aalto:true', 'Eero Salo:true']);
    expect(read.agenda.map((a) => a.title)).toEqual(['Kokouksen avaus', 'Tilannekatsaus', 'Muut asiat']);
  });

  it('still reads a numbered list of names under it as absentees', () => {
    const read = minutes('1. Matti Virtanen\n2. Liisa Laine\n');
    expect(read.participants.filter((p) => !p.present).map((p) => p.name)).toEqual(['Matti Virtanen', 'Liisa Laine']);
  });
});

describe('an item number alone on a line of a paragraph, in minutes typed without blank lines', () => {
  const text = 'Committee meeting, 3 March 2025\nPresent:\nAnn Lee\nBo Chan\nApologies:\nDan Eve\n1)\nThe budget was discussed. Agreed to raise the fee.\n2)\nThe website was discussed. Bo to update the front page.\n3)\nAny other business. None.\n';

  it('opens the item, its title the first sentence under it, and ends the attendance label above it', () => {
    const read = parseMinutes(text);
    expect(read.agenda.map((a) => `${a.number} ${a.title}`)).toEqual(['1 The budget was discussed', '2 The website was discussed', '3 Any other business']);
    expect(read.participants.map((p) => `${p.name}:${p.present}`)).toEqual(['Ann Lee:true', 'Bo Chan:true', 'Dan Eve:false']);
    expect(read.actions.map((a) => `${a.owners.join('+')}: ${a.text} @${a.item}`)).toEqual(['Bo Chan: Bo to update the front page. @2']);
  });

  it('reads the same as the minutes with a blank line around each number', () => {
    const spaced = parseMinutes(text.replace(/\n(\d\))\n/g, '\n\n$1\n'));
    expect(parseMinutes(text).agenda.map((a) => a.title)).toEqual(spaced.agenda.map((a) => a.title));
  });

  it('is no item where the numbers do not count up through the minutes', () => {
    const prose = 'Committee meeting, 3 March 2025\nPresent: Ann Lee, Bo Chan\nThe fee rises by\n5)\nEuros a year from April. Bo to update the front page.\n';
    expect(parseMinutes(prose).agenda).toEqual([]);
  });
});

describe('a label of tasks that names its people before the task word', () => {
  const tasks = (label: string) =>
    parseMinutes(`# Team meeting\n\nPresent: Tiff Moore, Bo Chan\n\n## Notes\n\nThe hall is booked.\n\n${label}\n\n- share the install notes\n- make a voting form\n`).actions.map((a) => `${a.owners.join('+')}: ${a.text}`);

  it('gives the entries to the people it names', () => {
    expect(tasks('Tiff to do:')).toEqual(['Tiff Moore: share the install notes', 'Tiff Moore: make a voting form']);
  });

  it('gives them to nobody when the word before the task word names no participant', () => {
    expect(tasks('Outcome action items:').every((t) => t.startsWith(':'))).toBe(true);
    expect(tasks('outcome action items:').every((t) => t.startsWith(':'))).toBe(true);
  });
});

describe('a label of tasks naming someone the minutes list nowhere', () => {
  it('gives the entries to a name the minutes write again', () => {
    const read = parseMinutes('# Organisers meeting\n\nRia to book the room.\n\nRia to do:\n\n- print the badges\n- order coffee\n');
    expect(read.actions.map((a) => `${a.owners.join('+')}: ${a.text}`)).toEqual(['Ria: Ria to book the room.', 'Ria: print the badges', 'Ria: order coffee']);
  });
});

describe('a list of people wrapped at a width, as text out of a PDF or an e-mail', () => {
  const present = (text: string) => parseMinutes(text).participants.map((p) => `${p.name}${p.organization ? ` (${p.organization})` : ''}`);

  it('goes on in the next lines, a name cut at a line end joined again', () => {
    const text = '# Kirjastotyöryhmä 8.11.2024\n\nOsallistujat: Aino Aaltonen (Kuusamon kirjasto, pj.), Eero Salo (Taivalkoski), Liisa\nLaine (Posio, siht.), Olli Mäki (Pudasjärvi, Kuusamo), Kaisa Nurmi (Ii), Jussi\nVirta (Utajärvi)\n\nKokous avattiin.\n';
    expect(present(text)).toEqual(['Aino Aaltonen (Kuusamon kirjasto)', 'Eero Salo (Taivalkoski)', 'Liisa Laine (Posio)', 'Olli Mäki (Pudasjärvi, Kuusamo)', 'Kaisa Nurmi (Ii)', 'Jussi Virta (Utajärvi)']);
  });

  it('stops at a line of its own label, and at a whole name the next line does not go on with', () => {
    const tags = '# Product weekly — July 8, 2025\n\nParticipants: Dana Whitaker, Ravi Subramanian, Jonas Eklund, Mei Lin Chow, Tobias Grant\nTags: product, engineering\n';
    expect(present(tags)).toEqual(['Dana Whitaker', 'Ravi Subramanian', 'Jonas Eklund', 'Mei Lin Chow', 'Tobias Grant']);
    const sentence = '# Garden club, 3 May 2025\n\nPresent: Dana Whitaker, Ravi Subramanian, Jonas Eklund, Mei Lin Chow and Tobias Grant\nThe chair welcomed everyone to the meeting.\n';
    expect(present(sentence)).toEqual(['Dana Whitaker', 'Ravi Subramanian', 'Jonas Eklund', 'Mei Lin Chow', 'Tobias Grant']);
  });

  it('reads a list with no label that opens the minutes the same when it wraps, each name at its own line', () => {
    const list = 'Hilde Brandt (HB), Oskar Lund (OL), Petra Maalouf (PM), Samuel\nOkafor (SO), Ines Varga (IV), Tomas Reyes (TR)';
    const text = `# Standards group, 12 March 2025\n\n${list}\n\n## Introduction text\n\nHB: The draft has no introduction yet.\n`;
    const read = parseMinutes(text);
    expect(read.participants.map((p) => `${p.name} ${p.alias ?? ''} ${p.position?.line}`)).toEqual([
      'Hilde Brandt HB 3', 'Oskar Lund OL 3', 'Petra Maalouf PM 3', 'Samuel Okafor SO 3', 'Ines Varga IV 4', 'Tomas Reyes TR 4',
    ]);
    expect(present(text.replace('Samuel\n', 'Samuel '))).toEqual(present(text));
  });

  it('leaves a wrapped paragraph of prose that opens the minutes alone', () => {
    const text = '# Standards group, 12 March 2025\n\nThe group went through the draft with Hilde Brandt, Oskar\nLund, Petra Maalouf and Ines Varga, who had written it.\n\n## Draft\n\nNo comments.\n';
    expect(present(text)).toEqual([]);
  });
});

describe('a place that goes on after a comma on the next line', () => {
  const place = (text: string) => parseMinutes(text).location;

  it('reads the next line of its paragraph as the rest of the address', () => {
    expect(place('# Hallituksen kokous\n\nAika: 8.1.2025 klo 17.00\nPaikka: Kunnantalo,\nvaltuustosali\nLäsnä: Aino Aho, Olli Berg\n')).toBe('Kunnantalo, valtuustosali');
    expect(place('# Board meeting\n\nDate: 8 January 2025\nLocation: Town Hall, Room 4,\nsecond floor\nPresent: Ann Lee, Bo Chan\n')).toBe('Town Hall, Room 4, second floor');
  });

  it('stops at a line with a label of its own, and at the end of the paragraph', () => {
    expect(place('# Board meeting\n\nLocation: Town Hall,\nPresent: Ann Lee, Bo Chan\n')).toBe('Town Hall');
    expect(place('# Board meeting\n\nLocation: Town Hall,\n\nThe chair opened the meeting.\n')).toBe('Town Hall');
  });
});

describe('a label of tasks over its entries in one paragraph, as a heading reads once its marks are gone', () => {
  const tasks = (text: string) => parseMinutes(text).actions.map((a) => `${a.owners.join('+')}: ${a.text}`);

  it('reads each line under the label as a task of its own, with or without a colon', () => {
    const entries = 'Anna: Book the hall for the spring fair\nBen: Send the budget draft to members\n';
    const want = ['Anna: Anna: Book the hall for the spring fair', 'Ben: Ben: Send the budget draft to members'];
    expect(tasks(`Board meeting 3 March 2025\n\nNext steps:\n${entries}`)).toEqual(want);
    expect(tasks(`Board meeting 3 March 2025\n\nNext steps\n${entries}`)).toEqual(want);
    expect(tasks(`Hallituksen kokous 3.3.2025\n\nTehtävät:\nAnna: varaa sali kevätmyyjäisiin\nBen: lähettää talousarvion jäsenille\n`)).toEqual(['Anna: Anna: varaa sali kevätmyyjäisiin', 'Ben: Ben: lähettää talousarvion jäsenille']);
  });

  it('reads sentences wrapped at a width under the label as the prose they are, not a task a line', () => {
    const text = 'Board meeting 3 March 2025\n\nAction list:\nThe new sign for the shed is ready and was put up by\nthe volunteers. Nothing left on the list.\n';
    expect(tasks(text)).toEqual([]);
  });
});

describe('a roster typed without blank lines that runs into the signatures', () => {
  const present = (text: string) => parseMinutes(text).participants.map((p) => p.name);

  it('ends at the caption over the signatures, whose names sign and are no more of the roster', () => {
    const fi = '# Tarkastuslautakunta 4.2.2025\nLäsnä\nAino Aho, puheenjohtaja\nOlli Berg\nAllekirjoitukset\nAino Aho Puheenjohtaja Kaisa Nurmi Sihteeri\nPöytäkirja on tarkastettu\n';
    expect(present(fi)).toEqual(['Aino Aho', 'Olli Berg']);
    const sv = '# Kulturnämnden 4 februari 2025\nNärvarande\nAnna Holm, ordförande\nErik Lund\nUnderskrifter\nAnna Holm Ordförande Lena Berg Sekreterare\n';
    expect(present(sv)).toEqual(['Anna Holm', 'Erik Lund']);
  });
});

describe('a sentence that announces tasks, the tasks under it in the same paragraph', () => {
  it('reads each line after it as a task, a name alone on its line heading the tasks under it', () => {
    const text = '# Committee meeting\n\nThe date of the AGM was set.\nActions to be taken after the meeting:\nRia:\nbook the hall\nOrder the badges\nTom: write to the members\n';
    expect(parseMinutes(text).actions.map((a) => `${a.owners.join('+')}: ${a.text}`)).toEqual(['Ria: book the hall', 'Ria: Order the badges', 'Tom: Tom: write to the members']);
  });
});

describe('a sentence before a colon that speaks of another part of the minutes', () => {
  const present = (text: string) => parseMinutes(text).participants.map((p) => p.name);

  it('names no people, though it mentions them in passing', () => {
    const text = '# Board meeting\n## Summary\nThe following agenda was sent to attendees:\nBudget, Website, Garden Party, Newsletter\n## Attendees\n- Ann Lee\n- Bo Chan\n';
    expect(present(text)).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('still reads a sentence about who was there as the label of its list', () => {
    expect(present('# Board meeting\n\nThe following members were present:\nAnn Lee, Bo Chan\n')).toEqual(['Ann Lee', 'Bo Chan']);
  });
});

describe('a list entry that labels people, its names in paragraphs of its body', () => {
  const present = (text: string) => parseMinutes(text).participants.map((p) => p.name);

  it('reads each paragraph of the body as people, as a word processor sets a blank line after every line', () => {
    const text = '# Ryhmätapaaminen 3.3.2025\n\n- Kokoonpano:\n\n    Aho Aino\n\n    Berg Olli\n\n    Nurmi Kaisa\n\n## Mitä tehtiin\n\n- Luotiin repositorio\n';
    expect(present(text)).toEqual(['Aho Aino', 'Berg Olli', 'Nurmi Kaisa']);
  });

  it('takes no one from a body that says all were there', () => {
    const text = '# Ryhmätapaaminen 3.3.2025\n\n- Osallistujat:\n\n    Paikalla kaikki ryhmän jäsenet.\n\n## Mitä tehtiin\n\n- Luotiin repositorio\n';
    expect(present(text)).toEqual([]);
  });
});

describe('an action marker and the names it hands the task to', () => {
  const tasks = (line: string) => parseMinutes(`# Committee meeting 3 March 2025\n\nPresent: Bob Marsh (BM), Pat Ames (PA), Cy Dee (CD)\n\n1. Nets\n\n${line}\n`).actions.map((a) => `${a.owners.join('+')}: ${a.text}`);

  it('gives the task to every name after the marker, joined by "and" or a slash between blanks', () => {
    expect(tasks('Action: Bob Marsh and Cy Dee')).toEqual(['Bob Marsh+Cy Dee: Action: Bob Marsh and Cy Dee']);
    expect(tasks('The fixture list to go out. Action: BM / CD')).toEqual(['Bob Marsh+Cy Dee: The fixture list to go out.']);
    expect(tasks('The fixture list to go out. Action: BM and CD')).toEqual(['Bob Marsh+Cy Dee: The fixture list to go out.']);
  });

  it('keeps the task of a marker followed by a sentence with the name that opens it', () => {
    expect(tasks('Action: Bob Marsh to book the hall')).toEqual(['Bob Marsh: Action: Bob Marsh to book the hall']);
  });
});
