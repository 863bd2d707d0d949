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
