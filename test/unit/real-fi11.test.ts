import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Finnish minutes of kinds not read before (fishery and heritage
 * associations, a youth council, school parents' committees, municipal boards' pages flattened
 * from PDF). Every example here is written for the test; none is a line of those minutes.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => ({ number: a.number, title: a.title }));

describe("a record's table of contents flattened from a PDF (`Käsitellyt asiat Otsikko Sivu 14 ... 3 15 ...`)", () => {
  const cover =
    '1 LEHTOLAN KUNTA PÖYTÄKIRJA 2/2024 Tekninen lautakunta Aika 12.3.2024 klo 17:00-18:40 Paikka Kunnantalo, kokoushuone Aalto ' +
    'Käsitellyt asiat Otsikko Sivu 14 Kokouksen laillisuus ja päätösvaltaisuus 3 15 Pöytäkirjantarkastajien valinta 4 ' +
    '16 Katuvalojen uusiminen Koivurinteen alueella 5 17 Uimarannan laiturin korjaus 7 18 Ilmoitusasiat 9 ' +
    '19 Viranhaltijapäätökset ja muut tiedoksi tuotavat asiat 10 20 Muutoksenhakuohjeet ja valitusosoitus 11\n\n' +
    '2 LEHTOLAN KUNTA PÖYTÄKIRJA 2/2024 Osallistujat Nimi Tehtävä LÄSNÄ Lehto Aino puheenjohtaja Virta Ville jäsen\n';

  it('reads each numbered title as an item, its number going on the count from any number and its page left out', () => {
    expect(agenda(cover)).toEqual([
      { number: '14', title: 'Kokouksen laillisuus ja päätösvaltaisuus' },
      { number: '15', title: 'Pöytäkirjantarkastajien valinta' },
      { number: '16', title: 'Katuvalojen uusiminen Koivurinteen alueella' },
      { number: '17', title: 'Uimarannan laiturin korjaus' },
      { number: '18', title: 'Ilmoitusasiat' },
      { number: '19', title: 'Viranhaltijapäätökset ja muut tiedoksi tuotavat asiat' },
      { number: '20', title: 'Muutoksenhakuohjeet ja valitusosoitus' },
    ]);
  });

  it('reads the label written in full (`LUETTELO KÄSITELLYISTÄ ASIOISTA Otsikko Sivu 1 ...`)', () => {
    const text =
      '1 LEHTOLAN KAUPUNKI PÖYTÄKIRJA 1/ Ympäristölautakunta AIKA kello 17:00-18:00 PAIKKA Kaupungintalo, kokoushuone 2 ' +
      'LUETTELO KÄSITELLYISTÄ ASIOISTA Otsikko Sivu 1 Kokouksen laillisuuden toteaminen 3 2 Pöytäkirjan tarkastaminen 4 ' +
      '3 Maa-aineslupa, Soramäki 5 4 Ympäristönsuojelumääräykset 6 5 Viranhaltijapäätökset ja muut tiedoksi tuotavat asiat 8 ' +
      '6 Lausunto Lehtolan kaupungin ilmastosuunnitelman luonnoksesta 9 7 Muutoksenhakuohjeet 11\n';
    expect(agenda(text).map((a) => a.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(agenda(text)[2]).toEqual({ number: '3', title: 'Maa-aineslupa, Soramäki' });
  });

  it('leaves a sentence that names the agenda and counts after it as text: without the heads of columns no table is read', () => {
    const text =
      'Kokouksen aluksi keskusteltiin pitkään siitä, miten kevään talkoot järjestetään ja kuka hoitaa ilmoittautumiset, ja ' +
      'todettiin että käsitellyt asiat 12 Kohtaa jäi kesken viime kerralla, koska aika loppui. Lisäksi sovittiin, että 13 Henkeä ' +
      'mahtuu bussiin ja että loput ajavat omilla autoilla. Seuraava kokous pidetään huhtikuussa kylätalolla, ja silloin jatketaan ' +
      'talkoiden suunnittelua sekä kesäjuhlan järjestelyjä. Puheenjohtaja päätti kokouksen.\n';
    expect(agenda(text)).toEqual([]);
  });
});
