import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Attendance in the header of Finnish municipal minutes flattened from PDF: the form's labels and
 * columns run together on one line. Every example here is written for the test; none is a line of
 * real minutes.
 */

const people = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, present: p.present }));
/** The names of those present as the header writes them (a flattened form keeps its surname-first order). */
const names = (text: string) => people(text).filter((p) => p.present).map((p) => p.name);

describe('a flattened form of who decided, who was away and who else was there', () => {
  const form =
    '1 PÖYTÄKIRJA 4/2031 Toimielin Kokouspäivä Sivu Tekninen lautakunta Kokousaika Tiistai 4. maaliskuuta 2031 klo ' +
    'Kokouspaikka Kunnantalo Päättäjät: Aaltonen Riikka puheenjohtaja Berglund Oskari I varapuheenjohtaja Castrén Heli jäsen ' +
    'Dahl Veikko " Eklund Saara " Forsman Pekka (klo ) varajäsen Poissa oleva: Grönroos Liisa jäsen ' +
    'Muut läsnä olleet: Hovi Antero valt. puh.joht. Ilves Marja (klo 18.10–19.30) valt. II v.puh.joht. Jokela Tapio tekninen johtaja\n\n' +
    '2 ESITYSLISTA Asia 12. LAILLISUUS JA PÄÄTÖSVALTAISUUS\n';

  it('reads `Päättäjät` as those present and `Poissa oleva` as one away', () => {
    const read = people(form);
    expect(read.filter((p) => !p.present).map((p) => p.name)).toEqual(['Grönroos Liisa']);
    expect(read.slice(0, 3).map((p) => p.name)).toEqual(['Aaltonen Riikka', 'Berglund Oskari', 'Castrén Heli']);
  });

  it('keeps the people whose office is a ditto mark (`"`, the same office as above)', () => {
    expect(names(form)).toEqual(expect.arrayContaining(['Dahl Veikko', 'Eklund Saara']));
  });

  it('drops the notes of when someone was there, the times lost or kept (`(klo )`, `(klo 18.10–19.30)`)', () => {
    expect(names(form)).toEqual(expect.arrayContaining(['Forsman Pekka', 'Ilves Marja']));
  });

  it('reads an abbreviated office (`valt.`, `puh.joht.`) as no end of a sentence, so the list goes on', () => {
    expect(names(form)).toEqual(expect.arrayContaining(['Hovi Antero', 'Ilves Marja', 'Jokela Tapio']));
  });

  it('takes a Roman ordinal before an office (`I varapuheenjohtaja`) for no part of the name', () => {
    expect(names(form)).toContain('Berglund Oskari');
    expect(names(form).some((n) => n.endsWith(' I') || n.endsWith(' II'))).toBe(false);
  });
});

describe('a register written surname first with a comma, flattened without a mark between the people', () => {
  it('turns each name given name first, under two column heads side by side (`Päättäjät: Varajäsenet:`)', () => {
    const register =
      '1 KOKOUSPÖYTÄKIRJA Nro 3/2031 Kokousaika Torstaina 6. maaliskuuta 2031, klo Kokouspaikka Valtuustosali ' +
      'Päättäjät: Varajäsenet: Alanko, Eeva Blomqvist, Tuomas Ekholm, Sanna, poistui klo 20.45, 31 Granström, Ville ' +
      'Heinonen, Kaisa Kivelä, Juho Lindroos, Anni Mäkelä, Otto Nyberg, Hilkka Ahlroth, Timo (Nyberg)\n\n' +
      '2 KUTSU Asian numero Asia 30. LAILLISUUS JA PÄÄTÖSVALTAISUUS\n';
    expect(names(register)).toEqual([
      'Eeva Alanko', 'Tuomas Blomqvist', 'Sanna Ekholm', 'Ville Granström', 'Kaisa Heinonen',
      'Juho Kivelä', 'Anni Lindroos', 'Otto Mäkelä', 'Hilkka Nyberg', 'Timo Ahlroth',
    ]);
  });

  it('leaves a list written given name first whose first person has one name as it is (not in alphabetical order)', () => {
    const list = 'Läsnä: Maija, Olli Virta, Aino Kallio, Risto Hakala, Petra Niemi, Jussi Aalto\n\n1. Kokouksen avaus\n';
    expect(names(list)).toEqual(['Maija', 'Olli Virta', 'Aino Kallio', 'Risto Hakala', 'Petra Niemi', 'Jussi Aalto']);
  });
});

describe('a flattened signature block: the captions of the columns in a row, the names in a row under them', () => {
  it('gives each name the caption in its place, the chair never taken for the secretary', () => {
    const page =
      '1 PÖYTÄKIRJA 2/2031 Toimielin Kokouspäivä Sivu Sivistyslautakunta Kokousaika Keskiviikko 5. maaliskuuta 2031 klo ' +
      'Kokouspaikka Koulukeskus Läsnä: Rantanen Elina, Salmi Jarkko, Toivola Hanna Asiat Allekirjoitus Puheenjohtaja Sihteeri ' +
      'Elina Rantanen Kalle Vuori Tarkistus, paikka ja aika Koulukeskus 12. maaliskuuta 2031 Jarkko Salmi Hanna Toivola\n\n' +
      '2 ESITYSLISTA Asia nro Asia 8. LAILLISUUS JA PÄÄTÖSVALTAISUUS\n';
    const read = parseMinutes(page);
    expect(read.participants.find((p) => p.roles.includes('chair'))?.name).toMatch(/Rantanen/u);
    expect(read.participants.find((p) => p.roles.includes('secretary'))?.name).toBe('Kalle Vuori');
  });
});
