import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatActionsCsv } from '../../src/report/actions-csv.js';
import type { ActionRecord } from '../../src/report/types.js';
import { runCli } from '../fake-io.js';
import { cliJsonProperty, families } from '../property/properties.js';
import { propertyRuns, runProperty } from '../property/run-property.js';

// Hostile output (issue 6): text from a minutes file never reaches past its output. The fixture
// fixtures/hostile/output-escapes.md carries ESC sequences (SGR colour, screen clear, OSC 8
// hyperlinks ended by BEL), C1 controls (CSI U+009B, NEL U+0085) and bidi overrides in titles,
// places, owner names, task and item texts, and cells that start like spreadsheet formulas.

const fixture = 'fixtures/hostile/output-escapes.md';

/** Characters a terminal must never get raw from the minutes: C0 (but LF), DEL, C1, bidi and zero-width controls, lone surrogates. */
const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
/** chalk's own colour and style codes (SGR): the only escape sequences a coloured output may hold. */
const sgr = /\u001B\[\d+(?:;\d+)*m/g;

function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'minutes-output-'));
}

/** A copy of the fixture under a file name that is itself hostile: ESC, bidi, `,`, `:`, `%` and a line feed. */
function hostileName(): { dir: string; name: string } {
  const dir = temporaryFolder();
  const name = 'a\u001B[31m,b:c%d\u202E\ne.md';
  writeFileSync(join(dir, name), readFileSync(fixture));
  writeFileSync(join(dir, 'bin\u001B]8;;x\u0007ary.md'), new Uint8Array([0x23, 0, 0, 1]));
  return { dir, name };
}

