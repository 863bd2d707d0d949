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

describe('a clause about attendance after a dash, in the sentence that opens the meeting', () => {
  const opening = (sentence: string) => `# Minutes of Elm Township\n\nTown Hall\n\nMarch 3, 2020\n\n## Regular Board Meeting\n${sentence}\n\n**Approval of Minutes** -- the minutes were read and approved.\n`;

  it('names the people present, their offices before their names dropped into roles', () => {
    expect(people(opening('Supervisor Tom Smith called the meeting to order at 7:00 pm -- those in attendance are Supervisors Ann Lee, Bob Chen and Carla Diaz, Treasurer Dan Evans, Clerk Eve Fox and Gus Hill.'))).toEqual([
      'Ann Lee', 'Bob Chen', 'Carla Diaz', 'Dan Evans [treasurer]', 'Eve Fox [secretary]', 'Gus Hill', 'Tom Smith [chair]',
    ]);
  });

  it('reads `included` between the attendance word and the names', () => {
    expect(people(opening('The chair called the meeting to order at 7:00 pm -- those in attendance included Ann Lee, Bob Chen and Carla Diaz.'))).toEqual(['Ann Lee', 'Bob Chen', 'Carla Diaz']);
  });

  it('keeps a dash inside a clause that is not about attendance', () => {
    expect(people('# Board meeting\n\nPresent were Ann Lee - Acme, and Bob Chen - Globex.\n')).toEqual(['Ann Lee', 'Bob Chen']);
  });
});
