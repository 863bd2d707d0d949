import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Who chairs a German council's meeting, from the sentence that opens it. Every example is written for the test. */

const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles]);

const head = 'Niederschrift über die Sitzung der Gemeindevertretung Waldheim am 4. März 2026\n\n';

describe('the one who opens a council meeting chairs it', () => {
  it('strips the office written before the name, abbreviated or not', () => {
    const text = head + 'Anwesend: BV Uwe Lorenz, Anna Vogt, Peter Lang\n\nTOP 1 Eröffnung\n\nBV Lorenz eröffnet die Sitzung und begrüßt die Anwesenden.\n';
    expect(people(text)).toContainEqual(['Uwe Lorenz', ['chair']]);
    const mayor = head + 'Anwesend: Bgm. Karl Ott, Anna Vogt, Peter Lang\n\nTOP 1 Eröffnung\n\nDie Sitzung ist öffentlich.\n';
    expect(people(mayor).map(([name]) => name)).toContain('Karl Ott');
  });

  it('reads the opening of a public sitting', () => {
    const text = head + 'Anwesend: Karl Ott, Anna Vogt, Peter Lang\n\nTOP 1 Eröffnung\n\nBürgermeister Ott eröffnet die öffentliche Sitzung.\n';
    expect(people(text)).toContainEqual(['Karl Ott', ['chair']]);
  });

  it('takes no word of the clock for a person (`Um 19.00 Uhr eröffnet ...`)', () => {
    const text = head + 'Anwesend: Karl Ott, Anna Vogt, Peter Lang\n\nTOP 1 Eröffnung\n\nUm 19.00 Uhr eröffnet der Bürgermeister, Herr Karl Ott, die Sitzung und begrüßt die Anwesenden.\n';
    expect(people(text).map(([name]) => name)).not.toContain('Uhr');
  });
});
