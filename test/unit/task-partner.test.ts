import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** A subject does the task together with a partner named after `samen met` / `together with`: both own it. */

const tasks = (text: string) => parseMinutes(text).actions.map((a) => `${a.owners.join('+')}: ${a.text}`);

describe('a partner in the task', () => {
  it('adds the participant named after the words for `together with`', () => {
    const nl = ['# Bestuursvergadering', '', 'Aanwezig: Denise Kok, Sandra Smit, Piet de Vries', '', '1. Borrel', '', 'Denise gaat de borrel samen met Sandra regelen.', ''].join('\n');
    expect(tasks(nl)).toEqual(['Denise Kok+Sandra Smit: Denise gaat de borrel samen met Sandra regelen.']);
    const en = ['# Committee meeting', '', 'Present: Ann Lee, Bo Chan, Cy Dee', '', '1. Hall', '', 'Ann will book the hall together with Bo Chan.', ''].join('\n');
    expect(tasks(en)).toEqual(['Ann Lee+Bo Chan: Ann will book the hall together with Bo Chan.']);
    const sv = ['# Styrelsemöte', '', 'Närvarande: Olle Berg, Eva Lind', '', '§ 1 Fest', '', 'Olle ordnar grillen tillsammans med Eva.', ''].join('\n');
    expect(tasks(sv)).toEqual(['Olle Berg+Eva Lind: Olle ordnar grillen tillsammans med Eva.']);
  });

  it('adds a person the minutes name though not present, but no office and no word after the name', () => {
    const text = ['# Bestuursvergadering', '', 'Aanwezig: Denise Kok, Piet de Vries', '', '1. Zaal', '', 'Piet boekt de zaal samen met de penningmeester.', '', 'Gert heeft hulp aangeboden. Denise regelt de muziek samen met Gert.', ''].join('\n');
    expect(tasks(text)).toEqual(['Piet de Vries: Piet boekt de zaal samen met de penningmeester.', 'Denise Kok+Gert: Denise regelt de muziek samen met Gert.']);
  });
});
