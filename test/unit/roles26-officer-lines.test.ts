import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// An office and its holder on a line of their own in the header. Invented minutes.

const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles]);

describe('an office and its holder on a line of their own', () => {
  it('gives the listed person the office, in Finnish and English', () => {
    const fi = '# Hallituksen kokous 9.2.2025\n\nLäsnä: Aila Pelkonen, Onni Rautio, Veera Salo\n\nPuheenjohtaja Aila Pelkonen\nSihteeri Onni Rautio\n\n## 1. Avaus\nKokous avattiin.\n';
    expect(people(fi)).toEqual([['Aila Pelkonen', ['chair']], ['Onni Rautio', ['secretary']], ['Veera Salo', []]]);
  });

  it('names no one who is not listed: a heading is no officer', () => {
    const text = '# Board meeting 9 February 2025\n\nPresent: Petra Quill, Dev Oakes\n\n## Chair Report\nFine.\n\nSecretary Update\n';
    expect(people(text)).toEqual([['Petra Quill', []], ['Dev Oakes', []]]);
  });
});
