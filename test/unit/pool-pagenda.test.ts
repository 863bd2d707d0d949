import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Agenda rules found across the whole pool of labelled minutes (round 19: one kind of miss, every
 * language). Every example here is written for the test; none is a line of those minutes.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

describe('minutes cut short after one or two numbered items', () => {
  it('reads two numbered titles with notes under each as the agenda (Dutch)', () => {
    const text = 'Notulen ledenvergadering Roeivereniging De Spaarne\n\nAanwezig: 12 leden\n\n1. Opening\n\nDe voorzitter, Karel Mulder, opent de vergadering om 20.00 uur.\n\n2. Mededelingen\n\nDe nieuwe boot wordt in maart geleverd. Het clubhuis is geschilderd.\n';
    expect(agenda(text)).toEqual([['1', 'Opening'], ['2', 'Mededelingen']]);
  });

  it('reads one numbered title closed by a full stop, with notes under it (German)', () => {
    const text = 'Niederschrift über die Sitzung des Ortsbeirats Tannenfeld\n\n1. Bericht des Ortsvorstehers.\n\nOrtsvorsteher Jens Albrecht berichtet über die Sanierung der Dorfstraße. Die Arbeiten beginnen im Mai.\n';
    expect(agenda(text)).toEqual([['1', 'Bericht des Ortsvorstehers']]);
  });

  it('reads the same items typed as plain lines without blank lines (Finnish)', () => {
    const text = 'Kyläyhdistyksen hallituksen kokous 3.4.2024\n\n1. Kokouksen avaus\nPuheenjohtaja Liisa Mäki avasi kokouksen klo 18.05.\n2. Talous\nRahastonhoitaja kertoi tilin saldon olevan 1 200 euroa.\n';
    expect(agenda(text)).toEqual([['1', 'Kokouksen avaus'], ['2', 'Talous']]);
  });

  it('leaves a numbered list without notes under its items alone', () => {
    const text = 'Styrelsemöte Båtklubben Ankaret\n\nVi gick igenom två saker:\n\n1. Bryggan\n2. Sjösättningen\n';
    expect(agenda(text)).toEqual([]);
  });

  it('leaves a numbered list of outcomes under a decisions label alone', () => {
    const text = 'Board meeting of the Elm Street Garden Club\n\nDecisions:\n\n1. Fence repair approved\n\nThe fence will be repaired in June by a local firm.\n';
    expect(agenda(text)).toEqual([]);
  });

  it('leaves a numbered list announced by a sentence ending in a colon alone', () => {
    const text = 'Jahreshauptversammlung des Kegelclubs Alle Neune\n\nFür das neue Jahr wurden folgende Mitglieder gewählt:\n\n1. Vorsitzende Frau Brandt\n   Kassenwart Herr Oster\n\nDie Versammlung endete um 21 Uhr.\n';
    expect(agenda(text)).toEqual([]);
  });

  it('takes a short section label above the items as no announcement (German)', () => {
    const text = 'Niederschrift über die Sitzung des Gemeinderats Lindenau\n\nÖffentlicher Teil:\n\n1. Bestellung des Wahlleiters\n\nDer Rat bestellt Herrn Paul Weiß zum Wahlleiter.\n\n2. Haushaltssatzung 2025\n\nDie Kämmerin erläutert den Entwurf.\n';
    expect(agenda(text)).toEqual([['1', 'Bestellung des Wahlleiters'], ['2', 'Haushaltssatzung 2025']]);
  });

  it('takes no page number before a page title for an item', () => {
    const text = 'Protokoll styrelsemöte\n\n1 Protokoll styrelsemöte Segelsällskapet Kobben\n\nStyrelsen gick igenom höstens arbete. Bryggorna är lagade.\n';
    expect(agenda(text)).toEqual([]);
  });

  it('takes the agenda label numbered as an item for no item (Flemish `Dagorde`)', () => {
    const text = 'Verslag oudercomité 4 maart\n\n1. Dagorde:\n\nWe overlopen de punten van het schoolfeest en de nieuwe speelplaats.\n';
    expect(agenda(text)).not.toContainEqual(['1', 'Dagorde']);
  });

  it('leaves numbered sentences of notes alone', () => {
    const text = 'Notes from the planning call\n\n1. We looked at the budget. It is tight.\n\nAnna will check the numbers again before Friday.\n';
    expect(agenda(text)).toEqual([]);
  });
});
