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

  it('reads initials before a colon or in parentheses as an alias, not an organisation', () => {
    expect(parseMinutes('## Attendees\n\n* RO: Rita Oakes (Northwind)\n* Tomas Ek (TE)\n').participants.map((p) => [p.name, p.organization, p.alias])).toEqual([
      ['Rita Oakes', 'Northwind', 'RO'],
      ['Tomas Ek', null, 'TE'],
    ]);
  });

  it('reads user ids and nicknames in a list of people, with a role in brackets, and nobody from a group word', () => {
    expect(people('Present, in order of arrival:\nqz417 [Minutes]\nkr22\n\nText.\n')).toEqual([
      ['qz417', null, ['secretary'], true],
      ['kr22', null, [], true],
    ]);
    expect(people('**Attendees:**\n\nClient\n\nTeam\n')).toEqual([]);
    expect(people('## Paikalla\n\n**Tiimi Oulu**\n- Aino Aalto\n\nAsiakas:\n- Eero Ek\n')).toEqual([
      ['Aino Aalto', null, [], true],
      ['Eero Ek', null, [], true],
    ]);
  });

  it('reads a table of people by its columns, with call signs as aliases and positions as roles', () => {
    const meeting = parseMinutes('The following members were present:\n\n| Name | Call Sign | Position |\n|---|---|---|\n| Rita Oakes | VE9ZZQ | Chair |\n| Tomas Ek | VA9QQ | Member |\n');
    expect(meeting.participants.map((p) => [p.name, p.alias, p.roles, p.present])).toEqual([
      ['Rita Oakes', 'VE9ZZQ', ['chair'], true],
      ['Tomas Ek', 'VA9QQ', [], true],
    ]);
  });

  it('reads headings and sentences of attendance in each language, absentees as not present', () => {
    expect(people('### Anwesende Vorstandsmitglieder\nJana Roth, Uwe Kern\n\n### Entschuldigt\nIda Voss\n')).toEqual([
      ['Jana Roth', null, [], true],
      ['Uwe Kern', null, [], true],
      ['Ida Voss', null, [], false],
    ]);
    expect(people('Present were Ann Lee, Bo Chan and Cy Dorn.\n')).toEqual([
      ['Ann Lee', null, [], true],
      ['Bo Chan', null, [], true],
      ['Cy Dorn', null, [], true],
    ]);
    expect(people('Board members in attendance were:\n\n- Ann Lee\n\nNot present:\n\n- Bo Chan\n')).toEqual([
      ['Ann Lee', null, [], true],
      ['Bo Chan', null, [], false],
    ]);
    expect(people('Närvarande: Eva Lind, Per Holm\nFrånvarande: Stina Berg\n').map((p) => p[3])).toEqual([true, true, false]);
    expect(people('Aanwezig: Joost Bakker\nAfwezig: Sanne de Wit\n').map((p) => p[3])).toEqual([true, false]);
  });

  it('reads an unlabelled comma list of full names at the top as the attendance', () => {
    expect(people('# Plenary\n\nAnn Lee (AL), Bo Chan (BC), Cy Dorn (CD)\n\n## Topic\n\nAL: fine.\n').map((p) => p[0])).toEqual(['Ann Lee', 'Bo Chan', 'Cy Dorn']);
    expect(people('# Plenary\n\n## Topic\n\nWe met Ann Lee, Bo Chan and Cy Dorn.\n')).toEqual([]);
  });

  it('gives roles from sentences of election, office and opening in each language', () => {
    const roles = (text: string) => parseMinutes(text).participants.filter((p) => p.roles.length > 0).map((p) => [p.name, p.roles]);
    expect(roles('# Kokous\n\nKokouksen puheenjohtajaksi valittiin Aino Aalto.\n\nSihteerinä toimi Eero Ek.\n\nPöytäkirjantarkastajiksi valittiin Ville Vuo ja Kaisa Koo.\n')).toEqual([
      ['Aino Aalto', ['chair']], ['Eero Ek', ['secretary']], ['Ville Vuo', ['checker']], ['Kaisa Koo', ['checker']],
    ]);
    expect(roles('# Möte\n\nTill ordförande valdes Eva Lind.\n\nTill sekreterare valdes Per Holm.\n')).toEqual([['Eva Lind', ['chair']], ['Per Holm', ['secretary']]]);
    expect(roles('# Sitzung\n\nJana Roth eröffnet die Sitzung um 19 Uhr.\n\nUwe Kern führt Protokoll.\n')).toEqual([['Jana Roth', ['chair']], ['Uwe Kern', ['secretary']]]);
    expect(roles('# Club\n\nThe meeting was called to order by Ann Lee.\n\nMinutes taken by Bo Chan.\n')).toEqual([['Ann Lee', ['chair']], ['Bo Chan', ['secretary']]]);
    expect(roles('Attendees: Ann Lee, Bo Chan\n\nThe meeting was opened by the Vice Chair, Bo, at 7 pm.\n')).toEqual([['Bo Chan', ['chair']]]);
    expect(roles('# Club\n\nThe budget discussion was led by Ann Lee.\n')).toEqual([]);
  });

  it('keeps a labelled chair over one who only opened the meeting', () => {
    const meeting = parseMinutes('Chair: Ann Lee\nAttendees: Ann Lee, Bo Chan\n\nThe meeting was opened by Bo Chan.\n');
    expect(meeting.participants.map((p) => [p.name, p.roles])).toEqual([['Ann Lee', ['chair']], ['Bo Chan', []]]);
  });

  it('carries a list of people on over paragraphs run together from columns, with names after details', () => {
    expect(people('Paikalla olleet Aino Aalto, puheenjohtaja Eero Ek\n\nVille Vuo, 2. varapuheenjohtaja Kaisa Koo\n\nIlpo Ilo, sihteeri Timo Tee, talouspäällikkö, saapui 17:10 Sini Saari\n\nAllekirjoitukset\n').map((p) => [p[0], p[2]])).toEqual([
      ['Aino Aalto', ['chair']], ['Eero Ek', []], ['Ville Vuo', ['vice-chair']], ['Kaisa Koo', []], ['Ilpo Ilo', ['secretary']], ['Timo Tee', []], ['Sini Saari', []],
    ]);
  });

  it('reads team lines, further labels inside a value and absence marked beside a name', () => {
    expect(people('## Attendance\n\n- Frontend: Ann Lee, Bo Chan\n- Backend: Cy Dorn\n').map((p) => p[0])).toEqual(['Ann Lee', 'Bo Chan', 'Cy Dorn']);
    expect(people('Anwesend: Jana Roth, Uwe Kern; entschuldigt: Ida Voss\n').map((p) => [p[0], p[3]])).toEqual([['Jana Roth', true], ['Uwe Kern', true], ['Ida Voss', false]]);
    expect(people('## Roll call\n\n- Ann Lee – present\n- Bo Chan – excused\n').map((p) => [p[0], p[1], p[3]])).toEqual([['Ann Lee', null, true], ['Bo Chan', null, false]]);
  });

  it('gives two roles stated in one line, and takes no word like Nothing for a name', () => {
    const meeting = parseMinutes('# Kokous\n\nPuheenjohtajana toimi Aino Aalto. Sihteerinä toimi Eero Ek.\n');
    expect(meeting.participants.map((p) => [p.name, p.roles])).toEqual([['Aino Aalto', ['chair']], ['Eero Ek', ['secretary']]]);
    expect(people('## Scribe\n\nNothing.\n')).toEqual([]);
  });
});

