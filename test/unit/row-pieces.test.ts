import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Minutes kept as a table, one row an agenda item, whose cells hold several lines (a converter
 * joins a cell's paragraphs with `<br>`): a task written in the decision column, or beside the
 * decision in a column of both, is read as it would be in running text. Invented minutes.
 */

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('tasks in the cells of a protocol table', () => {
  it('reads a task written in the decision column (`| § | Ärende | Beslut |`)', () => {
    const swedish = [
      '# Protokoll styrelsemöte Roddklubben Ejdern',
      '',
      'Närvarande: Tove Almgren, Rasmus Fors, Linnea Sjöberg',
      '',
      '| § | Ärende | Beslut |',
      '|---|---|---|',
      '| § 1 | Mötets öppnande | Mötet öppnades. |',
      '| § 2 | Båthallen | Styrelsen beslutade att måla om båthallen. <br> Rasmus beställer färg till båthallen. |',
      '| § 3 | Mötets avslutande | |',
      '',
    ].join('\n');
    expect(actions(swedish)).toEqual([{ owners: ['Rasmus Fors'], text: 'Rasmus beställer färg till båthallen.' }]);
  });

  it('reads the task beside a decision in a column of both, not the decision\'s label as its owner', () => {
    const english = [
      '# Committee meeting, Fernhill Tennis Club',
      '',
      'Present: Gail Ormsby, Hugo Pratt, Nadia Quist',
      '',
      '| Item | Subject | Decision / Action |',
      '|---|---|---|',
      '| 1 | Apologies | None received. |',
      '| 2 | Court lights | It was agreed to replace the lights. <br> Hugo to order the new lamps. |',
      '',
    ].join('\n');
    expect(actions(english)).toEqual([{ owners: ['Hugo Pratt'], text: 'Hugo to order the new lamps.' }]);
    const dutch = [
      '# Bestuursvergadering Scouting De Meerkoet',
      '',
      'Aanwezig: Ilse Brouwer, Koen Dekker, Mila Smit',
      '',
      '| Nr | Onderwerp | Besluit/Actie |',
      '|---|---|---|',
      '| 1 | Opening | |',
      '| 2 | Zomerkamp | Besluit: het kamp gaat naar Ommen. <br> Koen reserveert het terrein. |',
      '',
    ].join('\n');
    expect(actions(dutch)).toEqual([{ owners: ['Koen Dekker'], text: 'Koen reserveert het terrein.' }]);
  });

  it('reads no task from notes that only report', () => {
    const german = [
      '# Vorstandssitzung Turnverein Eiche',
      '',
      'Anwesend: Lena Auer, Jonas Brandl',
      '',
      '| TOP | Thema | Beschluss |',
      '|---|---|---|',
      '| 1 | Begrüßung | Die Sitzung wurde eröffnet. |',
      '| 2 | Hallenzeiten | Die Zeiten bleiben wie bisher. <br> Jonas berichtete über die Belegung. |',
      '',
    ].join('\n');
    expect(actions(german)).toEqual([]);
  });
});
