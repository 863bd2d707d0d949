import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title, a.presenter]);

describe('splitAgenda', () => {
  it('reads numbered bold lines with presenters resolved to participants', () => {
    const text = 'Osallistujat: Isa Kotilaine, Minna Männikkö\n\n**1. Kuulumiset / tiimin jäsenet**\n\nTekstiä.\n\n**2. Koulutus / Isa**\n\nLisää.\n';
    expect(agenda(text)).toEqual([
      ['1', 'Kuulumiset', 'tiimin jäsenet'],
      ['2', 'Koulutus', 'Isa Kotilaine'],
    ]);
  });

  it('reads numbered headings, § numbers and a title on the next heading', () => {
    expect(agenda('## 1. Avaus\nx\n## 2) Talous\ny\n')).toEqual([['1', 'Avaus', null], ['2', 'Talous', null]]);
    expect(agenda('## § 5\n## Talousarvio\nteksti\n## § 6 Muut asiat\nteksti\n')).toEqual([['5', 'Talousarvio', null], ['6', 'Muut asiat', null]]);
  });

  it('reads the list under an agenda label, numbers as written', () => {
    expect(agenda('## Agenda\n1. Planning\n1. Review\n\n## Notes\ntext\n')).toEqual([['1', 'Planning', null], ['1', 'Review', null]]);
  });

  it('falls back to the headings of the level that holds most topics', () => {
    expect(agenda('# Title\n## Summary\ntext\n### Budget\na\n### Website\nb\n### Events\nc\n')).toEqual([
      [null, 'Budget', null], [null, 'Website', null], [null, 'Events', null],
    ]);
  });

  it('keeps each item body with its position, and the text before the first item', () => {
    const meeting = parseMinutes('Intro words.\n\n## 1. Avaus\nKokous avattiin.\n## 2. Talous\nTilinpäätös.\n');
    expect(meeting.preamble).toBe('Intro words.');
    expect(meeting.agenda.map((a) => [a.text, a.position])).toEqual([
      ['Kokous avattiin.', { line: 3, column: 4 }],
      ['Tilinpäätös.', { line: 5, column: 4 }],
    ]);
  });
});
