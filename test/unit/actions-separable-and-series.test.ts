import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const acts = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text]);
const DE = 'Vorstandssitzung 01.03.2024\n\nAnwesend: Tim Yilmaz, Jan Albers, Eva Lutz, Rolf Bauer\n\nTOP 1 Punkte\n';
const EN = 'Security sync 2024-03-01\n\nAttendees: Owen Hale, Fatima Noor, Rhys Bell\n\n## Policy\n\n';

describe('German verbs that report only with their particle', () => {
  it('reads stellen and stimmen without the particle of a report as a deed', () => {
    expect(acts(`${DE}Jan stellt die Liste auf die Website.`)).toEqual([[['Jan Albers'], 'Jan stellt die Liste auf die Website.']]);
    expect(acts(`${DE}Rolf stimmt den Termin mit der Firma ab.`)).toEqual([[['Rolf Bauer'], 'Rolf stimmt den Termin mit der Firma ab.']]);
  });

  it('reads them with the particle of a report, or put up for discussion, as a report', () => {
    expect(acts(`${DE}Jan stellt den Kassenbericht vor.`)).toEqual([]);
    expect(acts(`${DE}Eva stellt fest, dass die Kasse stimmt.`)).toEqual([]);
    expect(acts(`${DE}Rolf stimmt dem Vorschlag zu.`)).toEqual([]);
    expect(acts(`${DE}Tim stellt zur Diskussion, wie wir Projekte fördern.`)).toEqual([]);
  });

  it('gives each clause of a sentence its own doer', () => {
    expect(acts(`${DE}Tim entwirft die Liste, Jan stellt sie auf die Website.`)).toEqual([
      [['Tim Yilmaz'], 'Tim entwirft die Liste'],
      [['Jan Albers'], 'Jan stellt sie auf die Website.'],
    ]);
  });
});

describe('a marker over several tasks in a row', () => {
  it('gives each task opened by its people to them', () => {
    expect(acts(`${EN}Action: Owen drafts SECURITY.md, Fatima sets up the alias.`)).toEqual([
      [['Owen Hale'], 'Owen drafts SECURITY.md'],
      [['Fatima Noor'], 'Fatima sets up the alias'],
    ]);
  });

  it('keeps one task whose people stand together or after it', () => {
    expect(acts(`${EN}ACTION: Owen, Fatima to draft the policy`)).toEqual([[['Owen Hale', 'Fatima Noor'], 'ACTION: Owen, Fatima to draft the policy']]);
    expect(acts(`${EN}Action: Owen to draft the policy, reviewed by Fatima, Rhys.`)).toHaveLength(1);
  });
});

describe('reports of saying, reminding and stepping down', () => {
  it('reads none of them as a task (de, nl, sv)', () => {
    expect(acts(`${DE}Eva trägt den Kassenbericht vor.`)).toEqual([]);
    expect(acts(`${DE}Rolf tritt als Kassenwart zurück.`)).toEqual([]);
    const nl = 'Bestuursvergadering 1 maart 2024\n\nAanwezig: Bianca Stam, Joost Smit, Piet Bos\n\n1. Mededelingen\n';
    expect(acts(`${nl}Bianca roept de leden op om zich aan te melden als trainer.`)).toEqual([]);
    expect(acts(`${nl}Joost treedt af en is niet herkiesbaar.`)).toEqual([]);
    expect(acts(`${nl}Piet brengt de sleutel naar het clubhuis.`)).toEqual([[['Piet Bos'], 'Piet brengt de sleutel naar het clubhuis.']]);
    const sv = 'Styrelsemöte 2024-03-01\n\nNärvarande: Julia Fors, Erik Lund\n\n§ 3 Övrigt\n';
    expect(acts(`${sv}Julia påminner om att alla ska fylla i deklarationen.`)).toEqual([]);
  });
});
