import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type RunResult } from './fake-io.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const archive = join(root, 'fixtures', 'actions');
const today = ['--today', '2020-01-20'];
let temp: string;
let cache: string;

/** Run `minutes actions --format json` over paths (relative to the repository) with extra arguments. */
function actions(paths: string[], args: string[] = [], env: Record<string, string> = {}): Promise<RunResult> {
  return runCli(['actions', ...paths, '--format', 'json', ...today, ...args], { cwd: root, env });
}

/**
 * Entry files of single files under a cache folder (`runs/`, the values stored for whole runs,
 * left out), sorted, with their inode numbers (a rewrite changes the inode).
 */
async function entries(folder = cache): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const [file, ino] of await everything(folder)) if (!file.startsWith('runs/')) found.set(file, ino);
  return found;
}

/**
 * The entries of whole runs under `runs/`, as `entries` gives single files; without the stat
 * indexes beside them (`runs/….index.json`), which a run writes for files last written over 3 s
 * before it (see `createStatIndex`).
 */
async function runs(folder = cache): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const [file, ino] of await everything(folder)) if (file.startsWith('runs/') && !file.endsWith('.index.json')) found.set(file, ino);
  return found;
}

/** Every file under a folder, sorted, with its inode number. */
async function everything(folder: string): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const files = await readdir(folder, { recursive: true }).catch(() => []);
  for (const file of files.sort()) {
    const info = await stat(join(folder, file));
    if (info.isFile()) found.set(file.split('\\').join('/'), info.ino);
  }
  return found;
}

/** A copy of the archive in the temporary folder, for tests that change its files. */
async function copyArchive(): Promise<string> {
  const copy = join(temp, 'archive');
  await mkdir(copy, { recursive: true });
  for (const name of await readdir(archive)) await copyFile(join(archive, name), join(copy, name));
  return copy;
}

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'minutes-cli-cache-'));
  cache = join(temp, 'cache');
});

afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('minutes actions --cache', () => {
  it('gives the same output as without a cache, cold and warm, and the warm run reads every entry as it is', async () => {
    const plain = await actions([archive]);
    expect(plain.exitCode).toBe(0);
    expect(JSON.parse(plain.stdout)).not.toHaveLength(0);
    const cold = await actions([archive], ['--cache', '--cache-location', cache]);
    const written = await entries();
    const run = await runs();
    const warm = await actions([archive], ['--cache', '--cache-location', cache]);
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    expect([...written.keys()].filter((file) => /^[0-9a-f]{2}\/[0-9a-f]{62}\.actions\.json$/.test(file))).toHaveLength(3);
    expect([...written.keys()]).toHaveLength(3);
    // Two values of the whole run: the merged tasks, and the report made from them for these options.
    expect([...run.keys()].filter((file) => /^runs\/[0-9a-f]{64}\.json$/.test(file))).toHaveLength(2);
    expect([...run.keys()]).toHaveLength(2);
    expect([...(await everything(cache)).keys()].filter((file) => file.startsWith('runs/') && !/^runs\/[0-9a-f]{64}(?:\.index)?\.json$/.test(file))).toEqual([]);
    expect(await entries()).toEqual(written);
    expect(await runs()).toEqual(run);
  });

  it('hashes every file with --cache-strategy content, and knows no other strategy', async () => {
    const plain = await actions([archive]);
    const content = ['--cache', '--cache-location', cache, '--cache-strategy', 'content'];
    expect(await actions([archive], content)).toEqual(plain);
    expect(await actions([archive], content)).toEqual(plain);
    expect([...(await everything(cache)).keys()].some((file) => file.endsWith('.index.json'))).toBe(false);
    const wrong = await actions([archive], ['--cache', '--cache-strategy', 'mtime']);
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toMatch(/--cache-strategy.*metadata, content/);
  });

  it('keeps the report for the same options on the same day, with its exit code, but never an ics file', async () => {
    const args = ['--status', 'all', '--today', '2030-01-01', '--fail-on-overdue', '--format', 'json'];
    const plain = await actions([archive], args);
    expect(plain.exitCode).toBe(1);
    expect(await actions([archive], [...args, '--cache', '--cache-location', cache])).toEqual(plain);
    expect(await actions([archive], [...args, '--cache', '--cache-location', cache])).toEqual(plain);
    expect((await runs()).size).toBe(2);
    const calendar = ['--format', 'ics', '--cache', '--cache-location', join(temp, 'ics-cache')];
    await actions([archive], calendar);
    expect((await runs(join(temp, 'ics-cache'))).size).toBe(1);
  });

  it('gives every output format the same from a warm cache', async () => {
    for (const format of ['table', 'ndjson', 'csv', 'markdown']) {
      const args = ['--format', format, '--status', 'all', '--sort', 'owner', '--owner', 'Minna'];
      const plain = await actions([archive], args);
      expect(await actions([archive], [...args, '--cache', '--cache-location', cache])).toEqual(plain);
      expect(await actions([archive], [...args, '--cache', '--cache-location', cache])).toEqual(plain);
    }
  });

  it('tells what is overdue by the day of the run, not of the run that filled the cache', async () => {
    await actions([archive], ['--cache', '--cache-location', cache, '--today', '2019-01-01']);
    const later = ['--today', '2030-01-01', '--status', 'all'];
    const plain = await actions([archive], later);
    expect(plain.stdout).toContain('"overdue": true');
    expect(await actions([archive], [...later, '--cache', '--cache-location', cache])).toEqual(plain);
    expect(await actions([archive], [...later, '--overdue', '--cache', '--cache-location', cache])).toEqual(await actions([archive], [...later, '--overdue']));
  });

  it('merges again when one file changes, and then stores the new result', async () => {
    const copy = await copyArchive();
    await actions([copy], ['--cache', '--cache-location', cache]);
    const before = await runs();
    const file = join(copy, '2020-01-08-workgroup.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\n- [ ] @isa: Write the summary\n`);
    const changed = await actions([copy], ['--cache', '--cache-location', cache]);
    expect(changed).toEqual(await actions([copy]));
    expect(changed.stdout).toContain('Write the summary');
    const after = await runs();
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...after.values()]).not.toEqual([...before.values()]);
    expect(await actions([copy], ['--cache', '--cache-location', cache])).toEqual(changed);
    expect(await runs()).toEqual(after);
  });

  it('reports the same problems in the same order from a warm cache: missing paths, binary files', async () => {
    const copy = await copyArchive();
    await writeFile(join(copy, '2019-12-01-binary.md'), Uint8Array.from([0x23, 0x20, 0, 1, 2, 0, 0, 0]));
    const paths = [copy, join(temp, 'missing.md')];
    const plain = await actions(paths);
    expect(plain.exitCode).toBe(1);
    expect(plain.stderr).toMatch(/binary-content|binary/);
    expect(plain.stderr).toContain('missing.md');
    expect(await actions(paths, ['--cache', '--cache-location', cache])).toEqual(plain);
    expect((await runs()).size).toBe(2);
    expect(await actions(paths, ['--cache', '--cache-location', cache])).toEqual(plain);
  });

  it('takes what actions need from whole meetings that validate stored', async () => {
    await runCli(['validate', archive, '--cache', '--cache-location', cache], { cwd: root });
    const meetings = [...(await entries()).keys()];
    expect(meetings.every((file) => /^[0-9a-f]{2}\/[0-9a-f]{62}\.json$/.test(file))).toBe(true);
    expect(await actions([archive], ['--cache', '--cache-location', cache])).toEqual(await actions([archive]));
    expect([...(await entries()).keys()].filter((file) => file.endsWith('.actions.json'))).toEqual(meetings.map((file) => file.replace(/\.json$/, '.actions.json')));
  });

  it('stores the same bytes at two paths once, and names each path in the output', async () => {
    const a = join(temp, 'a', 'same.md');
    const b = join(temp, 'b', 'same.md');
    for (const file of [a, b]) {
      await mkdir(dirname(file), { recursive: true });
      await copyFile(join(archive, '2019-11-08-tyoryhma.md'), file);
    }
    const plain = await actions([a, b]);
    const cold = await actions([a, b], ['--cache', '--cache-location', cache]);
    expect(cold).toEqual(plain);
    expect((await entries()).size).toBe(1);
    const warm = await actions([b, a], ['--cache', '--cache-location', cache]);
    expect(warm).toEqual(await actions([b, a]));
    expect(warm.stdout).toContain(JSON.stringify(a));
    expect(warm.stdout).toContain(JSON.stringify(b));
  });

  it('keeps apart the same bytes under two names when the meeting takes its date from the name', async () => {
    const text = '# Weekly sync\n\nPresent: Ann Lee, Bo Chan\n\n- Ann will send the notes by Friday\n';
    const first = join(temp, '2024-01-10.md');
    const second = join(temp, '2024-02-20.md');
    for (const file of [first, second]) await writeFile(file, text);
    // The task is seen at both meetings: its history names each meeting's date.
    const dates = async (files: string[], args: string[]) => {
      const [task] = JSON.parse((await runCli(['actions', ...files, '--format', 'json', '--today', '2024-01-01', ...args], { cwd: root })).stdout);
      return task.history.map((seen: { date: string }) => seen.date);
    };
    expect(await dates([first, second], [])).toEqual(['2024-01-10', '2024-02-20']);
    // The first name alone fills the cache; the second then finds its bytes there.
    expect(await dates([first], ['--cache', '--cache-location', cache])).toEqual(['2024-01-10']);
    expect(await dates([first, second], ['--cache', '--cache-location', cache])).toEqual(['2024-01-10', '2024-02-20']);
  });

  it('misses on changed bytes and on another --lang', async () => {
    const file = join(temp, 'minutes.md');
    await copyFile(join(archive, '2020-01-08-workgroup.md'), file);
    await actions([file], ['--cache', '--cache-location', cache]);
    expect((await entries()).size).toBe(1);
    await writeFile(file, `${await readFile(file, 'utf8')}\n- [ ] @isa: Write the summary\n`);
    const changed = await actions([file], ['--cache', '--cache-location', cache]);
    expect(changed).toEqual(await actions([file]));
    expect(changed.stdout).toContain('Write the summary');
    expect((await entries()).size).toBe(2);
    const finnish = await actions([file], ['--lang', 'fi', '--cache', '--cache-location', cache]);
    expect(finnish).toEqual(await actions([file], ['--lang', 'fi']));
    expect((await entries()).size).toBe(3);
  });

  it('ignores corrupt entries, parses again and repairs them', async () => {
    const plain = await actions([archive]);
    await actions([archive], ['--cache', '--cache-location', cache]);
    const files = [...(await entries()).keys()];
    const [truncated, versioned, misplaced] = files.map((file) => join(cache, file)) as [string, string, string];
    const [text, other] = await Promise.all([readFile(truncated, 'utf8'), readFile(versioned, 'utf8')]);
    await writeFile(truncated, text.slice(0, text.length / 2));
    await writeFile(versioned, other.replace(/"version":"[^"]*"/, '"version":"0.0.0-old"'));
    await writeFile(misplaced, other);
    // Without the value stored for the whole run, the entries of the single files are read.
    await rm(join(cache, 'runs'), { recursive: true });
    expect(await actions([archive], ['--cache', '--cache-location', cache])).toEqual(plain);
    const repaired = await entries();
    expect(repaired.size).toBe(3);
    await rm(join(cache, 'runs'), { recursive: true });
    expect(await actions([archive], ['--cache', '--cache-location', cache])).toEqual(plain);
    expect(await entries()).toEqual(repaired);
  });

  it('ignores a corrupt or stale value of a whole run, and stores it again', async () => {
    const plain = await actions([archive]);
    await actions([archive], ['--cache', '--cache-location', cache]);
    // Every value of the run (the merged tasks and the report) broken the same way at once.
    const files = [...(await runs()).keys()].map((name) => join(cache, name));
    const texts = await Promise.all(files.map((file) => readFile(file, 'latin1')));
    const breakings = [
      (text: string) => text.slice(0, text.length / 2),
      (text: string) => text.replace(/"version":"[^"]*"/, '"version":"0.0.0-old"'),
      (text: string) => text.replace(/"inputs":"[0-9a-f]/, '"inputs":"x'),
      (text: string) => text.replace('"overdue":', '"overdue": '),
    ];
    for (const breaking of breakings) {
      for (const [i, file] of files.entries()) await writeFile(file, breaking(texts[i] as string), 'latin1');
      expect(await actions([archive], ['--cache', '--cache-location', cache])).toEqual(plain);
      for (const [i, file] of files.entries()) expect(await readFile(file, 'latin1')).toBe(texts[i]);
    }
  });

  it('still gives correct results when the cache folder cannot be written', async () => {
    const blocked = join(temp, 'a-file');
    await writeFile(blocked, 'not a folder');
    const result = await actions([archive], ['--cache', '--cache-location', blocked]);
    expect(result).toEqual(await actions([archive]));
    expect(result.stderr).toBe('');
  });

  it('writes nothing without --cache, with --no-cache, or with --cache-location alone', async () => {
    const env = { XDG_CACHE_HOME: join(temp, 'xdg') };
    await actions([archive], [], env);
    await actions([archive], ['--cache', '--no-cache'], env);
    await actions([archive], ['--cache-location', cache], env);
    expect(await readdir(temp)).toEqual([]);
  });

  it('uses $XDG_CACHE_HOME/minutes when no location is given', async () => {
    await actions([archive], ['--cache'], { XDG_CACHE_HOME: join(temp, 'xdg') });
    expect((await entries(join(temp, 'xdg', 'minutes'))).size).toBe(3);
  });

  it('caches standard input too, without a path', async () => {
    const stdin = await readFile(join(archive, '2020-01-08-workgroup.md'), 'utf8');
    const run = () => runCli(['actions', '-', '--format', 'json', ...today, '--cache', '--cache-location', cache], { cwd: root, stdin });
    const plain = await runCli(['actions', '-', '--format', 'json', ...today], { cwd: root, stdin });
    expect(await run()).toEqual(plain);
    expect(await run()).toEqual(plain);
    expect((await entries()).size).toBe(1);
  });
});

describe('minutes validate --cache', () => {
  it('gives the same report as without a cache, cold and warm', async () => {
    const validate = (args: string[]) => runCli(['validate', 'fixtures/validate', '--format', 'json', ...args], { cwd: root });
    const plain = await validate([]);
    expect(plain.stdout).not.toBe('');
    expect(await validate(['--cache', '--cache-location', cache])).toEqual(plain);
    const written = await entries();
    expect(written.size).toBeGreaterThan(10);
    expect(await validate(['--cache', '--cache-location', cache])).toEqual(plain);
    expect(await entries()).toEqual(written);
    expect(await validate(['--no-cache', '--cache-location', join(temp, 'other')])).toEqual(plain);
    expect(await readdir(temp)).toEqual(['cache']);
  });

  /** `minutes validate ARGS --format json` in folder, without and with the cache (twice): the three results. */
  async function threeWays(folder: string, args: string[] = [], stdin?: string): Promise<RunResult[]> {
    const run = (extra: string[]) => runCli(['validate', ...args, '--format', 'json', ...extra], { cwd: folder, ...(stdin === undefined ? {} : { stdin }) });
    return [await run([]), await run(['--cache', '--cache-location', cache]), await run(['--cache', '--cache-location', cache])];
  }

  /** A copy of fixtures/validate at temp/archive/minutes. */
  async function copyValidate(): Promise<string> {
    const folder = join(temp, 'archive', 'minutes');
    await mkdir(folder, { recursive: true });
    const names = (await readdir(join(root, 'fixtures', 'validate'))).filter((name) => name.endsWith('.md'));
    for (const name of names) await copyFile(join(root, 'fixtures', 'validate', name), join(folder, name));
    return join(temp, 'archive');
  }

  it('looks for the configuration files loadConfig looks for', async () => {
    const { configFileNames } = await import('../src/config/load-config.js');
    const { configurationNames } = await import('../src/commands/configuration-inputs.js');
    expect(configurationNames).toEqual(configFileNames);
  });

  it('follows configuration added, changed and removed between runs, in the folder or above it', { timeout: 60_000 }, async () => {
    const archive = await copyValidate();
    const [plain, cold, warm] = (await threeWays(archive, ['minutes'])) as [RunResult, RunResult, RunResult];
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    for (const [file, config] of [
      ['minutes/.minutesrc.json', { rules: { 'weekday-mismatch': 'off' } }],
      ['minutes/.minutesrc.json', { rules: { 'weekday-mismatch': 'info' }, ignore: ['title-missing.md'] }],
      ['../minutes.config.json', { require: ['location'] }],
      ['package.json', { name: 'archive', minutes: { rules: { 'title-missing': 'off' } } }],
    ] as const) {
      await writeFile(join(archive, file), JSON.stringify(config));
      const results = await threeWays(archive, ['minutes']);
      expect(results[0]?.stdout).not.toEqual(plain.stdout);
      expect(results[1]).toEqual(results[0]);
      expect(results[2]).toEqual(results[0]);
      await rm(join(archive, file));
      expect(await threeWays(archive, ['minutes'])).toEqual([plain, plain, plain]);
    }
  });

  it('follows the file given with --config, --rule and --lang', async () => {
    const archive = await copyValidate();
    const config = join(temp, 'rules.json');
    await writeFile(config, JSON.stringify({ rules: { 'weekday-mismatch': 'off' } }));
    const [off] = await threeWays(archive, ['minutes', '--config', config]);
    expect(await threeWays(archive, ['minutes', '--config', config])).toEqual([off, off, off]);
    await writeFile(config, JSON.stringify({ rules: { 'weekday-mismatch': 'error' } }));
    const [error] = await threeWays(archive, ['minutes', '--config', config]);
    expect(error).not.toEqual(off);
    expect(await threeWays(archive, ['minutes', '--config', config])).toEqual([error, error, error]);
    for (const args of [['--rule', 'owner-unknown=off'], ['--rule', 'owner-unknown=error'], ['--lang', 'en'], ['--lang', 'fi']]) {
      const [plain] = await threeWays(archive, ['minutes', ...args]);
      expect(await threeWays(archive, ['minutes', ...args])).toEqual([plain, plain, plain]);
    }
    // Thirty runs of the CLI: past vitest's 5 s default on two busy cores, so a wider ceiling (no timing is tested).
  }, 60_000);

  it('reports a malformed configuration every time, and stores nothing for it', async () => {
    const archive = await copyValidate();
    await writeFile(join(archive, '.minutesrc.json'), '{ "rules": ');
    const [plain, cold, warm] = (await threeWays(archive, ['minutes'])) as [RunResult, RunResult, RunResult];
    expect(plain.exitCode).toBe(2);
    expect(plain.stderr).toContain('.minutesrc.json');
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    expect((await runs()).size).toBe(0);
  });

  /** Write another weekday before clean.md's date (a Tuesday), which gives it a `weekday-mismatch` message. */
  async function changeOneFile(archive: string, weekday = 'ke'): Promise<void> {
    const file = join(archive, 'minutes', 'clean.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\S+ 12\.3\.2024/, `${weekday} 12.3.2024`));
  }

  it('after one file changed, reports what a run without the cache reports, and parses only that file', async () => {
    const archive = await copyValidate();
    const [plain, cold, warm] = (await threeWays(archive, ['minutes'])) as [RunResult, RunResult, RunResult];
    expect([cold, warm]).toEqual([plain, plain]);
    // The parse of every file forgotten: a run that parsed the unchanged files again would store them again.
    for (const file of (await entries()).keys()) await rm(join(cache, file));
    await changeOneFile(archive);
    const [changed, ...cached] = await threeWays(archive, ['minutes']);
    expect(changed?.stdout).toContain('clean.md');
    expect(changed?.stdout).not.toEqual(plain.stdout);
    expect(cached).toEqual([changed, changed]);
    expect((await entries()).size).toBe(1);
  });

  it('takes no message from a memo made under another configuration, or from a corrupt one', async () => {
    const archive = await copyValidate();
    await threeWays(archive, ['minutes']);
    // A rule turned off in the folder's configuration, and one file changed in the same commit.
    await writeFile(join(archive, 'minutes', '.minutesrc.json'), JSON.stringify({ rules: { 'owner-unknown': 'off' } }));
    await changeOneFile(archive);
    const [configured, ...cached] = await threeWays(archive, ['minutes']);
    expect(configured?.stdout).not.toContain('"ruleId": "owner-unknown"');
    expect(configured?.stdout).toContain('"ruleId": "weekday-mismatch"');
    expect(cached).toEqual([configured, configured]);
    // Every value kept for a whole run cut short: read as nothing, and computed again.
    for (const file of (await runs()).keys()) await writeFile(join(cache, file), (await readFile(join(cache, file), 'latin1')).slice(0, 300));
    await changeOneFile(archive, 'to');
    const [corrupt, ...repaired] = await threeWays(archive, ['minutes']);
    expect(corrupt?.stdout).not.toEqual(configured?.stdout);
    expect(repaired).toEqual([corrupt, corrupt]);
  });

  it('caches standard input, and changes to it', async () => {
    const text = await readFile(join(root, 'fixtures', 'validate', 'weekday-mismatch.md'), 'utf8');
    const [plain, cold, warm] = (await threeWays(root, ['-'], text)) as [RunResult, RunResult, RunResult];
    expect(plain.stdout).toContain('weekday-mismatch');
    expect([cold, warm]).toEqual([plain, plain]);
    const other = await readFile(join(root, 'fixtures', 'validate', 'clean.md'), 'utf8');
    const [changed, ...cached] = await threeWays(root, ['-'], other);
    expect(changed).not.toEqual(plain);
    expect(cached).toEqual([changed, changed]);
  });
});
