import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Rules found by writing Dutch, Swedish and German association minutes in layouts the corpus lacks (test/accuracy/probe). */

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('attendance lines are never tasks', () => {
  it('leaves an attendance line under a bold title, in the same paragraph, out of the actions', () => {
    const text = '**Vergadering van de tuinclub, 4 april 2024**\nAanwezig: Mirjam Kok (voorzitter), Ties Haan, Lieke Ploegmaker, Wout Brandt\n\nTies belt de loodgieter.\n';
    expect(actions(text)).toEqual([{ owners: ['Ties Haan'], text: 'Ties belt de loodgieter.' }]);
  });

  it('reads a surname that ends like a Dutch verb (-t) as the rest of the name, not as its verb', () => {
    const text = 'Aanwezig: Mirjam Kok, Ties Haan, Lieke Ploegmaker, Wout Brandt\n\n1. Opening\n\nDe notulen zijn gelezen door Mirjam Kok, Wout Brandt en Ties.\n';
    expect(actions(text)).toEqual([]);
  });
});
