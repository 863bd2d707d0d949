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

/** Entry files under a cache folder, sorted, with their inode numbers (a rewrite changes the inode). */
async function entries(folder = cache): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const files = await readdir(folder, { recursive: true }).catch(() => []);
  for (const file of files.sort()) {
    const info = await stat(join(folder, file));
    if (info.isFile()) found.set(file, info.ino);
  }
  return found;
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
    const warm = await actions([archive], ['--cache', '--cache-location', cache]);
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    expect([...written.keys()].map((file) => file.replace(/[0-9a-f]/g, 'x'))).toEqual(Array(3).fill('xx/' + 'x'.repeat(62) + '.json'));
    expect(await entries()).toEqual(written);
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
    expect(await actions([archive], ['--cache', '--cache-location', cache])).toEqual(plain);
    const repaired = await entries();
    expect(repaired.size).toBe(3);
    expect(await actions([archive], ['--cache', '--cache-location', cache])).toEqual(plain);
    expect(await entries()).toEqual(repaired);
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
});
