import { describe, expect, it } from 'vitest';
import { resolvePerson } from '../../src/parse/resolve-people.js';

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
});
