import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real German minutes of kinds not read before (local history clubs, a
 * chess club, parents' councils of day-care centres, a student council, a wiki association, a
 * hackerspace meetup, municipal councils in a gazette). Every example here is written for the
 * test; none is a line of those minutes.
 */

describe('the document under a page chrome', () => {
  it('reads the meeting under the word for the document when a site menu stands above it', () => {
    const text = 'Start   Verein   Termine   Kontakt\nChronik   Bilder\n\nProtokoll\nJahreshauptversammlung 2024\nam Freitag, den 8. März 2024 um 19:30 Uhr\n\nTOP 1 Begrüßung\n\nDer Vorsitzende begrüßt die Mitglieder.\n';
    const minutes = parseMinutes(text);
    expect(minutes.title).toBe('Jahreshauptversammlung 2024');
    expect(minutes.date).toBe('2024-03-08');
  });

  it('reads a sentence of record under a gazette name and section', () => {
    const text = 'Amtsblatt der Verbandsgemeinde Talheim\nAusgabe 7/2024\nAmtlicher Teil\n\nNiederschrift über die Sitzung des Ortsgemeinderates Talheim\n\nam Montag, dem 4.03.2024 um 19:00 Uhr im Bürgerhaus Talheim, Lindenweg 3.\n\nTagesordnung:\n\n1. Bauanträge\n';
    const minutes = parseMinutes(text);
    expect(minutes.title).toBe('Sitzung des Ortsgemeinderates Talheim');
    expect(minutes.location).toBe('Bürgerhaus Talheim, Lindenweg 3');
  });

  it('keeps no title where the chrome is followed by a report, no word for the document', () => {
    const text = 'Start   Verein   Termine   Kontakt\n\nUnser Sommerfest war ein voller Erfolg.\n\nViele Gäste kamen.\n';
    expect(parseMinutes(text).title).toBeNull();
  });
});

describe('the place after the date and time of the title, past the word for the clock', () => {
  it('reads the place after `um 19 Uhr im` on the line under the title', () => {
    const text = 'Protokoll der Sitzung des Elternbeirats\nam Dienstag, den 5. November 2024, um 19:30 Uhr im Musiksaal der Grundschule\n\nAnwesend: Eva Lind, Jan Kurz\n';
    expect(parseMinutes(text).location).toBe('Musiksaal der Grundschule');
  });

  it('reads the place after a comma behind `20 Uhr` on the title line, abbreviations and all', () => {
    const text = 'Protokoll der Elternbeiratssitzung am 14.11.2024, 20 Uhr, Kita St. Martin\n\nAnwesende: Eva Lind, Jan Kurz\n';
    expect(parseMinutes(text).location).toBe('Kita St. Martin');
  });

  it('reads no place from a line further down that tells what happened after the time', () => {
    const text = 'Protokoll der Sitzung des Elternbeirats\n\nDatum: 5. November 2024\n\nAnwesend: Eva Lind, Jan Kurz\n\nTOP 1 Sommerfest\n\nDas Fest beginnt am 6. Juli 2025 um 15 Uhr im Schulhof.\n';
    expect(parseMinutes(text).location).toBeNull();
  });

  it('reads no place from a comma part that is a sentence', () => {
    const text = 'Protokoll der Elternbeiratssitzung am 14.11.2024, 20 Uhr, Eva Lind begrüßt alle. Dann geht es los.\n';
    expect(parseMinutes(text).location).toBeNull();
  });
});

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const roles = (text: string) => parseMinutes(text).participants.filter((p) => p.roles.length > 0).map((p) => `${p.name} (${p.roles.join(', ')})`);

