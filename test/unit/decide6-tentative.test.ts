import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const DE = '# Vorstandssitzung\n\nDatum: 05.03.2024\nAnwesend: Greta Lindner, Oskar Feld, Ida Sommer\n\n';
const EN = '# Committee meeting\n\nDate: 2024-03-05\nPresent: Nora Quill, Tobias Reed, Mina Fox\n\n';
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('decide6: tentative dates', () => {
  it('takes a date the board settles on for now as a decision', () => {
    expect(decisions(`${DE}## TOP 6 Sommerfest\n\nAls Termin wird Freitag, der 12.7., ins Auge gefasst.\n`)).toEqual(['Als Termin wird Freitag, der 12.7., ins Auge gefasst.']);
  });

  it('takes a date set tentatively, or one to be confirmed at a later meeting, as settled for now', () => {
    expect(decisions(`${EN}## 4. Autumn fair\n\n- The autumn fair was tentatively set for 19 October.\n`)).toEqual(['The autumn fair was tentatively set for 19 October.']);
    expect(decisions(`${EN}## 5. Annual meeting\n\n- Annual meeting: 2 November, to be confirmed at the September meeting\n`)).toHaveLength(1);
  });

  it('takes no date still to be found', () => {
    expect(decisions(`${EN}## 4. Autumn fair\n\n- Venue still to be confirmed.\n`)).toEqual([]);
  });
});
