import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real German, Austrian and Swiss minutes of kinds not read before (a
 * student project in reStructuredText, Linux user groups, a student council's printed record, a
 * school association, a student parliament's report, a village council in a gazette). Every
 * example here is written for the test; none is a line of those minutes.
 */

describe('a title underlined right below a paragraph, with no blank line between', () => {
  const text = [
    'Protokoll der Jahresversammlung des Lindenhof e.V.',
    '',
    'Die Versammlung begann um 19:30 Uhr.',
    'Als Versammlungsleiterin wurde Ina Roth gewählt.',
    'Bericht der Kasse',
    '-----------------',
    'Der Kassenwart legt den Bericht vor.',
    'Bericht des Vorstands',
    '---------------------',
    'Der Vorstand berichtet über das Jahr.',
    '',
  ].join('\n');

  it('reads the underlined lines as the sections of the record', () => {
    expect(parseMinutes(text).agenda.map((item) => item.title)).toEqual(['Bericht der Kasse', 'Bericht des Vorstands']);
  });

  it('keeps a paragraph whose last line is a sentence over a rule as prose', () => {
    const rule = 'Protokoll der Sitzung des Lindenhof e.V.\n\nDer Antrag wird angenommen.\nDie Kasse wird geprüft.\n---------------------------\n\nNächster Termin offen.\n';
    expect(parseMinutes(rule).agenda).toEqual([]);
  });

  it('keeps a rule drawn as wide as the whole paragraph, not as its last line', () => {
    const wide = 'Protokoll der Sitzung des Lindenhof e.V.\n\nKurzer Bericht\nKasse in Ordnung\n------------------------------------------------\n\nNächster Termin offen.\n';
    expect(parseMinutes(wide).agenda.map((item) => item.title)).not.toContain('Kasse in Ordnung');
  });
});

describe('a bare role word over the numbered items of the record', () => {
  it('takes no numbered item for the minute-taker (`Protokoll` / `1. Stand der Arbeiten`)', () => {
    const text = 'Besprechung Projektgruppe Nordlicht\n\nDatum: 04.03.2024\n\nProtokoll\n\n1. Stand der Arbeiten\n2. Termine\n3. Verschiedenes\n';
    const minutes = parseMinutes(text);
    expect(minutes.participants.filter((p) => p.roles.includes('secretary'))).toEqual([]);
  });

  it('still takes the name on the line under the word', () => {
    const text = 'Besprechung Projektgruppe Nordlicht\n\nDatum: 04.03.2024\n\nProtokoll\n\nJonas Kern\n\nAnwesend: Lena Vogt, Jonas Kern\n';
    expect(parseMinutes(text).participants.find((p) => p.roles.includes('secretary'))?.name).toBe('Jonas Kern');
  });
});

describe('the facts of a reStructuredText document as field lists', () => {
  const text = [
    'Protokoll Projektsitzung',
    '========================',
    '',
    ':Datum: Mo 04.03.24',
    ':Zeit: 14.00 - 15:00',
    ':Ort: Bern, Raum 2.14',
    ':Anwesende:',
    '\tLena Vogt,',
    '\tJonas Kern',
    ':Protokoll: Jonas Kern',
    '',
    'Traktanden',
    '==========',
    '1. Stand der Arbeiten',
    '2. Termine',
    '3. Verschiedenes',
    '',
  ].join('\n');

  it('reads `:Ort:`, `:Anwesende:` and `:Protokoll:` as labels', () => {
    const minutes = parseMinutes(text);
    expect(minutes.location).toBe('Bern, Raum 2.14');
    expect(minutes.participants.map((p) => p.name)).toEqual(['Lena Vogt', 'Jonas Kern']);
    expect(minutes.participants.find((p) => p.roles.includes('secretary'))?.name).toBe('Jonas Kern');
  });

  it('reads a chat\'s emoji code before a sentence (`:warning: Ort noch offen`) as no label', () => {
    const chat = 'Protokoll Projektsitzung\n\nDatum: 04.03.2024\n\n:warning: Ort noch offen, bitte abstimmen\n';
    expect(parseMinutes(chat).location).toBeNull();
  });
});

describe('the officers of the meeting elected with the office put first (`Als Versammlungsleiter wurde X gewählt`)', () => {
  const minutes = (sentence: string) => parseMinutes(`Protokoll der Jahresversammlung des Lindenhof e.V.\n\nDatum: 04.03.2024\n\n${sentence}\n\nDer Kassenwart berichtet.\n`);
  const holder = (sentence: string, role: string) => minutes(sentence).participants.find((p) => p.roles.includes(role))?.name;

  it('reads the chair and the minute-taker after the office and the auxiliary', () => {
    expect(holder('Als Versammlungsleiter wurde Paul Berger gewählt.', 'chair')).toBe('Paul Berger');
    expect(holder('Zur Protokollführerin wird Ina Roth bestimmt.', 'secretary')).toBe('Ina Roth');
    expect(holder('Als Schriftführer wurde Ekkehard Moll gewählt.', 'secretary')).toBe('Ekkehard Moll');
  });

  it('still reads the name before the office where it is proposed (`schlägt X als Versammlungsleiter vor`)', () => {
    expect(holder('Der Vorstand schlägt Paul Berger als Versammlungsleiter vor.', 'chair')).toBe('Paul Berger');
  });

  it('gives no role where no name follows the auxiliary', () => {
    expect(minutes('Als Protokollführer wird noch jemand gesucht.').participants).toEqual([]);
    expect(minutes('Als Versammlungsleiter bedankt sich der Vorsitzende bei allen.').participants).toEqual([]);
  });
});

describe('the meeting as the subject of beginning and ending (`Die Versammlung begann um 19:15 Uhr`)', () => {
  const times = (sentence: string) => {
    const minutes = parseMinutes(`Protokoll der Jahresversammlung des Lindenhof e.V.\n\n${sentence}\n\nDer Kassenwart berichtet.\n`);
    return [minutes.startTime, minutes.endTime];
  };

  it('reads the time the meeting began and ended', () => {
    expect(times('Die Versammlung begann etwas verspätet um 19:15 Uhr.')).toEqual(['19:15', null]);
    expect(times('Die Sitzung endete um 21:40 Uhr.')).toEqual([null, '21:40']);
  });

  it('reads no time from a sentence about the next meeting', () => {
    expect(times('Das nächste Treffen beginnt um 18 Uhr im Vereinsheim.')).toEqual([null, null]);
  });

  it('keeps the closing told before a sentence about the next meeting on the same line', () => {
    expect(times('Die Sitzung endete um 21:40 Uhr. Das nächste Treffen beginnt am 5. Mai um 18 Uhr.')).toEqual([null, '21:40']);
  });
});

describe('the meeting named before its date under a page\'s menu', () => {
  it('reads the name on the first line of its own below the menu', () => {
    const text = 'Home\nÜber uns | Mailingliste | Termine\n\n\nLindenhof Generalversammlung vom 3. April 2023, Beginn 20.00 Uhr\n\nDer Vorstand berichtet über das Jahr.\n';
    const minutes = parseMinutes(text);
    expect(minutes.title).toBe('Lindenhof Generalversammlung');
    expect(minutes.date).toBe('2023-04-03');
  });

  it('takes no sentence of the body for the name', () => {
    const text = 'Home\nÜber uns | Mailingliste | Termine\n\n\nAm 3. April 2023 trafen wir uns im Vereinsheim.\n\nDer Vorstand berichtet über das Jahr.\n';
    expect(parseMinutes(text).title).toBeNull();
  });
});

describe('a range of clock times joined by the word of the language (`19:00 bis 21:00 Uhr`, `19.30 tot 21.00 uur`)', () => {
  const times = (line: string) => {
    const minutes = parseMinutes(`Protokoll der Vorstandssitzung des Lindenhof e.V.\n\nDatum: 04.03.2024\n${line}\n\nDer Kassenwart berichtet.\n`);
    return [minutes.startTime, minutes.endTime];
  };

  it('reads both ends of the range', () => {
    expect(times('Zeit: 19:00 bis 21:00 Uhr')).toEqual(['19:00', '21:00']);
    expect(times('Zeit: 19 Uhr bis 21 Uhr')).toEqual(['19:00', '21:00']);
    expect(times('Tijd: 19.30 tot 21.00 uur')).toEqual(['19:30', '21:00']);
  });

  it('takes no date after the word for an end (`Abgabe bis 21.03.`)', () => {
    expect(times('Zeit: 19:00 Uhr, Abgabe der Berichte bis 21.03.')).toEqual(['19:00', null]);
  });
});

describe('items taken together under one title (`TOP 3-5: Wahlen der Ausschüsse`)', () => {
  const agenda = (third: string) =>
    parseMinutes(`# Protokoll der Sitzung des Lindenhof e.V.\n\n## TOP 1: Begrüßung\nText.\n\n## TOP 2: Kasse\nText.\n\n## ${third}\nText.\n\n## TOP 6: Verschiedenes\nText.\n`).agenda.map((item) => item.number);

  it('numbers the group by its first item', () => {
    expect(agenda('TOP 3-5: Wahlen der Ausschüsse')).toEqual(['1', '2', '3', '6']);
  });

  it('keeps a title that opens with a dash and a word (`TOP 3 - Haushalt 2025`)', () => {
    expect(agenda('TOP 3 - Haushalt 2025')).toEqual(['1', '2', '3', '6']);
  });
});
