import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { withListBullets } from '../../src/parse/to-tree.js';

/**
 * Rules found by reading a fifth round of real Dutch minutes (issue #12): government technical
 * boards and work groups, a municipal committee's list of decisions, hackerspace members'
 * meetings, a village council, a student team. Every example here is written for the test; none
 * is a line of those minutes.
 */

const nlHead = '# Overleg Fietsroutes 12 mei 2025\n\nAanwezig: Anna de Vries, Bram Jansen, Carla Smit\n\n';

const decisions = (text: string) => parseMinutes(text).decisions;
const actions = (text: string) => parseMinutes(text).actions;

describe('figures that are no count of votes', () => {
  it('reads the figures after `d.d.` as a date, not as a vote of 14 to 2 to 24', () => {
    const text = `${nlHead}## Mededelingen\n\n- De nota is in het overleg d.d. 14-2-24 besproken.\n`;
    expect(decisions(text)).toEqual([]);
  });

  it('still reads a count of three after a decision word when no date word leads it', () => {
    const text = `${nlHead}## Begroting\n\n- Besluit: de begroting wordt goedgekeurd (5-0-1).\n`;
    expect(decisions(text).map((d) => d.text)).toEqual(['Besluit: de begroting wordt goedgekeurd (5-0-1).']);
  });

  it('takes no `voor` (for, before) beside a range of money for a vote word', () => {
    const text = `${nlHead}## Financiën\n\nHet overschot is 120-130 euro per maand. Dat is genoeg voor de huur van de zaal.\n`;
    expect(decisions(text)).toEqual([]);
  });

  it('still reads votes written with `voor` and `tegen` beside their numbers', () => {
    const text = `${nlHead}## Financiën\n\nHet voorstel wordt in stemming gebracht: 7 voor, 2 tegen.\n`;
    expect(decisions(text).map((d) => d.cue.kind)).toEqual(['vote']);
  });
});

describe('a decision word before `te worden` is still to be done', () => {
  it('leaves `Er dient vastgesteld te worden dat ...` out of the decisions', () => {
    const text = `${nlHead}## Evaluatie\n\nEr dient vastgesteld te worden dat twee partijen ontbraken.\n`;
    expect(decisions(text)).toEqual([]);
  });

  it('keeps the plain passive of the verdict', () => {
    const text = `${nlHead}## Evaluatie\n\nDe evaluatie wordt vastgesteld.\n`;
    expect(decisions(text).map((d) => d.text)).toEqual(['De evaluatie wordt vastgesteld.']);
  });
});

describe("the chair's conclusion is the committee's decision", () => {
  it('reads `De voorzitter concludeert dat ...` as a decision, not as the chair\'s task', () => {
    const text = `${nlHead}## Startnotitie Dorpsstraat\n\nAnna de Vries vraagt naar het groen. De wethouder zegt dat er bomen komen.\n\nDe voorzitter concludeert dat het voorstel als hamerstuk naar de raad kan.\n`;
    expect(decisions(text).map((d) => d.text)).toEqual(['De voorzitter concludeert dat het voorstel als hamerstuk naar de raad kan.']);
    expect(actions(text)).toEqual([]);
  });

  it('reads a point passed as a `hamerstuk` as decided', () => {
    const text = `${nlHead}## Jaarstukken\n\nDe jaarstukken gaan als hamerstuk door naar de raad.\n`;
    expect(decisions(text)).toHaveLength(1);
  });

  it("leaves a member's own conclusion out", () => {
    const text = `${nlHead}## Jaarstukken\n\nBram Jansen concludeert dat het budget krap is.\n`;
    expect(decisions(text)).toEqual([]);
    expect(actions(text)).toEqual([]);
  });
});

describe('the first part of a shared compound is no name', () => {
  it('gives no owners `Verkeers-` and `Milieu-` to a sentence about the chains', () => {
    const text = `${nlHead}## Ketens\n\nDe Verkeers-, Milieu- en Bouwketen gaat om duizend meldingen per jaar.\n`;
    expect(actions(text).flatMap((a) => a.owners)).toEqual([]);
  });

  it('still gives a task to a person named before the verb', () => {
    const text = `${nlHead}## Ketens\n\nCarla Smit stuurt de cijfers van de keten rond.\n`;
    expect(actions(text).map((a) => a.owners)).toEqual([['Carla Smit']]);
  });
});

describe('the word that introduces a date is no title', () => {
  it('takes the document word over `dd 10-07-2025` as the title, not `dd`', () => {
    const meeting = parseMinutes('Verslag\ndd 10-07-2025\n\nDe werkgroep bespreekt de module.\n');
    expect(meeting.title).toBe('Verslag');
    expect(meeting.date).toBe('2025-07-10');
  });

  it('keeps a title that ends before its date', () => {
    expect(parseMinutes('Verslag werkgroep Routes d.d. 10-07-2025\n\nDe werkgroep bespreekt de module.\n').title).toBe('Verslag werkgroep Routes');
  });
});

describe('a bold marked number alone on its line takes the next line as its title', () => {
  it('reads `**Agendapunt 1**` over a title typed in lower case', () => {
    const text = `${nlHead}**Agendapunt 1**\ndoornemen van de routekaart\n\nDe kaart is bijna klaar.\n\n**Agendapunt 2**\nbegroting 2026\n\nDe begroting wordt besproken.\n`;
    expect(parseMinutes(text).agenda.map((a) => [a.number, a.title])).toEqual([
      ['1', 'doornemen van de routekaart'],
      ['2', 'begroting 2026'],
    ]);
  });

  it('takes no lower-case line after a plain `Agendapunt 1` line for a title', () => {
    const text = `${nlHead}Agendapunt 1\ndoornemen van de routekaart\n\nDe kaart is bijna klaar.\n\nAgendapunt 2\nbegroting 2026\n`;
    expect(parseMinutes(text).agenda).toEqual([]);
  });
});

