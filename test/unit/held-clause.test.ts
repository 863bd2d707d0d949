import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const header = (text: string) => {
  const m = parseMinutes(text);
  return [m.title, m.date, m.startTime, m.location];
};

describe('the clause of when and where after the name of the meeting', () => {
  it('leaves the title at the name of the meeting and reads the place of a heading that says where it was held', () => {
    expect(header('# Minutes of the Spring General Meeting held on Thursday 9th May 2024 at 8.00pm in the Scout Hut\n\nPresent: Rob Tait\n')).toEqual([
      'Minutes of the Spring General Meeting',
      '2024-05-09',
      '20:00',
      'the Scout Hut',
    ]);
  });

  it('ends a place before the weekday of the date after it', () => {
    expect(header('MINUTES OF THE GARDEN CLUB COMMITTEE\nHeld at the Old School Room on Wednesday 12 June 2024 at 7 p.m.\n\nPresent: Rob Tait\n')).toEqual([
      'MINUTES OF THE GARDEN CLUB COMMITTEE',
      '2024-06-12',
      '19:00',
      'the Old School Room',
    ]);
  });

  it('keeps a title whose held-phrase follows no word of a meeting', () => {
    expect(header('# Notes on work held in common 12 June 2024\n')[0]).toBe('Notes on work held in common');
  });
});

describe('a line wholly in bold over the lines of its paragraph', () => {
  it('heads those lines as a heading would: the next line is a sentence of its own', () => {
    const m = parseMinutes('# Garden club\n\n2024-06-12\n\nPresent: Rob Tait, Una Moss\n\n**Plant sale**\nRob will print the posters by 20 June.\n');
    expect(m.actions.map((a) => [a.owners, a.text])).toEqual([[['Rob Tait'], 'Rob will print the posters by 20 June.']]);
  });

  it('leaves a bold sentence that ends in a stop joined to the lines after it', () => {
    const m = parseMinutes('# Garden club\n\n2024-06-12\n\nPresent: Rob Tait, Una Moss\n\n**The sale is moved to July.**\nRob will print the posters by 20 June.\n');
    expect(m.actions.map((a) => a.owners)).toEqual([['Rob Tait']]);
  });
});
