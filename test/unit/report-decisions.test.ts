import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../../src/report/decision-record.js';
import { formatDecisionsCsv } from '../../src/report/decisions-csv.js';
import { formatDecisionsJson, formatDecisionsNdjson } from '../../src/report/decisions-json.js';
import { formatDecisionsMarkdown } from '../../src/report/decisions-markdown.js';
import { formatDecisionsTable } from '../../src/report/decisions-table.js';

const board = { date: '2024-03-05', title: 'Board meeting', language: 'en' } as const;
const records: DecisionRecord[] = [
  { id: 'D1', text: 'The budget for 2024 was approved.', item: '3', itemTitle: 'Budget', path: 'minutes/2024-03-05.md', position: { line: 14, column: 1 }, meeting: board },
  { id: 'D2', text: 'RESOLVED: the spring meeting is held on 12 April.', item: null, itemTitle: null, path: 'minutes/2024-03-05.md', position: { line: 30, column: 3 }, meeting: board },
  { id: 'D1', text: 'Päätettiin hankkia uusi kahvinkeitin.', item: '4.1', itemTitle: null, path: 'minutes/undated.md', position: { line: 9, column: 1 }, meeting: { date: null, title: null, language: 'fi' } },
];

describe('formatDecisionsTable', () => {
  it('groups by meeting, each decision on its own lines with its item and place on the line under it', () => {
    expect(formatDecisionsTable(records, { color: 0, width: 0 })).toBe(
      [
        '2024-03-05 Board meeting',
        '  ✔ The budget for 2024 was approved.',
        '    § 3 Budget · minutes/2024-03-05.md:14',
        '  ✔ RESOLVED: the spring meeting is held on 12 April.',
        '    minutes/2024-03-05.md:30',
        '',
        '(untitled meeting)',
        '  ✔ Päätettiin hankkia uusi kahvinkeitin.',
        '    § 4.1 · minutes/undated.md:9',
        '',
        '3 decisions, 2 meetings',
        '',
      ].join('\n'),
    );
  });

  it('wraps a decision at the width, at most four lines, and cuts the item title before the place, or gives each a line', () => {
    const long: DecisionRecord = {
      ...records[0]!,
      text: 'The board approved the budget for 2024 with the changes the treasurer proposed, moved the spring meeting to April, asked the auditors for a report before it, and thanked the volunteers of the summer camp for their work.',
      itemTitle: 'Budget for the year 2024 and the plan of action',
    };
    const lines = formatDecisionsTable([long], { color: 0, width: 40 }).split('\n');
    expect(lines).toEqual([
      '2024-03-05 Board meeting',
      '  ✔ The board approved the budget for',
      '    2024 with the changes the treasurer',
      '    proposed, moved the spring meeting',
      '    to April, asked the auditors for a…',
      '    § 3 Budget for the year 2024 and th…',
      '    minutes/2024-03-05.md:14',
      '',
      '1 decision, 1 meeting',
      '',
    ]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    // With 16 columns or more left beside the place, the item is cut there instead.
    expect(formatDecisionsTable([long], { color: 0, width: 50 }).split('\n')[5]).toBe('    § 3 Budget for the… · minutes/2024-03-05.md:14');
  });

  it('colours on request only, and escapes what the minutes hold', () => {
    const hostile: DecisionRecord = { ...records[0]!, text: 'Approved \x1b[31mred\x1b[0m \u202Eevil', meeting: { ...board, title: 'Board\x07' } };
    const plain = formatDecisionsTable([hostile], { color: 0, width: 80 });
    expect(plain).not.toContain('\x1b');
    expect(plain).toContain('Approved \\x1b[31mred\\x1b[0m \\u{202E}evil');
    expect(plain).toContain('Board\\x07');
    const coloured = formatDecisionsTable([hostile], { color: 1, width: 80 });
    expect(coloured).toContain('\x1b[');
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });

  it('says so in the locale when nothing is listed, and counts in it', () => {
    expect(formatDecisionsTable([], { color: 0, width: 80 })).toBe('0 decisions\n');
    expect(formatDecisionsTable([], { color: 0, width: 80, locale: 'fi' })).toBe('0 päätöstä\n');
    expect(formatDecisionsTable(records, { color: 0, width: 80, locale: 'fi' }).split('\n').slice(-2)).toEqual(['3 päätöstä, 2 kokousta', '']);
    expect(formatDecisionsTable(records.slice(0, 1), { color: 0, width: 80, locale: 'sv' }).split('\n').slice(-2)).toEqual(['1 beslut, 1 möte', '']);
    expect(formatDecisionsTable(records, { color: 0, width: 80, locale: 'sv' })).toContain('(namnlöst möte)');
  });

  it('shows paths under the current folder relative to it', () => {
    const absolute: DecisionRecord = { ...records[0]!, path: '/archive/minutes/a.md' };
    expect(formatDecisionsTable([absolute], { color: 0, width: 0, cwd: '/archive' })).toContain('§ 3 Budget · minutes/a.md:14');
    expect(formatDecisionsTable([absolute], { color: 0, width: 0, cwd: '/elsewhere' })).toContain('/archive/minutes/a.md:14');
  });
});

describe('formatDecisionsMarkdown', () => {
  it('a heading per meeting, one item a decision with its agenda item and a link to its line', () => {
    expect(formatDecisionsMarkdown(records)).toBe(
      [
        '## 2024-03-05 — Board meeting',
        '',
        '- **§ 3 Budget:** The budget for 2024 was approved. — [minutes/2024-03-05.md:14](minutes/2024-03-05.md#L14)',
        '- RESOLVED: the spring meeting is held on 12 April. — [minutes/2024-03-05.md:30](minutes/2024-03-05.md#L30)',
        '',
        '## (untitled meeting)',
        '',
        '- **§ 4.1:** Päätettiin hankkia uusi kahvinkeitin. — [minutes/undated.md:9](minutes/undated.md#L9)',
        '',
      ].join('\n'),
    );
  });

  it('keeps text from the minutes on one line with its Markdown syntax escaped, and link targets encoded', () => {
    const odd: DecisionRecord = {
      ...records[0]!,
      text: 'Approved\n## not a heading [link](x) <b>',
      itemTitle: '*Budget*',
      path: 'minutes/a (draft) #2.md',
      meeting: { ...board, title: '# Board | x' },
    };
    expect(formatDecisionsMarkdown([odd]).split('\n')).toEqual([
      '## 2024-03-05 — \\# Board \\| x',
      '',
      '- **§ 3 \\*Budget\\*:** Approved \\#\\# not a heading \\[link\\](x) \\<b\\> — [minutes/a (draft) \\#2.md:14](minutes/a%20(draft)%20%232.md#L14)',
      '',
    ]);
    const surrogate: DecisionRecord = { ...records[0]!, path: 'a\uD800.md' };
    expect(formatDecisionsMarkdown([surrogate])).toContain('](a%EF%BF%BD.md#L14)');
  });
});

describe('formatDecisionsCsv', () => {
  it('the rules of the actions CSV: BOM, header, CRLF, quoting, formula neutralisation', () => {
    const formula: DecisionRecord = { ...records[0]!, text: '=HYPERLINK("http://x","y")', itemTitle: '+1, "quoted"' };
    expect(formatDecisionsCsv([formula, records[2]!])).toBe(
      '\uFEFFid,decision,meeting_date,meeting_title,language,item,item_title,path,line\r\n' +
        `D1,"'=HYPERLINK(""http://x"",""y"")",2024-03-05,Board meeting,en,3,"'+1, ""quoted""",minutes/2024-03-05.md,14\r\n` +
        'D1,Päätettiin hankkia uusi kahvinkeitin.,,,fi,4.1,,minutes/undated.md,9\r\n',
    );
  });
});

describe('formatDecisionsJson', () => {
  it('an array of records with keys in a fixed order; ndjson one record a line', () => {
    const shuffled = { meeting: board, position: { column: 1, line: 14 }, path: 'p.md', itemTitle: null, item: null, text: 'T', id: 'D9', extra: 1 } as unknown as DecisionRecord;
    const json = formatDecisionsJson([shuffled]);
    expect(json).toBe(
      `${JSON.stringify([{ id: 'D9', text: 'T', item: null, itemTitle: null, path: 'p.md', position: { line: 14, column: 1 }, meeting: { date: '2024-03-05', title: 'Board meeting', language: 'en' } }], null, 2)}\n`,
    );
    const lines = formatDecisionsNdjson(records).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines.slice(0, 3).map((line) => (JSON.parse(line) as DecisionRecord).position.line)).toEqual([14, 30, 9]);
  });
});
