import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Officers chosen in one sentence whose verb is written once (Finnish gapping): `Aino Koski
 * valittiin puheenjohtajaksi ja Eero Salo sihteeriksi`. The examples are written for the test.
 */

const roles = (sentence: string) =>
  parseMinutes(`Kyläyhdistyksen vuosikokous 3.4.2024\n\n1. Kokouksen avaus\n\nPuheenjohtaja avasi kokouksen.\n\n2. Järjestäytyminen\n\n${sentence}\n`)
    .participants.map((p) => [p.name, [...p.roles].sort().join(',')])
    .sort();

describe('a first officer named before the verb, the next after "ja"', () => {
  it('gives the first office to the name before the verb and the second to the name before it', () => {
    expect(roles('Aino Koski valittiin yksimielisesti puheenjohtajaksi ja Eero Salo sihteeriksi.')).toEqual([['Aino Koski', 'chair'], ['Eero Salo', 'secretary']]);
    expect(roles('Aino Koski valittiin puheenjohtajaksi ja Eero Salo sihteeriksi.')).toEqual([['Aino Koski', 'chair'], ['Eero Salo', 'secretary']]);
  });

  it('leaves the other orders as they were: offices before their names, and offices joined before one verb', () => {
    expect(roles('Valittiin puheenjohtajaksi Aino Koski ja sihteeriksi Eero Salo.')).toEqual([['Aino Koski', 'chair'], ['Eero Salo', 'secretary']]);
    expect(roles('Kokouksen puheenjohtajaksi ja sihteeriksi valittiin Aino Koski.')).toEqual([['Aino Koski', 'chair,secretary']]);
  });

  it('gives no second office where what follows "ja" is no officer', () => {
    expect(roles('Aino Koski valittiin puheenjohtajaksi ja hän kiitti luottamuksesta.')).toEqual([['Aino Koski', 'chair']]);
  });
});
