import { describe, expect, it } from 'vitest';
import { filterActions, type ActionFilters } from '../../src/actions/filter-actions.js';
import { matchOwner } from '../../src/actions/match-owner.js';
import type { ActionRecord } from '../../src/report/types.js';
import { actionRecord } from './report-fixtures.js';

const records: ActionRecord[] = [
  actionRecord({ id: 'minna', owners: ['Minna Männikkö'], text: 'Varaa tilat Kajaanista', due: { text: '15.12.2019', start: '2019-12-15', end: '2019-12-15' }, overdue: true, meeting: { date: '2019-11-08', title: 'Työryhmä' } }),
  actionRecord({ id: 'isa', owners: ['Isa Kotilaine'], text: 'Koulutuskuvaus tiimiläisille', due: { text: 'marras-joulukuussa', start: '2019-11-01', end: '2019-12-31' }, status: 'done', meeting: { date: '2019-12-13', title: 'Työryhmä' } }),
  actionRecord({ id: 'both', owners: ['Heidi Tuikka', 'Minna Männikkö'], text: 'Send the survey results', due: { text: 'by Friday', start: '2020-01-10', end: '2020-01-10' }, meeting: { date: '2020-01-08', title: 'Working group' } }),
  actionRecord({ id: 'none', owners: [], text: 'Collect photos from the ÄÄNI seminar', due: null, meeting: { date: null, title: null } }),
  actionRecord({ id: 'written', owners: ['Minnalle'], text: 'Päivitä verkkosivu', due: null, meeting: { date: '2020-01-08', title: 'Working group' } }),
];

function ids(filters: ActionFilters): string[] {
  return filterActions(records, filters).map((record) => record.id);
}

