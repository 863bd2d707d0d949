import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './fake-io.js';

describe('minutes parse', () => {
  it('prints a readable summary of the seed, without colour when stdout is no terminal', async () => {
    const result = await runCli(['parse', 'fixtures/oulu-2019-11-08.txt']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Alueellinen asiakaskokemuksen kehittämistyöryhmä');
    expect(result.stdout).toContain('Minna Männikkö (Oulun kaupunginkirjasto) chair');
    expect(result.stdout).toContain('2. Näkökulmia kirjaston asiakaspalveluun ja Esiintymisvalmiuksien kehittäminen / Isa Kotilaine');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it("shows an item's case reference beside its title", async () => {
    const result = await runCli(['parse', 'fixtures/namnd-protokoll-form.txt']);
    expect(result.stdout).toContain('31. Skolskjuts i Norrby (Dnr BUN 2025/88)');
  });

  it('colours on a terminal unless NO_COLOR is set', async () => {
    expect((await runCli(['parse', 'fixtures/oulu-2019-11-08.txt'], { isTTY: true })).stdout).toContain('\u001b[');
    expect((await runCli(['parse', 'fixtures/oulu-2019-11-08.txt'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('reads standard input for -', async () => {
    const result = await runCli(['parse', '-', '--json'], { stdin: '# Kokous\n\nAika: 8.11.2019\n' });
    expect(JSON.parse(result.stdout)).toMatchObject({ title: 'Kokous', date: '2019-11-08', source: { path: null } });
  });

  it('prints a JSON array for several files, in argument order', async () => {
    const result = await runCli(['parse', 'fixtures/oulu-2019-11-08.txt', 'fixtures/rez-tsc-2023-04-20.md', '--json']);
    expect(JSON.parse(result.stdout).map((m: { source: { path: string } }) => m.source.path)).toEqual(['fixtures/oulu-2019-11-08.txt', 'fixtures/rez-tsc-2023-04-20.md']);
  });

  it('honours --lang', async () => {
    const result = await runCli(['parse', 'fixtures/oulu-2019-11-08.txt', '--json', '--lang', 'en']);
    expect(JSON.parse(result.stdout).source.language).toBe('en');
  });

  it.each([
    [['parse', 'fixtures/no-such-file.md'], /^minutes: fixtures\/no-such-file\.md: no such file or directory\n$/],
    [['parse', 'fixtures'], /^minutes: fixtures: is a directory\n$/],
  ])('fails with one line and exit code 2: %s', async (args, message) => {
    const result = await runCli(args);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('refuses binary files with one line and exit code 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-'));
    writeFileSync(join(dir, 'image.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
    const result = await runCli(['parse', join(dir, 'image.md')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(`minutes: ${join(dir, 'image.md')}: binary content (NUL bytes), not text\n`);
  });

  it('shows with --explain why each decision and action was taken, and how its owners were read', async () => {
    const result = await runCli(['parse', 'fixtures/oulu-2019-11-08.txt', '--explain']);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    const task = lines.findIndex((line) => line.includes('Isa kouluttaa.'));
    expect(lines[task + 1]).toBe('      why: sentence "Isa kouluttaa" · owners: Isa → Isa Kotilaine (participant)');
    const decision = lines.findIndex((line) => line.includes('Päätettiin, että keväällä'));
    expect(lines[decision + 1]).toBe('      why: sentence "Päätettiin"');
    expect((await runCli(['parse', 'fixtures/oulu-2019-11-08.txt'])).stdout).not.toContain('why:');
  });

  it('maps usage errors to exit code 2', async () => {
    const result = await runCli(['parse', 'fixtures/oulu-2019-11-08.txt', '--lang', 'xx']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("argument 'xx' is invalid");
  });
});

describe('minutes schema', () => {
  it('prints the JSON Schema of the model, committed as a golden file', async () => {
    const result = await runCli(['schema']);
    const golden = 'fixtures/meeting.schema.json';
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, result.stdout);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    expect(JSON.parse(result.stdout).$defs.Meeting.properties.actions.type).toBe('array');
  });
});
