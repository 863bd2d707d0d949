import { describe, expect, it } from 'vitest';
import { formatActionsCsv } from '../../src/report/actions-csv.js';
import { actionRecord } from './report-fixtures.js';

const header = 'id,owners,task,status,due_text,due_start,due_end,meeting_date,meeting_title,item,path,line\r\n';

/** The task cell of a one-record CSV. */
function taskCell(text: string): string {
  const row = formatActionsCsv([actionRecord({ id: 'x', owners: [], text })]).slice(1 + header.length);
  return row.slice(3, row.indexOf(',open,'));
}

describe('formatActionsCsv', () => {
  it('writes a BOM, a header and CRLF rows, quoting and neutralising as needed', () => {
    const records = [
      actionRecord({ text: '=cmd()' }),
      actionRecord({
        id: 'a2',
        owners: ['Bo Ek', 'Anna Virtanen'],
        text: 'Say "hi",\nthen leave',
        due: null,
        meeting: { date: null, title: 'Board, "annual"' },
        item: null,
      }),
    ];
    expect(formatActionsCsv(records)).toBe(
      '\uFEFF' +
        header +
        "a1,Anna Virtanen,'=cmd(),open,by Friday,2025-03-07,2025-03-07,2025-03-03,Board meeting,3,minutes/2025-03-03.md,14\r\n" +
        'a2,Bo Ek; Anna Virtanen,"Say ""hi"",\nthen leave",open,,,,,"Board, ""annual""",,minutes/2025-03-03.md,14\r\n',
    );
  });

  it('writes only the BOM and the header for no actions', () => {
    expect(formatActionsCsv([])).toBe(`\uFEFF${header}`);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2 chairs', "'-2 chairs"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['a=b', 'a=b'],
    ['Päätös ✓', 'Päätös ✓'],
  ])('neutralises a cell starting %j as %j', (text, cell) => {
    expect(taskCell(text)).toBe(cell);
  });

  it('neutralises every field, owners included', () => {
    const output = formatActionsCsv([actionRecord({ owners: ['@admin', 'Bo'] })]);
    expect(output).toContain(",'@admin; Bo,");
  });
});
