import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// The Dutch label of those present in its adjective form. Invented minutes.

const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles]);

describe('the Dutch adjective before a list of those present', () => {
  it('reads the members under `Aanwezige bestuursleden:`', () => {
    const text = 'Verslag bestuursvergadering 9 februari 2025\n\nAanwezige bestuursleden:\nMarit van Dijk (voorzitter)\nJoost Brink (secretaris)\n\nGast: Wim Kok\n\n1. Opening\n';
    expect(people(text)).toEqual([['Marit van Dijk', ['chair']], ['Joost Brink', ['secretary']], ['Wim Kok', []]]);
  });
});
