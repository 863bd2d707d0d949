import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const EN = 'Date: 2023-04-12\nAttendees: Priya Natarajan, Oskar Lund\n\n';
const NL = 'Datum: 12-04-2023\nAanwezig: Femke de Wit, Ruud Brink\n\n';
const SV = 'Datum: 2023-04-12\nNärvarande: Hedda Nyqvist, Olle Dahl\n\n';

const tasks = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text]);

describe('findActions: questions and topics are no tasks', () => {
  it('takes no question under an actions heading for a task, but keeps a task a question follows', () => {
    const text = `${EN}## Actions\n\n- how long are the sensor logs kept?\n- Oskar will ask the host. Can we stay until ten?\n- Priya to order the banners\n`;
    expect(tasks(text)).toEqual([
      [['Oskar Lund'], 'Oskar will ask the host. Can we stay until ten?'],
      [['Priya Natarajan'], 'Priya to order the banners'],
    ]);
  });

  it('takes an entry with entries of its own under an actions heading for their topic, unless it is someone\'s or only has examples', () => {
    const text = `${EN}## Actions\n\n1. Help needed\n    - Garden beds\n        - buy two bags of compost\n    - Oskar will sort the seed packets\n        - the old ones go to the library\n    - Repaint the shed\n        - e.g. the green from last year\n`;
    expect(tasks(text)).toEqual([
      [[], 'buy two bags of compost'],
      [['Oskar Lund'], 'Oskar will sort the seed packets'],
      [[], 'the old ones go to the library'],
      [[], 'Repaint the shed'],
    ]);
  });

  it('takes no sentence that reports a question for a task, in Dutch, Swedish and English', () => {
    expect(tasks(`${NL}De vraag was hoe de sleutels verdeeld zullen worden. Ruud zal de sleutels verdelen.`)).toEqual([
      [['Ruud Brink'], 'Ruud zal de sleutels verdelen.'],
    ]);
    expect(tasks(`${SV}Frågan är om lokalen ska bokas för hela dagen. Olle ska boka lokalen.`)).toEqual([
      [['Olle Dahl'], 'Olle ska boka lokalen.'],
    ]);
    expect(tasks(`${EN}The question is whether the stall will be run by volunteers. Priya will draft a rota.`)).toEqual([
      [['Priya Natarajan'], 'Priya will draft a rota.'],
    ]);
  });
});
