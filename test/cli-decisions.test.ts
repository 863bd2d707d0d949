import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, type RunResult } from './fake-io.js';

const archive = 'fixtures/actions';
const binaries = ['minutes: fixtures/hostile/binary-controls.md: binary content, not text', 'minutes: fixtures/hostile/nul-bytes.md: binary content (NUL bytes), not text'];

interface JsonDecision {
  id: string;
  text: string;
  item: string | null;
  itemTitle: string | null;
  path: string;
  position: { line: number; column: number };
  meeting: { date: string | null; title: string | null; language: string };
}

/** Run `minutes decisions ARGS` in process. */
function decisions(args: string[], options: Parameters<typeof runCli>[1] = {}): Promise<RunResult> {
  return runCli(['decisions', ...args], options);
}

/** `--format json` output in short: `date path:line §item`. */
async function listed(args: string[]): Promise<string[]> {
  const result = await decisions([...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return (JSON.parse(result.stdout) as JsonDecision[]).map((d) => `${d.meeting.date ?? '-'} ${d.path}:${d.position.line} §${d.item ?? '-'}`);
}

describe('minutes decisions: golden outputs over fixtures/', { timeout: 30_000 }, () => {
  // Reviewed by a person: UPDATE_GOLDEN=1 rewrites them. Two hostile fixtures are binary: exit 1, the rest listed.
  const cases: Array<{ golden: string; args: string[]; env?: Record<string, string>; tty?: boolean; columns?: number }> = [
    { golden: 'decisions-60.out', args: [], env: { COLUMNS: '60' }, columns: 60 },
    { golden: 'decisions-80.out', args: [], columns: 80 },
    { golden: 'decisions-160.out', args: [], env: { COLUMNS: '160' }, columns: 160 },
    { golden: 'decisions-80-color.out', args: [], env: { COLUMNS: '80', FORCE_COLOR: '1' }, columns: 80 },
    { golden: 'decisions-json.out', args: ['--format', 'json'] },
    { golden: 'decisions-ndjson.out', args: ['--format', 'ndjson'] },
    { golden: 'decisions-csv.out', args: ['--format', 'csv'] },
    { golden: 'decisions-markdown.out', args: ['--format', 'markdown'] },
  ];
  for (const { golden, args, env, columns } of cases) {
    it(golden, async () => {
      const result = await decisions([...args, 'fixtures'], { env: env ?? {} });
      expect(result.stderr.split('\n').filter(Boolean)).toEqual(binaries);
      expect(result.exitCode).toBe(1);
      const path = `fixtures/tables/${golden}`;
      if (process.env.UPDATE_GOLDEN === '1') await writeFile(path, result.stdout);
      expect(result.stdout).toBe(await readFile(path, 'utf8'));
      if (columns !== undefined) for (const line of stripVTControlCharacters(result.stdout).split('\n')) expect(line.length, line).toBeLessThanOrEqual(columns);
    });
  }

  it('lists every decision of every fixture that parses, in meeting order', async () => {
    const result = await decisions(['--format', 'json', 'fixtures']);
    const records = JSON.parse(result.stdout) as JsonDecision[];
    const dates = records.map((record) => record.meeting.date ?? '~');
    expect(dates).toEqual([...dates].sort());
    expect(records.length).toBeGreaterThanOrEqual(30);
    const { stdout } = await runCli(['parse', 'fixtures/lapua-tarkastuslautakunta-2025-01-08.md', '--json']);
    const lapua = (JSON.parse(stdout) as { decisions: unknown[] }).decisions.length;
    expect(records.filter((record) => record.path === 'fixtures/lapua-tarkastuslautakunta-2025-01-08.md')).toHaveLength(lapua);
  });
});

describe('minutes decisions: filters end to end', () => {
  it('--grep: any case, accents optional, in the decision or its agenda item title', async () => {
    expect(await listed(['--grep', 'KAJAANISSA', archive])).toEqual(['2019-12-13 fixtures/actions/2019-12-13-tyoryhma.md:14 §2']);
    // `koulutuspaivat keva` is in an agenda item's title only, written without its accents.
    expect(await listed(['--grep', 'koulutuspaivat keva', archive])).toEqual(['2019-11-08 fixtures/actions/2019-11-08-tyoryhma.md:16 §2']);
  });

  it('--item, --since, --until and --lang', async () => {
    expect(await listed(['--item', '1', archive])).toEqual(['2020-01-08 fixtures/actions/2020-01-08-workgroup.md:9 §1']);
    expect(await listed(['--since', '2019-12-13', '--until', '2019-12-13', archive])).toEqual(['2019-12-13 fixtures/actions/2019-12-13-tyoryhma.md:14 §2']);
    expect(await listed(['--until', '2019-11-08', archive])).toEqual(['2019-11-08 fixtures/actions/2019-11-08-tyoryhma.md:16 §2']);
    expect(await listed(['--lang', 'en', archive])).toEqual(['2020-01-08 fixtures/actions/2020-01-08-workgroup.md:9 §1']);
    expect(await listed(['--lang', 'sv', archive])).toEqual([]);
  });

  it('reads standard input for -', async () => {
    const text = await readFile(`${archive}/2020-01-08-workgroup.md`, 'utf8');
    const result = await decisions(['-', '--format', 'ndjson'], { stdin: text });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as JsonDecision).path)).toEqual(['-']);
  });

  it('table: plain in a pipe, coloured on a terminal, never with NO_COLOR or --no-color; says so when nothing is listed', async () => {
    expect((await decisions([archive])).stdout).not.toContain('\x1b[');
    expect((await decisions([archive], { isTTY: true })).stdout).toContain('\x1b[');
    expect((await decisions([archive], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await decisions(['--no-color', archive], { isTTY: true })).stdout).not.toContain('\x1b[');
    expect(await decisions(['--grep', 'nothing like this', archive])).toEqual({ exitCode: 0, stdout: '0 decisions\n', stderr: '' });
    expect((await decisions(['--locale', 'fi', archive])).stdout.trimEnd().split('\n').pop()).toBe('3 päätöstä, 3 kokousta');
  });
});

