import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { toBlocks } from '../../src/parse/to-blocks.js';
import { toTree } from '../../src/parse/to-tree.js';

// Conventions of minutes kept by boards of libraries, villages and schools, supporters' trusts and
// community councils, typed as plain text or exported from Word, PDF and web pages, found missing
// in a tenth round of real English minutes. Each pinned with minutes of our own.

const lines = (text: string) => toBlocks(toTree(text), text);

describe('a bullet line among plain lines of their own', () => {
  it('ends the item at a line at the left margin, which Markdown would take as its lazy continuation', () => {
    const text = 'Approval of the minutes\n- Accepted by consent\nOld Business:\nRoof repair tabled\n';
    expect(lines(text).map((l) => [l.kind, l.text])).toEqual([
      ['paragraph', 'Approval of the minutes'],
      ['listItem', 'Accepted by consent'],
      ['paragraph', 'Old Business:'],
      ['paragraph', 'Roof repair tabled'],
    ]);
  });

  it('reads the sign-off under a last bullet', () => {
    const text = 'Library board\nPresent: Ann Lee, Bob Roe\n- Motion to adjourn; motion carried\nRespectfully submitted,\nBob Roe\n';
    const secretary = parseMinutes(text).participants.find((p) => p.roles.includes('secretary'));
    expect(secretary?.name).toBe('Bob Roe');
  });

  it('keeps a wrapped item whole: a full line without a sentence end, or one that breaks off at a comma', () => {
    const wrapped = '- The board agreed to ask the county engineers for a second\nEstimate of the drainage work before the spring meeting.\n- Next item\n';
    expect(lines(wrapped).map((l) => l.kind)).toEqual(['listItem', 'listItem', 'listItem']);
    const comma = '- Thanks to Ann, Bob,\nCarl and Dora.\n';
    expect(lines(comma).map((l) => l.kind)).toEqual(['listItem', 'listItem']);
  });

  it('keeps the lines under a bullet that ends in a colon as its body', () => {
    expect(lines('- Club rules:\nThe rules were approved.\n').map((l) => l.kind)).toEqual(['listItem', 'listItem']);
  });

  it('keeps the lines under a numbered item as its body', () => {
    expect(lines('3. Adjournment\n7:45 p.m.\n').map((l) => l.kind)).toEqual(['listItem', 'listItem']);
  });

  it('keeps a margin line among numbered entries in the list', () => {
    const text = '1.  Ann Berg, member\n2.  Carl Dahl, member\nEva Fors, deputy\n3.  Gus Holm, member\n';
    expect(lines(text).every((l) => l.kind === 'listItem')).toBe(true);
  });
});

const tasks = (text: string) => parseMinutes(text).actions.map((a) => ({ text: a.text, owners: a.owners }));

describe('the future of reported speech (would) in minutes written in the past tense', () => {
  const head = 'Committee meeting\n\nPresent: Ann Berg, Tom Ash, Sue Cole\n\n1. Events\n\n';

  it('makes a task of what a participant would do', () => {
    const text = `${head}Tom reported on the accounts. TA would get prices from other coach firms.\n\nIt was agreed that Sue would book the hall.\n`;
    expect(tasks(text)).toEqual([
      { text: 'TA would get prices from other coach firms.', owners: ['Tom Ash'] },
      { text: 'It was agreed that Sue would book the hall.', owners: ['Sue Cole'] },
    ]);
  });

  it('makes none of a wish, a state, an opinion, a condition, a question, a speaker\'s own words or a thing', () => {
    const text = `${head}Ann would like to see more events. Tom would be away in May. Sue would also prefer a later date.\n\nIf the grant came through, Ann would hire a band.\n\nWould Tom chair the next meeting?\n\nSue: would rather wait for the quote.\n\nThe fee would rise in spring.\n`;
    expect(tasks(text)).toEqual([]);
  });

  it('reads the Swedish modal as the English one', () => {
    const text = 'Styrelsemöte\n\nNärvarande: Anna Lind, Per Holm\n\n1. Lokal\n\nAnna skulle kontakta kommunen om lokalen.\n\nPer skulle vilja ha fler möten.\n';
    expect(tasks(text)).toEqual([{ text: 'Anna skulle kontakta kommunen om lokalen.', owners: ['Anna Lind'] }]);
  });
});
