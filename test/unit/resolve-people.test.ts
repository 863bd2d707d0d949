import { describe, expect, it } from 'vitest';
import { resolvePerson, resolveShortName } from '../../src/parse/resolve-people.js';

const people = [{ name: 'Minna Männikkö' }, { name: 'Isa Kotilaine' }, { name: 'Pirjo Tuomimäki' }, { name: 'Michael Koster' }];

describe('resolvePerson', () => {
  it.each([
    ['Minna', 'Minna Männikkö'],
    ['minna', 'Minna Männikkö'],
    ['Männikkö', 'Minna Männikkö'],
    ['mannikko', 'Minna Männikkö'],
    ['Minnalle', 'Minna Männikkö'],
    ['Minnan', 'Minna Männikkö'],
    ['Männikön', 'Minna Männikkö'],
    ['Isalta', 'Isa Kotilaine'],
    ['Tuomimäen', 'Pirjo Tuomimäki'],
    ['Kotilaisen', 'Isa Kotilaine'],
    ['mk', 'Michael Koster'],
    ['Brendan', null],
    ['Minnesota', null],
  ])('%s -> %s', (written, full) => {
    expect(resolvePerson(written, people)).toBe(full);
  });

  it('resolves an alias written beside a name: initials that are not the name\'s own, a call sign, a nick', () => {
    const listed = [{ name: 'Jordan Harbin', alias: 'JHD' }, { name: 'Rita Oakes', alias: 'VE9ZZQ' }, { name: 'Esa Virta', alias: 'fixie' }];
    expect(resolvePerson('JHD', listed)).toBe('Jordan Harbin');
    expect(resolvePerson('ve9zzq', listed)).toBe('Rita Oakes');
    expect(resolvePerson('fixie', listed)).toBe('Esa Virta');
  });
});

describe('resolveShortName', () => {
  const team = [{ name: 'Dominic Green' }, { name: 'Bertrand Zauhar' }, { name: 'Christopher Lane' }, { name: 'Christine Holt' }, { name: 'Al Porter' }];

  it.each([
    ['Dom', 'Dominic Green'],
    ['bert', 'Bertrand Zauhar'],
    ['Chris', null], // Christopher or Christine
    ['Dominic', null], // the whole first name is resolvePerson's
    ['Do', null], // too short to be a name
    ['Green', null], // a surname is not shortened
    ['Al', null],
    ['Dr Bert', 'Bertrand Zauhar'], // a title before the short form
  ])('%s -> %s', (written, full) => {
    expect(resolveShortName(written, team)).toBe(full);
  });

  it('is not consulted when deciding whether a word is a person', () => {
    expect(resolvePerson('Dom', team)).toBeNull();
  });
});
