import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { runOnFields } from '../../src/parse/inline-labels.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Minutes flattened from a PDF or a word processor run the fields of their header together on one
// line: a label stands after a blank inside the line, not at its start. Each example is written
// for this test.

const people = (text: string, lang?: 'en' | 'nl' | 'sv' | 'de') =>
  parseMinutes(text, lang ? { language: lang } : {}).participants.map((p) => [p.name, p.present, p.roles]);

describe('attendance labels inside a run-on line', () => {
  it('reads each list as its label says, up to the next label and the first agenda item (English)', () => {
    const text = 'MINUTES OF THE MEETING OF LOWFIELD PARISH COUNCIL HELD ON 3 MARCH 2025 Present: Cllr Ann Smith (Chair), Cllr Bob Jones, Cllr Cat Brown In attendance: Mrs Dee White (Clerk) Apologies: Cllr Ed Black 1. Welcome The chair welcomed everyone.\n';
    expect(people(text)).toEqual([
      ['Ann Smith', true, ['chair']],
      ['Bob Jones', true, []],
      ['Cat Brown', true, []],
      ['Dee White', true, ['secretary']],
      ['Ed Black', false, []],
    ]);
  });

  it('ends the last list at the end of its sentence, so the prose after it is no name', () => {
    const text = 'Minutes of the Elmfield Allotment Society meeting on 2 May 2025 Present: Ann Lee, Bo Chan Absent: Ida Voss. The treasurer reported a surplus of 200 pounds.\n';
    expect(people(text)).toEqual([['Ann Lee', true, []], ['Bo Chan', true, []], ['Ida Voss', false, []]]);
  });

  it('reads absentees with a qualifier after the label and a minute taker (Dutch)', () => {
    const text = 'Notulen van de vergadering van de ouderraad, gehouden op 4 april 2025 in de aula Aanwezig: Anna de Vries, Piet Jansen (vanaf agendapunt 2) Niet aanwezig m.b.: Karin Smit Notulist: Els Bakker 1. Opening De voorzitter opent de vergadering.\n';
    expect(people(text, 'nl')).toEqual([
      ['Anna de Vries', true, []],
      ['Piet Jansen', true, []],
      ['Karin Smit', false, []],
      ['Els Bakker', true, ['secretary']],
    ]);
  });

  it('reads present, absent and the chair from one line (Swedish)', () => {
    const text = 'Protokoll fört vid styrelsemöte 12 mars 2025 Närvarande: Anna Berg, Erik Lund Frånvarande: Sara Ek Ordförande: Anna Berg § 1 Mötets öppnande Ordföranden öppnade mötet.\n';
    expect(people(text, 'sv')).toEqual([['Anna Berg', true, ['chair']], ['Erik Lund', true, []], ['Sara Ek', false, []]]);
  });

  it('keeps the body after the fields: what follows the first agenda item is still read', () => {
    const text = 'Minutes of the Elmfield Tennis Club committee, 9 June 2025 Present: Ann Lee, Bo Chan Apologies: Ida Voss 1. Courts It was resolved to resurface court two.\n';
    const meeting = parseMinutes(text);
    // The header's text is no sentence of its own yet (no stop ends it), so the decision's sentence starts with it.
    expect(meeting.decisions.map((d) => d.text.endsWith('It was resolved to resurface court two.'))).toEqual([true]);
    expect(meeting.participants.map((p) => p.name)).toEqual(['Ann Lee', 'Bo Chan', 'Ida Voss']);
  });

  it('reads the names under a group caption inside the list with the list (`On behalf of the school:`)', () => {
    const text = 'Minutes of the parents council, 7 May 2025 Present: Ann Lee, Bo Chan On behalf of the school: Ida Voss, Tom Hill Apologies: Eva Ross 1. Opening The chair opened the meeting.\n';
    expect(people(text)).toEqual([
      ['Ann Lee', true, []],
      ['Bo Chan', true, []],
      ['Ida Voss', true, []],
      ['Tom Hill', true, []],
      ['Eva Ross', false, []],
    ]);
  });

  it('ends the last list before a word that leads into an item number (`TOP 1`), and reads a day before its month (`12. März`) as no item (German)', () => {
    const text = 'Protokoll der Vorstandssitzung vom 12. März 2025 Anwesend: Anna Becker, Jonas Weber Entschuldigt: Lena Fischer Protokoll: Jonas Weber TOP 1 Begrüßung Die Sitzung wird eröffnet.\n';
    expect(people(text, 'de')).toEqual([['Anna Becker', true, []], ['Jonas Weber', true, ['secretary']], ['Lena Fischer', false, []]]);
  });

  it('cuts a label at the line start where the next label inside the line starts', () => {
    const text = 'Present: Ann Lee, Bo Chan Regrets: Ida Voss Scribe: Bo Chan\n\n## Budget\n\nThe budget was discussed.\n';
    expect(people(text)).toEqual([['Ann Lee', true, []], ['Bo Chan', true, ['secretary']], ['Ida Voss', false, []]]);
  });
});

