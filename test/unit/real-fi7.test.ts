import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Finnish minutes of kinds not read before (a lake association, hunting
 * clubs and their elk sections, a student nation's board, a local heritage society, a parish
 * council, sections of municipal records). Every example here is written for the test; none is a
 * line of those minutes.
 */

const people = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, roles: p.roles }));
const names = (text: string) => parseMinutes(text).participants.map((p) => p.name);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));
const agenda = (text: string) => parseMinutes(text).agenda.map((a) => ({ number: a.number, title: a.title }));

describe('a title that names the meeting by a compound of a meeting word', () => {
  it('reads `Yleinen kesäkokous 2023` (kesä + kokous) on the first line as the title', () => {
    const text = 'Yleinen kesäkokous 2023\n\nAika: 12.8.2023 klo 14.00\n\n1. Kokouksen avaus\n\nKokous avattiin.\n';
    expect(parseMinutes(text).title).toMatch(/^Yleinen kesäkokous/u);
  });

  it('reads no title from a first line that only holds a word beginning like one (`Kokousaika muuttui`)', () => {
    const text = 'Kokousaika muuttui viime viikolla, joten tapaamme nyt.\n\nAino Lehto lähettää kutsun.\n';
    expect(parseMinutes(text).title).toBeNull();
  });

  it('takes the fuller heading below a page title that it repeats (`Vuosikokous 2024` / `KYLÄSEURAN VUOSIKOKOUS 2024`)', () => {
    const text = 'Vuosikokous 2024\n\nKYLÄSEURAN VUOSIKOKOUS 2024\n\nAika: 5.5.2024 klo 18.00\n\n1. Kokouksen avaus\n\nKokous avattiin.\n';
    expect(parseMinutes(text).title).toMatch(/^KYLÄSEURAN VUOSIKOKOUS/u);
  });

  it('keeps the first line when the line below says something else', () => {
    const text = 'Vuosikokous 2024\n\nKyläseura ry\n\nAika: 5.5.2024 klo 18.00\n\n1. Kokouksen avaus\n\nKokous avattiin.\n';
    expect(parseMinutes(text).title).toMatch(/^Vuosikokous/u);
  });
});