describe('minutes decisions: usage errors and exit codes', () => {
  let dir = '';
  // A folder of its own for each test, removed after it.
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'minutes-decisions-'));
    return () => rm(dir, { recursive: true, force: true });
  });

  it('a bad date, language or format, or an empty --grep or --item: one line, exit 2, nothing on stdout', async () => {
    const cases: [string[], RegExp][] = [
      [['--since', '2020-02-30'], /^error: option '--since <date>' argument '2020-02-30' is invalid\. expected a date as YYYY-MM-DD\.\n/],
      [['--until', '8.11.2019'], /^error: option '--until <date>' argument '8\.11\.2019' is invalid/],
      [['--since', '2020-02-01', '--until', '2020-01-01'], /^minutes: --since 2020-02-01 is after --until 2020-01-01: no meeting can match both\n$/],
      [['--grep', ''], /^error: option '--grep <text>' argument '' is invalid\. expected some text, not an empty --grep\.\n/],
      [['--item', '  '], /^error: option '--item <number>' argument '\s+' is invalid\. expected some text, not an empty --item\.\n/],
      [['--lang', 'xx'], /^error: option '--lang <code>' argument 'xx' is invalid\. Allowed choices are fi, en, sv, de, nl\.\n/],
      [['--format', 'ics'], /^error: option '--format <format>' argument 'ics' is invalid\. Allowed choices are table, json, ndjson, csv, markdown\.\n/],
      [['--jobs', 'many'], /^error: option '--jobs <n>' argument 'many' is invalid/],
    ];
    for (const [args, stderr] of cases) {
      const result = await decisions([...args, archive]);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr, args.join(' ')).toMatch(stderr);
    }
    expect((await decisions(['--since', '2020-01-01', '--until', '2020-01-01', archive])).exitCode).toBe(0);
  });

  it('an unreadable, missing or binary file: one line each on stderr, the rest listed, exit 1', async () => {
    await copyFile(`${archive}/2020-01-08-workgroup.md`, join(dir, 'good.md'));
    await writeFile(join(dir, 'binary.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    const result = await decisions(['--format', 'json', '.', 'missing.md'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    const errors = result.stderr.split('\n').filter(Boolean);
    expect(errors).toHaveLength(2);
    expect(errors.find((line) => line.includes('binary.md'))).toMatch(/^minutes: .*binary/);
    expect(errors.find((line) => line.includes('missing.md'))).toMatch(/^minutes: .*no such file/);
    expect((JSON.parse(result.stdout) as JsonDecision[]).map((d) => d.path)).toEqual(['good.md']);
  });

  it('-o FILE writes there (never coloured) and nothing to stdout; an unwritable one is exit 2', async () => {
    const out = join(dir, 'register.csv');
    expect(await decisions(['--format', 'csv', '-o', out, archive])).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect((await readFile(out, 'utf8')).startsWith('\uFEFFid,decision,')).toBe(true);
    const table = join(dir, 'table.txt');
    await decisions(['--output', table, archive], { isTTY: true });
    expect(await readFile(table, 'utf8')).not.toContain('\x1b[');
    const failed = await decisions(['-o', join(dir, 'missing', 'x.md'), archive]);
    expect(failed.exitCode).toBe(2);
    expect(failed.stderr).toMatch(/^minutes: .*x\.md: no such file or directory\n$/);
  });

  it('--ignore leaves files out; an empty folder lists nothing and exits 0', async () => {
    await mkdir(join(dir, 'old'));
    await copyFile(`${archive}/2019-11-08-tyoryhma.md`, join(dir, 'old', 'a.md'));
    await copyFile(`${archive}/2020-01-08-workgroup.md`, join(dir, 'b.md'));
    const kept = await decisions(['--ignore', 'old/**', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(kept.stdout) as JsonDecision[]).map((d) => d.path)).toEqual(['b.md']);
    await mkdir(join(dir, 'empty'));
    expect(await decisions(['empty'], { cwd: dir })).toEqual({ exitCode: 0, stdout: '0 decisions\n', stderr: '' });
  });

  it('--cache: the same output cold and warm in every format, and a changed file is read again', async () => {
    const cache = join(dir, 'cache');
    const copy = join(dir, 'archive');
    await mkdir(copy);
    for (const name of await readdir(archive)) await copyFile(join(archive, name), join(copy, name));
    for (const format of ['table', 'json', 'csv', 'markdown']) {
      const plain = await decisions(['--format', format, copy]);
      expect(await decisions(['--format', format, '--cache', '--cache-location', cache, copy]), format).toEqual(plain);
      expect(await decisions(['--format', format, '--cache', '--cache-location', cache, copy]), format).toEqual(plain);
    }
    expect((await readdir(cache)).length).toBeGreaterThan(1);
    const file = join(copy, '2019-12-13-tyoryhma.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Kajaanissa', 'Kokkolassa'));
    const changed = await decisions(['--grep', 'kokkola', '--format', 'json', '--cache', '--cache-location', cache, copy]);
    expect((JSON.parse(changed.stdout) as JsonDecision[]).map((d) => d.text)).toEqual(['Päätettiin, että ensimmäinen koulutuspäivä pidetään Kokkolassa.']);
  });

  it('--jobs: the same output on worker threads as on the main thread', { timeout: 30_000 }, async () => {
    const main = await decisions(['--format', 'json', '--jobs', '0', 'fixtures']);
    expect(await decisions(['--format', 'json', '--jobs', '2', 'fixtures'])).toEqual(main);
  });
});
