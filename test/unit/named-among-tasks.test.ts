import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const tasks = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text]);

describe('an entry that names its doer before a colon, in a list of tasks', () => {
  it('is a task of that participant where the other entries are tasks', () => {
    const text = [
      'Hallituksen kokous 4.3.2026', '', 'Läsnä: Aino Lehto, Eero Ek, Pia Salo', '', '1. Kevätnäyttely', '',
      'Järjestelyt:', '- Aino hankkii järjestyksenvalvojat', '- Eero tekee opasteet', '- Pia: tiedote paikallislehdille viikkoa ennen', '',
    ].join('\n');
    expect(tasks(text)).toEqual([
      [['Aino Lehto'], 'Aino hankkii järjestyksenvalvojat'],
      [['Eero Ek'], 'Eero tekee opasteet'],
      [['Pia Salo'], 'Pia: tiedote paikallislehdille viikkoa ennen'],
    ]);
  });

  it('takes a name the minutes use more than once where the participants leave it out', () => {
    const text = '# Sprint planning 4 March 2026\n\nPresent: Ling Wu, Ben Cole\n\nAhmed demoed the search page.\n\n- Ling will take the dashboard filters.\n- Ben to write the test plan.\n- Ahmed: prepare the demo script for the showcase.\n';
    expect(tasks(text).map(([owners]) => owners)).toEqual([['Ling Wu'], ['Ben Cole'], ['Ahmed']]);
  });

  it('leaves a report, a name before a dash, and a list with one task alone', () => {
    const reports = 'Styrelsemöte 2026-03-04\n\nNärvarande: Ebba Ek, Wilma Berg, Ola Lind\n\n§ 3 Rapporter\n\n- Ebba bokar lokalen.\n- Ola skickar kallelsen.\n- Wilma: bokslutet är klart för revision.\n- Ebba - fortsätter som förut med kassan\n';
    expect(tasks(reports).map(([owners]) => owners)).toEqual([['Ebba Ek'], ['Ola Lind']]);
    const one = 'Styrelsemöte 2026-03-04\n\nNärvarande: Ebba Ek, Wilma Berg\n\n§ 3 Rapporter\n\n- Ebba bokar lokalen.\n- Wilma: nya medlemmar i höst\n- Kassan är god.\n';
    expect(tasks(one).map(([owners]) => owners)).toEqual([['Ebba Ek']]);
  });
});

describe('the informal labels of a list of tasks', () => {
  it('reads `wer macht was:`, `Tehtäviä:` and `who does what:` as a list of tasks', () => {
    expect(tasks('# Plenum 4.3.2026\n\n### Tag der offenen Tür\n- wer macht was:\n  - Stefan: Löt-Workshop für Kinder\n  - Ben: Getränke und Kasse\n')).toEqual([
      [['Stefan'], 'Stefan: Löt-Workshop für Kinder'],
      [['Ben'], 'Ben: Getränke und Kasse'],
    ]);
    expect(tasks('Johtokunnan kokous 4.3.2026\n\nLäsnä: Sointu Aalto, Hilkka Ek\n\n6. Hiihtokoulu\nTehtäviä:\n  - Sointu: ohjaajien rekrytointi\n  - Hilkka: ilmoittautumislomake sivuille\n').map(([owners]) => owners)).toEqual([['Sointu Aalto'], ['Hilkka Ek']]);
  });

  it('reads who serves as a leader (`toimii hiihtokoulun vetäjänä`) as holding an office, no task', () => {
    expect(tasks('Johtokunnan kokous 4.3.2026\n\nLäsnä: Sointu Aalto, Hilkka Ek\n\n6. Hiihtokoulu\n\nSointu Aalto toimii hiihtokoulun vetäjänä.\n')).toEqual([]);
  });
});

describe('an office before its holder’s name opens a sentence', () => {
  it('reads the name as the subject: a deed is theirs, the opening of the meeting or a report no task', () => {
    const de = '# Mitgliederversammlung am 4.3.2026\n\nAnwesend: Horst Wendland (Vorsitzender), Birgit Lohmann (Kassiererin)\n\n## TOP 1 Eröffnung\n\nDer Vorsitzende Horst Wendland eröffnet die Versammlung und begrüßt die Mitglieder.\n\n## TOP 2 Kasse\n\nKassiererin Birgit Lohmann trägt den Kassenbericht vor. Die Kassiererin Birgit Lohmann schickt die Rechnung an den Verein.\n';
    expect(tasks(de)).toEqual([[['Birgit Lohmann'], 'Die Kassiererin Birgit Lohmann schickt die Rechnung an den Verein.']]);
    const sv = 'Styrelsemöte 2026-03-04\n\nNärvarande: Jesper Lindén (ordförande), Ulrika Stenberg (sekreterare)\n\n§ 1 Mötets öppnande\n\nOrdförande Jesper Lindén öppnade mötet.\n';
    expect(tasks(sv)).toEqual([]);
  });
});
