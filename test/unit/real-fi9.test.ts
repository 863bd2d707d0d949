import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Finnish minutes of kinds not read before (municipal boards and
 * councils, a parish council, a residents' committee, a pensioners' association), several of them
 * pages flattened from PDF. Every example here is written for the test; none is a line of those minutes.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => ({ number: a.number, title: a.title }));
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => ({ item: d.item, text: d.text }));

describe('a council page flattened from PDF, its sections marked `KN 41` or `TEKLA § 12` beside a title in capitals', () => {
  const markFirst =
    '2 Seurakuntaneuvosto SN 41 KOKOUKSEN AVAUS Puheenjohtaja avasi kokouksen ja luki alkurukouksen, minkä jälkeen veisattiin yhteinen virsi. ' +
    'SN 42 KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS Kokouskutsu on lähetetty viikkoa ennen kokousta kaikille jäsenille. ' +
    'Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi. SN 43 PÖYTÄKIRJAN TARKASTAJIEN VALINTA ' +
    'Pöytäkirjan tarkastajiksi valittiin Aino Lehto ja Ville Virta. SN 44 TALOUSARVION TOTEUTUMINEN Toteutuma merkittiin tiedoksi ja talousarvio hyväksyttiin esityksen mukaisesti.\n';

  it('reads each mark that goes on the count as an item, its title the capitals after the mark', () => {
    expect(agenda(markFirst)).toEqual([
      { number: '41', title: 'KOKOUKSEN AVAUS' },
      { number: '42', title: 'KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS' },
      { number: '43', title: 'PÖYTÄKIRJAN TARKASTAJIEN VALINTA' },
      { number: '44', title: 'TALOUSARVION TOTEUTUMINEN' },
    ]);
  });

  it('places the decisions under their sections', () => {
    expect(decisions(markFirst)).toContainEqual({ item: '43', text: expect.stringMatching(/^Pöytäkirjan tarkastajiksi valittiin Aino Lehto/u) });
  });

  const titleFirst =
    'TEKNINEN LAUTAKUNTA 3/2024 Aika Tiistai 5.3.2024 klo 17.00 – 18.45 Paikka Kunnantalon kokoushuone Läsnä Aino Lehto Ville Virta ' +
    'SISÄLLYSLUETTELO: KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS 3 PÖYTÄKIRJAN TARKASTAJIEN VALINTA 3 KATUVALOJEN UUSIMINEN 4 ' +
    'KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS TEKLA § 12 Hallintosäännön 131 §:n mukaan toimielin on päätösvaltainen, kun yli puolet on läsnä. ' +
    'PÄÄTÖS: Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi. PÖYTÄKIRJAN TARKASTAJIEN VALINTA TEKLA § 13 ' +
    'Pöytäkirjan tarkastajiksi valittiin Aino Lehto ja Ville Virta.\n';

  it('takes the capitals before the mark as the title where the page put the title first (`... VALINTA TEKLA § 13`)', () => {
    expect(agenda(titleFirst)).toEqual([
      { number: '12', title: 'KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS' },
      { number: '13', title: 'PÖYTÄKIRJAN TARKASTAJIEN VALINTA' },
    ]);
    expect(decisions(titleFirst)).toContainEqual({ item: '12', text: expect.stringMatching(/Kokous todettiin laillisesti koolle kutsutuksi/u) });
  });

  it('reads no item in references to sections of a law (`58 §:n mukaan`) or in an abbreviation and a number written once', () => {
    const prose =
      'Lautakunta käsitteli kuntalain 58 §:n ja hallintosäännön 131 §:n mukaiset asiat sekä SM 123 LUVAN HAKEMINEN -ohjeen, ' +
      'jonka mukaan hakemukset toimitetaan ministeriöön ennen kesäkuuta. Keskustelussa todettiin, että OAJ 45 JÄSENEN KYSELY ' +
      'antaa hyvän kuvan tilanteesta ja että asiaan palataan syksyllä, kun tulokset on käsitelty ja raportti on valmis. ' +
      'Lisäksi todettiin, että seuraavan kokouksen aika sovitaan sähköpostitse ja että kokouskutsu lähetetään viikkoa ennen kokousta.\n';
    expect(agenda(`Teknisen lautakunnan kokous 5.3.2024\n\n${prose}`)).toEqual([]);
  });
});

