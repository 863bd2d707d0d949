import { describe, expect, it } from 'vitest';
import { tables } from '../../src/export/tables.js';
import { toRows } from '../../src/export/to-rows.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const minutes = `# Hallituksen kokous 3.3.2025

Aika: 3.3.2025 klo 18.00–19.30
Paikka: Kirjasto
Läsnä: Anna Virtanen (pj.), Bo Ek (siht.)

## 1. Budjetti

Päätös: Budjetti hyväksyttiin.

- [ ] Anna ja Bo: laativat tiedotteen 10.3.2025 mennessä
`;

describe('toRows', () => {
  const meeting = parseMinutes(minutes, { path: 'minutes/2025-03-03.md' });
  const rows = toRows('2025-03-03.md', meeting);

  it('gives each table rows as long as its columns, each starting with the meeting id', () => {
    for (const table of tables) {
      for (const row of rows[table.name]) {
        expect(row, table.name).toHaveLength(table.columns.length);
        expect(row[0]).toBe('2025-03-03.md');
      }
    }
  });

  it('puts each field in its column', () => {
    const cell = (name: (typeof tables)[number]['name'], row: number, column: string) => rows[name][row]?.[tables.find((table) => table.name === name)?.columns.findIndex((c) => c.name === column) ?? -1];
    expect(cell('meetings', 0, 'path')).toBe('minutes/2025-03-03.md');
    expect(cell('meetings', 0, 'date')).toBe('2025-03-03');
    expect(cell('meetings', 0, 'start_time')).toBe('18:00');
    expect(JSON.parse(String(cell('meetings', 0, 'fields')))).toEqual(meeting.fields);
    expect(rows.participants.map((row) => row.slice(1, 6))).toEqual([
      [1, 'Anna Virtanen', null, 'chair', 1],
      [2, 'Bo Ek', null, 'secretary', 1],
    ]);
    expect(cell('agenda', 0, 'number')).toBe('1');
    expect(cell('agenda', 0, 'title')).toBe('Budjetti');
    expect(cell('decisions', 0, 'text')).toBe('Päätös: Budjetti hyväksyttiin.');
    expect(cell('decisions', 0, 'item')).toBe('1');
    expect(cell('actions', 0, 'owners')).toBe('Anna Virtanen; Bo Ek');
    expect(cell('actions', 0, 'due_end')).toBe('2025-03-10');
    expect(rows.action_owners).toEqual([
      ['2025-03-03.md', 'A1', 1, 'Anna Virtanen'],
      ['2025-03-03.md', 'A1', 2, 'Bo Ek'],
    ]);
  });
});
