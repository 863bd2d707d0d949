import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** The place a sentence of holding names, and words after the verb that open no place. Every example is written for the test. */

const place = (text: string) => parseMinutes(text).location;

describe('a verb of holding followed by no place gives no location', () => {
  it('reads no place from `as part of`, `by the ...`, `after ...`', () => {
    expect(place('Hill Cycling Club\n\nOur annual general meeting was held as part of the club night on 3 March 2026.\n\nPresent: Ann Lee, Bo Chan\n')).toBeNull();
    expect(place('Notes, 3 March 2026\n\nThe review meeting will be convened by the Parks Department on 12 April.\n')).toBeNull();
    expect(place('Residents meeting, 3 March 2026\n\nA residents meeting is being held after the next council meeting for feedback.\n')).toBeNull();
    expect(place('Vereinssitzung, 3. März 2026\n\nDie Sitzung fand als Teil des Sommerfests statt.\n')).toBeNull();
  });

  it('still reads a place or a means after the verb', () => {
    expect(place('Hill Cycling Club\n\nThe committee meeting was held at the Oak Room, Mill Street, on 3 March 2026.\n')).toBe('the Oak Room, Mill Street');
    expect(place('Foundation board\n\nThe meeting was held by videoconference on 3 March 2026.\n')).toContain('videoconference');
  });
});
