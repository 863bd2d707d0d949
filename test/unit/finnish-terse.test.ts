import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

describe('Finnish abbreviations and forms read as the language writes them', () => {
  it('reads `vara pj.` as the vice chair, never the chair', () => {
    const read = parseMinutes('Hallituksen kokous 3/2031\n\nLäsnä: Aune Kivi, pj., Eero Laine, vara pj., Senja Ojala, siht.\n\n1. Kokouksen avaus\n\nAvattiin.\n');
    expect(read.participants.find((p) => p.roles.includes('chair'))?.name).toBe('Aune Kivi');
    expect(read.participants.find((p) => p.name === 'Eero Laine')?.roles).toContain('vice-chair');
  });

  it('reads a weekday in the essive (`torstaina`) as the day, not the place', () => {
    const read = parseMinutes('Kyläyhdistyksen vuosikokous\n\nKokous pidettiin torstaina 15.2.2031 Seurojentalolla.\n\n1. Kokouksen avaus\n\nAvattiin.\n');
    expect(read.date).toBe('2031-02-15');
    expect(read.location ?? '').not.toMatch(/torstaina/u);
  });
});

describe('a terse verdict repeated under two numbered items', () => {
  it('is a decision of each item', () => {
    const text = 'Lautakunnan kokous 2/2031\n\nLäsnä: Aune Kivi, Eero Laine\n\n12 § Talousarvion toteuma\n\nPäätös: Merkittiin tiedoksi.\n\n13 § Kiinteistöjen kuntoarvio\n\nPäätös: Merkittiin tiedoksi.\n';
    expect(parseMinutes(text).decisions.map((d) => d.item)).toEqual(['12', '13']);
  });
});
