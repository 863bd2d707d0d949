import { describe, expect, it } from 'vitest';
import { toRecords } from '../../src/actions/to-records.js';
import type { ActionItem } from '../../src/model/action-item.js';
import type { Meeting } from '../../src/model/meeting.js';

function action(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'A1',
    item: '2',
    owners: ['Minna Männikkö'],
    text: 'Minna hoitaa tilavaraukset',
    due: { text: '31.1.2020', start: '2020-01-31', end: '2020-01-31' },
    status: 'open',
    position: { line: 12, column: 3 },
    cue: { kind: 'grammar', words: 'Minna hoitaa' },
    ...overrides,
  };
}

function meeting(actions: ActionItem[], overrides: Partial<Meeting> = {}): Meeting {
  const at = { line: 1, column: 1 };
  return {
    schemaVersion: 1,
    source: { path: null, language: 'fi' },
    title: 'Työryhmä',
    date: '2019-11-08',
    startTime: null,
    endTime: null,
    location: null,
    participants: [],
    agenda: [
      { number: '1', title: 'Avaus', presenter: null, text: '', position: at },
      { number: '2', title: 'Koulutuspäivät', presenter: null, text: '', position: at },
      { number: '2', title: 'Toinen kakkonen', presenter: null, text: '', position: at },
    ],
    decisions: [],
    actions,
    preamble: '',
    notes: '',
    fields: {},
    diagnostics: [],
    ...overrides,
  };
}

describe('toRecords', () => {
  it('gives each action its path, meeting, agenda item title, one sighting and overdue flag', () => {
    const records = toRecords([{ path: 'a.md', meeting: meeting([action()]) }], { today: '2020-02-01' });
    expect(records).toEqual([
      {
        ...action(),
        path: 'a.md',
        meeting: { date: '2019-11-08', title: 'Työryhmä' },
        itemTitle: 'Koulutuspäivät',
        history: [{ path: 'a.md', date: '2019-11-08', status: 'open', line: 12 }],
        overdue: true,
      },
    ]);
  });

  it('is not overdue on the due day, when done, or without a due date', () => {
    const actions = [action(), action({ id: 'A2', status: 'done', due: { text: 'x', start: '2019-01-01', end: '2019-01-01' } }), action({ id: 'A3', due: null })];
    const records = toRecords([{ path: 'a.md', meeting: meeting(actions) }], { today: '2020-01-31' });
    expect(records.map((r) => r.overdue)).toEqual([false, false, false]);
  });

  it('keeps input order across meetings; no item title outside items or for unknown numbers', () => {
    const first = meeting([action({ item: null }), action({ id: 'A2', item: '9' })]);
    const second = meeting([action({ id: 'A1', item: '1' })], { date: null, title: null });
    const records = toRecords(
      [
        { path: 'x.md', meeting: first },
        { path: 'y.md', meeting: second },
      ],
      { today: '2019-01-01' },
    );
    expect(records.map((r) => [r.path, r.id, r.itemTitle, r.meeting.date])).toEqual([
      ['x.md', 'A1', null, '2019-11-08'],
      ['x.md', 'A2', null, '2019-11-08'],
      ['y.md', 'A1', 'Avaus', null],
    ]);
  });
});
