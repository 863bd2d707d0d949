import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { tables } from '../src/export/tables.js';
import type { Meeting } from '../src/model/meeting.js';
import { runCli } from './fake-io.js';

// `minutes export` over every fixture (the two binary ones under fixtures/hostile are the
// unreadable files: one line each, exit 1, the rest exported), checked against `parse --json`.
const binary = ['fixtures/hostile/binary-controls.md', 'fixtures/hostile/nul-bytes.md'];
const problemLines = `minutes: ${binary[0]}: binary content, not text\nminutes: ${binary[1]}: binary content (NUL bytes), not text\n`;
const fresh = () => mkdtempSync(join(tmpdir(), 'minutes-export-'));

let meetings: Meeting[];
let parseJson: string;

beforeAll(async () => {
  const exported = await runCli(['export', 'fixtures/']);
  expect(exported.exitCode).toBe(1);
  meetings = JSON.parse(exported.stdout) as Meeting[];
  const paths = meetings.map((meeting) => meeting.source.path as string);
  const parsed = await runCli(['parse', '--json', ...paths]);
  expect(parsed.exitCode).toBe(0);
  parseJson = parsed.stdout;
}, 120_000); // over every fixture: slow on a loaded machine

const total = (field: 'participants' | 'agenda' | 'decisions' | 'actions') => meetings.reduce((sum, meeting) => sum + meeting[field].length, 0);

describe('minutes export --format json and ndjson', () => {
  it('json is byte for byte what parse --json prints for the same files, in the order collected', async () => {
    const result = await runCli(['export', 'fixtures/']);
    expect(result.stdout).toBe(parseJson);
    const files = readdirSync('fixtures', { recursive: true }).map(String).filter((name) => /\.(md|markdown|txt)$/.test(name));
    expect(meetings.length).toBe(files.length - binary.length);
    expect(meetings.map((meeting) => meeting.source.path)).toContain('fixtures/actions/2019-12-13-tyoryhma.md');
    expect(result.stderr).toBe(problemLines);
  });

  it('ndjson: each line parses and equals parse --json of that file', async () => {
    const result = await runCli(['export', '--format', 'ndjson', 'fixtures/']);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(meetings.length);
    for (const line of lines.slice(0, 12)) {
      const meeting = JSON.parse(line) as Meeting;
      const one = await runCli(['parse', '--json', meeting.source.path as string]);
      expect(meeting).toEqual(JSON.parse(one.stdout));
    }
    expect(lines.map((line) => JSON.parse(line))).toEqual(meetings);
  });

  it('json to a file with -o, standard output with -o -, an empty array for no files', async () => {
    const dir = fresh();
    expect((await runCli(['export', 'fixtures/actions', '-o', join(dir, 'a.json')])).exitCode).toBe(0);
    const dashed = await runCli(['export', 'fixtures/actions', '-o', '-']);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(dashed.stdout);
    expect(readdirSync(dir)).toEqual(['a.json']);
    const none = await runCli(['export', '--ignore', '**/*.md', 'fixtures/actions']);
    expect(none).toEqual({ exitCode: 0, stdout: '[]\n', stderr: '' });
  });
});

describe('minutes export --format csv', () => {
  let dir: string;
  let read: (name: string) => string[][];
  beforeAll(async () => {
    dir = fresh();
    const result = await runCli(['export', '--format', 'csv', '-o', join(dir, 'tables'), 'fixtures/']);
    expect(result.exitCode).toBe(1);
    read = (name) => parseCsv(readFileSync(join(dir, 'tables', name), 'utf8'));
  }, 120_000); // over every fixture: slow on a loaded machine

  it('writes one CSV a table, with a BOM and a header row', () => {
    expect(readdirSync(join(dir, 'tables')).sort()).toEqual(['actions.csv', 'agenda.csv', 'decisions.csv', 'meetings.csv', 'participants.csv']);
    expect(readFileSync(join(dir, 'tables', 'decisions.csv'), 'utf8').startsWith('\uFEFFmeeting_id,decision_id,item,text,line,col,cue_kind,cue_words\r\n')).toBe(true);
    expect(read('actions.csv')[0]).toEqual(['meeting_id', 'action_id', 'item', 'owners', 'text', 'status', 'due_text', 'due_start', 'due_end', 'line', 'col', 'cue_kind', 'cue_words', 'cue_owner']);
  });

  it('has a row for every meeting, participant, item, decision and action, each joined to its meeting by meeting_id', () => {
    const [meetingHeader, ...meetingRows] = read('meetings.csv');
    expect(meetingHeader?.[0]).toBe('meeting_id');
    expect(meetingRows).toHaveLength(meetings.length);
    const ids = new Set(meetingRows.map((row) => row[0]));
    expect(ids.size).toBe(meetings.length);
    const counts: Array<[string, number]> = [['participants.csv', total('participants')], ['agenda.csv', total('agenda')], ['decisions.csv', total('decisions')], ['actions.csv', total('actions')]];
    for (const [name, count] of counts) {
      const rows = read(name).slice(1);
      expect(rows, name).toHaveLength(count);
      expect(rows.filter((row) => !ids.has(row[0])), name).toEqual([]);
    }
  });

  it('keeps each value: ids relative to the common folder, texts, owners, dates, and neutralises formulas', () => {
    const meetingRow = read('meetings.csv').find((row) => row[0] === 'actions/2019-12-13-tyoryhma.md');
    expect(meetingRow?.slice(1, 7)).toEqual(['fixtures/actions/2019-12-13-tyoryhma.md', '1', 'fi', 'utf-8', 'Asiakaskokemuksen kehittämistyöryhmä', '2019-12-13']);
    const decision = read('decisions.csv').find((row) => row[0] === 'actions/2019-12-13-tyoryhma.md');
    expect(decision?.slice(1, 4)).toEqual(['D1', '2', 'Päätettiin, että ensimmäinen koulutuspäivä pidetään Kajaanissa.']);
    const action = read('actions.csv').find((row) => row[0] === 'actions/2019-11-08-tyoryhma.md' && row[1] === 'A1');
    expect(action?.slice(3, 9)).toEqual(['Minna Männikkö', "'@minna: Lähetä tiimiläisille Oulun omatoimiaikojen toimintaohjeet 15.12.2019 mennessä", 'open', '15.12.2019 mennessä', '2019-12-15', '2019-12-15']);
  });
});

