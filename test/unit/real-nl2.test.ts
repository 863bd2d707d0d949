import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found in the second round of reading real Dutch minutes (a knowledge-exchange group of
 * archives, a government working group, a municipal project team, a provincial executive, the
 * annual meetings of two clubs). Every sentence below is written for the test; none is copied.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a Dutch passive whose participle closes the clause', () => {
  it('takes the participle at the clause end, words after the auxiliary, as the decision verb', () => {
    const text = 'Verslag jaarvergadering schaakclub\n\nNa de koffie werden zonder veel discussie de jaarstukken goedgekeurd.\n\nDaarna werd de nieuwe contributie voor volgend seizoen vastgesteld.\n';
    expect(decisions(text)).toEqual([
      'Na de koffie werden zonder veel discussie de jaarstukken goedgekeurd.',
      'Daarna werd de nieuwe contributie voor volgend seizoen vastgesteld.',
    ]);
  });

  it('reads a board member re-elected (`herkozen`) as a decision', () => {
    const text = 'Verslag jaarvergadering schaakclub\n\nDe secretaris en de penningmeester zijn met applaus herkozen.\n';
    expect(decisions(text)).toEqual(['De secretaris en de penningmeester zijn met applaus herkozen.']);
  });

  it('takes no participle that is not the last word of its clause, nor one that is negated', () => {
    const text = 'Verslag jaarvergadering schaakclub\n\nEr werd lang over het goedgekeurde plan van de jeugdcommissie gesproken.\n\nDe begroting werd door de leden helaas niet goedgekeurd.\n';
    expect(decisions(text)).toEqual([]);
  });
});
