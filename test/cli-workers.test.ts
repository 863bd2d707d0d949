import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autoWorkers } from '../src/commands/load-meetings.js';
import { ParsePool } from '../src/workers/parse-pool.js';
import { runCli } from './fake-io.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const today = ['--today', '2020-01-20'];
/** Every minutes fixture: Markdown and plain text, Windows-1252, front matter, hostile input. */
const everything = ['fixtures'];
let temp: string;

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'minutes-cli-workers-'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(temp, { recursive: true, force: true });
});

/** `minutes ARGS` in process, with the workers' jobs counted. */
async function counted(args: string[], options: Parameters<typeof runCli>[1] = {}) {
  const run = vi.spyOn(ParsePool.prototype, 'run');
  const result = await runCli(args, { cwd: root, ...options });
  const jobs = run.mock.calls.length;
  run.mockRestore();
  return { ...result, jobs };
}

// From source each worker loads the TypeScript through tsx, which takes a second or two on a busy
// machine: hence the longer timeouts.
describe('parsing in worker threads', () => {
  it('gives minutes actions the same output with workers as without, in every format', { timeout: 60_000 }, async () => {
    for (const format of ['json', 'table', 'csv']) {
      const args = ['actions', ...everything, '--format', format, '--status', 'all', ...today];
      const plain = await counted([...args, '--jobs', '0']);
      expect(plain.jobs).toBe(0);
      expect(plain.stdout).not.toBe('');
      const threaded = await counted([...args, '--jobs', '2']);
      expect(threaded.jobs).toBeGreaterThan(0);
      expect({ ...threaded, jobs: 0 }).toEqual(plain);
    }
  });

  it('gives minutes validate the same report with workers as without', { timeout: 60_000 }, async () => {
    for (const format of ['json', 'stylish']) {
      const args = ['validate', ...everything, '--format', format];
      const plain = await counted([...args, '--jobs', '0']);
      expect(plain.stdout).not.toBe('');
      const threaded = await counted([...args, '--jobs', '3']);
      expect(threaded.jobs).toBeGreaterThan(0);
      expect({ ...threaded, jobs: 0 }).toEqual(plain);
    }
  });

  it('takes the number of workers from MINUTES_JOBS when --jobs is not given', { timeout: 60_000 }, async () => {
    const args = ['actions', 'fixtures/actions', '--format', 'json', ...today];
    const plain = await counted(args, { env: { MINUTES_JOBS: '0' } });
    expect(plain.jobs).toBe(0);
    const threaded = await counted(args, { env: { MINUTES_JOBS: '2' } });
    expect(threaded.jobs).toBe(3);
    expect({ ...threaded, jobs: 0 }).toEqual(plain);
    expect((await counted([...args, '--jobs', '0'], { env: { MINUTES_JOBS: '2' } })).jobs).toBe(0);
  });

  it('starts no worker for a few small files unless asked to', async () => {
    expect((await counted(['actions', 'fixtures/actions', '--format', 'json', ...today])).jobs).toBe(0);
  });

  it('reports binary and missing files as without workers, in the same order', { timeout: 60_000 }, async () => {
    const folder = join(temp, 'minutes');
    await mkdir(folder);
    for (const name of await readdir(join(root, 'fixtures', 'actions'))) await copyFile(join(root, 'fixtures', 'actions', name), join(folder, name));
    await writeFile(join(folder, '2019-12-01-binary.md'), Uint8Array.from([0x23, 0x20, 0, 1, 2, 0, 0, 0]));
    const args = ['actions', folder, join(temp, 'missing.md'), '-', '--format', 'json', ...today];
    const stdin = await readFile(join(root, 'fixtures', 'actions', '2020-01-08-workgroup.md'), 'utf8');
    const plain = await counted([...args, '--jobs', '0'], { stdin });
    expect(plain.exitCode).toBe(1);
    expect(plain.stderr.split('\n')).toHaveLength(3);
    const threaded = await counted([...args, '--jobs', '2'], { stdin });
    expect(threaded.jobs).toBe(5);
    expect({ ...threaded, jobs: 0 }).toEqual(plain);
  });

  it('writes the same cache entries from workers as from the main thread', { timeout: 60_000 }, async () => {
    const entries = async (folder: string) => {
      const files = (await readdir(folder, { recursive: true })).filter((file) => file.endsWith('.json') && !file.startsWith('runs')).sort();
      return Promise.all(files.map(async (file) => [file, await readFile(join(folder, file), 'latin1')]));
    };
    for (const command of [['actions', '--format', 'json', ...today], ['validate', '--format', 'json']]) {
      const [name, ...rest] = command as [string, ...string[]];
      const main = join(temp, `${name}-main`);
      const threads = join(temp, `${name}-threads`);
      const plain = await counted([name, ...everything, ...rest, '--jobs', '0', '--cache', '--cache-location', main]);
      const threaded = await counted([name, ...everything, ...rest, '--jobs', '2', '--cache', '--cache-location', threads]);
      expect({ ...threaded, jobs: 0 }).toEqual(plain);
      expect((await entries(main)).length).toBeGreaterThan(10);
      expect(await entries(threads)).toEqual(await entries(main));
      const warm = await counted([name, ...everything, ...rest, '--jobs', '2', '--cache', '--cache-location', threads]);
      // The run's value is stored: nothing is parsed again, not even the files that are not text.
      expect(plain.stderr).toMatch(/binary content/);
      expect(warm.jobs).toBe(0);
      expect({ ...warm, jobs: 0 }).toEqual(plain);
    }
  });

  it('parses on the main thread too, the files no worker has taken, with the same output', { timeout: 60_000 }, async () => {
    const args = ['actions', ...everything, '--format', 'json', '--status', 'all', ...today];
    const plain = await counted([...args, '--jobs', '0']);
    const shared = await counted([...args, '--jobs', '1']);
    const files = JSON.parse(shared.stdout).length > 0 ? (await readdir(join(root, 'fixtures'), { recursive: true })).filter((name) => /\.(md|txt|markdown)$/.test(name)).length : 0;
    // One worker, kept four files ahead: the first four are its, and the main thread takes others while it waits.
    expect(shared.jobs).toBeGreaterThanOrEqual(4);
    expect(shared.jobs).toBeLessThan(files);
    expect({ ...shared, jobs: 0 }).toEqual(plain);
  });

  it('leaves a file over 1 MB to a worker while the main thread takes the small ones', { timeout: 60_000 }, async () => {
    const folder = join(temp, 'minutes');
    await mkdir(folder);
    const small = await readFile(join(root, 'fixtures', 'actions', '2020-01-08-workgroup.md'), 'utf8');
    for (let i = 1; i <= 6; i++) await writeFile(join(folder, `a-0${i}.md`), small);
    // The same minutes, their items repeated to over 1 MB.
    await writeFile(join(folder, 'z-large.md'), small + '\n' + Array.from({ length: 1200 }, (_, i) => `- Item ${i}: the group read the report and agreed to come back to it.`).join('\n').repeat(14));
    const run = vi.spyOn(ParsePool.prototype, 'run');
    const args = ['actions', folder, '--format', 'json', '--status', 'all', ...today];
    const shared = await runCli([...args, '--jobs', '1'], { cwd: root });
    const sizes = run.mock.calls.map(([request]) => request.bytes.byteLength);
    run.mockRestore();
    expect(sizes.some((size) => size > 1 << 20)).toBe(true);
    expect(shared).toEqual(await runCli([...args, '--jobs', '0'], { cwd: root }));
  });

  it('parses on the main thread what a failed worker could not', { timeout: 60_000 }, async () => {
    const args = ['actions', ...everything, '--format', 'json', '--status', 'all', ...today];
    const plain = await runCli([...args, '--jobs', '0'], { cwd: root });
    const run = vi.spyOn(ParsePool.prototype, 'run').mockRejectedValue(new Error('worker gone'));
    const failed = await runCli([...args, '--jobs', '2'], { cwd: root });
    expect(run).toHaveBeenCalled();
    expect(failed).toEqual(plain);
  });

  it('rejects a --jobs that is not auto or a whole number', async () => {
    const result = await runCli(['actions', 'fixtures/actions', '--jobs', 'many'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--jobs');
    expect((await runCli(['actions', 'fixtures/actions', '--jobs', 'auto', '--format', 'json', ...today], { cwd: root })).exitCode).toBe(0);
  });
});

describe('autoWorkers', () => {
  it('starts none on one core, for few files or little to parse; else one a core besides the main thread, at most 8', () => {
    const many = { files: 2000, probed: 64, misses: 64, missBytes: 64 * 17_000 };
    expect(autoWorkers(many, 1)).toBe(0);
    expect(autoWorkers(many, 2)).toBe(1);
    expect(autoWorkers(many, 4)).toBe(3);
    expect(autoWorkers(many, 32)).toBe(8);
    expect(autoWorkers({ files: 3, probed: 3, misses: 3, missBytes: 30_000_000 }, 4)).toBe(0);
    expect(autoWorkers({ files: 40, probed: 40, misses: 40, missBytes: 40 * 2000 }, 4)).toBe(0);
    expect(autoWorkers({ files: 2000, probed: 64, misses: 0, missBytes: 0 }, 4)).toBe(0);
    expect(autoWorkers({ files: 6, probed: 6, misses: 6, missBytes: 6 * 1_000_000 }, 8)).toBe(6);
  });

  it('starts none for a few changed files among the first of a warm cached archive, however large the archive', () => {
    // One 40 KB file changed: scaled to 2,000 files it would have passed for 1.25 MB to parse.
    expect(autoWorkers({ files: 2000, probed: 64, misses: 1, missBytes: 40_000 }, 2)).toBe(0);
    expect(autoWorkers({ files: 2000, probed: 64, misses: 3, missBytes: 3 * 40_000 }, 2)).toBe(0);
    expect(autoWorkers({ files: 2000, probed: 64, misses: 4, missBytes: 4 * 40_000 }, 2)).toBe(1);
  });
});

describe('the build', () => {
  it('holds the worker script, where the built pool starts it, and a built worker parses', async () => {
    expect(existsSync(join(root, 'dist', 'cli.js')), 'run npm run build first').toBe(true);
    expect(existsSync(join(root, 'dist', 'workers', 'parse-worker-start.cjs'))).toBe(true);
    expect(existsSync(join(root, 'dist', 'workers', 'parse-worker.cjs'))).toBe(true);
    const chunk = (await readdir(join(root, 'dist'))).find((name) => /^parse-pool-.*\.js$/.test(name));
    expect(chunk).toBeDefined();
    const built = (await import(pathToFileURL(join(root, 'dist', chunk as string)).href)) as { ParsePool: typeof ParsePool };
    const pool = new built.ParsePool(1);
    const bytes = await readFile(join(root, 'fixtures', 'actions', '2020-01-08-workgroup.md'));
    const result = await pool.run({ bytes, path: 'a.md', kind: 'actions', keepText: false, key: null });
    await pool.close();
    expect(result).toHaveProperty('value.actions');
    expect((result as { value: { actions: unknown[] } }).value.actions.length).toBeGreaterThan(0);
  });

  it('the built workers keep their compiled code for the next run, which uses it with the same output', { timeout: 60_000 }, () => {
    const env = { ...process.env, XDG_CACHE_HOME: temp, MINUTES_CODE_CACHE: '' };
    const cli = () => spawnSync(process.execPath, ['bin/minutes.js', 'actions', 'fixtures', '--format', 'json', '--status', 'all', ...today, '--jobs', '1'], { cwd: root, encoding: 'utf8', env });
    const first = cli();
    const kept = () => (existsSync(join(temp, 'minutes', 'code')) ? readdirSync(join(temp, 'minutes', 'code')).filter((name) => name.startsWith('parse-worker.cjs-')) : []);
    expect(kept()).toHaveLength(1);
    const second = cli();
    expect(kept()).toHaveLength(1);
    expect(first.stdout).not.toBe('');
    expect([second.status, second.stderr, second.stdout]).toEqual([first.status, first.stderr, first.stdout]);
  });

  it('the built CLI gives the same output with workers as without', { timeout: 60_000 }, () => {
    const cli = (jobs: string) => spawnSync(process.execPath, ['bin/minutes.js', 'actions', 'fixtures', '--format', 'json', '--status', 'all', ...today, '--jobs', jobs], { cwd: root, encoding: 'utf8' });
    const plain = cli('0');
    const threaded = cli('2');
    expect(plain.stdout).not.toBe('');
    expect([threaded.status, threaded.stderr, threaded.stdout]).toEqual([plain.status, plain.stderr, plain.stdout]);
  });
});
