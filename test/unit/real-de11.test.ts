import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real German and Austrian minutes of kinds not read before (municipal
 * councils' records exported from Word or PDF, an advisory council's printed minutes, fire
 * brigades' and school associations' annual meetings, a youth council). Every example here is
 * written for the test; none is a line of those minutes.
 */

describe('a word broken by a hyphen at the end of a line', () => {
  it('is read whole, so the sentence it closes reads as written', () => {
    const text = [
      'Protokoll der Sitzung des Lindenvereins',
      '',
      'Der Haushaltsplan für das kommende Jahr wird nach kurzer Aussprache ein-',
      'stimmig beschlossen.',
      '',
    ].join('\n');
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['Der Haushaltsplan für das kommende Jahr wird nach kurzer Aussprache einstimmig beschlossen.']);
  });

  it('keeps the hyphen of two compounds sharing their tail (`Bau- und`)', () => {
    const text = [
      'Protokoll der Sitzung des Lindenvereins',
      '',
      'Der Entwurf wird nach der Abstimmung mit dem Bau-',
      'und Planungsausschuss einstimmig beschlossen.',
      '',
    ].join('\n');
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['Der Entwurf wird nach der Abstimmung mit dem Bau- und Planungsausschuss einstimmig beschlossen.']);
  });
});
