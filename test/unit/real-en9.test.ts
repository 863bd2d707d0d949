import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of English notes kept by technical and informal groups (open-source working groups,
// student project teams, community calls), found missing in a ninth round of real minutes.
// Each pinned with minutes of our own.

const people = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, organization: p.organization }));

describe('a seat written before its holder in parentheses in a roster', () => {
  it('reads the person in the parentheses when the words before them name no one', () => {
    const text = '# Sprint sync\n\n**Attendees:**\n\n* Team Member 1 (Lena Hart)\n* Team Member 2 (Omar Quist)\n* Scrum master (Pia Lund)\n\n## Notes\n\n* Demo went fine.\n';
    expect(people(text).map((p) => p.name)).toEqual(['Lena Hart', 'Omar Quist', 'Pia Lund']);
  });

  it('keeps a name before parentheses as the name, and what the parentheses hold as its organisation', () => {
    const text = '# Sprint sync\n\n**Attendees:**\n\n* Lena Hart (Acme Labs)\n* Omar Quist (City Library)\n\n## Notes\n\n* Demo went fine.\n';
    expect(people(text)).toEqual([{ name: 'Lena Hart', organization: 'Acme Labs' }, { name: 'Omar Quist', organization: 'City Library' }]);
  });
});
