import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** A page kept as the agenda and the notes together names both in its heading; the list under it is the agenda. */

const titles = (text: string) => parseMinutes(text).agenda.map((a) => a.title);

describe('a heading that pairs the agenda with the notes', () => {
  it('takes the list right under it for the agenda (English)', () => {
    const text = '# Agenda & Notes 2025-03-04\n\n* Welcome\n* Release plan\n* Docs sprint\n\n## Attendees\n\n* Rosa Marsh\n* Ken Abbot\n\n## Notes\n\n* The release slips a week.\n';
    expect(titles(text)).toEqual(['Welcome', 'Release plan', 'Docs sprint']);
  });

  it('does so in Swedish, where the agenda is called agenda too', () => {
    const text = '# Agenda och anteckningar 2025-03-04\n\n* Välkomna\n* Budget\n* Nästa träff\n\n## Närvarande\n\n* Ida Lind\n* Olle Berg\n';
    expect(titles(text)).toEqual(['Välkomna', 'Budget', 'Nästa träff']);
  });

  it('leaves a heading that only opens with the word alone (`Agenda review`)', () => {
    const text = '# Team sync 2025-03-04\n\n## Agenda review\n\n* We dropped the docs item.\n* We added a release item.\n\n## Attendees\n\n* Rosa Marsh\n';
    expect(titles(text)).toEqual([]);
  });
});
