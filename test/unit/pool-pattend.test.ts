import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Attendance rules found across the labelled pool (round 19, kind: attendance). Every example here
 * is written for the test, with invented names and places; none is a line of those minutes.
 */

const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);

describe('a flattened roster keeps a person whose details are no role of the meeting', () => {
  it('keeps names with an office of another body or a job after them (`valtuuston 1. vpj.`, `kunnanjohtaja`)', () => {
    const text = 'KOIVULAN KUNTA PÖYTÄKIRJA 3/2024 Aika 8.1.2024 klo 18.00 Paikka Kunnantalo Läsnä Aalto Ilmari jäsen Berg Saara valtuuston 1. vpj. Ek Tuomas jäsen Hiltunen Oona jäsen Poissa Rinne Jaana jäsen Muut saapuvilla olleet Lahti Veikko kunnanjohtaja Mäki Kerttu hallintojohtaja Nurmi Aila talouspäällikkö\n';
    const meeting = parseMinutes(text);
    expect(present(text)).toEqual(['Aalto Ilmari', 'Berg Saara', 'Ek Tuomas', 'Hiltunen Oona', 'Lahti Veikko', 'Mäki Kerttu', 'Nurmi Aila']);
    // an office of another body is no role in this meeting
    expect(meeting.participants.find((p) => p.name === 'Berg Saara')?.roles).toEqual([]);
  });

  it('reads a role word after the name as the role, as before', () => {
    const text = 'KOIVULAN KUNTA PÖYTÄKIRJA 3/2024 Aika 8.1.2024 klo 18.00 Paikka Kunnantalo Läsnä Aalto Ilmari puheenjohtaja Berg Saara jäsen Ek Tuomas jäsen Hiltunen Oona jäsen\n';
    const meeting = parseMinutes(text);
    expect(meeting.participants.find((p) => p.name === 'Aalto Ilmari')?.roles).toContain('chair');
  });

  it('keeps a member with a party and a note of whom they stand in for (`(S) ersättare för`)', () => {
    const text = 'Sammanträdesprotokoll Plats och tid Rådhuset, klockan 13.00 Beslutande Eva Lund (S) ordförande Nils Ahl (S) ersättare för Tor Sten (S) Kim Berg (M) ledamot Ida Ros (C) ledamot Lars Falk (FP) ledamot Övriga närvarande Siv Holm Utses att justera Kim Berg (M)\n';
    const meeting = parseMinutes(text);
    expect(present(text)).toEqual(expect.arrayContaining(['Eva Lund', 'Nils Ahl', 'Kim Berg', 'Ida Ros', 'Lars Falk']));
    // the party stays the person's, the role as written stays read
    expect(meeting.participants.find((p) => p.name === 'Nils Ahl')?.organization).toBe('S');
    expect(meeting.participants.find((p) => p.name === 'Eva Lund')?.roles).toContain('chair');
  });

  it('makes no person of the caption of the next names (`Tjänstgörande ersättare`)', () => {
    const text = 'Protokoll från styrelsemöte den 3 maj 2024 Närvarande: Eva Lund, ordf. Ledamöter: Nils Ahl Kim Berg Ida Ros Tjänstgörande ersättare Alf Dahl Bo Ek Dessutom: Siv Holm, sekretariatet\n';
    expect(present(text)).not.toContain('Ros Tjänstgörande');
    expect(present(text)).not.toContain('Ida Ros Tjänstgörande');
  });
});

describe('an abbreviation of a compound ends no sentence in a run-on roster', () => {
  it('reads on past `puh.joht.` to the next names', () => {
    const text = 'KOIVULAN KUNTA PÖYTÄKIRJA 3/2024 Aika 8.1.2024 klo 18.00 Paikka Kunnantalo Läsnä Aalto Ilmari jäsen Berg Saara valtuuston puh.joht. Ek Tuomas jäsen Hiltunen Oona jäsen Järvi Pauli jäsen\n';
    expect(present(text)).toEqual(expect.arrayContaining(['Berg Saara', 'Ek Tuomas', 'Hiltunen Oona', 'Järvi Pauli']));
  });
});

describe('English lists keep their entries as written', () => {
  it('makes no person of two capitalised words before words in lower case', () => {
    const text = '# Board meeting\n\nPresent: Ann Lee Bo Chan Cy Dee Old Business none\n';
    expect(present(text)).not.toContain('Old Business');
  });
});
