import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * English councils set a resolution's wording out as a `that`-clause after its formula: under who
 * moved it and how the vote went (`Proposed by ... seconded by ...` / `CARRIED` / `THAT ...`), or
 * under `Resolved (mover / seconder)` with the result after it. The clause is what was decided.
 */

const decisions = (body: string) =>
  parseMinutes(`# Millbrook Village Council 2025-03-04\n\nPresent: Cllr A Penrose, Cllr B Quayle, Cllr C Rudd\n\n## 3. Minutes of the last meeting\n\n${body}\n`).decisions.map((d) => d.text);

describe('the wording of a motion after its record', () => {
  it('is the decision, with the result, when the record states no clause of its own', () => {
    const found = decisions('Resolution No. MVC/12/25\nProposed by Cllr A Penrose and seconded by Cllr B Quayle.\nCARRIED: Unanimous.\nTHAT THE MINUTES OF THE MEETING OF 4 FEBRUARY BE SIGNED AS A TRUE RECORD.');
    expect(found).toEqual(['THAT THE MINUTES OF THE MEETING OF 4 FEBRUARY BE SIGNED AS A TRUE RECORD — CARRIED: Unanimous.']);
  });

  it('goes on over the lines of its paragraph until it ends in a stop', () => {
    const found = decisions('Proposed by Cllr C Rudd and seconded by Cllr A Penrose.\nCARRIED: 5 for 1 against.\nTHAT THE COUNCIL BUYS TWO NEW BENCHES FOR THE GREEN\nAND PLANTS BULBS ALONG THE PATH.');
    expect(found).toEqual(['THAT THE COUNCIL BUYS TWO NEW BENCHES FOR THE GREEN AND PLANTS BULBS ALONG THE PATH — CARRIED: 5 for 1 against.']);
  });

  it('leaves a motion that states its own clause as it is', () => {
    const found = decisions('It was proposed by Cllr B Quayle and seconded by Cllr C Rudd that the hall fee stays at ten pounds. Carried.\nThat decision will be reviewed in May.');
    expect(found.some((text) => text.startsWith('That decision'))).toBe(false);
  });
});

describe('a clause under `Resolved` and the movers', () => {
  it('is the decision, and the result naming `the motion` after it is no decision of its own', () => {
    const found = decisions('2025/041\n\nResolved (Cr Ann Penrose / Cr Bo Quayle)\n\nThat the minutes of the meeting held on 4 February 2025 be confirmed.\n\nThe Motion on being put to the meeting was carried unanimously.\n\nCarried');
    expect(found).toEqual(['That the minutes of the meeting held on 4 February 2025 be confirmed.']);
  });

  it('does not make a clause of a sentence opening with `That` under a heading of decisions', () => {
    const minutes = parseMinutes('# Reading group 2025-03-04\n\n**Decision:**\n\n* Ask members to bring a second book to swap\n* That way everyone leaves with something new\n');
    expect(minutes.decisions.map((d) => d.text)).toContain('Ask members to bring a second book to swap');
  });
});
