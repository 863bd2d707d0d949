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

describe('the same in Swedish, where the office goes with `till`', () => {
  const sv = (sentence: string) =>
    parseMinutes(`Årsmöte Ekbackens scoutkår 2024-03-10\n\n§ 1 Mötets öppnande\n\nMötet öppnades.\n\n§ 2 Val av funktionärer\n\n${sentence}\n`)
      .participants.map((p) => [p.name, [...p.roles].sort().join(',')])
      .sort();

  it('reads `Eva Lund valdes enhälligt till ordförande och Per Ek till sekreterare` and the office-first order', () => {
    expect(sv('Eva Lund valdes enhälligt till ordförande och Per Ek till sekreterare.')).toEqual([['Eva Lund', 'chair'], ['Per Ek', 'secretary']]);
    expect(sv('Till ordförande valdes Eva Lund och till sekreterare Per Ek.')).toEqual([['Eva Lund', 'chair'], ['Per Ek', 'secretary']]);
  });

  it('gives no second office where what follows `och` is no officer', () => {
    expect(sv('Eva Lund valdes till ordförande och tackade för förtroendet.')).toEqual([['Eva Lund', 'chair']]);
  });
});