describe('terminal output never emits control characters from the minutes', () => {
  const cases: Array<[string, string[]]> = [
    ['minutes parse', ['parse', fixture]],
    ['minutes actions --format table', ['actions', fixture, '--format', 'table', '--status', 'all', '--today', '2019-11-09']],
    ['minutes validate (stylish)', ['validate', fixture]],
    ['minutes decisions --format table', ['decisions', fixture]],
  ];

  it.each(cases)('%s: colour off holds none; colour on differs only by colour codes', async (_, args) => {
    const off = await runCli(args, { isTTY: true, env: { NO_COLOR: '1' } });
    const on = await runCli(args, { isTTY: true });
    expect(off.stdout).not.toBe('');
    expect(unsafeIn(off.stdout + off.stderr)).toEqual([]);
    expect(on.stdout).toMatch(sgr);
    expect(on.stdout.replace(sgr, '')).toBe(off.stdout);
    expect(on.stderr.replace(sgr, '')).toBe(off.stderr);
    // The minutes' own escapes are shown as text, so a reader sees that they are there.
    expect(off.stdout).toContain('\\x1b[');
  });

  it.each([
    ['parse', ['parse']],
    ['actions', ['actions', '--format', 'table', '--status', 'all']],
    ['validate', ['validate']],
    ['decisions', ['decisions']],
  ])('minutes %s: a hostile file name is shown escaped too, in stdout and in the one-line errors', async (_, args) => {
    const { dir, name } = hostileName();
    const paths = args[0] === 'parse' ? [name, 'bin\u001B]8;;x\u0007ary.md'] : ['.'];
    const off = await runCli([...args, ...paths], { cwd: dir, isTTY: true, env: { NO_COLOR: '1' } });
    const on = await runCli([...args, ...paths], { cwd: dir, isTTY: true });
    expect({ stdout: unsafeIn(off.stdout), stderr: unsafeIn(off.stderr) }).toEqual({ stdout: [], stderr: [] });
    expect(off.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(on.stdout.replace(sgr, '')).toBe(off.stdout);
    expect(on.stderr.replace(sgr, '')).toBe(off.stderr);
  });
});

describe('CSV output (RFC 4180, no formula injection)', () => {
  it('quotes per RFC 4180 and neutralises every cell that starts with = + - @ TAB or CR', async () => {
    const result = await runCli(['actions', fixture, '--format', 'csv', '--status', 'all']);
    const json = JSON.parse((await runCli(['actions', fixture, '--format', 'json', '--status', 'all'])).stdout) as unknown[];
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(result.stdout.slice(1));
    expect(rows).toHaveLength(json.length + 1);
    for (const row of rows) expect(row).toHaveLength(12);
    const cells = rows.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    for (const start of ["'=HYPERLINK", "'+cmd", "'-2+3", "'@SUM", "'@ulla"]) expect(cells.some((cell) => cell.startsWith(start)), start).toBe(true);
  });

  it('neutralises TAB and CR starts too (which Markdown cannot deliver, so given to the formatter directly)', async () => {
    const [record] = JSON.parse((await runCli(['actions', fixture, '--format', 'json', '--status', 'all'])).stdout) as ActionRecord[];
    if (record === undefined) throw new Error('no action in the fixture');
    const hostile: ActionRecord[] = [
      { ...record, text: '\t=1+2', owners: ['\r@x'] },
      { ...record, text: '\r\n-3', owners: ['+a', '=b'] },
    ];
    const cells = parseCsv(formatActionsCsv(hostile).slice(1)).slice(1).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toEqual(expect.arrayContaining(["'\t=1+2", "'\r@x", "'\r\n-3", "'+a; =b"]));
  });
});

describe('GitHub workflow commands', () => {
  it('escape % CR LF in data, and : , too in properties: one command a message, each round-trips', async () => {
    const { dir, name } = hostileName();
    const github = await runCli(['validate', name, '--format', 'github'], { cwd: dir });
    const json = JSON.parse((await runCli(['validate', name, '--format', 'json'], { cwd: dir })).stdout) as Array<{ path: string; messages: Array<{ message: string }> }>;
    const messages = json.flatMap((file) => file.messages.map((m) => ({ path: file.path, message: m.message })));
    const lines = github.stdout.split('\n').filter(Boolean);
    expect(messages.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(messages.length);
    lines.forEach((line, index) => {
      const match = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
      expect(match, line).not.toBeNull();
      const [, , properties = '', data = ''] = match ?? [];
      expect(data).not.toMatch(/[\r\n]|%(?!25|0D|0A)/);
      const values = Object.fromEntries(
        properties.split(',').map((pair) => {
          expect(pair).toMatch(/^[A-Za-z]+=[^,:\r\n]*$/);
          expect(pair).not.toMatch(/%(?!25|0D|0A|3A|2C)/);
          const at = pair.indexOf('=');
          return [pair.slice(0, at), unescapeCommand(pair.slice(at + 1))];
        }),
      );
      expect(values.file).toBe(name);
      expect(unescapeCommand(data)).toBe(messages[index]?.message);
    });
    expect(github.stdout).toContain('100%25');
  });
});

describe('iCalendar output (RFC 5545)', () => {
  it('ends every line with CRLF, folds at 75 octets, and escapes TEXT', async () => {
    const result = await runCli(['actions', fixture, '--format', 'ics', '--status', 'all']);
    const count = (JSON.parse((await runCli(['actions', fixture, '--format', 'json', '--status', 'all'])).stdout) as unknown[]).length;
    const ics = result.stdout;
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    }
    const unfolded = ics.replace(/\r\n /g, '').slice(0, -2).split('\r\n');
    for (const line of unfolded) expect(line, line).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
    expect(unfolded.filter((line) => line === 'BEGIN:VTODO')).toHaveLength(count);
    for (const line of unfolded.filter((l) => /^(SUMMARY|DESCRIPTION|CATEGORIES):/.test(l))) {
      const value = line.slice(line.indexOf(':') + 1);
      const text = line.startsWith('CATEGORIES') ? value.split(/(?<!\\),/).join('') : value;
      expect(text, line).not.toMatch(/(?<!\\)[;,]/);
    }
  });
});

describe('JSON output is always valid JSON', () => {
  const numRuns = Math.max(20, Math.round(propertyRuns() / 10));
  for (const family of families) {
    it(`on ${family} (${numRuns} runs, 5 formats each)`, { timeout: Math.max(120_000, numRuns * 1000) }, async () => {
      const failure = await runProperty({ family, name: cliJsonProperty, numRuns });
      if (failure !== null) throw new Error(failure);
    });
  }

  it('on every hostile fixture, every JSON format', async () => {
    for (const name of readdirSync('fixtures/hostile').sort()) {
      const file = join('fixtures/hostile', name);
      for (const args of [['parse', file, '--json'], ['actions', file, '--format', 'json'], ['actions', file, '--format', 'ndjson'], ['validate', file, '--format', 'json'], ['validate', file, '--format', 'sarif'], ['decisions', file, '--format', 'json'], ['decisions', file, '--format', 'ndjson']]) {
        const { stdout } = await runCli(args);
        const documents = args.includes('ndjson') ? stdout.split('\n').filter(Boolean) : [stdout];
        for (const document of documents) expect(() => JSON.parse(document), args.join(' ')).not.toThrow();
      }
    }
  });
});

describe('files', () => {
  it('no file is written unless -o names it, and output names only the inputs given', async () => {
    const dir = temporaryFolder();
    const cache = temporaryFolder();
    cpSync('fixtures/actions', dir, { recursive: true });
    cpSync(fixture, join(dir, 'output-escapes.md'));
    const before = listing(dir);
    const env = { XDG_CACHE_HOME: cache };
    const inputs = readdirSync(dir).sort();
    for (const format of ['table', 'json', 'ndjson', 'csv', 'markdown', 'ics']) {
      const result = await runCli(['actions', '--format', format, '--status', 'all'], { cwd: dir, env });
      expect(result.exitCode, format).toBe(0);
      if (format === 'json') {
        for (const record of JSON.parse(result.stdout) as Array<{ path: string; history: Array<{ path: string }> }>) {
          expect(inputs).toContain(record.path);
          for (const sighting of record.history) expect(inputs).toContain(sighting.path);
        }
      }
    }
    for (const format of ['table', 'json', 'ndjson', 'csv', 'markdown']) {
      const result = await runCli(['decisions', '--format', format], { cwd: dir, env });
      expect(result.exitCode, format).toBe(0);
      if (format === 'json') for (const record of JSON.parse(result.stdout) as Array<{ path: string }>) expect(inputs).toContain(record.path);
    }
    for (const format of ['stylish', 'json', 'github', 'sarif', 'junit']) {
      const result = await runCli(['validate', '--format', format], { cwd: dir, env });
      expect([0, 1], format).toContain(result.exitCode);
      if (format === 'json') for (const file of JSON.parse(result.stdout) as Array<{ path: string }>) expect(inputs).toContain(file.path);
    }
    expect(listing(dir)).toEqual(before);
    expect(listing(cache)).toEqual([]);

    const written = await runCli(['actions', '--format', 'csv', '-o', 'out.csv'], { cwd: dir, env });
    expect(written.exitCode).toBe(0);
    expect(written.stdout).toBe('');
    expect(listing(dir).map(([path]) => path)).toEqual([...before.map(([path]) => path), 'out.csv'].sort());
  });
});

/** The unsafe characters of a text, shown with their code points. */
function unsafeIn(text: string): string[] {
  const found: string[] = [];
  for (const character of text) if (unsafe.test(character)) found.push(`U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return [...new Set(found)];
}

/** Every file under a folder with its size and modification time, sorted by path. */
function listing(root: string): Array<[string, number, number]> {
  const out: Array<[string, number, number]> = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stats = statSync(path);
        out.push([relative(root, path), stats.size, stats.mtimeMs]);
      }
    }
  };
  walk(root);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Parse CSV as RFC 4180 writes it: CRLF row ends, fields quoted when they hold `"`, `,`, CR or LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`unquoted field with a quote or line feed at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`expected , or CRLF at ${i}, got ${JSON.stringify(text.slice(i, i + 10))}`);
  }
  if (row.length > 0) throw new Error('the last row does not end in CRLF');
  return rows;
}

/** Undo the escaping of a workflow command's data or property value. */
function unescapeCommand(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16)));
}
