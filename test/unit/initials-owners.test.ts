import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { initialsOwner, resolvePerson } from '../../src/parse/resolve-people.js';

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('owners written as initials', () => {
  const people = [{ name: 'Rosa Quint' }, { name: 'Hugo Pell' }, { name: 'Hugo Pratt' }];

  it('tells two people of the same initials apart by a small letter after them', () => {
    expect(resolvePerson('HPe', people)).toBe('Hugo Pell');
    expect(resolvePerson('HPr', people)).toBe('Hugo Pratt');
    expect(resolvePerson('HP', people)).toBeNull();
    expect(resolvePerson('HPa', people)).toBeNull();
  });

  it('keeps initials as written where more than one participant bears them', () => {
    expect(initialsOwner('HP', people)).toBe('HP');
    expect(initialsOwner('HPa', people)).toBe('HPa');
    // An acronym nobody bears stays an acronym where participants are listed by name.
    expect(initialsOwner('GDP', people)).toBeNull();
    expect(initialsOwner('Hugo', people)).toBeNull();
  });

  it('keeps initials no one bears where the list of those present is written in initials', () => {
    expect(initialsOwner('WT', [{ name: 'RQ' }, { name: 'HP' }, { name: 'OV' }])).toBe('WT');
  });

  it('reads an alias with its small letter in a list of those present', () => {
    const text = [
      '# Allotment committee 4 May 2025',
      '',
      'Present: Hugo Pell (HPe), Hugo Pratt (HPr), Rosa Quint (RQ)',
      '',
      '## 1. Sheds',
      '',
      'ACTION: HPr to order the padlocks.',
      '',
      'ACTION: HP to count the keys.',
    ].join('\n');
    expect(actions(text)).toEqual([
      { owners: ['Hugo Pratt'], text: 'ACTION: HPr to order the padlocks.' },
      { owners: ['HP'], text: 'ACTION: HP to count the keys.' },
    ]);
  });

  it('hands a task to initials when those present are listed by initials', () => {
    const text = ['# Workshop steering group 2 June 2025', '', 'Present: RQ, HP, OV', '', '## Actions', '', '- WT - to fetch the ladder from the depot.', '- OV to sort the screws.'].join('\n');
    expect(actions(text)).toEqual([
      { owners: ['WT'], text: 'WT - to fetch the ladder from the depot.' },
      { owners: ['OV'], text: 'OV to sort the screws.' },
    ]);
  });
});

describe('initials written ahead of the name in a list of those present', () => {
  const people = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, alias: p.alias ?? null, roles: p.roles }));

  it('reads initials in brackets or before a dash as the alias, a role in parentheses after the name as theirs', () => {
    const text = [
      '# Garden club committee 12 May 2025',
      '',
      '## Attendees',
      '- [RQ] Rosa Quint (Chair)',
      '- [HP] Hugo Pell',
      '- OV - Olga Varga (Treasurer)',
      '',
      '## Actions',
      '- [HP] Order the seed potatoes.',
      '- OV to pay the water bill.',
    ].join('\n');
    expect(people(text)).toEqual([
      { name: 'Rosa Quint', alias: 'RQ', roles: ['chair'] },
      { name: 'Hugo Pell', alias: 'HP', roles: [] },
      { name: 'Olga Varga', alias: 'OV', roles: ['treasurer'] },
    ]);
    expect(actions(text).map((a) => a.owners)).toEqual([['Hugo Pell'], ['Olga Varga']]);
  });

  it('leaves a label after a dash that opens its line a label (`– Mötets sekreterare (sekr): ...`)', () => {
    const m = parseMinutes(['Protokoll styrelsemöte 4 mars 2025', '', 'Närvarande: Eva Ek, Erik Karlsson', '', '– Mötets sekreterare (sekr): Erik Karlsson'].join('\n'));
    expect(m.participants.find((p) => p.name === 'Erik Karlsson')?.roles).toEqual(['secretary']);
  });

  it('keeps capitals that are no initials of the name after them as written', () => {
    const text = ['# Garden club committee 12 May 2025', '', '## Attendees', '- [UK] Rosa Quint', '- [HP] Hugo Pell'].join('\n');
    expect(people(text).map((p) => p.alias)).not.toContain('UK');
    expect(people(text)).toContainEqual({ name: 'Hugo Pell', alias: 'HP', roles: [] });
  });
});

describe('a title after an action marker', () => {
  it('is no task handed to someone (`Action Overview`, `Task Scheduling`)', () => {
    const text = [
      '# Choir committee 9 June 2025',
      '',
      'Present: Rosa Quint, Hugo Pell',
      '',
      '## 1. Concert',
      '',
      'Action Overview',
      '',
      'ACTION: Hugo to book the church.',
      '',
      '* Task Planning',
      '* Action Rosa - print the programmes.',
    ].join('\n');
    expect(actions(text)).toEqual([
      { owners: ['Hugo Pell'], text: 'ACTION: Hugo to book the church.' },
      { owners: ['Rosa Quint'], text: 'Action Rosa - print the programmes.' },
    ]);
  });
});
