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
  ].join('\n');

  it('reads the choice whose verb stands after a long office phrase or the names chosen', () => {
    const found = decisions(text);
    expect(found).toContain('Pöytäkirjan tarkastajiksi ja ääntenlaskijoiksi valittiin Eeva Eskola ja Pekka Pulkkinen.');
    expect(found).toContain('Erovuoroisista Aino Aho ja Pekka Pulkkinen valittiin jatkamaan seuraavalle kaudelle.');
  });

  it('takes no late present passive, which states a rule, nor a cue inside a clause of its own', () => {
    const rule = 'Yhdistyksen vuosikokous 14.3.2025\n\n6. Hallituksen jäsenten valinta\n\nYhdistyksen sääntöjen mukaan hallitukseen joka vuosi valitaan kuusi jäsentä.\n\nPuheenjohtaja muistutti jäseniä siitä, että viime vuonna valittiin uusi rahastonhoitaja.\n';
    expect(decisions(rule)).toEqual([]);
  });
});
