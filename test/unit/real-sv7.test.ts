import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Swedish minutes of kinds not read before (annual meetings of
 * allotment and road associations and of local heritage societies, an EU programme's decision
 * group, a municipal committee). Every example here is written for the test; none is a line of
 * those minutes.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);


describe('a numbered minute that records its outcome without a full stop', () => {
  const text = 'Årsmöte Ekbackens koloniförening 2024-03-10\n\n§1 Ordföranden Eva Lund hälsade alla välkomna\n\n§2 Till mötesordförande valdes Per Ek\n\n§3 Verksamhetsberättelsen lästes upp och godkändes (se bilaga)\n\n§4 Val av revisorer\n\nOmval av Ida Berg.\n';

  it('reads `§2 Till mötesordförande valdes Per Ek` and a line closed by a bracket as decisions', () => {
    const found = decisions(text);
    expect(found.some((d) => d.includes('Till mötesordförande valdes Per Ek'))).toBe(true);
    expect(found.some((d) => d.includes('Verksamhetsberättelsen lästes upp och godkändes'))).toBe(true);
  });

  it('leaves a title that names a topic with a noun (`Val av revisorer`), and one with nothing decided', () => {
    const found = decisions(text);
    expect(found.some((d) => d.startsWith('§4') || d === 'Val av revisorer')).toBe(false);
    expect(found.some((d) => d.includes('hälsade alla välkomna'))).toBe(false);
  });

  it('leaves a title without a full stop in an agenda list', () => {
    const agendaList = 'Kallelse till årsmöte 2024-03-10\n\nDagordning\n\n1. Mötets öppnande\n2. Dagordningen fastställs\n3. Val av revisorer\n';
    expect(decisions(agendaList)).toEqual([]);
  });
});
