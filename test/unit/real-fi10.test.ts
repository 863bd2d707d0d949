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
