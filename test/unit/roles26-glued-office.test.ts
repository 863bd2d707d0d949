import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// An office glued to its holder's name by a hyphen, and the vice chairman. Invented minutes.

const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles]);

describe('an office glued to the name by a hyphen', () => {
  it('reads the office and keeps a double surname whole', () => {
    const text = 'Minutes of the Parish Council 9 February 2025\n\nPresent: Petra Quill-Chairman (PQ), Ines Marr-Lowe (IML), Dev Oakes-Vice Chairman (DO) and Tove Ek (TE).\n\n1. Apologies\nNone.\n';
    expect(people(text)).toEqual([['Petra Quill', ['chair']], ['Ines Marr-Lowe', []], ['Dev Oakes', ['vice-chair']], ['Tove Ek', []]]);
  });

  it('reads a vice chairman as the vice chair, not the chair', () => {
    const text = 'Minutes of the Parish Council 9 February 2025\n\nPresent: Cllr Petra Quill (Chairman), Cllr Dev Oakes (Vice Chairman), Cllr Ines Marr\n';
    expect(people(text)).toEqual([['Petra Quill', ['chair']], ['Dev Oakes', ['vice-chair']], ['Ines Marr', []]]);
  });
});

describe('an office with a hyphen of its own glued to the name', () => {
  it('splits at the first hyphen whose rest is the office', () => {
    const text = '# Committee meeting\n\nDate: 2026-05-11\nPresent: Ann Lee, Bo Chan-Vice-Chair, Dee Fox, Eli Park-Co-Chair\n';
    expect(people(text)).toEqual([['Ann Lee', []], ['Bo Chan', ['vice-chair']], ['Dee Fox', []], ['Eli Park', ['chair']]]);
  });
});
