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

describe('tasks in the cells of a protocol table: proposals, rejections, stops (review fixes)', () => {
  it('reads no task from a column of proposals', () => {
    const english = [
      '# Rowing club committee, 2 June 2032',
      '',
      'Present: Hattie Crane (chair), Owen Pryce (secretary), Mabel Frost',
      '',
      '| No. | Item | Proposal | Outcome |',
      '|-----|------|----------|---------|',
      '| 1 | Boathouse | Owen will repaint the boathouse doors. | Approved. |',
      '| 2 | Oars | Mabel to buy six new oars. | Rejected; over budget. |',
      '',
    ].join('\n');
    expect(actions(english)).toEqual([]);
  });

  it('reads no task from a row whose outcome rejects or tables the matter (`Avslogs`, `Bordlades`)', () => {
    const swedish = [
      '# Protokoll styrelsemöte Scoutkåren Falken',
      '',
      'Närvarande: Stina Mård, Hugo Lindqvist, Edit Sand',
      '',
      '| § | Ärende | Diskussion | Beslut |',
      '|---|---|---|---|',
      '| § 1 | Lägret | Hugo bokar lägerplatsen i juli. | Bordlades. |',
      '| § 2 | Kanoter | Edit hyr fyra kanoter. | Förslaget avslogs. |',
      '',
    ].join('\n');
    expect(actions(swedish)).toEqual([]);
  });

  it('cuts no sentence of a cell after an ordinal date or an abbreviation (`bis 1. März`, `Dr.`)', () => {
    const german = [
      '# Vorstandssitzung Kleingartenverein Sonnenhang',
      '',
      'Anwesend: Frieda Roth (Vorsitz), Anton Haas (Protokoll), Ida Ludwig',
      '',
      '| TOP | Thema | Beschluss / Aufgabe |',
      '|-----|-------|---------------------|',
      '| 1 | Wasser | Neue Leitung.<br>Anton prüft die Zähler bis 3. April. |',
      '| 2 | Hecke | Schnitt im Herbst.<br>Ida bestellt bei Dr. Brenner die Pflanzen. |',
      '',
    ].join('\n');
    expect(actions(german).map((a) => a.text)).toEqual(['Anton prüft die Zähler bis 3. April.', 'Ida bestellt bei Dr. Brenner die Pflanzen.']);
  });
});
