import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { readDue } from '../../src/parse/read-due.js';

const en = [vocabularies.en];
const meeting = '2024-03-05'; // a Tuesday

describe('an English season or quarter before a noun', () => {
  it.each([
    ['Draft the Q3 targets', null],
    ['Book the summer fair stalls', null],
    ['Winter tyres for the van', null],
    ['Revise the Q3 brief by Friday', 'by Friday'],
  ])('is its modifier, no time: %s', (text, due) => {
    expect(readDue(text, meeting, en)?.text ?? null).toBe(due);
  });

  it.each([
    ['Repaint the hut by Q3', 'by Q3', '2024-07-01', '2024-09-30'],
    ['Plant the beds in late spring', 'in late spring', '2024-05-01', '2024-05-31'],
    ['Clear the gutters this autumn', 'this autumn', '2024-09-01', '2024-11-30'],
    ['Q3', 'Q3', '2024-07-01', '2024-09-30'],
    ['Summer 2025', 'Summer 2025', '2025-06-01', '2025-08-31'],
  ])('is a time after a word that leads into one, alone in a field or with its year: %s', (text, due, start, end) => {
    expect(readDue(text, meeting, en)).toEqual({ text: due, start, end });
  });
});
