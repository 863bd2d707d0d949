import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Finnish minutes from sources not read before (village associations,
 * parish unions, municipal councils and boards, many pages flattened from PDF). Every example here
 * is written for the test; none is a line of those minutes.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => ({ number: a.number, title: a.title }));
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => ({ item: d.item, text: d.text }));

describe('a page flattened from PDF whose section marks lost their `§`: the number alone before a title in capitals', () => {
  const lostMarks =
    '3 Yhteinen kirkkoneuvosto 37 KOKOUKSEN LAILLISUUS Kirkkoneuvosto toteaa kokouksen laillisuuden. Kokous todettiin lailliseksi. ' +
    '38 KOKOUKSEN PÄÄTÖSVALTAISUUS Kirkkoneuvosto toteaa päätösvaltaisuuden. Kokous todettiin päätösvaltaiseksi. ' +
    '39 PÖYTÄKIRJAN TARKASTAJIEN VALINTA Pöytäkirjan tarkastajiksi valittiin Outi Rasila ja Veikko Tammi. ' +
    '40 ILMOITUSASIAT Seurakunnan kesäleirit pidetään kesäkuussa, ja ilmoittautuminen alkaa huhtikuussa.\n';

  it('reads the numbers that go on the count as items, each titled by its capitals', () => {
    expect(agenda(lostMarks)).toEqual([
      { number: '37', title: 'KOKOUKSEN LAILLISUUS' },
      { number: '38', title: 'KOKOUKSEN PÄÄTÖSVALTAISUUS' },
      { number: '39', title: 'PÖYTÄKIRJAN TARKASTAJIEN VALINTA' },
      { number: '40', title: 'ILMOITUSASIAT' },
    ]);
  });

  it('puts the decisions under the items they were made in', () => {
    expect(decisions(lostMarks).map((d) => d.item)).toEqual(['37', '38', '39']);
  });

  it('reads an index of items numbered with a stop after a word that is no body\'s mark (`Asia 12. TITLE 13. TITLE`)', () => {
    const index =
      '2 ESITYSLISTA Toimielin Kokousaika Maanantai 3. helmikuuta 2031 klo Kokouspaikka Kunnantalo Asia nro Asia ' +
      '12. LAILLISUUS JA PÄÄTÖSVALTAISUUS 13. PÖYTÄKIRJANTARKASTAJIEN VALINTA 14. KOULUKULJETUKSET Kuljetusten kilpailutus ' +
      '15. TIESTÖN KUNNOSSAPITO Talvikunnossapidon sopimus vuosille 2031-2033 ja sen jatkaminen kahdella vuodella ' +
      '16. VIRANHALTIJAPÄÄTÖKSET Tiedoksi merkittävät päätökset 17. MUUT ASIAT Ilmoitusasiat ja kokouksen päättäminen.\n' +
      'Kokouksen alussa kunnanjohtaja kertoi ajankohtaisista asioista, ja jäsenet esittivät kysymyksiä koulukuljetuksista.\n';
    expect(agenda(index).map((a) => a.number)).toEqual(['12', '13', '14', '15', '16', '17']);
    expect(agenda(index)[2]?.title).toBe('KOULUKULJETUKSET');
  });

  it('takes no number whose words after it are not in capitals, nor a lone number before capitals', () => {
    const prose =
      'Kokouksessa oli läsnä 12 jäsentä ja 3 varajäsentä. Talousarvioon varattiin 40 000 euroa, ja 2 HENKILÖÄ valittiin työryhmään. ' +
      'Lisäksi todettiin, että 5 uutta jäsentä on liittynyt yhdistykseen syksyn aikana, ja jäsenmäärä on nyt 214 henkeä.\n';
    expect(agenda(prose)).toEqual([]);
  });

  it('takes the page numbers of a table of contents, standing after titles in capitals, for no marks', () => {
    const contents =
      'SISÄLLYSLUETTELO KOKOUKSEN AVAUS 3 LAILLISUUS JA PÄÄTÖSVALTAISUUS 3 PÖYTÄKIRJAN TARKASTUS 4 KATUVALOJEN UUSIMINEN 5 ' +
      'Kokouksen alussa puheenjohtaja kertoi, että katuvalojen uusimisesta on saatu kolme tarjousta ja että niistä päätetään tänään. ' +
      'Lisäksi kuultiin rakennustarkastajan katsaus kesän töistä, ja keskustelussa esitettiin kysymyksiä kevyen liikenteen väylistä.\n';
    expect(agenda(contents)).toEqual([]);
  });
});
