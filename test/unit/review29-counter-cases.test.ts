import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const acts = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text]);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('counter-cases of session 29 rules (reviewer 29)', () => {
  it('reads German motions, questions, votes and candidacies as reports, no tasks', () => {
    const de = 'Vorstandssitzung 01.03.2024\n\nAnwesend: Eva Lutz, Rolf Berg, Jan Ott, Anna Kurz\n\n## Punkte\n\n';
    for (const line of ['Eva stellt den Antrag, den Beitrag zu senken.', 'Rolf stellt die Frage, ob das rechtlich geht.', 'Anna stimmt dagegen.', 'Rolf stimmt mit Nein.', 'Jan stellt sich als Kassenprüfer zur Wahl.', 'Rolf tritt dem Festausschuss bei.']) {
      expect(acts(`${de}${line}\n`)).toEqual([]);
    }
  });

  it('reads a body noting, meeting again or consisting of members as no task, and a Finnish body approving in the present as no task', () => {
    expect(acts('Vorstandssitzung 01.03.2024\n\nAnwesend: Eva Lutz, Rolf Berg\n\n## Punkte\n\nDer Vorstand nimmt den Bericht zur Kenntnis.\n')).toEqual([]);
    expect(acts('Vorstandssitzung 01.03.2024\n\nAnwesend: Eva Lutz, Rolf Berg\n\n## Punkte\n\nDer Vorstand trifft sich wieder am 18. Juni.\n')).toEqual([]);
    expect(acts('Bestuur 1 maart 2024\n\nAanwezig: Piet Bos, Ria Smit\n\n## Punten\n\nHet bestuur vergadert volgende maand weer.\n')).toEqual([]);
    expect(acts('Bestuur 1 maart 2024\n\nAanwezig: Piet Bos, Ria Smit\n\n## Punten\n\nHet bestuur bestaat uit drie leden.\n')).toEqual([]);
    expect(acts('Styrelsemöte 2024-03-01\n\nNärvarande: Anna Berg, Erik Lund\n\n## Ärenden\n\nStyrelsen sammanträder nästa gång den 17 juni.\n')).toEqual([]);
    // What a body may decide, in the present (`Hallitus hyväksyy ...`), is no task of it.
    expect(acts('Hallituksen kokous 1.3.2024\n\nLäsnä: Matti Virtanen, Liisa Koski\n\n## Tilinpäätös\n\nHallitus hyväksyy tilinpäätöksen.\n')).toEqual([]);
  });

  it('takes no time from another event that opens or closes', () => {
    const times = (text: string) => {
      const m = parseMinutes(text);
      return [m.startTime, m.endTime];
    };
    expect(times('Notulen 1 maart 2024\n\nAanwezig: Piet Bos\n\n1. Opening\nDe burgemeester opent om 14.00 uur de tentoonstelling.\n\n2. Feest\nDe inschrijving sluit om 12.00 uur op 1 april.\n\n3. Rondvraag\nGeen.\n')).toEqual([null, null]);
    expect(times('Notulen 1 maart 2024\n\n1. Opening\nDe vergadering begint.\n\n2. Opening zomerseizoen 10.00 uur\nText.\n\n3. Sluiting kantine 23.00 uur\nText.\n\n4. Rondvraag\nGeen.\n')).toEqual([null, null]);
  });

  it('takes no note after the date and time for a place', () => {
    const place = (line: string) => parseMinutes(`# Protokoll\n\n${line}\n\nAnwesend: Ann Lee, Bo Park\n\n## 1. Opening\nText.\n`).location;
    for (const line of ['5 april 2025, 20.00 uur, concept', '5 April 2025, 19:00, approx. 2 hours', '5 April 2025, 19:00, in person and online', '5 April 2025, 19:00, at the latest', '5 April 2025, 19:00, cancelled']) expect(place(line)).toBeNull();
    expect(place('5 april 2025, 20:00 uur, in de kantine')).toBe('kantine');
    expect(place('do 8 februari 2024, 15:45-17:00, rum F-312')).toBe('rum F-312');
  });

  it('keeps two tasks of one person that share only minor words, and ends a sentence after an amount', () => {
    expect(acts('Bestuur 1 maart 2024\n\nAanwezig: Piet Bos, Ria Smit\n\n## Keuken\n\nPiet vraagt offertes op voor een nieuwe vaatwasser.\n\n## Actiepunten\n\n- [ ] Piet: offertes nieuwe koelkast vergelijken\n')).toHaveLength(2);
    expect(decisions('Styrelsemöte 2024-03-01\n\nNärvarande: Anna Berg, Erik Lund\n\n## Budget\n\nKostnaden blir ca 2 mkr. Stämman beslutade att godkänna budgeten.\n')).toEqual(['Stämman beslutade att godkänna budgeten.']);
  });

  it('reads a vice-president abbreviated as the deputy', () => {
    expect(parseMinutes('Committee 1 March 2024\n\nPresent: Ann Lee (pres), Bo Park (vice-pres.)\n\n1. Apologies\nNone.\n').participants.map((p) => [p.name, p.roles])).toEqual([
      ['Ann Lee', ['chair']],
      ['Bo Park', ['vice-chair']],
    ]);
  });

  it('takes a verdict on a proposal named by whose it is as its own decision (de)', () => {
    const text = 'Protokoll 07.03.2025\n\n## TOP 2 Beitrag\n\nDie Kassenwartin berichtet über den Haushalt. Nach kurzer Diskussion wird der Antrag des Vorstands angenommen.\n';
    expect(decisions(text)).toEqual(['Nach kurzer Diskussion wird der Antrag des Vorstands angenommen.']);
  });
});

