import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en.js';
import { delegationOnly } from '../../src/parse/action-delegation.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));
const anyone = (): boolean => true;

describe('delegationOnly: a delegation with no object of its own', () => {
  it('reads owners, `to` and a verb of taking a matter in hand, or one verb whose object is left out', () => {
    expect(delegationOnly('RT to arrange.', ['RT'], [en], anyone)).toBe(true);
    expect(delegationOnly('RT & PW to follow up', ['RT', 'PW'], [en], anyone)).toBe(true);
    expect(delegationOnly('Secretary to action', ['Secretary'], [en], anyone)).toBe(true);
    expect(delegationOnly('PW to order.', ['PW'], [en], anyone)).toBe(true);
  });

  it('is no delegation when the task names its own object or nobody', () => {
    expect(delegationOnly('RT to arrange the quiz night.', ['RT'], [en], anyone)).toBe(false);
    expect(delegationOnly('To arrange.', [], [en], anyone)).toBe(false);
  });
});

describe('findActions: a delegation hands on the matter stated before it', () => {
  it('makes the sentence before it, in the same paragraph, the task of its owners', () => {
    const text = 'Present: Rosa Tamm, Piet Wolde\n\nThe stage curtains are torn and need mending. RT to arrange.\n';
    expect(actions(text)).toEqual([{ owners: ['Rosa Tamm'], text: 'The stage curtains are torn and need mending. RT to arrange.' }]);
  });

  it('adds nothing where the sentence before it is a task already, save its owners', () => {
    const text = 'Present: Rosa Tamm, Piet Wolde\n\n4. Noticeboard. Secretary to put the rota on the noticeboard. Secretary to action\n';
    const found = actions(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toContain('Secretary to put the rota on the noticeboard.');
    expect(found[0]?.text).not.toContain('to action');
  });

  it('keeps a task of its own for other owners, and a delegation with no sentence before it', () => {
    const text = 'Present: Rosa Tamm, Piet Wolde\n\nRosa to book the van. Piet to drive.\n\n(Piet to revise)\n';
    expect(actions(text).map((a) => a.owners)).toEqual([['Rosa Tamm'], ['Piet Wolde'], ['Piet Wolde']]);
  });
});

describe('delegationOnly: the infinitive mark comes from the vocabulary', () => {
  it('finds no delegation in a language whose vocabulary writes no infinitive mark', () => {
    const noMark = { ...en, infinitiveMarks: [] };
    expect(delegationOnly('RT to arrange.', ['RT'], [noMark], anyone)).toBe(false);
    expect(delegationOnly('RT to arrange.', ['RT'], [en], anyone)).toBe(true);
  });
});
