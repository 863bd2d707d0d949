import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading a fifth round of real Dutch minutes (issue #12): government technical
 * boards and work groups, a municipal committee's list of decisions, hackerspace members'
 * meetings, a village council, a student team. Every example here is written for the test; none
 * is a line of those minutes.
 */

const nlHead = '# Overleg Fietsroutes 12 mei 2025\n\nAanwezig: Anna de Vries, Bram Jansen, Carla Smit\n\n';

const decisions = (text: string) => parseMinutes(text).decisions;
const actions = (text: string) => parseMinutes(text).actions;

describe('the first part of a shared compound is no name', () => {
  it('gives no owners `Verkeers-` and `Milieu-` to a sentence about the chains', () => {
    const text = `${nlHead}## Ketens\n\nDe Verkeers-, Milieu- en Bouwketen gaat om duizend meldingen per jaar.\n`;
    expect(actions(text).flatMap((a) => a.owners)).toEqual([]);
  });

  it('still gives a task to a person named before the verb', () => {
    const text = `${nlHead}## Ketens\n\nCarla Smit stuurt de cijfers van de keten rond.\n`;
    expect(actions(text).map((a) => a.owners)).toEqual([['Carla Smit']]);
  });
});
