import { describe, expect, it } from 'vitest';
import type { RosterPerson } from '../../src/model/roster-person.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { resolveRoster } from '../../src/parse/resolve-roster.js';

const roster: RosterPerson[] = [
  { name: 'Minna Männikkö', aliases: ['M. Männikkö', 'MM'], handles: ['@mmannikko'], email: 'minna@example.org', organization: 'Oulun kaupunginkirjasto' },
  { name: 'Isa Kotilaine', aliases: ['IK'] },
];

const minutes = [
  '# Työryhmä',
  '',
  'Aika: 14.2.2020',
  'Läsnä: M. Männikkö (pj.), Isa Kotilaine (Raahen kirjasto), Pekka Salo',
  '',
  'Tehtävät:',
  '',
  '- MM: kutsu kouluttajat 6.3.2020 mennessä',
  '- Pekka: tilaa kahvit',
  '- @mmannikko ja Minna: varaa sali',
].join('\n');

describe('resolveRoster', () => {
  it('gives participants the roster name, keeping the written one, with the e-mail and a missing organisation', () => {
    const meeting = parseMinutes(minutes, { roster });
    expect(meeting.participants.map(({ name, nameAsWritten, organization, email }) => ({ name, nameAsWritten, organization, email }))).toEqual([
      { name: 'Minna Männikkö', nameAsWritten: 'M. Männikkö', organization: 'Oulun kaupunginkirjasto', email: 'minna@example.org' },
      // The minutes' own organisation stays; a participant whose name is the roster's keeps no written name.
      { name: 'Isa Kotilaine', nameAsWritten: undefined, organization: 'Raahen kirjasto', email: undefined },
      { name: 'Pekka Salo', nameAsWritten: undefined, organization: null, email: undefined },
    ]);
  });

  it('gives owners the roster name after the participant list, keeping the owners as read and saying so in the cue', () => {
    const [mm, pekka, both] = parseMinutes(minutes, { roster }).actions;
    expect(mm?.owners).toEqual(['Minna Männikkö']);
    expect(mm?.ownersAsWritten).toEqual(['M. Männikkö']);
    expect(mm?.cue.owner).toBe('MM → M. Männikkö (participant); M. Männikkö → Minna Männikkö (roster)');
    // Pekka Salo is a participant and nobody of the roster: untouched.
    expect(pekka?.owners).toEqual(['Pekka Salo']);
    expect(pekka?.ownersAsWritten).toBeUndefined();
    // Two ways of writing one person are one owner.
    expect(both?.owners).toEqual(['Minna Männikkö']);
    expect(both?.ownersAsWritten).toHaveLength(2);
  });

  it('changes nothing without a roster or with an empty one, and gives the same meeting as resolving after parsing', () => {
    const plain = parseMinutes(minutes);
    expect(parseMinutes(minutes, { roster: [] })).toEqual(plain);
    expect(plain.participants[0]?.name).toBe('M. Männikkö');
    expect(resolveRoster(structuredClone(plain), roster)).toEqual(parseMinutes(minutes, { roster }));
  });

  it('resolves the owners of a meeting that keeps only its actions (what the cache of `minutes actions` holds)', () => {
    const { actions } = parseMinutes(minutes);
    const resolved = resolveRoster({ actions: structuredClone(actions) }, roster);
    expect(resolved.actions.map((action) => action.owners)).toEqual([['Minna Männikkö'], ['Pekka Salo'], ['Minna Männikkö']]);
  });
});