describe('time and place labels inside a run-on line', () => {
  it('reads date, time and place each up to the next label', () => {
    const text = 'Minutes of the Elmfield Book Club Date: 14 May 2025 Time: 19:30 Venue: The Old Library Present: Ann Lee, Bo Chan\n';
    const meeting = parseMinutes(text);
    expect([meeting.date, meeting.startTime, meeting.location]).toEqual(['2025-05-14', '19:30', 'The Old Library']);
  });
});

describe('the sentence before the first field of a long run-on line', () => {
  it('ends the title of `Minutes of ...` where the first field starts', () => {
    const text = 'Minutes of the Elmfield Garden Club committee Date: 12 March 2025 Time: 7pm Location: Village Hall Present: Ann Lee, Bo Chan\n';
    expect(parseMinutes(text).title).toBe('Elmfield Garden Club committee');
  });

  it('reads the place of `held on DATE at PLACE` up to the first label, however long the line goes on', () => {
    const notes = ' The clerk reported on the state of the playground and the new benches.'.repeat(6);
    const text = `Minutes of a meeting of Elmfield Parish Council held on Monday 3 March 2025 at the Village Hall, Mill Lane Present: Cllr Ann Lee, Cllr Bo Chan${notes}\n`;
    expect(text.length).toBeGreaterThan(400);
    expect(parseMinutes(text).location).toBe('the Village Hall, Mill Lane');
  });
});

describe('how a label inside a line is written', () => {
  const labels = (text: string) => runOnFields(text, [vocabularies.en], 1).labels.map((l) => [l.field, text.slice(l.labelAt, l.valueAt), l.value]);

  it('joins label words of one field written together (`Present Members:`) into one label', () => {
    expect(labels('Elmfield Parish Council Present Members: Cllr Ann Lee')).toEqual([['participants', 'Present Members:', 'Cllr Ann Lee']]);
  });

  it('reads a label in title case only as the vocabularies write it, so the name before it stays whole', () => {
    expect(labels('Minutes Present: Ann Lee, Cat Brown In Attendance: Bo Chan')).toEqual([
      ['participants', 'Present:', 'Ann Lee, Cat Brown'],
      ['participants', 'In Attendance:', 'Bo Chan'],
    ]);
  });
});

describe('what is no label inside a line', () => {
  const labels = (text: string) => runOnFields(text, [vocabularies.en], 1).labels.map((l) => [l.field, l.value]);

  it('takes no colon inside a sentence for a label unless a label word stands before it', () => {
    expect(labels('We discussed three things: budget, rota and the fete.')).toEqual([]);
  });

  it('keeps a name before a label a name (`Bo Chan In attendance:`), and a time (`19:30`) no label', () => {
    expect(labels('Meeting at 19:30 Present: Ann Lee, Bo Chan In attendance: Ida Voss')).toEqual([
      ['participants', 'Ann Lee, Bo Chan'],
      ['participants', 'Ida Voss'],
    ]);
  });

  it('reads a label in capitals (`IN ATTENDANCE:`) and not a label word in lower case inside prose (`were present:`)', () => {
    expect(labels('Council meeting PRESENT: Ann Lee IN ATTENDANCE: Bo Chan')).toEqual([['participants', 'Ann Lee'], ['participants', 'Bo Chan']]);
    expect(labels('Of the members only two were present: Ann Lee and Bo Chan')).toEqual([]);
  });

  it('keeps a list going through a note in parentheses that holds a number (`(from item 3)`)', () => {
    expect(labels('Club minutes Present: Ann Lee (from item 3) Bo Chan Apologies: Ida Voss')).toEqual([
      ['participants', 'Ann Lee (from item 3) Bo Chan'],
      ['absent', 'Ida Voss'],
    ]);
  });
});
