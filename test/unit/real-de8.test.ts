import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real German minutes of kinds not read before (school support
 * associations, a sports club and one of its departments, a party's state board, district and
 * municipal councils, student project groups). Every example here is written for the test; none
 * is a line of those minutes.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const actions = (text: string) => parseMinutes(text).actions.map((a) => `${a.owners.join(' & ') || '-'}: ${a.text}`);

describe('a person chosen for an office is no doer of the sentence', () => {
  const text = 'Jahreshauptversammlung\n\nAnwesend: Jan Kurz, Eva Lind, Tom Roth, Ute Berg\n\nJan Kurz wurde wiedergewählt.\n\nDanach wurden auch der 2. Vorsitzende Tom Roth und Kassenwartin Ute Berg wiedergewählt.\n\nUte Berg prüft bis zum 30. Mai die Kasse.\n';

  it('reads `X wurde wiedergewählt` as a decision, as `gewählt` is one', () => {
    expect(decisions(text)).toEqual(['Jan Kurz wurde wiedergewählt.', 'Danach wurden auch der 2. Vorsitzende Tom Roth und Kassenwartin Ute Berg wiedergewählt.']);
  });

  it('gives no task to the people re-elected, and keeps the task of one who does a thing', () => {
    expect(actions(text)).toEqual(['Ute Berg: Ute Berg prüft bis zum 30. Mai die Kasse.']);
  });

  it('gives none to someone elected in English either', () => {
    const en = 'Annual meeting\n\nPresent: Ann Lee, Bo Chan\n\nBo Chan elected unopposed as treasurer.\n';
    expect(parseMinutes(en).actions).toEqual([]);
  });
});

const roles = (text: string) => parseMinutes(text).participants.filter((p) => p.roles.length > 0).map((p) => `${p.name} (${p.roles.join(', ')})`);

