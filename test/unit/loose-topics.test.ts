import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Topics written without numbers or headings: bold lead-ins of paragraphs, and a list of points with notes beside a list of tasks. */

const titles = (text: string) => parseMinutes(text).agenda.map((a) => a.title);

describe('paragraphs that open with a bold label', () => {
  const text = [
    '# Allotment Society committee',
    '',
    'Present: Rosa Marsh, Ken Abbot, Priya Lal',
    '',
    '**Water supply:** The standpipe on the east side leaks again. Ken will call the plumber.',
    '',
    '**Plot inspections.** Six plots were found untidy; letters go out next week.',
    '',
    '**Shed**: The roof felt was replaced in March.',
    '',
    '**Any other business:** None.',
    '',
  ].join('\n');

  it('makes each label a topic, whether a colon or a full stop closes it', () => {
    expect(titles(text)).toEqual(['Water supply', 'Plot inspections', 'Shed', 'Any other business']);
  });

  it('takes no speaker and no label of a section for a topic', () => {
    const talk = '# Sync\n\nPresent: Rosa Marsh, Ken Abbot\n\n**Rosa:** The build is green.\n\n**Ken:** I will cut the release.\n\n**Rosa:** Thanks.\n\n**Action items:** Ken cuts the release.\n';
    expect(titles(talk)).toEqual([]);
  });

  it('needs three such paragraphs: one or two bold lead-ins are emphasis', () => {
    expect(titles('# Sync\n\nPresent: Rosa Marsh, Ken Abbot\n\n**Note:** the room changed.\n\nWe talked about the build.\n')).toEqual([]);
  });
});

describe('a list of topics with notes before a longer list of tasks', () => {
  it('takes the topics, though the list of tasks is longer', () => {
    const text = [
      '# Product weekly',
      '',
      'Attendees: Rosa Marsh, Ken Abbot',
      '',
      '* Onboarding',
      '  * Drop-off at step two is down to 30 %.',
      '* Billing',
      '  * Invoices go out on the 1st from now on.',
      '* Hiring',
      '  * Two interviews this week.',
      '',
      'Action items',
      '',
      '- [ ] Rosa to write up the onboarding numbers for the newsletter',
      '- [ ] Ken to move the invoice job to the first of the month',
      '- [ ] Rosa to book the interview room for Thursday afternoon',
      '- [ ] Ken to send the offer letter template to legal',
      '',
    ].join('\n');
    expect(titles(text)).toEqual(['Onboarding', 'Billing', 'Hiring']);
  });
});

describe('plain text typed a topic a line', () => {
  const glued = [
    'ROWING CLUB COMMITTEE MINUTES',
    'June 3, 2025',
    '',
    'Present: Ines Calder, Olu Bankole, Mark Tate',
    '',
    'Opening Remarks',
    'Ines welcomed the two new coaches. The boathouse key list was read out.',
    '',
    'Regatta Entries',
    'Eight crews are entered. The entry fees were approved as proposed.',
    '',
    'Boat Repairs',
    'Olu will get a quote for the cracked hull by June 20.',
    '',
    'Respectfully submitted,',
    'Mark Tate, Secretary',
    '',
  ].join('\n');

  it('makes each short line over its notes a topic, and the notes its own sentences', () => {
    const meeting = parseMinutes(glued);
    expect(meeting.agenda.map((a) => a.title)).toEqual(['Opening Remarks', 'Regatta Entries', 'Boat Repairs']);
    expect(meeting.decisions.map((d) => d.text)).toEqual(['The entry fees were approved as proposed.']);
  });

  it('reads the topic lines the same with a blank line under each', () => {
    const spaced = glued.replace(/^(Opening Remarks|Regatta Entries|Boat Repairs)$/gmu, '$1\n');
    expect(titles(spaced)).toEqual(['Opening Remarks', 'Regatta Entries', 'Boat Repairs']);
  });

  it('takes no first line of prose wrapped at a width for a topic', () => {
    // Wrapped at 60 columns: each first line is as long as the width allows, and the next may open with a name.
    const wrapped = [
      '# Rowing club',
      '',
      'Present: Ines Calder, Olu Bankole',
      '',
      'The committee went through the entries for the summer',
      'Regatta and the fees for this year, which stay as they were.',
      '',
      'Olu reported that the repairs to the two older boats are',
      'Behind because the yard closed for two weeks in the spring.',
      '',
      'Ines asked for volunteers to help with the seating plan of',
      'The annual dinner, and for someone to print the menus.',
      '',
    ].join('\n');
    expect(titles(wrapped)).toEqual([]);
  });

  it('takes no column of names or figures, and no line over a list, for a topic', () => {
    const columns = '# Board\n\nMembers\n\nCalder, Ines\n\nBankole, Olu\n\nTate, Mark\n\nNotes\n\nThe board met twice.\n';
    expect(titles(columns)).toEqual([]);
    const labels = '# Retro\n\nWhat went well\n- the demo\n\nWhat to improve\n- the tests\n\nDemo\n- login works\n';
    expect(titles(labels)).toEqual([]);
  });
});

