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
