import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.organization, p.roles, p.present]);

describe('participants', () => {
  it('reads names with organisations and role abbreviations in parentheses', () => {
    expect(people('**Osallistujat:** Minna Männikkö (Oulun kaupunginkirjasto, pj.), Isa Kotilaine (Oulu, siht.), Arja Nevala (OUTI, Raahe)')).toEqual([
      ['Minna Männikkö', 'Oulun kaupunginkirjasto', ['chair'], true],
      ['Isa Kotilaine', 'Oulu', ['secretary'], true],
      ['Arja Nevala', 'OUTI, Raahe', [], true],
    ]);
  });

  it('reads one person per list item with role or organisation after a comma or dash', () => {
    expect(people('**Läsnä**\n - Marcus Palenius, puheenjohtaja\n - Antony Smal, Sihteeri\n - Jean Morin - Freelance\n')).toEqual([
      ['Marcus Palenius', null, ['chair'], true],
      ['Antony Smal', null, ['secretary'], true],
      ['Jean Morin', 'Freelance', [], true],
    ]);
  });

  it('reads absentees, task-box attendance and handles', () => {
    expect(people('## Attendance\n* [ ] Allan Johns - NVIDIA\n* [x] Stephen Mackenzie - NVIDIA\n\nRegrets: Dave Cramer\n')).toEqual([
      ['Allan Johns', 'NVIDIA', [], false],
      ['Stephen Mackenzie', 'NVIDIA', [], true],
      ['Dave Cramer', null, [], false],
    ]);
    expect(people('## Present\n\n* Anna Henningsen @addaleax (TSC)\n')).toEqual([['Anna Henningsen', 'TSC', [], true]]);
  });

  it('assigns roles from Chair: / Scribe: / Puheenjohtaja: lines, resolving first names', () => {
    const meeting = parseMinutes('Attendees:\n\n- Beau Scott\n- Phoebe-Jean Harris\n\nSecretary: Phoebe\n\nChairperson: Beau\n');
    expect(meeting.participants.map((p) => [p.name, p.roles])).toEqual([
      ['Beau Scott', ['chair']],
      ['Phoebe-Jean Harris', ['secretary']],
    ]);
    const swedish = parseMinutes('Närvarande: Anna Berg, Erik Lund\nOrdförande: Anna Berg\nSekreterare: Erik Lund\n');
    expect(swedish.participants.map((p) => p.roles)).toEqual([['chair'], ['secretary']]);
  });

  it('takes no sentence or group word for a person', () => {
    expect(people('## Osallistujat.\n- Paikalla kaikki ryhmän jäsenet.\n- Asiakas/assari\n')).toEqual([]);
  });
});
