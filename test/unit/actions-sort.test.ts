import { describe, expect, it } from 'vitest';
import { sortActions } from '../../src/actions/sort-actions.js';
import type { ActionRecord } from '../../src/report/types.js';
import { actionRecord } from './report-fixtures.js';

const due = (end: string) => ({ text: end, start: end, end });

const records: ActionRecord[] = [
  actionRecord({ id: 'undated-late', owners: ['Örjan Ek'], due: null, meeting: { date: '2020-02-01', title: null }, path: 'b.md' }),
  actionRecord({ id: 'undated-early', owners: [], due: null, meeting: { date: '2019-01-01', title: null }, path: 'a.md' }),
  actionRecord({ id: 'jan-b-20', owners: ['anna Virtanen'], due: due('2020-01-31'), meeting: { date: '2020-01-08', title: null }, path: 'b.md', position: { line: 20, column: 1 } }),
  actionRecord({ id: 'jan-b-9', owners: ['Bo Ek'], due: due('2020-01-31'), meeting: { date: '2020-01-08', title: null }, path: 'b.md', position: { line: 9, column: 1 } }),
  actionRecord({ id: 'jan-a', owners: ['Anna Virtanen'], due: due('2020-01-31'), meeting: { date: '2020-01-08', title: null }, path: 'a.md' }),
  actionRecord({ id: 'dec', owners: ['Bo Ek'], due: due('2019-12-15'), meeting: { date: null, title: null }, path: 'c.md' }),
  actionRecord({ id: 'jan-early-meeting', owners: ['Ärla'], due: due('2020-01-31'), meeting: { date: '2019-11-08', title: null }, path: 'z.md' }),
];

const ids = (list: ActionRecord[]) => list.map((record) => record.id);

describe('sortActions', () => {
  it('by default: due end (undated last), then meeting date, then path, then position', () => {
    expect(ids(sortActions(records))).toEqual([
      'dec',
      'jan-early-meeting',
      'jan-a',
      'jan-b-9',
      'jan-b-20',
      'undated-early',
      'undated-late',
    ]);
    expect(ids(sortActions(records, 'due'))).toEqual(ids(sortActions(records)));
  });

  it('by meeting: meeting date (undated last), then path and position', () => {
    expect(ids(sortActions(records, 'meeting'))).toEqual([
      'undated-early',
      'jan-early-meeting',
      'jan-a',
      'jan-b-9',
      'jan-b-20',
      'undated-late',
      'dec',
    ]);
  });

  it('by owner: first owner folded (unassigned last), then as by due', () => {
    expect(ids(sortActions(records, 'owner'))).toEqual([
      'jan-a',
      'jan-b-20',
      'jan-early-meeting',
      'dec',
      'jan-b-9',
      'undated-late',
      'undated-early',
    ]);
  });

  it('returns a new array and leaves the input alone', () => {
    const copy = [...records];
    expect(sortActions(records)).not.toBe(records);
    expect(records).toEqual(copy);
  });
});
