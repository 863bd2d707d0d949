import { describe, expect, it } from 'vitest';
import { filterDecisions, itemNumber, listDecisions, sortDecisions, toDecisionRecords, type DecisionFilters } from '../../src/decisions/index.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import type { DecisionRecord } from '../../src/report/decision-record.js';

/** A decision of `minutes/2024-03-05.md`, with fields replaced by `overrides`. */
function decision(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    id: 'd',
    text: 'Approved the budget.',
    item: '3',
    itemTitle: 'Budget',
    path: 'minutes/2024-03-05.md',
    position: { line: 10, column: 1 },
    meeting: { date: '2024-03-05', title: 'Board', language: 'en' },
    ...overrides,
  };
}

const records: DecisionRecord[] = [
  decision({ id: 'paatos', text: 'Päätettiin hyväksyä talousarvio.', item: '5', itemTitle: 'Talousarvio', path: 'a/2019-11-08.md', meeting: { date: '2019-11-08', title: 'Hallitus', language: 'fi' } }),
  decision({ id: 'sub', text: 'Beslöts att köpa en ny dator.', item: '5.2', itemTitle: 'Inköp', path: 'b/2020-01-15.md', meeting: { date: '2020-01-15', title: 'Styrelse', language: 'sv' } }),
  decision({ id: 'title', text: 'Approved as proposed.', item: '51', itemTitle: 'Jäsenmaksut ja PÄÄTÖSVALTA', path: 'c/2020-02-01.md', meeting: { date: '2020-02-01', title: 'Board', language: 'en' } }),
  decision({ id: 'loose', text: 'RESOLVED: the fee stays.', item: null, itemTitle: null, path: 'd/undated.md', meeting: { date: null, title: null, language: 'en' } }),
];

function ids(filters: DecisionFilters): string[] {
  return filterDecisions(records, filters).map((record) => record.id);
}

describe('filterDecisions', () => {
  it('keeps everything, in order, without filters', () => {
    expect(ids({})).toEqual(['paatos', 'sub', 'title', 'loose']);
  });

  it('--grep: any case, accents optional either way, in the decision or its agenda item title', () => {
    expect(ids({ grep: 'paatettiin' })).toEqual(['paatos']);
    expect(ids({ grep: 'PÄÄTETTIIN' })).toEqual(['paatos']);
    expect(ids({ grep: 'beslots' })).toEqual(['sub']);
    // In the agenda item's title only: `paatos` finds `PÄÄTÖSVALTA`.
    expect(ids({ grep: 'paatos' })).toEqual(['title']);
    expect(ids({ grep: 'talousarvio' })).toEqual(['paatos']);
    expect(ids({ grep: 'inköp' })).toEqual(['sub']);
    expect(ids({ grep: 'no such words' })).toEqual([]);
  });

  it('--item: the number or its sub-items, never a longer number; § and a closing dot are ignored', () => {
    expect(ids({ items: ['5'] })).toEqual(['paatos', 'sub']);
    expect(ids({ items: ['5.2'] })).toEqual(['sub']);
    expect(ids({ items: ['§ 5.'] })).toEqual(['paatos', 'sub']);
    expect(ids({ items: ['51'] })).toEqual(['title']);
    expect(ids({ items: ['5', '51'] })).toEqual(['paatos', 'sub', 'title']);
    expect(ids({ items: ['7'] })).toEqual([]);
  });

  it('--since and --until: the meeting date, inclusive; undated meetings only without them', () => {
    expect(ids({ since: '2020-01-15' })).toEqual(['sub', 'title']);
    expect(ids({ until: '2020-01-15' })).toEqual(['paatos', 'sub']);
    expect(ids({ since: '2020-01-15', until: '2020-01-15' })).toEqual(['sub']);
    expect(ids({ since: '2020-01-16', until: '2020-01-31' })).toEqual([]);
  });

  it('--lang: the language the meeting was read in', () => {
    expect(ids({ language: 'fi' })).toEqual(['paatos']);
    expect(ids({ language: 'en' })).toEqual(['title', 'loose']);
    expect(ids({ language: 'de' })).toEqual([]);
  });

  it('every filter given must hold', () => {
    expect(ids({ language: 'en', grep: 'resolved' })).toEqual(['loose']);
    expect(ids({ language: 'en', grep: 'resolved', since: '2000-01-01' })).toEqual([]);
    expect(ids({ items: ['5'], language: 'sv', until: '2020-01-31' })).toEqual(['sub']);
  });
});

describe('itemNumber', () => {
  it('reads an item number as people write it', () => {
    expect(['5', ' 5 ', '§ 5', '§5', '5 §', '5.', '5)', '3.2', '3.2.'].map(itemNumber)).toEqual(['5', '5', '5', '5', '5', '5', '5', '3.2', '3.2']);
  });
});

describe('sortDecisions', () => {
  it('meeting order: date, undated last, then path, then line', () => {
    const shuffled = [
      decision({ id: 'undated', meeting: { date: null, title: null, language: 'en' }, path: 'a.md' }),
      decision({ id: 'b-12', path: 'b.md', position: { line: 12, column: 1 } }),
      decision({ id: 'b-3', path: 'b.md', position: { line: 3, column: 1 } }),
      decision({ id: 'a', path: 'a.md', position: { line: 40, column: 1 } }),
      decision({ id: 'early', path: 'z.md', meeting: { date: '2023-01-01', title: null, language: 'en' } }),
    ];
    expect(sortDecisions(shuffled).map((record) => record.id)).toEqual(['early', 'a', 'b-3', 'b-12', 'undated']);
  });
});

describe('toDecisionRecords and listDecisions', () => {
  const minutes = (date: string) =>
    [`# Hallituksen kokous ${date}`, '', '## 1. Avaus', '', 'Kokous avattiin.', '', '## 2. Talousarvio', '', 'Päätös: Talousarvio hyväksyttiin.', ''].join('\n');

  it('gives each decision its meeting, language and agenda item title, without the cue', () => {
    const meeting = parseMinutes(minutes('5.3.2024'), { path: 'x.md' });
    const [record] = toDecisionRecords([{ path: 'x.md', meeting }]);
    expect(record).toEqual({
      id: meeting.decisions[0]?.id,
      text: meeting.decisions[0]?.text,
      item: '2',
      itemTitle: 'Talousarvio',
      path: 'x.md',
      position: meeting.decisions[0]?.position,
      meeting: { date: '2024-03-05', title: meeting.title, language: 'fi' },
    });
    expect(record?.text).toContain('hyväksyttiin');
  });

  it('lists parsed meetings in meeting order, filtered, with `-` for a meeting without a path', () => {
    const later = parseMinutes(minutes('5.3.2024'), { path: 'b.md' });
    const earlier = parseMinutes(minutes('1.2.2024'));
    expect(listDecisions([later, earlier]).map((record) => `${record.path} ${record.meeting.date}`)).toEqual(['- 2024-02-01', 'b.md 2024-03-05']);
    expect(listDecisions([later, earlier], { since: '2024-03-01' }).map((record) => record.path)).toEqual(['b.md']);
    expect(listDecisions([later, earlier], { items: ['1'] })).toEqual([]);
  });
});
