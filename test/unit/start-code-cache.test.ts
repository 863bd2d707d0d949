import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCacheFolder } from '../../src/start/code-cache-folder.js';
import { loadCachedScript } from '../../src/start/load-cached-script.js';

let work: string;
let script: string;
let folder: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'minutes-code-cache-'));
  script = join(work, 'tool.cjs');
  folder = join(work, 'cache');
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A small CommonJS script that uses what `require` gives a module. */
const tool = (factor: number) => `const { basename } = require('node:path');
module.exports = { scale: (n) => n * ${factor}, name: basename(__filename), same: module.exports === exports };\n`;
/** One start: loadCachedScript in a new process (start-load-in-process.ts); what it saw. */
function start(variant = 'parse', cache: string | null = folder, mode: 'lean' | 'full' = 'full'): { fromCache: boolean; scaled: unknown; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'test/unit/start-load-in-process.ts', script, cache ?? '-', variant, mode], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return { ...(JSON.parse(result.stdout) as { fromCache: boolean; scaled: unknown }), stderr: result.stderr };
}
const cacheFiles = () => readdirSync(folder).filter((name) => name.endsWith('.v8'));

describe('codeCacheFolder', () => {
  it('is $XDG_CACHE_HOME/minutes/code when that is absolute, else ~/.cache/minutes/code', () => {
    expect(codeCacheFolder({ XDG_CACHE_HOME: '/xdg' }, '/home/ann')).toBe(join('/xdg', 'minutes', 'code'));
    expect(codeCacheFolder({ XDG_CACHE_HOME: 'relative' }, '/home/ann')).toBe(join('/home/ann', '.cache', 'minutes', 'code'));
    expect(codeCacheFolder({}, '/home/ann')).toBe(join('/home/ann', '.cache', 'minutes', 'code'));
  });

  it('is none when MINUTES_CODE_CACHE=0 turns it off, or without a home folder', () => {
    expect(codeCacheFolder({ MINUTES_CODE_CACHE: '0', XDG_CACHE_HOME: '/xdg' }, '/home/ann')).toBeNull();
    expect(codeCacheFolder({}, '')).toBeNull();
  });
});

describe('loadCachedScript', { timeout: 60_000 }, () => {
  it('runs a CommonJS script as require would', () => {
    writeFileSync(script, tool(2));
    const loaded = loadCachedScript(script, { folder: null, variant: 'parse' });
    expect(loaded.exports).toEqual({ scale: expect.any(Function), name: 'tool.cjs', same: true });
    expect((loaded.exports as { scale(n: number): number }).scale(21)).toBe(42);
  });

  it('compiles the script on the first start and takes the code it saved on the next', () => {
    writeFileSync(script, tool(2));
    expect(start()).toEqual({ fromCache: false, scaled: 42, stderr: '' });
    expect(cacheFiles()).toHaveLength(1);
    expect(start()).toEqual({ fromCache: true, scaled: 42, stderr: '' });
  });

  it('never takes a cache written for other code, even of the same length, and writes one for the new code over it', () => {
    writeFileSync(script, tool(2));
    start();
    writeFileSync(script, tool(3));
    expect(start()).toEqual({ fromCache: false, scaled: 63, stderr: '' });
    expect(cacheFiles()).toHaveLength(1);
    expect(start()).toEqual({ fromCache: true, scaled: 63, stderr: '' });
    writeFileSync(script, tool(2));
    expect(start()).toEqual({ fromCache: false, scaled: 42, stderr: '' });
  });

  it('keeps one cache a variant, so a run of one command does not replace the code of another', () => {
    writeFileSync(script, tool(2));
    start('parse');
    start('other');
    expect(cacheFiles()).toHaveLength(2);
    expect(start('parse').fromCache).toBe(true);
  });

  it('shares one cache between lean runs (optimizing compiler off) and full ones: V8 checks its flags, and they are set back', () => {
    writeFileSync(script, tool(2));
    expect(start('parse', folder, 'lean')).toEqual({ fromCache: false, scaled: 42, stderr: '' });
    expect(start('parse', folder, 'full')).toEqual({ fromCache: true, scaled: 42, stderr: '' });
    expect(start('parse', folder, 'lean')).toEqual({ fromCache: true, scaled: 42, stderr: '' });
    expect(cacheFiles()).toHaveLength(1);
  });

  it('keeps one cache a script file, so two installs of the same code do not overwrite each other', () => {
    writeFileSync(script, tool(2));
    start();
    const other = script;
    script = join(work, 'copy', 'tool.cjs');
    mkdirSync(join(work, 'copy'));
    writeFileSync(script, tool(2));
    expect(start().fromCache).toBe(false);
    expect(cacheFiles()).toHaveLength(2);
    script = other;
    expect(start().fromCache).toBe(true);
  });

  it('runs without the cache when it is damaged, and writes a good one over it', () => {
    writeFileSync(script, tool(2));
    start();
    const [name] = cacheFiles();
    writeFileSync(join(folder, name as string), 'not compiled code at all, only text of about the same kind');
    expect(start()).toEqual({ fromCache: false, scaled: 42, stderr: '' });
    expect(start()).toEqual({ fromCache: true, scaled: 42, stderr: '' });
  });

  it('runs and saves quietly when the cache folder cannot be made, or when there is none', () => {
    writeFileSync(script, tool(2));
    writeFileSync(folder, 'a file where the folder should be');
    expect(start()).toEqual({ fromCache: false, scaled: 42, stderr: '' });
    expect(readdirSync(work).sort()).toEqual(['cache', 'tool.cjs']);
    expect(start('parse', null)).toEqual({ fromCache: false, scaled: 42, stderr: '' });
  });

  it('reads a script that is not ASCII as UTF-8', () => {
    writeFileSync(script, "module.exports = /^[äö–]+$/u.test('ä–ö') && 'Pöytäkirja';\n");
    expect(loadCachedScript(script, { folder: null, variant: 'parse' }).exports).toBe('P\u00f6yt\u00e4kirja');
  });
});
