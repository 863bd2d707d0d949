import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Finnish minutes of kinds not read before (a village association, a
 * scout group, a water cooperative, a fund's board and a youth team, several of them pages flattened
 * from PDF). Every example here is written for the test; none is a line of those minutes.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => ({ number: a.number, title: a.title }));
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => ({ item: d.item, text: d.text }));

describe('a page flattened into one paragraph, its items run together', () => {
  const flat =
    'KOTIKYLÄN VESIOSUUSKUNTA PÖYTÄKIRJA 2/ HALLITUKSEN KOKOUS Aika: klo 18.00 Paikka: Seurojentalo, Kotikylä ' +
    'Läsnä: Aino Lehto, Pekka Salo, Ville Virta, Mirja Koski ' +
    '1. Kokouksen avaus Puheenjohtaja Aino Lehto avasi kokouksen ja toivotti läsnäolijat tervetulleiksi. ' +
    '2. Kokouksen laillisuus ja päätösvaltaisuus Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi. ' +
    '3. Vesimaksujen tarkistus Hallituksen esityksestä päätettiin korottaa perusmaksua kahdella eurolla vuoden alusta. ' +
    '4. Muut asiat Keskusteltiin syksyn talkoista, joiden ajankohdasta ilmoitetaan myöhemmin jäsenkirjeessä.\n';

  it('reads each number that goes on the count as an item, its title ending where a capital follows a word in lower case', () => {
    expect(agenda(flat)).toEqual([
      { number: '1', title: 'Kokouksen avaus' },
      { number: '2', title: 'Kokouksen laillisuus ja päätösvaltaisuus' },
      { number: '3', title: 'Vesimaksujen tarkistus' },
      { number: '4', title: 'Muut asiat' },
    ]);
  });

  it('places the decisions under their items', () => {
    expect(decisions(flat)).toContainEqual({ item: '3', text: expect.stringMatching(/^Hallituksen esityksestä päätettiin korottaa perusmaksua/u) });
  });

  it('takes one number lost where the text dropped a time (`klo Laillisuus`) as a gap in the count', () => {
    const lost = flat.replace('avasi kokouksen ja toivotti läsnäolijat tervetulleiksi. 2. ', 'avasi kokouksen klo ');
    expect(agenda(lost).map((a) => a.title)).toEqual(['Kokouksen avaus', 'Vesimaksujen tarkistus', 'Muut asiat']);
  });

  it('leaves a long paragraph whole when its numbers are no count of items (`asiat 5.3, 5.25`, a single `1.`)', () => {
    const prose =
      'Hallitus kävi läpi avustushakemukset, joista jäsen Lehto oli esteellinen asiat 5.3, 5.25 ja 5.36 käsiteltäessä. ' +
      'Keskustelussa todettiin, että hakemuksia tuli tänä vuonna enemmän kuin koskaan aiemmin ja että kohta 1. Avustukset ' +
      'vaatii jatkossa tarkemmat ohjeet hakijoille, jotta käsittely nopeutuu ja päätökset voidaan tehdä jo keväällä, ' +
      'ennen kuin kesän rakennuskausi alkaa ja urakoitsijat ovat varattuja muualle koko kesäksi.\n';
    expect(agenda(`Hallituksen kokous 2.3.2024\n\n${prose}`)).toEqual([]);
  });

  it('leaves a short paragraph with two numbered points whole: only a line the length of a page is a flattened page', () => {
    const text = 'Hallituksen kokous 2.3.2024\n\nKäsiteltiin kaksi asiaa: 1. Talous ja 2. Jäsenasiat, joista ei tehty päätöksiä.\n';
    expect(agenda(text)).toEqual([]);
  });

  it('does not cut a flattened English page by capitals, whose headings capitalise every main word', () => {
    const english =
      'RIVERSIDE WATER COOPERATIVE MINUTES Present: Ann Lee, Bo Chan, Ida Voss, Tom Hill ' +
      '1. Welcome and Apologies The Chair Ann Lee welcomed everyone and noted that no apologies had been received this time. ' +
      '2. Approval of Minutes The minutes of the previous meeting were approved as a true record without any changes. ' +
      '3. Water Charges The board resolved to raise the standing charge by two pounds from the start of next year. ' +
      '4. Any Other Business Members discussed the autumn work day, whose date will be announced in the newsletter.\n';
    expect(agenda(english).map((a) => a.title)).not.toContain('Welcome and');
  });
});