describe('the one who opens the meeting, its kind named by a compound', () => {
  it('reads `eröffnet die Jahreshauptversammlung` as the chair, as `eröffnet die Versammlung` is', () => {
    const text = 'Protokoll der Jahreshauptversammlung am 8.03.2024\n\nTOP 1\n\nKarl Brenner eröffnet die Jahreshauptversammlung und stellt die Beschlussfähigkeit fest.\n';
    expect(roles(text)).toEqual(['Karl Brenner (chair)']);
  });

  it('reads the compound of a board meeting too (`eröffnete die Vorstandssitzung`)', () => {
    const text = 'Protokoll\n\nRita Vogt eröffnete die Vorstandssitzung um 19 Uhr.\n';
    expect(roles(text)).toEqual(['Rita Vogt (chair)']);
  });

  it('gives no chair for a compound whose head is no meeting (`eröffnet die Ausstellung`)', () => {
    const text = 'Protokoll der Mitgliederversammlung am 8.03.2024\n\nTOP 1 Berichte\n\nKarl Brenner eröffnet die Ausstellung im Mai.\n';
    expect(roles(text)).toEqual([]);
  });
});

describe('the subject of two verbs joined by "und"', () => {
  it('gives the chair to the name that opens the sentence (`X begrüßte die Mitglieder und eröffnete die Sitzung`)', () => {
    const text = 'Protokoll der Mitgliederversammlung am 8.03.2024\n\nTOP 1\n\nKarl Brenner begrüßte die anwesenden Mitglieder und eröffnete die Sitzung.\n';
    expect(roles(text)).toEqual(['Karl Brenner (chair)']);
  });

  it('gives it to nobody where a group opens the sentence', () => {
    const text = 'Protokoll der Mitgliederversammlung am 8.03.2024\n\nTOP 1\n\nDie Mitglieder gedenken der Verstorbenen und eröffnen die Sitzung.\n';
    expect(roles(text)).toEqual([]);
  });
});

describe('a statement a line in lines longer than any wrap, as a wiki page saved without its bullets sets them', () => {
  const long = 'wir sprechen lange über das Sommerfest im Juli, über die Getränke, die Musik und den Aufbau am Vormittag, und sammeln viele Ideen für die Spiele der Kinder';

  it('reads a decision on the line after a long one, though the line opens in lower case', () => {
    const text = `Protokoll der Sitzung des Fachschaftsrats am 8.03.2024\n\nAnwesend: Eva Lind, Jan Kurz\n\n${long}\nwir beschließen, den Grill beim Studentenwerk auszuleihen\n`;
    expect(decisions(text)).toEqual(['wir beschließen, den Grill beim Studentenwerk auszuleihen']);
  });

  it('keeps a sentence wrapped at a common width whole', () => {
    const text = 'Protokoll der Sitzung des Fachschaftsrats am 8.03.2024\n\nAnwesend: Eva Lind, Jan Kurz\n\nNach langer Aussprache über das Sommerfest im Juli und die Getränke\nwird beschlossen, den Grill beim Studentenwerk auszuleihen.\n';
    expect(decisions(text)).toEqual(['Nach langer Aussprache über das Sommerfest im Juli und die Getränke wird beschlossen, den Grill beim Studentenwerk auszuleihen.']);
  });

  it('goes on after a long line that ends in a comma', () => {
    const text = `Protokoll der Sitzung des Fachschaftsrats am 8.03.2024\n\nAnwesend: Eva Lind, Jan Kurz\n\n${long},\nund es wird beschlossen, den Grill auszuleihen.\n`;
    expect(decisions(text)).toHaveLength(1);
    expect(decisions(text)[0]).toContain('wir sprechen lange');
  });
});

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number ?? '-'} ${a.title}`);

describe('an item headed `Zu TOP n.`, as a council record refers back to its agenda', () => {
  it('reads `Zu TOP 1.` with its title on the next line as item 1', () => {
    const text = 'Niederschrift über die Sitzung der Gemeindevertretung\n\nZu TOP 1.\nGenehmigung der Tagesordnung\nDie Tagesordnung wird einstimmig genehmigt.\n\nZu TOP 2.\nBebauungsplan Nr. 4\nDer Plan wird vorgestellt.\n';
    expect(agenda(text)).toEqual(['1 Genehmigung der Tagesordnung', '2 Bebauungsplan Nr. 4']);
  });

  it('reads no item from a sentence that refers to an item (`Zu den Punkten 3 bis 5 ...`)', () => {
    const text = 'Protokoll der Sitzung am 3.05.2024\n\nZu den Punkten 3 bis 5 gibt es keine Fragen.\n';
    expect(agenda(text)).toEqual([]);
  });
});
