import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// The order of business of English club, PTA and library minutes: officers' reports and the
// business of the meeting typed a line each, with their notes as a list of points under them.

const titles = (text: string) => parseMinutes(text).agenda.map((a) => a.title);

describe('standing items typed a line each over a list of points', () => {
  const text = [
    'Garden Club Meeting Minutes – March 3, 2031',
    '',
    'The meeting was called to order by Wilma Hatch at 7:05 p.m.',
    '',
    'Approval of Minutes',
    '',
    '  • Motion to accept the February minutes, seconded.  Motion carried.',
    '',
    'Treasurer’s Report',
    '',
    '  • Opening balance $210.40, closing balance $245.90.',
    '  • Seed order paid in full.',
    '',
    "President's Report",
    '',
    '  • The spring plant sale is set for April 12.',
    '',
    'New Business',
    '',
    '  • Volunteers are needed for the compost rota.',
    '',
  ].join('\n');

  it('makes each standing item a topic, whatever its apostrophe', () => {
    expect(titles(text)).toEqual(['Approval of Minutes', 'Treasurer’s Report', "President's Report", 'New Business']);
  });

  it('keeps a line over a list that is no standing item a label of the list, not a topic', () => {
    const plain = 'Garden Club\n\nPresent: Wilma Hatch, Otis Crane\n\nSeed ideas\n\n  • Beans\n  • Kale\n\nTool shed\n\n  • New lock\n\nPaths\n\n  • Gravel\n';
    expect(titles(plain)).toEqual([]);
  });
});
