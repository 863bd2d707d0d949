import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Finnish minutes write what the group settles on doing as a passive (the spoken `we`); a time makes it a task. */

const head = '# Kerhon palaveri 4.3.2025\n\nLäsnä: Outi Lahti, Pekka Rinne\n\n';
const read = (body: string) => {
  const meeting = parseMinutes(head + body);
  return { decisions: meeting.decisions.map((d) => d.text), actions: meeting.actions.map((a) => a.text) };
};

describe('a Finnish sentence that opens with a passive', () => {
  it('is a decision of the group when it names no time and no doer', () => {
    expect(read('## Kerhoillat\nSiirretään kerhoillat jatkossa kirjaston kokoushuoneeseen.\n')).toEqual({ decisions: ['Siirretään kerhoillat jatkossa kirjaston kokoushuoneeseen.'], actions: [] });
  });

  it('is a task when it names a time', () => {
    expect(read('## Rekisteri\nPäivitetään jäsenrekisteri 15.4. mennessä.\n')).toEqual({ decisions: [], actions: ['Päivitetään jäsenrekisteri 15.4. mennessä.'] });
  });

  it('settles nothing when it weighs a matter still open', () => {
    expect(read('## Kevätjuhla\nMietitään vielä tarjoilua ja ohjelmaa.\n').decisions).toEqual([]);
  });

  it('stays a task in a list of tasks', () => {
    expect(read('## Tehtävät\n- Tilataan kahvit ja pullat\n')).toEqual({ decisions: [], actions: ['Tilataan kahvit ja pullat'] });
  });
});
