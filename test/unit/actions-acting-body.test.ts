import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const acts = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text]);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a standing body as the doer of a task', () => {
  it('reads the board doing something as a task nobody in particular is named for (fi, sv, de, en)', () => {
    expect(acts('Hallituksen kokous 1.3.2024\n\nLäsnä: Matti Virtanen (pj.), Liisa Koski (siht.)\n\n## Tilat\n\nHallitus selvittää tilavarauksen mahdollisuudet.\n')).toEqual([[[], 'Hallitus selvittää tilavarauksen mahdollisuudet.']]);
    expect(acts('Styrelsemöte 2024-03-01\n\nNärvarande: Anna Berg (ordf), Erik Lund\n\n## Lokaler\n\nStyrelsen undersöker möjligheten att hyra lokalen.\n')).toEqual([[[], 'Styrelsen undersöker möjligheten att hyra lokalen.']]);
    expect(acts('Vorstandssitzung 01.03.2024\n\nAnwesend: Tim Berg (Vorsitzender), Eva Lutz\n\n## Räume\n\nDer Vorstand prüft die Anmietung des Saals.\n')).toEqual([[[], 'Der Vorstand prüft die Anmietung des Saals.']]);
    expect(acts('Board meeting 1 March 2024\n\nPresent: Ann Lee (Chair), Bo Park\n\n## Hall\n\nThe board will send the accounts to the auditor.\n')).toEqual([[[], 'The board will send the accounts to the auditor.']]);
  });

  it('reads the body deciding as a decision, and the meeting or a report of the body as no task', () => {
    const sv = 'Styrelsemöte 2024-03-01\n\nNärvarande: Anna Berg (ordf), Erik Lund\n\n## Lokaler\n\n';
    expect(acts(`${sv}Styrelsen beslutar att hyra lokalen.`)).toEqual([]);
    expect(decisions(`${sv}Styrelsen beslutar att hyra lokalen.`)).toHaveLength(1);
    expect(acts(`${sv}Att: Styrelsen uppfyller kraven för beslutbarhet`)).toEqual([]);
    const en = 'Board meeting 1 March 2024\n\nPresent: Ann Lee (Chair), Bo Park\n\n## Hall\n\n';
    expect(acts(`${en}The meeting will resume after the break.`)).toEqual([]);
    expect(acts(`${en}The board discussed renting the hall.`)).toEqual([]);
  });
});
