import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// A dash set right before the first name of a list of those present. Invented minutes.

const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles]);

describe('a dash before the first name', () => {
  it('reads the first name after a dash set right before it', () => {
    const text = 'Minutes of the Parish Council 9 February 2025\n\nPresent: –Cllr. Petra Quill (Chair); Cllr. Dev Oakes (Vice Chair); Cllr. Ines Marr\n\n1. Apologies\nNone.\n';
    expect(people(text)).toEqual([['Petra Quill', ['chair']], ['Dev Oakes', ['vice-chair']], ['Ines Marr', []]]);
  });
});
