import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Finnish minutes of kinds not read before (a lake association, hunting
 * clubs and their elk sections, a student nation's board, a local heritage society, a parish
 * council, sections of municipal records). Every example here is written for the test; none is a
 * line of those minutes.
 */

const people = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, roles: p.roles }));
const names = (text: string) => parseMinutes(text).participants.map((p) => p.name);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));
const agenda = (text: string) => parseMinutes(text).agenda.map((a) => ({ number: a.number, title: a.title }));

describe('a title that names the meeting by a compound of a meeting word', () => {
  it('reads `Yleinen kesäkokous 2023` (kesä + kokous) on the first line as the title', () => {
    const text = 'Yleinen kesäkokous 2023\n\nAika: 12.8.2023 klo 14.00\n\n1. Kokouksen avaus\n\nKokous avattiin.\n';
    expect(parseMinutes(text).title).toMatch(/^Yleinen kesäkokous/u);
  });

  it('reads no title from a first line that only holds a word beginning like one (`Kokousaika muuttui`)', () => {
    const text = 'Kokousaika muuttui viime viikolla, joten tapaamme nyt.\n\nAino Lehto lähettää kutsun.\n';
    expect(parseMinutes(text).title).toBeNull();
  });

  it('takes the fuller heading below a page title that it repeats (`Vuosikokous 2024` / `KYLÄSEURAN VUOSIKOKOUS 2024`)', () => {
    const text = 'Vuosikokous 2024\n\nKYLÄSEURAN VUOSIKOKOUS 2024\n\nAika: 5.5.2024 klo 18.00\n\n1. Kokouksen avaus\n\nKokous avattiin.\n';
    expect(parseMinutes(text).title).toMatch(/^KYLÄSEURAN VUOSIKOKOUS/u);
  });

  it('keeps the first line when the line below says something else', () => {
    const text = 'Vuosikokous 2024\n\nKyläseura ry\n\nAika: 5.5.2024 klo 18.00\n\n1. Kokouksen avaus\n\nKokous avattiin.\n';
    expect(parseMinutes(text).title).toMatch(/^Vuosikokous/u);
  });
});

describe('offices joined before one verb of choosing', () => {
  const head = 'Yhdistyksen kokous 3.4.2024\n\n1. Järjestäytyminen\n\n';

  it('gives both offices of `puheenjohtajaksi ja sihteeriksi valittiin X` to X', () => {
    const found = people(`${head}Kokouksen puheenjohtajaksi ja sihteeriksi valittiin Aino Lehto, pöytäkirjan tarkastajiksi Pekka Salo ja Mari Koski.\n`);
    expect(found.find((p) => p.name === 'Aino Lehto')?.roles.sort()).toEqual(['chair', 'secretary']);
  });

  it('still gives an office led by the verb only its own names', () => {
    expect(people(`${head}Valittiin puheenjohtajaksi Aino Lehto ja sihteeriksi Pekka Salo.\n`)).toEqual(
      expect.arrayContaining([{ name: 'Aino Lehto', roles: ['chair'] }, { name: 'Pekka Salo', roles: ['secretary'] }]),
    );
  });

  it("leaves another body's office out (`Hallituksen puheenjohtajaksi ja sihteeriksi ...`)", () => {
    expect(people(`${head}Hallituksen puheenjohtajaksi ja sihteeriksi valittiin Aino Lehto.\n`)).toEqual([{ name: 'Aino Lehto', roles: ['secretary'] }]);
  });

  it('gives no role from a proposal in the present passive (`tarkastajiksi valitaan X`)', () => {
    const text = 'Hallitus 3.4.2024\n\n§ 2 Pöytäkirjan tarkastajat\n\nPäätösehdotus\n\nPöytäkirjan tarkastajiksi valitaan Aino Lehto ja Pekka Salo.\n\nPäätös\n\nHyväksyttiin.\n\n§ 3 Muut asiat\n\nEi muita.\n';
    expect(people(text).filter((p) => p.roles.length > 0)).toEqual([]);
  });
});

