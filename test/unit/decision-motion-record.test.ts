import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('the vote of a resolution written under it', () => {
  it('takes who moved and seconded it and how it went as the resolution vote, not a decision of its own', () => {
    const text = 'Minutes of the Parish Council, 4 March 2024\n\nPresent: Cllr Ash (Chairman), Cllr Lee, Cllr Hale\n\n24/11 Minutes\nRESOLVED that the minutes of the last meeting be signed as a true record.\nProposed Cllr Ash, seconded Cllr Lee, carried unanimously.\n';
    expect(decisions(text)).toEqual(['RESOLVED that the minutes of the last meeting be signed as a true record.']);
  });

  it('keeps a motion that says what it moves, and a vote with no resolution above it', () => {
    const moved = '24/12 Precept\nRESOLVED that the grant be paid.\nCllr Lee proposed, and Cllr Hale seconded, that the precept be set at £24,000. Carried.\n';
    expect(decisions(moved)).toHaveLength(2);
    expect(decisions('24/13 Hall\nThe hall roof was discussed.\nProposed Cllr Ash, seconded Cllr Lee, carried.\n')).toHaveLength(1);
  });
});

describe('a verdict on the proposal after words put first', () => {
  it('takes the proposal before it where the verb stands second (de)', () => {
    const text = 'TOP 3 Mitgliedsbeitrag\nDer Vorstand schlägt vor, den Jahresbeitrag auf 30 EUR anzuheben. Nach kurzer Diskussion wird der Antrag mit 29 Ja-Stimmen angenommen.\n';
    expect(decisions(text)).toEqual(['Der Vorstand schlägt vor, den Jahresbeitrag auf 30 EUR anzuheben. — Nach kurzer Diskussion wird der Antrag mit 29 Ja-Stimmen angenommen.']);
  });

  it('reads a decision whole past an abbreviated word (Fa., Hr.) and takes the vote label under it as its vote', () => {
    const text = 'TOP 4 Dach\nBeschluss: Der Gemeinderat vergibt die Arbeiten an die Fa. Holzner GmbH zum Angebotspreis.\nAbstimmungsergebnis: 7 : 1\n';
    expect(decisions(text)).toEqual(['Beschluss: Der Gemeinderat vergibt die Arbeiten an die Fa. Holzner GmbH zum Angebotspreis.']);
  });
});
