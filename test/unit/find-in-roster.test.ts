import { describe, expect, it } from 'vitest';
import type { RosterPerson } from '../../src/model/roster-person.js';
import { findInRoster } from '../../src/parse/find-in-roster.js';

const minna: RosterPerson = { name: 'Minna Männikkö', aliases: ['M. Männikkö', 'MM'], handles: ['@mmannikko'], email: 'minna@example.org' };
const isa: RosterPerson = { name: 'Isa Kotilaine', aliases: ['IK'], handles: ['isak'] };
const heidi: RosterPerson = { name: 'Heidi Tuikka' };
const roster = [minna, isa, heidi];

/** The roster name `written` resolves to, or null. */
const nameOf = (written: string, people: readonly RosterPerson[] = roster) => findInRoster(written, people)?.name ?? null;

describe('findInRoster', () => {
  it('finds a person by the whole name, any case, accents optional', () => {
    expect(nameOf('Minna Männikkö')).toBe('Minna Männikkö');
    expect(nameOf('minna mannikko')).toBe('Minna Männikkö');
    expect(nameOf('  ISA KOTILAINE ')).toBe('Isa Kotilaine');
  });

  it('finds a person by an alias, initials only when listed', () => {
    expect(nameOf('M. Männikkö')).toBe('Minna Männikkö');
    expect(nameOf('mm')).toBe('Minna Männikkö');
    expect(nameOf('IK')).toBe('Isa Kotilaine');
    expect(nameOf('HT')).toBeNull();
  });

  it('finds a person by a handle, with or without its @ on either side', () => {
    expect(nameOf('@mmannikko')).toBe('Minna Männikkö');
    expect(nameOf('@MMannikko')).toBe('Minna Männikkö');
    expect(nameOf('@isak')).toBe('Isa Kotilaine');
    expect(nameOf('isak')).toBe('Isa Kotilaine');
    // A handle is a handle: `@minna` is not a first name.
    expect(nameOf('@minna')).toBeNull();
  });

  it('finds a person by a first name, a surname, the name turned round, or an initial and a surname', () => {
    expect(nameOf('Minna')).toBe('Minna Männikkö');
    expect(nameOf('Tuikka')).toBe('Heidi Tuikka');
    expect(nameOf('Männikkö Minna')).toBe('Minna Männikkö');
    expect(nameOf('H. Tuikka')).toBe('Heidi Tuikka');
    expect(nameOf('H Tuikka')).toBe('Heidi Tuikka');
    // The initial must be another word's: `T. Tuikka` has no word in T besides the surname.
    expect(nameOf('T. Tuikka')).toBeNull();
    expect(nameOf('H.')).toBeNull();
  });

  it('finds a person by a Finnish or Swedish inflected form of a word of the name or an alias', () => {
    expect(nameOf('Minnalle')).toBe('Minna Männikkö');
    expect(nameOf('Männikön')).toBe('Minna Männikkö');
    expect(nameOf('Isan')).toBe('Isa Kotilaine');
    expect(nameOf('Heidille')).toBe('Heidi Tuikka');
    expect(nameOf('Tuikalle')).toBe('Heidi Tuikka'); // consonant gradation: Tuikka, Tuikalle
    expect(nameOf('Minnas')).toBe('Minna Männikkö');
    expect(nameOf('Heidis')).toBe('Heidi Tuikka');
  });

  it('answers null for nobody, for blank text, and for a name two people share', () => {
    expect(nameOf('Pekka Salo')).toBeNull();
    expect(nameOf('')).toBeNull();
    expect(nameOf('   ')).toBeNull();
    const twoMinnas = [minna, { name: 'Minna Korhonen' }];
    expect(nameOf('Minna', twoMinnas)).toBeNull();
    expect(nameOf('Minnalle', twoMinnas)).toBeNull();
    expect(nameOf('Minna Korhonen', twoMinnas)).toBe('Minna Korhonen');
    expect(nameOf('Männikkö', twoMinnas)).toBe('Minna Männikkö');
  });

  it('gives the same answer again from its index, and none from an empty roster', () => {
    expect(findInRoster('Minnalle', roster)).toBe(minna);
    expect(findInRoster('Minnalle', roster)).toBe(minna);
    expect(findInRoster('Minna', [])).toBeNull();
  });
});