describe('English attendance layouts (probe-en)', () => {
  const who = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.present, p.roles, p.organization, p.handle ?? null]);

  it('reads mentions of full names with no commas, as an editor exports its people chips', () => {
    expect(who('# Weekly\n\nAttendees: @Ruth Ellery @Tomas Brandt\n').map((p) => p[0])).toEqual(['Ruth Ellery', 'Tomas Brandt']);
  });

  it('takes the name in parentheses after a handle or user id, keeping the handle', () => {
    expect(who('### Attendees\n@kmoss (Kira Moss), jfell (Jon Fell), @solo\n')).toEqual([
      ['Kira Moss', true, [], null, '@kmoss'],
      ['Jon Fell', true, [], null, null],
      ['@solo', true, [], null, '@solo'],
    ]);
  });

  it('drops pronouns, e-mail addresses, emoji and the way someone took part from the details', () => {
    expect(who('## Present\n\n- Noor Haddad (she/her)\n- Piet Laan <piet@example.org>\n- Ines Roy 🎉\n- Abe Otto (Fabrikam) – remote\n')).toEqual([
      ['Noor Haddad', true, [], null, null],
      ['Piet Laan', true, [], null, null],
      ['Ines Roy', true, [], null, null],
      ['Abe Otto', true, [], 'Fabrikam', null],
    ]);
  });

  it('leaves courtesy and office titles out of the name, and resolves an owner written with one', () => {
    const meeting = parseMinutes('# Parish council\n\nCouncillors present: Cllr B. Ogden, Dr Mae Rossi, County Cllr P. Lund\n\n## Footpaths\n\nCllr Ogden to ask the landowner to mend the stile.\n');
    expect(meeting.participants.map((p) => p.name)).toEqual(['B. Ogden', 'Mae Rossi', 'P. Lund']);
    expect(meeting.actions.map((a) => a.owners)).toEqual([['B. Ogden']]);
  });

  it('reads a role at the end of a detail and the offices of a board', () => {
    expect(who('Present: Lea Marsh (Board President), Omar Tal (Vice President), Ada Kim (Club Secretary), Eli Roth, Director\n')).toEqual([
      ['Lea Marsh', true, ['chair'], null, null],
      ['Omar Tal', true, ['vice-chair'], null, null],
      ['Ada Kim', true, ['secretary'], null, null],
      ['Eli Roth', true, ['director'], null, null],
    ]);
  });

  it('reads sub-labels before a dash inside a roll call, and attendance told in a second sentence', () => {
    expect(who('**Roll call:** Officers present — Ivo Brand (Treasurer). Members present — Una Pell, Sam Ode. Absent — Kai Moor.\n').map((p) => [p[0], p[1]])).toEqual([
      ['Ivo Brand', true], ['Una Pell', true], ['Sam Ode', true], ['Kai Moor', false],
    ]);
    expect(who('Present were Ida Lowe, Max Fenn and Rosa Vick. Apologies were received from Tim Gale.\n').map((p) => [p[0], p[1]])).toEqual([
      ['Ida Lowe', true], ['Max Fenn', true], ['Rosa Vick', true], ['Tim Gale', false],
    ]);
  });

  it('reads a roll call of `Name: present` lines and a table with a column per attendance', () => {
    expect(who('# Club night\n\nHal Dorn: present\nVi Sato: excused\n').map((p) => [p[0], p[1]])).toEqual([['Hal Dorn', true], ['Vi Sato', false]]);
    expect(who('| Present | Absent |\n|---|---|\n| Hal Dorn | Vi Sato |\n| Jo Park | |\n').map((p) => [p[0], p[1]])).toEqual([['Hal Dorn', true], ['Vi Sato', false], ['Jo Park', true]]);
  });

  it('reads names indented under labels in plain text, and lists with dots, bars or slashes between names', () => {
    const plain = 'Attendance\n\n  Directors Present:\n\n    Rhea Vogt\n    Lars Tenn\n\n  Directors Absent:\n\n    Gus Ward\n';
    expect(who(plain).map((p) => [p[0], p[1]])).toEqual([['Rhea Vogt', true], ['Lars Tenn', true], ['Gus Ward', false]]);
    expect(who('Attendees: Rhea Vogt · Lars Tenn | Gus Ward\n').map((p) => p[0])).toEqual(['Rhea Vogt', 'Lars Tenn', 'Gus Ward']);
    expect(who('Attendees: Rhea Vogt / Lars Tenn / Gus Ward\n').map((p) => p[0])).toEqual(['Rhea Vogt', 'Lars Tenn', 'Gus Ward']);
    expect(who('Attendees: Rhea Vogt / rvogt\n').map((p) => p[0])).toEqual(['Rhea Vogt']);
  });

  it('reads semicolons between people with details after commas, and a value that goes on after a trailing comma', () => {
    expect(who('Present: Vera Holt, Chair; Nils Berg, Fabrikam Ltd; Ola Dahl\n').map((p) => [p[0], p[2], p[3]])).toEqual([
      ['Vera Holt', ['chair'], null], ['Nils Berg', [], 'Fabrikam Ltd'], ['Ola Dahl', [], null],
    ]);
    expect(who('Present: Vera Holt, Nils Berg; Ola Dahl\n').map((p) => p[0])).toEqual(['Vera Holt', 'Nils Berg', 'Ola Dahl']);
    expect(who('Attendees: Vera Holt, Nils Berg,\nOla Dahl, Pim Stok\n\n## Budget\n\nText.\n').map((p) => p[0])).toEqual(['Vera Holt', 'Nils Berg', 'Ola Dahl', 'Pim Stok']);
  });

  it('reads lines of a name and an organisation after a comma as one person each, but lines of two names as two', () => {
    expect(who('## Participants\n\nVera Holt, Fabrikam\nNils Berg, Contoso Labs\n').map((p) => [p[0], p[3]])).toEqual([['Vera Holt', 'Fabrikam'], ['Nils Berg', 'Contoso Labs']]);
    expect(who('## Participants\n\nVera Holt, Nils Berg\nOla Dahl, Pim Stok\n').map((p) => p[0])).toEqual(['Vera Holt', 'Nils Berg', 'Ola Dahl', 'Pim Stok']);
  });

  it('takes no first word of the notes under a Notes heading for the note taker, but a participant named there', () => {
    expect(parseMinutes('# Sync\n\nAttendees: Vera Holt, Nils Berg\n\n## Notes\n\nBudget\n').participants.map((p) => [p.name, p.roles])).toEqual([['Vera Holt', []], ['Nils Berg', []]]);
    expect(parseMinutes('# Sync\n\nAttendees: Vera Holt, Nils Berg\n\n## Notes\n\nNils Berg\n').participants.map((p) => [p.name, p.roles])).toEqual([['Vera Holt', []], ['Nils Berg', ['secretary']]]);
  });

  it('reads who did not attend as absent', () => {
    expect(who('Attended: Vera Holt\nDid not attend: Nils Berg\n').map((p) => [p[0], p[1]])).toEqual([['Vera Holt', true], ['Nils Berg', false]]);
  });

  it('reads the people of a Staff label and of a heading that asks who was there', () => {
    expect(who('Staff: Mara Quist (General Manager)\n').map((p) => [p[0], p[3]])).toEqual([['Mara Quist', 'General Manager']]);
    expect(who('## Who was there\n\n- Mara Quist\n- Dov Ash\n').map((p) => p[0])).toEqual(['Mara Quist', 'Dov Ash']);
  });
});
