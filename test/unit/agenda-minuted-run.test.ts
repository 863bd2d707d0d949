import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Minutes written as numbered paragraphs from the opening of the meeting to its close, each the
 * sentence of what was done under its item and nothing under most of them, as parish councils and
 * small associations write them. Every example is written for the test.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

describe('numbered paragraphs that run from the opening of the meeting to its close are its items', () => {
  it('reads an English council\'s paragraphs closed by `the meeting closed`', () => {
    const text =
      'Minutes of the parish council meeting held on 4 March 2026\n\n' +
      '1. Apologies were received from Cllr Ruth Dale.\n\n' +
      '2. The minutes of the last meeting were read and signed as a true record.\n\n' +
      '3. There was a long discussion about parking near the school. The Chairman will write to the head teacher.\n\n' +
      '4. The grass cutting contract is to be renewed for another year.\n\n' +
      '5. There being no further business the meeting closed at 8.40 pm.\n';
    expect(agenda(text)).toEqual([
      ['1', 'Apologies were received from Cllr Ruth Dale.'],
      ['2', 'The minutes of the last meeting were read and signed as a true record.'],
      ['3', 'There was a long discussion about parking near the school.'],
      ['4', 'The grass cutting contract is to be renewed for another year.'],
      ['5', 'There being no further business the meeting closed at 8.40 pm.'],
    ]);
  });

  it('reads a Swedish run opened by `öppnade mötet`, its items without full stops', () => {
    const text =
      'Protokoll styrelsemöte 4 mars 2026\n\nNärvarande: Stina Ek, Bo Lund, Kim Ås\n\n' +
      '1. Ordföranden Stina öppnade mötet\n\n' +
      '2. Frågan om mötet behörigen utlysts besvarades med ja\n\n' +
      '3. Kassören redogjorde för ekonomin\n\n' +
      '4. Övriga frågor\n';
    expect(agenda(text).map(([n]) => n)).toEqual(['1', '2', '3', '4']);
  });

  it('reads a Dutch run closed by `sluit de vergadering`', () => {
    const text =
      'Verslag bestuursvergadering 4 maart 2026\n\n' +
      '1. De voorzitter opent de vergadering en heet iedereen welkom.\n\n' +
      '2. De penningmeester licht de cijfers toe.\n\n' +
      '3. Er is gesproken over de zomerborrel.\n\n' +
      '4. De voorzitter sluit de vergadering om 22.00 uur.\n';
    expect(agenda(text).map(([n]) => n)).toEqual(['1', '2', '3', '4']);
  });

  it('takes the topic before a spaced dash or a colon as the title and reads the task after it', () => {
    const text =
      'Minutes of the parish council meeting held on 4 March 2026\n\nPresent: Cllr Ann Hill (Chair), Cllr Tom Best, Sue Park (Clerk)\n\n' +
      '1. Apologies were received from Cllr Ruth Dale.\n\n' +
      '2. Co-option – There is still one vacancy on the council. The Clerk will advertise the vacancy in the parish magazine.\n\n' +
      '3. Footpaths: The stile on the church path is broken and was reported to the county.\n\n' +
      '4. The meeting closed at 8.40 pm.\n';
    const meeting = parseMinutes(text);
    expect(meeting.agenda.map((a) => a.title)).toEqual(['Apologies were received from Cllr Ruth Dale.', 'Co-option', 'Footpaths', 'The meeting closed at 8.40 pm.']);
    // The item's line is more than its title: the task in its notes is read, its topic kept beside it.
    expect(meeting.actions.map((a) => [a.owners, a.text])).toEqual([[['Sue Park'], 'Co-option – There is still one vacancy on the council. The Clerk will advertise the vacancy in the parish magazine.']]);
  });
});

