import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real German minutes of kinds not read before (parish councils, municipal
 * councils, a Freifunk group, a society's board). Every example here is written for the test; none
 * is a line of those minutes.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const names = (text: string) => parseMinutes(text).participants.map((p) => p.name);

describe('a finding stated after the list of those present', () => {
  it('reads `Die Sitzung ist beschlussfähig.` under `## Anwesend` as a decision, the names as people', () => {
    const text = '# Vorstandssitzung Gartenfreunde e.V.\n\n## Anwesend\n\n- Anna Berg\n- Karl Roth\n\nDie Sitzung ist beschlussfähig.\n\n## Tagesordnung\n\n1. Kasse\n';
    expect(decisions(text)).toEqual(['Die Sitzung ist beschlussfähig.']);
    expect(names(text)).toEqual(['Anna Berg', 'Karl Roth']);
  });

  it('reads `Quorum was present.` under `## Attendees` the same way', () => {
    const text = '# Board meeting\n\n## Attendees\n\n- Anna Berg\n- Karl Roth\n\nQuorum was present.\n\n## Agenda\n\n1. Budget\n';
    expect(decisions(text)).toEqual(['Quorum was present.']);
  });

  it('still reads a sentence of names under the heading as people, not as a finding', () => {
    const text = '# Vorstandssitzung Gartenfreunde e.V.\n\n## Anwesend\n\nAnna Berg, Karl Roth und Eva Stein.\n\n## Tagesordnung\n\n1. Kasse\n';
    expect(decisions(text)).toEqual([]);
    expect(names(text)).toEqual(['Anna Berg', 'Karl Roth', 'Eva Stein']);
  });
});

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number ?? '-'} ${a.title}`);

describe('an agenda whose list stands under the caption of its part', () => {
  it('reads the list under `Tagesordnung` / `Öffentlicher Teil` as the agenda', () => {
    const text = 'Niederschrift über die Sitzung des Bauausschusses vom 03.05.2021\n\nTagesordnung\n\nÖffentlicher Teil\n\n1. Eröffnung der Sitzung\n2. Fragestunde der Einwohner\n3. Neubau des Bauhofs\n';
    expect(agenda(text)).toEqual(['1 Eröffnung der Sitzung', '2 Fragestunde der Einwohner', '3 Neubau des Bauhofs']);
  });

  it('reads a letter-spaced `T a g e s o r d n u n g` as the agenda label', () => {
    const text = 'Niederschrift über die Sitzung des Bauausschusses vom 03.05.2021\n\nT a g e s o r d n u n g\n\n1. Eröffnung der Sitzung\n2. Fragestunde der Einwohner\n3. Neubau des Bauhofs\n';
    expect(agenda(text)).toEqual(['1 Eröffnung der Sitzung', '2 Fragestunde der Einwohner', '3 Neubau des Bauhofs']);
  });

  it('reads `Agenda` / `Open session` the same way in English', () => {
    const text = 'Minutes of the Parish Council, 3 May 2021\n\nAgenda\n\nOpen session\n\n1. Apologies\n2. Public questions\n3. Playground repairs\n';
    expect(agenda(text)).toEqual(['1 Apologies', '2 Public questions', '3 Playground repairs']);
  });

  it('does not take a sentence under the label as a caption of the list after it', () => {
    const text = '# Vorstandssitzung\n\nTagesordnung\n\nDie Tagesordnung wird ohne Änderungen genehmigt.\n\n1. Wir besprechen die Kasse.\n2. Wir besprechen das Sommerfest.\n';
    expect(agenda(text)).not.toContain('1 Wir besprechen die Kasse.');
  });
});

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('a task marker that hands its task to someone with a preposition', () => {
  const head = '# Treffen 2024-03-05\n\nAnwesend: Anna Berg, Karl Roth\n\n## Sommerfest\n\n';

  it('reads `Auftrag an NAME: ...` as a task of that person', () => {
    expect(actions(`${head}Auftrag an Karl: Getränke beim Großhandel bestellen.\n`)).toEqual([{ owners: ['Karl Roth'], text: 'Auftrag an Karl: Getränke beim Großhandel bestellen.' }]);
  });

  it('reads `Aufgabe für NAME: ...` the same way', () => {
    expect(actions(`${head}Aufgabe für Anna Berg: Zelt beim Bauhof ausleihen\n`)).toEqual([{ owners: ['Anna Berg'], text: 'Aufgabe für Anna Berg: Zelt beim Bauhof ausleihen' }]);
  });

  it('reads `Action for NAME: ...` in English', () => {
    const text = '# Board 2024-03-05\n\nPresent: Ann Lee, Bob Hart\n\n## Budget\n\nAction for Bob: send the figures to the bank.\n';
    expect(actions(text)).toEqual([{ owners: ['Bob Hart'], text: 'Action for Bob: send the figures to the bank.' }]);
  });

  it('leaves a sentence about an order given to a firm alone', () => {
    expect(actions(`${head}Auftrag an die Firma Müller wurde im Mai vergeben.\n`)).toEqual([]);
  });
});

describe('`wird` closed by no verb is the copula: the subject is described, no doer', () => {
  const head = '# Treffen 2024-03-05\n\nAnwesend: Anna Berg, Karl Roth\n\n## Sommerfest\n\n';

  it('gives no task for `(Verpflegung wird knapp, ...)`', () => {
    expect(actions(`${head}Alle sollen kommen (Verpflegung wird knapp, aber bringt Stühle mit).\n`).filter((a) => a.owners.includes('Verpflegung'))).toEqual([]);
  });

  it('still reads `Karl wird die Getränke bestellen` as a task of Karl', () => {
    expect(actions(`${head}Karl wird die Getränke bestellen.\n`)).toEqual([{ owners: ['Karl Roth'], text: 'Karl wird die Getränke bestellen.' }]);
  });
});

describe('a weekday in parentheses is no owner', () => {
  const head = '# Treffen 2024-03-05\n\nAnwesend: Anna Berg, Karl Roth\n\n## Sommerfest\n\n';

  it('does not take `Mi.` of `(Mi.) soll` for a person', () => {
    expect(actions(`${head}Am 12.06. (Mi.) soll die Bestellung rausgehen.\n`).flatMap((a) => a.owners)).toEqual([]);
  });

  it('still reads the person before the weekday as the owner', () => {
    expect(actions(`${head}Karl kümmert sich am Mittwoch (Mi.) um die Bestellung.\n`).flatMap((a) => a.owners)).toEqual(['Karl Roth']);
  });
});

describe('a capitalised noun after an article is no name before a role phrase', () => {
  it('takes no chair from `eröffnet ... die Sitzung, begrüßt die Anwesenden`', () => {
    const text = 'Niederschrift der Gemeindevertretung vom 02.03.2021\n\n1. Eröffnung\n\nUm 19.00 Uhr eröffnet der Vorsitzende die Sitzung, begrüßt die Anwesenden und stellt die Beschlussfähigkeit fest.\n';
    expect(parseMinutes(text).participants.map((p) => p.name)).toEqual([]);
  });

  it('still takes the chair from `Anna Berg begrüßt die Anwesenden`', () => {
    const text = 'Niederschrift der Gemeindevertretung vom 02.03.2021\n\nAnwesend: Anna Berg, Karl Roth\n\n1. Eröffnung\n\nUm 19.00 Uhr eröffnet Anna Berg die Sitzung. Anna Berg begrüßt die Anwesenden.\n';
    expect(parseMinutes(text).participants.find((p) => p.name === 'Anna Berg')?.roles).toContain('chair');
  });
});

describe('a decision owed by a modal passive is work for later, no decision', () => {
  const head = '# Sitzung 2024-03-05\n\nAnwesend: Anna Berg, Karl Roth\n\n## Wahl\n\n';

  it('reads `Im Juni muss festgelegt werden, ...` as no decision', () => {
    expect(decisions(`${head}Im Juni muss festgelegt werden, welches Wahlverfahren gilt.\n`)).toEqual([]);
  });

  it('reads Dutch `Er moet nog besloten worden over ...` as none either', () => {
    const text = '# Vergadering 2024-03-05\n\nAanwezig: Anna Berg, Karel Rood\n\n## Datum\n\nEr moet nog besloten worden over de datum van het feest.\n';
    expect(decisions(text)).toEqual([]);
  });

  it('still reads `Der Termin wird auf Juni festgelegt.` as a decision', () => {
    expect(decisions(`${head}Der Termin wird auf Juni festgelegt.\n`)).toEqual(['Der Termin wird auf Juni festgelegt.']);
  });
});

describe('the dot of an ordinal date ends no clause', () => {
  const head = '# Sitzung 2024-03-05\n\nAnwesend: Anna Berg, Karl Roth\n\n## Termin\n\n';

  it('reads `Der Termin wird auf den 5. Mai festgelegt.` as a decision', () => {
    expect(decisions(`${head}Der Termin wird auf den 5. Mai festgelegt.\n`)).toEqual(['Der Termin wird auf den 5. Mai festgelegt.']);
  });

  it('still ends the clause at a comma after a word (`..., ob er angenommen wurde`)', () => {
    expect(decisions(`${head}Karl fragt am 5. Mai nach, ob der Antrag vom Kreis angenommen wurde.\n`)).toEqual([]);
  });
});

describe('a title that wraps after the name of the document', () => {
  it('joins letter-spaced `N i e d e r s c h r i f t` with `über die Sitzung ...` below it', () => {
    const text = 'N i e d e r s c h r i f t\n\nüber die Sitzung des Bauausschusses der Gemeinde Moorfeld vom 03.05.2021.\n\nBeginn: 19.00 Uhr\n\nAnwesend: Anna Berg, Karl Roth\n';
    expect(parseMinutes(text).title).toBe('Niederschrift über die Sitzung des Bauausschusses der Gemeinde Moorfeld');
  });

  it('joins `Minutes` with `of the meeting of ...` in English', () => {
    const text = 'Minutes\n\nof the meeting of the Moorfield Parish Council held on 3 May 2021.\n\nPresent: Ann Lee, Bob Hart\n';
    expect(parseMinutes(text).title).toContain('Minutes of the meeting of the Moorfield Parish Council');
  });

  it('leaves a long paragraph in lower case under `Protokoll` out of the title', () => {
    const text = `Protokoll\n\n${'heute haben wir lange über den Garten, die Wege, den Zaun und das Fest gesprochen, '.repeat(3)}und sind spät gegangen.\n\nAnwesend: Anna Berg, Karl Roth\n`;
    expect(parseMinutes(text).title ?? '').not.toContain('heute');
  });
});

describe('the ordinal of an office in a list of those present', () => {
  it('reads `Frank Dreves (2. Vorsitzender)` without ending the list at the ordinal dot', () => {
    const text = 'Niederschrift der Sitzung vom 28.11.2017\n\nAnwesend: Jens Kolls, Frank Dreves (2. Vorsitzender), Anna Berg\n\nTagesordnung\n\n1. Eröffnung\n';
    expect(names(text)).toEqual(['Jens Kolls', 'Frank Dreves', 'Anna Berg']);
  });

  it('reads `2. stellv. Bürgermeister Frank Dreves` as Frank Dreves', () => {
    const text = 'Niederschrift der Sitzung vom 28.11.2017\n\nAnwesend sind:\nBürgermeister Jens Kolls\n2. stellv. Bürgermeister Frank Dreves\n\nTagesordnung\n\n1. Eröffnung\n';
    expect(names(text)).toEqual(['Jens Kolls', 'Frank Dreves']);
  });

  it('leaves a Finnish office after its name with the name before it (`Aino Lehto, 1. varapuheenjohtaja`)', () => {
    const text = 'Hallituksen kokous 5.3.2024\n\nLäsnä: Aino Lehto, 1. varapuheenjohtaja, Pekka Salo\n\n1. Kokouksen avaus\n';
    expect(parseMinutes(text).participants.find((p) => p.name === 'Aino Lehto')?.roles).toEqual(['vice-chair']);
  });

  it('still parts two sentences after a year (`... seit 2019. Anna Berg ...`)', () => {
    const text = '# Vorstandssitzung 2024-03-05\n\nAnwesend: Karl Roth\n\n## Kasse\n\nDer Verein hat ein Konto seit 2019. Anna Berg prüft die Kasse.\n';
    expect(parseMinutes(text).actions.map((a) => a.text)).toEqual(['Anna Berg prüft die Kasse.']);
  });
});
