import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real German minutes of kinds not read before (parish councils, municipal
 * councils, a Freifunk group, a society's board). Every example here is written for the test; none
 * is a line of those minutes.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const names = (text: string) => parseMinutes(text).participants.map((p) => p.name);

describe('a finding stated after the list of those present', () => {
  it('reads `Die Sitzung ist beschlussfähig.` under `## Anwesend` as a decision, the names as people', () => {
    const text = '# Vorstandssitzung Gartenfreunde e.V.\n\n## Anwesend\n\n- Anna Berg\n- Karl Roth\n\nDie Sitzung ist beschlussfähig.\n\n## Tagesordnung\n\n1. Kasse\n';
    expect(decisions(text)).toEqual(['Die Sitzung ist beschlussfähig.']);
    expect(names(text)).toEqual(['Anna Berg', 'Karl Roth']);
  });

  it('reads `Quorum was present.` under `## Attendees` the same way', () => {
    const text = '# Board meeting\n\n## Attendees\n\n- Anna Berg\n- Karl Roth\n\nQuorum was present.\n\n## Agenda\n\n1. Budget\n';
    expect(decisions(text)).toEqual(['Quorum was present.']);
  });

  it('still reads a sentence of names under the heading as people, not as a finding', () => {
    const text = '# Vorstandssitzung Gartenfreunde e.V.\n\n## Anwesend\n\nAnna Berg, Karl Roth und Eva Stein.\n\n## Tagesordnung\n\n1. Kasse\n';
    expect(decisions(text)).toEqual([]);
    expect(names(text)).toEqual(['Anna Berg', 'Karl Roth', 'Eva Stein']);
  });
});
