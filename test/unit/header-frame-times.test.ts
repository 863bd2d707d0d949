import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const times = (text: string) => {
  const m = parseMinutes(text);
  return [m.startTime, m.endTime];
};

describe('the times of opening and closing told in the minutes', () => {
  it('reads a Dutch chair who opens and closes "om" a time', () => {
    expect(times('Notulen bestuursvergadering 1 maart 2024\n\n1. Opening\nDe voorzitter opent om 20.00 uur.\n\n2. Rondvraag\nGeen.\n\n3. Sluiting\nDe voorzitter sluit om 21:10.\n')).toEqual(['20:00', '21:10']);
  });

  it('reads the times of the opening and closing items of a Dutch agenda', () => {
    expect(times('Notulen bestuursvergadering 1 maart 2024\n\n- 1. Opening 20.00 uur\n- 2. Rondvraag\n- 8. Sluiting 21.20 uur\n')).toEqual(['20:00', '21:20']);
  });

  it('reads a Swedish meeting named by its kind (stämman, sammanträdet)', () => {
    expect(times('Protokoll årsmöte 2024-03-01\n\n§ 1 Öppnande\nOrdföranden öppnade stämman kl. 19.00.\n\n§ 9 Avslutning\nOrdföranden tackade och avslutade stämman kl. 20:05.\n')).toEqual(['19:00', '20:05']);
    expect(times('Protokoll nämnd 2024-03-01\n\nOrdföranden förklarade sammanträdet öppnat kl. 18:30.\n\nOrdföranden förklarade sammanträdet avslutat kl. 19.15.\n')).toEqual(['18:30', '19:15']);
  });
});