describe('the signatures of a flattened page, run on after their caption', () => {
  const roles = (text: string) => {
    const m = parseMinutes(text);
    const named = (role: string) => m.participants.find((p) => p.roles.includes(role as never))?.name ?? null;
    return { chair: named('chair'), secretary: named('secretary') };
  };
  const page = (signatures: string) =>
    `1 Kirkkoneuvosto Paikka Seurakuntatalo Kotikylä Läsnäolevat jäsenet Lehto Aino Virta Ville Salo Pekka Koski Mirja ${signatures} ` +
    'Pöytäkirja on yleisesti nähtävänä kirkkoherranvirastossa kokousta seuraavalla viikolla virka-aikana, minkä jälkeen se arkistoidaan ja ' +
    'siitä annetaan otteita pyynnöstä. Kokouksen päätöksistä voi tehdä oikaisuvaatimuksen neljäntoista päivän kuluessa tiedoksisaannista.\n';

  it('reads each role before its name (`Allekirjoitukset Puheenjohtaja Aino Lehto Pöytäkirjanpitäjä Ville Virta`)', () => {
    expect(roles(page('Allekirjoitukset Puheenjohtaja Aino Lehto Pykälät Pöytäkirjanpitäjä Ville Virta Pöytäkirjan tarkastajat Pekka Salo Mirja Koski'))).toEqual({ chair: 'Aino Lehto', secretary: 'Ville Virta' });
  });

  it('reads each name before its role when the first signature puts it so (`Aino Lehto Puheenjohtaja Ville Virta Pöytäkirjanpitäjä`)', () => {
    expect(roles(page('Allekirjoitukset Aino Lehto Puheenjohtaja Ville Virta Pöytäkirjanpitäjä Käsitellyt asiat'))).toEqual({ chair: 'Aino Lehto', secretary: 'Ville Virta' });
  });

  it('reads no signature where the caption is a word of a sentence (`allekirjoitukset kerätään ...`)', () => {
    expect(roles(page('Allekirjoitukset kerätään puheenjohtajalta Aino Lehdolta ensi viikolla sähköisesti'))).toEqual({ chair: null, secretary: null });
  });
});

describe('the list of people of a flattened page, names and offices in columns run together without commas', () => {
  const people = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, roles: [...p.roles] }));
  const names = (text: string) => parseMinutes(text).participants.map((p) => p.name);
  const body =
    'KOKOUKSEN LAILLISUUS JA PÄÄTÖSVALTAISUUS TEKLA § 12 Toimielin on päätösvaltainen, kun yli puolet jäsenistä on läsnä. ' +
    'PÄÄTÖS: Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi. PÖYTÄKIRJAN TARKASTAJIEN VALINTA TEKLA § 13 ' +
    'Pöytäkirjan tarkastajiksi valittiin Aino Lehto ja Ville Virta.\n';

  it('reads two capitalised words a name, and the column of offices after the names one each in order', () => {
    const page = `TEKNINEN LAUTAKUNTA 3/2024 Aika Tiistai 5.3.2024 klo 17.00 – 18.45 Paikka Kunnantalon kokoushuone Läsnä Lehto Aino Virta Ville Salo Pekka Koski Mirja jäsen puheenjohtaja jäsen varajäsen Poissa Niemi Outi jäsen ${body}`;
    expect(people(page)).toEqual(expect.arrayContaining([
      { name: 'Lehto Aino', roles: expect.not.arrayContaining(['chair']) },
      { name: 'Virta Ville', roles: expect.arrayContaining(['chair']) },
      { name: 'Salo Pekka', roles: expect.anything() },
      { name: 'Koski Mirja', roles: expect.anything() },
    ]));
  });

  it('reads the labels of a form in capitals (`LÄSNÄ`, `POISSA`), each office after its name', () => {
    const page = `KUNNANHALLITUS Aika 5.3.2024 klo 17.00 Paikka Kunnantalo LÄSNÄ Lehto Aino puheenjohtaja Virta Ville jäsen Salo Pekka jäsen Koski Mirja jäsen POISSA Niemi Outi jäsen ${body}`;
    expect(names(page)).toEqual(expect.arrayContaining(['Lehto Aino', 'Virta Ville', 'Salo Pekka', 'Koski Mirja']));
    expect(names(page)).not.toContain('Niemi Outi jäsen');
  });

  it('leaves a list parted by commas as it is (`Läsnä: Aino Lehto (pj), Ville Virta, Pekka Salo`)', () => {
    expect(names('Hallituksen kokous 5.3.2024\n\nLäsnä: Aino Lehto (pj), Ville Virta, Pekka Salo\n\n1. Kokouksen avaus\n')).toEqual(['Aino Lehto', 'Ville Virta', 'Pekka Salo']);
  });

  it('pairs no words across an office or the signatures caption (`Koski Mirja Allekirjoitukset Aino Lehto Puheenjohtaja`)', () => {
    const page = `KUNNANHALLITUS Aika 5.3.2024 klo 17.00 Paikka Kunnantalo Läsnä Lehto Aino Virta Ville Salo Pekka Koski Mirja Allekirjoitukset Aino Lehto Puheenjohtaja Ville Virta Pöytäkirjanpitäjä ${body}`;
    expect(names(page).some((n) => /Allekirjoitukset|Puheenjohtaja/u.test(n))).toBe(false);
  });
});

