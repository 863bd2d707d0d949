import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { mayTellAttendance } from '../../src/parse/line-hints.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// The header readers pass over lines that cannot hold what they look for: each test a line must pass
// is a necessary condition, so what they read must stay what it was.

describe('lines passed over by the header readers', () => {
  const vocabs = [vocabularies.en, vocabularies.sv];

  it('tells a line that may say who attended from one that cannot', () => {
    expect(mayTellAttendance('Present were Tilda Wren and Oskar Vale.', vocabs)).toBe(true);
    // A phrase of absence is found by its last word (`unable to attend`), a Swedish one as well (`anmält förhinder`).
    expect(mayTellAttendance('Mira Holt was unable to attend.', vocabs)).toBe(true);
    expect(mayTellAttendance('Ivar Lund hade anmält förhinder.', vocabs)).toBe(true);
    expect(mayTellAttendance('The hedges are to be trimmed in May.', vocabs)).toBe(false);
  });

  it('still reads attendance told in the preamble, wrapped or closing its sentence', () => {
    const told = parseMinutes('# Garden club\n\nThe meeting opened at 7 pm. Present: Members\nTilda Wren, Oskar Vale, Mira Holt.\n\n## 1. Hedges\n\nThe hedges are to be trimmed in May.\n');
    expect(told.participants.map((p) => p.name)).toEqual(['Tilda Wren', 'Oskar Vale', 'Mira Holt']);
    const closing = parseMinutes('# Garden club\n\nTilda Wren, Oskar Vale and Mira Holt were present. Ivar Lund was absent.\n');
    expect(closing.participants.map((p) => [p.name, p.present])).toEqual([['Tilda Wren', true], ['Oskar Vale', true], ['Mira Holt', true], ['Ivar Lund', false]]);
  });

  it('reads a label of people without its colon before a name, and a time before its label, but no label in a line of prose', () => {
    const bare = parseMinutes('# Garden club\n\nMembers present Tilda Wren, Oskar Vale\n\nThe hedges are to be trimmed in May.\n');
    expect(bare.participants.map((p) => p.name)).toEqual(['Tilda Wren', 'Oskar Vale']);
    const timed = parseMinutes('# Puutarhakerho\n\nPäivämäärä: 4.5.2026\n\n18.05 alkoi\n\nAidat leikataan toukokuussa.\n', { language: 'fi' });
    expect(timed.startTime).toBe('18:05');
    const prose = parseMinutes('# Garden club\n\nPresent: Tilda Wren\n\nMembers present their ideas for the hedges in turn.\n');
    expect(prose.participants.map((p) => p.name)).toEqual(['Tilda Wren']);
  });

  it('still reads a role from a phrase that ends in a word of the meeting, and an officer chosen by a verb of choosing', () => {
    const chaired = parseMinutes('# Garden club\n\nPresent: Tilda Wren, Oskar Vale\n\nThe meeting was called to order by Tilda Wren.\n');
    expect(chaired.participants.find((p) => p.name === 'Tilda Wren')?.roles).toContain('chair');
    const chosen = parseMinutes('# Trädgårdsklubben\n\nNärvarande: Tilda Wren, Oskar Vale\n\nTill mötesordförande valdes Oskar Vale.\n', { language: 'sv' });
    expect(chosen.participants.find((p) => p.name === 'Oskar Vale')?.roles).toContain('chair');
  });
});