describe('a numbered list under a label of tasks is no agenda', () => {
  it('leaves the numbered actions of the last meeting out of the agenda', () => {
    const text = `${nlHead}Actiepunten uit de vorige vergadering\n\n 1. Anna – offerte voor de zaal opvragen\n  1. Gedaan, de offerte is binnen.\n 2. Bram – website bijwerken\n  1. Loopt nog.\n 3. Carla – kascontrole\n  1. Gedaan.\n\nMededelingen\n\nHet bestuur heeft een nieuwe penningmeester gevonden.\n`;
    expect(parseMinutes(text).agenda).toEqual([]);
  });

  it('still reads a numbered list under `Agenda` as the agenda', () => {
    const text = `${nlHead}Agenda\n\n1. Opening\n2. Begroting\n3. Rondvraag\n`;
    expect(parseMinutes(text).agenda.map((a) => a.title)).toEqual(['Opening', 'Begroting', 'Rondvraag']);
  });
});

describe('topic lines over notes pasted without their full stops', () => {
  it('reads short lines, each over a longer line of notes, as the topics', () => {
    const text = `${nlHead}Opening\n\nDe vergadering wordt om acht uur geopend door Anna\n\nVerslag vorige vergadering\n\nHet verslag van de vorige vergadering wordt zonder wijzigingen goedgekeurd\n\nJaarfeest\n\nDe zaal voor het jaarfeest is nog niet geregeld, Bram belt de beheerder\n`;
    expect(parseMinutes(text).agenda.map((a) => a.title)).toEqual(['Opening', 'Verslag vorige vergadering', 'Jaarfeest']);
  });

  it('takes no column of short lines for topics', () => {
    const text = `# Overleg\n\nAnna de Vries\n\nBram Jansen\n\nCarla Smit\n\nDaan Bos\n`;
    expect(parseMinutes(text).agenda).toEqual([]);
  });
});

describe('the opening and the closing told in one sentence', () => {
  it('reads both times from `Vergadering geopend om 13:43, vergadering gesloten om 14:13.`', () => {
    const meeting = parseMinutes('# Overleg 11 juni 2025\n\nVergadering geopend om 13:43, vergadering gesloten om 14:13.\n\n## Tests\n\nBram gaat aan de slag met de tests.\n');
    expect([meeting.startTime, meeting.endTime]).toEqual(['13:43', '14:13']);
  });

  it('reads no closing from a line that tells only the opening', () => {
    const meeting = parseMinutes('# Overleg 11 juni 2025\n\nDe voorzitter opent de vergadering om 13:43.\n\n## Tests\n\nBram gaat aan de slag met de tests.\n');
    expect([meeting.startTime, meeting.endTime]).toEqual(['13:43', null]);
  });
});

describe('typographic bullets pasted four to six blanks deep', () => {
  const pasted = `${nlHead}Mededelingen:\n    • Het buurthuis is benaderd voor de zaal. Anna en Bram zullen de sleutel ophalen.\n    • De nieuwsbrief is verstuurd. Carla gaat de website bijwerken.\n    • De bloembakken zijn geplaatst.\n`;

  it('reads each point as its own entry, with its own owners, the task the sentence of the point that holds it', () => {
    expect(actions(pasted).map((a) => [a.owners, a.text])).toEqual([
      [['Anna de Vries', 'Bram Jansen'], 'Anna en Bram zullen de sleutel ophalen.'],
      [['Carla Smit'], 'Carla gaat de website bijwerken.'],
    ]);
  });

  it('keeps every word where the file has it: the task where its entry starts', () => {
    expect(actions(pasted)[1]?.position).toEqual({ line: 7, column: 7 });
  });

  it('makes points under a list point above them a nested list, each bullet where it stands', () => {
    const nested = '- Het buurthuis\n    • Anna haalt de sleutel op.\n';
    expect(withListBullets(nested)).toBe('- Het buurthuis\n    - Anna haalt de sleutel op.\n');
  });

  it('changes no line length', () => {
    const text = 'Mededelingen:\n    • Eerste punt.\n      • Tweede punt.\n';
    expect(withListBullets(text).split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
  });
});

describe('the same verdict under two numbered items', () => {
  it('keeps the chair concluding the same under items 6 and 7 as two decisions', () => {
    const text = `${nlHead}## 6. Startnotitie Dorpsstraat\n\nAnna de Vries vraagt naar het groen.\n\nDe voorzitter concludeert dat het voorstel als hamerstuk naar de raad kan.\n\n## 7. Jaarstukken Groengebied\n\nBram Jansen vraagt naar de reserve.\n\nDe voorzitter concludeert dat het voorstel als hamerstuk naar de raad kan.\n`;
    expect(decisions(text).map((d) => d.item)).toEqual(['6', '7']);
  });

  it('still reads a labelled outcome repeated in a summary under another item once', () => {
    const text = `${nlHead}## 1. Website\n\nBesluit: de nieuwe website gaat in juni live.\n\n## 2. Samenvatting\n\nBesluit: de nieuwe website gaat in juni live.\n`;
    expect(decisions(text)).toHaveLength(1);
  });
});