describe('the passive of arranging an event or of gathering for it, with a time: an event scheduled, no task', () => {
  const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));
  const minutes = (body: string) => `Kyläyhdistyksen hallituksen kokous 4.9.2024\n\nLäsnä: Aino Lehto, Matti Virtanen\n\n1. Syksyn tapahtumat\n\n${body}\n`;

  it('gives no task for `Syysretki järjestetään lokakuussa` or `Joulukuussa kokoonnutaan puurojuhlaan`', () => {
    expect(actions(minutes('Syysretki järjestetään lokakuussa.'))).toEqual([]);
    expect(actions(minutes('Joulukuussa kokoonnutaan puurojuhlaan.'))).toEqual([]);
  });

  it('keeps the task where a person arranges it (`Aino järjestää syysretken lokakuussa`)', () => {
    expect(actions(minutes('Aino järjestää syysretken lokakuussa.')).map((a) => a.owners)).toEqual([['Aino Lehto']]);
  });

  it('keeps a verb-first passive with no time a decision of the board (`Järjestetään kylätalon siivous`)', () => {
    expect(parseMinutes(minutes('Järjestetään kylätalon siivous.')).decisions.map((d) => d.text)).toEqual(['Järjestetään kylätalon siivous.']);
  });
});

describe('the letterhead a flattened page runs together before its first field', () => {
  const page = (head: string) =>
    `${head} Aika: 8.1.2024 klo 18.00 Paikka: Seurojentalo Läsnä: Aino Lehto, Pekka Salo, Ville Virta ` +
    '1. Kokouksen avaus Puheenjohtaja avasi kokouksen ja toivotti läsnäolijat tervetulleiksi. ' +
    '2. Kokouksen laillisuus ja päätösvaltaisuus Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi. ' +
    '3. Vesimaksujen tarkistus Hallituksen esityksestä päätettiin korottaa perusmaksua kahdella eurolla vuoden alusta.\n';

  it('takes the meeting named after the word for the document and its number (`PÖYTÄKIRJA 2/ HALLITUKSEN KOKOUS`)', () => {
    expect(parseMinutes(page('1 KOTIKYLÄN VESIOSUUSKUNTA PÖYTÄKIRJA 2/ HALLITUKSEN KOKOUS')).title).toBe('HALLITUKSEN KOKOUS');
  });

  it('takes the whole letterhead where the word for the document closes it', () => {
    expect(parseMinutes(page('KOTIKYLÄN VESIOSUUSKUNNAN VARSINAISEN VUOSIKOKOUKSEN PÖYTÄKIRJA')).title).toBe('KOTIKYLÄN VESIOSUUSKUNNAN VARSINAISEN VUOSIKOKOUKSEN PÖYTÄKIRJA');
  });

  it('takes no title from a letterhead that names no meeting (`KOTIKYLÄN VESIOSUUSKUNTA TIEDOTE 3/2024`)', () => {
    expect(parseMinutes(page('KOTIKYLÄN VESIOSUUSKUNTA TIEDOTE 3/2024')).title).toBeNull();
  });
});

describe('the labels of a flattened form, written in a column of their own and so without colons', () => {
  const page = (head: string) =>
    `${head} 1. Kokouksen avaus Puheenjohtaja avasi kokouksen ja toivotti läsnäolijat tervetulleiksi. ` +
    '2. Kokouksen laillisuus ja päätösvaltaisuus Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi. ' +
    '3. Vesimaksujen tarkistus Hallituksen esityksestä päätettiin korottaa perusmaksua kahdella eurolla vuoden alusta.\n';

  it('reads time, place and those present after `Aika`, `Paikka` and `Läsnä`', () => {
    const meeting = parseMinutes(page('KOTIKYLÄN VESIOSUUSKUNTA PÖYTÄKIRJA 2/ HALLITUKSEN KOKOUS Aika 8.1.2024 klo 18.00 Paikka Seurojentalo, Kotikylä Läsnä Aino Lehto, Pekka Salo, Ville Virta'));
    expect(meeting.location).toBe('Seurojentalo, Kotikylä');
    expect(meeting.participants.map((p) => p.name)).toEqual(['Aino Lehto', 'Pekka Salo', 'Ville Virta']);
  });

  it('reads no field from one label word in a sentence (`... seurojentalolla. Paikka oli ahdas, ...`)', () => {
    const text = 'Kyläyhdistyksen hallituksen kokous 8.1.2024\n\nKokous pidettiin seurojentalolla. Paikka oli ahdas, joten kokous siirrettiin isoon saliin, jossa Aino Lehto esitteli suunnitelman ja Pekka Salo kertoi talkoista.\n';
    expect(parseMinutes(text).location).not.toMatch(/ahdas/u);
  });
});
