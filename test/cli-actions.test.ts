import { stripVTControlCharacters } from 'node:util';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import type { Io } from '../src/io.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const archive = 'fixtures/actions';
const first = `${archive}/2019-11-08-tyoryhma.md`;
const second = `${archive}/2019-12-13-tyoryhma.md`;
const third = `${archive}/2020-01-08-workgroup.md`;
const today = ['--today', '2020-01-20'];

interface Result {
  exitCode: number;
  stdout: string;
  stderr: string;
}

interface FakeOptions {
  cwd?: string;
  stdin?: string;
  /** Both streams are terminals. */
  tty?: boolean;
  columns?: number;
  env?: Record<string, string>;
}

/** Run `minutes actions ARGS` in process over a fake Io on the real file system. */
async function actions(args: string[], options: FakeOptions = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text) => void (stdout += text), isTTY: options.tty ?? false, columns: options.columns ?? 0 },
    stderr: { write: (text) => void (stderr += text), isTTY: options.tty ?? false, columns: options.columns ?? 0 },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    readFile: (path) => readFile(join(options.cwd ?? root, path)),
    cwd: options.cwd ?? root,
    env: options.env ?? {},
  };
  const exitCode = await run(['node', 'minutes', 'actions', ...args], io);
  return { exitCode, stdout, stderr };
}

interface JsonAction {
  owners: string[];
  text: string;
  status: string;
  due: { end: string } | null;
  overdue: boolean;
  path: string;
  position: { line: number };
  meeting: { date: string | null; title: string | null };
  itemTitle: string | null;
  history: { path: string; date: string | null; status: string; line: number }[];
}

/** `--format json` output in short: `owners | path:line | status | due end | overdue`. */
async function listed(args: string[]): Promise<string[]> {
  const result = await actions([...today, ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as JsonAction[]).map(
    (a) => `${a.owners.join(', ')} | ${a.path}:${a.position.line} | ${a.status} | ${a.due?.end ?? '-'}${a.overdue ? ' | overdue' : ''}`,
  );
}

const minnaOpen = [
  `Minna Männikkö | ${third}:11 | open | 2020-01-10 | overdue`,
  `Minna Männikkö | ${second}:18 | open | 2020-01-31`,
];

describe('minutes actions over an archive', () => {
  it('lists exactly Minna Männikkö’s open tasks, by due date, and the same for any way of writing her name', async () => {
    expect(await listed(['--owner', 'Minna', archive])).toEqual(minnaOpen);
    for (const name of ['minna', 'Männikkö', 'mannikko', 'MINNA MANNIKKO', 'Minnalle', 'Männikön', '@minna']) {
      expect(await listed(['--owner', name, archive]), name).toEqual(minnaOpen);
    }
  });

  it('lists every open task by due date, undated last, and merges what later meetings repeat', async () => {
    expect(await listed([archive])).toEqual([
      `Arja Nevala | ${second}:10 | open | 2019-12-15 | overdue`,
      `Minna Männikkö | ${third}:11 | open | 2020-01-10 | overdue`,
      `Isa Kotilaine | ${third}:17 | open | 2020-01-19 | overdue`,
      `Minna Männikkö | ${second}:18 | open | 2020-01-31`,
      `Heidi Tuikka | ${third}:13 | open | 2020-01-31`,
      ` | ${third}:18 | open | -`,
    ]);
  });

  it('closes the task an earlier meeting opened when a later one marks it done, with both sightings in history', async () => {
    const result = await actions(['--status', 'done', '--owner', 'Minna', '--format', 'json', ...today, archive]);
    const [closed, ...rest] = JSON.parse(result.stdout) as JsonAction[];
    expect(rest).toEqual([]);
    expect(closed?.text).toContain('omatoimiaikojen toimintaohjeet');
    expect(closed).toMatchObject({ status: 'done', overdue: false, path: second, due: { end: '2019-12-15' } });
    expect(closed?.history).toEqual([
      { path: first, date: '2019-11-08', status: 'open', line: 11 },
      { path: second, date: '2019-12-13', status: 'done', line: 9 },
    ]);
  });

  it('closes a task with a plain "tehty" too, and --status all lists open and done', async () => {
    expect(await listed(['--status', 'all', '--owner', 'Isa', archive])).toEqual([
      `Isa Kotilaine | ${second}:19 | done | 2019-12-31`,
      `Isa Kotilaine | ${third}:17 | open | 2020-01-19 | overdue`,
    ]);
    expect(await listed(['--status', 'all', archive])).toHaveLength(9);
  });

  it('gives each action its meeting, agenda item and history in JSON', async () => {
    const result = await actions(['--owner', 'Arja', '--format', 'json', ...today, archive]);
    const [arja] = JSON.parse(result.stdout) as JsonAction[];
    expect(arja).toMatchObject({
      owners: ['Arja Nevala'],
      meeting: { date: '2019-12-13', title: 'Asiakaskokemuksen kehittämistyöryhmä' },
      itemTitle: 'Edellisen kokouksen tehtävät',
      history: [
        { path: first, date: '2019-11-08', status: 'open', line: 12 },
        { path: second, date: '2019-12-13', status: 'open', line: 10 },
      ],
    });
    expect(arja?.text).toContain('Raahen asiakaspalautteet');
  });

  it('filters: --unassigned, --overdue, --due-before, --due-after, --since, --until, --grep', async () => {
    expect(await listed(['--unassigned', archive])).toEqual([` | ${third}:18 | open | -`]);
    expect(await listed(['--overdue', archive])).toHaveLength(3);
    expect(await listed(['--overdue', '--today', '2020-01-12', archive])).toEqual([
      `Arja Nevala | ${second}:10 | open | 2019-12-15 | overdue`,
      `Minna Männikkö | ${third}:11 | open | 2020-01-10 | overdue`,
    ]);
    expect(await listed(['--due-before', '2020-01-10', archive])).toEqual([`Arja Nevala | ${second}:10 | open | 2019-12-15 | overdue`]);
    expect(await listed(['--due-after', '2020-01-19', archive])).toHaveLength(2);
    expect(await listed(['--since', '2020-01-08', '--owner', 'Minna', archive])).toEqual([minnaOpen[0]]);
    expect(await listed(['--until', '2019-12-13', '--owner', 'Minna', archive])).toEqual([minnaOpen[1]]);
    expect(await listed(['--grep', 'KOULUTUSPAIVILLE', archive])).toEqual([minnaOpen[1]]);
  });

  it('--sort meeting and --sort owner', async () => {
    const byMeeting = await listed(['--sort', 'meeting', archive]);
    expect(byMeeting.map((line) => line.split(' | ')[1])).toEqual([
      `${second}:10`,
      `${second}:18`,
      `${third}:11`,
      `${third}:13`,
      `${third}:17`,
      `${third}:18`,
    ]);
    const byOwner = await listed(['--sort', 'owner', archive]);
    expect(byOwner.map((line) => line.split(' | ')[0])).toEqual([
      'Arja Nevala',
      'Heidi Tuikka',
      'Isa Kotilaine',
      'Minna Männikkö',
      'Minna Männikkö',
      '',
    ]);
  });

  it('reads standard input for -', async () => {
    const stdin = await readFile(join(root, third), 'utf8');
    const result = await actions(['--owner', 'Heidi', '--format', 'ndjson', ...today, '-'], { stdin });
    expect(result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as JsonAction).path)).toEqual(['-']);
  });
});

