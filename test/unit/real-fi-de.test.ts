import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found in a second reading of real Finnish and German minutes (an association's board, a
 * council of libraries, municipal committees, an association's general meeting, a party's board, a
 * students' project group). Every example here is written for the test, in the layout those
 * minutes use, not copied from them.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('Finnish `Esitys:` (the proposal) before `Päätös:` (the decision)', () => {
  const text = [
    'Hallituksen kokous 4.3.2025',
    '',
    '21 § Kokouksen laillisuus',
    '',
    'Esitys: Todetaan kokous lailliseksi ja päätösvaltaiseksi.',
    '',
    'Päätös: Todettiin kokous lailliseksi ja päätösvaltaiseksi.',
    '',
    '22 § Pöytäkirjantarkastajat',
    '',
    'Esitys: Valitaan tarkastajiksi Outi Laine ja Pekka Virta.',
    '',
    'Päätös: Esityksen mukainen.',
    '',
    '23 § Työjärjestys',
    '',
    'Esitys: Hyväksytään esityslista työjärjestykseksi.',
    '',
    'Päätös: Esityksen mukainen.',
    '',
  ].join('\n');

  it('takes the proposal for what it is: only the `Päätös:` lines are decisions', () => {
    expect(decisions(text)).toHaveLength(3);
    expect(decisions(text)[0]).toBe('Päätös: Todettiin kokous lailliseksi ja päätösvaltaiseksi.');
  });

  it('reads `Esityksen mukainen` (as proposed) with the proposal it accepts, so two such verdicts stay two decisions', () => {
    expect(decisions(text).slice(1)).toEqual([
      'Valitaan tarkastajiksi Outi Laine ja Pekka Virta. — Esityksen mukainen.',
      'Hyväksytään esityslista työjärjestykseksi. — Esityksen mukainen.',
    ]);
  });
});

describe('German quorum statements', () => {
  it('reads `ist somit beschlussfähig` (an adverb inside the phrase) as the statement of quorum', () => {
    expect(decisions('# Mitgliederversammlung 2025-02-01\n\nAlle zwölf Mitglieder sind erschienen. Der Verein ist somit beschlussfähig.\n')).toEqual(['Der Verein ist somit beschlussfähig.']);
  });

  it('reads an entry that ends in its verdict (`gegeben`) under the item `Feststellung der Beschlussfähigkeit`', () => {
    const text = '# Vorstandssitzung 2025-02-01\n\n## TOP 1 – Feststellung der Beschlussfähigkeit\n\n* mit 4 von 5 Vorständen gegeben\n\n## TOP 2 – Kasse\n\n* Kontostand wird berichtet\n';
    expect(decisions(text)).toEqual(['Feststellung der Beschlussfähigkeit: mit 4 von 5 Vorständen gegeben']);
  });

  it('leaves a longer entry whose verdict word does not close it', () => {
    const text = '# Vorstandssitzung 2025-02-01\n\n## TOP 1 – Feststellung der Beschlussfähigkeit\n\n* gegeben waren nur die Unterlagen der Kasse vom Vormonat\n';
    expect(decisions(text)).toEqual([]);
  });
});

const actions = (text: string) => parseMinutes(text).actions.map((a) => a.text);

describe('the grounds of a formal item (Perustelut, Selostus, Sachverhalt) are background, no tasks', () => {
  it('takes no task from a deadline inside `Perustelut` in plain text', () => {
    const text = 'Ympäristölautakunta, kokous 3.2.2025\n\n§ 4 Lausunto kaavaluonnoksesta\n\nPerustelut\n\nKaupunki pyytää lausuntoa kaavaluonnoksesta. Lausunto annetaan kaupungin verkkopalvelussa viimeistään 28.2.2025.\n\nPäätös\n\nLautakunta antoi lausunnon.\n';
    expect(actions(text)).toEqual([]);
  });

  it('takes no task from `Sachverhalt` either', () => {
    const text = 'Bauausschuss, Sitzung vom 03.02.2025\n\nAnwesend: Lena Kurz, Tom Berg\n\nTOP 4 Stellungnahme zum Bebauungsplan\n\nSachverhalt\n\nDie Stadt bittet um eine Stellungnahme. Herr Kurz schickt die Stellungnahme bis zum 28.02.2025 an die Stadt.\n';
    expect(actions(text)).toEqual([]);
  });

  it('still takes a task under an ordinary short line that is no background section', () => {
    const text = 'Hallituksen kokous 3.2.2025\n\nLäsnä: Outi Laine, Pekka Virta\n\nKevätretki\n\nPekka varaa bussin viimeistään 28.2.2025.\n';
    expect(actions(text)).toEqual(['Pekka varaa bussin viimeistään 28.2.2025.']);
  });
});

describe('what the chair does in the meeting is a report, no task', () => {
  it('takes no task from `X heißt die Gäste willkommen` (de)', () => {
    const text = '# Mitgliederversammlung 2025-02-01\n\nAnwesend: Rita Sommer, Udo Lang\n\n## TOP 1 Begrüßung\n\nDie Vorsitzende, Rita, heißt die Mitglieder und Gäste willkommen.\n';
    expect(actions(text)).toEqual([]);
  });

  it('takes no task from `X esittää katsauksen` under an item (fi)', () => {
    const text = 'Hallituksen kokous 4.3.2025\n\nLäsnä: Outi Laine, Pekka Virta\n\n5 § Talouskatsaus\n\nOuti esittää katsauksen yhdistyksen talouteen.\n\nPäätös: Merkittiin tiedoksi.\n';
    expect(actions(text)).toEqual([]);
  });
});

describe('German header labels of a general meeting', () => {
  it('reads `Versammlungsort` and `Versammlungszeit` with the value on the next line', () => {
    const minutes = parseMinutes('Protokoll der Mitgliederversammlung am 1. Februar 2025\n\nVersammlungsort\nGasthaus Linde, Marktplatz 2, Ulm\nVersammlungszeit\n18.00 – 20.30 Uhr\n');
    expect(minutes.location).toBe('Gasthaus Linde, Marktplatz 2, Ulm');
    expect([minutes.startTime, minutes.endTime]).toEqual(['18:00', '20:30']);
  });
});

const roster = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, roles: p.roles }));

