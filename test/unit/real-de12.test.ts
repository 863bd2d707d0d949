import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real German municipal minutes (a Gemeindevertretung's records on an
 * Amt's website, a council information system's pages) and a community group's meeting notes.
 * Every example here is written for the test; none is a line of those minutes.
 */

const minutes = (...body: string[]): string =>
  ['# Protokoll der Sitzung des Heimatvereins', '', 'Anwesend: Karl Kern, Olga Ost, Bernd Brand', '', '## 1. Verschiedenes', '', ...body, ''].join('\n');

describe('verbs of judging, seeming, complaining and receiving report, they hand out no work', () => {
  it('reads no task where a member judges a matter', () => {
    const parsed = parseMinutes(minutes('Karl Kern befindet dies als unzureichend.'), { language: 'de' });
    expect(parsed.actions).toEqual([]);
  });

  it('reads no task where someone receives a thank-you gift', () => {
    const parsed = parseMinutes(minutes('Olga Ost erhält als Dank einen Gutschein.'), { language: 'de' });
    expect(parsed.actions).toEqual([]);
  });

  it('reads no task where a note says how a thing seems', () => {
    const parsed = parseMinutes(minutes('- Festschrift und Chronik wirkt noch unfertig'), { language: 'de' });
    expect(parsed.actions).toEqual([]);
  });

  it('reads no task where a resident complains', () => {
    const parsed = parseMinutes(minutes('Bernd Brand bemängelt die Beleuchtung am Dorfplatz.'), { language: 'de' });
    expect(parsed.actions).toEqual([]);
  });

  it('still reads a task handed over with erhalten: den Auftrag, die Aufgabe', () => {
    const parsed = parseMinutes(minutes('Olga Ost erhält den Auftrag, bis Juni zwei Angebote einzuholen.', '', 'Bernd Brand erhielt die Aufgabe, die Chronik zu ordnen.'), { language: 'de' });
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Olga Ost'], 'Olga Ost erhält den Auftrag, bis Juni zwei Angebote einzuholen.'],
      [['Bernd Brand'], 'Bernd Brand erhielt die Aufgabe, die Chronik zu ordnen.'],
    ]);
  });

  it('still reads the task a member takes on', () => {
    const parsed = parseMinutes(minutes('Karl Kern schickt die Einladung an alle Mitglieder.'), { language: 'de' });
    expect(parsed.actions.map((a) => a.text)).toEqual(['Karl Kern schickt die Einladung an alle Mitglieder.']);
  });
});
