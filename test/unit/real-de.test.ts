import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real German minutes from public repositories (associations, student
 * councils, a parish support club, student software teams, a free-software group). Every example
 * here is written for the test, in the layout those minutes use, not copied from them.
 */

const people = (text: string) => parseMinutes(text).participants.map((p) => p.name);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a numbered list after a section of names', () => {
  const text = '# Vorstandssitzung 2024-03-07\n\n## Teilnehmende\n\n- Karla Menge\n- Otto Brandt\n\nDer Vorstand ist beschlussfähig.\n\n1. Protokolle:\n\n    Das Protokoll der letzten Sitzung wird angenommen.\n\n2. Kasse\n    - Kontostand: 120 €\n';

  it('ends the names: the numbered items are what the meeting went through, not more people', () => {
    expect(people(text)).toEqual(['Karla Menge', 'Otto Brandt']);
  });

  it('leaves the sentences inside the numbered items to be read, so their decisions are found', () => {
    expect(decisions(text)).toEqual(['Das Protokoll der letzten Sitzung wird angenommen.']);
  });

  it('still reads a numbered list of names that starts the section', () => {
    expect(people('## Anwesend\n\n1. Karla Menge\n2. Otto Brandt\n\n## 1. Begrüßung\n\nKarla begrüßt alle.\n')).toEqual(['Karla Menge', 'Otto Brandt']);
  });
});
