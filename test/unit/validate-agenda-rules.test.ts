import { describe, expect, it } from 'vitest';
import { runRule } from './validate-helpers.js';

const header = '# Kokous\n\nAika: ti 12.3.2024\n';

describe('agenda-numbering', () => {
  it('flags a gap at the item after it', () => {
    expect(runRule('agenda-numbering', `${header}\n## 1. Avaus\n\nA.\n\n## 2. Asiat\n\nB.\n\n## 4. Päättäminen\n\nC.\n`)).toEqual([
      'm.md:13:4-13:18: warn agenda-numbering Unexpected agenda item number 4, expected 3',
    ]);
  });

  it('tells a repeat from a step back', () => {
    expect(runRule('agenda-numbering', `${header}\n## 1. Avaus\n\nA.\n\n## 3. Asiat\n\nB.\n\n## 2. Muut\n\nC.\n\n## 2. Loppu\n\nD.\n`)).toEqual([
      'm.md:9:4-9:12: warn agenda-numbering Unexpected agenda item number 3, expected 2',
      'm.md:13:4-13:11: warn agenda-numbering Unexpected agenda item number 2 after 3, expected 4',
      'm.md:17:4-17:12: warn agenda-numbering Unexpected repeated agenda item number 2, expected 4',
    ]);
  });

  it('lets the first number be any, as in municipal minutes that count on from the last meeting', () => {
    expect(runRule('agenda-numbering', `${header}\n**§ 45 Avaus**\n\nA.\n\n**§ 46 Asiat**\n\nB.\n`)).toEqual([]);
  });

  it('passes a Markdown list numbered 1., 1., 1.', () => {
    expect(runRule('agenda-numbering', `${header}\nEsityslista:\n\n1. Avaus\n1. Asiat\n1. Päättäminen\n`)).toEqual([]);
  });
});

describe('agenda-item-empty', () => {
  it('flags an item heading with nothing under it', () => {
    expect(runRule('agenda-item-empty', `${header}\n## 1. Avaus\n\nA.\n\n## 2. Muut asiat\n\n## 3. Päättäminen\n\nC.\n`)).toEqual([
      'm.md:9:4-9:17: warn agenda-item-empty Unexpected empty agenda item `2. Muut asiat`, expected what was discussed or decided under it',
    ]);
  });

  it('leaves the items of an agenda list alone: they have no body', () => {
    expect(runRule('agenda-item-empty', `${header}\nEsityslista:\n\n1. Avaus\n2. Asiat\n3. Päättäminen\n`)).toEqual([]);
  });
});

describe('agenda-missing', () => {
  it('flags minutes without items at the title', () => {
    expect(runRule('agenda-missing', '# Team sync\n\nDate: 2024-02-20\n\nWe went through the checklist.\n', 'en')).toEqual([
      'm.md:1:3-1:12: warn agenda-missing Unexpected missing agenda, expected numbered items (`1. Opening`, `§ 5`) or a list under `Agenda:`',
    ]);
  });
});
