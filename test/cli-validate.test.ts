import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type RunResult } from './fake-io.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seed = 'fixtures/oulu-2019-11-08.txt';
const clean = 'fixtures/validate/clean.md';
const weekday = 'fixtures/validate/weekday-mismatch.md';
const place = 'fixtures/validate/place-missing.md';
const ansi = /\x1b\[/;

interface FakeOptions {
  cwd?: string;
  stdin?: string;
  tty?: boolean;
  env?: Record<string, string>;
}

/** Run `minutes validate ARGS` in process over a fake Io on the real file system (from the repository root by default). */
async function validate(args: string[], options: FakeOptions = {}): Promise<RunResult> {
  return runCli(['validate', ...args], {
    cwd: options.cwd ?? root,
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    ...(options.tty === undefined ? {} : { isTTY: options.tty }),
    ...(options.env === undefined ? {} : { env: options.env }),
  });
}

let temp: string;

async function write(file: string, content: unknown): Promise<void> {
  await mkdir(dirname(join(temp, file)), { recursive: true });
  await writeFile(join(temp, file), typeof content === 'string' ? content : JSON.stringify(content));
}

async function copyFixture(from: string, to: string): Promise<void> {
  await write(to, await readFile(join(root, from), 'utf8'));
}

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'minutes-validate-'));
});

afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('minutes validate: the seed and the fixtures', () => {
  it('passes the seed minutes with exit code 0', async () => {
    const result = await validate([seed]);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/ error /);
    expect(result.exitCode).toBe(0);
  });

  it('passes the clean fixture without a message', async () => {
    expect(await validate([clean])).toEqual({ exitCode: 0, stdout: '✔ no problems\n', stderr: '' });
  });
});

describe('minutes validate: formats', () => {
  it('writes stylish by default, without colour off a terminal', async () => {
    const result = await validate([weekday, clean]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(
      [
        weekday,
        '  3:9-3:21  error  Unexpected weekday `Ma` for 2019-11-08, expected `perjantai` (Friday)  weekday-mismatch',
        '',
        '✖ 1 error',
        '',
      ].join('\n'),
    );
  });

  it('colours stylish on a terminal, but not with NO_COLOR or --no-color', async () => {
    expect((await validate([weekday], { tty: true })).stdout).toMatch(ansi);
    expect((await validate([weekday], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await validate([weekday, '--no-color'], { tty: true })).stdout).not.toMatch(ansi);
    expect((await validate([weekday], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
  });

  it('writes JSON with every file checked, clean ones included', async () => {
    const result = await validate(['--format', 'json', weekday, clean], { tty: true });
    expect(result.stdout).not.toMatch(ansi);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        path: weekday,
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
        messages: [
          {
            ruleId: 'weekday-mismatch',
            severity: 'error',
            message: 'Unexpected weekday `Ma` for 2019-11-08, expected `perjantai` (Friday)',
            start: { line: 3, column: 9 },
            end: { line: 3, column: 21 },
          },
        ],
      },
      { path: clean, errorCount: 0, warningCount: 0, infoCount: 0, messages: [] },
    ]);
  });

  it('writes GitHub workflow commands, one a message', async () => {
    const result = await validate(['--format', 'github', weekday, place]);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S.*$/);
    }
    expect(lines[0]).toBe(
      '::error file=fixtures/validate/weekday-mismatch.md,line=3,col=9,endLine=3,endColumn=21,title=weekday-mismatch::Unexpected weekday `Ma` for 2019-11-08, expected `perjantai` (Friday)',
    );
    expect(lines).toContain(
      '::warning file=fixtures/validate/place-missing.md,line=3,col=12,endLine=3,endColumn=39,title=place-missing::Unexpected missing place, expected where the meeting was held (`Location:`, `Paikka:`)',
    );
  });

  it('writes SARIF 2.1.0 that the official schema accepts, with rule descriptions', async () => {
    const result = await validate(['--format', 'sarif', 'fixtures/validate']);
    const log = JSON.parse(result.stdout) as {
      version: string;
      runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string; shortDescription: { text: string } }> } }; results: Array<{ ruleId: string; level: string }> }>;
    };
    const ajv = new Ajv({ allErrors: true });
    addFormatsModule.default(ajv);
    const schema = JSON.parse(await readFile(join(root, 'fixtures/sarif-2.1.0.schema.json'), 'utf8')) as object;
    const valid = ajv.validate(schema, log);
    expect(valid, JSON.stringify(ajv.errors, null, 2)).toBe(true);
    const run0 = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run0?.tool.driver.name).toBe('minutes');
    expect(run0?.tool.driver.rules.find((rule) => rule.id === 'weekday-mismatch')?.shortDescription.text).toMatch(/weekday/);
    expect(run0?.results.find((r) => r.ruleId === 'weekday-mismatch')?.level).toBe('error');
    expect(run0?.results.find((r) => r.ruleId === 'place-missing')?.level).toBe('warning');
  });

  it('writes JUnit XML with a suite a file and a failing case a problem', async () => {
    const result = await validate(['--format', 'junit', weekday, clean]);
    expect(result.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="minutes" tests="2" failures="1" errors="0">\n/);
    expect(result.stdout).toContain(`<testsuite name="${weekday}" tests="1" failures="1" errors="0" skipped="0">`);
    expect(result.stdout).toContain('<testcase name="weekday-mismatch at 3:9"');
    expect(result.stdout).toContain(`<testsuite name="${clean}" tests="1" failures="0" errors="0" skipped="0">`);
    expect(result.stdout.endsWith('</testsuites>\n')).toBe(true);
  });

  it('writes the report to a file with --output, and nothing to stdout', async () => {
    const result = await validate(['--format', 'json', '-o', join(temp, 'report.json'), weekday]);
    expect(result).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    expect(JSON.parse(await readFile(join(temp, 'report.json'), 'utf8'))).toHaveLength(1);
  });

  it('fails with 2 when the report cannot be written', async () => {
    const result = await validate(['-o', join(temp, 'missing', 'report.txt'), clean]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/report\.txt: no such file or directory\n$/);
  });
});

