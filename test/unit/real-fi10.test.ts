import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Finnish minutes of kinds not read before (parish and municipal
 * bodies exported from Word or PDF, associations' general meetings, a tenants' meeting kept as a
 * blog, an allotment association's board memo). Every example here is written for the test; none
 * is a line of those minutes.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a paragraph typed a statement a line, one line near the longest', () => {
  const typed =
    '# Asukaskokous 4.2.2025\n\n1. Kokouksen avaus\nKokous avattiin klo 18.05\n\n2. Kokouksen laillisuus\nKokous todettiin lailliseksi\n\n3. Valinnat\n' +
    'Aluksi käytiin läpi tehtävät\n' +
    'Keskusteltiin pitkään ja lopulta päätettiin pitää suljettu lippuäänestys\n' +
    'Ilkka valittiin puheenjohtajaksi\n' +
    'Sanna valittiin sihteeriksi\n' +
    'Toni valittiin rahastonhoitajaksi\n';

  it('reads each line as a sentence though one break had no room for the next word', () => {
    expect(decisions(typed)).toEqual([
      'Kokous todettiin lailliseksi',
      'Keskusteltiin pitkään ja lopulta päätettiin pitää suljettu lippuäänestys',
      'Ilkka valittiin puheenjohtajaksi',
      'Sanna valittiin sihteeriksi',
      'Toni valittiin rahastonhoitajaksi',
    ]);
  });

  it('keeps a paragraph wrapped at a width one text where every break fills its line', () => {
    const wrapped =
      '# Hallituksen kokous 4.2.2025\n\n' +
      'Hallitus keskusteli pitkään kevään talkoista ja siitä, miten Mäkelän\n' +
      'Tilan pihalle saataisiin lainaksi peräkärry sekä lehtipuhallin, kun\n' +
      'Kunnan oma kalusto on jo varattu. Asiasta päätettiin vasta myöhemmin\n' +
      'Toukokuussa pidettävässä kokouksessa.\n';
    expect(parseMinutes(wrapped).decisions.length).toBeLessThanOrEqual(1);
  });
});

describe('a roster in a column beside its label, a blank line between its rows (a table of two columns exported from Word or a web page)', () => {
  const people = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, roles: p.roles }));
  const pad = (n: number) => ' '.repeat(n);
  const roster =
    'JOHTOKUNNAN KOKOUS\n\nAika' + pad(12) + 'Tiistaina 3. maaliskuuta 2025 klo 18.00 – 19.30\n\n' +
    'Paikka' + pad(10) + 'Seurakuntatalo, Ylämäki\n\n' +
    'Läsnä' + pad(11) + 'Virtanen Aino' + pad(10) + 'puheenjohtaja\n\n' +
    pad(20) + 'Mäkelä Pekka' + pad(11) + 'jäsen\n\n' +
    pad(20) + 'Koski Liisa' + pad(12) + 'vpj.\n\n' +
    pad(20) + 'Nieminen Olli' + pad(10) + 'sihteeri\n\n' +
    '1 § Kokouksen avaus\n\nPuheenjohtaja avasi kokouksen.\n';

  it('reads every row under the label as a person, each with the role beside the name', () => {
    expect(people(roster)).toEqual([
      { name: 'Virtanen Aino', roles: ['chair'] },
      { name: 'Mäkelä Pekka', roles: ['member'] },
      { name: 'Koski Liisa', roles: ['vice-chair'] },
      { name: 'Nieminen Olli', roles: ['secretary'] },
    ]);
  });

  it('takes no indented sentence after the roster for a name', () => {
    const prose = 'JOHTOKUNNAN KOKOUS\n\nLäsnä' + pad(11) + 'Virtanen Aino, Mäkelä Pekka\n\n' + pad(20) + 'Puheenjohtaja Aino Virtanen avasi kokouksen.\n';
    expect(people(prose).map((p) => p.name)).toEqual(['Virtanen Aino', 'Mäkelä Pekka']);
  });
});

