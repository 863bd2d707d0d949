import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { closingVerdict } from '../../src/parse/decision-votes.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const en = [vocabularies.en];

describe('a verdict with a note in parentheses after it', () => {
  it('is the verdict still (`– carried (Cllrs OC, AS abstained)`)', () => {
    expect(closingVerdict('Minutes of 7 September – carried (Cllrs OC, AS abstained)', en)).toBe('carried');
    expect(closingVerdict('Items for the confidential session – 11.4 staffing – agreed (Cllr RB abstained).', en)).toBe('agreed');
    expect(closingVerdict('New logo – approved (5-1)', en)).toBe('approved');
  });

  it('is no verdict where the words before the note decide nothing', () => {
    expect(closingVerdict('The clerk read the letter (see the appendix)', en)).toBeNull();
    expect(closingVerdict('Ann reported on the funds carried over from last year (page 3)', en)).toBeNull();
    // Another body's verdict with a note that tells no vote is reported, no decision of the meeting's.
    expect(closingVerdict('25/0412 Rose Cottage, rear extension – approved by the district (notice dated 12 May)', en)).toBeNull();
    expect(closingVerdict('25/0470 The Forge, new barn – approved (see report)', en)).toBeNull();
  });

  it('records the decision in the minutes', () => {
    const m = parseMinutes('Minutes of the Village Council meeting held on 4 March 2025\n\nPresent: Cllr Ann Lee (Chair), Cllr Bo Chan\n\n1. Minutes of the last meeting – carried (Cllr Chan abstained)\n\n2. Footpaths\n\nThe clerk read the letter (see the appendix).\n');
    expect(m.decisions.map((d) => d.text)).toEqual(['Minutes of the last meeting – carried (Cllr Chan abstained)']);
  });
});
