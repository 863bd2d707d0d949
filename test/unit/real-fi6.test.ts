import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Finnish minutes of kinds the corpus had not seen (parents' and
 * residents' associations, local societies, a sports club's section, a parish council, municipal
 * committees, a national NGO's board). Every example here is written for the test, none copied.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a passive of the act after a fronted office or list of people', () => {
  const text = [
    'Yhdistyksen vuosikokous 14.3.2025',
    '',
    '2. Kokouksen järjestäytyminen',
    '',
    'Kokouksen puheenjohtajaksi valittiin Aino Aho ja sihteeriksi Olli Oja. Pöytäkirjan tarkastajiksi ja ääntenlaskijoiksi valittiin Eeva Eskola ja Pekka Pulkkinen.',
    '',
    '6. Hallituksen jäsenten valinta',
    '',
    'Erovuorossa olivat Aino Aho ja Pekka Pulkkinen. Erovuoroisista Aino Aho ja Pekka Pulkkinen valittiin jatkamaan seuraavalle kaudelle.',
    '',
    'Varajäsenistä Eeva Eskola, Olli Oja, Ville Vaha ja Saara Salo valittiin jatkamaan.',
    '',
  ].join('\n');

  it('reads the choice whose verb stands after a long office phrase or the names chosen', () => {
    const found = decisions(text);
    expect(found).toContain('Pöytäkirjan tarkastajiksi ja ääntenlaskijoiksi valittiin Eeva Eskola ja Pekka Pulkkinen.');
    expect(found).toContain('Erovuoroisista Aino Aho ja Pekka Pulkkinen valittiin jatkamaan seuraavalle kaudelle.');
    expect(found).toContain('Varajäsenistä Eeva Eskola, Olli Oja, Ville Vaha ja Saara Salo valittiin jatkamaan.');
  });

  it('takes no late present passive, which states a rule, nor a cue inside a clause of its own', () => {
    const rule = 'Yhdistyksen vuosikokous 14.3.2025\n\n6. Hallituksen jäsenten valinta\n\nYhdistyksen sääntöjen mukaan hallitukseen joka vuosi valitaan kuusi jäsentä.\n\nPuheenjohtaja muistutti jäseniä siitä, että viime vuonna valittiin uusi rahastonhoitaja.\n';
    expect(decisions(rule)).toEqual([]);
    const near = 'Hallituksen kokous 3.4.2025\n\n3. Esityslistan hyväksyminen\n\nHyväksytään esityslista kokouksen työjärjestykseksi.\n\n4. Jäsenet\n\nSääntöjen mukaan hallitukseen valitaan kuusi jäsentä.\n';
    expect(decisions(near)).toEqual(['Hyväksytään esityslista kokouksen työjärjestykseksi.']);
  });
});

describe('an office written in lower case before a name in the list of those present', () => {
  const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);

  it('reads the person after the office (`ja rehtori Seppo Kaski`, `isännöitsijä Mikko Mäki`)', () => {
    const text = 'Vanhempainyhdistyksen hallituksen kokous 2.9.2025\n\nLäsnä: Anna Aho (pj), Olli Oja (siht), Eeva Eskola ja rehtori Kaisa Koivu\n\nMuut läsnäolijat: isännöitsijä Mikko Mäki\n';
    expect(present(text)).toEqual(['Anna Aho', 'Olli Oja', 'Eeva Eskola', 'Kaisa Koivu', 'Mikko Mäki']);
  });

  it('makes no person of the office written after a name, alone or in a compound', () => {
    const text = 'Vanhempainyhdistyksen hallituksen kokous 2.9.2025\n\nLäsnä: Anna Aho, rehtori, Olli Oja, luokanopettaja\n';
    expect(present(text)).toEqual(['Anna Aho', 'Olli Oja']);
    expect(parseMinutes(text).participants.map((p) => p.organization)).toEqual(['rehtori', 'luokanopettaja']);
  });

  it('gives the task of a sentence to the person so listed', () => {
    const text = 'Vanhempainyhdistyksen hallituksen kokous 2.9.2025\n\nLäsnä: Anna Aho (pj), Olli Oja (siht) ja rehtori Kaisa Koivu\n\n5. Vanhempainilta\n\nVanhempainilta pidetään 10.9. Kaisa Koivu varaa salin. Anna valmistelee esityksen.\n';
    const actions = parseMinutes(text).actions.map((a) => a.owners);
    expect(actions).toEqual([['Kaisa Koivu'], ['Anna Aho']]);
  });
});