describe('minutes validate: exit codes', () => {
  it('exits 0 with warnings only, 1 with --strict, and 1 past --max-warnings', async () => {
    expect((await validate([place])).exitCode).toBe(0);
    expect((await validate(['--strict', place])).exitCode).toBe(1);
    expect((await validate(['--max-warnings', '5', place])).exitCode).toBe(0);
    const over = await validate(['--max-warnings', '0', place]);
    expect(over.exitCode).toBe(1);
    expect(over.stderr).toMatch(/^minutes: too many warnings \(\d+, --max-warnings 0\)\n$/);
  });

  it('sets rules with --rule id=severity, off included', async () => {
    const warn = await validate(['--rule', 'weekday-mismatch=warn', weekday]);
    expect(warn.exitCode).toBe(0);
    expect(warn.stdout).toMatch(/warning {2}Unexpected weekday/);
    expect(await validate(['--rule', 'weekday-mismatch=off', weekday])).toEqual({ exitCode: 0, stdout: '✔ no problems\n', stderr: '' });
    expect((await validate(['--rule', 'place-missing=error', place])).exitCode).toBe(1);
  });

  it('exits 2 on usage errors: unknown rule, bad severity, bad number, unknown format', async () => {
    const unknown = await validate(['--rule', 'no-such-rule=warn', clean]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/unknown rule "no-such-rule"/);
    expect(unknown.stdout).toBe('');
    const severity = await validate(['--rule', 'weekday-mismatch=loud', clean]);
    expect(severity.exitCode).toBe(2);
    expect(severity.stderr).toMatch(/expected id=severity/);
    expect((await validate(['--max-warnings', 'many', clean])).exitCode).toBe(2);
    expect((await validate(['--format', 'xml', clean])).exitCode).toBe(2);
  });

  it('reports the files it can read and exits 2 for the ones it cannot', async () => {
    await writeFile(join(temp, 'binary.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1]));
    await copyFixture(clean, 'ok.md');
    await copyFixture(weekday, 'bad.md');
    const result = await validate(['missing.md', 'binary.md', 'bad.md', 'ok.md'], { cwd: temp });
    expect(result.exitCode).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('minutes: missing.md: no such file or directory');
    expect(lines[1]).toMatch(/^minutes: binary\.md: /);
    expect(result.stdout).toMatch(/^bad\.md\n {2}3:9-3:21 {2}error/);
  });
});

describe('minutes validate: inputs', () => {
  it('walks the current folder when no path is given, and leaves out --ignore globs', async () => {
    await copyFixture(clean, 'minutes/2024-03-12.md');
    await copyFixture(weekday, 'minutes/old/2019-11-08.md');
    const all = await validate(['--format', 'json'], { cwd: temp });
    expect((JSON.parse(all.stdout) as Array<{ path: string }>).map((file) => file.path)).toEqual(['minutes/2024-03-12.md', 'minutes/old/2019-11-08.md']);
    const some = await validate(['--format', 'json', '--ignore', 'minutes/old/**'], { cwd: temp });
    expect((JSON.parse(some.stdout) as Array<{ path: string }>).map((file) => file.path)).toEqual(['minutes/2024-03-12.md']);
    expect(some.exitCode).toBe(0);
  });

  it('reads standard input for -', async () => {
    const text = await readFile(join(root, weekday), 'utf8');
    const result = await validate(['--format', 'github', '-'], { stdin: text, cwd: temp });
    expect(result.stdout).toMatch(/^::error file=-,line=3,col=9,/);
    expect(result.exitCode).toBe(1);
  });

  it('expands globs', async () => {
    const result = await validate(['--format', 'json', 'fixtures/validate/date-*.md']);
    expect((JSON.parse(result.stdout) as Array<{ path: string }>).map((file) => file.path)).toEqual([
      'fixtures/validate/date-invalid.md',
      'fixtures/validate/date-missing.md',
    ]);
  });
});

describe('minutes validate: configuration', () => {
  beforeEach(async () => {
    await copyFixture(weekday, 'minutes/a.md');
  });

  it('takes severities from .minutesrc.json found upward from the file', async () => {
    await write('.minutesrc.json', { rules: { 'weekday-mismatch': 'warn' } });
    const result = await validate(['minutes/a.md'], { cwd: temp });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/warning {2}Unexpected weekday/);
  });

  it('turns rules off, and lets --rule override the file', async () => {
    await write('minutes/minutes.config.json', { rules: { 'weekday-mismatch': 'off' } });
    expect((await validate(['minutes/a.md'], { cwd: temp })).stdout).toBe('✔ no problems\n');
    expect((await validate(['--rule', 'weekday-mismatch=error', 'minutes/a.md'], { cwd: temp })).exitCode).toBe(1);
  });

  it('makes required fields errors, from the minutes key of package.json', async () => {
    await copyFixture(place, 'minutes/b.md');
    await write('package.json', { name: 'archive', minutes: { require: ['location'], rules: { 'weekday-mismatch': 'off' } } });
    const result = await validate(['--format', 'json', 'minutes/b.md'], { cwd: temp });
    expect(result.exitCode).toBe(1);
    const [file] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; severity: string }> }>;
    expect(file?.messages.map((m) => `${m.ruleId} ${m.severity}`)).toContain('place-missing error');
  });

  it('skips files the configuration ignores', async () => {
    await write('.minutesrc.json', { ignore: ['minutes/a.md'] });
    await copyFixture(clean, 'minutes/c.md');
    const result = await validate(['--format', 'json', 'minutes'], { cwd: temp });
    expect((JSON.parse(result.stdout) as Array<{ path: string }>).map((file) => file.path)).toEqual(['minutes/c.md']);
  });

  it('uses the file given with --config for every input', async () => {
    await write('.minutesrc.json', { rules: { 'weekday-mismatch': 'error' } });
    await write('ci/strict.json', { rules: { 'weekday-mismatch': 'info' } });
    const result = await validate(['--config', 'ci/strict.json', 'minutes/a.md'], { cwd: temp });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/info {2}Unexpected weekday/);
  });

  it('exits 2 with one line naming the file and the key for malformed configuration', async () => {
    await write('.minutesrc.json', { rules: { 'weekday-mismatch': 'loud' } });
    const result = await validate(['minutes/a.md'], { cwd: temp });
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'minutes: .minutesrc.json: rules.weekday-mismatch: expected "error" | "warn" | "info" | "off", got "loud"\n',
    });
  });

  it('exits 2 for an unknown rule id, invalid JSON, or a --config file that is missing', async () => {
    await write('.minutesrc.json', { rules: { 'weekday-typo': 'warn' } });
    expect((await validate(['minutes/a.md'], { cwd: temp })).stderr).toBe('minutes: .minutesrc.json: rules.weekday-typo: unknown rule "weekday-typo"\n');
    await write('.minutesrc.json', '{ "rules": { ');
    const invalid = await validate(['minutes/a.md'], { cwd: temp });
    expect(invalid.exitCode).toBe(2);
    expect(invalid.stderr).toMatch(/^minutes: \.minutesrc\.json: invalid JSON at line 1 column 14/);
    const missing = await validate(['--config', 'nope.json', 'minutes/a.md'], { cwd: temp });
    expect(missing).toEqual({ exitCode: 2, stdout: '', stderr: 'minutes: nope.json: no such file or directory\n' });
  });
});