describe('plain lines that record what happened are no topics', () => {
  it('takes no vote count and no verdict between paragraphs for a topic', () => {
    const text = [
      'Ausschuss für Finanzen, Sitzung vom 4. März 2026',
      '',
      'Abstimmung: Ja: 5, Nein: 2, Enthaltungen: 0',
      '',
      'Die Vorsitzende lässt über den Stellenplan abstimmen und verliest den Antrag.',
      '',
      'Mehrheitlich abgelehnt',
      '',
      'Der Kämmerer erläutert die Änderungen im Haushalt und beantwortet Fragen.',
      '',
      'Ja 6  Nein 1  Enthaltung 2',
      '',
      'Die Vorsitzende dankt allen Mitgliedern für die sachliche Beratung heute.',
      '',
    ].join('\n');
    expect(titles(text)).toEqual([]);
  });

  it('takes no clause with its verb for a topic, though it is short and has no stop', () => {
    const text = [
      'Library trustees, March 2026 minutes',
      '',
      'No public comment',
      '',
      'Motion made by Ann to accept the February minutes. Seconded by Joe. Unanimous approval.',
      '',
      'The garden project will be rolled into the building plan',
      '',
      'The director reported a busy winter and the new reading room opening in April.',
      '',
      'Building subcommittee is meeting April 27',
      '',
      'Talked about the meeting room and the grants we applied for this year.',
      '',
    ].join('\n');
    expect(titles(text)).toEqual([]);
  });

  it('still reads topic lines that name matters, between the same paragraphs', () => {
    const text = [
      'Library trustees, March 2026 minutes',
      '',
      'Public Comment',
      '',
      'Motion made by Ann to accept the February minutes. Seconded by Joe. Unanimous approval.',
      '',
      'Garden Project',
      '',
      'The director reported a busy winter and the new reading room opening in April.',
      '',
      'Building Subcommittee',
      '',
      'Talked about the meeting room and the grants we applied for this year.',
      '',
    ].join('\n');
    expect(titles(text)).toEqual(['Public Comment', 'Garden Project', 'Building Subcommittee']);
    // A question, a topic that opens with a verdict's word, a number beside one vote word: topics all the same.
    const asked = text.replace('Garden Project', 'What is next for the garden').replace('Building Subcommittee', 'Agreed actions');
    expect(titles(asked)).toEqual(['Public Comment', 'What is next for the garden', 'Agreed actions']);
    expect(titles(text.replace('Garden Project', 'Season 25/26 fees vote'))).toEqual(['Public Comment', 'Season 25/26 fees vote', 'Building Subcommittee']);
    // Another language's verb is no verb of this one: Finnish `on` (is) is English `on`.
    const on = text.replace('Garden Project', 'Update on Garden').replace('Building Subcommittee', 'Report on Building');
    expect(titles(on)).toEqual(['Public Comment', 'Update on Garden', 'Report on Building']);
  });
});

describe('topic lines worded as questions or standing items keep their verbs', () => {
  it('reads a Swedish relative clause and the standing item of a meeting duly called as topics', () => {
    const text = [
      'Protokoll årsmöte Granbackens förening, 15 mars 2026',
      '',
      'Mötets öppnande',
      '',
      'Ordförande Karin Ek hälsade alla välkomna och öppnade mötet.',
      '',
      'Fråga om mötet är stadgeenligt utlyst',
      '',
      'Kallelsen skickades ut den 20 februari. Mötet förklarades stadgeenligt utlyst.',
      '',
      'Det som har gjorts sedan sist',
      '',
      'Bryggan har lagats och staketet har målats av medlemmarna.',
      '',
      'Övriga frågor',
      '',
      'Inga övriga frågor togs upp.',
      '',
    ].join('\n');
    expect(titles(text)).toEqual(['Mötets öppnande', 'Fråga om mötet är stadgeenligt utlyst', 'Det som har gjorts sedan sist', 'Övriga frågor']);
  });
});