describe('minutes actions output formats', () => {
  it('table: grouped by owner, plain when not a terminal, with a closing count', async () => {
    const result = await actions([...today, archive]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toContain('\x1b[');
    const lines = result.stdout.split('\n');
    expect(lines.filter((line) => line !== '' && !line.startsWith(' '))).toEqual([
      'Arja Nevala',
      'Heidi Tuikka',
      'Isa Kotilaine',
      'Minna Männikkö',
      '(unassigned)',
      '6 open actions, 3 overdue, 4 people',
    ]);
    expect(result.stdout).toContain(`${third}:11`);
  });

  it('table: laid out for the terminal width, COLUMNS when set, 80 when not a terminal', async () => {
    const lines = async (options: FakeOptions) => (await actions([...today, archive], options)).stdout;
    expect(await lines({})).toBe(await lines({ tty: true, columns: 80, env: { NO_COLOR: '1' } }));
    expect(await lines({ env: { COLUMNS: '160' } })).toBe(await lines({ tty: true, columns: 160, env: { NO_COLOR: '1' } }));
    expect(await lines({ tty: true, columns: 200, env: { COLUMNS: '60', NO_COLOR: '1' } })).toBe(await lines({ env: { COLUMNS: '60' } }));
  });

  // Golden tables, reviewed by a person: UPDATE_GOLDEN=1 rewrites them.
  for (const columns of [60, 80, 160]) {
    for (const color of [false, true]) {
      it(`table: golden output at ${columns} columns${color ? ', coloured' : ''}`, async () => {
        const result = await actions([...today, archive], { tty: color, env: { COLUMNS: String(columns) } });
        const golden = `fixtures/tables/actions-${columns}${color ? "-color" : ""}.out`;
        if (process.env.UPDATE_GOLDEN === '1') await writeFile(golden, result.stdout);
        expect(result.stdout).toBe(await readFile(golden, 'utf8'));
        for (const line of stripVTControlCharacters(result.stdout).split('\n')) expect(line.length).toBeLessThanOrEqual(columns);
      });
    }
  }

  it('table: every task of the fixtures on at most two lines at 80 columns, in a pipe', async () => {
    const result = await actions(['--status', 'all', ...today, 'fixtures']);
    const lines = result.stdout.split('\n');
    let task = 0;
    for (const line of lines) {
      if (/^ {2}\[[ x]\] /.test(line)) task = 1;
      else if (line.startsWith('      ') && task > 0) task++;
      else task = 0;
      // The task's lines and the dim line with the meeting and place under them.
      expect(task, line).toBeLessThanOrEqual(3);
    }
    expect(lines.filter((line) => /^ {2}\[[ x]\] /.test(line)).length).toBeGreaterThan(20);
  });

  it('table: coloured on a terminal, never with NO_COLOR or --no-color', async () => {
    const terminal = await actions([...today, archive], { tty: true, columns: 80 });
    expect(terminal.stdout).toContain('\x1b[');
    expect((await actions([...today, archive], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await actions(['--no-color', ...today, archive], { tty: true })).stdout).not.toContain('\x1b[');
  });

  it('table: says so when nothing is listed', async () => {
    const result = await actions(['--owner', 'Nobody', ...today, archive]);
    expect(result).toEqual({ exitCode: 0, stdout: '0 actions\n', stderr: '' });
  });

  it('ndjson: one JSON object a line', async () => {
    const result = await actions(['--owner', 'Minna', '--format', 'ndjson', ...today, archive]);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as JsonAction).position.line)).toEqual([11, 18]);
  });

  it('csv: UTF-8 with a byte order mark, a header row, CRLF line ends', async () => {
    const result = await actions(['--owner', 'Minna', '--format', 'csv', ...today, archive]);
    expect(result.stdout.startsWith('\uFEFFid,owners,task,status,due_text,due_start,due_end,meeting_date,meeting_title,item,path,line\r\n')).toBe(true);
    const rows = result.stdout.split('\r\n').slice(1, -1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(`Minna Männikkö,`);
    expect(rows[0]?.endsWith(`,2020-01-08,Customer experience working group,1,${third},11`)).toBe(true);
  });

  it('markdown: a task list grouped by owner', async () => {
    const result = await actions(['--owner', 'Minna', '--owner', 'Heidi', '--format', 'markdown', ...today, archive]);
    const lines = result.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('### '))).toEqual(['### Heidi Tuikka', '### Minna Männikkö']);
    const items = lines.filter((line) => line.startsWith('- '));
    expect(items).toHaveLength(3);
    for (const item of items) expect(item).toMatch(/^- \[ \] .+ \(due \d{4}-\d{2}-\d{2}\) — \d{4}-\d{2}-\d{2}, fixtures\/actions\/.+:\d+$/);
  });

  it('ics: one VTODO per action, CRLF line ends, no line over 75 octets', async () => {
    const result = await actions(['--owner', 'Minna', '--format', 'ics', ...today, archive]);
    expect(result.stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(result.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(result.stdout.match(/BEGIN:VTODO/g)).toHaveLength(2);
    expect(result.stdout).toContain('DUE;VALUE=DATE:20200110\r\n');
    expect(result.stdout).toContain('CATEGORIES:Minna Männikkö\r\n');
    expect(result.stdout.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of result.stdout.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('-o FILE writes the output there and nothing to stdout; an unwritable one is exit 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-actions-out-'));
    try {
      const out = join(dir, 'minna.json');
      const result = await actions(['--owner', 'Minna', '--format', 'json', '-o', out, ...today, archive]);
      expect(result).toEqual({ exitCode: 0, stdout: '', stderr: '' });
      expect((JSON.parse(await readFile(out, 'utf8')) as unknown[]).length).toBe(2);
      const table = join(dir, 'table.txt');
      await actions(['--output', table, ...today, archive], { tty: true });
      expect(await readFile(table, 'utf8')).not.toContain('\x1b[');
      const failed = await actions(['-o', join(dir, 'missing', 'x.json'), ...today, archive]);
      expect(failed.exitCode).toBe(2);
      expect(failed.stderr).toMatch(/^minutes: .*x\.json: no such file or directory\n$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('minutes actions usage checks', () => {
  it('an empty --owner or --grep is a usage error, not a filter that silently lists nothing', async () => {
    for (const args of [['--owner', ''], ['--owner', 'Minna', '--owner', '  '], ['--grep', '']]) {
      const result = await actions([...args, archive]);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^error: option '--(owner|grep) <\w+>' argument '\s*' is invalid\. expected some text, not an empty --(owner|grep)\.\n/);
    }
  });

  it('dates that do not exist and contradictory options: one line, exit 2', async () => {
    const cases: [string[], string][] = [
      [['--since', '2020-02-30'], "error: option '--since <date>' argument '2020-02-30' is invalid. expected a date as YYYY-MM-DD.\n"],
      [['--since', '2020-02-01', '--until', '2020-01-01'], 'minutes: --since 2020-02-01 is after --until 2020-01-01: no meeting can match both\n'],
      [['--due-after', '2020-02-01', '--due-before', '2020-01-15'], 'minutes: --due-after 2020-02-01 is not before --due-before 2020-01-15: no deadline can match both\n'],
      [['--overdue', '--status', 'done'], 'minutes: --overdue lists open actions: it cannot be used with --status done\n'],
    ];
    for (const [args, stderr] of cases) {
      const result = await actions([...args, archive]);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(stderr.trimEnd());
    }
    expect((await actions(['--since', '2020-01-01', '--until', '2020-01-01', ...today, archive])).exitCode).toBe(0);
  });
});

describe('minutes actions exit codes', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'minutes-actions-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('--fail-on-overdue: exit 1 when a listed action is overdue, 0 otherwise', async () => {
    const late = await actions(['--fail-on-overdue', '--owner', 'Minna', ...today, archive]);
    expect(late.exitCode).toBe(1);
    expect(late.stdout).toContain('overdue');
    expect((await actions(['--fail-on-overdue', '--owner', 'Heidi', ...today, archive])).exitCode).toBe(0);
    expect((await actions(['--fail-on-overdue', '--owner', 'Minna', '--today', '2020-01-05', archive])).exitCode).toBe(0);
    expect((await actions(['--owner', 'Minna', ...today, archive])).exitCode).toBe(0);
  });

  it('an unreadable or binary file: one line each on stderr, the rest processed, exit 1', async () => {
    await copyFile(join(root, third), join(dir, 'good.md'));
    await writeFile(join(dir, 'binary.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    await symlink(join(dir, 'gone.md'), join(dir, 'dangling.md'));
    const result = await actions(['--owner', 'Heidi', '--format', 'json', ...today, '.', 'missing.md'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    const errors = result.stderr.split('\n').filter(Boolean);
    expect(errors).toHaveLength(3);
    expect(errors.every((line) => line.startsWith('minutes: '))).toBe(true);
    expect(errors.find((line) => line.includes('binary.md'))).toMatch(/binary/);
    expect(errors.find((line) => line.includes('dangling.md'))).toMatch(/no such file/);
    expect(errors.find((line) => line.includes('missing.md'))).toMatch(/no such file/);
    expect((JSON.parse(result.stdout) as JsonAction[]).map((a) => a.path)).toEqual(['good.md']);
  });

  it('an invalid date, status, sort or format is a usage error, exit 2', async () => {
    for (const args of [
      ['--today', '2020-02-30'],
      ['--due-before', 'tomorrow'],
      ['--since', '8.11.2019'],
      ['--status', 'closed'],
      ['--sort', 'size'],
      ['--format', 'xml'],
    ]) {
      const result = await actions([...args, archive]);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^error: /);
    }
    expect((await actions(['--today', '2020-02-30', archive])).stderr).toContain('YYYY-MM-DD');
  });

  it('--ignore leaves files out; an empty folder lists nothing and exits 0', async () => {
    await mkdir(join(dir, 'old'));
    await copyFile(join(root, first), join(dir, 'old', 'a.md'));
    await copyFile(join(root, third), join(dir, 'b.md'));
    const kept = await actions(['--ignore', 'old/**', '--status', 'all', '--format', 'json', ...today], { cwd: dir });
    expect(new Set((JSON.parse(kept.stdout) as JsonAction[]).map((a) => a.path))).toEqual(new Set(['b.md']));
    await mkdir(join(dir, 'empty'));
    expect(await actions(['empty', ...today], { cwd: dir })).toEqual({ exitCode: 0, stdout: '0 actions\n', stderr: '' });
  });

  it('shows a progress line on a terminal only, never when stderr is not a TTY', { timeout: 30_000 }, async () => {
    const text = '# Team\n\nDate: 2020-01-08\nAttendees: Minna Männikkö\n\n- [ ] @minna: Book the room by Friday\n';
    for (let i = 0; i < 200; i++) await writeFile(join(dir, `m${String(i).padStart(3, '0')}.md`), text);
    const piped = await actions(['--format', 'json', ...today, '.'], { cwd: dir });
    expect(piped.exitCode).toBe(0);
    expect(piped.stderr).toBe('');
    const terminal = await actions(['--format', 'json', ...today, '.'], { cwd: dir, tty: true });
    expect(terminal.stderr).toContain('200/200');
    expect(JSON.parse(terminal.stdout)).toEqual(JSON.parse(piped.stdout));
  });
});