describe('a signature that writes the abbreviated office first', () => {
  const head = 'Hallituksen kokous 3.4.2024\n\nLäsnä: Aino Lehto, Pekka Salo, Mari Koski\n\n1. Asiat\n\nKokous päättyi.\n\n';

  it('reads `pj. Aino Lehto` / `siht. Pekka Salo` as chair and secretary', () => {
    expect(people(`${head}pj. Aino Lehto\n\nsiht. Pekka Salo\n`)).toEqual([
      { name: 'Aino Lehto', roles: ['chair'] },
      { name: 'Pekka Salo', roles: ['secretary'] },
      { name: 'Mari Koski', roles: [] },
    ]);
  });

  it('gives no role from an abbreviation that names none (`vs. Aino Lehto`)', () => {
    expect(people(`${head}vs. Aino Lehto\n`).every((p) => p.roles.length === 0)).toBe(true);
  });
});

describe('attendance with a group before the names and `lisäksi` after a semicolon', () => {
  const read = (value: string) => names(`Hallituksen kokous 3.4.2024\n\nLäsnä: ${value}\n\n1. Kokouksen avaus\n\nKokous avattiin.\n`);

  it('reads every name of `hallituksen jäsenet A, B ja C; lisäksi D`', () => {
    expect(read('hallituksen jäsenet Aino Lehto, Pekka Salo ja Mari Koski; lisäksi Ville Niemi')).toEqual(['Aino Lehto', 'Pekka Salo', 'Mari Koski', 'Ville Niemi']);
  });

  it('reads names joined by `ja` before a semicolon as people, not one person with details', () => {
    expect(read('Aino Lehto, Pekka Salo ja Mari Koski; Ville Niemi')).toEqual(['Aino Lehto', 'Pekka Salo', 'Mari Koski', 'Ville Niemi']);
  });

  it('still reads details after commas between semicolons (`Aino Lehto, puheenjohtaja; Pekka Salo, sihteeri`)', () => {
    expect(people('Hallituksen kokous 3.4.2024\n\nLäsnä: Aino Lehto, puheenjohtaja; Pekka Salo, sihteeri\n\n1. Avaus\n\nKokous avattiin.\n')).toEqual([
      { name: 'Aino Lehto', roles: ['chair'] },
      { name: 'Pekka Salo', roles: ['secretary'] },
    ]);
  });

  it('finds nobody in a group named without names (`kaikki hallituksen jäsenet`)', () => {
    expect(read('kaikki hallituksen jäsenet')).toEqual([]);
  });
});

describe('numbered minutes whose items carry their notes after a colon', () => {
  const text =
    'Hallituksen kokous 3.4.2024\n\nLäsnä: Aino Lehto, Pekka Salo, Mari Koski\n\n' +
    '1. Puheenjohtaja Aino Lehto avasi kokouksen kello 18.00.\n\n2. Ilmoitusasiat: ei ole\n\n3. Saapuneet kirjeet: ei ole\n\n' +
    '4. Syysretken ajankohta: Päätettiin, että Pekka Salo selvittää bussin hinnan.\n\n5. Muut mahdolliset asiat: ei ole\n\n' +
    '6. Seuraavasta kokouksesta päätettiin, että Mari Koski kutsuu kokouksen koolle marraskuussa.\n\n7. Puheenjohtaja päätti kokouksen kello 19.00.\n';

  it('reads the items, each title up to its colon', () => {
    expect(agenda(text).slice(1, 5)).toEqual([
      { number: '2', title: 'Ilmoitusasiat' },
      { number: '3', title: 'Saapuneet kirjeet' },
      { number: '4', title: 'Syysretken ajankohta' },
      { number: '5', title: 'Muut mahdolliset asiat' },
    ]);
  });

  it('reads the tasks of the notes and of an item written as a whole sentence', () => {
    expect(actions(text).map((a) => a.owners)).toEqual([['Pekka Salo'], ['Mari Koski']]);
  });

  it('reads no task from the titles themselves', () => {
    expect(actions(text).some((a) => /Syysretken ajankohta$/u.test(a.text))).toBe(false);
  });

  it('keeps a name in capitals after the colon in the title, with the notes below it (`Programme approval: MSc Data Science`)', () => {
    const minutes =
      'Faculty board, 3 April 2024\n\nPresent: Ann Lee (chair), Bo Chan, Ida Voss\n\n1. Apologies: none.\n\n2. Minutes of the last meeting: approved.\n\n' +
      '3. Programme approval: MSc Marine Data Science\n\nThe board recommended the programme to Senate.\n\n4. Any other business\n\nNone.\n';
    expect(agenda(minutes)).toEqual([
      { number: '1', title: 'Apologies' },
      { number: '2', title: 'Minutes of the last meeting' },
      { number: '3', title: 'Programme approval: MSc Marine Data Science' },
      { number: '4', title: 'Any other business' },
    ]);
  });
});

