import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Dutch minutes from public repositories (working groups of
 * government standards bodies, student associations, project teams, a sounding-board meeting
 * converted from PDF). Every sentence below is written for the test; none is copied from them.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((item) => ({ number: item.number, title: item.title }));

describe('a number slipped into one topic heading', () => {
  it('keeps the unnumbered topic headings beside the one numbered heading as items', () => {
    const text = '# Verslag overleg fietsroutes\n\n## Opening\n\nWelkom.\n\n## Presentatie nieuwe kaart\n\nDe kaart wordt getoond.\n\n## 3. Bespreking knelpunten\n\nDrie knelpunten.\n\n## Rondvraag\n\nGeen vragen.\n';
    expect(agenda(text)).toEqual([
      { number: null, title: 'Opening' },
      { number: null, title: 'Presentatie nieuwe kaart' },
      { number: '3', title: 'Bespreking knelpunten' },
      { number: null, title: 'Rondvraag' },
    ]);
  });

  it('still takes a lone numbered heading as the item where no other topic heading stands beside it', () => {
    const text = '# Verslag overleg fietsroutes\n\n## 1. Bespreking knelpunten\n\nDrie knelpunten.\n';
    expect(agenda(text)).toEqual([{ number: '1', title: 'Bespreking knelpunten' }]);
  });
});
