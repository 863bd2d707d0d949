import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Two people as the subject take the plural of the verb: what they report is no task, as it is not for one. */

const tasks = (text: string) => parseMinutes(text).actions.map((a) => `${a.owners.join('+')}: ${a.text}`);

describe('reports in the plural', () => {
  it('Dutch: bedanken, melden', () => {
    const text = ['# Bestuursvergadering', '', 'Aanwezig: Carla Kok, Bernadette Smit, Piet de Vries', '', '1. Mededelingen', '', 'Carla en Bernadette bedanken ons voor de cadeaus.', '', 'Carla en Piet melden dat de kas klopt.', '', 'Bernadette en Piet gaan de zaal boeken.', ''].join('\n');
    expect(tasks(text)).toEqual(['Bernadette Smit+Piet de Vries: Bernadette en Piet gaan de zaal boeken.']);
  });

  it('German: informieren', () => {
    const text = ['# Vorstandssitzung', '', 'Anwesend: Anna Weber, Jonas Koch, Lena Braun', '', 'TOP 1 Berichte', '', 'Jonas und Lena informieren über den Kassenstand.', '', 'Anna und Lena kümmern sich um die Getränke.', ''].join('\n');
    expect(tasks(text)).toEqual(['Anna Weber+Lena Braun: Anna und Lena kümmern sich um die Getränke.']);
  });
});