describe('filterActions', () => {
  it('--owner with a roster: an alias or a handle finds the person, and other names still match as before', () => {
    const roster = [{ name: 'Minna Männikkö', aliases: ['MM'], handles: ['@mmannikko'] }, { name: 'Isa Kotilaine', handles: ['@isak'] }];
    expect(ids({ owners: ['MM'], roster })).toEqual(['minna', 'both', 'written']);
    expect(ids({ owners: ['@mmannikko'], roster })).toEqual(['minna', 'both', 'written']);
    expect(ids({ owners: ['isak'], roster })).toEqual(['isa']);
    expect(ids({ owners: ['Heidi'], roster })).toEqual(['both']);
    // Without the roster an alias is just a name nobody has.
    expect(ids({ owners: ['MM'] })).toEqual([]);
  });

  it('keeps everything without filters', () => {
    expect(ids({})).toEqual(['minna', 'isa', 'both', 'none', 'written']);
  });

  it('--owner: full name, first name or surname, any case, with or without diacritics', () => {
    for (const name of ['minna', 'MINNA', '@minna', 'Minna Männikkö', 'minna mannikko']) {
      expect(ids({ owners: [name] }), name).toEqual(['minna', 'both', 'written']);
    }
    for (const name of ['Männikkö', 'mannikko', 'MÄNNIKKÖ']) {
      expect(ids({ owners: [name] }), name).toEqual(['minna', 'both']);
    }
  });

  it('--owner: Finnish and Swedish inflected forms, and owners kept as written', () => {
    expect(ids({ owners: ['Minnalle'] })).toEqual(['minna', 'both', 'written']);
    expect(ids({ owners: ['Männikön'] })).toEqual(['minna', 'both']);
    expect(ids({ owners: ['Minnas'] })).toEqual(['minna', 'both']);
    expect(ids({ owners: ['Isan'] })).toEqual(['isa']);
    expect(ids({ owners: ['Isalle'] })).toEqual(['isa']);
  });

  it('--owner: nobody else, and repeated means any of', () => {
    expect(ids({ owners: ['Mikko'] })).toEqual([]);
    expect(ids({ owners: ['Heidi Kotilaine'] })).toEqual([]);
    expect(ids({ owners: ['isa', 'tuikka'] })).toEqual(['isa', 'both']);
    expect(ids({ owners: ['', ' '] })).toEqual([]);
  });

  it('--owner: a word of a full name is a name of its own, not an inflected form of another', () => {
    const eli = actionRecord({ id: 'eli', owners: ['Eli Ek'] });
    const elina = actionRecord({ id: 'elina', owners: ['Elina Laine'] });
    const written = actionRecord({ id: 'elille', owners: ['Elille'] });
    const both = [eli, elina, written];
    expect(filterActions(both, { owners: ['Eli'] }).map((r) => r.id)).toEqual(['eli', 'elille']);
    expect(filterActions(both, { owners: ['Elina'] }).map((r) => r.id)).toEqual(['elina']);
    expect(filterActions([elina], { owners: ['Eli'] }).map((r) => r.id)).toEqual([]);
  });

  it('--unassigned, alone or with --owner', () => {
    expect(ids({ unassigned: true })).toEqual(['none']);
    expect(ids({ unassigned: true, owners: ['Isa'] })).toEqual(['isa', 'none']);
  });

  it('--status open, done or all', () => {
    expect(ids({ status: 'open' })).toEqual(['minna', 'both', 'none', 'written']);
    expect(ids({ status: 'done' })).toEqual(['isa']);
    expect(ids({ status: 'all' })).toHaveLength(5);
  });

  it('--due-before and --due-after compare the end of the due range, exclusively, and drop undated', () => {
    expect(ids({ dueBefore: '2019-12-31' })).toEqual(['minna']);
    expect(ids({ dueBefore: '2020-01-01' })).toEqual(['minna', 'isa']);
    expect(ids({ dueAfter: '2019-12-15' })).toEqual(['isa', 'both']);
    expect(ids({ dueAfter: '2019-12-01', dueBefore: '2020-01-10' })).toEqual(['minna', 'isa']);
  });

  it('--overdue keeps what the records mark overdue', () => {
    expect(ids({ overdue: true })).toEqual(['minna']);
    expect(ids({ overdue: false })).toHaveLength(5);
  });

  it('--since and --until on the meeting date, inclusively, and drop undated meetings', () => {
    expect(ids({ since: '2019-12-13' })).toEqual(['isa', 'both', 'written']);
    expect(ids({ until: '2019-12-13' })).toEqual(['minna', 'isa']);
    expect(ids({ since: '2019-11-09', until: '2020-01-07' })).toEqual(['isa']);
  });

  it('--grep: a case- and diacritic-insensitive substring of the text', () => {
    expect(ids({ grep: 'kajaani' })).toEqual(['minna']);
    expect(ids({ grep: 'TIIMILAISILLE' })).toEqual(['isa']);
    expect(ids({ grep: 'aani sem' })).toEqual(['none']);
    expect(ids({ grep: '' })).toHaveLength(5);
  });

  it('combines filters: all must hold', () => {
    expect(ids({ owners: ['minna'], status: 'open', since: '2020-01-01', grep: 'survey' })).toEqual(['both']);
  });
});

describe('matchOwner', () => {
  it('matches names, words and inflected forms either way round, and nothing empty', () => {
    expect(matchOwner('minna mannikko', 'Minna Männikkö')).toBe(true);
    expect(matchOwner('Minna Männikkö', 'Minna')).toBe(true);
    expect(matchOwner('phoebe', 'Phoebe-Jean Smith')).toBe(true);
    expect(matchOwner('Minnalle', 'Minna Männikkö')).toBe(true);
    expect(matchOwner('Männikön', 'Minna Männikkö')).toBe(true);
    expect(matchOwner('Minna', 'Minnalle')).toBe(true);
    expect(matchOwner('Minna', '@minna')).toBe(true);
    expect(matchOwner('@minna', 'Minna Männikkö')).toBe(true);
    expect(matchOwner('Mikko', 'Minna Männikkö')).toBe(false);
    expect(matchOwner('Minna Mikkola', 'Minna Männikkö')).toBe(false);
    expect(matchOwner('@', 'Minna Männikkö')).toBe(false);
  });

  it('never reads a known name as an inflected form', () => {
    expect(matchOwner('Elina', 'Eli Ek')).toBe(true);
    expect(matchOwner('Elina', 'Eli Ek', new Set(['elina']))).toBe(false);
  });
});
