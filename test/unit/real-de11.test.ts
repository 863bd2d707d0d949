import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real German and Austrian minutes of kinds not read before (municipal
 * councils' records exported from Word or PDF, an advisory council's printed minutes, fire
 * brigades' and school associations' annual meetings, a youth council). Every example here is
 * written for the test; none is a line of those minutes.
 */

describe('the document word over its sentence of record, under a page head or capitalised', () => {
  it('reads the meeting below a running page head in the same block', () => {
    const text = [
      'Prot. 12 v. 03.04.19 1 von 2',
      'N i e d e r s c h r i f t',
      'über die Sitzung des Beirates für Kultur am',
      'Mittwoch, 03. Apr. 2019',
      'Beginn der Sitzung: 17.00 Uhr',
      '',
      'Der Vorsitzende eröffnet die Sitzung.',
      '',
    ].join('\n');
    expect(parseMinutes(text).title).toBe('Sitzung des Beirates für Kultur');
  });

  it('reads an Austrian Verhandlungsschrift whose phrase goes on with a capital', () => {
    const text = [
      'Lfd.Nr.7 Jahr 2001',
      'VERHANDLUNGSSCHRIFT',
      'Über die öffentliche Sitzung des Gemeinderates der Marktgemeinde Lindau am 5. Mai 2001.',
      'Tagungsort: Sitzungssaal im Gemeindeamt.',
      '',
    ].join('\n');
    expect(parseMinutes(text).title).toBe('öffentliche Sitzung des Gemeinderates der Marktgemeinde Lindau');
  });

  it('takes no title from a document word over a line that opens no sentence of record', () => {
    const text = ['Seite 1 von 3', 'PROTOKOLL', 'Kassenbericht 2019 liegt vor.', ''].join('\n');
    expect(parseMinutes(text).title).not.toBe('Kassenbericht 2019 liegt vor');
  });
});

describe('a word broken by a hyphen at the end of a line', () => {
  it('is read whole, so the sentence it closes reads as written', () => {
    const text = [
      'Protokoll der Sitzung des Lindenvereins',
      '',
      'Der Haushaltsplan für das kommende Jahr wird nach kurzer Aussprache ein-',
      'stimmig beschlossen.',
      '',
    ].join('\n');
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['Der Haushaltsplan für das kommende Jahr wird nach kurzer Aussprache einstimmig beschlossen.']);
  });

  it('keeps the hyphen of two compounds sharing their tail (`Bau- und`)', () => {
    const text = [
      'Protokoll der Sitzung des Lindenvereins',
      '',
      'Der Entwurf wird nach der Abstimmung mit dem Bau-',
      'und Planungsausschuss einstimmig beschlossen.',
      '',
    ].join('\n');
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['Der Entwurf wird nach der Abstimmung mit dem Bau- und Planungsausschuss einstimmig beschlossen.']);
  });
});

describe('a numbered list of one-line titles right above the text', () => {
  const text = [
    'Niederschrift über die Sitzung des Kulturbeirates',
    'Tagesordnung:',
    '1. Eröffnung',
    '2. Bericht des Vorstands',
    '3. Verschiedenes',
    'Der Vorsitzende eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.',
    'Der Haushalt wird einstimmig beschlossen.',
    '',
  ].join('\n');

  it('ends with its last title: the lines at the margin below are not that entry’s notes', () => {
    const meeting = parseMinutes(text);
    expect(meeting.agenda.map((item) => item.title)).toEqual(['Eröffnung', 'Bericht des Vorstands', 'Verschiedenes']);
    expect(meeting.agenda[2]?.text ?? '').not.toContain('Haushalt');
  });

  it('keeps the notes under a numbered entry of a list whose entries carry notes of their own', () => {
    const notes = ['Protokoll', '', '1. Eröffnung', 'Die Sitzung beginnt.', '2. Kasse', 'Bericht liegt vor.', '3. Verschiedenes', 'Der Termin wird festgelegt.', ''].join('\n');
    const meeting = parseMinutes(notes);
    expect(meeting.decisions.map((d) => d.item)).toEqual(['3']);
  });
});