describe('minutes export --format sqlite', () => {
  let dir: string;
  let file: string;
  let db: import('sql.js').Database;
  const query = (sql: string) => db.exec(sql)[0]?.values ?? [];
  beforeAll(async () => {
    dir = fresh();
    file = join(dir, 'archive.db');
    const result = await runCli(['export', '--format', 'sqlite', '-o', file, 'fixtures/']);
    expect(result.exitCode).toBe(1);
    const SQL = await initSqlJs({ locateFile: () => createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm') });
    db = new SQL.Database(readFileSync(file));
  }, 120_000); // over every fixture: slow on a loaded machine

  it('has the tables, indexes and full-text tables', () => {
    const names = query("select name from sqlite_master where type = 'table' and name not like '%fts_%' order by name").flat();
    expect(names).toEqual(['action_owners', 'actions', 'actions_fts', 'agenda', 'agenda_fts', 'decisions', 'decisions_fts', 'meetings', 'participants']);
    const indexes = query("select name from sqlite_master where type = 'index' and name not like 'sqlite_%' order by name").flat();
    expect(indexes).toEqual(['action_owners_owner', 'actions_due_start_due_end', 'actions_owners', 'meetings_date', 'participants_name']);
  });

  it('holds as many rows as parse --json gives, with intact foreign keys', () => {
    expect(query('select count(*) from meetings')).toEqual([[meetings.length]]);
    for (const table of ['participants', 'agenda', 'decisions', 'actions'] as const) expect(query(`select count(*) from ${table}`), table).toEqual([[total(table)]]);
    const owners = meetings.reduce((sum, meeting) => sum + meeting.actions.reduce((n, action) => n + action.owners.length, 0), 0);
    expect(query('select count(*) from action_owners')).toEqual([[owners]]);
    expect(query('PRAGMA foreign_key_check')).toEqual([]);
    expect(query("select count(*) from sqlite_master where sql like '%REFERENCES%'")).toEqual([[5]]);
  });

  it('finds decisions, actions and agenda items by their words, any case, accents optional', () => {
    const decisions = query("select d.meeting_id, d.decision_id, d.text from decisions_fts f join decisions d on d.rowid = f.docid where decisions_fts match 'kajaani*' order by 1");
    expect(decisions).toEqual([
      ['actions/2019-12-13-tyoryhma.md', 'D1', 'Päätettiin, että ensimmäinen koulutuspäivä pidetään Kajaanissa.'],
      ['actions/2020-01-08-workgroup.md', 'D1', 'Decision: the first training day is held in Kajaani on 26 February.'],
    ]);
    const minna = query("select count(*) from actions_fts where actions_fts match 'owners:mannikko'")[0]?.[0];
    expect(minna).toBe(query("select count(*) from actions where owners like '%Männikkö%'")[0]?.[0]);
    expect(Number(minna)).toBeGreaterThan(0);
    expect(query("select count(*) from agenda_fts where agenda_fts match 'title:budjetti*'")[0]?.[0]).toBeTypeOf('number');
  });

  it('replaces the file whole when exported again, leaving no temporary file', async () => {
    const before = statSync(file).ino;
    const again = await runCli(['export', '--format', 'sqlite', '-o', file, 'fixtures/actions']);
    expect(again.exitCode).toBe(0);
    expect(readdirSync(dir)).toEqual(['archive.db']);
    expect(statSync(file).ino).not.toBe(before);
    const SQL = await initSqlJs({ locateFile: () => createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm') });
    expect(new SQL.Database(readFileSync(file)).exec('select count(*) from meetings')[0]?.values).toEqual([[3]]);
  });

  const sqlite3 = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' });
  it.skipIf(sqlite3.status !== 0)('opens in the sqlite3 shell: integrity, foreign keys, counts and a full-text query', async () => {
    const db2 = join(fresh(), 'shell.db');
    expect((await runCli(['export', '--format', 'sqlite', '-o', db2, 'fixtures/'])).exitCode).toBe(1);
    const shell = (sql: string) => spawnSync('sqlite3', [db2, sql], { encoding: 'utf8' });
    expect(shell('PRAGMA integrity_check').stdout).toBe('ok\n');
    expect(shell('PRAGMA foreign_key_check').stdout).toBe('');
    expect(shell('select count(*) from decisions').stdout).toBe(`${total('decisions')}\n`);
    const found = shell("select meeting_id || ' ' || decision_id from decisions where rowid in (select docid from decisions_fts where decisions_fts match 'kajaanissa')");
    expect(found).toMatchObject({ status: 0, stdout: 'actions/2019-12-13-tyoryhma.md D1\n', stderr: '' });
  });
});

describe('minutes export errors', () => {
  it('csv or sqlite without -o, or with -o -, is a usage error: one line, exit 2', async () => {
    for (const args of [['--format', 'csv'], ['--format', 'sqlite'], ['--format', 'sqlite', '-o', '-']]) {
      const result = await runCli(['export', ...args, 'fixtures/actions']);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^minutes: --format (csv|sqlite) needs -o (FOLDER|FILE): [^\n]*\n$/);
    }
  });

  it('says the missing -o in the language of messages', async () => {
    const finnish = await runCli(['export', '--format', 'csv', '--locale', 'fi', 'fixtures/actions']);
    expect(finnish.exitCode).toBe(2);
    expect(finnish.stderr).toBe('minutes: --format csv tarvitsee -o KANSIO: se kirjoittaa kansiollisen taulukoita, ei vakiotulosteeseen\n');
    const swedish = await runCli(['export', '--format', 'sqlite', '--locale', 'sv', 'fixtures/actions']);
    expect(swedish.exitCode).toBe(2);
    expect(swedish.stderr).toBe('minutes: --format sqlite behöver -o FIL: den skriver en databasfil, inte till standard ut\n');
  });

  it('an unknown format is a usage error, exit 2', async () => {
    const result = await runCli(['export', '--format', 'xml', 'fixtures/actions']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^error: option '--format <format>' argument 'xml' is invalid\. Allowed choices are json, ndjson, csv, sqlite\.\n/);
  });

  it('an output that cannot be written: one line naming it, exit 2, and no file left behind', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'plain'), 'x');
    const cases: Array<[string[], string, string]> = [
      [['--format', 'sqlite'], join(dir, 'missing', 'a.db'), 'no such file or directory'],
      [['--format', 'sqlite'], dir, 'is a directory'],
      [['--format', 'ndjson'], join(dir, 'missing', 'a.ndjson'), 'no such file or directory'],
      [['--format', 'csv'], join(dir, 'plain'), 'not a directory'],
      [['--format', 'csv'], join(dir, 'missing', 'deeper'), 'no such file or directory'],
      ...(existsSync('/dev/full') ? [[['--format', 'json'], '/dev/full', 'no space left on device'] as [string[], string, string]] : []),
    ];
    for (const [args, target, reason] of cases) {
      const result = await runCli(['export', ...args, '-o', target, 'fixtures/actions']);
      expect(result, `${args.join(' ')} -o ${target}`).toEqual({ exitCode: 2, stdout: '', stderr: `minutes: ${target}: ${reason}\n` });
    }
    expect(readdirSync(dir)).toEqual(['plain']);
  });
});