describe('one section of a municipal record with its title on the line of its mark', () => {
  const section = 'Tarkastuslautakunta, kokous 12.3.2024\n\nPöytäkirja on tarkastettu\n\n§ 14 Kokouksen laillisuus ja päätösvaltaisuus\n\nEhdotus\n\nTodetaan kokouksen laillisuus ja päätösvaltaisuus.\n\nPäätös\n\nPuheenjohtaja totesi kokouksen laillisesti koolle kutsutuksi ja päätösvaltaiseksi.\n';

  it('reads the section as the one item', () => {
    expect(agenda(section)).toEqual([{ number: '14', title: 'Kokouksen laillisuus ja päätösvaltaisuus' }]);
  });

  it("reads the chair's finding of legality under `Päätös` as the decision", () => {
    expect(decisions(section)).toEqual(['Puheenjohtaja totesi kokouksen laillisesti koolle kutsutuksi ja päätösvaltaiseksi.']);
  });

  it('reads no item from a rule quoted with its section mark in a sentence', () => {
    expect(agenda('Hallitus 3.4.2024\n\n§ 5 Sääntöjen mukaan hallitus kokoontuu kuusi kertaa vuodessa.\n\nKeskusteltiin.\n')).toEqual([]);
  });

  it('reads no decision from the chair stating something else (`Puheenjohtaja totesi, että kahvit on juotu`)', () => {
    expect(decisions('Hallitus 3.4.2024\n\n§ 5 Muut asiat\n\nPuheenjohtaja totesi, että kahvit on juotu.\n')).toEqual([]);
  });
});

describe('an act placed at an earlier meeting is reported, not decided', () => {
  const head = 'Metsästysseuran kokous 15.8.2024\n\nLäsnä: Aino Lehto, Pekka Salo\n\n1. Hirvenmetsästys\n\n';

  it('leaves `X valittiin jahtipäälliköksi kesäkuun vuosikokouksessa.` out of the decisions', () => {
    expect(decisions(`${head}Ville Niemi valittiin jahtipäälliköksi kesäkuun vuosikokouksessa.\n`)).toEqual([]);
  });

  it('leaves `This was agreed at the previous meeting.` out too', () => {
    expect(decisions('# Board meeting 2024-04-03\n\nPresent: Ann Lee, Bo Chan\n\n## Budget\n\nThe budget was approved at the previous meeting.\n')).toEqual([]);
  });

  it('keeps a decision that only refers to an earlier meeting inside it', () => {
    expect(decisions(`${head}Päätettiin muuttaa edellisessä kokouksessa tehtyä päätöstä.\n`)).toEqual(['Päätettiin muuttaa edellisessä kokouksessa tehtyä päätöstä.']);
  });

  it('keeps an election at this meeting', () => {
    expect(decisions(`${head}Ville Niemi valittiin jahtipäälliköksi.\n`)).toEqual(['Ville Niemi valittiin jahtipäälliköksi.']);
  });
});

