import { describe, expect, it } from 'vitest';
import { formatActionsJson, formatActionsNdjson } from '../../src/report/actions-json.js';
import { actionRecord } from './report-fixtures.js';

const history = [
  { path: 'minutes/2025-02-03.md', date: '2025-02-03', status: 'open' as const, line: 9 },
  { path: 'minutes/2025-03-03.md', date: '2025-03-03', status: 'open' as const, line: 14 },
];
const records = [actionRecord({ history }), actionRecord({ id: 'a2', owners: [], due: null, item: null, itemTitle: null })];

describe('formatActionsJson', () => {
  it('prints a pretty array of records with meeting, agenda item and history', () => {
    const output = formatActionsJson(records);
    expect(output.endsWith('}\n]\n')).toBe(true);
    expect(output.startsWith('[\n  {\n    "id": "a1",\n    "text": "Send the budget draft to the board",\n')).toBe(true);
    expect(JSON.parse(output)).toEqual(records);
  });

  it('puts the keys in a fixed order whatever order the record has', () => {
    const [first] = JSON.parse(formatActionsJson(records)) as Array<Record<string, unknown>>;
    expect(Object.keys(first ?? {})).toEqual([
      'id', 'text', 'owners', 'status', 'due', 'overdue', 'item', 'itemTitle', 'path', 'position', 'meeting', 'history',
    ]);
  });

  it('prints an empty array for no actions', () => {
    expect(formatActionsJson([])).toBe('[]\n');
  });
});

describe('formatActionsNdjson', () => {
  it('prints one compact object a line', () => {
    const output = formatActionsNdjson(records);
    const lines = output.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines.slice(0, 2).map((line) => JSON.parse(line) as unknown)).toEqual(records);
    expect(lines[1]).toMatch(/^\{"id":"a2","text":"Send the budget draft to the board","owners":\[\],/);
  });

  it('keeps a newline inside a task on the same line', () => {
    expect(formatActionsNdjson([actionRecord({ text: 'a\nb\u2028c' })]).split('\n')).toHaveLength(2);
  });

  it('prints nothing for no actions', () => {
    expect(formatActionsNdjson([])).toBe('');
  });
});