describe('README', () => {
  it('documents every column of every table of the export, in order', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('#### The tables'), readme.indexOf('### The JSON contract'));
    for (const table of tables) {
      const start = section.indexOf(`**${table.name}**`);
      expect(start, table.name).toBeGreaterThan(-1);
      const documented = [...section.slice(start).split('\n\n**')[0]!.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);
      expect(documented, table.name).toEqual(table.columns.map((column) => column.name));
    }
  });
});

describe('minutes export, a write failing half way', () => {
  it.skipIf(!existsSync('/dev/full'))('stops reading at once: one line, exit 2', async () => {
    // One meeting whose JSON passes the megabyte the output is gathered in, so it is written before the end.
    const dir = fresh();
    writeFileSync(join(dir, 'a-long.md'), `# Notes\n\n${`${'Plain words of a long note. '.repeat(40)}\n\n`.repeat(1_000)}`);
    writeFileSync(join(dir, 'z-binary.md'), new Uint8Array([0, 1, 2, 0]));
    const result = await runCli(['export', '--format', 'json', '--jobs', '0', '-o', '/dev/full', dir]);
    // The binary file comes last, so a run that went on to the end would report it too.
    expect(result).toEqual({ exitCode: 2, stdout: '', stderr: 'minutes: /dev/full: no space left on device\n' });
  }, 60_000);
});

/** Read RFC 4180 CSV (after its BOM) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += char;
  }
  return rows;
}