describe('a task written as a noun and its deadline', () => {
  const head = 'Jaoston kokous 3.9.2024\n\nLäsnä: Aino Lehto, Pekka Salo\n\n1. Uusi järjestelmä\n\n';

  it('reads `Käyttöönotto viimeistään lokakuun alussa.` as a task nobody is named for', () => {
    expect(actions(`${head}Koulutus pidettiin elokuussa. Käyttöönotto viimeistään lokakuun alussa.\n`)).toEqual([{ owners: [], text: 'Käyttöönotto viimeistään lokakuun alussa.' }]);
  });

  it('reads `Anmälan senast 15/3.` in Swedish minutes as one too', () => {
    expect(actions('# Styrelsemöte 2024-03-01\n\nNärvarande: Maja Holm, Ture Falk\n\n## Vårfesten\n\nAnmälan senast 15/3.\n')).toEqual([{ owners: [], text: 'Anmälan senast 15/3.' }]);
  });

  it('reads no task from a deadline word without a time (`Käyttöönotto viimeistään silloin kun kaikki ovat valmiita.`)', () => {
    expect(actions(`${head}Käyttöönotto viimeistään silloin kun kaikki ovat valmiita.\n`)).toEqual([]);
  });
});

describe('a case with a possessive suffix is no passive', () => {
  const head = 'Seuran kokous 3.8.2024\n\nLäsnä: Aino Lehto, Pekka Salo\n\n1. Jäsenasiat\n\n';

  it('reads no task from `Todettiin, että X erosi pyynnöstään heinäkuussa.`', () => {
    expect(actions(`${head}Todettiin, että Ville Niemi erosi pyynnöstään seuran jäsenyydestä heinäkuussa.\n`)).toEqual([]);
  });

  it('still reads a passive with a deadline as a task (`Laitteet korjataan syyskuussa.`)', () => {
    expect(actions(`${head}Rikkoutuneet laitteet korjataan syyskuussa.\n`)).toEqual([{ owners: [], text: 'Rikkoutuneet laitteet korjataan syyskuussa.' }]);
  });
});

describe('the office of the one who opens the meeting, in a numbered first item', () => {
  const head = 'Hallituksen kokous 3.4.2024\n\nLäsnä: Aino Lehto, Pekka Salo, Mari Koski\n\n';

  it('reads `1. Puheenjohtaja Aino Lehto avasi kokouksen` as the chair', () => {
    const text = `${head}1. Puheenjohtaja Aino Lehto avasi kokouksen kello 18.00.\n\n2. Talous: ei muutoksia\n\n3. Muut asiat: ei ole\n\n4. Kokous päättyi kello 19.00.\n`;
    expect(people(text).find((p) => p.name === 'Aino Lehto')?.roles).toEqual(['chair']);
  });

  it('gives no role from a numbered entry that does not open the meeting (`1. Puheenjohtaja Aino Lehto kertoi talousarviosta`)', () => {
    const text = `${head}1. Puheenjohtaja Aino Lehto kertoi talousarviosta.\n\n2. Talous: ei muutoksia\n\n3. Muut asiat: ei ole\n`;
    expect(people(text).every((p) => p.roles.length === 0)).toBe(true);
  });
});

describe('a list of members who join or leave is no attendance', () => {
  const head = 'Hallituksen kokous 3.4.2024\n\nLäsnä: Aino Lehto, Pekka Salo\n\n1. Jäsenasiat\n\n';

  it('leaves `Uudet jäsenet: X ja Y` out of those present', () => {
    expect(names(`${head}Uudet jäsenet: Ville Niemi ja Mari Koski\n\n2. Muut asiat\n\nEi muita.\n`)).toEqual(['Aino Lehto', 'Pekka Salo']);
  });

  it('leaves `Nya medlemmar: X` in Swedish minutes out too', () => {
    expect(names('# Styrelsemöte 2024-03-01\n\nNärvarande: Maja Holm, Ture Falk\n\n## Medlemsfrågor\n\nNya medlemmar: Eva Lind\n').includes('Eva Lind')).toBe(false);
  });

  it('still reads `Muut läsnäolijat: X` as present', () => {
    expect(names('Hallituksen kokous 3.4.2024\n\nLäsnä: Aino Lehto, Pekka Salo\nMuut läsnäolijat: Ville Niemi\n\n1. Avaus\n\nKokous avattiin.\n')).toContain('Ville Niemi');
  });
});
