import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading an eighth round of real Dutch and Flemish minutes (village councils,
 * school councils, church councils, sports clubs; pages exported from web sites, Word and PDF).
 * Every example here is written for the test; none is a line of those minutes.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

describe('an agenda list inside one numbered item is that item\'s notes', () => {
  const text = [
    'Notulen 4-3-2024',
    '',
    'Overleg Buurtraad Lindendorp',
    '',
    'Aanwezig: Kees Mol (voorzitter), Ria Smit, Tom Bos (notulist).',
    '',
    '1. Opening',
    'Kees opent het overleg.',
    '',
    '2. Notulen 5 februari',
    'Goedgekeurd.',
    '',
    '3. Speelveld',
    'Ria heeft een schets gemaakt.',
    '',
    '4. Gesprek met de gemeente',
    '    Agendapunten:',
    '-    Straatverlichting',
    '-    Parkeren bij de school',
    '-    Zwerfvuil',
    '',
    '5. Sluiting',
  ].join('\n');

  it('keeps the numbered items as the agenda, not the points for the talk with the council', () => {
    expect(agenda(text)).toEqual([
      ['1', 'Opening'],
      ['2', 'Notulen 5 februari'],
      ['3', 'Speelveld'],
      ['4', 'Gesprek met de gemeente'],
      ['5', 'Sluiting'],
    ]);
  });

  it('still takes an agenda list above the numbered items that repeat it', () => {
    const listed = [
      'Notulen 4-3-2024',
      '',
      'Agenda:',
      '- Opening',
      '- Speelveld',
      '- Sluiting',
      '',
      '1. Opening',
      'Kees opent het overleg.',
      '',
      '2. Speelveld',
      'Ria heeft een schets gemaakt.',
      '',
      '3. Sluiting',
      'Kees sluit om 21.00 uur.',
    ].join('\n');
    expect(agenda(listed).map(([, title]) => title)).toEqual(['Opening', 'Speelveld', 'Sluiting']);
  });
});
