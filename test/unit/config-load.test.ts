import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { isIgnoredByConfig } from '../../src/config/config-ignores.js';
import { loadConfig, type LoadedConfig } from '../../src/config/load-config.js';

const knownRules = ['weekday-mismatch', 'missing-date'];
let root: string;

async function write(file: string, content: unknown): Promise<void> {
  await mkdir(dirname(join(root, file)), { recursive: true });
  await writeFile(join(root, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

async function load(file: string, cache?: Map<string, LoadedConfig | null>): Promise<LoadedConfig | null> {
  return loadConfig(file, { knownRules, cwd: root, ...(cache ? { cache } : {}) });
}

async function failure(file: string): Promise<ConfigError> {
  const error = await load(file).catch((caught: unknown) => caught);
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`);
  return error;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'minutes-config-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('finds the configuration in a directory above the file', async () => {
    await write('.minutesrc.json', { rules: { 'weekday-mismatch': 'error' }, language: 'fi' });
    await write('minutes/2019/a.md', '# A');
    expect(await load('minutes/2019/a.md')).toEqual({
      path: '.minutesrc.json',
      config: { rules: { 'weekday-mismatch': 'error' }, language: 'fi' },
    });
  });

  it('reads the minutes key of a package.json and passes a package.json without one', async () => {
    await write('package.json', { name: 'archive', minutes: { require: ['date', 'chair'] } });
    await write('sub/package.json', { name: 'nested' });
    expect(await load('sub/a.md')).toEqual({ path: 'package.json', config: { require: ['date', 'chair'] } });
  });

  it('prefers .minutesrc.json over minutes.config.json over package.json in one directory', async () => {
    await write('package.json', { minutes: { language: 'en' } });
    await write('minutes.config.json', { language: 'sv' });
    expect((await load('a.md'))?.config).toEqual({ language: 'sv' });
    await write('.minutesrc.json', { language: 'fi' });
    expect(await load('a.md')).toEqual({ path: '.minutesrc.json', config: { language: 'fi' } });
  });

  it('lets the nearer directory win without merging', async () => {
    await write('.minutesrc.json', { language: 'fi', require: ['title'] });
    await write('minutes/minutes.config.json', { language: 'en' });
    expect(await load('minutes/a.md')).toEqual({ path: 'minutes/minutes.config.json', config: { language: 'en' } });
  });

  it('resolves to null when no directory up to the root has a configuration', async () => {
    await write('a.md', '# A');
    const found = await load('a.md');
    // The temporary directory's ancestors are outside the test's control: only a file above it may be found.
    expect(found === null || found.path.startsWith('..')).toBe(true);
  });

  it('caches by directory, so a later change in the same folder is not read again', async () => {
    const cache = new Map<string, LoadedConfig | null>();
    await write('.minutesrc.json', { language: 'fi' });
    const first = await load('x/y/a.md', cache);
    await write('.minutesrc.json', { language: 'en' });
    expect(await load('x/y/b.md', cache)).toBe(first);
    expect(await load('x/c.md', cache)).toBe(first);
    expect(cache.get(join(root, 'x/y'))).toBe(first);
  });

  it('names the file and the line and column of malformed JSON', async () => {
    await write('.minutesrc.json', '{\n  "language": "fi",\n  "rules": }\n');
    const error = await failure('a.md');
    expect(error.message).toBe('.minutesrc.json: invalid JSON at line 3 column 12');
    expect(error.file).toBe('.minutesrc.json');
    expect(error.key).toBeUndefined();
    await write('.minutesrc.json', '{"rules": {');
    expect((await failure('a.md')).message).toBe(
      '.minutesrc.json: invalid JSON at line 1 column 12 (unexpected end of file)',
    );
  });

  it('names an unknown key', async () => {
    await write('.minutesrc.json', { language: 'fi', rulez: {} });
    const error = await failure('a.md');
    expect(error.message).toBe('.minutesrc.json: rulez: unknown key');
    expect(error.key).toBe('rulez');
  });

  it('names a bad severity with the value found', async () => {
    await write('minutes/.minutesrc.json', { rules: { 'weekday-mismatch': 'loud' } });
    expect((await failure('minutes/a.md')).message).toBe(
      'minutes/.minutesrc.json: rules.weekday-mismatch: expected "error" | "warn" | "info" | "off", got "loud"',
    );
  });

  it('names an unknown rule id, and a wrong type inside the package.json key', async () => {
    await write('.minutesrc.json', { rules: { 'no-such-rule': 'warn' } });
    const error = await failure('a.md');
    expect(error.message).toBe('.minutesrc.json: rules.no-such-rule: unknown rule "no-such-rule"');
    expect(error.key).toBe('rules.no-such-rule');
    await rm(join(root, '.minutesrc.json'));
    await write('package.json', { minutes: { require: 'title' } });
    expect((await failure('a.md')).message).toBe('package.json: minutes.require: expected array, got "title"');
  });

  it('tells whether the configuration ignores a file, relative to its own directory', async () => {
    await write('archive/.minutesrc.json', { ignore: ['templates/**', '*-draft.md'] });
    const loaded = await load('archive/templates/t.md');
    if (loaded === null) throw new Error('no configuration found');
    expect(isIgnoredByConfig('archive/templates/t.md', { cwd: root, loaded })).toBe(true);
    expect(isIgnoredByConfig('archive/x-draft.md', { cwd: root, loaded })).toBe(true);
    expect(isIgnoredByConfig('archive/2019/x.md', { cwd: root, loaded })).toBe(false);
  });
});
