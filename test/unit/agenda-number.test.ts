import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { displayedOrdinals } from '../../src/parse/agenda-draft.js';
import { readItemNumber } from '../../src/parse/agenda-number.js';
import { htmlRows } from '../../src/parse/agenda-table.js';
import { toBlocks } from '../../src/parse/to-blocks.js';
import { toTree } from '../../src/parse/to-tree.js';

const vocabs = [vocabularies.de, vocabularies.en, vocabularies.fi, vocabularies.sv, vocabularies.nl];
const read = (text: string) => {
  const found = readItemNumber(text, vocabs);
  return found && [found.number, found.title, found.marked];
};

describe('readItemNumber', () => {
  it('reads numbers, § before or after, and the title after a separator', () => {
    expect(read('3. Talous')).toEqual(['3', 'Talous', false]);
    expect(read('§ 5 Talous')).toEqual(['5', 'Talous', true]);
    expect(read('5 § Talous')).toEqual(['5', 'Talous', true]);
    expect(read('2.1 Valitaan')).toEqual(['2.1', 'Valitaan', false]);
  });

  it('reads marker words, the title without the marker, its number and the separator after them', () => {
    expect(read('TOP3 - Kasse')).toEqual(['3', 'Kasse', true]);
    expect(read('Agenda Item #4: Website')).toEqual(['4', 'Website', true]);
    expect(read('Ärende 2: Ekonomi')).toEqual(['2', 'Ekonomi', true]);
    expect(read('Agenda Item: Misc')).toEqual([null, 'Misc', true]);
    expect(read('Items discussed')).toBeNull();
  });

  it('strips the marker of each language and every separator after the number', () => {
    expect(read('TOP 1. Begrüßung der Gäste')).toEqual(['1', 'Begrüßung der Gäste', true]);
    expect(read('Punkt 3 – Kassenprüfung')).toEqual(['3', 'Kassenprüfung', true]);
    expect(read('Tagesordnungspunkt 5) Verschiedenes')).toEqual(['5', 'Verschiedenes', true]);
    expect(read('Item 5: Garden rota')).toEqual(['5', 'Garden rota', true]);
    expect(read('Agendapunt 2: Verslag vorige keer')).toEqual(['2', 'Verslag vorige keer', true]);
    expect(read('Ad 4. Kascommissie')).toEqual(['4', 'Kascommissie', true]);
    expect(read('Ärende 6 - Lokalfrågan')).toEqual(['6', 'Lokalfrågan', true]);
    expect(read('Kohta 7: Muut asiat')).toEqual(['7', 'Muut asiat', true]);
  });

  it('gives the value of a roman numeral as the number and the title without the numeral', () => {
    expect(read('IV. Closing')).toEqual(['4', 'Closing', false]);
    expect(read('II) Notulen')).toEqual(['2', 'Notulen', false]);
    expect(read('TOP III: Wahlen')).toEqual(['3', 'Wahlen', true]);
  });

  it('reads a letter after the number and a blank as the mark of a sub-item, not a second item', () => {
    expect(read('TOP 4 b) Spendenaktion')).toBeNull();
    expect(read('4 a. Dachrinne')).toBeNull();
    expect(read('4a. Dachrinne')).toBeNull();
    expect(read('4. a new roof')).toEqual(['4', 'a new roof', false]);
    expect(read('10 a.m. Coffee')).not.toBeNull();
  });

  it('reads well-formed roman numerals only', () => {
    expect(read('IV. Closing')?.[0]).toBe('4');
    expect(read('IIII. Closing')).toBeNull();
  });

  it('takes a day before a month name for a date', () => {
    expect(read('17 november 2021')).toBeNull();
    expect(read('3 März 2024')).toBeNull();
  });
});

describe('displayedOrdinals', () => {
  const ordinals = (markdown: string) => {
    const lines = toBlocks(toTree(markdown), markdown);
    const shown = displayedOrdinals(lines);
    return lines.filter((_, i) => shown.has(i)).map((l, i) => [l.text, shown.get(lines.indexOf(l)) ?? i]);
  };

  it('counts up a list written 1. 1. 1., keeps numbers that differ, and starts again after a paragraph', () => {
    expect(ordinals('1. a\n1. b\n1. c\n')).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    expect(ordinals('2. a\n5. b\n')).toEqual([['a', 2], ['b', 5]]);
    expect(ordinals('1. a\n\ntext\n\n1. b\n')).toEqual([['a', 1], ['b', 1]]);
    expect(ordinals('1. a\n   1. x\n   1. y\n1. b\n')).toEqual([['a', 1], ['x', 1], ['y', 2], ['b', 2]]);
  });
});

describe('htmlRows', () => {
  it('reads the cells of body rows, decoding entities, and stops at a row never closed', () => {
    expect(htmlRows('<table><tr><th>A</th></tr><tr><td>x &amp; y</td><td><b>z</b></td></tr><tr><td>open')).toEqual([['x & y', 'z']]);
    expect(htmlRows('<tr><td>&#x1F600; &#99999999;</td></tr>')).toEqual([['😀 &#99999999;']]);
  });
});