describe('numbered lists that neither open nor close the meeting stay lists', () => {
  it('leaves a numbered list of discussion points alone', () => {
    const text =
      'Notes of the team call, 4 March 2026\n\n' +
      '1. The build is green again after the cache fix.\n\n' +
      '2. The new intern starts on Monday.\n\n' +
      '3. The office will be closed on Friday.\n\n' +
      '4. Budget numbers are due next week.\n';
    expect(agenda(text)).toEqual([]);
  });

  it('leaves a numbered list under a label alone, though it closes with the meeting', () => {
    const text =
      'Minutes, 4 March 2026\n\nWhat happened:\n\n' +
      '1. Apologies were received from Ruth.\n\n' +
      '2. The accounts were presented.\n\n' +
      '3. The meeting closed at 9 pm.\n';
    expect(agenda(text)).toEqual([]);
  });

  it('leaves the headings of the minutes as their items where a numbered run stands under one', () => {
    const text =
      '# Board meeting 4 March 2026\n\n' +
      '## Opening\n\n' +
      '1. The meeting opened at 7 pm.\n\n' +
      '2. Apologies were received from Ruth.\n\n' +
      '3. The agenda was approved.\n\n' +
      '## Budget\n\nThe budget was discussed.\n\n' +
      '## Closing\n\nThe meeting closed at 9 pm.\n';
    expect(agenda(text).map(([, title]) => title)).toEqual(['Opening', 'Budget', 'Closing']);
  });

  it('leaves decisions under a label without its colon alone, though the list ends with the close', () => {
    const text = 'Committee meeting 4 March 2026\n\nDecisions\n1. Membership stays at £20.\n2. The fete will be on 4 July.\n3. We move to the new bank in autumn.\n4. Meeting closed at 9.\n';
    expect(agenda(text)).toEqual([]);
    expect(parseMinutes(text).decisions.length).toBeGreaterThanOrEqual(3);
  });

  it('leaves a list of tasks alone that merely ends with the close', () => {
    const fi = 'Hallituksen kokous 4.3.2026\n\n1. Maija lähettää tilinumeron jäsenille.\n2. Pekka tilaa paidat.\n3. Liisa varaa salin.\n4. Kokous päättyi klo 20.\n';
    const en = 'Class reps 4 March 2026\n\n1. Helen emails parents about the cancelled disco.\n2. Mike orders the new football nets.\n3. Rachel updates the class rep list.\n4. Meeting closed at 9.\n';
    expect(agenda(fi)).toEqual([]);
    expect(agenda(en)).toEqual([]);
  });

  it('leaves outcomes and tasks each led by their marker alone', () => {
    const text = 'Quiz committee 4 March 2026\n\n1. Apologies were received from Tom.\n2. Agreed: the quiz night moves to Friday.\n3. Action: Helen to book the quizmaster.\n4. Meeting closed at 9.\n';
    expect(agenda(text)).toEqual([]);
  });

  it('matches the words of an opening or a close whole, not inside another word', () => {
    const text = 'Vorstandssitzung 4. März 2026\n\n1. Der Ausflug in den Zoo ist gebucht.\n2. Frau Wagner sammelt das Geld ein.\n3. Die Anmeldung ist jetzt abgeschlossen.\n';
    expect(agenda(text)).toEqual([]);
  });

  it('reads no standing item into a sentence that only opens with its word', () => {
    const text = 'Alarm instructions\n\n1. Opening the cupboard by the kitchen door, find the grey panel.\n2. Type the four-digit code.\n3. Press SET and wait for the beep.\n4. Welcome pack for new volunteers is in the drawer.\n';
    expect(agenda(text)).toEqual([]);
  });

  it('leaves a numbered list under one of the minutes\' bold topics alone', () => {
    const text = 'Team sync 14 Jan 2026\n\n**Budget**\n1. Apologies from Mark, he will send numbers tomorrow.\n2. Q1 spend is under plan.\n3. We decided to hold the hiring freeze.\n\n**Office move**\nMovers booked for 3 Feb.\n';
    expect(agenda(text).map(([, title]) => title)).not.toContain('Q1 spend is under plan');
  });
});

describe('the title of a numbered minute is its first sentence, whole', () => {
  it('does not end the sentence at an abbreviation, a title or a day\'s ordinal', () => {
    const de = 'Protokoll Sportverein, 4. März 2026\n\n1. Der Vorsitzende eröffnet die Sitzung am 4. März um 19 Uhr.\n2. Das Protokoll der letzten Sitzung wird genehmigt.\n3. Das Turnier findet am 14. Juni statt.\n4. Der Vorsitzende schließt die Sitzung um 21 Uhr.\n';
    const en = 'Residents meeting 4 March 2026\n\n1. Mr. Patel opened the meeting at 7 pm.\n2. Apologies were received from Mrs. Green.\n3. Repairs to the lifts were discussed.\n4. The meeting closed at 8 pm.\n';
    expect(agenda(de).map(([, title]) => title)).toEqual(['Der Vorsitzende eröffnet die Sitzung am 4. März um 19 Uhr.', 'Das Protokoll der letzten Sitzung wird genehmigt.', 'Das Turnier findet am 14. Juni statt.', 'Der Vorsitzende schließt die Sitzung um 21 Uhr.']);
    expect(agenda(en).map(([, title]) => title)).toEqual(['Mr. Patel opened the meeting at 7 pm.', 'Apologies were received from Mrs. Green.', 'Repairs to the lifts were discussed.', 'The meeting closed at 8 pm.']);
  });
});

describe('a numbered list inside the notes is no record of the meeting', () => {
  it('leaves a running order for another meeting alone, under a topic of the notes', () => {
    const text =
      'Residents association committee, 4 March 2026\n\nPresent: Ann Lee, Bo Chan\n\n' +
      'Parking\nThe council will paint new lines in May.\n\n' +
      'Annual general meeting\nThe AGM will be held on 30 April. The committee agreed this running order.\n\n' +
      '1. Welcome and apologies.\n2. Minutes of the last AGM.\n3. Election of officers.\n4. Any other business.\n\n' +
      'Website\nBo will update the events page.\n';
    expect(agenda(text).map(([n]) => n)).not.toContain('1');
  });
});

describe('entries under a decisions heading', () => {
  it('reads an entry of two words, but no `N/A`, and names no entry by the minutes\' title', () => {
    const text = '# Team meeting 4 March 2026\n\nPresent: Ann Lee, Bo Chan\n\n## Website\nWe talked about the site.\n\n## Decisions\n- Fee unchanged\n- Monthly newsletter\n- N/A\n';
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['Fee unchanged', 'Monthly newsletter']);
  });
});
