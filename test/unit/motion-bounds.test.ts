import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Where one motion ends and the next begins in minutes written after Robert's Rules. */

const decisions = (body: string) =>
  parseMinutes(`# Birdwatchers' society business meeting 2025-09-09\n\nPresent: Nora Vale, Otto Brink, Lena Moss\n\n${body}\n`).decisions.map((d) => d.text);

describe('motions worded alike under different reports', () => {
  it('are one decision each: the report heading over each is what it accepts', () => {
    const body = [
      '## Consent agenda',
      '',
      "### Secretary's report",
      '* Motion to accept by Otto',
      '* Seconded by Lena',
      '* Motion passed',
      '',
      "### Treasurer's report",
      '* Motion to accept by Otto',
      '* Seconded by Lena',
      '* Motion passed',
    ].join('\n');
    expect(decisions(body)).toHaveLength(2);
  });

  it('still reads a motion repeated under one heading once', () => {
    const body = ['## New business', '', 'Motion to buy a spotting scope by Otto, seconded by Lena. Motion passed.', '', 'Motion to buy a spotting scope by Otto, seconded by Lena. Motion passed.'].join('\n');
    expect(decisions(body)).toHaveLength(1);
  });
});
