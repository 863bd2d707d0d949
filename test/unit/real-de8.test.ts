import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real German minutes of kinds not read before (school support
 * associations, a sports club and one of its departments, a party's state board, district and
 * municipal councils, student project groups). Every example here is written for the test; none
 * is a line of those minutes.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const actions = (text: string) => parseMinutes(text).actions.map((a) => `${a.owners.join(' & ') || '-'}: ${a.text}`);

describe('a person chosen for an office is no doer of the sentence', () => {
  const text = 'Jahreshauptversammlung\n\nAnwesend: Jan Kurz, Eva Lind, Tom Roth, Ute Berg\n\nJan Kurz wurde wiedergewählt.\n\nDanach wurden auch der 2. Vorsitzende Tom Roth und Kassenwartin Ute Berg wiedergewählt.\n\nUte Berg prüft bis zum 30. Mai die Kasse.\n';

  it('reads `X wurde wiedergewählt` as a decision, as `gewählt` is one', () => {
    expect(decisions(text)).toEqual(['Jan Kurz wurde wiedergewählt.', 'Danach wurden auch der 2. Vorsitzende Tom Roth und Kassenwartin Ute Berg wiedergewählt.']);
  });

  it('gives no task to the people re-elected, and keeps the task of one who does a thing', () => {
    expect(actions(text)).toEqual(['Ute Berg: Ute Berg prüft bis zum 30. Mai die Kasse.']);
  });

  it('gives none to someone elected in English either', () => {
    const en = 'Annual meeting\n\nPresent: Ann Lee, Bo Chan\n\nBo Chan elected unopposed as treasurer.\n';
    expect(parseMinutes(en).actions).toEqual([]);
  });
});