describe('items each written `1.` with their notes between them', () => {
  const text = [
    'Johtokunnan kokous 3.2.2025',
    '',
    '1. Kokouksen avaus',
    '',
    'Puheenjohtaja avasi kokouksen klo 18.05.',
    '',
    '1. Talousarvio',
    '',
    'Talousarvio hyväksyttiin esitetyssä muodossa.',
    '',
    '1. Kokouksen päättäminen',
    '',
    'Puheenjohtaja päätti kokouksen klo 19.10.',
    '',
  ].join('\n');

  it('numbers the items by their place, as the writer counted on the numbers running on', () => {
    expect(parseMinutes(text).agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Kokouksen avaus'], ['2', 'Talousarvio'], ['3', 'Kokouksen päättäminen']]);
  });

  it('leaves a list of tasks numbered `1.` after one topic alone', () => {
    const tasks = '# Sync 2025-02-03\n\nPresent: Rosa Marsh, Ken Abbot\n\n1. Rosa books the hall\n1. Ken prints the flyers\n1. Rosa sends the invite\n';
    expect(parseMinutes(tasks).agenda).toEqual([]);
  });
});

describe('points each alone in its list, with paragraphs of notes between them', () => {
  const text = [
    'Kevätkokous 12.3.2025 klo 18, paikkana seurantalo',
    '',
    ' • Läsnä',
    '',
    'Aino Lehto, Eero Salmi ja Outi Lahti.',
    '',
    ' • Kokouksen avaus',
    '',
    'Puheenjohtaja Aino Lehto avasi kokouksen.',
    '',
    ' • Toimintakertomus',
    '',
    'Toimintakertomus hyväksyttiin.',
    '',
    ' • Kokouksen päättäminen',
    '',
    'Puheenjohtaja päätti kokouksen.',
    '',
  ].join('\n');

  it('takes each point for a topic, but not the one the header reads', () => {
    expect(titles(text)).toEqual(['Kokouksen avaus', 'Toimintakertomus', 'Kokouksen päättäminen']);
  });

  it('takes no points of one list for topics, though a paragraph follows the list', () => {
    const list = '# Sync 2025-02-03\n\nPresent: Rosa Marsh, Ken Abbot\n\n- the hall is booked\n- the flyers are printed\n- the invite is out\n\nAll good.\n';
    expect(titles(list)).toEqual([]);
  });
});

describe('the title of an item that reads like a task', () => {
  it('is a topic, not a task', () => {
    const text = 'Kevätkokous 12.3.2025\n\nLäsnä: Aino Lehto, Eero Salmi\n\n • Kokouksen avaus\n\nAino avasi kokouksen.\n\n • Määrätään jäsenmaksun suuruus\n\nJäsenmaksuksi määrättiin 10 euroa.\n\n • Kokouksen päättäminen\n\nAino päätti kokouksen.\n';
    expect(parseMinutes(text).actions).toEqual([]);
  });
});

describe('points alone in their lists whose next lines are no notes', () => {
  it('takes no topics where a link or a shorter label follows each point', () => {
    const text = '# Vorstandssitzung 5.4.2025\n\nAnwesend: Eva Roth, Tim Lenz\n\n  1. Protokoll der letzten Sitzung\n\nhttps://wiki.example.org/protokolle/2025-03\n\n  • Nächste Antragsnummer: 2025/17\n\nDringendes\n\n  1. Status der Aktionen\n\nAnträge\n';
    expect(titles(text)).toEqual([]);
  });
});

describe('a numbered list whose entries wrap onto their next lines', () => {
  const log = [
    '# Projektmöte 2025-04-08',
    '',
    'Närvarande: Anna Berg, Olle Lind, Eva Holm',
    '',
    '1. Inloggningen testades på mobilen. Den fungerade efter att cachen',
    '   tömts, men sidan laddar fortfarande långsamt.',
    '2. Databasen säkerhetskopierades och återställningen provades på',
    '   testservern utan fel.',
    '3. Dokumentationen uppdaterades med de nya',
    '   /api-adresserna och exemplen.',
    '',
  ].join('\n');

  it('is a plain list of points, not an agenda: the wrapped lines are the entries own sentences, no notes under them', () => {
    expect(titles(log)).toEqual([]);
  });

  it('still reads items whose notes follow in the same paragraph, opening a sentence of their own', () => {
    const plain = [
      'Hallituksen kokous 3.2.2025',
      '',
      '1. Kokouksen avaus',
      'Puheenjohtaja avasi kokouksen klo 18.05.',
      '2. Talousarvio',
      'Talousarvio hyväksyttiin.',
      '3. Kokouksen päättäminen',
      'kokous päätettiin klo 19.10.',
      '',
    ].join('\n');
    expect(titles(plain)).toEqual(['Kokouksen avaus', 'Talousarvio', 'Kokouksen päättäminen']);
  });
});
