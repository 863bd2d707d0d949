import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Phrasebook entries for the offices and frame of association minutes in Swedish, Dutch and German. */

const people = (text: string) => parseMinutes(text).participants.map((p) => `${p.name}${p.roles.length > 0 ? ` [${p.roles.join(', ')}]` : ''}`);

describe('Swedish board minutes', () => {
  const minutes = 'Styrelsemöte 2021-03-14\n\n 1. Mötets öppnande 18:02\n 2. Val av mötesordförande\n  Styrelsen väljer Eva Lind som mötesordförande.\n 3. Val av justerare\n  Styrelsen väljer Per Berg och Ola Ek som justerare.\n 4. Mötets avslutande 19:40\n';

  it('read `som justerare` as the choice of the minute checkers', () => {
    expect(people(minutes)).toEqual(['Eva Lind [chair]', 'Per Berg [checker]', 'Ola Ek [checker]']);
  });

  it('read the time of `Mötets avslutande` as the end', () => {
    const meeting = parseMinutes(minutes);
    expect([meeting.startTime, meeting.endTime]).toEqual(['18:02', '19:40']);
  });
});

describe('Dutch minutes', () => {
  it('read `(gespreksleider)` after a name as the chair', () => {
    expect(people('# Notulen teamoverleg\n\n## Aanwezigen\n\n- Sanne Vos (gespreksleider)\n- Daan Kok (notulist)\n- Femke Bos\n')).toEqual(['Sanne Vos [chair]', 'Daan Kok [secretary]', 'Femke Bos']);
  });
});

describe('German minutes', () => {
  it('make no person of the capacity in which the chair acts (`in der Funktion als Versammlungsleiter`)', () => {
    expect(people('# Protokoll der Mitgliederversammlung\n\nDatum: 12.05.2021\n\nDer Vorsitzende (in der Funktion als Versammlungsleiter) eröffnet die Versammlung um 19:30 Uhr und begrüßt die Mitglieder.\n\n## TOP 1 Bericht\n\nDer Vorsitzende berichtet.\n')).toEqual([]);
  });
});
