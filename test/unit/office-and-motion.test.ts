import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const board = (body: string) =>
  parseMinutes(`# Board\n\n2024-03-05\n\nPresent: Ann Lee (Chair), Bo Chan (Treasurer), Cy Diaz\n\n## 1. Finance\n\n${body}\n`);

describe('an office that agrees to do a thing', () => {
  it('is the task of the one who holds the office, not a decision of the board', () => {
    const m = board('The Treasurer agreed to renew the insurance.');
    expect(m.decisions).toEqual([]);
    expect(m.actions.map((a) => [a.owners, a.text])).toEqual([[['Bo Chan'], 'The Treasurer agreed to renew the insurance.']]);
  });

  it('is no decision when nobody is named for the office either', () => {
    expect(board('The Secretary agreed to write to the council.').decisions).toEqual([]);
  });

  it('leaves the board agreeing to do a thing a decision', () => {
    expect(board('The board agreed to raise the fee.').decisions.map((d) => d.text)).toEqual(['The board agreed to raise the fee.']);
  });

  it('leaves an office that confirms a thing for the meeting a decision', () => {
    expect(board('The Chair confirmed that a quorum was present.').decisions.map((d) => d.text)).toEqual(['The Chair confirmed that a quorum was present.']);
  });
});

describe('a motion written one field a line', () => {
  it('takes its mover, seconder, count and result as one decision', () => {
    const m = parseMinutes('# Board\n\n2024-04-02\n\n## 2. Budget\n\n**MOTION:** To adopt the budget as presented.\nMoved: Hall\nSeconded: Ortiz\nVote: 4 in favor, 1 opposed.\n**CARRIED**\n');
    expect(m.decisions.map((d) => d.text)).toEqual(['MOTION: To adopt the budget as presented. — CARRIED']);
  });
});

describe('a tally before the verdict it counts', () => {
  it('is no decision of its own when the next sentence of its paragraph decides', () => {
    const m = parseMinutes('# Board\n\n2024-04-02\n\n## 3. Budget\n\nThe budget was presented. Vote: 6 in favour, 1 against. The budget was approved.\n');
    expect(m.decisions.map((d) => d.text)).toEqual(['The budget was approved.']);
  });

  it('reads the German count and verdict as one decision', () => {
    const m = parseMinutes('# Vorstand\n\n02.04.2024\n\n## TOP 3 Satzung\n\nAbstimmung: 6 Ja, 1 Nein, 0 Enthaltungen. Die Satzungsänderung ist damit beschlossen.\n');
    expect(m.decisions.map((d) => d.text)).toEqual(['Die Satzungsänderung ist damit beschlossen.']);
  });

  it('stays a decision when nothing after it decides', () => {
    const m = parseMinutes('# Board\n\n2024-04-02\n\n## 3. Budget\n\nThe budget was presented. Vote: 6 in favour, 1 against.\n');
    expect(m.decisions.map((d) => d.text)).toEqual(['Vote: 6 in favour, 1 against.']);
  });
});
