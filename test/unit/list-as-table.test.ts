import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** People listed one an entry with their fields parted by slashes or bars, as a table written as a list. */

const people = (text: string) =>
  parseMinutes(text).participants.map((p) => [p.name, p.organization ?? '', p.handle ?? '', p.alias ?? ''].join(' | '));

describe('a list entry whose fields are parted by slashes or bars', () => {
  it('reads the name first and the other fields as its organisation and handle', () => {
    expect(people('# Tooling group 2025-03-04\n\nAttendees:\n\n- Jane Doe / Acme Corp / @jdoe\n- Raj Patel / Globex / @rpatel\n')).toEqual([
      'Jane Doe | Acme Corp | @jdoe | ',
      'Raj Patel | Globex | @rpatel | ',
    ]);
  });

  it('does not take a person for an organisation when the organisation after the bar is one', () => {
    expect(people('# Tooling group 2025-03-04\n\nAttendees:\n\n- Jane Doe | Acme Corp\n- Raj Patel | Globex\n')).toEqual(['Jane Doe | Acme Corp |  | ', 'Raj Patel | Globex |  | ']);
  });

  it('keeps a user id after a slash as the alias', () => {
    expect(people('# Tooling group 2025-03-04\n\nAttendees:\n\n- Alice Brown / abrown\n- Bob Chen / bchen\n')).toEqual(['Alice Brown |  |  | abrown', 'Bob Chen |  |  | bchen']);
  });
});

describe('an entry that names the columns', () => {
  it('is no person, and heads the entries under it', () => {
    const text = '# Tooling group 2025-03-04\n\nAttendees:\n\n- **Name** / **Affiliation** / **GitHub handle**\n- Jane Doe / Acme Corp / @jdoe\n- Mei Lin / @meilin\n';
    expect(people(text)).toEqual(['Jane Doe | Acme Corp | @jdoe | ', 'Mei Lin |  | @meilin | ']);
  });
});

describe('a label of people that closes a paragraph of other sentences', () => {
  it('heads the list under the paragraph', () => {
    const text =
      '# Tooling group 2025-03-04\n\nWelcome! This call is open to everyone, newcomers included. Please add your name below. Roll call:\n\n- Jane Doe / Acme Corp\n- Raj Patel / Globex\n\n## Notes\n\n- The release date was discussed.\n';
    expect(people(text)).toEqual(['Jane Doe | Acme Corp |  | ', 'Raj Patel | Globex |  | ']);
  });

  it('is only a label as such, not a sentence that speaks of who came', () => {
    const text = '# Library council 2025-03-04\n\nThe council met in the reading room. The people of the regional libraries came too:\n\nCentral library and regional libraries\n\nPresent: Tuula Aho, Jaana Lehto\n';
    expect(people(text)).toEqual(['Tuula Aho |  |  | ', 'Jaana Lehto |  |  | ']);
  });
});
