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

describe("a record's table of participants flattened from a PDF, with the column of times (`Nimi Klo Tehtävä`)", () => {
  const text =
    '1 LEHTOLAN KUNTA PÖYTÄKIRJA 3/2024 Tekninen lautakunta AIKA 12.3.2024 kello 17:00-18:40 PAIKKA Kunnantalo, kokoushuone Aalto\n\n' +
    '2 LEHTOLAN KUNTA PÖYTÄKIRJA 3/2024 OSALLISTUJAT Nimi Klo Tehtävä Lisätiedot LÄSNÄ Lehto Aino 17:00-18:40 puheenjohtaja ' +
    'Virta Ville 17:00-18:40 varapuheenjohtaja Koski Eeva 17:00-18:10 jäsen Salo Pekka 17:00-18:40 jäsen POISSA Niemi Jussi jäsen ' +
    'ALLEKIRJOITUKSET Aino Lehto Puheenjohtaja Ville Virta Pöytäkirjanpitäjä\n';
  const people = parseMinutes(text).participants;

  it('reads each row as a person present, the time between the name and the office left out', () => {
    const present = people.filter((p) => p.present !== false).map((p) => p.name);
    for (const name of ['Aino', 'Ville', 'Eeva', 'Pekka']) expect(present.some((n) => n.includes(name))).toBe(true);
    expect(people.find((p) => p.name.includes('Aino'))?.roles).toContain('chair');
  });

  it('takes no person from the heads of the columns (`Nimi Klo Tehtävä Lisätiedot`)', () => {
    expect(people.some((p) => /Nimi|Tehtävä/u.test(p.name))).toBe(false);
  });

  it('keeps a list typed with commas as its people', () => {
    const list = parseMinutes('Hallituksen kokous 4.3.2024\n\nLäsnä: Aino Lehto, Ville Virta, Eeva Koski\n\n1. Kokouksen avaus\n').participants.map((p) => p.name);
    expect(list).toEqual(['Aino Lehto', 'Ville Virta', 'Eeva Koski']);
  });

  it('reads a page whose only labels are of presence when its table has its heads (`Osallistujat Nimi Tehtävä Läsnä ...`)', () => {
    const page =
      '1 LEHTOLAN KUNTA PÖYTÄKIRJA 4/2024 Kunnanvaltuusto Aika klo 18:00-20:10 Paikka Valtuustosali\n\n' +
      '2 LEHTOLAN KUNTA PÖYTÄKIRJA 4/2024 Osallistujat Nimi Tehtävä Lisätiedot Läsnä Aalto Ilona Berg Tomas Forsman Eila ' +
      'Heino Ville valtuuston puheenjohtaja Kallio Saara Lampi Oskari Mattila Riikka Nurmi Pasi Ojala Tiina Rinne Matti ' +
      'Saari Elina Toivonen Janne Uotila Kaisa Vainio Heikki\n';
    const present = parseMinutes(page).participants.filter((p) => p.present !== false).map((p) => p.name);
    expect(present).toContain('Aalto Ilona');
    expect(present).toContain('Vainio Heikki');
    expect(present.length).toBeGreaterThanOrEqual(12);
  });

  it('takes no label from a sentence that names presence once (`Läsnä oli ...`) in a line with no table', () => {
    const line =
      'Hallituksen kokous pidettiin kylätalolla ja paikalla oli mukavasti väkeä. Läsnä oli myös kunnan edustaja Aino Lehto, joka kertoi ' +
      'kaavoituksen tilanteesta ja siitä, miten rantaraitin suunnittelu etenee kevään aikana. Keskusteltiin myös talkoista ja kesäjuhlasta, ' +
      'jonka järjestelyt jaettiin jäsenten kesken, ja todettiin, että seuraava kokous pidetään toukokuussa.\n';
    expect(parseMinutes(line).participants.map((p) => p.name)).not.toContain('Nimi');
  });

  it('reads the others present under `MUUT`, two rows of the table, as present and not absent', () => {
    const page =
      '1 LEHTOLAN KUNTA PÖYTÄKIRJA 5/2024 Kunnanhallitus AIKA 2.4.2024 klo 18:00-19:30 PAIKKA Kunnanvirasto\n\n' +
      '2 LEHTOLAN KUNTA PÖYTÄKIRJA 5/2024 OSALLISTUJAT Nimi Klo Tehtävä LÄSNÄ Heino Ville 18:00-19:30 puheenjohtaja ' +
      'Kallio Saara 18:00-19:30 varapuheenjohtaja Lampi Oskari 18:00-19:30 jäsen Mattila Riikka 18:00-19:30 jäsen POISSA Nurmi Pasi jäsen ' +
      'Ojala Tiina jäsen Rinne Matti jäsen MUUT Saari Elina 18:00-19:30 sihteeri Toivonen Janne 18:00-19:00 jäsen ' +
      'ALLEKIRJOITUKSET Ville Heino Puheenjohtaja Elina Saari Pöytäkirjanpitäjä\n';
    const people = parseMinutes(page).participants;
    const present = people.filter((p) => p.present !== false).map((p) => p.name);
    for (const name of ['Heino', 'Kallio', 'Lampi', 'Mattila', 'Saari', 'Toivonen']) expect(present.some((n) => n.includes(name))).toBe(true);
    expect(people.filter((p) => p.present === false).map((p) => p.name).some((n) => n.includes('Saari'))).toBe(false);
  });

  it('reads a title in capitals (`MUUT ASIAT`) as no caption of people', () => {
    const page =
      '1 LEHTOLAN KUNTA PÖYTÄKIRJA 5/2024 Kunnanhallitus AIKA 2.4.2024 klo 18:00-19:30 PAIKKA Kunnanvirasto LÄSNÄ Heino Ville, ' +
      'Kallio Saara, Lampi Oskari POISSA Nurmi Pasi KH § 41 MUUT ASIAT Keskusteltiin kevään tapahtumista ja todettiin, että kunnan ' +
      'edustaja osallistuu kyläillan järjestelyihin. Päätettiin merkitä asia tiedoksi ja palata siihen seuraavassa kokouksessa.\n';
    expect(parseMinutes(page).participants.map((p) => p.name)).not.toContainEqual(expect.stringMatching(/ASIAT|Keskusteltiin/u));
  });
});
