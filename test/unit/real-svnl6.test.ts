import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Dutch and Swedish minutes of tenants' and parents' councils and
 * small associations (round nlsv5). Every example is written for the test; none is a line of
 * those minutes.
 */

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text, column: a.position.column }));

describe('the letter of a sub-item is no word of its sentence', () => {
  const head = 'Styrelsemöte 2024-03-01\n\nNärvarande: Eva Lind, Per-Olof Ek, Kim Berg.\n\n§ 12 Vårfesten\n\n';

  it('reads the subject after `a)`, `(b)` or `c.` as the owner of the task', () => {
    const found = actions(`${head}a) Per-Olof får i uppdrag att boka lokalen.\n\n(b) Kim ordnar affischer till festen.\n\nc. Eva skickar inbjudan till medlemmarna.\n`);
    expect(found.map((a) => a.owners)).toEqual([['Per-Olof Ek'], ['Kim Berg'], ['Eva Lind']]);
    expect(found[0]?.text).toBe('Per-Olof får i uppdrag att boka lokalen.');
    // The task starts where its subject does, past the mark.
    expect(found[0]?.column).toBe(4);
  });

  it('works the same in English and Dutch minutes', () => {
    const en = actions('Committee meeting 2024-03-01\n\nPresent: Ann Lee, Bo Park\n\n4. Summer fair\n\na) Ann will book the marquee.\n');
    expect(en.map((a) => a.owners)).toEqual([['Ann Lee']]);
    const nl = actions('Bestuursvergadering 2024-03-01\n\nAanwezig: Joke de Wit, Sem Bos\n\n4. Zomerfeest\n\nb) Joke stuurt de uitnodiging rond.\n');
    expect(nl.map((a) => a.owners)).toEqual([['Joke de Wit']]);
  });

  it('keeps the mark where the line goes on in lower case, and reads no task from a report', () => {
    const found = actions(`${head}a) och sedan kom vi inte längre.\n\nb) Kassan är nu flyttad till det nya kontot.\n`);
    expect(found).toEqual([]);
  });
});
