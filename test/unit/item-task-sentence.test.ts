import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const tasks = (items: string[], lang = 'Present: Ann Lee, Bo Chan, Kim Vos') =>
  parseMinutes(['# Parents committee 3 March 2025', '', lang, '', '## Notes', '', ...items.map((item) => `- ${item}`)].join('\n')).actions.map((a) => [a.owners, a.text]);

describe('a task in a list entry of several sentences', () => {
  it('is the sentence that holds it, not the whole entry', () => {
    expect(tasks(['Finances: two small bills are still open. The school turns ten next year. Bo will check what a party costs.'])).toEqual([
      [['Bo Chan'], 'Bo will check what a party costs.'],
    ]);
  });

  it('keeps the sentence before it where the task points back to it', () => {
    expect(tasks(['Paper recycling: the container is emptied once a month now. Kim will ask the council about it.'])).toEqual([
      [['Kim Vos'], 'Paper recycling: the container is emptied once a month now. Kim will ask the council about it.'],
    ]);
    expect(tasks(['Oud papier: de container gaat naar 1x per maand. De school heeft geen ruimte. Kim gaat dit navragen bij de gemeente.'], 'Aanwezig: Ann Lee, Bo Chan, Kim Vos')).toEqual([
      [['Kim Vos'], 'De school heeft geen ruimte. Kim gaat dit navragen bij de gemeente.'],
    ]);
  });

  it('keeps what follows the task: its status, its deadline', () => {
    const m = parseMinutes(['# Parents committee 3 March 2025', '', 'Present: Ann Lee, Bo Chan, Kim Vos', '', '## Notes', '', '- The water bill is high. Bo will check the meter. Completed.', '- The hall is double-booked. Ann will call the vicar. Deadline: 12 May 2025.'].join('\n'));
    expect(m.actions.map((a) => [a.text, a.status, a.due?.end ?? null])).toEqual([
      ['Bo will check the meter. Completed.', 'done', null],
      ['Ann will call the vicar. Deadline: 12 May 2025.', 'open', '2025-05-12'],
    ]);
  });

  it('keeps the sentence before a task that says too little alone or points back with a word that is also an article', () => {
    expect(tasks(['Plant sale: tables are short. Six more must come from the school. Bo will.'])).toEqual([[['Bo Chan'], 'Six more must come from the school. Bo will.']]);
    expect(tasks(['Financiën: de kas klopt niet. De huur moet naar de leden. Kim regelt het.'], 'Aanwezig: Ann Lee, Bo Chan, Kim Vos')).toEqual([
      [['Kim Vos'], 'De huur moet naar de leden. Kim regelt het.'],
    ]);
  });

  it('goes back over every sentence that leans on the one before, and keeps a question the task answers', () => {
    expect(tasks(['Outstanding: the hall keys were returned. New pads for the defibrillator came. This was checked. Kim to reply.'])).toEqual([
      [['Kim Vos'], 'New pads for the defibrillator came. This was checked. Kim to reply.'],
    ]);
    expect(tasks(['Outstanding: new pads for the defibrillator came. However, Bo said they were not needed. This was checked. Kim to reply.'])).toEqual([
      [['Kim Vos'], 'Outstanding: new pads for the defibrillator came. However, Bo said they were not needed. This was checked. Kim to reply.'],
    ]);
    expect(tasks(['Web shop: sales are slow. Should we keep the current vendor? Ann to check the contract terms.'])).toEqual([
      [['Ann Lee'], 'Should we keep the current vendor? Ann to check the contract terms.'],
    ]);
  });

  it('keeps an entry whose first sentence is the task whole, its notes after it', () => {
    expect(tasks(['Ann will book the hall. It costs 50 euros.'])).toEqual([[['Ann Lee'], 'Ann will book the hall. It costs 50 euros.']]);
  });

  it('does not end a sentence at a form of address', () => {
    expect(tasks(['Childcare was raised again. Ms. Lee to ask the school about its insurance.'])).toEqual([
      [['Ann Lee'], 'Ms. Lee to ask the school about its insurance.'],
    ]);
  });
});
