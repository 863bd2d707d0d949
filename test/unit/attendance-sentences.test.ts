import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Attendance told in the sentences of a paragraph, and roles written before names. */

const people = (text: string) =>
  parseMinutes(text).participants.map((p) => `${p.name}${p.present === false ? ' (absent)' : ''}${p.roles.length > 0 ? ` [${p.roles.join(', ')}]` : ''}`);

describe('a sentence about attendance after another sentence of its paragraph', () => {
  it('takes a first name alone among full names for a person', () => {
    expect(people('# Board meeting\n\nThe chair opened the meeting at 7:02 PM. Members present were Tom Smith, Ann Lee, Bob Chen, and Dan.\n')).toEqual(['Tom Smith', 'Ann Lee', 'Bob Chen', 'Dan']);
  });

  it('takes no list of single capitalised words for people', () => {
    expect(people('# Board meeting\n\nThe chair opened the meeting at 7:02 PM. Present were Budget, Plans and Goals.\n')).toEqual([]);
  });
});

describe('a clause about attendance after a semicolon', () => {
  it('opens its own field', () => {
    expect(people('# Board meeting\n\nPresent were Tom Smith, Ann Lee, and Bob Chen; absent was Carla Diaz.\n')).toEqual(['Tom Smith', 'Ann Lee', 'Bob Chen', 'Carla Diaz (absent)']);
    expect(people('# Board meeting\n\nThe meeting opened at 7 pm. Present were Tom Smith, Ann Lee and Bob Chen; absent was Carla Diaz.\n')).toEqual(['Tom Smith', 'Ann Lee', 'Bob Chen', 'Carla Diaz (absent)']);
  });
});

describe('roles before names', () => {
  it('belong to their own names when the list opens with one', () => {
    expect(people('# Library board\n\nAlso present: Director Dan Evans, Recording Secretary Eve Fox.\n')).toEqual(['Dan Evans [director]', 'Eve Fox [secretary]']);
  });

  it('belong to the name before them in a list that opens with a name, run together from columns', () => {
    expect(people('# Library board\n\nPresent: Ann Lee, Chair Bo Chan\n')).toEqual(['Ann Lee [chair]', 'Bo Chan']);
  });
});