describe('the labels of a municipal agenda system: the meeting day and its start and end time', () => {
  const header = (text: string) => {
    const m = parseMinutes(text);
    return { date: m.date, startTime: m.startTime, endTime: m.endTime };
  };

  it('reads `Kokouspäivä`, `Kokouksen alkuaika` and `Kokouksen päättymisaika`, each value on the line under its label', () => {
    const text =
      'Ympäristölautakunta\n\nKokousnumero\n2/2024\nKokouspäivä\n12.3.2024\nKokouksen alkuaika\n17:00\nKokouksen päättymisaika\n18:45\n' +
      'Kokouspaikka\nKunnantalon valtuustosali\nPöytäkirja yleisesti nähtävänä\nAika 14.3.2024 alkaen\n\n§ 1 Kokouksen avaus\n\nPuheenjohtaja avasi kokouksen.\n';
    expect(header(text)).toEqual({ date: '2024-03-12', startTime: '17:00', endTime: '18:45' });
  });

  it('reads `Alkuaika: 17.00` and `Loppuaika: 18.30` on one line each', () => {
    expect(header('Hallituksen kokous 12.3.2024\n\nAlkuaika: 17.00\nLoppuaika: 18.30\n\n1. Avaus\n')).toEqual({ date: '2024-03-12', startTime: '17:00', endTime: '18:30' });
  });
});

describe('the body\'s name alone at the head of a flattened council page', () => {
  const title = (text: string) => parseMinutes(text).title;
  const rest =
    'Paikka Seurakuntatalo Kotikylä Läsnä Lehto Aino Virta Ville Salo Pekka Koski Mirja jäsen puheenjohtaja jäsen jäsen Poissa Niemi Outi ' +
    'Pöytäkirja on yleisesti nähtävänä kirkkoherranvirastossa kokousta seuraavalla viikolla virka-aikana, minkä jälkeen se arkistoidaan ja ' +
    'siitä annetaan otteita pyynnöstä. Kokouksen päätöksistä voi tehdä oikaisuvaatimuksen neljäntoista päivän kuluessa tiedoksisaannista.\n';

  it('takes the body\'s name after the page number (`1 Seurakuntaneuvosto Paikka ...`) or before the meeting\'s number (`YMPÄRISTÖLAUTAKUNTA 3/2024 Aika ...`)', () => {
    expect(title(`1 Seurakuntaneuvosto ${rest}`)).toBe('Seurakuntaneuvosto');
    expect(title(`YMPÄRISTÖLAUTAKUNTA 3/2024 Aika Tiistai 5.3.2024 klo 17.00 ${rest}`)).toMatch(/^YMPÄRISTÖLAUTAKUNTA$/iu);
  });

  it('takes no title from a head that is a phrase, not a name (`Tervetuloa lautakunta Paikka ...`)', () => {
    expect(title(`Tervetuloa kaikki lautakunta ${rest}`)).toBeNull();
  });
});
