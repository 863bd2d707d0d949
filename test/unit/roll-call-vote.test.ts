import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { en } from '../../src/lang/en.js';
import { sv } from '../../src/lang/sv.js';
import { rollCallVote } from '../../src/parse/roll-call-vote.js';

/** Votes recorded member by member (`Chen aye, Ek aye`), and motions moved and seconded with no motion phrase. */

const decisions = (body: string) =>
  parseMinutes(`# Township board 2025-05-06\n\nPresent: Tom Smith, Ann Lee, Bob Chen, Dan Ek\n\n## 4. Bills\n\n${body}\n`).decisions.map((d) => d.text);

describe('rollCallVote', () => {
  it('reads the members named with their votes, the ayes outnumbering the nays', () => {
    expect(rollCallVote('Lee second, Chen aye, Ek aye, Smith nay', [en])).toBe('Chen aye');
    expect(rollCallVote('vote Smith aye, Lee aye', [en])).toBe('Smith aye');
    expect(rollCallVote('Anna Berg ja, Erik Lund ja, Per Holm nej', [sv])).toBe('Anna Berg ja');
  });

  it('is none when the nays win, or only one member is named', () => {
    expect(rollCallVote('Chen nay, Ek nay, Smith aye', [en])).toBeNull();
    expect(rollCallVote('Smith aye', [en])).toBeNull();
    expect(rollCallVote('Ann said yes, Bob said no', [en])).toBeNull();
  });
});

describe('a motion whose outcome is a roll call', () => {
  it('is a decision, whether a motion phrase names it or not', () => {
    expect(decisions('Smith made a motion to pay the bills as presented, Lee second, Chen aye, Ek aye, Smith aye.')).toHaveLength(1);
    expect(decisions('Smith motion, Lee second, Chen aye, Ek aye, Smith aye to approve the minutes.')).toHaveLength(1);
  });

  it('is none when it failed', () => {
    expect(decisions('Smith moved to buy a mower, Lee second, Chen nay, Ek nay, Smith aye. Motion failed.')).toEqual([]);
  });
});

describe('a motion made without a motion phrase', () => {
  it('is one when a named member moved and another seconded', () => {
    expect(decisions('Smith moved, Lee seconded, to table the request until May.')).toHaveLength(1);
    expect(decisions('A motion was made by Smith and seconded by Lee to approve the minutes.')).toHaveLength(1);
  });

  it('is none when nobody is named as moving', () => {
    expect(decisions('The minute takers did not record who moved or seconded this motion.')).toEqual([]);
  });
});

describe('a count of votes right after the word for the decision', () => {
  const german = (body: string) =>
    parseMinutes(`# Vorstandssitzung 4. März 2025\n\nAnwesend: Jana Roth, Felix Maier\n\n## TOP 1 Finanzen\n\n${body}\n`).decisions.map((d) => d.text);

  it('makes the entry a decision (`Beschluss 5:0:0`)', () => {
    expect(german('- Antrag auf einen Zuschuss für das Sommerfest der Jugendgruppe, Beschluss 5:0:0')).toHaveLength(1);
    expect(decisions('- New fence for the allotments, decision 4-1')).toHaveLength(1);
  });

  it('is no count when a clock reads it or the word stands apart', () => {
    expect(german('- Wir sehen uns am 3.5. um 18:00, Entscheidung bis dahin offen')).toEqual([]);
    expect(decisions('- A decision about the fence is expected in 6-8 weeks')).toEqual([]);
  });
});

describe('a count of three votes in a decision', () => {
  it('makes it one wherever the word for the decision stands before it', () => {
    expect(
      parseMinutes('# Vorstandssitzung 4. März 2025\n\nAnwesend: Jana Roth, Felix Maier\n\n## TOP 1 Finanzen\n\n- Zuschuss für das Sommerfest der Jugendgruppe: 200 Euro laut Beschluss des Vorstands (5:0:0)\n').decisions,
    ).toHaveLength(1);
  });
});