describe('lines that open an item with its word and number inside a paragraph', () => {
  const text = [
    'Protokoll der Jahreshauptversammlung des Fördervereins Lindenschule',
    'Beginn: 19.00 Uhr',
    'TOP 1 Begrüßung',
    'Die Vorsitzende begrüßt die Anwesenden.',
    'TOP 2 Kassenbericht',
    'Die Kassenwartin legt den Bericht vor. Der Vorstand wird einstimmig entlastet.',
    'TOP 3 Verschiedenes',
    'Keine Wortmeldungen.',
    '',
  ].join('\n');

  it('starts an item at each such line, with the lines under it as its notes', () => {
    const meeting = parseMinutes(text);
    expect(meeting.agenda.map((item) => item.number)).toEqual(['1', '2', '3']);
    expect(meeting.decisions.map((d) => d.item)).toEqual(['2']);
  });

  it('leaves a wrapped sentence that goes on with an item’s number in its paragraph', () => {
    const wrapped = [
      'Protokoll der Sitzung des Fördervereins Lindenschule',
      '',
      'Der Punkt Ausblick und Sonstiges fällt dann zusammen mit dem Bericht der Kasse unter den',
      'TOP 7. Die Tagesordnung wird so einstimmig angenommen.',
      '',
    ].join('\n');
    expect(parseMinutes(wrapped).agenda).toEqual([]);
  });
});

describe('a roll whose label names the body present and whose first entry names an office', () => {
  const people = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, roles: p.roles, present: p.present }));

  it('reads `Vom Beirat anwesend:` as the label of those present, not as a name and an absence', () => {
    expect(people('Niederschrift\n\nVom Beirat anwesend: Karl Berg, Jens Holm\n\nDer Antrag wird angenommen.\n')).toEqual([
      { name: 'Karl Berg', roles: [], present: true },
      { name: 'Jens Holm', roles: [], present: true },
    ]);
  });

  it('gives the holder of an office named before a colon that office (`Vorsitzender: Karl Berg`)', () => {
    expect(people('Niederschrift\n\nAnwesend: Vorsitzender: Karl Berg\nJens Holm\n\nDer Antrag wird angenommen.\n')).toEqual([
      { name: 'Karl Berg', roles: ['chair'], present: true },
      { name: 'Jens Holm', roles: [], present: true },
    ]);
  });

  it('takes no office from words before a colon that name none (`Gruppe Nord: Karl Berg`)', () => {
    expect(people('Niederschrift\n\nAnwesend: Gruppe Nord: Karl Berg\n\nDer Antrag wird angenommen.\n').every((p) => p.roles.length === 0)).toBe(true);
  });

  it('reads those who sent their apologies (`Abgesagt haben:`) as absent', () => {
    expect(people('Niederschrift\n\nAnwesend: Karl Berg\nAbgesagt haben: Rolf Maas\n\nDer Antrag wird angenommen.\n')).toContainEqual({ name: 'Rolf Maas', roles: [], present: false });
  });
});

describe('the Beschluss family in the spelling before 1996 (`Beschlußfähigkeit`)', () => {
  const decisions = (text: string) => parseMinutes(`Verhandlungsschrift\n\n${text}\n`).decisions.map((d) => d.text);

  it('reads a quorum found in the old spelling as the body’s finding', () => {
    expect(decisions('Die Beschlußfähigkeit ist gegeben.')).toEqual(['Die Beschlußfähigkeit ist gegeben.']);
    expect(decisions('Die Versammlung ist beschlußfähig.')).toEqual(['Die Versammlung ist beschlußfähig.']);
  });

  it('reads no finding where the quorum is missing', () => {
    expect(decisions('Die Versammlung ist nicht beschlußfähig.')).toEqual([]);
  });
});