describe('Finnish lists of members with the role after the name', () => {
  const text = 'Tekninen lautakunta\n\nAika 4.3.2025 klo 17.00\n\nSaapuvilla olleet jäsenet\n\nAho Ossi puheenjohtaja\nLehtonen Mari varapuheenjohtaja\nKivi Juha\n\nMuut saapuvilla olleet\n\nRanta Eeva, tekninen johtaja, sihteeri\nLund Pekka, kaupunginsihteeri\n\n1 § Kokouksen avaus\n\nPuheenjohtaja avasi kokouksen.\n';

  it('keeps a member whose role word follows the name in lower case, with that role', () => {
    expect(roster(text).slice(0, 3)).toEqual([
      { name: 'Aho Ossi', roles: ['chair'] },
      { name: 'Lehtonen Mari', roles: ['vice-chair'] },
      { name: 'Kivi Juha', roles: [] },
    ]);
  });

  it('takes an office written as one compound word after a comma (`kaupunginsihteeri`) for a detail, no person', () => {
    expect(roster(text).map((p) => p.name)).toEqual(['Aho Ossi', 'Lehtonen Mari', 'Kivi Juha', 'Ranta Eeva', 'Lund Pekka']);
  });

  it('reads the same in one line after `Läsnä:`', () => {
    expect(roster('Hallitus 4.3.2025\n\nLäsnä: Aho Ossi puheenjohtaja, Kivi Juha, Ranta Eeva sihteeri\n\n1 § Avaus\n')).toEqual([
      { name: 'Aho Ossi', roles: ['chair'] },
      { name: 'Kivi Juha', roles: [] },
      { name: 'Ranta Eeva', roles: ['secretary'] },
    ]);
  });
});

describe('German council lists with the office before the name', () => {
  const text = 'Niederschrift über die Sitzung des Bauausschusses vom 03.02.2025\n\nAnwesend sind:\nAusschussvorsitzende Eva Roth\nAusschussmitglied Jan Kolb\nVerwaltung/Protokollführer Tim Lenz\n\nzu TOP 1. Eröffnung\n\nDie Ausschussvorsitzende eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.\n';

  it('reads the office compound as the role (`Ausschussvorsitzende` is the chair) and the slashed alternative as the secretary', () => {
    const found = roster(text);
    expect(found.find((p) => p.roles.includes('chair'))?.name).toBe('Eva Roth');
    expect(found.find((p) => p.roles.includes('secretary'))?.name).toBe('Tim Lenz');
  });

  it('takes no office compound for a person in `Der Ausschussvorsitzende begrüßt die Anwesenden`', () => {
    const plain = 'Niederschrift über die Sitzung des Bauausschusses vom 03.02.2025\n\nAnwesend: Eva Roth, Jan Kolb\n\nzu TOP 1. Eröffnung\n\nDer Ausschussvorsitzende begrüßt die Anwesenden und eröffnet die Sitzung.\n';
    expect(roster(plain)).toEqual([
      { name: 'Eva Roth', roles: [] },
      { name: 'Jan Kolb', roles: [] },
    ]);
  });
});