describe('the one who opens the meeting, named beside the office', () => {
  it('reads the name before an office set after it, the verb first (`eröffnete Jan Kurz, 1. Vorsitzender, …`)', () => {
    const text = 'Protokoll der Mitgliederversammlung vom 3. März 2025\n\nVor 20 Mitgliedern eröffnete Jan Kurz, 1. Vorsitzender, um 19:30 Uhr die Versammlung.\n\nTOP 1: Bericht\n\nDie Kasse wurde geprüft.\n';
    expect(roles(text)).toEqual(['Jan Kurz (chair)']);
    expect(parseMinutes(text).startTime).toBe('19:30');
  });

  it('reads the time after `eröffnete` with the name between', () => {
    const text = 'Protokoll der Mitgliederversammlung vom 3. März 2025\n\nDer 1. Vorsitzende, Jan Kurz, eröffnete um 17:15 Uhr die Versammlung.\n\nTOP 1: Bericht\n';
    expect(parseMinutes(text).startTime).toBe('17:15');
  });

  it('reads the office holder who greets all those present as the chair', () => {
    const text = 'Protokoll der Mitgliederversammlung vom 3. März 2025\n\nDie erste Vorsitzende Eva Lind begrüßt alle Anwesenden.\n\nTOP 1: Bericht\n';
    expect(roles(text)).toEqual(['Eva Lind (chair)']);
  });

  it('gives no role to one who welcomes a proposal, nor to a name beside an office in a sentence that opens nothing', () => {
    const text = 'Protokoll der Mitgliederversammlung vom 3. März 2025\n\nDie Vorsitzende Eva Lind begrüßt den Vorschlag.\n\nJan Kurz, 1. Vorsitzender, berichtet über die Kasse.\n';
    expect(roles(text)).toEqual([]);
  });
});

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number ?? '-'} ${a.title}`);

describe('an agenda of plain numbered lines under its caption, as a PDF copied out writes it', () => {
  it('reads numbers with no dot, a blank line after each, a session caption first and a sub-item', () => {
    const text = 'Niederschrift über die Sitzung des Gemeinderats\n\nSitzung am Dienstag, den 3.06.2025 Beginn: 19:30 Uhr\n\nTagesordnung\n\nÖffentlicher Teil\n\n1 Einwohnerfragestunde\n\n2 Genehmigung der Niederschrift vom 29.04.2025\n\n3 Neubau der Brücke am Mühlbach\n\n3.1 Variante mit Steg\n\n4 Verschiedenes\n';
    expect(agenda(text)).toEqual(['1 Einwohnerfragestunde', '2 Genehmigung der Niederschrift vom 29.04.2025', '3 Neubau der Brücke am Mühlbach', '4 Verschiedenes']);
  });

  it('reads the same lines in one block under an English caption', () => {
    const text = 'Council meeting\n\nAgenda\n1 Apologies\n2 Minutes of the last meeting\n3 Any other business\n';
    expect(agenda(text)).toEqual(['1 Apologies', '2 Minutes of the last meeting', '3 Any other business']);
  });

  it('reads no agenda from numbered sentences, nor from two numbered lines', () => {
    const sentences = 'Sitzung des Vorstands\n\nTagesordnung\n\n1 Mitglied fehlt entschuldigt.\n\n2 Mitglieder kommen später.\n\n3 Gäste sind anwesend.\n';
    expect(agenda(sentences)).toEqual([]);
    const two = 'Sitzung des Vorstands\n\nTagesordnung\n\n1 Begrüßung\n\n2 Verschiedenes\n\nDie Sitzung endet um 20 Uhr.\n';
    expect(agenda(two)).not.toContain('1 Begrüßung');
  });
});

describe('the label of an officer of the meeting led by the noun of choosing', () => {
  it('reads `Ernennung Moderator: …` and `Ernennung Protokollant: …` as chair and secretary', () => {
    const text = 'Vorstandssitzung am 05.04.2025\n\n1. Ernennung Moderator: Martina\n2. Ernennung Protokollant: Jutta\n3. Feststellung der Beschlussfähigkeit\n    - Anwesend: Martina, Pawel, Jutta\n';
    expect(roles(text)).toEqual(['Martina (chair)', 'Jutta (secretary)']);
  });

  it('reads `Wahl der Sitzungsleitung: …` and `Election of the chair: …` the same way', () => {
    expect(roles('Sitzung des Vorstands\n\nWahl der Sitzungsleitung: Eva Roth\n\nAnwesend: Eva Roth, Jan Kurz\n')).toEqual(['Eva Roth (chair)']);
    expect(roles('Board meeting\n\nElection of the chair: Ann Lee\n\nPresent: Ann Lee, Bo Chan\n')).toEqual(['Ann Lee (chair)']);
  });

  it('gives no officer of the meeting for a choice of another office', () => {
    expect(roles('Mitgliederversammlung\n\nWahl des Vorstands: Jan Kurz\n\nWahl der Kassenprüfer: Eva Roth\n\nAnwesend: Eva Roth, Jan Kurz\n')).toEqual([]);
  });
});

describe('the opening told in a long paragraph, and the secretary named in a sentence', () => {
  const filler = ' Darauf folgten die Berichte des Vorstands, des Kassenwarts und der Abteilungen, die ohne Aussprache zur Kenntnis genommen wurden.'.repeat(5);

  it('reads the one who opens the meeting from the head of a report told in one paragraph', () => {
    const text = `Jahreshauptversammlung 2025\n\nAm Freitag fand unsere Jahreshauptversammlung statt. Vor 20 Mitgliedern eröffnete Jan Kurz, 1. Vorsitzender, um 19:30 Uhr die Versammlung.${filler}\n`;
    expect(roles(text)).toEqual(['Jan Kurz (chair)']);
  });

  it('gives no role from a long paragraph whose head opens nothing', () => {
    const text = `Jahreshauptversammlung 2025\n\nDer 1. Vorsitzende Jan Kurz berichtet über das vergangene Jahr.${filler}\n`;
    expect(roles(text)).toEqual([]);
  });

  it('reads `wurde Eva Lind zur Protokollantin benannt` as the secretary', () => {
    const text = 'Protokoll der Mitgliederversammlung vom 3. März 2025\n\nIn Abwesenheit des Schriftführers wurde Eva Lind zur Protokollantin benannt.\n\nTOP 1: Bericht\n';
    expect(roles(text)).toEqual(['Eva Lind (secretary)']);
  });
});
