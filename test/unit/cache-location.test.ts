import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheLocation } from '../../src/cache/cache-location.js';

let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'minutes-location-'));
});

afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('cacheLocation', () => {
  it('takes --cache-location first, relative to the working folder', () => {
    expect(cacheLocation({ location: 'cache', cwd, env: { XDG_CACHE_HOME: '/xdg' } })).toBe(join(cwd, 'cache'));
    expect(cacheLocation({ location: '/abs/cache', cwd, env: {} })).toBe('/abs/cache');
  });

  it('then $XDG_CACHE_HOME/minutes, when that is absolute', async () => {
    await mkdir(join(cwd, 'node_modules'));
    expect(cacheLocation({ cwd, env: { XDG_CACHE_HOME: '/xdg' } })).toBe(join('/xdg', 'minutes'));
    expect(cacheLocation({ cwd, env: { XDG_CACHE_HOME: 'relative' } })).toBe(join(cwd, 'node_modules', '.cache', 'minutes'));
  });

  it('then node_modules/.cache/minutes when there is a node_modules, else ~/.cache/minutes', async () => {
    expect(cacheLocation({ cwd, env: {} })).toBe(join(homedir(), '.cache', 'minutes'));
    await mkdir(join(cwd, 'node_modules'));
    expect(cacheLocation({ cwd, env: { XDG_CACHE_HOME: '' } })).toBe(join(cwd, 'node_modules', '.cache', 'minutes'));
  });
});