describe('a bare verdict under its label adopts the proposal above the label', () => {
  const item = (body: string) => `Kunnanhallitus 3/2025\n\n§ 21 Pöytäkirjan tarkastajien valinta\n\n${body}\n`;

  it('reads `Päätösehdotus` / proposal / `Päätös` / `Hyväksyttiin.` as one decision, the labels on lines of one paragraph or apart', () => {
    const joined = 'Pöytäkirjan tarkastajiksi valitaan Aino Aho ja Olli Oja. — Hyväksyttiin.';
    expect(decisions(item('Hallitus valitsee kaksi pöytäkirjan tarkastajaa.\nPäätösehdotus\nPöytäkirjan tarkastajiksi valitaan Aino Aho ja Olli Oja.\nPäätös\nHyväksyttiin.'))).toEqual([joined]);
    expect(decisions(item('Päätösehdotus:\nPöytäkirjan tarkastajiksi valitaan Aino Aho ja Olli Oja.\n\nPäätös:\nHyväksyttiin.'))).toEqual([joined]);
  });

  it('keeps a verdict of its own words apart, and decides nothing on a proposal without a verdict', () => {
    expect(decisions(item('Päätösehdotus\nPöytäkirjan tarkastajiksi valitaan Aino Aho ja Olli Oja.\nPäätös\nPöytäkirjan tarkastajiksi valittiin Eeva Eskola ja Olli Oja.'))).toEqual(['Pöytäkirjan tarkastajiksi valittiin Eeva Eskola ja Olli Oja.']);
    expect(decisions(item('Päätösehdotus\nPöytäkirjan tarkastajiksi valitaan Aino Aho ja Olli Oja.'))).toEqual([]);
  });
});

describe('a first line that names only the document yields the title to the meeting named under it', () => {
  const title = (text: string) => parseMinutes(text).title;

  it('takes the meeting under the body and the document word (`Kotiseutuyhdistys ry    PÖYTÄKIRJA`)', () => {
    expect(title('Kotiseutuyhdistys ry        PÖYTÄKIRJA\n\nKOTISEUTUYHDISTYKSEN SÄÄNTÖMÄÄRÄINEN SYYSKOKOUS\n\nAika 12.11.2025 klo 18.00\n\nPaikka seurantalo\n')).toBe('KOTISEUTUYHDISTYKSEN SÄÄNTÖMÄÄRÄINEN SYYSKOKOUS');
    expect(title('Pöytäkirja 5.9.2025\n\nPÖYTÄKIRJA\n\nKoulun vanhempainyhdistyksen hallituksen kokous Paikka: koulun kirjasto Aika: 5.9.2025 klo 18.00.\n')).toBe('Koulun vanhempainyhdistyksen hallituksen kokous');
  });

  it('does so in Dutch too (`Buurtvereniging De Linde    NOTULEN` / `Algemene ledenvergadering`)', () => {
    expect(title('Buurtvereniging De Linde        NOTULEN\n\nAlgemene ledenvergadering\n\nDatum: 12 maart 2025\n')).toBe('Algemene ledenvergadering');
  });

  it('keeps a first line that names the meeting itself, and a bare document title with no meeting under it', () => {
    expect(title('Hallituksen kokouksen pöytäkirja 3/2025\n\nVuosikokouksen valmistelu\n\nAika: 12.3.2025 klo 18\n')).toBe('Hallituksen kokouksen pöytäkirja 3/2025');
    expect(title('Pöytäkirja 5.9.2025\n\nLäsnä: Anna Aho, Olli Oja\n')).toBe('Pöytäkirja');
  });
});

describe('a person and the others of a group as the subject of a task', () => {
  const owners = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text]);
  const head = 'Jaoston kokous 10.10.2025\n\nLäsnä: Sami Koski, Anna Aho, Olli Oja\n\n';

  it('gives the task to the person named before `ja muut ...` / `and the other ...`', () => {
    expect(owners(`${head}4. Peliryhmät\n\nSami ja muut valmennuspäälliköt kirjaavat periaatteet ylös.\n`)).toEqual([[['Sami Koski'], 'Sami ja muut valmennuspäälliköt kirjaavat periaatteet ylös.']]);
    expect(owners(`${head}5. Website\n\nAnna and the other coaches will update the page.\n`)).toEqual([[['Anna Aho'], 'Anna and the other coaches will update the page.']]);
  });

  it('makes no task of a report about a person and the others', () => {
    expect(owners(`${head}6. Talkoot\n\nOlli ja muut jäsenet olivat talkoissa koko päivän.\n`)).toEqual([]);
  });
});