describe('an agenda list with the minute typed under each title (the agenda sent out, kept as the outline of the minutes)', () => {
  const minuted =
    '# Yhdistyksen syyskokous\n\nAika: 12.11.2025 klo 18.00\n\nESITYSLISTA\n' +
    '1. Kokouksen avaus.\nPuheenjohtaja Aino Aho avasi kokouksen klo 18.05.\n\n' +
    '2. Todetaan kokouksen laillisuus ja päätösvaltaisuus.\nKokous todettiin lailliseksi ja päätösvaltaiseksi.\n\n' +
    '3. Hyväksytään työjärjestys.\nTyöjärjestys hyväksyttiin sellaisenaan.\n\n' +
    '4. Vahvistetaan jäsenmaksu.\nJäsenmaksuksi vahvistettiin 15 euroa.\n';

  it('gives each item the lines under its title, and takes the decisions from them, not from the titles', () => {
    const meeting = parseMinutes(minuted);
    expect(meeting.agenda.map((a) => [a.number, a.text])).toEqual([
      ['1', 'Puheenjohtaja Aino Aho avasi kokouksen klo 18.05.'],
      ['2', 'Kokous todettiin lailliseksi ja päätösvaltaiseksi.'],
      ['3', 'Työjärjestys hyväksyttiin sellaisenaan.'],
      ['4', 'Jäsenmaksuksi vahvistettiin 15 euroa.'],
    ]);
    expect(meeting.decisions.map((d) => [d.item, d.text])).toEqual([
      ['2', 'Kokous todettiin lailliseksi ja päätösvaltaiseksi.'],
      ['3', 'Työjärjestys hyväksyttiin sellaisenaan.'],
      ['4', 'Jäsenmaksuksi vahvistettiin 15 euroa.'],
    ]);
  });

  it('keeps a list of bare titles under the label an agenda list, its titles deciding nothing', () => {
    const bare =
      '# Yhdistyksen syyskokous\n\nESITYSLISTA\n\n1. Kokouksen avaus\n2. Hyväksytään työjärjestys\n3. Vahvistetaan jäsenmaksu\n4. Kokouksen päättäminen\n\n' +
      'Kokous avattiin klo 18.05. Jäsenmaksuksi vahvistettiin 15 euroa.\n';
    const meeting = parseMinutes(bare);
    expect(meeting.agenda.map((a) => a.text)).toEqual(['', '', '', '']);
    expect(meeting.decisions.map((d) => d.text)).not.toContainEqual(expect.stringMatching(/^(?:Hyväksytään|Vahvistetaan)/u));
  });
});

describe('the chair and secretary a general meeting chooses for itself', () => {
  const holder = (text: string, role: string) => parseMinutes(text).participants.filter((p) => p.roles.includes(role)).map((p) => p.name);
  const roster =
    '# Yhdistyksen kevätkokous\n\nAika: 20.3.2025 klo 18.00\n\nLäsnä:\nOlli Berg, yhdistyksen puheenjohtaja\nAino Aho, yhdistyksen jäsen\nEeva Koski, hallituksen jäsen\nPasi Lehto, yhdistyksen jäsen\n\n';

  it('gives the offices to those the minutes elect, not to the association\'s chair in the list of those present', () => {
    const text = roster + '1. Kokouksen avaus\nOlli Berg avasi kokouksen.\n\n2. Kokouksen järjestäytyminen\nValittiin kokouksen puheenjohtajaksi Aino Aho ja sihteeriksi Eeva Koski.\n\n3. Työjärjestys\nHyväksyttiin.\n';
    expect(holder(text, 'chair')).toEqual(['Aino Aho']);
    expect(holder(text, 'secretary')).toEqual(['Eeva Koski']);
  });

  it('leaves the association\'s chair in the chair where the minutes elect only next year\'s officers', () => {
    const text = roster + '1. Kokouksen avaus\nOlli Berg avasi kokouksen.\n\n2. Hallituksen valinta\nHallituksen puheenjohtajaksi vuodelle 2026 valittiin Pasi Lehto.\n\n3. Päättäminen\nKokous päätettiin.\n';
    expect(holder(text, 'chair')).toEqual(['Olli Berg']);
  });

  it('reads the name before the verb as the chair\'s, the name after the office as the next office\'s', () => {
    const text = '# Hallituksen kokous 3.3.2025\n\nPuheenjohtaja: Aino Aho\n\n1. Avaus\nAino Aho valittiin kokouksen puheenjohtajaksi, Eeva Koski sihteeriksi.\n\n2. Talous\nTalous on hyvä.\n\n3. Päättäminen\nKokous päätettiin.\n';
    expect(holder(text, 'chair')).toEqual(['Aino Aho']);
  });
});
