import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';

const all = Object.values(vocabularies);
import { fieldOf } from '../../src/parse/read-label.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** One label for two sections of outcomes: what was decided and who does what. */

describe('a label that joins two sections of outcomes', () => {
  it('heads tasks where one of its parts names tasks', () => {
    expect(fieldOf('Outcomes and assignments', all)).toBe('actions');
    expect(fieldOf('Beslut och åtgärder', all)).toBe('actions');
    expect(fieldOf('Besluiten & acties', all)).toBe('actions');
  });

  it('heads decisions where every part names decisions or outcomes', () => {
    expect(fieldOf('Conclusions and resolutions', all)).toBe('decisions');
  });

  it('is no label where a part names something else', () => {
    expect(fieldOf('Budget and assignments', all)).toBeNull();
  });

  it('makes the entries under such a heading tasks, with a time box after it', () => {
    const text = '# Sprint sync 2025-02-03\n\nPresent: Rosa Marsh, Ken Abbot\n\n## Reports (10 min)\n\nThe build is green.\n\n## Outcomes and assignments (5 min)\n\n- Book the review room\n- Print the release notes\n';
    expect(parseMinutes(text).actions.map((a) => a.text)).toEqual(['Book the review room', 'Print the release notes']);
  });
});
